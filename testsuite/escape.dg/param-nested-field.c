/* { dg-do compile } */
/* A nested field of a struct passed by pointer: s->inner.ptr = &x.  */

struct inner { int *ptr; int n; };
struct outer { int tag; struct inner inner; struct inner many[4]; };

static int fallback;

void
init_inner (struct outer *s)
{
  int x = 0;
  s->inner.ptr = &x; /* { dg-warning "address of local variable 'x' escapes from 'init_inner' through parameter 's'" } */
  s->inner.n = 1;
}

void
init_many (struct outer *s, int i)
{
  int counts[4] = { 0 };
  s->many[i].ptr = &counts[i]; /* { dg-warning "address of local variable 'counts' may escape from 'init_many' through parameter 's'" } */
}

void
init_inner_static (struct outer *s)
{
  s->inner.ptr = &fallback; /* { dg-bogus "escapes" } */
  s->inner.n = 1;
}

void
init_inner_self (struct outer *s)
{
  s->inner.ptr = &s->tag; /* { dg-bogus "escapes" } */
}
