/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* A callee that returns a struct by value holding its argument: the
   caller's copy of the struct holds the address.  Small structs come
   back in registers, from a temporary of the callee; large ones through
   the caller's return slot.  */

struct span { char *p; unsigned n; };
struct big { char *p; long pad[4]; };

__attribute__ ((noinline)) static struct span
span_of (char *s) /* { dg-message "leaking param: s to result" } */
{
  struct span r = { s, 1 };
  return r;
}

__attribute__ ((noinline)) static struct big
big_of (char *s) /* { dg-message "leaking param: s to result" } */
{
  struct big r = { s };
  return r;
}

void
span_out (struct span *o)
{
  char b[4];
  *o = span_of (b); /* { dg-warning "'b' escapes from 'span_out' through parameter 'o'" } */
}

struct span
span_returned (void)
{
  char b[4];
  return span_of (b); /* { dg-warning "'b' escapes via the return value of 'span_returned'" } */
}

void
span_field_out (char **o)
{
  char b[4];
  struct span t = span_of (b);
  *o = t.p; /* { dg-warning "'b' escapes from 'span_field_out' through parameter 'o'" } */
}

void
big_out (struct big *o)
{
  char b[4];
  *o = big_of (b); /* { dg-warning "'b' escapes from 'big_out' through parameter 'o'" } */
}

/* Negatives: the struct stays in the frame, or holds no stack address.  */
extern void use (struct span);
static char shared[4];

unsigned
span_local (void)
{
  char b[4] = "abc";
  struct span t = span_of (b); /* { dg-bogus "escape" "used here only" } */
  use (t);
  return t.n;
}

void
span_static (struct span *o)
{
  *o = span_of (shared); /* { dg-bogus "escape" "static memory" } */
}

__attribute__ ((noinline)) static struct span
span_length (const char *s) /* { dg-message "s does not escape" } */
{
  struct span r = { 0, 0 };
  while (s[r.n])
    r.n++;
  return r;
}

void
length_out (struct span *o)
{
  char b[4] = "abc";
  *o = span_length (b); /* { dg-bogus "escape" "only the length comes back" } */
}
