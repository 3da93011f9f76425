/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* Go-style notes on parameters: "leaking param: p" and where to, or
   "p does not escape".  */

int *g;
struct node { struct node *next; };

void
stores (int *p) /* { dg-message "leaking param: p into 'g'" } */
{
  g = p;
}

int *
returns (int *p) /* { dg-message "leaking param: p to result" } */
{
  return p;
}

int
reads (int *p) /* { dg-message "p does not escape" } */
{
  return *p;
}

void
links (struct node *head, struct node *n) /* { dg-message "leaking param: n into the memory that parameter 'head' points to" } */
/* { dg-message "head does not escape" "head" { target *-*-* } .-1 } */
{
  head->next = n;
}
