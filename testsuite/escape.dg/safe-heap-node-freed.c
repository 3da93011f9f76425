/* { dg-do compile } */
/* A heap node temporarily holds the address of a local, but the node is
   freed (and not stored anywhere) before the function returns.  Nothing
   here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void *calloc (size_t, size_t);
extern void free (void *);
extern int process (void *);

struct req { int *result; const char *tag; };

int
run_request (const char *tag)
{
  int result = 0;
  struct req *r = malloc (sizeof *r);

  if (!r)
    return -1;
  r->result = &result;  /* { dg-bogus "escapes" } */
  r->tag = tag;
  process (r);
  free (r);
  return result;  /* { dg-bogus "escapes" } */
}

int
batch (int n)
{
  int totals[8] = { 0 };
  struct req **reqs = calloc (n, sizeof *reqs);
  int i, sum = 0;

  if (!reqs)
    return 0;
  for (i = 0; i < n && i < 8; i++)
    {
      reqs[i] = malloc (sizeof (struct req));
      reqs[i]->result = &totals[i];  /* { dg-bogus "escapes" } */
      reqs[i]->tag = "batch";
      process (reqs[i]);
    }
  for (i = 0; i < n && i < 8; i++)
    {
      sum += totals[i];
      free (reqs[i]);
    }
  free (reqs);
  return sum;
}

struct frame { struct frame *up; int depth; };

int
walk (int depth)
{
  struct frame here = { 0, depth };
  struct frame *f = malloc (sizeof *f);
  int d;

  if (!f)
    return 0;
  f->up = &here;  /* { dg-bogus "escapes" } */
  f->depth = depth + 1;
  d = f->up->depth + f->depth;
  free (f);
  return d;
}
