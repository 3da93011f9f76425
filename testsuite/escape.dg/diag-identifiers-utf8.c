/* { dg-do compile } */
/* Identifiers with non-ASCII characters (UTF-8 in the source, or written
   as UCNs) are quoted as GCC quotes them in its own diagnostics: the tests
   run in the C locale, where GCC spells such characters as UCNs
   (e.g. 'caf\U000000e9'), as in its -Wunused-variable and
   -Wdangling-pointer messages.  */

int *g;

void
store (void)
{
  int café = 0;  /* { dg-message "'caf\\\\U000000e9' declared here" } */
  g = &café;  /* { dg-warning "address of local variable 'caf\\\\U000000e9' escapes from 'store' into global variable 'g'" } */
}

int *
ucn (void)
{
  int \u00e9t\u00e9 = 0;  /* { dg-message "'\\\\U000000e9t\\\\U000000e9' declared here" } */
  return &\u00e9t\u00e9;  /* { dg-warning "address of local variable '\\\\U000000e9t\\\\U000000e9' escapes via the return value of 'ucn'" } */
}

int *
cafébabe (void)
{
  int n = 0;
  return &n;  /* { dg-warning "address of local variable 'n' escapes via the return value of 'caf\\\\U000000e9babe'" } */
}
