/* { dg-do compile } */
/* A recursive function's summary is iterated until it stops changing:
   the store at the bottom of the recursion is seen by callers.  */

int *deepest;

static void
descend (int *p, int depth)
{
  if (depth == 0)
    {
      deepest = p; /* { dg-message "through the call to 'descend'" } */
      return;
    }
  descend (p, depth - 1);
}

static int
sum_to (int *acc, int n)
{
  if (n == 0)
    return *acc;
  *acc += n;
  return sum_to (acc, n - 1);
}

void
uses_descend (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  descend (&x, 3); /* { dg-warning "address of local variable 'x' may escape from 'uses_descend' into global variable 'deepest'" } */
}

int
uses_sum (void)
{
  int total = 0;
  return sum_to (&total, 4); /* { dg-bogus "address of" } */
}
