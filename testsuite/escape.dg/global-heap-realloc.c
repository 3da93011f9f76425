/* { dg-do compile } */
/* realloc may return the block it resizes, with what that block held: a
   stack address stored before the resize is in the result.  */

#include <stdlib.h>

int **queue;

void
grow_then_publish (void)
{
  int x = 0;
  int **p = malloc (2 * sizeof *p);
  if (!p)
    return;
  p[0] = &x;
  queue = realloc (p, 4 * sizeof *p); /* { dg-warning "'x' may escape from 'grow_then_publish' into global variable 'queue'" } */
}

struct vec { int **items; size_t n; };

void
grow_out (struct vec *v)
{
  int x = 0;
  int **p = malloc (sizeof *p);
  if (!p)
    return;
  p[0] = &x;
  v->items = reallocarray (p, 8, sizeof *p); /* { dg-warning "'x' may escape from 'grow_out' through parameter 'v'" } */
}

/* Negatives: the resized block is the function's own, or holds no stack
   address.  */
int
grow_local (void)
{
  int x = 3;
  int **p = malloc (sizeof *p);
  if (!p)
    return 0;
  p[0] = &x;
  int **q = realloc (p, 2 * sizeof *q); /* { dg-bogus "escape" "freed before the return" } */
  if (!q)
    {
      free (p);
      return 0;
    }
  int r = *q[0];
  free (q);
  return r;
}

static int kept;

void
grow_static (void)
{
  int **p = malloc (sizeof *p);
  if (!p)
    return;
  p[0] = &kept;
  queue = realloc (p, 2 * sizeof *p); /* { dg-bogus "escape" "static memory" } */
}
