/* { dg-do compile } */
/* A local's address that makes a round trip through uintptr_t or intptr_t
   before being returned as a pointer still escapes.  */

typedef __UINTPTR_TYPE__ uintptr_t;
typedef __INTPTR_TYPE__ intptr_t;

int global_slot;

int *
via_uintptr (void)
{
  int x = 1;
  uintptr_t bits = (uintptr_t) &x;
  return (int *) bits; /* { dg-warning "address of local variable 'x' escapes via the return value of 'via_uintptr'" } */
}

char *
via_intptr (void)
{
  char buf[16] = "";
  intptr_t bits = (intptr_t) buf;
  return (char *) bits; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'via_intptr'" } */
}

void *
via_two_integers (void)
{
  long value = 5;
  uintptr_t a = (uintptr_t) &value;
  intptr_t b = (intptr_t) a;
  void *v = (void *) b;
  return v; /* { dg-warning "address of local variable 'value' escapes via the return value of 'via_two_integers'" } */
}

int *
global_via_uintptr (void)
{
  uintptr_t bits = (uintptr_t) &global_slot;
  return (int *) bits; /* { dg-bogus "escapes" } */
}
