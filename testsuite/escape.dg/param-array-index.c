/* { dg-do compile } */
/* Elements of an array the caller passed in, at constant and variable
   indexes.  */

void
fill_first (int **arr)
{
  int x = 0;
  arr[0] = &x; /* { dg-warning "address of local variable 'x' escapes from 'fill_first' through parameter 'arr'" } */
}

void
fill_at (int **arr, int i)
{
  int x = 0;
  arr[i] = &x; /* { dg-warning "address of local variable 'x' may escape from 'fill_at' through parameter 'arr'" } */
}

void
fill_all (const char *argv[], int n)
{
  char scratch[8][16];
  int i;
  for (i = 0; i < n && i < 8; i++)
    {
      scratch[i][0] = 0;
      argv[i] = scratch[i]; /* { dg-warning "address of local variable 'scratch' may escape from 'fill_all' through parameter 'argv'" } */
    }
}

void
fill_from (int **arr, int *values, int n)
{
  int i;
  for (i = 0; i < n; i++)
    arr[i] = &values[i]; /* { dg-bogus "escapes" } */
}

int
fill_local (void)
{
  int x = 1, y = 2;
  int *arr[2];
  arr[0] = &x; /* { dg-bogus "escapes" } */
  arr[1] = &y; /* { dg-bogus "escapes" } */
  return *arr[0] + *arr[1];
}
