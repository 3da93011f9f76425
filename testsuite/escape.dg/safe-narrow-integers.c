/* { dg-do compile } */
/* Values narrower than a pointer cannot hold an address: ints summed
   from what pointers point to, a truncated address, a float, a bool.
   Integers as wide as a pointer still can.  */

typedef __UINTPTR_TYPE__ uintptr_t;

struct node { struct node *next; int *value; int data; };
int *g_slot;
unsigned short g_hash;
int g_count;

int
sum_values (struct node *head)
{
  int x = 1, y = 2;
  int *p = &x, *q = &y;
  int sum = 0;
  for (struct node *it = head; it; it = it->next)
    sum += *p + *q + it->data;
  g_count = sum; /* { dg-bogus "escape" "an int sum holds no address" } */
  return sum;
}

void
hash_address (void)
{
  int local;
  /* Truncated: cannot be turned back into the address.  */
  g_hash = (unsigned short) (uintptr_t) &local; /* { dg-bogus "escape" "a 16-bit hash of an address" } */
}

int
flag_of_address (void)
{
  int local;
  _Bool nonnull = &local != 0;
  return nonnull; /* { dg-bogus "escape" "a bool" } */
}

void
wide_round_trip (void)
{
  int local;
  uintptr_t bits = (uintptr_t) &local;
  g_slot = (int *) bits; /* { dg-warning "'local' escapes from 'wide_round_trip' into global variable 'g_slot'" } */
}
