/* { dg-do compile } */
/* A local declared in an inner block or a loop body whose address is kept
   in an outer pointer and returned after the block ends escapes.  */

int global_fallback;

int *
inner_block (int c)
{
  int *p = &global_fallback;
  if (c)
    {
      int inner = c * 2;
      p = &inner;
    }
  return p; /* { dg-warning "address of local variable 'inner' may escape via the return value of 'inner_block'" } */
}

char *
loop_body (int n)
{
  char *last = 0;
  int i;
  for (i = 0; i < n; i++)
    {
      char item[8];
      item[0] = (char) i;
      last = item;
    }
  return last; /* { dg-warning "address of local variable 'item' may escape via the return value of 'loop_body'" } */
}

int *
inner_block_used_only (int c)
{
  int *p = &global_fallback;
  {
    int inner = c;
    int *q = &inner;
    global_fallback = *q;
  }
  return p; /* { dg-bogus "escapes" } */
}
