/* { dg-do compile } */
/* A global reset on one path only still holds the local's address on
   the other path, so the store warns.  */

int *g;
static char *errbuf;

void use (int *);
int check (void);

void
reset_on_success (void)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' may escape from 'reset_on_success' into global variable 'g'" } */
  use (g);
  if (check ())
    g = 0;
}

void
reset_on_both (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "escapes" } */
  use (g);
  if (check ())
    g = 0;
  else
    g = 0;
}

int
format_error (int code)
{
  char buf[64];
  buf[0] = (char) code;
  buf[1] = 0;
  errbuf = buf; /* { dg-warning "address of local variable 'buf' may escape from 'format_error' into static variable 'errbuf'" } */
  if (code > 0)
    {
      errbuf = 0;
      return 0;
    }
  return -1;
}
