/* { dg-do compile } */
/* Mutually recursive functions are analysed together until their
   summaries stop changing: the store at the bottom is seen whichever of
   them a caller calls.  */

int *g;

static void odd (int *p, int n);

static void
even (int *p, int n)
{
  if (n > 0)
    odd (p, n - 1);
}

static void
odd (int *p, int n)
{
  if (n == 1)
    g = p;
  else
    even (p, n - 1);
}

static int
count_even (int *acc, int n);

static int
count_odd (int *acc, int n)
{
  return n == 0 ? *acc : count_even (acc, n - 1);
}

static int
count_even (int *acc, int n)
{
  ++*acc;
  return n == 0 ? *acc : count_odd (acc, n - 1);
}

void
calls_even (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  even (&x, 4); /* { dg-warning "address of local variable 'x' may escape from 'calls_even' into global variable 'g'" } */
}

void
calls_odd (void)
{
  int y = 0; /* { dg-message "'y' declared here" } */
  odd (&y, 3); /* { dg-warning "address of local variable 'y' may escape from 'calls_odd' into global variable 'g'" } */
}

int
counts (void)
{
  int total = 0;
  return count_odd (&total, 5); /* { dg-bogus "address of" } */
}
