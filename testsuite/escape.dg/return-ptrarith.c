/* { dg-do compile } */
/* Pointer arithmetic on a local's address (indexing with a variable,
   p + n, p - 1, field and array-field addresses) keeps it a pointer into
   the local; the same arithmetic on a parameter or a global is fine.  */

struct pkt { int len; char data[32]; };

int global_ints[32];

int *
variable_index (int i)
{
  int a[10] = { 0 };
  return &a[i]; /* { dg-warning "address of local variable 'a' escapes via the return value of 'variable_index'" } */
}

int *
plus_n (int n)
{
  int a[10] = { 0 };
  int *p = a;
  return p + n; /* { dg-warning "address of local variable 'a' escapes via the return value of 'plus_n'" } */
}

int *
minus_one (void)
{
  int a[10] = { 0 };
  int *end = a + 10;
  return end - 1; /* { dg-warning "address of local variable 'a' escapes via the return value of 'minus_one'" } */
}

char *
payload (void)
{
  struct pkt s = { 0, "" };
  char *d = &s.data[2];
  d += 3;
  return d; /* { dg-warning "address of local variable 's' escapes via the return value of 'payload'" } */
}

int *
param_arith (int *p, int n)
{
  return p + n - 1; /* { dg-bogus "escapes" } */
}

int *
global_arith (int i)
{
  int *p = global_ints + 4;
  return &p[i]; /* { dg-bogus "escapes" } */
}
