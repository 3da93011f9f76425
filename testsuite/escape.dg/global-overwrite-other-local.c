/* { dg-do compile } */
/* A global overwritten with the address of another local: only the
   address it holds at exit escapes.  */

int *g;
struct frame { int depth; };
static struct frame *top;

void use (int *);

void
second_wins (void)
{
  int first = 1;
  int second = 2;
  g = &first;  /* { dg-bogus "escapes" } */
  use (g);
  g = &second; /* { dg-warning "address of local variable 'second' escapes from 'second_wins' into global variable 'g'" } */
}

void
either (int c)
{
  int a = 1;
  int b = 2;
  g = &a; /* { dg-warning "address of local variable 'a' may escape from 'either' into global variable 'g'" } */
  if (c)
    g = &b; /* { dg-warning "address of local variable 'b' may escape from 'either' into global variable 'g'" } */
}

void
nested_frames (void)
{
  struct frame outer = { 0 };
  struct frame inner = { 1 };
  top = &outer; /* { dg-bogus "escapes" } */
  top = &inner; /* { dg-bogus "escapes" } */
  top = 0;
}
