/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-budget=7" } */
/* A recursive function whose own summary is too costly to follow (a
   tree walk, after sqlite's sqlite3BitvecSet) is still analysed, its
   calls of itself as calls of an unknown function: its escapes are
   reported, and it is not skipped.  The default budget follows this
   one's recursion; 7% of it does not, but is enough without the
   recursion, as the default is for costlier functions.  */

typedef unsigned int u32;
typedef unsigned char u8;
#define BITVEC_USIZE 496
#define BITVEC_NBIT (BITVEC_USIZE * 8)
#define BITVEC_NINT (BITVEC_USIZE / sizeof (u32))
#define BITVEC_MXHASH (BITVEC_NINT / 2)
#define BITVEC_NPTR (BITVEC_USIZE / sizeof (struct bitvec *))

struct bitvec
{
  u32 size, nset, divisor;
  union
  {
    u8 bitmap[BITVEC_USIZE];
    u32 hash[BITVEC_NINT];
    struct bitvec *sub[BITVEC_NPTR];
  } u;
};

extern void *malloc (unsigned long);
extern void free (void *);
extern void *memcpy (void *, const void *, unsigned long);
extern void *memset (void *, int, unsigned long);
extern struct bitvec *bitvec_create (u32 size);

u32 *last_values;

int
bitvec_set (struct bitvec *p, u32 i) /* { dg-bogus "was skipped" } */
/* { dg-message "following the recursion of 'bitvec_set' is over the analysis budget: its recursive calls are treated as calls of unknown functions" "" { target *-*-* } .-1 } */
{
  u32 h;
  if (p == 0)
    return 0;
  i--;
  while (p->size > BITVEC_NBIT && p->divisor)
    {
      u32 bin = i / p->divisor;
      i = i % p->divisor;
      if (p->u.sub[bin] == 0)
	{
	  p->u.sub[bin] = bitvec_create (p->divisor);
	  if (p->u.sub[bin] == 0)
	    return 7;
	}
      p = p->u.sub[bin];
    }
  if (p->size <= BITVEC_NBIT)
    {
      p->u.bitmap[i / 8] |= 1 << (i & 7);
      return 0;
    }
  h = i++ % BITVEC_NINT;
  if (!p->u.hash[h])
    {
      if (p->nset < BITVEC_NINT - 1)
	goto set_end;
      else
	goto rehash;
    }
  do
    {
      if (p->u.hash[h] == i)
	return 0;
      h++;
      if (h >= BITVEC_NINT)
	h = 0;
    }
  while (p->u.hash[h]);
rehash:
  if (p->nset >= BITVEC_MXHASH)
    {
      u32 values[BITVEC_NINT];
      int rc;
      memcpy (values, p->u.hash, sizeof p->u.hash);
      memset (p->u.sub, 0, sizeof p->u.sub);
      p->divisor = (p->size + BITVEC_NPTR - 1) / BITVEC_NPTR;
      rc = bitvec_set (p, i);
      for (unsigned j = 0; j < BITVEC_NINT; j++)
	if (values[j])
	  rc |= bitvec_set (p, values[j]);
      last_values = values; /* { dg-warning "address of local variable 'values' may escape from 'bitvec_set' into global variable 'last_values'" } */
      return rc;
    }
set_end:
  p->nset++;
  p->u.hash[h] = i;
  return 0;
}
