/* parse.c -- a line parser (test fixture for escape-report).  */
#include <pthread.h>
#include "../include/ring.h"

static void *worker (void *arg) { return arg; }

void
parse_line (const char **out)
{
  char line[128] = "key=value";
  *out = line;
}

int
spawn_worker (pthread_t *t, struct ring *r)
{
  int ctx = 0;
  ring_mark (r);
  return pthread_create (t, 0, worker, &ctx);
}

int
use_after_scope (int n)
{
  int *p;
  {
    int x = n;
    p = &x;
  }
  return *p;
}

int
big_table (int i)
{
  return i;
}
