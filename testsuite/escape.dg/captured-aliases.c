/* { dg-do compile } */
/* The captured address is followed like any other: through copies into
   other locals, casts (also through uintptr_t), pointer arithmetic and
   fields of the object.  A pointer that held a local's address but was
   repointed to static memory before the call is fine.  */

typedef __SIZE_TYPE__ size_t;
typedef __UINTPTR_TYPE__ uintptr_t;
typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int putenv (char *);
int snprintf (char *, size_t, const char *, ...);

struct task
{
  int id;
  struct { int lo, hi; } range;
};

void *worker (void *);

static char fallback_entry[] = "MODE=safe";

void
through_copies (int id)
{
  pthread_t t;
  struct task task;
  struct task *p = &task;
  void *arg = p;
  task.id = id;
  pthread_create (&t, 0, worker, arg); /* { dg-warning "address of local variable 'task' escapes from 'through_copies', captured by 'pthread_create'" } */
}

void
through_uintptr (int id)
{
  pthread_t t;
  struct task task;
  uintptr_t bits = (uintptr_t) &task;
  task.id = id;
  pthread_create (&t, 0, worker, (void *) bits); /* { dg-warning "address of local variable 'task' escapes from 'through_uintptr', captured by 'pthread_create'" } */
}

void
field_address (int lo, int hi)
{
  pthread_t t;
  struct task task;
  task.range.lo = lo;
  task.range.hi = hi;
  pthread_create (&t, 0, worker, &task.range); /* { dg-warning "address of local variable 'task' escapes from 'field_address', captured by 'pthread_create'" } */
}

int
pointer_arithmetic (const char *value)
{
  char buf[80];
  char *entry = buf + 2;
  buf[0] = buf[1] = ' ';
  snprintf (entry, sizeof buf - 2, "MODE=%s", value);
  return putenv (entry); /* { dg-warning "address of local variable 'buf' escapes from 'pointer_arithmetic', captured by 'putenv'" } */
}

int
repointed_before_call (const char *value)
{
  char buf[80];
  char *entry = buf;
  snprintf (entry, sizeof buf, "MODE=%s", value);
  if (buf[5] == 0)
    entry = fallback_entry;
  else
    entry = fallback_entry + 0;
  return putenv (entry); /* { dg-bogus "escape" } */
}
