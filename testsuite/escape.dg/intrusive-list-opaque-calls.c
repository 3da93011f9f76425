/* { dg-do compile } */
/* An on-stack waiter handed to functions the analysis cannot see between
   the link and the unlink.  They are assumed not to keep the waiter, so
   neither to relink it: the unlink still undoes the link.  */

struct list_head
{
  struct list_head *next, *prev;
};

static inline void
__list_add (struct list_head *n, struct list_head *prev,
	    struct list_head *next)
{
  next->prev = n;
  n->next = next;
  n->prev = prev;
  prev->next = n;
}

static inline void
list_add_tail (struct list_head *n, struct list_head *head)
{
  __list_add (n, head->prev, head);
}

static inline void
__list_del (struct list_head *prev, struct list_head *next)
{
  next->prev = prev;
  prev->next = next;
}

static inline void
list_del (struct list_head *e)
{
  __list_del (e->prev, e->next);
  e->next = 0;
  e->prev = 0;
}

struct waiter
{
  struct list_head node;
  int done;
};

static struct list_head pending = { &pending, &pending };
extern void sleep_on (struct waiter *);
extern void trace_waiter (const struct waiter *);
extern void set_flag (int *);

void
wait_until_done (void)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add_tail (&w.node, &pending); /* { dg-bogus "escape" } */
  while (!w.done)
    sleep_on (&w);
  list_del (&w.node);
}

void
wait_traced (struct list_head *q)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add_tail (&w.node, q); /* { dg-bogus "escape" } */
  trace_waiter (&w);
  set_flag (&w.done);
  list_del (&w.node);
}

int
wait_or_give_up (int tries)
{
  struct waiter w = { { 0, 0 }, 0 }; /* { dg-message "'w' declared here" } */
  list_add_tail (&w.node, &pending); /* { dg-warning "address of local variable 'w' may escape from 'wait_or_give_up' into static variable 'pending'" } */
  while (!w.done)
    {
      if (--tries == 0)
	return -1;		/* still on the list */
      sleep_on (&w);
    }
  list_del (&w.node);
  return 0;
}

void
wait_never_unlinked (void)
{
  struct waiter w = { { 0, 0 }, 0 }; /* { dg-message "'w' declared here" } */
  list_add_tail (&w.node, &pending); /* { dg-warning "address of local variable 'w' escapes from 'wait_never_unlinked' into static variable 'pending'" } */
  sleep_on (&w);
}
