/* { dg-do compile } */
/* Pushing a stack node onto a caller's list leaks it; pushing and then
   unlinking it again before returning on every path does not (the
   unlink restores head->first to the old value).  */

struct node { int value; struct node *next; };
struct list { struct node *first; int count; };

int visit_all (struct list *);

void
push_leaky (struct list *head, int v)
{
  struct node node; /* { dg-message "'node' declared here" } */
  node.value = v;
  node.next = head->first;
  head->first = &node; /* { dg-warning "address of local variable 'node' escapes from 'push_leaky' through parameter 'head'" } */
  head->count++;
}

int
push_visit_pop (struct list *head, int v)
{
  struct node node;
  int r;
  node.value = v;
  node.next = head->first;
  head->first = &node; /* { dg-bogus "escapes" } */
  r = visit_all (head);
  head->first = node.next;
  return r;
}

int
push_visit_pop_early (struct list *head, int v)
{
  struct node node;
  node.value = v;
  node.next = head->first;
  head->first = &node; /* { dg-bogus "escapes" } */
  if (visit_all (head) < 0)
    {
      head->first = node.next;
      return -1;
    }
  head->first = node.next;
  return 0;
}

int
push_visit_pop_forgotten (struct list *head, int v)
{
  struct node node;
  node.value = v;
  node.next = head->first;
  head->first = &node; /* { dg-warning "address of local variable 'node' may escape from 'push_visit_pop_forgotten' through parameter 'head'" } */
  if (visit_all (head) < 0)
    return -1;
  head->first = node.next;
  return 0;
}
