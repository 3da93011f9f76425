/* { dg-do compile } */
/* A file-scope static is reported as a "static variable".  */

struct parser { const char *input; int pos; };

static struct parser *active_parser;
static const char *last_input;

int parse_expr (void);

int
parse (const char *text)
{
  struct parser p = { text, 0 };
  active_parser = &p; /* { dg-warning "address of local variable 'p' escapes from 'parse' into static variable 'active_parser'" } */
  return parse_expr ();
}

int
parse_scoped (const char *text)
{
  struct parser p = { text, 0 };
  int r;
  active_parser = &p; /* { dg-bogus "escapes" } */
  r = parse_expr ();
  active_parser = 0;
  return r;
}

void
remember (const char *text)
{
  last_input = text; /* { dg-bogus "escapes" } */
}

void
remember_copy (const char *text)
{
  char copy[64];
  int i;
  for (i = 0; i < 63 && text[i]; i++)
    copy[i] = text[i];
  copy[i] = 0;
  last_input = copy; /* { dg-warning "address of local variable 'copy' escapes from 'remember_copy' into static variable 'last_input'" } */
}
