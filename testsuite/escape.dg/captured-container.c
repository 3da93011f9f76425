/* { dg-do compile } */
/* A captured object that holds the addresses of other locals makes them
   escape too, with a note naming the container: a local context struct
   pointing at a local results array, a heap record pointing at a local
   buffer.  When the thread is joined, neither is reported.  */

typedef __SIZE_TYPE__ size_t;
typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
void *malloc (size_t);

struct ctx
{
  int *out;
  int n;
};

void *fill (void *);

void
start_filler (void)
{
  pthread_t t;
  int results[8]; /* { dg-message "'results' declared here" } */
  struct ctx c = { results, 8 }; /* { dg-message "its address is held by local variable 'c', which escapes" } */
  pthread_create (&t, 0, fill, &c); /* { dg-warning "address of local variable 'c' escapes from 'start_filler', captured by 'pthread_create'" } */
  /* { dg-warning "address of local variable 'results' escapes from 'start_filler', captured by 'pthread_create'" "held by c" { target *-*-* } .-1 } */
}

void
start_filler_heap (void)
{
  pthread_t t;
  int results[8]; /* { dg-message "'results' declared here" } */
  struct ctx *c = malloc (sizeof *c); /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  c->out = results;
  c->n = 8;
  pthread_create (&t, 0, fill, c); /* { dg-warning "address of local variable 'results' escapes from 'start_filler_heap', captured by 'pthread_create'" } */
}

int
fill_and_wait (void)
{
  pthread_t t;
  int results[8];
  struct ctx c = { results, 8 };
  results[0] = 0;
  pthread_create (&t, 0, fill, &c); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  return results[0];
}

int
heap_record_joined (void)
{
  pthread_t t;
  int results[8];
  struct ctx *c = malloc (sizeof *c);
  c->out = results;
  c->n = 8;
  results[0] = 0;
  pthread_create (&t, 0, fill, c); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  return results[0];
}
