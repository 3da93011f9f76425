/* { dg-do compile } */
/* Without -fplugin-arg-escape-m, no note on allocations.  */

#include <stdlib.h>

int
scratch (int n)
{
  int *p = malloc (64); /* { dg-bogus "memory allocated by" } */
  p[0] = n;
  int r = p[0];
  free (p);
  return r;
}
