/* { dg-do compile } */
/* The analysis is flow-sensitive at function exit: a global that held
   the local's address but is reset before every return does not keep
   the address.  */

int *g;
static const char *context;
int other;

void use (int *);
void log_message (const char *);

void
reset_null (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escapes" } */
  use (g);
  g = 0;
}

void
reset_to_global (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escapes" } */
  use (g);
  g = &other;
}

void
reset_string (const char *what)
{
  char buf[32];
  int i;
  for (i = 0; i < 31 && what[i]; i++)
    buf[i] = what[i];
  buf[i] = 0;
  context = buf; /* { dg-bogus "escapes" } */
  log_message ("in context");
  context = "none";
}

void
never_reset (void)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'never_reset' into global variable 'g'" } */
  use (g);
}
