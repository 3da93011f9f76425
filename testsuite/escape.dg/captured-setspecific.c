/* { dg-do compile } */
/* pthread_setspecific keeps its value in the calling thread's
   thread-specific data.  A request handler that publishes a context on
   its own stack leaves the key pointing into a dead frame; heap and
   static contexts, NULL and integer values are fine, and so is the
   caller's pointer.  The key itself is passed by value.  */

typedef __SIZE_TYPE__ size_t;
typedef unsigned int pthread_key_t;
int pthread_setspecific (pthread_key_t, const void *);
void *pthread_getspecific (pthread_key_t);
void *malloc (size_t);
void process_request (void);

struct request_ctx
{
  int id;
  const char *user;
};

static pthread_key_t ctx_key;
static pthread_key_t depth_key;
static struct request_ctx default_ctx;

void
handle_request_buggy (int id, const char *user)
{
  struct request_ctx ctx; /* { dg-message "'ctx' declared here" } */
  ctx.id = id;
  ctx.user = user;
  pthread_setspecific (ctx_key, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'handle_request_buggy', captured by 'pthread_setspecific'" } */
  process_request ();
}

int
handle_request_heap (int id, const char *user)
{
  struct request_ctx *ctx = malloc (sizeof *ctx);
  if (!ctx)
    return -1;
  ctx->id = id;
  ctx->user = user;
  pthread_setspecific (ctx_key, ctx); /* { dg-bogus "escape" } */
  process_request ();
  return 0;
}

void
use_defaults (void)
{
  pthread_setspecific (ctx_key, &default_ctx); /* { dg-bogus "escape" } */
}

void
clear_and_count (long depth)
{
  pthread_setspecific (ctx_key, 0); /* { dg-bogus "escape" } */
  pthread_setspecific (depth_key, (void *) (depth + 1)); /* { dg-bogus "escape" } */
}

void
install_callers (struct request_ctx *ctx)
{
  pthread_setspecific (ctx_key, ctx); /* { dg-bogus "escape" } */
}

void
handle_with_local_user (int id)
{
  char user[32] = "anonymous"; /* { dg-message "'user' declared here" } */
  struct request_ctx *ctx = malloc (sizeof *ctx); /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  ctx->id = id;
  ctx->user = user;
  pthread_setspecific (ctx_key, ctx); /* { dg-warning "address of local variable 'user' escapes from 'handle_with_local_user', captured by 'pthread_setspecific'" } */
  process_request ();
}
