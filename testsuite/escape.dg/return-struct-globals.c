/* { dg-do compile } */
/* A local struct returned by value whose pointer fields all point to
   globals or string literals escapes nothing; the local struct itself is
   copied.  Beside it, returning the address of that local struct does
   escape.  */

struct config { const char *name; int *limit; const char *mode; };

int default_limit = 100;
static int strict_limit = 10;

struct config
default_config (void)
{
  struct config c;
  c.name = "default";
  c.limit = &default_limit;
  c.mode = "rw";
  return c; /* { dg-bogus "escapes" } */
}

struct config
pick_config (int strict)
{
  struct config c = { "picked", &default_limit, "ro" };
  if (strict)
    c.limit = &strict_limit;
  return c; /* { dg-bogus "escapes" } */
}

struct config *
config_addr (void)
{
  struct config c = { "local", &default_limit, "rw" };
  return &c; /* { dg-warning "address of local variable 'c' escapes via the return value of 'config_addr'" } */
}

struct config
config_with_local_limit (void)
{
  int limit = 5;
  struct config c = { "temp", &limit, "rw" };
  return c; /* { dg-warning "address of local variable 'limit' escapes via the return value of 'config_with_local_limit'" } */
}
