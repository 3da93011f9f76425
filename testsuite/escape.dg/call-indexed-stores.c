/* { dg-do compile } */
/* A callee that stores its argument into an array at a variable index on
   every path ("v->items[v->len++] = it", "t->slots[h].val = val"): which
   element is unknown, but the caller's array holds the address after the
   call, so it may escape there.  Kept in the caller's own frame, it does
   not.  */

#include <stdlib.h>

struct item { int id; };
struct vec { struct item **items; size_t len, cap; };

void
vec_push (struct vec *v, struct item *it)
{
  if (v->len == v->cap)
    {
      v->cap = v->cap ? 2 * v->cap : 8;
      v->items = realloc (v->items, v->cap * sizeof *v->items);
      if (!v->items)
	abort ();
    }
  v->items[v->len++] = it;
}

void
collect (struct vec *v, int id)
{
  struct item item = { id };
  vec_push (v, &item); /* { dg-warning "'item' may escape from 'collect' through parameter 'v'" } */
}

int
collect_local (int id)
{
  struct vec v = { 0, 0, 0 };
  struct item item = { id };
  vec_push (&v, &item); /* { dg-bogus "escape" "the vector is the caller's own" } */
  int r = v.items[0]->id;
  free (v.items);
  return r;
}

struct entry { const char *key; void *val; };
struct table { struct entry slots[64]; };
struct table global_table;

static unsigned
hash (const char *s)
{
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char) *s++;
  return h;
}

__attribute__ ((noinline)) static void
table_put (struct table *t, const char *key, void *val)
{
  unsigned i = hash (key) & 63;
  t->slots[i].key = key;
  t->slots[i].val = val;
}

__attribute__ ((noinline)) static void *
table_get (struct table *t, const char *key)
{
  return t->slots[hash (key) & 63].val;
}

struct request { int id; };

void
cache_request (struct table *t, int id)
{
  struct request req = { id };
  table_put (t, "req", &req); /* { dg-warning "'req' may escape from 'cache_request' through parameter 't'" } */
}

void
cache_global (int id)
{
  struct request req = { id };
  table_put (&global_table, "req", &req); /* { dg-warning "'req' may escape from 'cache_global' into global variable 'global_table'" } */
}

int
cache_local (int id)
{
  struct table t = { 0 };
  struct request req = { id };
  table_put (&t, "req", &req); /* { dg-bogus "escape" "the table is the caller's own" } */
  struct request *r = table_get (&t, "req");
  return r ? r->id : -1;
}

/* A store only when the array has room, a test of data the caller cannot
   see: not a store on every path, and with an unknown outcome (the
   policy of calls, which no test here decides).  */
struct ring { void *slot[8]; unsigned n; };

void
ring_offer (struct ring *r, void *p)
{
  if (r->n < 8)
    r->slot[r->n++] = p;
}

int
offer_local (void)
{
  struct ring r = { { 0 }, 0 };
  int x = 1;
  ring_offer (&r, &x); /* { dg-bogus "escape" "the ring is the caller's own" } */
  return *(int *) r.slot[0];
}

/* Decoding into a block-scoped struct that points into itself, once per
   iteration: the call names the struct, so its scope is entered again.  */
struct digits { int n; char *z; char buf[24]; };

__attribute__ ((noinline)) static void
digits_of (struct digits *d, unsigned v)
{
  int i = 23;
  d->z = d->buf;
  while (v)
    {
      d->buf[i--] = '0' + v % 10;
      v /= 10;
    }
  d->n = 23 - i;
  d->z = &d->buf[i + 1];
}

extern void out (const char *, int);

void
print_all (const unsigned *v, int n)
{
  for (int k = 0; k < n; k++)
    {
      struct digits d;
      digits_of (&d, v[k]);
      d.z[0] = '9'; /* { dg-bogus "scope" "d is in scope again" } */
      out (d.z, d.n);
    }
}
