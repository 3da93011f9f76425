/* { dg-do compile } */
/* The address of a local is turned into an integer hash (shifted, mixed,
   reduced).  A hash value is not a pointer: storing or returning it does
   not let the local's address escape.  Nothing here may warn.  */

typedef __UINTPTR_TYPE__ uintptr_t;
typedef __SIZE_TYPE__ size_t;

unsigned buckets[64];
uintptr_t last_hash;
extern void record (uintptr_t);

uintptr_t
frame_hash (void)
{
  int x;
  uintptr_t h = (uintptr_t) &x >> 4;  /* { dg-bogus "escapes" } */
  return h;  /* { dg-bogus "escapes" } */
}

void
count_bucket (void)
{
  char marker;
  uintptr_t h = (uintptr_t) &marker;
  h = (h >> 4) ^ (h >> 12);
  buckets[h % 64]++;  /* { dg-bogus "escapes" } */
}

unsigned
mix (unsigned seed)
{
  long a, b;
  uintptr_t ha = (uintptr_t) &a >> 3, hb = (uintptr_t) &b >> 3;
  unsigned h = seed;
  h = h * 31u + (unsigned) (ha & 0xffff);
  h = h * 31u + (unsigned) (hb & 0xffff);
  last_hash = h;  /* { dg-bogus "escapes" } */
  record ((uintptr_t) &a >> 4);  /* { dg-bogus "escapes" } */
  return h;
}

long
slot_distance (int i, int j)
{
  int slots[8];
  int *a = &slots[i & 7], *b = &slots[j & 7];
  uintptr_t ha = (uintptr_t) a >> 2;
  return (long) (b - a) + (long) (ha & 1);  /* { dg-bogus "escapes" } */
}
