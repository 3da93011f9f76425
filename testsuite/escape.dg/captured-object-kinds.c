/* { dg-do compile } */
/* Every kind of stack object can be captured: an address-taken
   parameter, a variable-length array, alloca memory and a compound
   literal.  The warning names the object as the other kinds do and the
   note points at its declaration.  */

typedef __SIZE_TYPE__ size_t;
typedef unsigned long pthread_t;
typedef struct FILE FILE;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
int putenv (char *);
int setvbuf (FILE *, char *, int, size_t);
char *strcpy (char *, const char *);

struct job
{
  int id;
  int result;
};

void *worker (void *);

int
spawn_with_param (int arg) /* { dg-message "'arg' declared here" } */
{
  pthread_t t;
  arg++;
  return pthread_create (&t, 0, worker, &arg); /* { dg-warning "address of parameter 'arg' escapes from 'spawn_with_param', captured by 'pthread_create'" } */
}

int
spawn_with_param_joined (int arg)
{
  pthread_t t;
  pthread_create (&t, 0, worker, &arg); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  return arg;
}

int
env_from_vla (int n, const char *s)
{
  char buf[n + 1]; /* { dg-message "'buf' declared here" } */
  strcpy (buf, s);
  return putenv (buf); /* { dg-warning "address of variable-length array 'buf' escapes from 'env_from_vla', captured by 'putenv'" } */
}

void
buffer_from_alloca (FILE *f, size_t n)
{
  char *b = __builtin_alloca (n); /* { dg-message "allocated here by 'alloca'" } */
  setvbuf (f, b, 0, n); /* { dg-warning "address of memory allocated by 'alloca' escapes from 'buffer_from_alloca', captured by 'setvbuf'" } */
}

void
spawn_with_literal (int id)
{
  pthread_t t;
  struct job *j = &(struct job) { id, 0 }; /* { dg-message "compound literal defined here" } */
  pthread_create (&t, 0, worker, j); /* { dg-warning "address of compound literal escapes from 'spawn_with_literal', captured by 'pthread_create'" } */
}
