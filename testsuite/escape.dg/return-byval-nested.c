/* { dg-do compile } */
/* A local address stored in a struct nested inside the returned struct
   (or in an array field of it) escapes with the returned value.  */

struct inner { const char *label; int *value; };
struct outer { int id; struct inner in; int *slots[2]; };

int global_value;

struct outer
nested_field (void)
{
  int v = 10;
  struct outer o = { 1, { "x", 0 }, { 0, 0 } };
  o.in.value = &v;
  return o; /* { dg-warning "address of local variable 'v' escapes via the return value of 'nested_field'" } */
}

struct outer
array_slot (int i)
{
  int v = 10;
  struct outer o = { 2, { "y", &global_value }, { 0, 0 } };
  o.slots[i & 1] = &v;
  return o; /* { dg-warning "address of local variable 'v' may escape via the return value of 'array_slot'" } */
}

struct outer
label_only (void)
{
  char tmp[8] = "z";
  struct outer o = { 3, { "z", &global_value }, { &global_value, 0 } };
  if (tmp[0] != 'z')
    o.id = 4;
  return o; /* { dg-bogus "escapes" } */
}

struct outer
inner_overwritten (int c)
{
  int v = 10;
  struct outer o = { 4, { "w", &v }, { 0, 0 } };
  if (c)
    o.in.value = 0;
  else
    o.in.value = &global_value;
  return o; /* { dg-bogus "escapes" } */
}
