/* { dg-do compile } */
/* Kind "scope": a pointer to a local variable of an inner block that is
   dereferenced (read or written) after the block ended, on every path, is
   reported at the use as "is used", with a note at the declaration.  Uses
   inside the block, and pointers repointed to a live object before the
   use, stay quiet.  */

extern int get (int);
extern void put (int);

int
read_after (int k)
{
  int *p;
  {
    int x = get (k);		/* { dg-message "'x' declared here" } */
    p = &x;
    put (*p);			/* { dg-bogus "after the end of its scope" } */
  }
  return *p + 1;		/* { dg-warning "address of local variable 'x' is used in 'read_after' after the end of its scope" } */
}

void
write_after (int k)
{
  int *p;
  {
    int y = get (k);		/* { dg-message "'y' declared here" } */
    p = &y;
    put (y);
  }
  *p = k;			/* { dg-warning "address of local variable 'y' is used in 'write_after' after the end of its scope" } */
}

/* Negative: every use is inside the block.  */
int
use_inside (int k)
{
  int r;
  int *p;
  {
    int x = get (k);
    p = &x;
    *p += 3;			/* { dg-bogus "after the end of its scope" } */
    r = *p;			/* { dg-bogus "after the end of its scope" } */
  }
  return r;
}

/* Negative: the pointer is repointed to a live object before the use.  */
int
repointed (int k)
{
  int outer = get (0);
  int *p;
  {
    int x = get (k);
    p = &x;
    put (*p);
  }
  p = &outer;
  return *p;			/* { dg-bogus "after the end of its scope" } */
}

/* Negative: repointed on every path (if/else), both targets live.  */
int
repointed_both_paths (int k, int c)
{
  int a = get (1), b = get (2);
  int *p;
  {
    int x = get (k);
    p = &x;
    put (*p);
  }
  if (c)
    p = &a;
  else
    p = &b;
  return *p;			/* { dg-bogus "after the end of its scope" } */
}
