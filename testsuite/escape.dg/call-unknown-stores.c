/* { dg-do compile } */
/* A helper that stores what the analysis cannot follow (the result of
   an unknown function) into memory it was given: seen from the caller,
   it may have put memory of its own there, as an unknown function may;
   into what its parameter points to, field by field.  */

extern void **lookup (int);

struct two { void **a; void **b; };

void
set_a (struct two *p, int k)
{
  if (k)
    p->a = lookup (k);
}

void
through_written_field (void)
{
  int x;
  struct two t = { 0, 0 };
  set_a (&t, 1);
  *t.a = &x; /* { dg-warning "'x' may escape from 'through_written_field' into memory obtained from 'set_a'" } */
}

void
through_other_field (void)
{
  int y;
  void *cell;
  struct two t = { 0, &cell };
  set_a (&t, 1);
  *t.b = &y; /* { dg-bogus "escape" "the field set_a does not write holds the caller's own cell" } */
}

/* A store that hangs on a test of a parameter applies where the
   argument decides the test: set_inner_a (&h, 1) puts memory of unknown
   origin into t.a.  */
struct holder { struct two *inner; };

void
set_inner_a (struct holder *h, int k)
{
  if (k)
    h->inner->a = lookup (k);
}

void
through_deep_field (void)
{
  int z;
  struct two t = { 0, 0 };
  struct holder h = { &t };
  set_inner_a (&h, 1);
  *t.a = &z; /* { dg-warning "'z' may escape" } */
}

void
through_deep_field_not_set (void)
{
  int z;
  void *cell;
  struct two t = { &cell, 0 };
  struct holder h = { &t };
  set_inner_a (&h, 0);
  *t.a = &z; /* { dg-bogus "escape" "with k 0, t.a still points to the caller's own cell" } */
}

/* Where the argument does not decide it, such a conditional store is not
   applied, as the stores of unknown functions are not.  */
void
through_deep_field_undecided (int k)
{
  int z;
  struct two t = { 0, 0 };
  struct holder h = { &t };
  set_inner_a (&h, k);
  *t.a = &z; /* { dg-warning "'z' may escape" "conditional stores two levels down are not followed" { xfail *-*-* } } */
}
