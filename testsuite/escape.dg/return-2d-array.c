/* { dg-do compile } */
/* Rows and elements of a local two-dimensional array, and the array
   flattened by a cast, all escape when returned; the same for a global
   matrix is fine.  */

int global_matrix[4][4];

int *
row (int i)
{
  int m[3][4] = { { 0 } };
  return m[i]; /* { dg-warning "address of local variable 'm' escapes via the return value of 'row'" } */
}

int *
cell (void)
{
  int m[3][4] = { { 0 } };
  return &m[1][2]; /* { dg-warning "address of local variable 'm' escapes via the return value of 'cell'" } */
}

int *
flattened (void)
{
  int m[3][4] = { { 1, 2 }, { 3, 4 } };
  return (int *) m + 5; /* { dg-warning "address of local variable 'm' escapes via the return value of 'flattened'" } */
}

int (*
row_pointer (void))[4]
{
  int m[3][4] = { { 0 } };
  int (*r)[4] = m;
  return r + 2; /* { dg-warning "address of local variable 'm' escapes via the return value of 'row_pointer'" } */
}

int *
global_cell (int i, int j)
{
  return &global_matrix[i & 3][j & 3]; /* { dg-bogus "escapes" } */
}
