/* { dg-do compile } */
/* Writing through a local copy of a pointer parameter still writes the
   caller's memory.  */

struct node { struct node *next; int v; };
struct list { struct node *first; };

void
copy_then_store (int **out)
{
  int x = 0;
  int **o = out;
  *o = &x; /* { dg-warning "address of local variable 'x' escapes from 'copy_then_store' through parameter 'out'" } */
}

void
walk_then_link (struct list *l)
{
  struct node n = { 0, 0 };
  struct node *p = l->first;
  while (p->next)
    p = p->next;
  p->next = &n; /* { dg-warning "address of local variable 'n' may escape from 'walk_then_link' through parameter 'l'" } */
}

void
double_indirect (int ***out)
{
  int x = 0;
  **out = &x; /* { dg-warning "address of local variable 'x' escapes from 'double_indirect' through parameter 'out'" } */
}

void
walk_then_append (struct list *l, struct node *fresh)
{
  struct node *p = l->first;
  while (p->next)
    p = p->next;
  fresh->next = 0;
  p->next = fresh; /* { dg-bogus "escapes" } */
}
