/* { dg-do compile } */
/* Storing through a local pointer that is known to point to a global is
   a store into that global.  */

int *gptr;
static int *sptr;
int gint;

void
via_pointer (void)
{
  int x = 1;
  int **pp = &gptr;
  *pp = &x; /* { dg-warning "address of local variable 'x' escapes from 'via_pointer' into global variable 'gptr'" } */
}

void
via_either (int which)
{
  int y = 2;
  int **pp = which ? &gptr : &sptr;
  *pp = &y; /* { dg-warning "address of local variable 'y' may escape from 'via_either' into global variable 'gptr'" } */
  /* { dg-warning "address of local variable 'y' may escape from 'via_either' into static variable 'sptr'" "" { target *-*-* } .-1 } */
}

void
via_pointer_ok (void)
{
  int **pp = &gptr;
  *pp = &gint; /* { dg-bogus "escapes" } */
}

int
via_local_pointer (void)
{
  int x = 3;
  int *local;
  int **pp = &local;
  *pp = &x; /* { dg-bogus "escapes" } */
  return *local;
}
