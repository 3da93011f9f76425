/* { dg-do compile } */
/* A compound literal inside a function body has automatic storage: its
   address escapes when returned.  A compound literal at file scope has
   static storage and may be returned freely.  */

struct point { int x, y; };

static int *defaults = (int[]) { 4, 5, 6 };

int *
array_literal (void)
{
  return (int[]) { 1, 2 }; /* { dg-warning "address of compound literal escapes via the return value of 'array_literal'" } */
}

struct point *
struct_literal (int x, int y)
{
  return &(struct point) { x, y }; /* { dg-warning "address of compound literal escapes via the return value of 'struct_literal'" } */
}

const char *
char_literal_copy (void)
{
  const char *p = (const char[]) { 'o', 'k', 0 };
  return p; /* { dg-warning "address of compound literal escapes via the return value of 'char_literal_copy'" } */
}

int *
literal_element (int i)
{
  int *p = &((int[4]) { 1, 2, 3, 4 })[i & 3];
  return p; /* { dg-warning "address of compound literal escapes via the return value of 'literal_element'" } */
}

int *
file_scope_literal (void)
{
  return defaults + 1; /* { dg-bogus "escapes" } */
}

int
literal_value (int i)
{
  int *p = (int[]) { 10, 20, 30, 40 };
  return p[i & 3]; /* { dg-bogus "escapes" } */
}
