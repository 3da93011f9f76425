/* { dg-do compile } */
/* A callee returning its parameter (or a pointer into it): the caller
   returning the result returns its own local.  */

static int *
ident (int *p)
{
  return p;
}

static char *
skip_blanks (char *s)
{
  while (*s == ' ')
    s++;
  return s;
}

static int
first (int *p)
{
  return p[0];
}

int *
returns_ident (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  return ident (&x); /* { dg-warning "address of local variable 'x' escapes via the return value of 'returns_ident'" } */
}

char *
returns_trimmed (void)
{
  char line[32] = "  word"; /* { dg-message "'line' declared here" } */
  return skip_blanks (line); /* { dg-warning "address of local variable 'line' (escapes|may escape) via the return value of 'returns_trimmed'" } */
}

int
uses_ident_locally (void)
{
  int y = 2;
  int *q = ident (&y); /* { dg-bogus "address of" } */
  return *q + first (&y);
}
