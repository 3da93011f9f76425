/* { dg-do compile } */
/* A local struct holding a local's address copied by value into a
   global carries the address with it.  */

struct range { int *lo, *hi; };
struct range grange;
static struct range saved_ranges[4];
int glo, ghi;

void
set_range (void)
{
  int lo = 0, hi = 10;
  struct range r;
  r.lo = &glo;
  r.hi = &hi;
  grange = r; /* { dg-warning "address of local variable 'hi' escapes from 'set_range' into global variable 'grange'" } */
  (void) lo;
}

void
save_range (int i)
{
  int bound = 3;
  struct range r = { &bound, &bound };
  saved_ranges[i] = r; /* { dg-warning "address of local variable 'bound' may escape from 'save_range' into static variable 'saved_ranges'" } */
}

void
set_range_globals (void)
{
  struct range r = { &glo, &ghi };
  grange = r; /* { dg-bogus "escapes" } */
}
