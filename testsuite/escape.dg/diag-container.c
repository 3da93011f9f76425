/* { dg-do compile } */
/* A local whose address is held by a container that escapes (a heap node
   stored globally or returned, a local struct or array whose address
   escapes) is reported with a note naming the container.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void free (void *);

struct node { int *val; struct node *next; };
struct wrap { int *p; };

struct node *list;
struct wrap *gw;

void
push_local (void)
{
  int v = 0;  /* { dg-message "'v' declared here" } */
  struct node *n = malloc (sizeof *n);  /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  if (!n)
    return;
  n->val = &v;
  n->next = list;
  list = n;  /* { dg-warning "address of local variable 'v' may escape from 'push_local' into global variable 'list'" } */
}

struct node *
make_node (void)
{
  int v = 0;
  struct node *n = malloc (sizeof *n);  /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  if (n)
    {
      n->val = &v;
      n->next = 0;
    }
  return n;  /* { dg-warning "address of local variable 'v' may escape via the return value of 'make_node'" } */
}

void
wrap_escapes (void)
{
  int v = 0;
  struct wrap w = { &v };  /* { dg-message "its address is held by local variable 'w', which escapes" } */
  gw = &w;  /* { dg-warning "address of local variable 'w' escapes from 'wrap_escapes' into global variable 'gw'" } */
  /* { dg-warning "address of local variable 'v' escapes from 'wrap_escapes' into global variable 'gw'" "held by w" { target *-*-* } .-1 } */
}

int **
array_escapes (void)
{
  int a = 1, b = 2;
  int *arr[2] = { &a, &b };  /* { dg-message "its address is held by local variable 'arr', which escapes" } */
  return arr;  /* { dg-warning "address of local variable 'arr' escapes via the return value of 'array_escapes'" } */
  /* { dg-warning "address of local variable 'a' escapes via the return value of 'array_escapes'" "held by arr" { target *-*-* } .-1 } */
  /* { dg-warning "address of local variable 'b' escapes via the return value of 'array_escapes'" "held by arr" { target *-*-* } .-2 } */
}

int
freed_node (void)
{
  int v = 7;
  struct node *n = malloc (sizeof *n);  /* { dg-bogus "held by" } */
  int r;
  if (!n)
    return 0;
  n->val = &v;
  r = *n->val;
  free (n);
  return r;  /* { dg-bogus "escapes" } */
}
