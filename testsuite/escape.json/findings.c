/* Compiled by json.exp with -fplugin-arg-escape-json: a function for each
   kind of finding, an address held by a container, objects without a
   name, a function whose objects do not escape and one that takes no
   address.  A comment "@NAME" marks a line json.exp expects in the
   report.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern int putenv (char *);
extern int get (int);
extern void put (int);

struct node
{
  int *val;
  struct node *next;
};

struct wrap
{
  int *p;
};

struct node *list;
struct wrap *gw;
int *gp;
extern struct node *lookup (int);

const char *
returns_local (void)		/* @returns_local */
{
  char buf[16];			/* @buf */
  buf[0] = 0;
  return buf;			/* @return */
}

void
stores_global (void)
{
  int x = 1;
  gp = &x;			/* @global */
}

void
stores_param_maybe (int **out, int c)
{
  int y = 2;
  if (c)
    *out = &y;			/* @param */
}

void
stores_unknown (int k)
{
  int u = k;
  lookup (k)->val = &u;		/* @unknown */
}

int
captured (void)
{
  char entry[] = "A=1";
  return putenv (entry);	/* @captured */
}

int
used_after_scope (int k)
{
  int *p;
  {
    int inner = get (k);
    p = &inner;
  }
  return *p;			/* @scope */
}

void
held_by_node (void)
{
  int v = 0;			/* @v */
  struct node *n = malloc (sizeof *n);	/* @node */
  if (!n)
    return;
  n->val = &v;
  n->next = list;
  list = n;			/* @container */
}

void
held_by_struct (void)
{
  int h = 0;			/* @h */
  struct wrap w = { &h };	/* @w */
  gw = &w;			/* @wrapped */
}

int *
unnamed (int c)
{
  if (c)
    return (int[]) { 1, 2 };	/* @literal */
  return __builtin_alloca (8);	/* @alloca */
}

int
stays_local (int c)		/* @stays_local */
{
  int a = 1, b = 2;		/* @a */
  int *p = c ? &a : &b;
  put (*p);
  return a + b;
}

int
no_address (int k)
{
  return k + 1;
}
