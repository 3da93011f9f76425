/* { dg-do compile } */
/* qsort and bsearch over local arrays: the arrays and the key are passed
   to library calls, which do not keep them.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void qsort (void *, size_t, size_t, int (*) (const void *, const void *));
extern void *bsearch (const void *, const void *, size_t, size_t,
		      int (*) (const void *, const void *));
extern void print_int (int);

static int
cmp_int (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

int
median (const int *data, int n)
{
  int tmp[64];
  int i;

  if (n > 64)
    n = 64;
  for (i = 0; i < n; i++)
    tmp[i] = data[i];
  qsort (tmp, n, sizeof tmp[0], cmp_int);  /* { dg-bogus "escapes" } */
  return tmp[n / 2];
}

struct pair { int key; int value; };

static int
cmp_pair (const void *a, const void *b)
{
  return ((const struct pair *) a)->key - ((const struct pair *) b)->key;
}

int
lookup (int key)
{
  struct pair table[4] = { { 7, 70 }, { 3, 30 }, { 9, 90 }, { 1, 10 } };
  struct pair probe = { key, 0 };
  struct pair *hit;

  qsort (table, 4, sizeof table[0], cmp_pair);
  hit = bsearch (&probe, table, 4, sizeof table[0], cmp_pair);  /* { dg-bogus "escapes" } */
  return hit ? hit->value : -1;  /* { dg-bogus "escapes" } */
}

void
print_sorted (int a, int b, int c)
{
  int v[3];
  int i;

  v[0] = a; v[1] = b; v[2] = c;
  qsort (v, 3, sizeof (int), cmp_int);
  for (i = 0; i < 3; i++)
    print_int (v[i]);
}
