/* extra.c -- built from build/ (test fixture for escape-report).  */
#include "../include/ring.h"

void
extra_tick (struct ring *r)
{
  ring_mark (r);
}
