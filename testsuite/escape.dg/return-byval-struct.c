/* { dg-do compile } */
/* A struct returned by value whose pointer field holds a local's address
   carries that address out of the function; if the field is overwritten
   with NULL or a global's address before the return, nothing escapes.  */

struct span { char *ptr; int len; };
struct pair { int *first; int *second; };

char global_text[64];
int g1, g2;

struct span
make_span (void)
{
  char buf[32] = "temporary";
  struct span s;
  s.ptr = buf;
  s.len = 9;
  return s; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'make_span'" } */
}

struct pair
make_pair (void)
{
  int a = 1, b = 2;
  struct pair p = { &a, &b };
  return p; /* { dg-warning "address of local variable 'a' escapes via the return value of 'make_pair'" } */
  /* { dg-warning "address of local variable 'b' escapes via the return value of 'make_pair'" "" { target *-*-* } .-1 } */
}

struct pair
half_local (void)
{
  int a = 1;
  struct pair p = { &g1, &a };
  return p; /* { dg-warning "address of local variable 'a' escapes via the return value of 'half_local'" } */
}

struct span
cleared_span (void)
{
  char buf[32] = "temporary";
  struct span s = { buf, 9 };
  s.len = s.ptr[0] == 't' ? 9 : 0;
  s.ptr = 0;
  return s; /* { dg-bogus "escapes" } */
}

struct pair
repointed_pair (void)
{
  int a = 1, b = 2;
  struct pair p = { &a, &b };
  g1 = *p.first + *p.second;
  p.first = &g1;
  p.second = &g2;
  return p; /* { dg-bogus "escapes" } */
}

struct span
global_span (void)
{
  struct span s = { global_text, 64 };
  return s; /* { dg-bogus "escapes" } */
}
