/* { dg-do compile } */
/* Calls of small static inline functions of this unit are read through
   their bodies: an address passed to a helper that keeps it, or returns
   it, is reported at the call.  Helpers that only use it are fine.  */

int *saved;

static inline void
keep (int *p)
{
  saved = p;
}

static inline int *
ident (int *p)
{
  return p;
}

static inline int
peek (const int *p)
{
  return *p;
}

static inline void
forget (void)
{
  saved = 0;
}

void
keeps_local (void)
{
  int x = 1;
  keep (&x); /* { dg-warning "address of local variable 'x' escapes from 'keeps_local' into global variable 'saved'" } */
}

void
keeps_then_forgets (void)
{
  int x = 1;
  keep (&x); /* { dg-bogus "escape" } */
  forget ();
}

int *
returns_through_helper (void)
{
  int y = 2;
  return ident (&y); /* { dg-warning "address of local variable 'y' escapes via the return value of 'returns_through_helper'" } */
}

int
only_reads (void)
{
  int z = 3;
  return peek (&z) + *ident (&z); /* { dg-bogus "escape" } */
}

void
keeps_heap (void)
{
  static int s;
  keep (&s); /* { dg-bogus "escape" } */
}
