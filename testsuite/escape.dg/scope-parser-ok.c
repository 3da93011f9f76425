/* { dg-do compile } */
/* Kind "scope", the corrected parser of scope-parser.c: the token buffer
   lives as long as the pointer to it (function scope), or the key is
   looked up while the block is still live and only the result (an int)
   leaves it.  Nothing is reported.  */

extern int next_char (void *src);
extern int lookup_key (const char *name);
extern void set_value (int key, long value);
extern void report (const char *what, int line);

struct parser
{
  void *src;
  int line;
};

static int
is_ident (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* The buffer is declared at function scope.  */
int
parse_assignment (struct parser *ps)
{
  char tok[32];
  const char *key;
  int c;

  {
    int n = 0;
    while (is_ident (c = next_char (ps->src)) && n < 31)
      tok[n++] = (char) c;
    tok[n] = '\0';
    if (n == 0)
      {
	report ("missing key", ps->line);
	return -1;
      }
    key = tok;
  }

  if (c != '=')
    {
      report ("expected '='", ps->line);
      return -1;
    }

  long value = 0;
  while ((c = next_char (ps->src)) >= '0' && c <= '9')
    value = value * 10 + (c - '0');

  if (key[0] == '_')		/* { dg-bogus "after the end of its scope" } */
    return 0;
  set_value (lookup_key (key), value);
  ps->line++;
  return 1;
}

/* The key is resolved inside the block; only its index leaves.  */
int
parse_resolved_in_block (struct parser *ps)
{
  int id = -1;
  int priv = 0;
  int c = next_char (ps->src);
  if (is_ident (c))
    {
      char tok[32];
      int n = 0;
      do
	tok[n++] = (char) c;
      while (is_ident (c = next_char (ps->src)) && n < 31);
      tok[n] = '\0';
      const char *key = tok;
      priv = key[0] == '_';	/* { dg-bogus "after the end of its scope" } */
      id = lookup_key (key);
    }
  if (c != '=' || priv)
    return -1;
  set_value (id, 0);
  return 1;
}

/* A token buffer per line in a loop: each line is scanned and consumed
   within its iteration.  */
int
parse_lines (struct parser *ps, int nlines)
{
  int ok = 0;
  for (int i = 0; i < nlines; i++)
    {
      char tok[32];
      char *p = tok;
      int c;
      while (is_ident (c = next_char (ps->src)) && p < tok + 31)
	*p++ = (char) c;
      *p = '\0';
      if (tok[0] != '\0' && lookup_key (tok) >= 0)	/* { dg-bogus "after the end of its scope" } */
	ok++;
    }
  return ok;
}
