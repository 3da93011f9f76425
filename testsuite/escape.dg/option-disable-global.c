/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=global" } */
/* -fplugin-arg-escape-disable=global: stores into global and static
   variables (and memory reachable from them) are not reported; escapes
   via the return value and through parameters still are.  */

struct node { int *val; struct node *next; };

int *g;
static int *s;
struct node *head;
struct node table[4];

void
to_globals (int i)
{
  int x = i, y = i + 1, z = i + 2, w = i + 3;
  static int *fs;
  g = &x;  /* { dg-bogus "escapes" } */
  s = &y;  /* { dg-bogus "escapes" } */
  fs = &z;  /* { dg-bogus "escapes" } */
  table[i & 3].val = &w;  /* { dg-bogus "escapes" } */
}

void
through_global_pointer (void)
{
  int v = 0;
  if (head)
    head->val = &v;  /* { dg-bogus "escapes" } */
}

int *
return_still_reported (void)
{
  int r = 0;
  g = &r;  /* { dg-bogus "escapes" } */
  return &r;  /* { dg-warning "address of local variable 'r' escapes via the return value of 'return_still_reported'" } */
}

void
param_still_reported (struct node *n)
{
  int v = 0;
  n->val = &v;  /* { dg-warning "address of local variable 'v' escapes from 'param_still_reported' through parameter 'n'" } */
  s = &v;  /* { dg-bogus "escapes" } */
}
