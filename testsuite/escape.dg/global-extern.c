/* { dg-do compile } */
/* Storing the address of a local into an extern global pointer warns,
   naming the global; storing heap, global or string-literal addresses
   into the same global does not.  */

void *malloc (__SIZE_TYPE__);

extern int *current_counter;
extern const char *current_name;
extern int shared_total;

void
start_count (void)
{
  int count = 0; /* { dg-message "'count' declared here" } */
  current_counter = &count; /* { dg-warning "address of local variable 'count' escapes from 'start_count' into global variable 'current_counter'" } */
}

void
start_count_heap (void)
{
  int *count = malloc (sizeof *count);
  if (count)
    *count = 0;
  current_counter = count; /* { dg-bogus "escapes" } */
}

void
start_count_shared (void)
{
  current_counter = &shared_total; /* { dg-bogus "escapes" } */
}

void
set_name (int verbose)
{
  current_name = verbose ? "verbose" : "quiet"; /* { dg-bogus "escapes" } */
}

void
set_name_local (void)
{
  char name[16] = "scratch";
  current_name = name; /* { dg-warning "address of local variable 'name' escapes from 'set_name_local' into global variable 'current_name'" } */
}
