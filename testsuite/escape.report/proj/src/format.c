/* format.c -- formatting helpers (test fixture for escape-report).  */
#include <stdio.h>
#include "../include/ring.h"

struct handler
{
  void (*fn) (void);
};

struct handler *g_handlers[8];
int *g_slot;
int g_n;

const char *
format_id (int id)
{
  char buf[32];
  snprintf (buf, sizeof buf, "id-%d", id);
  return buf;
}

void
register_handler (void (*fn) (void))
{
  struct handler h = { fn };
  g_handlers[g_n++] = &h;
}

int
naïve_café (struct ring *r)
{
  ring_mark (r);
  return r->count;
}

void
$odd_name$ (int c)
{
  if (c)
    g_slot = (int[]){ 1, 2 };
  else
    g_slot = (int[]){ 3, 4 };
}
