/* { dg-do compile } */
/* Memory a call returned, however deep a walk from it goes: a stack
   address stored there has escaped (past a few levels, the analysis
   takes what the walk reaches as one object, which changes nothing of
   that); one stored through a pointer and cleared through it again
   before the function returns has not.  */

struct node
{
  struct node *next, *child;
  int *data;
  int *aux;
};
extern struct node *lookup (const char *);
extern void use (struct node *);

void
deep (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  struct node *r = lookup ("a");
  r->child->next->child->next->child->data = &x; /* { dg-warning "address of local variable 'x' may escape from 'deep' into memory obtained from 'lookup'" } */
}

void
deep_undone (void)
{
  int y = 1;
  struct node *r = lookup ("b");
  struct node *c = r->child->next->child->next;
  c->data = &y; /* { dg-bogus "escape" } */
  use (r);
  c->data = 0;
}

int *
deep_other_field (void)
{
  int z = 1; /* { dg-message "'z' declared here" } */
  struct node *r = lookup ("c");
  struct node *c = r->child->next->child;
  c->aux = &z; /* { dg-warning "address of local variable 'z' may escape from 'deep_other_field' into memory obtained from 'lookup'" } */
  return c->next->child->data;
}

void
deep_kept_local (void)
{
  int w = 1;
  struct node local = { 0, 0, 0, 0 };
  struct node *r = lookup ("d");
  local.data = &w; /* { dg-bogus "escape" } */
  local.next = r->child->next->child->next;
  use (local.next);
}
