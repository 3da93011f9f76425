/* { dg-do compile } */
/* Intrusive lists, Linux style: an on-stack waiter linked into a
   caller's or a global queue by a helper, and unlinked again by another
   before the function returns.  The helpers' bodies (static inline, in
   this unit) are read at the calls, and the unlink undoes the link.  */

struct list_head
{
  struct list_head *next, *prev;
};

static inline void
list_add (struct list_head *n, struct list_head *head)
{
  n->next = head->next;
  n->prev = head;
  head->next->prev = n;
  head->next = n;
}

static inline void
list_del (struct list_head *e)
{
  e->prev->next = e->next;
  e->next->prev = e->prev;
}

struct waitq
{
  struct list_head head;
};

struct waiter
{
  struct list_head node;
  int done;
};

struct waitq global_queue;
void schedule (void);

void
wait_on (struct waitq *q)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add (&w.node, &q->head); /* { dg-bogus "escape" } */
  schedule ();
  list_del (&w.node);
}

void
wait_on_global (void)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add (&w.node, &global_queue.head); /* { dg-bogus "escape" } */
  schedule ();
  list_del (&w.node);
}

int
wait_interruptible (struct waitq *q, int signalled)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add (&w.node, &q->head); /* { dg-warning "address of local variable 'w' may escape from 'wait_interruptible' through parameter 'q'" } */
  schedule ();
  if (signalled)
    return -1;		/* forgot list_del */
  list_del (&w.node);
  return 0;
}

void
enqueue_forever (void)
{
  struct waiter w = { { 0, 0 }, 0 };
  list_add (&w.node, &global_queue.head); /* { dg-warning "address of local variable 'w' escapes from 'enqueue_forever' into global variable 'global_queue'" } */
}
