/* { dg-do compile } */
/* Variable-length arrays stored into globals.  */

double *scratch;
static int *scratch_idx;
static double static_scratch[64];

void work (int);

void
with_scratch (int n)
{
  double tmp[n];
  scratch = tmp; /* { dg-warning "address of variable-length array 'tmp' escapes from 'with_scratch' into global variable 'scratch'" } */
  work (n);
}

void
with_index (int n)
{
  int idx[n + 1];
  scratch_idx = &idx[1]; /* { dg-warning "address of variable-length array 'idx' escapes from 'with_index' into static variable 'scratch_idx'" } */
}

void
with_scratch_scoped (int n)
{
  double tmp[n];
  scratch = tmp; /* { dg-bogus "escapes" } */
  work (n);
  scratch = static_scratch;
}
