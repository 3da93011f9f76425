/* { dg-do compile } */
/* Kind "scope": a compound literal at block scope lives until the end of
   its block; a pointer to it used after that block is reported with the
   note "compound literal defined here".  */

extern int get (int);
extern void put (int);

struct opt { int level; int flags; };

int
literal_in_inner_block (void)
{
  int *p;
  {
    p = (int[]){ 1, 2 };	/* { dg-message "compound literal defined here" } */
  }
  return p[0];			/* { dg-warning "address of compound literal is used in 'literal_in_inner_block' after the end of its scope" } */
}

int
literal_in_if (int c)
{
  const struct opt *o = 0;
  static const struct opt dflt = { 0, 0 };
  if (c)
    o = &(struct opt){ get (c), 1 };	/* { dg-message "compound literal defined here" "" { xfail *-*-* } } */
  else
    o = &dflt;
  /* Known limitation: a pointer that may also point to a live object is
     not reported, because the analysis does not follow which paths go
     with which target (sqlite3FkCheck's "aiCol = aiFree or &iCol" in a
     loop is the false report this avoids).  */
  return o->level;		/* { dg-warning "address of compound literal may be used in 'literal_in_if' after the end of its scope" "" { xfail *-*-* } } */
}

/* Negative: the compound literal is in the function's outermost block.  */
int
literal_outer (int k)
{
  int *p = (int[]){ k, k + 1, k + 2 };
  {
    put (p[1]);
  }
  return p[2];			/* { dg-bogus "after the end of its scope" } */
}

/* Negative: used only inside its block.  */
int
literal_used_inside (int k)
{
  int r;
  {
    struct opt *o = &(struct opt){ k, 0 };
    o->flags |= 4;		/* { dg-bogus "after the end of its scope" } */
    r = o->level + o->flags;
  }
  return r;
}
