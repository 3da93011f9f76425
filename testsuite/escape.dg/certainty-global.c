/* { dg-do compile } */
/* Certainty of escapes into globals and statics: certain ("escapes")
   when at every return of the function the global can only hold the
   local's address; "may escape" when it is overwritten on some paths
   only, stored on some paths only (also when an early return skips the
   store), or stored as one of several values.  Overwritten on every path:
   quiet.  Stored by different statements on every path: certain, reported
   once at the first store.  */

int *g;
static int *cache;
struct holder { int *p; } *gp;

int check (void);

void
stored (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'stored' into global variable 'g'" } */
}

void
cleared_on_some_paths (int c)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' may escape from 'cleared_on_some_paths' into global variable 'g'" } */
  if (c)
    g = 0;
}

void
stored_on_some_paths (int c)
{
  int x = 0;
  if (c)
    g = &x; /* { dg-warning "address of local variable 'x' may escape from 'stored_on_some_paths' into global variable 'g'" } */
}

void
one_of_two (int c)
{
  int x = 0, y = 0;
  g = c ? &x : &y; /* { dg-warning "address of local variable 'x' may escape from 'one_of_two' into global variable 'g'" } */
  /* { dg-warning "address of local variable 'y' may escape from 'one_of_two' into global variable 'g'" "y" { target *-*-* } .-1 } */
}

void
replaced (void)
{
  int x = 0, y = 0;
  g = &x; /* { dg-bogus "escape" } */
  g = &y; /* { dg-warning "address of local variable 'y' escapes from 'replaced' into global variable 'g'" } */
}

void
cleared_on_every_path (int c)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  if (c)
    g = 0;
  else
    g = 0;
}

int
static_cleared_on_success (int code)
{
  int status = code;
  cache = &status; /* { dg-warning "address of local variable 'status' may escape from 'static_cleared_on_success' into static variable 'cache'" } */
  if (code > 0)
    {
      cache = 0;
      return 0;
    }
  return -1;
}

void
early_return_skips_store (int ready)
{
  int x = 0;
  if (!ready)
    return;
  g = &x; /* { dg-warning "address of local variable 'x' may escape from 'early_return_skips_store' into global variable 'g'" } */
}

void
through_global_pointer (void)
{
  int x = 0;
  gp->p = &x; /* { dg-warning "address of local variable 'x' escapes from 'through_global_pointer' into memory reachable from global variable 'gp'" } */
}

void
through_global_pointer_some_paths (int c)
{
  int x = 0;
  gp->p = &x; /* { dg-warning "address of local variable 'x' may escape from 'through_global_pointer_some_paths' into memory reachable from global variable 'gp'" } */
  if (c)
    gp->p = 0;
}

void wait_a_bit (void);

void
stored_on_every_path (int fast)
{
  int token = 0;
  if (fast)
    g = &token; /* { dg-warning "address of local variable 'token' escapes from 'stored_on_every_path' into global variable 'g'" } */
  else
    {
      wait_a_bit ();
      g = &token; /* { dg-bogus "escape" } */
    }
}
