/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=return" } */
/* -fplugin-arg-escape-disable=return also silences the plugin for
   returns that reach the local indirectly (copies, ?:, library calls).
   GCC's own -Wreturn-local-addr may or may not see these depending on
   the optimisation level, so its text is pruned here; only the plugin's
   silence is checked.  */
/* { dg-prune-output "function returns address of local variable" } */
/* { dg-prune-output "dangling pointer" } */

extern char *strchr (const char *, int);

int *
through_copy (void)
{
  int x = 1;
  int *p = &x;
  int *q = p;
  return q;  /* { dg-bogus "escapes" } */
}

int *
either (int c)
{
  int x = 1, y = 2;
  return c ? &x : &y;  /* { dg-bogus "escapes" } */
}

char *
search (int c)
{
  char buf[8] = "abcdef";
  return strchr (buf, c);  /* { dg-bogus "escapes" } */
}

static int counter;

int *
stored_then_returned (void)
{
  int x = 0;
  int *p = &x;
  counter++;
  return p + 0;  /* { dg-bogus "escapes" } */
}
