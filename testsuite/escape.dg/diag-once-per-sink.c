/* { dg-do compile } */
/* One warning per escaping object and sink: when the same local leaves by
   the same sink at two statements (two stores on different paths, two
   return statements), a single warning is given, at the first of those
   statements in the source.  */

extern int ready (void);
extern void wait_a_bit (void);

int *current;

void
publish (int fast)
{
  int token = 0;
  if (fast)
    current = &token;  /* { dg-warning "address of local variable 'token' escapes from 'publish' into global variable 'current'" } */
  else
    {
      wait_a_bit ();
      current = &token;  /* { dg-bogus "escapes" } */
    }
}

int *
find (int key)
{
  int hit = key, miss = -1;
  if (key > 10)
    return &hit;  /* { dg-warning "address of local variable 'hit' escapes via the return value of 'find'" } */
  wait_a_bit ();
  if (ready ())
    return &hit;  /* { dg-bogus "escapes" } */
  return &miss;  /* { dg-warning "address of local variable 'miss' escapes via the return value of 'find'" } */
}

void
retry (int **out)
{
  int status = 0;
  while (!ready ())
    {
      if (status++ > 3)
	{
	  *out = &status;  /* { dg-warning "address of local variable 'status' escapes from 'retry' through parameter 'out'" } */
	  return;
	}
      wait_a_bit ();
    }
  *out = &status;  /* { dg-bogus "escapes" } */
}
