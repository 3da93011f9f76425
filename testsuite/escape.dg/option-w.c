/* { dg-do compile } */
/* { dg-options "-w" } */
/* -w inhibits all warnings, the plugin's included: none of these
   escapes (return, global, static, parameter, container) is reported,
   nor GCC's own warnings about them.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);

struct node { int *val; struct node *next; };

int *gp;
struct node *list;

int *
ret (void)
{
  int x = 0;
  return &x;  /* { dg-bogus "(escapes|returns address)" } */
}

void
stores (int **out)
{
  int a = 0, b = 0;
  static int *sp;
  gp = &a;  /* { dg-bogus "(escapes|dangling|storing the address)" } */
  sp = &b;  /* { dg-bogus "(escapes|dangling|storing the address)" } */
  *out = &b;  /* { dg-bogus "(escapes|dangling|storing the address)" } */
}

void
container (void)
{
  int v = 0;
  struct node *n = malloc (sizeof *n);
  if (!n)
    return;
  n->val = &v;
  n->next = list;
  list = n;  /* { dg-bogus "escapes" } */
}

char *
array (void)
{
  char buf[8] = "abc";
  return buf + 1;  /* { dg-bogus "(escapes|returns address)" } */
}
