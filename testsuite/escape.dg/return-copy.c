/* { dg-do compile } */
/* The address of a local copied through other local pointer variables
   before being returned still escapes; a pointer that was copied from a
   global's address does not.  */

int shared;

int *
one_copy (void)
{
  int x = 3;
  int *p = &x;
  int *q = p;
  return q; /* { dg-warning "address of local variable 'x' escapes via the return value of 'one_copy'" } */
}

int *
chain (int v)
{
  int x = v;
  int *a = &x, *b, *c, *d;
  b = a;
  c = b;
  d = c;
  return d; /* { dg-warning "address of local variable 'x' escapes via the return value of 'chain'" } */
}

char *
swap_then_return (void)
{
  char first[8] = "one", second[8] = "two";
  char *p = first, *q = second, *t;
  t = p;
  p = q;
  q = t;
  return q; /* { dg-warning "address of local variable 'first' escapes via the return value of 'swap_then_return'" } */
}

int *
through_pointer_to_pointer (void)
{
  int x = 0;
  int *p = &x;
  int **pp = &p;
  return *pp; /* { dg-warning "address of local variable 'x' escapes via the return value of 'through_pointer_to_pointer'" } */
}

int *
copy_of_global (void)
{
  int x = 0;
  int *p = &shared;
  int *q = p;
  *q += x;
  return q; /* { dg-bogus "escapes" } */
}

char *
swap_back (void)
{
  static char keep[8] = "kept";
  char local[8] = "local";
  char *p = keep, *q = local, *t;
  t = p;
  p = q;
  q = t;
  (void) p;
  return q; /* { dg-bogus "escapes" } */
}
