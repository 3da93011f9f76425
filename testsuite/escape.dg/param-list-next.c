/* { dg-do compile } */
/* Linking a stack node into a structure the caller owns: p->next = &n.  */

struct node
{
  int value;
  struct node *next;
};

void
append_local (struct node *p, int v)
{
  struct node n; /* { dg-message "'n' declared here" } */
  n.value = v;
  n.next = 0;
  p->next = &n; /* { dg-warning "address of local variable 'n' escapes from 'append_local' through parameter 'p'" } */
}

void
append_param (struct node *p, struct node *n)
{
  n->next = 0;
  p->next = n; /* { dg-bogus "escapes" } */
}

void
link_to_self (struct node *p)
{
  p->next = p; /* { dg-bogus "escapes" } */
}

int
local_chain (void)
{
  struct node a, b;
  a.value = 1;
  b.value = 2;
  a.next = &b; /* { dg-bogus "escapes" } */
  b.next = 0;
  return a.next->value;
}
