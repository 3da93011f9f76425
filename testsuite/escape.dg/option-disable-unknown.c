/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=unknown" } */
/* -fplugin-arg-escape-disable=unknown: stores into memory returned by a
   function the analysis does not model are not reported; the other kinds
   still are.  */

struct slot { int *p; struct slot *next; };

extern struct slot *lookup (int);
extern struct slot *current (void);
struct slot *gslot;

void
into_unknown (int k)
{
  int x = k;
  struct slot *s = lookup (k);
  if (s)
    s->p = &x;  /* { dg-bogus "escapes" } */
  current ()->p = &x;  /* { dg-bogus "escapes" } */
}

void
global_still_reported (void)
{
  int y = 0;
  current ()->p = &y;  /* { dg-bogus "escapes" } */
  if (gslot)
    gslot->p = &y;  /* { dg-warning "address of local variable 'y' may escape from 'global_still_reported' into memory reachable from global variable 'gslot'" } */
}
