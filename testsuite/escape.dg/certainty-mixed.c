/* { dg-do compile } */
/* Certainty is per object and sink: the same local can escape certainly
   by one way and possibly by another, and two locals stored into the
   same global on different paths both may escape.  A heap container
   published on some paths only makes the local it holds "may escape".  */

void *malloc (__SIZE_TYPE__);

struct node
{
  int *val;
  struct node *next;
};

int *g;
struct node *list;

void
last_store_on_some_paths (int c)
{
  int x = 0, y = 0;
  g = &x; /* { dg-warning "address of local variable 'x' may escape from 'last_store_on_some_paths' into global variable 'g'" } */
  if (c)
    g = &y; /* { dg-warning "address of local variable 'y' may escape from 'last_store_on_some_paths' into global variable 'g'" } */
}

void
global_certain_param_uncertain (int **out, int c)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'global_certain_param_uncertain' into global variable 'g'" } */
  if (c)
    *out = &x; /* { dg-warning "address of local variable 'x' may escape from 'global_certain_param_uncertain' through parameter 'out'" } */
}

int *
global_uncertain_return_certain (int c)
{
  int x = 0;
  if (c)
    g = &x; /* { dg-warning "address of local variable 'x' may escape from 'global_uncertain_return_certain' into global variable 'g'" } */
  return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'global_uncertain_return_certain'" } */
}

int *
param_certain_return_uncertain (int **out, int c)
{
  int x = 0;
  *out = &x; /* { dg-warning "address of local variable 'x' escapes from 'param_certain_return_uncertain' through parameter 'out'" } */
  return c ? &x : 0; /* { dg-warning "address of local variable 'x' may escape via the return value of 'param_certain_return_uncertain'" } */
}

void
publish_node_some_paths (int c)
{
  int v = 0;
  struct node *n = malloc (sizeof *n);
  n->val = &v;
  n->next = list;
  if (c)
    list = n; /* { dg-warning "address of local variable 'v' may escape from 'publish_node_some_paths' into global variable 'list'" } */
}

void
publish_node_always (void)
{
  int v = 0;
  struct node *n = malloc (sizeof *n);
  n->val = &v;
  n->next = list;
  list = n; /* { dg-warning "address of local variable 'v' escapes from 'publish_node_always' into global variable 'list'" } */
}
