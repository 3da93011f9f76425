/* { dg-do compile } */
/* A callee that stores its parameter in a global: the caller's local
   leaves through the call, reported at the call with the callee's store.  */

struct handler { void (*fn) (void *); void *ctx; };
static struct handler *current;
int *g_slot;
int g_value;

static void
keep (int *p)
{
  g_slot = p; /* { dg-message "through the call to 'keep', which stores it into global variable 'g_slot'" } */
  /* { dg-message "through the call to 'relay', which stores it into global variable 'g_slot'" "relay" { target *-*-* } .-1 } */
}

static void
copy_value (int *p)
{
  g_value = *p;
}

void
register_handler (struct handler *h)
{
  current = h; /* { dg-message "through the call to 'register_handler', which stores it into static variable 'current'" } */
}

void
uses_keep (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  keep (&x); /* { dg-warning "address of local variable 'x' escapes from 'uses_keep' into global variable 'g_slot'" } */
}

void
copies_only (void)
{
  int y = 2;
  copy_value (&y); /* { dg-bogus "address of" } */
}

void
start (void (*fn) (void *))
{
  struct handler h = { fn, 0 }; /* { dg-message "'h' declared here" } */
  register_handler (&h); /* { dg-warning "address of local variable 'h' escapes from 'start' into static variable 'current'" } */
}

/* Through two calls: the summary of 'relay' includes 'keep's store.  */
static void
relay (int *p)
{
  keep (p);
}

void
uses_relay (void)
{
  int z = 3; /* { dg-message "'z' declared here" } */
  relay (&z); /* { dg-warning "address of local variable 'z' escapes from 'uses_relay' into global variable 'g_slot'" } */
}
