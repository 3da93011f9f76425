/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=captured" } */
/* -fplugin-arg-escape-disable=captured: addresses kept by library
   functions are not reported; the other kinds still are.  */

typedef __SIZE_TYPE__ size_t;
typedef unsigned long pthread_t;
typedef struct FILE FILE;
extern FILE *stdout;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int putenv (char *);
int setvbuf (FILE *, char *, int, size_t);
char *strtok (char *, const char *);
int on_exit (void (*) (int, void *), void *);

void *worker (void *);
void bye (int, void *);
int *last;

void
captures_only (void)
{
  pthread_t t;
  int ctx = 0;
  char env[] = "A=1";
  char buf[256];
  char line[] = "a b c";
  pthread_create (&t, 0, worker, &ctx); /* { dg-bogus "escape" } */
  putenv (env); /* { dg-bogus "escape" } */
  setvbuf (stdout, buf, 0, sizeof buf); /* { dg-bogus "escape" } */
  strtok (line, " "); /* { dg-bogus "escape" } */
  on_exit (bye, &ctx); /* { dg-bogus "escape" } */
}

int *
other_kinds_still_reported (int **out)
{
  pthread_t t;
  int x = 0;
  pthread_create (&t, 0, worker, &x); /* { dg-bogus "escape" } */
  last = &x; /* { dg-warning "address of local variable 'x' escapes from 'other_kinds_still_reported' into global variable 'last'" } */
  *out = &x; /* { dg-warning "address of local variable 'x' escapes from 'other_kinds_still_reported' through parameter 'out'" } */
  return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'other_kinds_still_reported'" } */
}
