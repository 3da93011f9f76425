/* { dg-do compile } */
/* Results are built in local buffers and then copied into malloc'd
   memory (strdup, memcpy, strcpy) that is returned or stored: only
   heap addresses leave.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern char *strdup (const char *);
extern void *memcpy (void *, const void *, size_t);
extern char *strcpy (char *, const char *);
extern size_t strlen (const char *);
extern int snprintf (char *, size_t, const char *, ...);

char *
format_id (int id)
{
  char buf[32];
  snprintf (buf, sizeof buf, "id-%d", id);
  return strdup (buf);  /* { dg-bogus "escapes" } */
}

char *
join (const char *a, const char *b)
{
  char tmp[256];
  size_t la = strlen (a), lb = strlen (b);
  char *out;

  if (la + lb + 2 > sizeof tmp)
    return 0;
  memcpy (tmp, a, la);
  tmp[la] = '/';
  memcpy (tmp + la + 1, b, lb + 1);
  out = malloc (la + lb + 2);
  if (!out)
    return 0;
  memcpy (out, tmp, la + lb + 2);
  return out;  /* { dg-bogus "escapes" } */
}

struct point { int x, y; };

struct point *
make_point (int x, int y)
{
  struct point p = { x, y };
  struct point *h = malloc (sizeof p);
  if (h)
    memcpy (h, &p, sizeof p);
  return h;  /* { dg-bogus "escapes" } */
}

char *last_name;

void
remember (const char *first, const char *last)
{
  char full[128];
  char *copy;

  strcpy (full, first);
  strcpy (full + strlen (full), last);
  copy = malloc (strlen (full) + 1);
  if (copy)
    {
      strcpy (copy, full);
      last_name = copy;  /* { dg-bogus "escapes" } */
    }
}

int *
squares (int n)
{
  int local[16];
  int i;
  int *res;

  if (n > 16)
    n = 16;
  for (i = 0; i < n; i++)
    local[i] = i * i;
  res = malloc (n * sizeof (int));
  if (res)
    memcpy (res, local, n * sizeof (int));
  return res;  /* { dg-bogus "escapes" } */
}
