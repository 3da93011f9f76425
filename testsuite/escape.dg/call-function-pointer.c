/* { dg-do compile } */
/* An indirect call whose target is known (the pointer holds one
   function's address on every path) applies that function's summary;
   one that may call several, or one the analysis cannot tell, follows
   the policy of unknown calls.  */

int *g;

static void
keep (int *p)
{
  g = p;
}

static void
ignore (int *p)
{
  (void) p;
}

void
through_pointer (void)
{
  void (*fp) (int *) = keep;
  int x = 0; /* { dg-message "'x' declared here" } */
  fp (&x); /* { dg-warning "address of local variable 'x' escapes from 'through_pointer' into global variable 'g'" } */
}

void
same_target_on_both_paths (int c)
{
  void (*fp) (int *);
  if (c)
    fp = keep;
  else
    fp = keep;
  int y = 0; /* { dg-message "'y' declared here" } */
  fp (&y); /* { dg-warning "address of local variable 'y' escapes from 'same_target_on_both_paths' into global variable 'g'" } */
}

void
harmless_target (void)
{
  void (*fp) (int *) = ignore;
  int z = 0;
  fp (&z); /* { dg-bogus "address of" } */
}

void
unknown_target (void (*fp) (int *))
{
  int w = 0;
  fp (&w); /* { dg-bogus "address of" } */
}
