/* { dg-do compile } */
/* A local address stored in a struct, the struct copied by assignment,
   and a pointer field of the copy returned: the address escapes.  Type
   punning through a union (store as integer, read as pointer) keeps the
   address too.  */

typedef __UINTPTR_TYPE__ uintptr_t;

struct span { char *ptr; int len; };
union pun { char *ptr; uintptr_t bits; };

char global_buf[32];

char *
field_of_copy (void)
{
  char buf[16] = "data";
  struct span s = { buf, 4 };
  struct span t;
  t = s;
  return t.ptr; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'field_of_copy'" } */
}

char *
field_of_copy_global (void)
{
  char buf[16] = "data";
  struct span s = { buf, 4 };
  struct span t;
  t = s;
  t.ptr = global_buf;
  return t.ptr + s.len; /* { dg-bogus "escapes" } */
}

char *
union_pun (void)
{
  char buf[16] = "data";
  union pun u;
  u.bits = (uintptr_t) buf;
  return u.ptr; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'union_pun'" } */
}

char *
union_pun_global (void)
{
  union pun u;
  u.bits = (uintptr_t) global_buf;
  return u.ptr; /* { dg-bogus "escapes" } */
}
