/* { dg-do compile } */
/* A thread joined by a helper of the unit (not declared inline) is
   joined: the helper's body is read at the call, so its pthread_join
   finds the thread.  A helper that joins on some paths only, or that
   detaches, leaves the thread running with the address.  */

#include <pthread.h>
#include <stddef.h>

struct job
{
  int n;
  int result;
};

static void *
worker (void *arg)
{
  struct job *j = arg;
  j->result = j->n * 2;
  return NULL;
}

static void
join_thread (pthread_t t)
{
  pthread_join (t, NULL);
}

static int
join_handle (pthread_t *t)
{
  return pthread_join (*t, NULL);
}

static void
join_if (pthread_t t, int wait)
{
  if (wait)
    pthread_join (t, NULL);
}

static void
let_go (pthread_t t)
{
  pthread_detach (t);
}

int
by_value (void)
{
  struct job j = { 21, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &j) != 0) /* { dg-bogus "escape" } */
    return -1;
  join_thread (t);
  return j.result;
}

int
by_pointer (void)
{
  struct job j = { 21, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &j) != 0) /* { dg-bogus "escape" } */
    return -1;
  if (join_handle (&t) != 0)
    return -1;
  return j.result;
}

int
sometimes (int wait)
{
  struct job j = { 21, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &j) != 0) /* { dg-warning "address of local variable 'j' may escape from 'sometimes', captured by 'pthread_create'" } */
    return -1;
  join_if (t, wait);
  return 0;
}

int
detached (void)
{
  struct job j = { 21, 0 };
  pthread_t t;
  if (pthread_create (&t, NULL, worker, &j) != 0) /* { dg-warning "address of local variable 'j' (may )?escape" } */
    return -1;
  let_go (t);
  return 0;
}
