/* { dg-do compile } */
/* A local array of pointers: returning one of its elements escapes the
   object that element points to (if it is a local), and returning the
   array itself escapes the array.  Elements pointing to globals are
   fine.  */

int g0, g1, g2;

int *
element_to_local (int i)
{
  int a = 1, b = 2;
  int *ptrs[2] = { &a, &b };
  return ptrs[i & 1]; /* { dg-warning "address of local variable 'a' may escape via the return value of 'element_to_local'" } */
  /* { dg-warning "address of local variable 'b' may escape via the return value of 'element_to_local'" "" { target *-*-* } .-1 } */
}

int *
element_to_global (int i)
{
  int *ptrs[3] = { &g0, &g1, &g2 };
  return ptrs[i % 3]; /* { dg-bogus "escapes" } */
}

int **
array_itself (void)
{
  int *ptrs[3] = { &g0, &g1, &g2 };
  return ptrs; /* { dg-warning "address of local variable 'ptrs' escapes via the return value of 'array_itself'" } */
}

int
sum_through_locals (void)
{
  int a = 1, b = 2, c = 3;
  int *ptrs[3] = { &a, &b, &c };
  int i, s = 0;
  for (i = 0; i < 3; i++)
    s += *ptrs[i];
  return s; /* { dg-bogus "escapes" } */
}
