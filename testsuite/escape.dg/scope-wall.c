/* { dg-do compile } */
/* { dg-options "-Wall -Wno-uninitialized" } */
/* Kind "scope" with -Wall: GCC 12's own -Wdangling-pointer would report
   the same uses ("using a dangling pointer to 'x'", "dangling pointer
   'p' to 'x' may be used"); the plugin reports them and keeps GCC's
   warning quiet on those statements, so each finding is read once.
   (-Wno-uninitialized: at -O1 and above GCC's -Wuninitialized also sees
   the read of 'x' after its clobber.)  */

extern int get (int);
extern void put (int);

int
certain_use (int k)
{
  int *p;
  {
    int x = get (k);		/* { dg-message "'x' declared here" } */
    p = &x;
    put (*p);
  }
  return *p;	/* { dg-warning "address of local variable 'x' is used in 'certain_use' after the end of its scope" } */
  /* { dg-bogus "dangling pointer" "GCC's -Wdangling-pointer" { target *-*-* } .-1 } */
}

void
write_use (int k)
{
  char *p;
  {
    char buf[8];		/* { dg-message "'buf' declared here" } */
    buf[0] = (char) k;
    p = buf;
    put (buf[0]);
  }
  p[1] = 0;	/* { dg-warning "address of local variable 'buf' is used in 'write_use' after the end of its scope" } */
  /* { dg-bogus "dangling pointer" "GCC's -Wdangling-pointer" { target *-*-* } .-1 } */
}

int
maybe_use (int k, int c)
{
  int dflt = get (0);
  int *p = &dflt;
  if (c)
    {
      int y = get (k);		/* { dg-message "'y' declared here" } */
      p = &y;
      put (*p);
    }
  return *p;	/* { dg-warning "address of local variable 'y' may be used in 'maybe_use' after the end of its scope" } */
  /* { dg-bogus "dangling pointer" "GCC's -Wdangling-pointer" { target *-*-* } .-1 } */
}

/* Negative: nothing from either.  */
int
fine (int k)
{
  int r;
  {
    int x = get (k);
    int *p = &x;
    r = *p;			/* { dg-bogus "dangling pointer|after the end of its scope" } */
  }
  return r;
}
