/* { dg-do compile } */
/* Certainty of escapes via the return value.  A return statement whose
   value can only be the local's address: "escapes".  One whose value may
   be that address or something else (another local, a global, NULL, a
   pointer repointed on some paths): "may escape".  Certainty is decided
   per return statement: other return statements of the function that
   return something else (an early "return 0") do not make it uncertain.  */

typedef __SIZE_TYPE__ size_t;
int snprintf (char *, size_t, const char *, ...);

int g1;
static char fallback[16] = "?";

int *
plain (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'plain'" } */
}

int *
two_locals (int c)
{
  int x = 1, y = 2;
  return c ? &x : &y; /* { dg-warning "address of local variable 'x' may escape via the return value of 'two_locals'" } */
  /* { dg-warning "address of local variable 'y' may escape via the return value of 'two_locals'" "y" { target *-*-* } .-1 } */
}

int *
local_or_global (int c)
{
  int x = 1;
  return c ? &x : &g1; /* { dg-warning "address of local variable 'x' may escape via the return value of 'local_or_global'" } */
}

int *
local_or_null (int c)
{
  int x = 1;
  return c ? &x : 0; /* { dg-warning "address of local variable 'x' may escape via the return value of 'local_or_null'" } */
}

const char *
repointed_on_some_paths (int code)
{
  char buf[16];
  const char *msg = buf;
  snprintf (buf, sizeof buf, "E%d", code);
  if (code < 0)
    msg = fallback;
  return msg; /* { dg-warning "address of local variable 'buf' may escape via the return value of 'repointed_on_some_paths'" } */
}

const char *
early_null_return (int code)
{
  char buf[16];
  if (code == 0)
    return 0; /* { dg-bogus "escape" } */
  snprintf (buf, sizeof buf, "E%d", code);
  return buf; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'early_null_return'" } */
}

int *
param_address (int a) /* { dg-message "'a' declared here" } */
{
  a *= 2;
  return &a; /* { dg-warning "address of parameter 'a' escapes via the return value of 'param_address'" } */
}

int *
param_address_or_null (int a, int c)
{
  return c ? &a : 0; /* { dg-warning "address of parameter 'a' may escape via the return value of 'param_address_or_null'" } */
}

int *
repointed_on_every_path (int c)
{
  int x = 1;
  int *p = &x;
  if (c)
    p = &g1;
  else
    p = 0;
  return p; /* { dg-bogus "escape" } */
}
