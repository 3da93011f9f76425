/* { dg-do compile } */
/* A thread that could not be started keeps nothing: on the path where
   pthread_create returned an error, its argument was not captured (the
   usual "if (pthread_create (...) != 0) return -1;").  So for the other
   functions that keep an argument and report failure by a non-zero
   result (atexit, on_exit, pthread_setspecific).  */

#include <pthread.h>
#include <stdlib.h>

void *worker (void *arg);

int
start_or_fail (void)
{
  pthread_t t;
  int job = 0;
  if (pthread_create (&t, NULL, worker, &job) != 0) /* { dg-bogus "escape" "not started, or joined" } */
    return -1;
  pthread_join (t, NULL);
  return job;
}

int
start_with_status (void)
{
  pthread_t t;
  int job = 0;
  int rc = pthread_create (&t, NULL, worker, &job); /* { dg-bogus "escape" } */
  if (rc)
    return rc;
  pthread_join (t, NULL);
  return job;
}

int
start_and_forget (void)
{
  pthread_t t;
  int job = 0;
  if (pthread_create (&t, NULL, worker, &job)) /* { dg-warning "'job' may escape from 'start_and_forget', captured by 'pthread_create'" "running when started" } */
    return -1;
  return 0;
}

int
join_on_the_wrong_path (void)
{
  pthread_t t;
  int job = 0;
  if (pthread_create (&t, NULL, worker, &job) == 0) /* { dg-warning "'job' may escape from 'join_on_the_wrong_path', captured by 'pthread_create'" } */
    return 0;
  pthread_join (t, NULL);
  return job;
}

int
start_unchecked (void)
{
  pthread_t t;
  int job = 0;
  pthread_create (&t, NULL, worker, &job); /* { dg-warning "'job' escapes from 'start_unchecked', captured by 'pthread_create'" } */
  return 0;
}

int
start_all_or_stop (pthread_t *threads, int n)
{
  static int shared;
  int job = 0;
  for (int i = 0; i < n; i++)
    if (pthread_create (&threads[i], NULL, worker, &job) != 0) /* { dg-warning "'job' may escape from 'start_all_or_stop', captured by 'pthread_create'" "the started ones still run" } */
      break;
  return shared;
}

void
register_handler_state (void)
{
  static int ok;
  char key[8] = "k";
  pthread_key_t k;
  if (pthread_key_create (&k, NULL) != 0)
    return;
  if (pthread_setspecific (k, key) != 0) /* { dg-warning "'key' may escape from 'register_handler_state', captured by 'pthread_setspecific'" "kept when it succeeded" } */
    return;
  ok = 1;
}
