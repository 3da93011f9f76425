/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
/* At -fplugin-arg-escape-m=2 each "leaking param" note is followed by
   the statements that take the parameter out, as Go's -m -m prints
   "flow: {heap} = p:" and its "from" lines.  */

int *g;
struct node { struct node *next; int *data; };

void
stores (int *p) /* { dg-message "leaking param: p into 'g'" } */
{
  int *q = p;
  g = q;
}
/* { dg-message "  from q = p \\(assign\\) at \[^\n\]*:13:" "copy" { target *-*-* } 11 } */
/* { dg-message "  from g = q \\(assign\\) at \[^\n\]*:14:" "store" { target *-*-* } 11 } */

int *
returns (int *p) /* { dg-message "leaking param: p to result" } */
{
  return p;
}
/* { dg-message "  from return p \\(return\\) at \[^\n\]*:22:" "return" { target *-*-* } 20 } */

void
links (struct node *head, struct node *n) /* { dg-message "leaking param: n into the memory that parameter 'head' points to" } */
{
  n->next = head->next;
  head->next = n;
}
/* { dg-message "  from head->next = n \\(assign\\) at \[^\n\]*:30:" "link" { target *-*-* } 27 } */

int *
content (struct node *n) /* { dg-message "leaking param content: n to result" } */
{
  int *d = n->data;
  return d;
}
/* { dg-message "  from d = n->data \\(assign\\) at \[^\n\]*:37:" "load" { target *-*-* } 35 } */
/* { dg-message "  from return d \\(return\\) at \[^\n\]*:38:" "return of the content" { target *-*-* } 35 } */

static void odd (int *p, int n);

static void
even (int *p, int n) /* { dg-message "leaking param: p into 'g'" } */
{
  if (n == 0)
    g = p;
  else
    odd (p, n - 1);
}
/* { dg-message "  from g = p \\(assign\\) at \[^\n\]*:49:" "store" { target *-*-* } 46 } */

static void
odd (int *p, int n) /* { dg-message "leaking param: p into 'g'" } */
{
  if (n > 0)
    even (p, n - 1);
}
/* { dg-message "  from even\\(p, n - 1\\) \\(call parameter\\) at \[^\n\]*:59:" "call" { target *-*-* } 56 } */

void
start (int *p) /* { dg-message "leaking param: p into .g." } */
{
  even (p, 4);
}

int
reads (int *p) /* { dg-message "p does not escape" } */
{
  return *p; /* { dg-bogus "from" } */
}
/* { dg-message "  from even\\(p, 4\\) \\(call parameter\\) at \[^\n\]*:66:" "call of a summarized function" { target *-*-* } 64 } */
