/* { dg-do compile } */
/* strstr returns a pointer into its first argument: strstr on a local
   buffer returned escapes the buffer; strstr on a parameter or a string
   literal does not.  */

char *strstr (const char *, const char *);
char *strcpy (char *, const char *);

char *
find_value (const char *line)
{
  char work[128];
  char *eq;
  strcpy (work, line);
  eq = strstr (work, "=");
  if (!eq)
    return 0; /* { dg-bogus "escapes" } */
  return eq + 1; /* { dg-warning "address of local variable 'work' escapes via the return value of 'find_value'" } */
}

char *
find_header (void)
{
  char response[64] = "HTTP/1.0 200 OK\r\nServer: x";
  return strstr (response, "Server:"); /* { dg-warning "address of local variable 'response' escapes via the return value of 'find_header'" } */
}

char *
find_in_param (char *hay, const char *needle)
{
  char tmp[16];
  strcpy (tmp, needle);
  return strstr (hay, tmp); /* { dg-bogus "escapes" } */
}

char *
find_in_literal (void)
{
  return strstr ("alpha beta", "beta"); /* { dg-bogus "escapes" } */
}
