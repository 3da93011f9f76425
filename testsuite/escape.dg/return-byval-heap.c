/* { dg-do compile } */
/* A struct returned by value that holds heap or global pointers is fine;
   beside it, the same struct where one field was left pointing to a local
   buffer escapes that buffer.  */

void *malloc (__SIZE_TYPE__);

struct buffer { char *data; __SIZE_TYPE__ cap; char *cursor; };

static char scratch[128];

struct buffer
heap_buffer (__SIZE_TYPE__ cap)
{
  struct buffer b;
  b.data = malloc (cap);
  b.cap = cap;
  b.cursor = b.data;
  return b; /* { dg-bogus "escapes" } */
}

struct buffer
static_buffer (void)
{
  struct buffer b = { scratch, sizeof scratch, scratch + 1 };
  return b; /* { dg-bogus "escapes" } */
}

struct buffer
stale_cursor (__SIZE_TYPE__ cap)
{
  char local[16];
  struct buffer b;
  b.data = malloc (cap);
  b.cap = cap;
  b.cursor = local;
  return b; /* { dg-warning "address of local variable 'local' escapes via the return value of 'stale_cursor'" } */
}

struct buffer
fixed_cursor (__SIZE_TYPE__ cap)
{
  char local[16];
  struct buffer b;
  b.data = malloc (cap);
  b.cap = cap;
  b.cursor = local;
  b.cursor = b.data;
  return b; /* { dg-bogus "escapes" } */
}
