/* { dg-do compile } */
/* A variable-length array lives in the function's frame: returning it or
   a pointer into it escapes; using it locally does not.  */

char *
vla_buffer (int n)
{
  char buf[n];
  buf[0] = 0;
  return buf; /* { dg-warning "address of variable-length array 'buf' escapes via the return value of 'vla_buffer'" } */
}

int *
vla_element (int n, int i)
{
  int vals[n];
  int *p = &vals[i];
  *p = 0;
  return p; /* { dg-warning "address of variable-length array 'vals' escapes via the return value of 'vla_element'" } */
}

double *
vla_end (int n)
{
  double row[n + 1];
  double *end = row + n;
  return end - 1; /* { dg-warning "address of variable-length array 'row' escapes via the return value of 'vla_end'" } */
}

int
vla_checksum (int n, const unsigned char *src)
{
  unsigned char copy[n];
  int i, sum = 0;
  for (i = 0; i < n; i++)
    copy[i] = src[i];
  for (i = 0; i < n; i++)
    sum = sum * 31 + copy[i];
  return sum; /* { dg-bogus "escapes" } */
}
