/* { dg-do compile } */
/* Pointers to objects with static storage duration (globals, file-scope
   statics, function-scope statics, string literals) may be returned:
   none of these warn, even when a local is used along the way.  */

extern int external_counter;
int plain_global[4];
static double file_static = 1.0;

int *
extern_addr (void)
{
  return &external_counter; /* { dg-bogus "escapes" } */
}

int *
global_element (int i)
{
  int idx = i & 3;
  return &plain_global[idx]; /* { dg-bogus "escapes" } */
}

double *
file_static_addr (void)
{
  return &file_static; /* { dg-bogus "escapes" } */
}

const char *
literal (int ok)
{
  const char *msg = ok ? "ok" : "failed";
  return msg; /* { dg-bogus "escapes" } */
}

char *
function_static_buffer (int v)
{
  static char buf[16];
  char *p = buf + sizeof buf - 1;
  *p = 0;
  do
    *--p = (char) ('0' + v % 10);
  while ((v /= 10) != 0);
  return p; /* { dg-bogus "escapes" } */
}

const char *
literal_array_element (int i)
{
  static const char *const names[] = { "zero", "one", "two" };
  return names[i % 3]; /* { dg-bogus "escapes" } */
}
