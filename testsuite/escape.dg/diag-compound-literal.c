/* { dg-do compile } */
/* Compound literals with automatic storage: the warning names a
   "compound literal" and a note points at where it is defined.  A
   compound literal at file scope has static storage and does not
   escape.  */

struct point { int x, y; };

struct point *origin;
int *file_scope = (int[]) { 1, 2, 3 };

struct point *
make_origin (void)
{
  return &(struct point) { 0, 0 };  /* { dg-warning "address of compound literal escapes via the return value of 'make_origin'" } */
  /* { dg-message "compound literal defined here" "note" { target *-*-* } .-1 } */
}

void
set_origin (int x)
{
  struct point *p =
    &(struct point) { x, x };  /* { dg-message "compound literal defined here" } */
  origin = p;  /* { dg-warning "address of compound literal escapes from 'set_origin' into global variable 'origin'" } */
}

int *
pick (int i)
{
  int *v = (int[4]) { 4, 3, 2, 1 };  /* { dg-message "compound literal defined here" } */
  return v + (i & 3);  /* { dg-warning "address of compound literal escapes via the return value of 'pick'" } */
}

int *
static_literal (void)
{
  return file_scope;  /* { dg-bogus "escapes" } */
}

int
local_only (int i)
{
  int *v = (int[4]) { 4, 3, 2, 1 };  /* { dg-bogus "defined here" } */
  return v[i & 3];  /* { dg-bogus "escapes" } */
}
