/* { dg-do compile } */
/* Out-parameters are set to heap, global, static or string-literal
   memory, never to the address of a local.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern char *strdup (const char *);

int global_counter;
static int static_table[10];
static const char *const names[] = { "zero", "one", "two" };

void
get_counter (int **out)
{
  int local = 0;
  (void) local;
  *out = &global_counter;  /* { dg-bogus "escapes" } */
}

void
get_slot (int i, int **out)
{
  static int fallback;
  if (i >= 0 && i < 10)
    *out = &static_table[i];  /* { dg-bogus "escapes" } */
  else
    *out = &fallback;  /* { dg-bogus "escapes" } */
}

int
get_name (int i, const char **out)
{
  char scratch[8];
  scratch[0] = (char) ('0' + i);
  scratch[1] = '\0';
  if (i >= 0 && i < 3)
    *out = names[i];  /* { dg-bogus "escapes" } */
  else if (i < 0)
    *out = "negative";  /* { dg-bogus "escapes" } */
  else
    *out = strdup (scratch);  /* { dg-bogus "escapes" } */
  return i >= 0 && i < 3;
}

struct buffer { char *data; size_t len; };

int
alloc_buffer (size_t n, struct buffer *out)
{
  char tmp[16];
  out->data = malloc (n);  /* { dg-bogus "escapes" } */
  out->len = out->data ? n : 0;
  tmp[0] = 0;
  return tmp[0] == 0 && out->data != 0;
}

void
fill_all (int **a, int **b, const char **c)
{
  int x = 5;
  int *heap = malloc (sizeof (int));
  if (heap)
    *heap = x;
  *a = heap;  /* { dg-bogus "escapes" } */
  *b = &global_counter;  /* { dg-bogus "escapes" } */
  *c = "literal";  /* { dg-bogus "escapes" } */
}
