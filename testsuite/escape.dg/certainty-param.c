/* { dg-do compile } */
/* Certainty of escapes through parameters: certain when at every return
   the caller's memory can only hold the local's address; "may escape"
   when it is stored or overwritten on some paths only, or stored as one
   of several values.  A realistic out-parameter API that fills *out and
   resets it on the error path only is uncertain.  Stored by different
   statements on every path (a loop's early exit and the normal exit):
   certain, reported once at the first store.  */

struct node
{
  int value;
  struct node *next;
};

int validate (struct node *);

void
out_param (int **out)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  *out = &x; /* { dg-warning "address of local variable 'x' escapes from 'out_param' through parameter 'out'" } */
}

void
out_param_some_paths (int **out, int c)
{
  int x = 0;
  if (c)
    *out = &x; /* { dg-warning "address of local variable 'x' may escape from 'out_param_some_paths' through parameter 'out'" } */
}

void
out_param_reset_some_paths (int **out, int c)
{
  int x = 0;
  *out = &x; /* { dg-warning "address of local variable 'x' may escape from 'out_param_reset_some_paths' through parameter 'out'" } */
  if (c)
    *out = 0;
}

void
out_param_reset_always (int **out)
{
  int x = 0;
  *out = &x; /* { dg-bogus "escape" } */
  *out = 0;
}

void
out_param_one_of_two (int **out, int c)
{
  int x = 0, y = 0;
  *out = c ? &x : &y; /* { dg-warning "address of local variable 'x' may escape from 'out_param_one_of_two' through parameter 'out'" } */
  /* { dg-warning "address of local variable 'y' may escape from 'out_param_one_of_two' through parameter 'out'" "y" { target *-*-* } .-1 } */
}

int
append_checked (struct node *head, int value)
{
  struct node n;
  n.value = value;
  n.next = 0;
  head->next = &n; /* { dg-warning "address of local variable 'n' may escape from 'append_checked' through parameter 'head'" } */
  if (!validate (head))
    {
      head->next = 0;
      return -1;
    }
  return 0;
}

void
link_always (struct node *head)
{
  struct node n;
  n.value = 0;
  n.next = 0;
  head->next = &n; /* { dg-warning "address of local variable 'n' escapes from 'link_always' through parameter 'head'" } */
}

int ready (void);
void wait_a_bit (void);

void
stored_on_every_path (int **out)
{
  int status = 0;
  while (!ready ())
    {
      if (status++ > 3)
	{
	  *out = &status; /* { dg-warning "address of local variable 'status' escapes from 'stored_on_every_path' through parameter 'out'" } */
	  return;
	}
      wait_a_bit ();
    }
  *out = &status; /* { dg-bogus "escape" } */
}
