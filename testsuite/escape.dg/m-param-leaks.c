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

/* What a parameter's memory holds, moved within that memory, leaves
   nothing the caller did not have: no leak.  */
struct counted { int *items; unsigned long len; int *last; };

void
counts (struct counted *v) /* { dg-message "v does not escape" } */
/* { dg-bogus "leaking param" "a counter bumped" { target *-*-* } .-1 } */
{
  v->len++;
}

void
remembers_first (struct counted *v) /* { dg-message "v does not escape" } */
/* { dg-bogus "leaking param" "moved within its memory" { target *-*-* } .-1 } */
{
  v->last = v->items;
}

/* A store on some paths only, which a call does not apply (the policy
   of calls), still leaks the parameter.  */
struct ring { void *slot[8]; unsigned n; };

void
offer (struct ring *r, void *p) /* { dg-message "leaking param: p into the memory that parameter 'r' points to" } */
/* { dg-bogus "p does not escape" "stored when there is room" { target *-*-* } .-1 } */
{
  if (r->n < 8)
    r->slot[r->n++] = p;
}
