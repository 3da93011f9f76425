/* { dg-do compile } */
/* Kind "scope": a pointer to an element of a block-local array (the
   array decayed to a pointer, &a[i], a pointer advanced through it),
   dereferenced after the block ended.  */

extern int get (int);
extern void put (int);
extern void fill (int *, int);

int
decayed_array (int k)
{
  int *p;
  {
    int buf[8];			/* { dg-message "'buf' declared here" } */
    fill (buf, 8);
    p = buf;
  }
  return p[k & 7];		/* { dg-warning "address of local variable 'buf' is used in 'decayed_array' after the end of its scope" } */
}

int
element_address (int k)
{
  int *p;
  {
    int vals[4];		/* { dg-message "'vals' declared here" } */
    fill (vals, 4);
    p = &vals[2];
  }
  return *p;			/* { dg-warning "address of local variable 'vals' is used in 'element_address' after the end of its scope" } */
}

void
advanced_pointer (int n)
{
  int *end;
  {
    int tmp[16];		/* { dg-message "'tmp' declared here" } */
    int *q = tmp;
    for (int i = 0; i < 16 && i < n; i++)
      *q++ = get (i);
    end = q;
    put (tmp[0]);
  }
  end[-1] = 0;			/* { dg-warning "address of local variable 'tmp' is used in 'advanced_pointer' after the end of its scope" } */
}

/* An array of pointers outliving the block of the objects they point to.  */
int
pointer_array_element (int k)
{
  int *slots[2];
  {
    int a = get (k);		/* { dg-message "'a' declared here" } */
    slots[0] = &a;
    slots[1] = &a;
    put (*slots[0]);
  }
  int *s = slots[1];
  return *s;			/* { dg-warning "address of local variable 'a' is used in 'pointer_array_element' after the end of its scope" } */
}

/* Negative: the array is summed inside its block.  */
int
sum_inside (int n)
{
  int total = 0;
  {
    int buf[8];
    fill (buf, 8);
    int *p = buf;
    for (int i = 0; i < 8 && i < n; i++)
      total += p[i];		/* { dg-bogus "after the end of its scope" } */
  }
  return total;
}

/* Negative: the array is declared in the function's outermost block.  */
int
outer_array (int k)
{
  int buf[8];
  int *p;
  {
    fill (buf, 8);
    p = &buf[k & 7];
  }
  return *p;			/* { dg-bogus "after the end of its scope" } */
}
