/* { dg-do compile } */
/* pthread_create keeps its last argument in the new thread until that
   thread is joined.  A local context handed to a thread that is never
   joined, or that is detached, escapes, captured by 'pthread_create'; one
   whose thread is joined before the function returns does not.  The
   thread id and the attributes, also passed by address, are not kept.
   Heap, static and global contexts, the caller's memory, NULL and integers
   cast to pointers are fine.  */

typedef unsigned long pthread_t;
typedef struct { long opaque[7]; } pthread_attr_t;
int pthread_create (pthread_t *, const pthread_attr_t *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
int pthread_detach (pthread_t);
int pthread_attr_init (pthread_attr_t *);
void *malloc (__SIZE_TYPE__);

struct job
{
  int id;
  int result;
};

static struct job static_job;
struct job global_job;

static void *
run_job (void *arg)
{
  struct job *j = arg;
  j->result = j->id * 2;
  return 0;
}

static void *
run_index (void *arg)
{
  long i = (long) arg;
  return (void *) (i + 1);
}

void
fire_and_forget (int id)
{
  pthread_t t;
  struct job job; /* { dg-message "'job' declared here" } */
  job.id = id;
  job.result = 0;
  pthread_create (&t, 0, run_job, &job); /* { dg-warning "address of local variable 'job' escapes from 'fire_and_forget', captured by 'pthread_create'" } */
}

void
detached (int id)
{
  pthread_t t;
  struct job job;
  job.id = id;
  job.result = 0;
  pthread_create (&t, 0, run_job, &job); /* { dg-warning "address of local variable 'job' escapes from 'detached', captured by 'pthread_create'" } */
  pthread_detach (t);
}

int
run_and_wait (int id)
{
  pthread_t t; /* { dg-bogus "declared here" } */
  struct job job;
  job.id = id;
  job.result = 0;
  pthread_create (&t, 0, run_job, &job); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  return job.result;
}

int
with_attributes (int id)
{
  pthread_t t;
  pthread_attr_t attr;
  struct job job;
  pthread_attr_init (&attr);
  job.id = id;
  job.result = 0;
  pthread_create (&t, &attr, run_job, &job); /* { dg-bogus "escape" } */
  pthread_join (t, 0);
  return job.result;
}

void
heap_job (int id)
{
  pthread_t t;
  struct job *job = malloc (sizeof *job);
  if (!job)
    return;
  job->id = id;
  job->result = 0;
  pthread_create (&t, 0, run_job, job); /* { dg-bogus "escape" } */
  pthread_detach (t);
}

void
static_and_global_jobs (void)
{
  pthread_t t1, t2;
  pthread_create (&t1, 0, run_job, &static_job); /* { dg-bogus "escape" } */
  pthread_create (&t2, 0, run_job, &global_job); /* { dg-bogus "escape" } */
  pthread_detach (t1);
  pthread_detach (t2);
}

void
null_or_integer_argument (int n)
{
  pthread_t t1, t2;
  pthread_create (&t1, 0, run_index, 0); /* { dg-bogus "escape" } */
  pthread_create (&t2, 0, run_index, (void *) (long) n); /* { dg-bogus "escape" } */
}

int
callers_job (struct job *job)
{
  pthread_t t;
  return pthread_create (&t, 0, run_job, job); /* { dg-bogus "escape" } */
}
