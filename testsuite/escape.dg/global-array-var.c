/* { dg-do compile } */
/* Element of a global array at a variable index.  */

#define NHANDLERS 16

struct handler { int id; };
struct handler *handlers[NHANDLERS];
static struct handler builtin_handlers[NHANDLERS];

void run_handlers (void);

void
install (int i)
{
  struct handler h = { i };
  handlers[i] = &h; /* { dg-warning "address of local variable 'h' may escape from 'install' into global variable 'handlers'" } */
  run_handlers ();
}

void
install_builtin (int i)
{
  builtin_handlers[i].id = i;
  handlers[i] = &builtin_handlers[i]; /* { dg-bogus "escapes" } */
}

void
install_all (int n)
{
  struct handler hs[NHANDLERS];
  int i;
  for (i = 0; i < n && i < NHANDLERS; i++)
    {
      hs[i].id = i;
      handlers[i] = &hs[i]; /* { dg-warning "address of local variable 'hs' may escape from 'install_all' into global variable 'handlers'" } */
    }
  run_handlers ();
}
