/* { dg-do compile } */
/* Double indirection: returning the address of a local pointer variable
   escapes that variable; returning what a local pointer-to-pointer leads
   to escapes whatever local that is, and nothing when it leads to
   global memory.  */

int global_int;
int *global_ptr = &global_int;

int **
addr_of_local_pointer (void)
{
  int *p = &global_int;
  return &p; /* { dg-warning "address of local variable 'p' escapes via the return value of 'addr_of_local_pointer'" } */
}

int *
through_local_slot (int c)
{
  int x = c;
  int *slot;
  int **pp = &slot;
  *pp = &x;
  return slot; /* { dg-warning "address of local variable 'x' escapes via the return value of 'through_local_slot'" } */
}

int *
slot_to_global (void)
{
  int x = 0;
  int *slot = &x;
  int **pp = &slot;
  *pp = &global_int;
  return slot; /* { dg-bogus "escapes" } */
}

int **
addr_of_global_pointer (void)
{
  int **pp = &global_ptr;
  return pp; /* { dg-bogus "escapes" } */
}

int *
deref_global_pointer (void)
{
  int *local_copy = global_ptr;
  int **pp = &local_copy;
  return *pp; /* { dg-bogus "escapes" } */
}
