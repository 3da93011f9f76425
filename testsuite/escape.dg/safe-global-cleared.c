/* { dg-do compile } */
/* The address of a local is published in a global (or a static) while
   the function runs and the global is reset on every path before the
   function returns: flow-sensitive at exit, so nothing may warn.  */

struct handler { int (*fn) (void *); void *arg; };

int *current_value;
static char *current_line;
struct handler active;
extern void dispatch (void);
extern int step (void);

int
with_value (int v)
{
  int local = v;
  current_value = &local;
  dispatch ();
  current_value = 0;
  return local;  /* { dg-bogus "escapes" } */
}

void
with_line (const char *src)
{
  char line[80];
  int i;
  for (i = 0; i < 79 && src[i]; i++)
    line[i] = src[i];
  line[i] = '\0';
  current_line = line;
  if (step ())
    {
      current_line = 0;
      return;
    }
  dispatch ();
  current_line = "";
}

static int
noop (void *p)
{
  return p != 0;
}

int
install_and_run (int n)
{
  int state = n;
  int r = 0;
  active.fn = noop;
  active.arg = &state;
  while (step () && n-- > 0)
    r += active.fn (active.arg);
  active.arg = 0;  /* { dg-bogus "escapes" } */
  return r;
}

void
nested_save (void)
{
  int inner = 1;
  int *saved = current_value;
  current_value = &inner;
  dispatch ();
  current_value = saved;  /* { dg-bogus "escapes" } */
}
