/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=return,global,param,unknown" } */
/* Turning every other kind off leaves "captured" on; a local that leaves
   by several ways is reported only for the capture (with "return" off,
   GCC's own -Wreturn-local-addr reports the return again).  */

typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int putenv (char *);

void *worker (void *);
int *last;

int *
all_sinks (int **out)
{
  pthread_t t;
  int x = 0; /* { dg-message "'x' declared here" } */
  pthread_create (&t, 0, worker, &x); /* { dg-warning "address of local variable 'x' escapes from 'all_sinks', captured by 'pthread_create'" } */
  last = &x; /* { dg-bogus "escape" } */
  *out = &x; /* { dg-bogus "escape" } */
  return &x; /* { dg-warning "function returns address of local variable" "GCC's own warning is back" } */
  /* { dg-bogus "escape" "" { target *-*-* } .-1 } */
}

int
env_only (void)
{
  char entry[] = "HOME=/";
  return putenv (entry); /* { dg-warning "address of local variable 'entry' escapes from 'env_only', captured by 'putenv'" } */
}
