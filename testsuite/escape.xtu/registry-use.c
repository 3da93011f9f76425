/* { dg-do compile } */
/* Calls of functions defined in registry-lib.c, known through the
   summaries it left: what they keep is seen here.  */

struct handler
{
  struct handler *next;
  void (*fn) (void *);
};

void register_handler (struct handler *);
void unregister_all (void);
void remember (int *);
int *same (int *);
int peek (int *);
void run (void);

void
registers_forever (void (*fn) (void *))
{
  struct handler h = { 0, fn }; /* { dg-message "'h' declared here" } */
  register_handler (&h); /* { dg-warning "address of local variable 'h' escapes from 'registers_forever' into static variable 'handlers'" } */
  /* { dg-message "through the call to 'register_handler', which stores it into static variable 'handlers' \\(at \[^)\]*registry-lib.c:16\\)" "note" { target *-*-* } .-1 } */
}

void
registers_for_a_while (void (*fn) (void *))
{
  struct handler h = { 0, fn };
  register_handler (&h); /* { dg-bogus "address of" } */
  run ();
  unregister_all ();
}

void
remembers (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  remember (&x); /* { dg-warning "address of local variable 'x' escapes from 'remembers' into global variable 'last_value'" } */
}

int *
returns_same (void)
{
  int y = 0; /* { dg-message "'y' declared here" } */
  return same (&y); /* { dg-warning "address of local variable 'y' escapes via the return value of 'returns_same'" } */
}

int
only_peeks (void)
{
  int z = 1;
  return peek (&z) + *same (&z); /* { dg-bogus "address of" } */
}
