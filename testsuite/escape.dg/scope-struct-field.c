/* { dg-do compile } */
/* Kind "scope": a pointer to a block-local object kept in a field of a
   longer-lived local struct (a cursor, a context) and dereferenced after
   the block ended.  Also a field of the dead struct itself reached
   through a pointer (&s.f).  */

extern int get (int);
extern void put (int);

struct ctx { int *cur; int n; };
struct rec { int id; int val; };

int
field_holds_pointer (int k)
{
  struct ctx c;
  c.n = k;
  {
    int v = get (k);		/* { dg-message "'v' declared here" } */
    c.cur = &v;
    put (*c.cur);
  }
  return *c.cur + c.n;		/* { dg-warning "address of local variable 'v' is used in 'field_holds_pointer' after the end of its scope" } */
}

void
write_through_field (struct ctx *unused, int k)
{
  struct ctx c = { 0, 0 };
  (void) unused;
  {
    int slot = 0;		/* { dg-message "'slot' declared here" } */
    c.cur = &slot;
    c.n = get (k);
    put (slot);
  }
  c.cur[0] = c.n;		/* { dg-warning "address of local variable 'slot' is used in 'write_through_field' after the end of its scope" } */
}

int
address_of_field (int k)
{
  int *vp;
  {
    struct rec r;		/* { dg-message "'r' declared here" } */
    r.id = k;
    r.val = get (k);
    vp = &r.val;
  }
  return *vp;			/* { dg-warning "address of local variable 'r' is used in 'address_of_field' after the end of its scope" } */
}

/* Negative: the field is repointed before the block ends.  */
int
field_reset (int k)
{
  static int zero;
  struct ctx c;
  c.n = k;
  {
    int v = get (k);
    c.cur = &v;
    put (*c.cur);
    c.cur = &zero;
  }
  return *c.cur + c.n;		/* { dg-bogus "after the end of its scope" } */
}

/* Negative: the struct holding the pointer lives in the same block as
   the object, and all uses are inside.  */
int
field_same_block (int k)
{
  int r;
  {
    int v = get (k);
    struct ctx c = { &v, 1 };
    r = *c.cur;			/* { dg-bogus "after the end of its scope" } */
  }
  return r;
}
