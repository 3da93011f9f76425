/* { dg-do compile } */
/* Storing into memory that a global pointer points to: the memory is
   reachable from the global, so the address outlives the function.  */

struct session
{
  char *buffer;
  int *status;
  struct session *parent;
};

struct session *gp;
static struct session *cur_session;
static char static_buf[256];

void
attach_buffer (void)
{
  char buf[256];
  gp->buffer = buf; /* { dg-warning "address of local variable 'buf' escapes from 'attach_buffer' into memory reachable from global variable 'gp'" } */
}

void
attach_status (void)
{
  int status = 0;
  cur_session->parent->status = &status; /* { dg-warning "address of local variable 'status' escapes from 'attach_status' into memory reachable from static variable 'cur_session'" } */
}

void
attach_static_buffer (void)
{
  gp->buffer = static_buf; /* { dg-bogus "escapes" } */
}

void
attach_and_detach (void)
{
  char buf[256];
  gp->buffer = buf; /* { dg-bogus "escapes" } */
  buf[0] = 0;
  gp->buffer = static_buf;
}
