/* { dg-do compile } */
/* An on-stack object registered in a global and unregistered again
   before the function returns, by helpers that are not inline.  */

struct waiter { struct waiter *next; int done; };
static struct waiter *waiting;

void
add_waiter (struct waiter *w)
{
  w->next = waiting;
  waiting = w; /* { dg-message "through the call to 'add_waiter'" } */
}

void
remove_waiter (void)
{
  waiting = 0;
}

extern void wait_for_event (void);

void
waits_properly (void)
{
  struct waiter w = { 0, 0 };
  add_waiter (&w); /* { dg-bogus "address of" } */
  wait_for_event ();
  remove_waiter ();
}

void
forgets_to_remove (int c)
{
  struct waiter w = { 0, 0 }; /* { dg-message "'w' declared here" } */
  add_waiter (&w); /* { dg-warning "address of local variable 'w' may escape from 'forgets_to_remove' into static variable 'waiting'" } */
  if (c)
    return;
  remove_waiter ();
}
