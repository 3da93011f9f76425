/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* A helper that returns what its parameter points to ("leaking param
   content: p to result", Go's "leaking param content to result"): a
   caller's local reached through a struct or a pointer to a pointer
   leaves with the caller's return value.  A helper that returns the
   content on some paths and a copy on others (as asked by a flag) says
   nothing a caller can rely on.  */

#include <stdlib.h>
#include <string.h>

struct name { char *text; int len; };

static char *
name_text (struct name *n) /* { dg-message "leaking param content: n to result" } */
{
  return n->text;
}

static int *
deref (int **pp) /* { dg-message "leaking param content: pp to result" } */
{
  return *pp;
}

char *
returns_buffer (void)
{
  char buf[32]; /* { dg-message "'buf' declared here" } */
  struct name n;
  n.text = buf;
  n.len = sizeof buf;
  return name_text (&n); /* { dg-warning "address of local variable 'buf' escapes via the return value of 'returns_buffer'" } */
}

int *
returns_through_pointer (void)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  int *px = &x;
  return deref (&px); /* { dg-warning "address of local variable 'x' escapes via the return value of 'returns_through_pointer'" } */
}

int *
returns_on_one_path (int c, int *other)
{
  int x = 1; /* { dg-message "'x' declared here" } */
  int *px = c ? &x : other;
  return deref (&px); /* { dg-warning "address of local variable 'x' may escape via the return value of 'returns_on_one_path'" } */
}

/* Negative: the local only passes through the helper.  */
int
uses_buffer (void)
{
  char buf[32];
  struct name n;
  n.text = buf;
  char *t = name_text (&n); /* { dg-bogus "address of" } */
  t[0] = 0;
  return (int) strlen (t);
}

/* Negative: the field points elsewhere by the time of the call.  */
char *
field_replaced (char *heap)
{
  char buf[32];
  struct name n;
  n.text = buf;
  n.text[0] = 0;
  n.text = heap;
  return name_text (&n); /* { dg-bogus "address of" } */
}

/* Negative: heap memory in the field.  */
char *
returns_heap (void)
{
  struct name n;
  n.text = malloc (32);
  return name_text (&n); /* { dg-bogus "address of" } */
}

static char *
finish (struct name *n, int copy)
{
  if (copy)
    return strdup (n->text);
  return n->text;
}

/* Negative: which it returns hangs on the flag.  */
char *
finished_copy (void)
{
  char buf[32];
  struct name n;
  n.text = buf;
  strcpy (buf, "x");
  return finish (&n, 1); /* { dg-bogus "address of" } */
}
