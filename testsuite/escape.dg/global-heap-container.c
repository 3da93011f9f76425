/* { dg-do compile } */
/* A heap node that holds a local's address and is itself stored into a
   global makes the local escape, with a note about the container; the
   warning is at the store of the container, also when the local's
   address is put into the node after the node was published.  A node
   that is freed, and never stored anywhere, does not.  */

void *malloc (__SIZE_TYPE__);
void free (void *);

struct node
{
  int *data;
  struct node *next;
};

struct node *list_head;
static struct node *pending;
int global_data;

void walk (struct node *);

void
push_local (void)
{
  int value = 42; /* { dg-message "'value' declared here" } */
  struct node *n = malloc (sizeof *n); /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  n->data = &value;
  n->next = list_head;
  list_head = n; /* { dg-warning "address of local variable 'value' escapes from 'push_local' into global variable 'list_head'" } */
}

void
queue_local (void)
{
  int value = 1;
  struct node *n = malloc (sizeof *n);
  n->next = 0;
  pending = n; /* { dg-warning "address of local variable 'value' escapes from 'queue_local' into static variable 'pending'" } */
  n->data = &value;
}

void
push_global (void)
{
  struct node *n = malloc (sizeof *n);
  n->data = &global_data; /* { dg-bogus "escapes" } */
  n->next = list_head;
  list_head = n; /* { dg-bogus "escapes" } */
}

void
temporary_node (void)
{
  int value = 3;
  struct node *n = malloc (sizeof *n);
  n->data = &value; /* { dg-bogus "escapes" } */
  n->next = 0;
  walk (n);
  free (n);
}
