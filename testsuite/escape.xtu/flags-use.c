/* { dg-do compile } */
/* Calls of the functions of flags-lib.c with flags that decide what they
   do, known through the summaries it left.  */

struct item { char *text; int *slot; };

void item_set_text (struct item *, char *, int);
void maybe_track (int *, int);

void
label_copied (struct item *it)
{
  char buf[16] = "label";
  item_set_text (it, buf, 1); /* { dg-bogus "escape" "copied when asked to" } */
}

void
label_kept (struct item *it)
{
  char buf[16] = "label";
  item_set_text (it, buf, 0); /* { dg-warning "'buf' escapes from 'label_kept' through parameter 'it'" } */
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
  maybe_track (&y, 0); /* { dg-bogus "escape" } */
}

/* Not flags-lib.c's trace: a function of this unit only, which keeps
   nothing.  */
static void
trace (int *p)
{
  (void) p;
}

int
traces (void)
{
  int x = 3;
  trace (&x); /* { dg-bogus "escape" "the static trace keeps nothing" } */
  return x;
}
