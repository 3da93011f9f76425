/* A ring of recent entries, shared by the units of the project.  */
#ifndef RING_H
#define RING_H

struct ring
{
  int *last;
  int count;
};

static inline void
ring_mark (struct ring *r)
{
  int mark = r->count;
  r->last = &mark;
}

#endif
