/* { dg-do compile } */
/* A callee whose stores hang on a switch on one of its parameters: a
   call whose argument picks a label applies what that label does, as
   for "if (mode == 1) ... else if (mode == 2) ...".  */

#define NOINLINE __attribute__ ((noinline))

struct slot
{
  const char *s;
  int busy;
};

NOINLINE void
slot_by_mode (struct slot *t, const char *s, int mode)
{
  switch (mode)
    {
    case 1:
      t->s = s;
      break;
    case 2:
      t->busy = 1;
      break;
    case 3 ... 5:
      t->s = s;
      t->busy = 0;
      break;
    default:
      break;
    }
}

void
mode_keeps (struct slot *t)
{
  char name[8] = "one"; /* { dg-message "'name' declared here" } */
  slot_by_mode (t, name, 1); /* { dg-warning "address of local variable 'name' escapes from 'mode_keeps' through parameter 't'" } */
}

void
mode_range_keeps (struct slot *t)
{
  char name[8] = "four";
  slot_by_mode (t, name, 4); /* { dg-warning "address of local variable 'name' escapes from 'mode_range_keeps' through parameter 't'" } */
}

void
mode_busy (struct slot *t)
{
  char name[8] = "two";
  slot_by_mode (t, name, 2); /* { dg-bogus "escape" "mode 2 stores no string" } */
}

void
mode_default (struct slot *t)
{
  char name[8] = "nine";
  slot_by_mode (t, name, 9); /* { dg-bogus "escape" "the default stores nothing" } */
}

/* Not known at the call: the caller chooses, and its caller may not
   ask for the string to be kept.  */
void
mode_passed_on (struct slot *t, int mode)
{
  char name[8] = "any";
  slot_by_mode (t, name, mode); /* { dg-bogus "escape" "the mode is the caller's" } */
}

/* What a switch returns, as the label picks.  */
NOINLINE int *
pick_by_mode (int *a, int *b, int mode)
{
  switch (mode)
    {
    case 0:
      return a;
    default:
      return b;
    }
}

int *
pick_local (int *g)
{
  int x = 0;
  return pick_by_mode (&x, g, 0); /* { dg-warning "address of local variable 'x' escapes via the return value of 'pick_local'" } */
}

int *
pick_other (int *g)
{
  int x = 0;
  return pick_by_mode (&x, g, 7); /* { dg-bogus "escape" "the default returns g" } */
}

int *
pick_unknown (int *g, int mode)
{
  int x = 0;
  return pick_by_mode (&x, g, mode); /* { dg-warning "address of local variable 'x' may escape via the return value of 'pick_unknown'" } */
}
