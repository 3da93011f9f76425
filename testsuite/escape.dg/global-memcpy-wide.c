/* { dg-do compile } */
/* memcpy of a small struct: GCC copies it as one wide integer (16
   bytes), each 8 of which may hold an address.  */

#include <string.h>

struct pair { long n; int *p; };
struct two { int *first; int *second; };

struct pair saved_pair;

void
save_pair (void)
{
  int a = 1;
  struct pair t = { 5, &a };
  memcpy (&saved_pair, &t, sizeof t); /* { dg-warning "'a' escapes from 'save_pair' into global variable 'saved_pair'" } */
}

void
copy_two (struct two *out)
{
  int a = 1, b = 2;
  struct two t = { &a, &b };
  memcpy (out, &t, sizeof t); /* { dg-warning "'a' escapes from 'copy_two' through parameter 'out'" } */
  /* { dg-warning "'b' escapes from 'copy_two' through parameter 'out'" "second field" { target *-*-* } .-1 } */
}

void
copy_two_locally (void)
{
  int a = 1, b = 2;
  struct two t = { &a, &b }, u;
  memcpy (&u, &t, sizeof t); /* { dg-bogus "escape" } */
  (void) u;
}

void
copy_no_address (struct pair *out)
{
  int a = 1;
  struct pair t = { a, 0 };
  memcpy (out, &t, sizeof t); /* { dg-bogus "escape" } */
}
