/* { dg-do compile } */
/* Integer-to-string conversion writing digits backwards into a buffer
   and returning a pointer to the first digit: with a local buffer the
   pointer escapes, with the caller's buffer or a static one it does
   not.  */

char *
utoa_local (unsigned v)
{
  char digits[12];
  char *p = digits + sizeof digits;
  *--p = 0;
  do
    {
      *--p = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v);
  return p; /* { dg-warning "address of local variable 'digits' escapes via the return value of 'utoa_local'" } */
}

char *
itoa_local (int v)
{
  char digits[13];
  char *p = digits + sizeof digits - 1;
  int neg = v < 0;
  unsigned u = neg ? 0u - (unsigned) v : (unsigned) v;
  *p = 0;
  do
    *--p = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  if (neg)
    *--p = '-';
  return p; /* { dg-warning "address of local variable 'digits' escapes via the return value of 'itoa_local'" } */
}

char *
utoa_caller (unsigned v, char *out, int size)
{
  char *p = out + size;
  *--p = 0;
  do
    {
      *--p = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v && p > out);
  return p; /* { dg-bogus "escapes" } */
}

char *
utoa_static (unsigned v)
{
  static char digits[12];
  char *p = digits + sizeof digits;
  *--p = 0;
  do
    {
      *--p = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v);
  return p; /* { dg-bogus "escapes" } */
}
