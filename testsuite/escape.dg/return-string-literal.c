/* { dg-do compile } */
/* A pointer initialised from a string literal points to static storage;
   a local array initialised from a string literal is a copy on the
   stack.  Only the array escapes when returned.  */

const char *
literal_pointer (void)
{
  const char *s = "hello";
  return s; /* { dg-bogus "escapes" } */
}

const char *
literal_array (void)
{
  const char s[] = "hello";
  return s; /* { dg-warning "address of local variable 's' escapes via the return value of 'literal_array'" } */
}

const char *
literal_suffix (int n)
{
  const char *s = "0123456789";
  return s + (n % 10); /* { dg-bogus "escapes" } */
}

const char *
array_suffix (int n)
{
  char s[] = "0123456789";
  return s + (n % 10); /* { dg-warning "address of local variable 's' escapes via the return value of 'array_suffix'" } */
}

const char *
static_array (void)
{
  static const char s[] = "hello";
  return s; /* { dg-bogus "escapes" } */
}
