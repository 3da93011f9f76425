/* { dg-do compile } */
/* Helpers that are not inline, seen through their summaries: a callback
   registry filled when there is room, a thread started by a helper, a
   string copied by a helper, a node made by a helper.  */

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef void (*callback) (void *);
struct handler { callback fn; void *arg; };
static struct handler *table[16];
static int nhandlers;
char saved[64];
struct node { int *value; struct node *next; };
struct node *nodes;

int
add_handler (struct handler *h)
{
  if (nhandlers >= 16)
    return -1;
  table[nhandlers++] = h;
  return 0;
}

static void *
worker (void *arg)
{
  return arg;
}

int
spawn (pthread_t *thread, void *ctx)
{
  return pthread_create (thread, 0, worker, ctx);
}

void
save (const char *text)
{
  strcpy (saved, text);
}

struct node *
make_node (int *value)
{
  struct node *n = malloc (sizeof *n);
  n->value = value;
  n->next = 0;
  return n;
}

void
registers (void)
{
  struct handler h = { 0, 0 }; /* { dg-message "'h' declared here" } */
  add_handler (&h); /* { dg-warning "address of local variable 'h' may escape from 'registers' into static variable 'table'" } */
}

void
starts_thread (void)
{
  pthread_t t;
  int ctx = 0; /* { dg-message "'ctx' declared here" } */
  spawn (&t, &ctx); /* { dg-warning "address of local variable 'ctx' may escape from 'starts_thread', captured by 'pthread_create'" } */
}

void
saves_copy (void)
{
  char line[32] = "text";
  save (line); /* { dg-bogus "address of" } */
}

void
keeps_node (void)
{
  int v = 0; /* { dg-message "'v' declared here" } */
  struct node *n = make_node (&v); /* { dg-message "its address is held by memory allocated by 'make_node', which escapes" } */
  nodes = n; /* { dg-warning "address of local variable 'v' escapes from 'keeps_node' into global variable 'nodes'" } */
}

void
frees_node (void)
{
  int v = 0;
  struct node *n = make_node (&v); /* { dg-bogus "address of" } */
  free (n);
}
