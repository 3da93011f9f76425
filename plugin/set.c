/* set.c -- sorted sets of points-to elements, and small allocation
   helpers for the engine.  */

#include "engine-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Out of memory inside the compiler: there is nothing sensible to do but
   stop with a clear message.  */
static void
out_of_memory (void)
{
  fputs ("gcc-escape: out of memory\n", stderr);
  abort ();
}

void *
xgrow (void *p, int *cap, int need, size_t elem_size)
{
  if (need <= *cap)
    return p;
  int ncap = *cap ? *cap : 4;
  while (ncap < need)
    ncap *= 2;
  void *np = realloc (p, (size_t) ncap * elem_size);
  if (!np)
    out_of_memory ();
  *cap = ncap;
  return np;
}

void *
xmalloc_zero (size_t size)
{
  void *p = calloc (1, size ? size : 1);
  if (!p)
    out_of_memory ();
  return p;
}

char *
xstrdup_or_null (const char *s)
{
  if (!s)
    return NULL;
  size_t n = strlen (s) + 1;
  char *d = malloc (n);
  if (!d)
    out_of_memory ();
  return memcpy (d, s, n);
}

static int
elem_compare (const elem *a, const elem *b)
{
  if (a->obj != b->obj)
    return a->obj < b->obj ? -1 : 1;
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  if (a->writer != b->writer)
    return a->writer < b->writer ? -1 : 1;
  return 0;
}

static void
set_reserve (elem_set *s, uint32_t need)
{
  int cap = (int) s->cap;
  s->v = xgrow (s->v, &cap, (int) need, sizeof (elem));
  s->cap = (uint32_t) cap;
}

/* Insert E into S; true if S changed.  */
bool
set_insert (elem_set *s, elem e)
{
  uint32_t lo = 0, hi = s->n;
  while (lo < hi)
    {
      uint32_t mid = (lo + hi) / 2;
      int c = elem_compare (&s->v[mid], &e);
      if (c == 0)
	return false;
      if (c < 0)
	lo = mid + 1;
      else
	hi = mid;
    }
  set_reserve (s, s->n + 1);
  memmove (&s->v[lo + 1], &s->v[lo], (s->n - lo) * sizeof (elem));
  s->v[lo] = e;
  s->n++;
  return true;
}

/* DST |= SRC; true if DST changed.  */
bool
set_union (elem_set *dst, const elem_set *src)
{
  if (src->n == 0 || src == dst)
    return false;
  if (dst->n == 0)
    {
      set_copy (dst, src);
      return true;
    }
  /* SRC wholly after DST, the common case of sets that grow: append.  */
  if (elem_compare (&dst->v[dst->n - 1], &src->v[0]) < 0)
    {
      set_reserve (dst, dst->n + src->n);
      memcpy (&dst->v[dst->n], src->v, src->n * sizeof (elem));
      dst->n += src->n;
      return true;
    }
  /* Merge from the end into DST's own array, grown to hold both: nothing
     is overwritten before it is read.  Duplicates leave a gap at the
     start, closed afterwards.  */
  uint32_t total = dst->n + src->n;
  set_reserve (dst, total);
  uint32_t i = dst->n, j = src->n, k = total;
  while (j > 0)
    {
      int c = i > 0 ? elem_compare (&dst->v[i - 1], &src->v[j - 1]) : -1;
      if (c > 0)
	dst->v[--k] = dst->v[--i];
      else
	{
	  dst->v[--k] = src->v[--j];
	  if (c == 0)
	    i--;
	}
    }
  /* DST's first I elements are in place; the merged rest starts at K.  */
  uint32_t merged = total - k;
  bool changed = i + merged != dst->n;
  if (k != i)
    memmove (&dst->v[i], &dst->v[k], merged * sizeof (elem));
  dst->n = i + merged;
  return changed;
}

void
set_union_disjoint (elem_set *dst, const elem_set *src)
{
  uint32_t total = dst->n + src->n;
  set_reserve (dst, total);
  /* From the end, in place: nothing is moved twice.  */
  uint32_t i = dst->n, j = src->n, k = total;
  while (j > 0)
    {
      if (i > 0 && elem_compare (&dst->v[i - 1], &src->v[j - 1]) > 0)
	dst->v[--k] = dst->v[--i];
      else
	dst->v[--k] = src->v[--j];
    }
  dst->n = total;
}

bool
set_equal (const elem_set *a, const elem_set *b)
{
  return a->n == b->n
	 && (a->n == 0 || memcmp (a->v, b->v, a->n * sizeof (elem)) == 0);
}

void
set_copy (elem_set *dst, const elem_set *src)
{
  set_reserve (dst, src->n);
  if (src->n)
    memcpy (dst->v, src->v, src->n * sizeof (elem));
  dst->n = src->n;
}

void
set_clear (elem_set *s)
{
  s->n = 0;
}

void
set_free (elem_set *s)
{
  free (s->v);
  s->v = NULL;
  s->n = s->cap = 0;
}

/* Append E to S, ignoring order; set_normalize restores it.  */
void
set_append (elem_set *s, elem e)
{
  set_reserve (s, s->n + 1);
  s->v[s->n++] = e;
}

/* Sort V[0..N) with TMP (N elements) to spare: insertion sort for short
   runs, merged bottom-up.  Without qsort's calls of a comparison
   function: sets are sorted often and are mostly short.  */
#define INSERTION_RUN 16

static void
sort_elems (elem *v, elem *tmp, uint32_t n)
{
  for (uint32_t lo = 0; lo < n; lo += INSERTION_RUN)
    {
      uint32_t hi = lo + INSERTION_RUN < n ? lo + INSERTION_RUN : n;
      for (uint32_t i = lo + 1; i < hi; i++)
	{
	  elem x = v[i];
	  uint32_t j = i;
	  while (j > lo && elem_compare (&v[j - 1], &x) > 0)
	    {
	      v[j] = v[j - 1];
	      j--;
	    }
	  v[j] = x;
	}
    }
  elem *from = v, *to = tmp;
  for (uint32_t width = INSERTION_RUN; width < n; width *= 2)
    {
      for (uint32_t lo = 0; lo < n; lo += 2 * width)
	{
	  uint32_t mid = lo + width < n ? lo + width : n;
	  uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
	  uint32_t i = lo, j = mid, k = lo;
	  while (i < mid && j < hi)
	    to[k++] = elem_compare (&from[j], &from[i]) < 0 ? from[j++]
							    : from[i++];
	  while (i < mid)
	    to[k++] = from[i++];
	  while (j < hi)
	    to[k++] = from[j++];
	}
      elem *swap = from;
      from = to;
      to = swap;
    }
  if (from != v)
    memcpy (v, from, n * sizeof (elem));
}

/* Sort S and drop duplicates.  */
void
set_normalize (elem_set *s)
{
  if (s->n < 2)
    return;
  if (s->n <= INSERTION_RUN)
    sort_elems (s->v, NULL, s->n);
  else
    {
      elem *tmp = malloc (s->n * sizeof (elem));
      if (!tmp)
	out_of_memory ();
      sort_elems (s->v, tmp, s->n);
      free (tmp);
    }
  uint32_t k = 1;
  for (uint32_t i = 1; i < s->n; i++)
    if (elem_compare (&s->v[k - 1], &s->v[i]) != 0)
      s->v[k++] = s->v[i];
  s->n = k;
}
