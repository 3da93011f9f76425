/* { dg-do compile } */
/* Library functions that return their destination argument (memcpy,
   memset, strcpy, strcat) return a local buffer when given one; a local
   pointer whose bytes were copied from another pointer by memcpy carries
   that pointer's target.  With heap or caller destinations nothing
   escapes.  */

void *memcpy (void *, const void *, __SIZE_TYPE__);
void *memset (void *, int, __SIZE_TYPE__);
char *strcpy (char *, const char *);
char *strcat (char *, const char *);

int global_target;

void *
cleared (void)
{
  char buf[64];
  return memset (buf, 0, sizeof buf); /* { dg-warning "address of local variable 'buf' escapes via the return value of 'cleared'" } */
}

char *
joined (const char *a, const char *b)
{
  char buf[128];
  strcpy (buf, a);
  return strcat (buf, b); /* { dg-warning "address of local variable 'buf' escapes via the return value of 'joined'" } */
}

int *
pointer_bytes_copied (void)
{
  int x = 1;
  int *src = &x, *dst;
  memcpy (&dst, &src, sizeof dst);
  return dst; /* { dg-warning "address of local variable 'x' escapes via the return value of 'pointer_bytes_copied'" } */
}

int *
global_pointer_bytes_copied (void)
{
  int *src = &global_target, *dst;
  memcpy (&dst, &src, sizeof dst);
  return dst; /* { dg-bogus "escapes" } */
}

char *
copy_to_caller (char *out, const char *in)
{
  char tmp[32];
  strcpy (tmp, in);
  return strcpy (out, tmp); /* { dg-bogus "escapes" } */
}
