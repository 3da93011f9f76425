/* { dg-do compile } */
/* Kind "scope": the dead object's address reaches the use through a copy
   of the pointer (another local, a cast, pointer arithmetic), and copying
   from or to the dead object (struct assignment, memcpy) is a use too.  */

extern int get (int);
extern void put (int);
extern void *memcpy (void *, const void *, __SIZE_TYPE__);

struct pt { int x, y; };

int
through_copy (int k)
{
  int *q;
  {
    int x = get (k);		/* { dg-message "'x' declared here" } */
    int *p = &x;
    q = p;
    put (*q);
  }
  int *r = q;
  return *r;			/* { dg-warning "address of local variable 'x' is used in 'through_copy' after the end of its scope" } */
}

int
through_cast (int k)
{
  void *v;
  {
    long w = get (k);		/* { dg-message "'w' declared here" } */
    v = (void *) &w;
    put ((int) w);
  }
  long *lp = (long *) v;
  return (int) *lp;		/* { dg-warning "address of local variable 'w' is used in 'through_cast' after the end of its scope" } */
}

int
struct_copy_from (int k)
{
  struct pt *sp;
  struct pt out;
  {
    struct pt tmp;		/* { dg-message "'tmp' declared here" } */
    tmp.x = get (k);
    tmp.y = get (k + 1);
    sp = &tmp;
  }
  out = *sp;			/* { dg-warning "address of local variable 'tmp' is used in 'struct_copy_from' after the end of its scope" } */
  return out.x + out.y;
}

void
memcpy_to (int k, const struct pt *src)
{
  struct pt *dst;
  {
    struct pt slot;		/* { dg-message "'slot' declared here" } */
    slot.x = k;
    slot.y = k;
    dst = &slot;
    put (slot.x);
  }
  memcpy (dst, src, sizeof *dst);	/* { dg-warning "address of local variable 'slot' is used in 'memcpy_to' after the end of its scope" } */
}

/* Negative: the copy is taken while the block is live and the value, not
   the address, is used afterwards.  */
int
copy_inside (int k)
{
  struct pt out;
  {
    struct pt tmp;
    tmp.x = get (k);
    tmp.y = 2;
    struct pt *sp = &tmp;
    out = *sp;			/* { dg-bogus "after the end of its scope" } */
  }
  int *q = &out.x;
  return *q + out.y;		/* { dg-bogus "after the end of its scope" } */
}

/* Negative: copies of the pointer repointed at a live object.  */
int
copy_repointed (int k)
{
  int live = get (0);
  int *q;
  {
    int x = get (k);
    q = &x;
    put (*q);
  }
  int *r = q;
  r = &live;
  return *r;			/* { dg-bogus "after the end of its scope" } */
}
