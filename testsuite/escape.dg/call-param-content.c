/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* What a parameter points to, stored by a helper ("leaking param
   content", Go's dereference 1): a caller's pointer to a local, passed
   by address or in a struct, leaves with it.  */

int *g;
struct box { int *p; int n; };

void
keep_content (int **pp) /* { dg-message "leaking param content: pp into 'g'" } */
{
  g = *pp;
}

void
keep_field (struct box *b) /* { dg-message "leaking param content: b into 'g'" } */
{
  g = b->p;
}

void
copy_field (struct box *dst, struct box *src) /* { dg-message "leaking param content: src into the memory that parameter 'dst' points to" } */
/* { dg-message "dst does not escape" "dst" { target *-*-* } .-1 } */
{
  dst->p = src->p;
}

int
read_field (struct box *b) /* { dg-message "b does not escape" } */
{
  return *b->p + b->n;
}

void
by_address (void)
{
  int x;
  int *px = &x;
  keep_content (&px); /* { dg-warning "'x' escapes from 'by_address' into global variable 'g'" } */
}

void
in_a_struct (void)
{
  int y;
  struct box b = { &y, 0 };
  keep_field (&b); /* { dg-warning "'y' escapes from 'in_a_struct' into global variable 'g'" } */
}

void
copied_out (struct box *out)
{
  int z;
  struct box b = { &z, 0 };
  copy_field (out, &b); /* { dg-warning "'z' escapes from 'copied_out' through parameter 'out'" } */
}

/* Negatives: the content stays in the caller's frame, or is read only,
   or what is passed holds no local's address.  */
void
copied_locally (void)
{
  int w;
  struct box b = { &w, 0 }, c;
  copy_field (&c, &b); /* { dg-bogus "escape" "copied into another local" } */
}

int
only_read (void)
{
  int v = 3;
  struct box b = { &v, 1 };
  return read_field (&b); /* { dg-bogus "escape" "read only" } */
}

static int shared;

void
global_content (void)
{
  int *ps = &shared;
  keep_content (&ps); /* { dg-bogus "escape" "the content is a global's address" } */
}
