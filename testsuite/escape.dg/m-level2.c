/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
/* Level 2 also says what the analysis does not model: an asm statement
   is assumed to keep no address.  */

int
with_asm (int c)
{
  int x = c;			/* { dg-message "x does not escape" } */
  int *p = &x;
  __asm__ volatile ("" : : "r" (p) : "memory"); /* { dg-message "'asm' statement not modelled: assumed to keep no address" } */
  return *p;
}

void use (int *);

int
without_asm (int c)
{
  int x = c;			/* { dg-message "x does not escape" } */
  use (&x);			/* { dg-bogus "'asm' statement" } */
  return x;
}
