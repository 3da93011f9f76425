/* { dg-do compile } */
/* A realistic worker pool: two workers share a context on the stack of
   the function that starts them.  Joined on every path before returning:
   quiet.  An error path that returns before joining leaves the workers
   running with the dead frame: the context, and the results array it
   points to, may escape (the success path joins them).  A pool that keeps
   its thread ids in a struct on the stack and joins them all is quiet.  */

typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);

struct pool_ctx
{
  const char *name;
  int *results;
  int nresults;
  volatile int stop;
};

struct worker
{
  pthread_t tid;
  int index;
};

int open_queue (const char *);
void close_queue (int);
int drain_queue (int, int *, int);

static void *
pool_worker (void *arg)
{
  struct pool_ctx *ctx = arg;
  while (!ctx->stop)
    ctx->results[0]++;
  return 0;
}

int
run_pool (const char *name)
{
  struct pool_ctx ctx;
  int results[16];
  pthread_t w1, w2;
  ctx.name = name;
  ctx.results = results;
  ctx.nresults = 16;
  ctx.stop = 0;
  results[0] = 0;
  pthread_create (&w1, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  pthread_create (&w2, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  ctx.stop = 1;
  pthread_join (w1, 0);
  pthread_join (w2, 0);
  return results[0];
}

int
run_pool_with_queue (const char *name)
{
  struct pool_ctx ctx; /* { dg-message "'ctx' declared here" } */
  int results[16]; /* { dg-message "'results' declared here" } */
  pthread_t w1, w2;
  int q, n;
  ctx.name = name;
  ctx.results = results;
  ctx.nresults = 16;
  ctx.stop = 0;
  results[0] = 0;
  pthread_create (&w1, 0, pool_worker, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'run_pool_with_queue', captured by 'pthread_create'" } */
  /* { dg-warning "address of local variable 'results' may escape from 'run_pool_with_queue', captured by 'pthread_create'" "held by ctx" { target *-*-* } .-1 } */
  pthread_create (&w2, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  q = open_queue (name);
  if (q < 0)
    return -1; /* the workers still run with &ctx */
  n = drain_queue (q, results, 16);
  ctx.stop = 1;
  pthread_join (w1, 0);
  pthread_join (w2, 0);
  close_queue (q);
  return n;
}

int
run_pool_fixed (const char *name)
{
  struct pool_ctx ctx;
  int results[16];
  pthread_t w1, w2;
  int q, n = -1;
  ctx.name = name;
  ctx.results = results;
  ctx.nresults = 16;
  ctx.stop = 0;
  results[0] = 0;
  pthread_create (&w1, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  pthread_create (&w2, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  q = open_queue (name);
  if (q >= 0)
    {
      n = drain_queue (q, results, 16);
      close_queue (q);
    }
  ctx.stop = 1;
  pthread_join (w1, 0);
  pthread_join (w2, 0);
  return n;
}

int
run_workers_in_struct (const char *name)
{
  struct pool_ctx ctx;
  struct worker a, b;
  int results[4];
  ctx.name = name;
  ctx.results = results;
  ctx.nresults = 4;
  ctx.stop = 0;
  results[0] = 0;
  a.index = 0;
  b.index = 1;
  pthread_create (&a.tid, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  pthread_create (&b.tid, 0, pool_worker, &ctx); /* { dg-bogus "escape" } */
  ctx.stop = 1;
  pthread_join (a.tid, 0);
  pthread_join (b.tid, 0);
  return results[0];
}
