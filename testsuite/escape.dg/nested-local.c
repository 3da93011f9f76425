/* { dg-do compile } */
/* Nested functions used only while their parent runs: called directly,
   passed to functions that do not keep them (qsort, an unknown callee),
   kept in a local variable.  No warning.  */

typedef __SIZE_TYPE__ size_t;
void qsort (void *, size_t, size_t, int (*) (const void *, const void *));
int apply (int (*) (int), int);

int
sort_descending (int *v, int n, int bias)
{
  int cmp (const void *a, const void *b)
  {
    return (*(const int *) b + bias) - (*(const int *) a + bias);
  }
  qsort (v, n, sizeof *v, cmp); /* { dg-bogus "escape" } */
  return v[0];
}

int
sum_scaled (int *v, int n, int scale)
{
  int times (int x) { return x * scale; }
  int (*f) (int) = times; /* { dg-bogus "escape" } */
  int s = 0;
  for (int i = 0; i < n; i++)
    s += f (v[i]) + apply (times, v[i]); /* { dg-bogus "escape" } */
  return s;
}

int
direct_call (int k)
{
  int add (int x) { return x + k; }
  return add (1) + add (2); /* { dg-bogus "escape" } */
}
