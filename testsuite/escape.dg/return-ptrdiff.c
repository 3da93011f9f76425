/* { dg-do compile } */
/* A pointer difference is a plain integer: adding the offset of a
   pointer inside a local buffer to a parameter's pointer yields a pointer
   into the parameter's memory, not the local's.  Adding it back to the
   local buffer does escape.  */

char *strchr (const char *, int);
char *strcpy (char *, const char *);

char *
same_offset_in_caller (char *out, const char *in)
{
  char tmp[64];
  char *colon;
  strcpy (tmp, in);
  colon = strchr (tmp, ':');
  if (!colon)
    return out; /* { dg-bogus "escapes" } */
  return out + (colon - tmp); /* { dg-bogus "escapes" } */
}

char *
same_offset_in_local (const char *in)
{
  char tmp[64];
  const char *colon;
  strcpy (tmp, in);
  colon = strchr (in, ':');
  if (!colon)
    return 0; /* { dg-bogus "escapes" } */
  return tmp + (colon - in); /* { dg-warning "address of local variable 'tmp' escapes via the return value of 'same_offset_in_local'" } */
}

long
distance (void)
{
  int a[8] = { 0 };
  int *p = &a[5];
  return p - a; /* { dg-bogus "escapes" } */
}
