/* { dg-do compile } */
/* Writing a local's address through a pointer that points to another
   local never reaches the caller's memory.  */

struct holder { int *p; };

int
through_local_ptr (void)
{
  int target = 3;
  int *slot;
  int **pp = &slot;
  *pp = &target; /* { dg-bogus "escapes" } */
  return *slot;
}

int
through_local_struct (int **unused)
{
  int value = 1;
  struct holder h;
  struct holder *hp = &h;
  hp->p = &value; /* { dg-bogus "escapes" } */
  (void) unused;
  return *h.p;
}

int
choose_local (int **out, int c)
{
  int a = 1, b = 2;
  int *first, *second;
  int **pp = c ? &first : &second;
  *pp = &a;      /* { dg-bogus "escapes" } */
  first = second = &b;
  *out = 0;      /* { dg-bogus "escapes" } */
  return *first + *second;
}
