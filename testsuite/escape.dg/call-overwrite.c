/* { dg-do compile } */
/* Callees that store a pointer into a global and overwrite it before they
   return: their summaries keep what is there at the return, path by
   path, not every value the global held on the way.  */

int *g;
int *current;
void work (void);

static void
keep_then_clear (int *p)
{
  g = p;
  work ();
  g = 0;
}

void
cleared (void)
{
  int y = 0;
  keep_then_clear (&y); /* { dg-bogus "escapes|may escape" "cleared before the return" } */
}

/* The current context, set for the time of a call and put back.  */
static void
with_context (int *ctx)
{
  int *saved = current;
  current = ctx;
  work ();
  current = saved;
}

void
restored (void)
{
  int ctx = 0;
  with_context (&ctx); /* { dg-bogus "escapes|may escape" "put back before the return" } */
}

static void
cleared_sometimes (int *p, int c)
{
  g = p;
  if (c)
    g = 0;
}

void
on_one_path (int c)
{
  int z = 0;
  cleared_sometimes (&z, c); /* { dg-warning "address of local variable 'z' may escape from 'on_one_path' into global variable 'g'" } */
}

static void
second_wins (int *first, int *second)
{
  g = first;
  g = second;
}

void
two_stores (void)
{
  int a = 0, b = 0;
  second_wins (&a, &b); /* { dg-warning "address of local variable 'b' escapes from 'two_stores' into global variable 'g'" } */
  /* { dg-bogus "local variable 'a'" "overwritten by the second store" { target *-*-* } .-1 } */
}
