/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-certainty=certain" } */
/* -fplugin-arg-escape-certainty=certain: only certain findings are
   reported, for every kind; the "may escape" ones are silent.  */

typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
int putenv (char *);

void *worker (void *);
int *g;
static int *cache;

int *
return_certain (void)
{
  int x = 1;
  return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'return_certain'" } */
}

int *
return_uncertain (int c)
{
  int x = 1, y = 2;
  return c ? &x : &y; /* { dg-bogus "escape" } */
}

int *
return_local_or_null (int c)
{
  int x = 1;
  return c ? &x : 0; /* { dg-bogus "escape" } */
}

void
global_certain (void)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'global_certain' into global variable 'g'" } */
}

void
global_uncertain (int c)
{
  int x = 0, y = 0;
  g = &x; /* { dg-bogus "escape" } */
  if (c)
    g = 0;
  if (c > 1)
    cache = &y; /* { dg-bogus "escape" } */
}

void
param_certain (int **out)
{
  int x = 0;
  *out = &x; /* { dg-warning "address of local variable 'x' escapes from 'param_certain' through parameter 'out'" } */
}

void
param_uncertain (int **out, int c)
{
  int x = 0;
  if (c)
    *out = &x; /* { dg-bogus "escape" } */
}

void
captured_certain (void)
{
  pthread_t t;
  int ctx = 0;
  pthread_create (&t, 0, worker, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'captured_certain', captured by 'pthread_create'" } */
}

void
captured_uncertain (int ok)
{
  pthread_t t;
  int ctx = 0;
  char entry[] = "A=1";
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  if (ok)
    pthread_join (t, 0);
  if (ok > 1)
    putenv (entry); /* { dg-bogus "escape" } */
}

int *
mixed_sinks (int **out, int c)
{
  int x = 0;
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'mixed_sinks' into global variable 'g'" } */
  if (c)
    *out = &x; /* { dg-bogus "escape" } */
  return c ? &x : 0; /* { dg-bogus "escape" } */
}
