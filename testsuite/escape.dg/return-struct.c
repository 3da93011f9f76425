/* { dg-do compile } */
/* Returning the address of a local struct, of one of its fields, or of an
   element of an array field escapes; the same through a global struct or
   a parameter pointer does not.  */

struct point { int x, y; };
struct rec { int id; struct point pos; int arr[4]; };

struct rec global_rec;

struct point *
whole (int a, int b)
{
  struct point p = { a, b };
  return &p; /* { dg-warning "address of local variable 'p' escapes via the return value of 'whole'" } */
}

int *
field (void)
{
  struct point p = { 1, 2 };
  return &p.y; /* { dg-warning "address of local variable 'p' escapes via the return value of 'field'" } */
}

int *
nested_field (void)
{
  struct rec r = { 7, { 1, 2 }, { 0 } };
  return &r.pos.x; /* { dg-warning "address of local variable 'r' escapes via the return value of 'nested_field'" } */
}

int *
array_field (void)
{
  struct rec r = { 0 };
  return &r.arr[2]; /* { dg-warning "address of local variable 'r' escapes via the return value of 'array_field'" } */
}

int *
global_field (void)
{
  return &global_rec.arr[2]; /* { dg-bogus "escapes" } */
}

struct point *
param_field (struct rec *r)
{
  return &r->pos; /* { dg-bogus "escapes" } */
}
