/* { dg-do compile } */
/* Returning the address of a local union or of one of its members escapes;
   the address of a global or static union does not.  */

union value { int i; double d; char bytes[8]; };

union value global_value;

union value *
whole_union (int i)
{
  union value v;
  v.i = i;
  return &v; /* { dg-warning "address of local variable 'v' escapes via the return value of 'whole_union'" } */
}

double *
member (double d)
{
  union value v;
  v.d = d;
  return &v.d; /* { dg-warning "address of local variable 'v' escapes via the return value of 'member'" } */
}

char *
byte_view (double d)
{
  union value v;
  v.d = d;
  return v.bytes; /* { dg-warning "address of local variable 'v' escapes via the return value of 'byte_view'" } */
}

char *
global_bytes (double d)
{
  global_value.d = d;
  return global_value.bytes; /* { dg-bogus "escapes" } */
}

int *
static_union (int i)
{
  static union value keep;
  keep.i = i;
  return &keep.i; /* { dg-bogus "escapes" } */
}
