/* { dg-do compile } */
/* A union returned by value whose pointer member holds a local's address
   escapes it; a union whose pointer member was replaced by NULL, by a
   non-pointer member, or by a global's address does not.  */

union slot { void *ptr; long num; };
struct tagged { int kind; union slot u; };

long global_cell;

union slot
slot_of_local (void)
{
  long cell = 7;
  union slot s;
  s.ptr = &cell;
  return s; /* { dg-warning "address of local variable 'cell' escapes via the return value of 'slot_of_local'" } */
}

struct tagged
tagged_local (int k)
{
  char name[16] = "tagged";
  struct tagged t;
  t.kind = k;
  t.u.ptr = name;
  return t; /* { dg-warning "address of local variable 'name' escapes via the return value of 'tagged_local'" } */
}

union slot
slot_of_global (void)
{
  union slot s;
  s.ptr = &global_cell;
  return s; /* { dg-bogus "escapes" } */
}

union slot
slot_nulled (void)
{
  long cell = 7;
  union slot s;
  s.ptr = &cell;
  global_cell = *(long *) s.ptr;
  s.ptr = 0;
  return s; /* { dg-bogus "escapes" } */
}

struct tagged
tagged_global (int k)
{
  long cell = k;
  struct tagged t;
  t.kind = 0;
  t.u.ptr = &cell;
  t.u.ptr = &global_cell;
  return t; /* { dg-bogus "escapes" } */
}
