/* { dg-do compile } */
/* Casts and pointer arithmetic do not hide the address.  */

typedef __UINTPTR_TYPE__ uintptr_t;

void *gvoid;
char *gbytes;
static const unsigned char *gcursor;
struct pair { int a, b; };

void
store_void (void)
{
  struct pair p = { 1, 2 };
  gvoid = (void *) &p.b; /* { dg-warning "address of local variable 'p' escapes from 'store_void' into global variable 'gvoid'" } */
}

void
store_bytes (void)
{
  double d = 1.0;
  gbytes = (char *) &d + 2; /* { dg-warning "address of local variable 'd' escapes from 'store_bytes' into global variable 'gbytes'" } */
}

void
store_roundtrip (void)
{
  unsigned char buf[8] = { 0 };
  uintptr_t u = (uintptr_t) buf;
  gcursor = (const unsigned char *) (u + 4); /* { dg-warning "address of local variable 'buf' escapes from 'store_roundtrip' into static variable 'gcursor'" } */
}

void
store_cast_of_param (char *p)
{
  gvoid = (void *) (p + 1); /* { dg-bogus "escapes" } */
}
