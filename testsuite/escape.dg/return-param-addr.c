/* { dg-do compile } */
/* The address of a parameter is the address of the callee's own copy: it
   escapes when returned, whatever the parameter's type.  */

struct big { int v[8]; };

int *
scalar_param (int a)
{
  return &a; /* { dg-warning "address of parameter 'a' escapes via the return value of 'scalar_param'" } */
}

double *
copied_param (double d)
{
  double *p = &d;
  *p *= 2.0;
  return p; /* { dg-warning "address of parameter 'd' escapes via the return value of 'copied_param'" } */
}

int *
struct_param_field (struct big b, int i)
{
  return &b.v[i]; /* { dg-warning "address of parameter 'b' escapes via the return value of 'struct_param_field'" } */
}

char **
pointer_param_addr (char *s)
{
  return &s; /* { dg-warning "address of parameter 's' escapes via the return value of 'pointer_param_addr'" } */
}

char *
pointer_param_value (char *s)
{
  char **pp = &s;
  return *pp; /* { dg-bogus "escapes" } */
}
