/* { dg-do compile } */
/* Integer arithmetic on a local's address held as uintptr_t/intptr_t
   (offsetting, aligning) and converting back keeps pointing into the
   local: the result escapes when returned.  */

typedef __UINTPTR_TYPE__ uintptr_t;
typedef __INTPTR_TYPE__ intptr_t;

static char global_pool[256];

char *
offset_bytes (int n)
{
  char buf[64] = "";
  uintptr_t bits = (uintptr_t) buf;
  bits += (uintptr_t) n;
  return (char *) bits; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'offset_bytes'" } */
}

void *
align_up (void)
{
  char arena[128];
  uintptr_t bits = ((uintptr_t) arena + 15) & ~(uintptr_t) 15;
  return (void *) bits; /* { dg-warning "address of local variable 'arena' escapes via the return value of 'align_up'" } */
}

int *
signed_offset (intptr_t delta)
{
  int cells[10] = { 0 };
  intptr_t bits = (intptr_t) &cells[5];
  bits -= delta * (intptr_t) sizeof (int);
  return (int *) bits; /* { dg-warning "address of local variable 'cells' escapes via the return value of 'signed_offset'" } */
}

void *
global_align_up (void)
{
  uintptr_t bits = ((uintptr_t) global_pool + 15) & ~(uintptr_t) 15;
  return (void *) bits; /* { dg-bogus "escapes" } */
}

char *
global_offset (int n)
{
  uintptr_t bits = (uintptr_t) global_pool;
  bits += (uintptr_t) n;
  return (char *) bits; /* { dg-bogus "escapes" } */
}
