/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* At -fplugin-arg-escape-m, as Go's -m: each heap allocation site,
   whether it escapes (one of known small size freed on every path is a
   candidate for the stack), and stack objects too large for the stack.
   Notes only, never warnings.  */

#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int value; };
struct node *list;

int
scratch (int n)
{
  int *p = malloc (64); /* { dg-message "memory allocated by 'malloc' does not escape and is freed on every path: its 64 bytes could live on the stack" } */
  p[0] = n;
  int r = p[0];
  free (p);
  return r;
}

int
scratch_leaked (int n, int c)
{
  int *p = malloc (64); /* { dg-message "memory allocated by 'malloc' does not escape" } */
  /* { dg-bogus "could live on the stack" "freed on some paths only" { target *-*-* } .-1 } */
  p[0] = n;
  if (c)
    free (p);
  return n;
}

struct node *
make_node (int v)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "memory allocated by 'malloc' escapes" } */
  n->value = v;
  return n;
}

void
push (int v)
{
  struct node *n = calloc (1, sizeof *n); /* { dg-message "memory allocated by 'calloc' escapes" } */
  n->value = v;
  n->next = list;
  list = n;
}

int
big_frame (int n)
{
  char table[100000]; /* { dg-message "'table' is 100000 bytes: large for the stack" } */
  /* { dg-message "table does not escape" "table" { target *-*-* } .-1 } */
  memset (table, 0, sizeof table);
  char line[n]; /* { dg-message "'line' is a variable-length array" } */
  /* { dg-message "line does not escape" "line" { target *-*-* } .-1 } */
  line[0] = 1;
  return table[n] + line[0];
}
