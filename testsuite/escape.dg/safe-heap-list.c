/* { dg-do compile } */
/* A global list of malloc'd nodes that hold malloc'd data.  Local
   variables are used to build the nodes, but only heap addresses are
   stored globally or returned.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void free (void *);
extern void *memcpy (void *, const void *, size_t);
extern size_t strlen (const char *);

struct item { char *name; int *values; int count; struct item *next; };

struct item *items;
static struct item *free_items;

struct item *
add_item (const char *name, int count)
{
  struct item *it = malloc (sizeof *it);
  size_t len = strlen (name) + 1;
  int i;

  if (!it)
    return 0;
  it->name = malloc (len);
  memcpy (it->name, name, len);
  it->values = malloc (count * sizeof (int));
  for (i = 0; i < count; i++)
    it->values[i] = i;
  it->count = count;
  it->next = items;
  items = it;  /* { dg-bogus "escapes" } */
  return it;  /* { dg-bogus "escapes" } */
}

void
recycle_first (void)
{
  struct item *it = items;
  struct item **link = &items;

  if (!it)
    return;
  *link = it->next;  /* { dg-bogus "escapes" } */
  free (it->values);
  it->values = 0;
  it->next = free_items;
  free_items = it;  /* { dg-bogus "escapes" } */
}

void
append_item (struct item *newer)
{
  struct item **pp;
  struct item *last = 0;

  for (pp = &items; *pp; pp = &(*pp)->next)
    last = *pp;
  *pp = newer;  /* { dg-bogus "escapes" } */
  if (last)
    last->count++;
}

int *
values_of (const char *name)
{
  struct item *it;
  char key[16];
  size_t n = strlen (name);

  if (n >= sizeof key)
    n = sizeof key - 1;
  memcpy (key, name, n);
  key[n] = '\0';
  for (it = items; it; it = it->next)
    if (it->name[0] == key[0])
      return it->values;  /* { dg-bogus "escapes" } */
  return 0;
}
