/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=param" } */
/* -fplugin-arg-escape-disable=param: stores through parameters are not
   reported; escapes via the return value and into globals still are.  */

struct list { int *item; struct list *next; };

int *last;

void
out_param (int **out)
{
  int x = 0;
  *out = &x;  /* { dg-bogus "escapes" } */
}

void
link_param (struct list *l, int *arr[], int i)
{
  struct list node = { 0, 0 };
  int v = 1;
  l->next = &node;  /* { dg-bogus "escapes" } */
  arr[i] = &v;  /* { dg-bogus "escapes" } */
}

int *
return_still_reported (int **out)
{
  int x = 0;
  *out = &x;  /* { dg-bogus "escapes" } */
  return &x;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'return_still_reported'" } */
}

void
global_still_reported (int **out)
{
  int y = 0;
  *out = &y;  /* { dg-bogus "escapes" } */
  last = &y;  /* { dg-warning "address of local variable 'y' escapes from 'global_still_reported' into global variable 'last'" } */
}
