/* { dg-do compile } */
/* Element of a global array at a constant index.  */

int *slots[4];
static char *names[2];
int fallback;

void
fill_first (void)
{
  int v = 1;
  slots[0] = &v; /* { dg-warning "address of local variable 'v' escapes from 'fill_first' into global variable 'slots'" } */
}

void
fill_last (void)
{
  char label[8] = "last";
  names[1] = label; /* { dg-warning "address of local variable 'label' escapes from 'fill_last' into static variable 'names'" } */
}

void
fill_fallback (void)
{
  slots[3] = &fallback; /* { dg-bogus "escapes" } */
  names[0] = "none";    /* { dg-bogus "escapes" } */
}

int
local_table (void)
{
  int a = 1, b = 2;
  int *tab[2];
  tab[0] = &a; /* { dg-bogus "escapes" } */
  tab[1] = &b; /* { dg-bogus "escapes" } */
  return *tab[0] + *tab[1];
}
