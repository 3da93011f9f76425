/* { dg-do compile } */
/* A return of a local buffer or a string literal returns the buffer
   only on some paths: it may escape, through a callee too.  A return
   statement of the buffer alone returns it, whatever the other returns
   do.  */

#include <stdio.h>

const char *
describe (int code)
{
  char buf[32];
  if (code == 0)
    return "ok";
  snprintf (buf, sizeof buf, "error %d", code);
  return buf; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'describe'" } */
}

const char *
pick (int c)
{
  char buf[16] = "x";
  return c ? buf : "default"; /* { dg-warning "address of local variable 'buf' may escape via the return value of 'pick'" } */
}

static const char *
or_default (const char *s, int c)
{
  return c ? s : "default";
}

const char *
through_callee (int c)
{
  char buf[16] = "x";
  return or_default (buf, c); /* { dg-warning "address of local variable 'buf' may escape via the return value of 'through_callee'" } */
}

const char *
always (void)
{
  char buf[16] = "x";
  const char *s = buf;
  return s; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'always'" } */
}
