/* { dg-do compile } */
/* Loops: a global that takes a local's address inside a loop and is
   cleared after the loop does not escape; leaving the loop (and the
   function) through a path that skips the reset does.  */

struct item { int key; };

struct item *cursor;

int visit (void);

void
scan (int n)
{
  struct item it;
  int i;
  for (i = 0; i < n; i++)
    {
      it.key = i;
      cursor = &it; /* { dg-bogus "escapes" } */
      visit ();
    }
  cursor = 0;
}

int
scan_until (int n)
{
  struct item it;
  int i;
  for (i = 0; i < n; i++)
    {
      it.key = i;
      cursor = &it; /* { dg-warning "address of local variable 'it' may escape from 'scan_until' into global variable 'cursor'" } */
      if (visit ())
        return i;
    }
  cursor = 0;
  return -1;
}

void
scan_reset_each (int n)
{
  struct item it;
  int i;
  for (i = 0; i < n; i++)
    {
      it.key = i;
      cursor = &it; /* { dg-bogus "escapes" } */
      visit ();
      cursor = 0;
    }
}
