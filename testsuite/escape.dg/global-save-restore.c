/* { dg-do compile } */
/* The common save/restore idiom: a global "current context" pointer is
   pointed at a stack object for the duration of a call and restored to
   its previous value before returning.  Forgetting the restore on one
   path is a bug.  */

struct ctx
{
  struct ctx *prev;
  const char *name;
  int errors;
};

struct ctx *current_ctx;

int do_work (void);

int
with_context (const char *name)
{
  struct ctx c;
  struct ctx *saved = current_ctx;
  int rc;
  c.prev = saved;
  c.name = name;
  c.errors = 0;
  current_ctx = &c; /* { dg-bogus "escapes" } */
  rc = do_work ();
  current_ctx = saved;
  return rc;
}

int
with_context_leaky (const char *name)
{
  struct ctx c;
  struct ctx *saved = current_ctx;
  c.prev = saved;
  c.name = name;
  c.errors = 0;
  current_ctx = &c; /* { dg-warning "address of local variable 'c' may escape from 'with_context_leaky' into global variable 'current_ctx'" } */
  if (do_work () < 0)
    return -1;
  current_ctx = saved;
  return 0;
}

int
with_context_prev (const char *name)
{
  struct ctx c;
  int rc;
  c.prev = current_ctx;
  c.name = name;
  c.errors = 0;
  current_ctx = &c; /* { dg-bogus "escapes" } */
  rc = do_work ();
  current_ctx = c.prev;
  return rc;
}
