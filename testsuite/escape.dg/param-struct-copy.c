/* { dg-do compile } */
/* A whole struct holding a local's address copied into the caller's
   struct, and memcpy of a pointer value into caller memory.  */

void *memcpy (void *, const void *, __SIZE_TYPE__);

struct view { const char *data; int len; };

void
make_view (struct view *out)
{
  char text[16] = "hello";
  struct view v = { text, 5 };
  *out = v; /* { dg-warning "address of local variable 'text' escapes from 'make_view' through parameter 'out'" } */
}

void
make_view_literal (struct view *out)
{
  struct view v = { "hello", 5 };
  *out = v; /* { dg-bogus "escapes" } */
}

void
copy_pointer_out (int **out)
{
  int x = 0;
  int *p = &x;
  memcpy (out, &p, sizeof p); /* { dg-warning "address of local variable 'x' escapes from 'copy_pointer_out' through parameter 'out'" } */
}

void
copy_value_out (int *out)
{
  int x = 4;
  int *p = &x;
  memcpy (out, p, sizeof *p); /* { dg-bogus "escapes" } */
}
