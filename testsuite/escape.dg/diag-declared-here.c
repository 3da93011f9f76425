/* { dg-do compile } */
/* Each warning is followed by a note "'NAME' declared here" at the
   declaration of the escaping object: local variables, address-taken
   parameters and variable-length arrays, whatever the sink.  */

int *gp;
static char *sp;

int *
local_var (void)
{
  int counter = 0;  /* { dg-message "'counter' declared here" } */
  return &counter;  /* { dg-warning "address of local variable 'counter' escapes via the return value of 'local_var'" } */
}

int *
param_addr (int value)  /* { dg-message "'value' declared here" } */
{
  value++;
  return &value;  /* { dg-warning "address of parameter 'value' escapes via the return value of 'param_addr'" } */
}

void
vla (int n)
{
  char line[n + 1];  /* { dg-message "'line' declared here" } */
  line[0] = '\0';
  sp = line;  /* { dg-warning "address of variable-length array 'line' escapes from 'vla' into static variable 'sp'" } */
}

void
two_decls (int **out)
{
  int first = 1;
  int
    second = 2;  /* { dg-message "'second' declared here" } */
  gp = &first;
  gp = 0;
  *out = &second;  /* { dg-warning "address of local variable 'second' escapes from 'two_decls' through parameter 'out'" } */
}

int
not_escaping (void)
{
  int quiet = 0;  /* { dg-bogus "declared here" } */
  int *p = &quiet;
  return *p;
}
