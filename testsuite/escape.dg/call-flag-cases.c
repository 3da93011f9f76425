/* { dg-do compile } */
/* A callee whose stores hang on a test of one of its parameters ("if
   (copy)", "if (xDel == TRANSIENT)", "if (p)"): a call whose argument
   decides the test applies what the callee does in that case only.  */

#include <stdlib.h>
#include <string.h>

struct item { char *text; int *slot; };

/* Keeps the string, or a copy of it, as the flag says.  */
void
item_set_text (struct item *it, char *s, int copy)
{
  if (copy)
    it->text = strdup (s);
  else
    it->text = s;
}

void
label_copied (struct item *it)
{
  char buf[16] = "label";
  item_set_text (it, buf, 1); /* { dg-bogus "escape" "the callee copies when asked to" } */
}

void
label_copied_by_variable (struct item *it)
{
  char buf[16] = "label";
  int copy = 1;
  item_set_text (it, buf, copy); /* { dg-bogus "escape" "a variable set to a constant" } */
}

void
label_kept (struct item *it)
{
  char buf[16] = "label";
  item_set_text (it, buf, 0); /* { dg-warning "'buf' escapes from 'label_kept' through parameter 'it'" } */
}

void
label_as_asked (struct item *it, int copy)
{
  char buf[16] = "label";
  item_set_text (it, buf, copy); /* { dg-warning "'buf' may escape from 'label_as_asked' through parameter 'it'" } */
}

/* sqlite's way: a destructor argument, or a sentinel that asks for a
   copy.  */
typedef void (*destructor_type) (void *);
#define STATIC_TEXT ((destructor_type) 0)
#define TRANSIENT_TEXT ((destructor_type) -1)

void
result_text (struct item *it, char *z, destructor_type del)
{
  if (del == TRANSIENT_TEXT)
    it->text = strdup (z);
  else
    it->text = z;
}

void
result_transient (struct item *it, int n)
{
  char z[32];
  z[0] = (char) n;
  z[1] = 0;
  result_text (it, z, TRANSIENT_TEXT); /* { dg-bogus "escape" "TRANSIENT asks for a copy" } */
}

void
result_static (struct item *it)
{
  char z[32] = "kept";
  result_text (it, z, STATIC_TEXT); /* { dg-warning "'z' escapes from 'result_static' through parameter 'it'" } */
}

void
result_with_destructor (struct item *it)
{
  char z[32] = "kept";
  /* Whether the address of a function equals the sentinel is not
     decided: either may be done.  */
  result_text (it, z, free); /* { dg-warning "'z' may escape from 'result_with_destructor' through parameter 'it'" } */
}

/* A store done only when a flag is set, into what a parameter points
   to or into a global.  */
void
maybe_attach (struct item *it, int *p, int attach)
{
  if (attach)
    it->slot = p;
}

int *tracked;

void
maybe_track (int *p, int keep)
{
  if (!keep)
    return;
  tracked = p;
}

void
attach_on (struct item *it)
{
  int x = 0;
  maybe_attach (it, &x, 1); /* { dg-warning "'x' escapes from 'attach_on' through parameter 'it'" } */
}

void
attach_off (struct item *it)
{
  int x = 0;
  maybe_attach (it, &x, 0); /* { dg-bogus "escape" "not attached with 0" } */
}

void
track_on (void)
{
  int y = 0;
  maybe_track (&y, 1); /* { dg-warning "'y' escapes from 'track_on' into global variable 'tracked'" } */
}

void
track_off (void)
{
  int y = 0;
  maybe_track (&y, 0); /* { dg-bogus "escape" "not tracked with 0" } */
}

void
track_maybe (int keep)
{
  int y = 0;
  maybe_track (&y, keep); /* { dg-warning "'y' may escape from 'track_maybe' into global variable 'tracked'" } */
}

/* A null test of the pointer stored: an address is never null.  */
void
attach_if_any (struct item *it, int *p)
{
  if (p != NULL)
    it->slot = p;
}

void
attach_address (struct item *it)
{
  int z = 0;
  attach_if_any (it, &z); /* { dg-warning "'z' escapes from 'attach_address' through parameter 'it'" } */
}

void
attach_null (struct item *it)
{
  attach_if_any (it, NULL); /* { dg-bogus "escape" } */
}

/* An ordering test and two tests at once.  */
void
keep_when_positive (int *p, int level, int enabled)
{
  if (enabled && level > 2)
    tracked = p;
}

void
level_high (void)
{
  int v = 0;
  keep_when_positive (&v, 3, 1); /* { dg-warning "'v' escapes from 'level_high' into global variable 'tracked'" } */
}

void
level_low (void)
{
  int v = 0;
  keep_when_positive (&v, 1, 1); /* { dg-bogus "escape" "level 1 is not above 2" } */
}

void
level_disabled (int level)
{
  int v = 0;
  keep_when_positive (&v, level, 0); /* { dg-bogus "escape" "disabled" } */
}
