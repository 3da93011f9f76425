/* Compiled by json.exp with -fplugin-arg-escape-json: identifiers in
   UTF-8 (spelt as such and as a UCN) and with '$', in a file whose name,
   set by #line, holds a quote, a backslash, a tab, a control character,
   UTF-8 and a byte that is not UTF-8.  The report must be valid JSON
   with each name as it is; the stray byte becomes U+FFFD.  */

int *gp;

#line 1 "odd dir/qu\"ote\\back\tslash\001-caf\xc3\xa9-\xff.c"
int *
café (void)
{
  int naïve = 1;
  return &naïve;
}

void
dollar$sign (void)
{
  int a$b = 2;
  gp = &a$b;
}

int
ucn_\u00e0 (void)
{
  int \u03bb = 3;
  int *p = &\u03bb;
  return *p;
}
