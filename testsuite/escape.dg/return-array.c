/* { dg-do compile } */
/* A local array returned by name (array-to-pointer decay), or the address
   of one of its elements, escapes; a global or static array does not.  */

int table[16];

int *
decay (void)
{
  int buf[8] = { 0 };
  return buf; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'decay'" } */
}

int *
element (void)
{
  int buf[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  return &buf[3]; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'element'" } */
}

char *
first_element (void)
{
  char name[32] = "anonymous";
  return &name[0]; /* { dg-warning "address of local variable 'name' escapes via the return value of 'first_element'" } */
}

int (*
whole_array (void))[4]
{
  int quad[4] = { 1, 2, 3, 4 };
  return &quad; /* { dg-warning "address of local variable 'quad' escapes via the return value of 'whole_array'" } */
}

int *
global_table (void)
{
  return &table[3]; /* { dg-bogus "escapes" } */
}

int *
static_buffer (void)
{
  static int buf[8];
  buf[0] = 1;
  return buf; /* { dg-bogus "escapes" } */
}
