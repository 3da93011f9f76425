/* { dg-do compile } */
/* The local's address only ever reaches local pointers or calls: no
   warning, even though globals are written in the same function.  */

int *g;
int counter;

void use (int *);
void fill (int *, int);

int
sum_local (int n)
{
  int acc = 0;
  int *p = &acc; /* { dg-bogus "escapes" } */
  int i;
  for (i = 0; i < n; i++)
    *p += i;
  g = &counter; /* { dg-bogus "escapes" } */
  return acc;
}

int
pass_to_call (void)
{
  int buf[16];
  fill (buf, 16); /* { dg-bogus "escapes" } */
  use (&buf[3]);  /* { dg-bogus "escapes" } */
  g = 0;
  return buf[0];
}

int
store_value_not_address (void)
{
  int x = 5;
  int *p = &x;
  counter = *p; /* { dg-bogus "escapes" } */
  *g = *p;      /* { dg-bogus "escapes" } */
  return x;
}
