/* { dg-do compile } */
/* Casts on the way through an output parameter do not hide the
   address.  */

typedef __UINTPTR_TYPE__ uintptr_t;

void
as_void (void **out)
{
  long x = 0;
  *out = (void *) &x; /* { dg-warning "address of local variable 'x' escapes from 'as_void' through parameter 'out'" } */
}

void
as_generic (void *out)
{
  int x = 0;
  *(int **) out = &x; /* { dg-warning "address of local variable 'x' escapes from 'as_generic' through parameter 'out'" } */
}

void
as_integer (uintptr_t *out)
{
  char buf[4];
  uintptr_t u = (uintptr_t) buf;
  *(char **) out = (char *) u; /* { dg-warning "address of local variable 'buf' escapes from 'as_integer' through parameter 'out'" } */
}

void
as_void_param (void **out, int *p)
{
  *out = (void *) (p + 2); /* { dg-bogus "escapes" } */
}
