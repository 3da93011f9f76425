/* { dg-do compile } */
/* Returning the value a pointer to a local points to (not the pointer)
   copies the data out: nothing escapes.  Contrast: returning the pointer
   itself does escape.  */

struct pt { int x, y; };

int
value_of_local (void)
{
  int x = 42;
  int *p = &x;
  return *p; /* { dg-bogus "escapes" } */
}

struct pt
struct_copy (int a)
{
  struct pt local = { a, a + 1 };
  struct pt *p = &local;
  return *p; /* { dg-bogus "escapes" } */
}

char
first_char (void)
{
  char buf[8] = "hello";
  char *p = buf;
  return p[0]; /* { dg-bogus "escapes" } */
}

int *
pointer_from_local_array (void)
{
  static int target;
  int *ptrs[2] = { &target, &target };
  int **pp = ptrs;
  return *pp; /* { dg-bogus "escapes" } */
}

int *
pointer_not_value (void)
{
  int x = 42;
  int *p = &x;
  return p; /* { dg-warning "address of local variable 'x' escapes via the return value of 'pointer_not_value'" } */
}
