/* { dg-do compile } */
/* A local struct holding pointers to other locals is passed down to
   callees (by address and by value).  Callees do not keep their
   arguments, so nothing here may warn.  */

struct range { int *lo; int *hi; };
struct ctx { const char *name; int *counter; struct range r; };

extern void clamp (struct range *);
extern void clamp_copy (struct range);
extern void run (struct ctx *);

int
clamp_pair (int a, int b)
{
  int lo = a, hi = b;
  struct range r = { &lo, &hi };  /* { dg-bogus "escapes" } */
  clamp (&r);  /* { dg-bogus "escapes" } */
  clamp_copy (r);  /* { dg-bogus "escapes" } */
  return hi - lo;
}

int
run_job (const char *name)
{
  int count = 0, lo = 0, hi = 100;
  char label[32];
  struct ctx c;

  label[0] = name[0];
  label[1] = '\0';
  c.name = label;  /* { dg-bogus "escapes" } */
  c.counter = &count;
  c.r.lo = &lo;
  c.r.hi = &hi;
  run (&c);  /* { dg-bogus "escapes" } */
  return count;
}

static void
bump (struct ctx *c)
{
  ++*c->counter;
  if (*c->r.lo < *c->r.hi)
    ++*c->r.lo;
}

int
run_inline (void)
{
  int n = 0, lo = 1, hi = 3;
  struct ctx c = { "inline", &n, { &lo, &hi } };
  bump (&c);
  bump (&c);
  return n + lo;  /* { dg-bogus "escapes" } */
}
