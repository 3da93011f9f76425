/* { dg-do compile } */
/* alloca memory, variable-length arrays and compound literals used only
   inside the function (filled, passed to calls, searched).  Only values
   and heap copies leave.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *memcpy (void *, const void *, size_t);
extern void *malloc (size_t);
extern void fill (int *, int);
extern int total (const int *, int);
extern int area (const int *);

int
sum_alloca (int n)
{
  int *tmp = __builtin_alloca (n * sizeof (int));
  fill (tmp, n);  /* { dg-bogus "escapes" } */
  return total (tmp, n);  /* { dg-bogus "escapes" } */
}

int *
vla_copy (int n)
{
  int vla[n];
  int *res;
  fill (vla, n);  /* { dg-bogus "escapes" } */
  res = malloc (n * sizeof (int));
  if (res)
    memcpy (res, vla, n * sizeof (int));
  return res;  /* { dg-bogus "escapes" } */
}

int
rect_area (int w, int h)
{
  return area ((int[2]) { w, h });  /* { dg-bogus "escapes" } */
}

int
max_in_vla (int n)
{
  int v[n];
  int *best, i;
  fill (v, n);
  best = v;
  for (i = 1; i < n; i++)
    if (v[i] > *best)
      best = &v[i];
  return *best;  /* { dg-bogus "escapes" } */
}
