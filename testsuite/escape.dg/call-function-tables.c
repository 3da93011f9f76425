/* { dg-do compile } */
/* An indirect call of one of several known functions (a const table of
   handlers, a choice between two) is a path for each: what one of them
   keeps may escape; when none keeps it, nothing does.  A load at a known
   place of a const table calls the one function there.  */

static void *saved;

static void
keep (void *p)
{
  saved = p;
}

static void
drop (void *p)
{
  (void) p;
}

static int
size4 (void)
{
  return 4;
}

typedef void (*sink_fn) (void *);

struct ops
{
  void (*put) (void *);
  int (*size) (void);
};

static const sink_fn sinks[2] = { keep, drop };
static const sink_fn quiet[2] = { drop, drop };
static const struct ops table[2] = { { keep, size4 }, { drop, size4 } };

void
any_sink (int i)
{
  int x = 0;
  sinks[i] (&x); /* { dg-warning "address of local variable 'x' may escape from 'any_sink' into static variable 'saved'" } */
}

void
quiet_sink (int i)
{
  int x = 0;
  quiet[i] (&x); /* { dg-bogus "escape" } */
}

void
any_entry (int i)
{
  int x = 0;
  table[i].put (&x); /* { dg-warning "address of local variable 'x' may escape from 'any_entry' into static variable 'saved'" } */
}

void
dropping_entry (void)
{
  int x = 0;
  table[1].put (&x); /* { dg-bogus "escape" } */
}

void
keeping_entry (void)
{
  int x = 0;
  table[0].put (&x); /* { dg-warning "address of local variable 'x' escapes from 'keeping_entry' into static variable 'saved'" } */
}

void
either (int c)
{
  int x = 0;
  sink_fn f = c ? keep : drop;
  f (&x); /* { dg-warning "address of local variable 'x' may escape from 'either' into static variable 'saved'" } */
}

void
neither (int c)
{
  int x = 0;
  sink_fn f = c ? drop : quiet[1];
  f (&x); /* { dg-bogus "escape" } */
}
