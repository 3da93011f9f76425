/* { dg-do compile } */
/* Storing into a field of a global struct names the struct.  */

struct config
{
  const char *name;
  int *limit;
  struct { int *cur; } state;
};

struct config cfg;
static struct config saved_cfg;
int default_limit = 100;

void
set_limit (int n)
{
  int limit = n;
  cfg.limit = &limit; /* { dg-warning "address of local variable 'limit' escapes from 'set_limit' into global variable 'cfg'" } */
}

void
set_state (void)
{
  int cur = 0;
  saved_cfg.state.cur = &cur; /* { dg-warning "address of local variable 'cur' escapes from 'set_state' into static variable 'saved_cfg'" } */
}

void
set_default_limit (void)
{
  cfg.limit = &default_limit; /* { dg-bogus "escapes" } */
  cfg.name = "default";       /* { dg-bogus "escapes" } */
}

int
local_config (void)
{
  int limit = 5;
  struct config c;
  c.limit = &limit;   /* { dg-bogus "escapes" } */
  c.name = "local";
  return *c.limit;
}
