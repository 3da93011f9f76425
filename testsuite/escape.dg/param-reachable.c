/* { dg-do compile } */
/* (*pp)->f = &x: memory reachable from a parameter belongs to the
   caller too.  */

struct buf { char *data; int len; };
struct stream { struct buf *cur; struct stream *next; };

void
set_data (struct buf **pp)
{
  char tmp[64];
  (*pp)->data = tmp; /* { dg-warning "address of local variable 'tmp' escapes from 'set_data' through parameter 'pp'" } */
  (*pp)->len = 0;
}

void
set_next_cur (struct stream *s)
{
  struct buf b;
  b.data = 0;
  b.len = 0;
  s->next->cur = &b; /* { dg-warning "address of local variable 'b' escapes from 'set_next_cur' through parameter 's'" } */
}

void
set_data_param (struct buf **pp, char *data)
{
  (*pp)->data = data; /* { dg-bogus "escapes" } */
}

void
repoint_local (struct buf **pp)
{
  struct buf local = { 0, 0 };
  struct buf *lp = &local;
  char tmp[8];
  pp = &lp;
  (*pp)->data = tmp; /* { dg-bogus "escapes" } */
}
