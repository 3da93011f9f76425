/* { dg-do compile } */
/* A callee that returns one of its parameters as a flag says: a call
   whose flag is a constant returns that one only; one whose flag is not
   known may return either.  The forms GCC merges into one return of a
   PHI: a conditional expression, early returns, a variable.  */

#define NOINLINE __attribute__ ((noinline))

NOINLINE int *
pick_expression (int *a, int *b, int first)
{
  return first ? a : b;
}

NOINLINE int *
pick_early_return (int *a, int *b, int first)
{
  if (first)
    return a;
  return b;
}

NOINLINE int *
pick_variable (int *a, int *b, int first)
{
  int *r;
  if (first)
    r = a;
  else
    r = b;
  return r;
}

int *
expression_other (int *g)
{
  int x = 0;
  return pick_expression (&x, g, 0); /* { dg-bogus "escape" "the flag picks g" } */
}

int *
expression_local (int *g)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  return pick_expression (&x, g, 1); /* { dg-warning "address of local variable 'x' escapes via the return value of 'expression_local'" } */
}

int *
early_return_other (int *g)
{
  int x = 0;
  return pick_early_return (&x, g, 0); /* { dg-bogus "escape" "the flag picks g" } */
}

int *
early_return_local (int *g)
{
  int x = 0;
  return pick_early_return (&x, g, 1); /* { dg-warning "address of local variable 'x' escapes via the return value of 'early_return_local'" } */
}

int *
variable_other (int *g)
{
  int x = 0;
  return pick_variable (&x, g, 0); /* { dg-bogus "escape" "the flag picks g" } */
}

int *
variable_local (int *g)
{
  int x = 0;
  return pick_variable (&x, g, 1); /* { dg-warning "address of local variable 'x' escapes via the return value of 'variable_local'" } */
}

int *
flag_unknown (int *g, int first)
{
  int x = 0;
  return pick_early_return (&x, g, first); /* { dg-warning "address of local variable 'x' may escape via the return value of 'flag_unknown'" } */
}
