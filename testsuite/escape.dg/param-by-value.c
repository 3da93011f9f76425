/* { dg-do compile } */
/* A struct parameter passed by value is the callee's own copy: storing
   a local's address into it does not reach the caller.  Assigning the
   pointer parameter itself (out = &x, not *out = &x) is also local.  */

struct S { int *p; int n; };

int consume (struct S);

int
by_value (struct S s)
{
  int x = 5;
  s.p = &x; /* { dg-bogus "escapes" } */
  return consume (s);
}

int
by_value_array_field (struct S s, int v)
{
  int local[2] = { v, v };
  s.p = local; /* { dg-bogus "escapes" } */
  s.n = 2;
  return s.p[0];
}

int
assign_param_itself (int *out)
{
  int x = 7;
  out = &x; /* { dg-bogus "escapes" } */
  return *out;
}

int
assign_double_ptr_itself (int **out)
{
  int x = 7;
  int *px = &x;
  out = &px; /* { dg-bogus "escapes" } */
  return **out;
}

void
by_pointer (struct S *s)
{
  int x = 5;
  s->p = &x; /* { dg-warning "address of local variable 'x' escapes from 'by_pointer' through parameter 's'" } */
}
