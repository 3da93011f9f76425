/* { dg-do compile } */
/* Kind "scope" in loops: a pointer kept from the previous iteration to
   an object of the loop body, and used in the next iteration before the
   object is written or has its address taken again, is used after the
   end of its scope.  Taking the address anew (or writing the object)
   in each iteration before the use makes it live again: no warning.  */

extern int get (int);
extern void put (int);
extern void fill (char *, int);

/* The previous line buffer is looked at before the current one is read:
   the use reads last iteration's dead 'line'.  In the first iteration the
   pointer is null (not 'line'), so the pointer may point elsewhere too:
   "may be used".  */
int
count_repeats (int n)
{
  char *prev = 0;
  int repeats = 0;
  for (int i = 0; i < n; i++)
    {
      char line[32];		/* { dg-message "'line' declared here" } */
      if (prev && prev[0] == 'x')	/* { dg-warning "address of local variable 'line' may be used in 'count_repeats' after the end of its scope" } */
	repeats++;
      fill (line, 32);
      prev = line;
    }
  return repeats;
}

/* As above, with the object written through the kept pointer after the
   use.  */
int
running_previous (int n)
{
  int *last = 0;
  int sum = 0;
  while (n-- > 0)
    {
      int cur;			/* { dg-message "'cur' declared here" } */
      if (last)
	sum += *last;		/* { dg-warning "address of local variable 'cur' may be used in 'running_previous' after the end of its scope" } */
      last = &cur;
      *last = get (n);
    }
  return sum;
}

/* Negative: the address is taken anew in each iteration, before the use.  */
int
address_each_iteration (int n)
{
  int sum = 0;
  int *p;
  for (int i = 0; i < n; i++)
    {
      int v;
      p = &v;
      *p = get (i);		/* { dg-bogus "after the end of its scope" } */
      sum += *p;		/* { dg-bogus "after the end of its scope" } */
    }
  return sum;
}

/* Negative: the kept pointer's object is written at the start of every
   iteration (the block is entered again) before the use.  */
int
written_each_iteration (int n)
{
  int *keep = 0;
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int v = get (i);
      if (keep)
	sum += *keep;		/* { dg-bogus "after the end of its scope" } */
      keep = &v;
    }
  return sum;
}

/* Negative: a buffer filled and consumed within each iteration.  */
int
buffer_per_iteration (int n)
{
  int count = 0;
  for (int i = 0; i < n; i++)
    {
      char buf[16];
      char *p = buf;
      fill (p, 16);
      while (*p)		/* { dg-bogus "after the end of its scope" } */
	{
	  count++;
	  p++;
	}
    }
  return count;
}

/* Negative: the kept pointer is reset at the end of each iteration.  */
int
reset_each_iteration (int n)
{
  int *last = 0;
  int sum = 0;
  for (int i = 0; i < n; i++)
    {
      int cur;
      if (last)
	sum += *last;		/* { dg-bogus "after the end of its scope" } */
      last = &cur;
      *last = get (i);
      put (*last);
      last = 0;
    }
  return sum;
}
