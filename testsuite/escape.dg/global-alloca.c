/* { dg-do compile } */
/* Memory from alloca stored into globals.  */

void *alloca (__SIZE_TYPE__);
void *malloc (__SIZE_TYPE__);

char *line_buffer;
static void *arena;

void process (void);

void
read_line (int len)
{
  char *buf = alloca (len + 1); /* { dg-message "allocated here by 'alloca'" } */
  buf[0] = 0;
  line_buffer = buf; /* { dg-warning "address of memory allocated by 'alloca' escapes from 'read_line' into global variable 'line_buffer'" } */
}

void
setup_arena (__SIZE_TYPE__ n)
{
  arena = __builtin_alloca (n); /* { dg-warning "address of memory allocated by 'alloca' escapes from 'setup_arena' into static variable 'arena'" } */
}

void
read_line_heap (int len)
{
  char *buf = malloc (len + 1);
  line_buffer = buf; /* { dg-bogus "escapes" } */
}

void
read_line_scoped (int len)
{
  char *buf = alloca (len + 1);
  line_buffer = buf; /* { dg-bogus "escapes" } */
  process ();
  line_buffer = 0;
}
