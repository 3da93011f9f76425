/* { dg-do compile } */
/* A pointer to a block-scoped object passed to a call after the block
   ended: the callee uses dead memory.  */

#include <string.h>

extern int use (const int *);

static int
read_int (const int *p)
{
  return *p;
}

int
passed_to_static (void)
{
  int *p;
  {
    int x = 0;
    p = &x;
  }
  return read_int (p); /* { dg-warning "address of local variable 'x' is used in 'passed_to_static' after the end of its scope" } */
}

int
passed_to_library (char *dst)
{
  const char *s;
  {
    char b[8] = "abc";
    s = b;
  }
  strcpy (dst, s); /* { dg-warning "address of local variable 'b' is used in 'passed_to_library' after the end of its scope" } */
  return 0;
}

int
passed_to_unknown (void)
{
  int *p;
  {
    int x = 0;
    p = &x;
  }
  return use (p); /* { dg-warning "'x' is used in 'passed_to_unknown' after the end of its scope" } */
}

/* Negatives: passed while in scope, or the block entered again.  */
int
passed_in_scope (void)
{
  int r;
  {
    int x = 0;
    int *p = &x;
    r = use (p); /* { dg-bogus "scope" "x is in scope" } */
  }
  return r;
}

int
passed_each_iteration (int n)
{
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int x = i;
      int *p = &x;
      sum += use (p); /* { dg-bogus "scope" "a new x each iteration" } */
    }
  return sum;
}

int
passed_after_reassignment (int c)
{
  static int fallback;
  int *p = &fallback;
  {
    int x = c;
    if (use (&x))
      return 1;
  }
  return use (p); /* { dg-bogus "scope" "p points to static memory" } */
}
