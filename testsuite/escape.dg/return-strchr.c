/* { dg-do compile } */
/* strchr/strrchr return a pointer into their first argument: applied to a
   local buffer and returned, that buffer escapes.  Applied to a parameter
   or a global, it does not.  */

char *strchr (const char *, int);
char *strrchr (const char *, int);
char *strcpy (char *, const char *);

static char global_path[256];

char *
find_in_local (int c)
{
  char buf[32] = "key=value";
  return strchr (buf, c); /* { dg-warning "address of local variable 'buf' escapes via the return value of 'find_in_local'" } */
}

char *
extension_of_copy (const char *path)
{
  char copy[256];
  char *dot;
  strcpy (copy, path);
  dot = strrchr (copy, '.');
  return dot; /* { dg-warning "address of local variable 'copy' escapes via the return value of 'extension_of_copy'" } */
}

char *
find_in_param (char *s, int c)
{
  return strchr (s, c); /* { dg-bogus "escapes" } */
}

char *
basename_of_global (void)
{
  char *slash = strrchr (global_path, '/');
  return slash ? slash + 1 : global_path; /* { dg-bogus "escapes" } */
}

int
has_char (int c)
{
  char buf[16] = "abcdef";
  return strchr (buf, c) != 0; /* { dg-bogus "escapes" } */
}
