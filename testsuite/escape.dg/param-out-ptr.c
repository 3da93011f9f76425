/* { dg-do compile } */
/* *out = &x stores a local's address into the caller's memory.  Heap,
   global and parameter values stored through *out are fine.  */

void *malloc (__SIZE_TYPE__);

int global_default;

void
get_local (int **out)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  *out = &x; /* { dg-warning "address of local variable 'x' escapes from 'get_local' through parameter 'out'" } */
}

void
get_heap (int **out)
{
  int *p = malloc (sizeof *p);
  *out = p; /* { dg-bogus "escapes" } */
}

void
get_global (int **out)
{
  *out = &global_default; /* { dg-bogus "escapes" } */
}

void
get_param (int **out, int *value)
{
  *out = value; /* { dg-bogus "escapes" } */
}

int
get_local_array (char **out)
{
  char name[32] = "local";
  *out = name; /* { dg-warning "address of local variable 'name' escapes from 'get_local_array' through parameter 'out'" } */
  return 0;
}
