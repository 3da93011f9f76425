/* { dg-do compile } */
/* Recursive functions that pass local arrays and the addresses of locals
   down to recursive calls.  Nothing here may warn.  */

struct link { int value; const struct link *up; };

static int
depth_sum (const struct link *l)
{
  int s = 0;
  for (; l; l = l->up)
    s += l->value;
  return s;
}

int
descend (int n, const struct link *up)
{
  struct link here = { n, up };
  if (n == 0)
    return depth_sum (&here);  /* { dg-bogus "escapes" } */
  return descend (n - 1, &here);  /* { dg-bogus "escapes" } */
}

void
merge_sort (int *a, int n)
{
  int tmp[64];
  int mid = n / 2, i = 0, j, k = 0;

  if (n < 2 || n > 64)
    return;
  merge_sort (a, mid);
  merge_sort (a + mid, n - mid);
  j = mid;
  while (i < mid && j < n)
    tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < mid)
    tmp[k++] = a[i++];
  while (j < n)
    tmp[k++] = a[j++];
  for (i = 0; i < n; i++)
    a[i] = tmp[i];  /* { dg-bogus "escapes" } */
}

static int
fill (int *slots, int depth)
{
  int sub[4];
  int i, total = 0;

  if (depth == 0)
    return slots[0];
  for (i = 0; i < 4; i++)
    sub[i] = slots[i % 2] + i;
  for (i = 0; i < 4; i += 2)
    total += fill (&sub[i], depth - 1);  /* { dg-bogus "escapes" } */
  return total;
}

int
tree_total (int depth)
{
  int root[2] = { 1, 2 };
  return fill (root, depth);  /* { dg-bogus "escapes" } */
}
