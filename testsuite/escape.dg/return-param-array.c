/* { dg-do compile } */
/* An array parameter is really a pointer to the caller's array: returning
   it or an element address is fine.  Its own address (a pointer
   parameter's address) escapes.  Integer facts about a local's address
   (an alignment test, a comparison) are not the address.  */

typedef __UINTPTR_TYPE__ uintptr_t;

int *
array_param (int a[10])
{
  return a; /* { dg-bogus "escapes" } */
}

int *
array_param_element (int a[static 10], int i)
{
  return &a[i]; /* { dg-bogus "escapes" } */
}

int **
array_param_addr (int a[10])
{
  return &a; /* { dg-warning "address of parameter 'a' escapes via the return value of 'array_param_addr'" } */
}

int
is_aligned (void)
{
  double d = 0.0;
  return ((uintptr_t) &d & (sizeof d - 1)) == 0; /* { dg-bogus "escapes" } */
}

int
is_same (int *p)
{
  int x = 0;
  return p == &x; /* { dg-bogus "escapes" } */
}
