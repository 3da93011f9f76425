/* { dg-do compile } */
/* Certainty of captured escapes: certain when at every return the
   capturing function can only hold the local's address (a thread never
   joined or detached, an unconditional putenv); "may escape" when the
   thread is joined on some paths only, the capturing call happens on some
   paths only, or it is given one of several addresses.  */

typedef __SIZE_TYPE__ size_t;
typedef unsigned long pthread_t;
typedef struct FILE FILE;
extern FILE *stdout;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
int pthread_detach (pthread_t);
int putenv (char *);
int setvbuf (FILE *, char *, int, size_t);

void *worker (void *);

void
never_joined (void)
{
  pthread_t t;
  int ctx = 0; /* { dg-message "'ctx' declared here" } */
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'never_joined', captured by 'pthread_create'" } */
}

void
detached (void)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'detached', captured by 'pthread_create'" } */
  pthread_detach (t);
}

void
joined_if_ok (int ok)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'joined_if_ok', captured by 'pthread_create'" } */
  if (ok)
    pthread_join (t, 0);
}

void
started_if_ok (int ok)
{
  pthread_t t;
  int ctx = 0;
  if (ok)
    pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'started_if_ok', captured by 'pthread_create'" } */
}

int
joined_always (int ok)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  if (ok)
    ctx = 1;
  pthread_join (t, 0);
  return ctx;
}

int
env_always (void)
{
  char entry[] = "MODE=fast";
  return putenv (entry); /* { dg-warning "address of local variable 'entry' escapes from 'env_always', captured by 'putenv'" } */
}

int
env_if_override (int override)
{
  char entry[] = "MODE=fast";
  if (override)
    return putenv (entry); /* { dg-warning "address of local variable 'entry' may escape from 'env_if_override', captured by 'putenv'" } */
  return 0;
}

int
env_one_of_two (int fast)
{
  char a[] = "MODE=fast";
  char b[] = "MODE=slow";
  return putenv (fast ? a : b); /* { dg-warning "address of local variable 'a' may escape from 'env_one_of_two', captured by 'putenv'" } */
  /* { dg-warning "address of local variable 'b' may escape from 'env_one_of_two', captured by 'putenv'" "b" { target *-*-* } .-1 } */
}

void
buffer_or_library_default (int big)
{
  char buf[8192];
  setvbuf (stdout, big ? buf : 0, 0, sizeof buf); /* { dg-warning "address of local variable 'buf' may escape from 'buffer_or_library_default', captured by 'setvbuf'" } */
}
