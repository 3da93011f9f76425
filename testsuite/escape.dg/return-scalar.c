/* { dg-do compile } */
/* Returning the address of a local scalar of various types escapes via the
   return value; the address of a global or of a function-scope static
   does not.  */

int counter;

int *
int_addr (void)
{
  int x = 42;
  return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'int_addr'" } */
}

double *
double_addr (double seed)
{
  double d = seed * 2.0;
  return &d; /* { dg-warning "address of local variable 'd' escapes via the return value of 'double_addr'" } */
}

char *
char_addr (void)
{
  char c = 'a'; /* { dg-message "'c' declared here" } */
  return &c; /* { dg-warning "address of local variable 'c' escapes via the return value of 'char_addr'" } */
}

long long *
uninit_addr (void)
{
  long long ll;
  return &ll; /* { dg-warning "address of local variable 'll' escapes via the return value of 'uninit_addr'" } */
}

int *
global_addr (void)
{
  counter++;
  return &counter; /* { dg-bogus "escapes" } */
}

int *
static_addr (void)
{
  static int calls;
  calls++;
  return &calls; /* { dg-bogus "escapes" } */
}
