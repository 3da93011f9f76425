/* { dg-do compile } */
/* A pointer that held a local's address but is repointed to non-stack
   memory on every path before the return does not escape the local;
   repointed on only some paths, it does.  */

int global_a, global_b;

int *
repointed_always (int c)
{
  int x = c;
  int *p = &x;
  *p += 1;
  if (x > 5)
    p = &global_a;
  else
    p = &global_b;
  return p; /* { dg-bogus "escapes" } */
}

int *
repointed_after_loop (int n)
{
  int sum = 0, i;
  int *p = &sum;
  for (i = 0; i < n; i++)
    *p += i;
  global_a = sum;
  p = &global_a;
  return p; /* { dg-bogus "escapes" } */
}

int *
repointed_sometimes (int c)
{
  int x = c;
  int *p = &x;
  if (c > 5)
    p = &global_a;
  return p; /* { dg-warning "address of local variable 'x' may escape via the return value of 'repointed_sometimes'" } */
}

int *
repointed_in_loop (int n)
{
  int x = 0;
  int *p = &x;
  int i;
  for (i = 0; i < n; i++)
    p = &global_b;
  return p; /* { dg-warning "address of local variable 'x' may escape via the return value of 'repointed_in_loop'" } */
}

char *
nulled (void)
{
  char buf[8] = "abc";
  char *p = buf;
  global_a = p[1];
  p = 0;
  return p; /* { dg-bogus "escapes" } */
}
