/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=scope" } */
/* -fplugin-arg-escape-disable=scope turns kind "scope" off: uses after the
   end of a block are not reported; the other kinds still are.  */

extern int get (int);
extern void put (int);

int *gp;

int
certain_use (int k)
{
  int *p;
  {
    int x = get (k);
    p = &x;
    put (*p);
  }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}

int
maybe_use (int k, int c)
{
  int dflt = get (0);
  int *p = &dflt;
  if (c)
    {
      int y = get (k);
      p = &y;
    }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}

int
compound_literal_use (void)
{
  int *p;
  {
    p = (int[]){ 1, 2 };
  }
  return p[1];			/* { dg-bogus "after the end of its scope" } */
}

/* The other kinds are still on.  */
int *
still_return (void)
{
  int z = get (0);		/* { dg-message "'z' declared here" } */
  return &z;			/* { dg-warning "address of local variable 'z' escapes via the return value of 'still_return'" } */
}

void
still_global (void)
{
  int w = get (1);		/* { dg-message "'w' declared here" } */
  gp = &w;			/* { dg-warning "address of local variable 'w' escapes from 'still_global' into global variable 'gp'" } */
  put (*gp);
}
