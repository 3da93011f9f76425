/* { dg-do compile } */
/* Kind "scope": a use after the end of the block that happens only on
   some paths, or through a pointer that may point elsewhere too, is
   reported as "may be used".  */

extern int get (int);
extern void put (int);

/* The pointer points to the dead 'x' or to the live 'dflt'.  */
int
maybe_elsewhere (int k, int c)
{
  int dflt = get (0);
  int *p = &dflt;
  if (c)
    {
      int x = get (k);		/* { dg-message "'x' declared here" } */
      p = &x;
      put (*p);
    }
  return *p;			/* { dg-warning "address of local variable 'x' may be used in 'maybe_elsewhere' after the end of its scope" } */
}

/* Two objects of two blocks: each may be the target.  */
int
two_blocks (int k, int c)
{
  int *p;
  if (c)
    {
      int a = get (k);		/* { dg-message "'a' declared here" } */
      p = &a;
      put (*p);
    }
  else
    {
      int b = get (k + 1);	/* { dg-message "'b' declared here" } */
      p = &b;
      put (*p);
    }
  return *p;	/* { dg-warning "address of local variable 'a' may be used in 'two_blocks' after the end of its scope" } */
  /* { dg-warning "address of local variable 'b' may be used in 'two_blocks' after the end of its scope" "" { target *-*-* } .-1 } */
}

/* Only the first iteration takes the address; 'x' is neither written nor
   has its address taken in later iterations, so there the use reads
   the previous iteration's dead 'x'; in the first it is live.  */
int
first_iteration_only (int n)
{
  int *p = 0;
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int x;			/* { dg-message "'x' declared here" } */
      if (i == 0)
	{
	  p = &x;
	  *p = get (i);
	}
      sum += *p;		/* { dg-warning "address of local variable 'x' may be used in 'first_iteration_only' after the end of its scope" } */
    }
  return sum;
}

/* Negative: the block-local pointer is used only while the block is live;
   afterwards the pointer is repointed on the path that reaches the use.  */
int
repointed_on_the_path (int k, int c)
{
  int dflt = get (0);
  int *p = &dflt;
  if (c)
    {
      int x = get (k);
      p = &x;
      put (*p);
      p = &dflt;
    }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}
