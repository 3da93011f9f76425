/* { dg-do compile } */
/* Kind "scope", a realistic bug: a small "key=value" line parser reads
   the key into a buffer local to the block that scans it, keeps a
   pointer to it, and looks the key up after the block ended.  */

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

int
parse_assignment (struct parser *ps)
{
  const char *key;
  int c;

  /* Scan the key.  */
  {
    char tok[32];		/* { dg-message "'tok' declared here" } */
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

  /* Bug: 'tok' is gone; 'key' dangles.  */
  if (key[0] == '_')		/* { dg-warning "address of local variable 'tok' is used in 'parse_assignment' after the end of its scope" } */
    return 0;			/* private keys are ignored */
  set_value (lookup_key (key), value);
  ps->line++;
  return 1;
}

/* The same bug where the token buffer belongs to an if-block and the key
   may also be a built-in default name.  */
int
parse_optional_key (struct parser *ps)
{
  const char *key = "default";
  int c = next_char (ps->src);
  if (is_ident (c))
    {
      char tok[32];		/* { dg-message "'tok' declared here" } */
      int n = 0;
      do
	tok[n++] = (char) c;
      while (is_ident (c = next_char (ps->src)) && n < 31);
      tok[n] = '\0';
      key = tok;
    }
  if (c != '=')
    return -1;
  if (key[0] == '_')		/* { dg-warning "address of local variable 'tok' may be used in 'parse_optional_key' after the end of its scope" } */
    return 0;
  set_value (lookup_key (key), 0);
  return 1;
}
