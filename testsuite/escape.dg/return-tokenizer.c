/* { dg-do compile } */
/* A small tokenizer: trimming whitespace in a local copy of the input and
   returning a pointer into the copy escapes the copy; doing the same on
   the caller's string is correct.  */

char *strcpy (char *, const char *);
__SIZE_TYPE__ strlen (const char *);

static int
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

char *
trim_copy (const char *in)
{
  char work[128];
  char *start, *end;
  strcpy (work, in);
  start = work;
  while (is_space (*start))
    start++;
  end = start + strlen (start);
  while (end > start && is_space (end[-1]))
    *--end = 0;
  return start; /* { dg-warning "address of local variable 'work' escapes via the return value of 'trim_copy'" } */
}

char *
trim_in_place (char *s)
{
  char *end;
  while (is_space (*s))
    s++;
  end = s + strlen (s);
  while (end > s && is_space (end[-1]))
    *--end = 0;
  return s; /* { dg-bogus "escapes" } */
}

char *
next_token (char *s, char **rest)
{
  char sep[4] = " ,;";
  char *p = s;
  while (*p && *p != sep[0] && *p != sep[1] && *p != sep[2])
    p++;
  if (*p)
    *p++ = 0;
  *rest = p;
  return s; /* { dg-bogus "escapes" } */
}
