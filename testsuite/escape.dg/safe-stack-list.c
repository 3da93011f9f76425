/* { dg-do compile } */
/* Linked lists built from nodes on the stack: the nodes point to each
   other and the list is walked and handed to callees, but no node's
   address outlives the function.  Nothing here may warn.  */

struct node { int value; struct node *next; };

extern int list_sum (const struct node *);
extern void list_print (const struct node *);

int
three_sum (int a, int b, int c)
{
  struct node n3 = { c, 0 };
  struct node n2 = { b, &n3 };  /* { dg-bogus "escapes" } */
  struct node n1 = { a, &n2 };  /* { dg-bogus "escapes" } */
  return list_sum (&n1);  /* { dg-bogus "escapes" } */
}

int
chain_length (int n)
{
  struct node pool[16];
  struct node *head = 0;
  struct node *p;
  int i, len = 0;

  if (n > 16)
    n = 16;
  for (i = 0; i < n; i++)
    {
      pool[i].value = i;
      pool[i].next = head;  /* { dg-bogus "escapes" } */
      head = &pool[i];
    }
  for (p = head; p; p = p->next)
    len++;
  list_print (head);  /* { dg-bogus "escapes" } */
  return len;
}

int
reverse_and_sum (void)
{
  struct node a = { 1, 0 }, b = { 2, 0 }, c = { 3, 0 };
  struct node *head = &a, *prev = 0, *cur, *next;

  a.next = &b;
  b.next = &c;
  for (cur = head; cur; cur = next)
    {
      next = cur->next;
      cur->next = prev;
      prev = cur;
    }
  return list_sum (prev);  /* { dg-bogus "escapes" } */
}
