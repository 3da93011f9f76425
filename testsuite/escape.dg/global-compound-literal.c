/* { dg-do compile } */
/* A compound literal at block scope has automatic storage: storing its
   address globally escapes.  A file-scope compound literal is static.  */

struct point { int x, y; };

struct point *origin;
const int *defaults;
struct point *static_origin = &(struct point) { 0, 0 };

void
set_origin (int x, int y)
{
  origin = &(struct point) { x, y }; /* { dg-warning "address of compound literal escapes from 'set_origin' into global variable 'origin'" } */
}

void
set_defaults (void)
{
  defaults = (int[]) { 1, 2, 3 }; /* { dg-warning "address of compound literal escapes from 'set_defaults' into global variable 'defaults'" } */
}

void
reset_origin (void)
{
  origin = static_origin; /* { dg-bogus "escapes" } */
}

int
local_literal (void)
{
  struct point *p = &(struct point) { 3, 4 }; /* { dg-bogus "escapes" } */
  return p->x + p->y;
}
