/* { dg-do compile } */
/* Returning a parameter, or a pointer derived from one (member address,
   element address, offset, cast), never returns the callee's stack: no
   warnings here.  */

typedef __UINTPTR_TYPE__ uintptr_t;

struct node { int key; struct node *next; int payload[4]; };

struct node *
identity (struct node *n)
{
  return n; /* { dg-bogus "escapes" } */
}

int *
key_of (struct node *n)
{
  return &n->key; /* { dg-bogus "escapes" } */
}

int *
payload_of (struct node *n, int i)
{
  return &n->payload[i]; /* { dg-bogus "escapes" } */
}

struct node *
following (struct node *n)
{
  return n + 1; /* { dg-bogus "escapes" } */
}

char *
raw_bytes (struct node *n)
{
  uintptr_t bits = (uintptr_t) n;
  return (char *) bits + sizeof (int); /* { dg-bogus "escapes" } */
}

struct node *
last (struct node *n)
{
  while (n->next)
    n = n->next;
  return n; /* { dg-bogus "escapes" } */
}
