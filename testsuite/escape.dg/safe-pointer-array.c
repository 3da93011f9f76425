/* { dg-do compile } */
/* Local arrays of pointers to locals: the array stays in the frame and is
   passed to callees.  Nothing here may warn.  */

extern int max_of (int *const *, int);
extern void zero_all (int **, int);
extern void print_strings (const char *const *, int);

int
biggest (int a, int b, int c)
{
  int x = a, y = b, z = c;
  int *ptrs[3] = { &x, &y, &z };  /* { dg-bogus "escapes" } */
  return max_of (ptrs, 3);  /* { dg-bogus "escapes" } */
}

int
clear_then_sum (void)
{
  int v[4] = { 1, 2, 3, 4 };
  int *p[4];
  int i, s = 0;

  for (i = 0; i < 4; i++)
    p[i] = &v[i];  /* { dg-bogus "escapes" } */
  zero_all (p, 4);
  for (i = 0; i < 4; i++)
    s += *p[i];
  return s;
}

void
labels (int n)
{
  char first[8] = "alpha", second[8] = "beta";
  const char *names[2];
  names[0] = first;  /* { dg-bogus "escapes" } */
  names[1] = n ? second : "gamma";  /* { dg-bogus "escapes" } */
  print_strings (names, 2);
}

int
swap_via_table (int a, int b)
{
  int x = a, y = b;
  int *tab[2][1] = { { &x }, { &y } };
  int *t = tab[0][0];
  tab[0][0] = tab[1][0];
  tab[1][0] = t;
  return *tab[0][0] - *tab[1][0];  /* { dg-bogus "escapes" } */
}
