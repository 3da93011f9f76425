/* { dg-do compile } */
/* An address converted to an integer and kept as one is not a dangling
   pointer: stack-depth probes, identifiers, hashes.  Converted back to a
   pointer, it is.  */

typedef __UINTPTR_TYPE__ uintptr_t;

uintptr_t stack_base;
uintptr_t last_id;
int *leaked;

uintptr_t
stack_probe (void)
{
  char marker;
  return (uintptr_t) &marker; /* { dg-bogus "escapes" } */
}

void
record_stack_base (void)
{
  int here;
  stack_base = (uintptr_t) &here; /* { dg-bogus "escapes" } */
}

long
object_id (void)
{
  int obj = 0;
  uintptr_t id = (uintptr_t) &obj;
  last_id = id; /* { dg-bogus "escapes" } */
  return (long) id; /* { dg-bogus "escapes" } */
}

int *
round_trip (void)
{
  int x = 0;
  uintptr_t u = (uintptr_t) &x;
  return (int *) u; /* { dg-warning "address of local variable 'x' escapes via the return value of 'round_trip'" } */
}

void
round_trip_global (void)
{
  int y = 0;
  uintptr_t u = (uintptr_t) &y;
  leaked = (int *) (u + 0); /* { dg-warning "address of local variable 'y' escapes from 'round_trip_global' into global variable 'leaked'" } */
}
