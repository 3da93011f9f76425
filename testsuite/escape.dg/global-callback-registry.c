/* { dg-do compile } */
/* A realistic bug: registering a callback descriptor that lives on the
   stack in a global registry, beside the correct static version.  */

struct callback
{
  void (*fn) (void *);
  void *arg;
  struct callback *next;
};

static struct callback *callbacks;

static void on_exit_flush (void *arg) { (void) arg; }

void
register_flush (void *stream)
{
  struct callback cb; /* { dg-message "'cb' declared here" } */
  cb.fn = on_exit_flush;
  cb.arg = stream;
  cb.next = callbacks;
  callbacks = &cb; /* { dg-warning "address of local variable 'cb' escapes from 'register_flush' into static variable 'callbacks'" } */
}

void
register_flush_fixed (void *stream)
{
  static struct callback cb;
  cb.fn = on_exit_flush;
  cb.arg = stream;
  cb.next = callbacks;
  callbacks = &cb; /* { dg-bogus "escapes" } */
}

void
register_with_local_arg (void)
{
  static struct callback cb;
  int token = 0;
  cb.fn = on_exit_flush;
  cb.arg = &token; /* { dg-warning "address of local variable 'token' escapes from 'register_with_local_arg' into static variable 'cb'" } */
  cb.next = callbacks;
  callbacks = &cb;
}
