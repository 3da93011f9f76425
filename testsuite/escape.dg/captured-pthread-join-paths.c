/* { dg-do compile } */
/* A thread started with a local's address releases it only when that
   thread is joined on every path before the function returns.  Joined on
   both branches: quiet.  Joined on some paths only: "may escape".  Joined
   the wrong thread, or started again after the join: escapes.  The same
   local given to two threads is released once both are joined.  */

typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);

void *worker (void *);
int ready (void);
void log_error (const char *);

void
join_on_both_branches (void)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  if (ready ())
    pthread_join (t, 0);
  else
    {
      log_error ("not ready");
      pthread_join (t, 0);
    }
}

void
join_on_some_paths (int ok)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'join_on_some_paths', captured by 'pthread_create'" } */
  if (ok)
    pthread_join (t, 0);
}

int
early_return_before_join (void)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'early_return_before_join', captured by 'pthread_create'" } */
  if (!ready ())
    return -1;
  pthread_join (t, 0);
  return ctx;
}

void
joins_the_other_thread (void)
{
  pthread_t a, b;
  int ca = 0, cb = 0;
  pthread_create (&a, 0, worker, &ca); /* { dg-bogus "escape" } */
  pthread_create (&b, 0, worker, &cb); /* { dg-warning "address of local variable 'cb' escapes from 'joins_the_other_thread', captured by 'pthread_create'" } */
  pthread_join (a, 0);
}

int
two_threads_both_joined (void)
{
  pthread_t a, b;
  int shared = 0;
  pthread_create (&a, 0, worker, &shared); /* { dg-bogus "escape" } */
  pthread_create (&b, 0, worker, &shared); /* { dg-bogus "escape" } */
  pthread_join (a, 0);
  pthread_join (b, 0);
  return shared;
}

void
two_threads_one_joined (void)
{
  pthread_t a, b;
  int shared = 0;
  pthread_create (&a, 0, worker, &shared); /* { dg-bogus "escape" } */
  pthread_create (&b, 0, worker, &shared); /* { dg-warning "address of local variable 'shared' escapes from 'two_threads_one_joined', captured by 'pthread_create'" } */
  pthread_join (a, 0);
}

void
restarted_after_join (void)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  ctx = 1;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'restarted_after_join', captured by 'pthread_create'" } */
}

int
joined_through_a_copy_of_the_id (void)
{
  pthread_t t, saved;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  saved = t;
  log_error ("waiting");
  pthread_join (saved, 0);
  return ctx;
}
