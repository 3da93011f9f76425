/* { dg-do compile } */
/* Kind "scope", negatives: pointers to objects that outlive the inner
   block are not reported: function-scope statics declared in inner
   blocks, heap memory allocated in an inner block, globals, string
   literals, and parameters.  */

extern int get (int);
extern void put (int);
extern void *malloc (__SIZE_TYPE__);
extern void free (void *);

int counter;

int
static_in_block (int k)
{
  int *p;
  {
    static int hits;
    hits += k;
    p = &hits;
  }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}

int
static_array_in_block (int k)
{
  char *p;
  {
    static char buf[64];
    buf[k & 63] = 'a';
    p = buf;
  }
  p[0] = 'b';			/* { dg-bogus "after the end of its scope" } */
  return p[k & 63];		/* { dg-bogus "after the end of its scope" } */
}

int
heap_in_block (int n)
{
  int *p;
  {
    int *tmp = malloc ((__SIZE_TYPE__) n * sizeof *tmp);
    if (!tmp)
      return -1;
    for (int i = 0; i < n; i++)
      tmp[i] = get (i);
    p = tmp;
  }
  int r = p[0];			/* { dg-bogus "after the end of its scope" } */
  free (p);
  return r;
}

int
global_in_block (int k)
{
  int *p;
  {
    p = &counter;
    *p += k;
  }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}

int
string_literal_in_block (int k)
{
  const char *s;
  {
    s = k ? "yes" : "no";
  }
  return s[0];			/* { dg-bogus "after the end of its scope" } */
}

int
parameter_in_block (int a)
{
  int *p;
  {
    p = &a;
    *p += get (a);
  }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}
