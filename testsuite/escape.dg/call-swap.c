/* { dg-do compile } */
/* A callee returns what a location held before it wrote it: the
   "swap in, swap back" of a current context, a pop that takes the top
   off.  The value returned is the old one, not what the callee stored.  */

struct ctx { int depth; };

static struct ctx *current;
int work (void);

struct ctx *
ctx_swap (struct ctx *c) /* { dg-bogus "to result" } */
{
  struct ctx *old = current;
  current = c;
  return old;
}

int
with_context (void)
{
  struct ctx mine = { 0 };
  struct ctx *old = ctx_swap (&mine);
  int r = work ();
  ctx_swap (old); /* { dg-bogus "escape" "the old context is put back" } */
  return r;
}

int
with_context_kept (void)
{
  struct ctx mine = { 0 };
  ctx_swap (&mine); /* { dg-warning "'mine' escapes from 'with_context_kept' into static variable 'current'" } */
  return work ();
}

struct stack { int *top; };

int *
pop (struct stack *s)
{
  int *t = s->top;
  s->top = 0;
  return t;
}

int *
pop_returns_the_top (struct stack *s)
{
  return pop (s); /* { dg-bogus "escape" "the caller's own top" } */
}

int
pushed_and_popped (struct stack *s)
{
  int x = 1;
  s->top = &x;
  int *p = pop (s); /* { dg-bogus "escape" "taken off again" } */
  return *p;
}

int *
popped_and_returned (struct stack *s)
{
  int x = 1;
  s->top = &x;
  /* Surely, but a call's result is not tracked path by path: "may".  */
  return pop (s); /* { dg-warning "'x' may escape via the return value of 'popped_and_returned'" } */
}
