/* { dg-do compile } */
/* Pointer variables that held the address of a local are repointed to
   heap, global or parameter memory before they are returned or stored.
   Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern int check (int *);

int fallback;
int *gp;

int *
pick (int want_heap)
{
  int local = 42;
  int *p = &local;

  check (p);
  if (want_heap)
    {
      p = malloc (sizeof *p);
      if (p)
	*p = local;
    }
  else
    p = &fallback;
  return p;  /* { dg-bogus "escapes" } */
}

void
publish (int v)
{
  int tmp = v;
  int *p = &tmp;

  *p += 1;
  fallback = *p;
  p = &fallback;
  gp = p;  /* { dg-bogus "escapes" } */
}

int *
scan (int *arr, int n)
{
  int sentinel = -1;
  int *best = &sentinel;
  int i, bi = 0;

  for (i = 0; i < n; i++)
    if (arr[i] > *best)
      {
	best = &arr[i];
	bi = i;
      }
  best = arr + bi;
  return best;  /* { dg-bogus "escapes" } */
}

void
out_repointed (int **out)
{
  int x = 0;
  int *p = &x;
  check (p);
  p = malloc (sizeof (int));
  *out = p;  /* { dg-bogus "escapes" } */
}

char *
cursor (char *text)
{
  char local[4] = "abc";
  char *c = local;
  while (*c)
    c++;
  c = text + (c - local);
  return c;  /* { dg-bogus "escapes" } */
}
