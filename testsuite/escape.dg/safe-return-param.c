/* { dg-do compile } */
/* Functions that return a parameter or a pointer derived from one (a
   field address, an element, an offset), possibly after using locals on
   the way.  The returned memory belongs to the caller, so nothing here
   may warn.  */

typedef __SIZE_TYPE__ size_t;
extern char *strchr (const char *, int);
extern void *memchr (const void *, int, size_t);

struct hdr { int kind; int len; char body[16]; };

int *
len_field (struct hdr *h)
{
  return &h->len;  /* { dg-bogus "escapes" } */
}

char *
body_at (struct hdr *h, int off)
{
  int limit = 16;
  int *lp = &limit;
  if (off > *lp)
    off = *lp;
  return h->body + off;  /* { dg-bogus "escapes" } */
}

struct hdr *
next_hdr (struct hdr *h)
{
  return h + 1;  /* { dg-bogus "escapes" } */
}

char *
skip_to (char *s, int c)
{
  char local[8] = "xyz";
  char *hit = strchr (local, c);
  if (hit)
    return strchr (s, c);  /* { dg-bogus "escapes" } */
  return s;  /* { dg-bogus "escapes" } */
}

const void *
find_zero (const void *buf, size_t n)
{
  const void *z = memchr (buf, 0, n);
  return z ? z : buf;  /* { dg-bogus "escapes" } */
}

int *
larger (int *a, int *b)
{
  int *r = *a > *b ? a : b;
  return r;  /* { dg-bogus "escapes" } */
}
