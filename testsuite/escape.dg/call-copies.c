/* { dg-do compile } */
/* Callees that move a caller's addresses without naming them: a memcpy
   wrapper, a struct assignment through pointers, a struct passed by
   value, a getter two fields deep.  */

#include <string.h>

struct msg { int *payload; int len; };
struct msg global_msg;

__attribute__ ((noinline)) static void
msg_memcpy (void *dst, const void *src, size_t n)
{
  memcpy (dst, src, n);
}

__attribute__ ((noinline)) static void
msg_assign (struct msg *dst, const struct msg *src)
{
  *dst = *src;
}

void
publish (void)
{
  int x = 5;
  struct msg m = { &x, 1 };
  msg_memcpy (&global_msg, &m, sizeof m); /* { dg-warning "'x' may escape from 'publish' into global variable 'global_msg'" } */
}

void
publish_assigned (void)
{
  int x = 5;
  struct msg m = { &x, 1 };
  msg_assign (&global_msg, &m); /* { dg-warning "'x' may escape from 'publish_assigned' into global variable 'global_msg'" } */
}

void
publish_out (struct msg *out)
{
  int x = 5;
  struct msg m = { &x, 1 };
  msg_assign (out, &m); /* { dg-warning "'x' may escape from 'publish_out' through parameter 'out'" } */
}

int
snapshot (void)
{
  int x = 5;
  struct msg m = { &x, 1 }, copy;
  msg_memcpy (&copy, &m, sizeof m); /* { dg-bogus "escape" "a copy in the frame" } */
  msg_assign (&copy, &m); /* { dg-bogus "escape" "a copy in the frame" } */
  return *copy.payload;
}

void
publish_static (void)
{
  static int kept = 5;
  struct msg m = { &kept, 1 };
  msg_assign (&global_msg, &m); /* { dg-bogus "escape" "static memory" } */
}

/* A struct passed by value: the callee's copy holds the addresses.  */
struct ref { int *target; int gen; };
static int *last_target;
static int last_gen;

__attribute__ ((noinline)) static void
remember (struct ref r)
{
  last_target = r.target;
}

__attribute__ ((noinline)) static void
remember_gen (struct ref r)
{
  last_gen = r.gen;
}

void
send (void)
{
  int x = 1;
  struct ref r = { &x, 3 };
  remember (r); /* { dg-warning "'x' escapes from 'send' into static variable 'last_target'" } */
}

void
send_generation (void)
{
  int x = 1;
  struct ref r = { &x, 3 };
  remember_gen (r); /* { dg-bogus "escape" "only the integer is kept" } */
}

/* A getter two fields deep.  */
struct inner { char *name; };
struct outer { struct inner *in; };

__attribute__ ((noinline)) static char *
inner_name (struct outer *o)
{
  return o->in->name;
}

char *
name_returned (void)
{
  char name[8] = "n";
  struct inner in = { name };
  struct outer o = { &in };
  return inner_name (&o); /* { dg-warning "'name' escapes via the return value of 'name_returned'" } */
}

const char *
literal_returned (void)
{
  struct inner in = { "literal" };
  struct outer o = { &in };
  return inner_name (&o); /* { dg-bogus "escape" "a string literal" } */
}

int
name_used (void)
{
  char name[8] = "n";
  struct inner in = { name };
  struct outer o = { &in };
  return inner_name (&o)[0]; /* { dg-bogus "escape" "read in the frame" } */
}
