/* { dg-do compile } */
/* Helpers that link and unlink a node, not inline: their summaries say
   that the node is stored into the list and that the unlink undoes it.  */

struct node { struct node *next; int value; };
struct list { struct node *head; int count; };

void
list_push (struct list *l, struct node *n)
{
  n->next = l->head;
  l->head = n; /* { dg-message "through the call to 'list_push', which stores it into the memory that parameter 'l' points to" } */
  l->count++;
}

void
list_pop (struct list *l)
{
  l->head = l->head->next;
  l->count--;
}

void
list_clear (struct list *l)
{
  l->head = 0;
  l->count = 0;
}

void
leaves_node (struct list *l)
{
  struct node n = { 0, 1 }; /* { dg-message "'n' declared here" } */
  list_push (l, &n); /* { dg-warning "address of local variable 'n' escapes from 'leaves_node' through parameter 'l'" } */
}

void
pushes_and_clears (struct list *l)
{
  struct node n = { 0, 2 };
  list_push (l, &n); /* { dg-bogus "address of" } */
  list_clear (l);
}

int
local_list (void)
{
  struct list l = { 0, 0 };
  struct node a = { 0, 1 }, b = { 0, 2 };
  list_push (&l, &a); /* { dg-bogus "address of" } */
  list_push (&l, &b);
  return l.head->value + l.count;
}
