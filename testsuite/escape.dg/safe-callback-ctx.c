/* { dg-do compile } */
/* Callbacks receive the address of a local context (directly, through a
   function pointer, or through an iterator API).  Calls do not keep their
   arguments, so nothing here may warn.  */

struct counter { int hits; int limit; };

typedef int (*visit_fn) (void *ctx, int value);

extern void for_each (const int *, int, visit_fn, void *);
extern int with_lock (void (*) (void *), void *);
extern void (*hook) (void *);

static int
count_small (void *ctx, int value)
{
  struct counter *c = ctx;
  if (value < c->limit)
    c->hits++;
  return 0;
}

int
small_values (const int *v, int n, int limit)
{
  struct counter c = { 0, limit };
  for_each (v, n, count_small, &c);  /* { dg-bogus "escapes" } */
  return c.hits;
}

static void
incr (void *p)
{
  ++*(int *) p;
}

int
locked_increment (int start)
{
  int value = start;
  with_lock (incr, &value);  /* { dg-bogus "escapes" } */
  return value;
}

void
call_hook (void)
{
  char msg[32] = "hook called";
  if (hook)
    hook (msg);  /* { dg-bogus "escapes" } */
}

int
indirect (visit_fn fn, int x)
{
  struct counter c = { 0, 10 };
  int r = fn (&c, x);  /* { dg-bogus "escapes" } */
  return r + c.hits;
}
