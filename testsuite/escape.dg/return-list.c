/* { dg-do compile } */
/* Building a linked list from stack nodes and returning its head escapes
   every node reachable from the head (each reported, with a note naming
   the node that holds its address); building it from heap nodes is
   fine.  */

void *malloc (__SIZE_TYPE__);

struct node { int value; struct node *next; };

struct node *
stack_list (void)
{
  struct node c = { 3, 0 };
  struct node b = { 2, &c }; /* { dg-message "its address is held by local variable 'b', which escapes" } */
  struct node a = { 1, &b }; /* { dg-message "its address is held by local variable 'a', which escapes" } */
  return &a; /* { dg-warning "address of local variable 'a' escapes via the return value of 'stack_list'" } */
  /* { dg-warning "address of local variable 'b' escapes via the return value of 'stack_list'" "" { target *-*-* } .-1 } */
  /* { dg-warning "address of local variable 'c' escapes via the return value of 'stack_list'" "" { target *-*-* } .-2 } */
}

struct node *
stack_node_prepended (struct node *list)
{
  struct node head;
  head.value = 0;
  head.next = list;
  return &head; /* { dg-warning "address of local variable 'head' escapes via the return value of 'stack_node_prepended'" } */
}

struct node *
heap_list (int n)
{
  struct node *head = 0;
  while (n-- > 0)
    {
      struct node *nd = malloc (sizeof *nd);
      if (!nd)
	break;
      nd->value = n;
      nd->next = head;
      head = nd;
    }
  return head; /* { dg-bogus "escapes" } */
}

struct node *
sentinel_walk (struct node *list)
{
  struct node sentinel = { 0, list };
  struct node *p = &sentinel;
  while (p->next && p->next->value < 10)
    p = p->next;
  return p->next; /* { dg-bogus "escapes" } */
}
