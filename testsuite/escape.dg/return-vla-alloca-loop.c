/* { dg-do compile } */
/* Stack allocations chosen at run time: a two-dimensional VLA row, alloca
   inside a loop, and a small-buffer optimisation (VLA or static buffer
   chosen by size).  */

void *alloca (__SIZE_TYPE__);

static char big_buffer[4096];

int *
vla_row (int rows, int cols, int r)
{
  int grid[rows][cols];
  grid[r][0] = 0;
  return grid[r]; /* { dg-warning "address of variable-length array 'grid' escapes via the return value of 'vla_row'" } */
}

char *
alloca_in_loop (int n)
{
  char *last = 0;
  int i;
  for (i = 0; i < n; i++)
    {
      last = alloca (16);
      last[0] = (char) i;
    }
  return last; /* { dg-warning "address of memory allocated by 'alloca' may escape via the return value of 'alloca_in_loop'" } */
}

char *
small_or_static (int n)
{
  char small[n < 64 ? 64 : 1];
  char *buf = n < 64 ? small : big_buffer;
  buf[0] = 0;
  return buf; /* { dg-warning "address of variable-length array 'small' may escape via the return value of 'small_or_static'" } */
}

char *
static_only (int n)
{
  char small[n < 64 ? 64 : 1];
  char *buf = n < 64 ? small : big_buffer;
  buf[0] = 0;
  buf = big_buffer;
  return buf; /* { dg-bogus "escapes" } */
}
