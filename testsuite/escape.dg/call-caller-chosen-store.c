/* { dg-do compile } */
/* Callees that store into what a parameter points to on some paths
   only.  When the callee's own state decides (room in the array, the
   object not busy, what another call says), the call may leak what it
   passes.  When the caller's arguments decide (a flag, a mode, whether
   the pointer lies in a pool), only the values the call passes count:
   a flag passed on by a wrapper is still the wrapper's caller's.  */

#define NOINLINE __attribute__ ((noinline))

struct vec
{
  int *items[8];
  int n;
};

struct slot
{
  const char *s;
  int busy;
};

struct pool
{
  char *start, *end;
  void *free_list;
};

struct node
{
  struct node *next;
  int *data;
};

struct list
{
  struct node *nodes[4];
  int n;
};

void *malloc (__SIZE_TYPE__);
int has_room (struct slot *);

/* Decided by the callee's state.  */

NOINLINE void
vec_push (struct vec *v, int *p)
{
  if (v->n < 8)
    v->items[v->n++] = p;
}

NOINLINE void
slot_set_if_idle (struct slot *t, const char *s)
{
  if (!t->busy)
    t->s = s;
}

NOINLINE void
slot_set_if_room (struct slot *t, const char *s)
{
  if (has_room (t))
    t->s = s;
}

NOINLINE void
vec_push_wrapped (struct vec *v, int *p)
{
  vec_push (v, p);
}

NOINLINE void
list_add_node (struct list *l, struct node *n)
{
  if (l->n < 4)
    l->nodes[l->n++] = n;
}

void
push_local (struct vec *v)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  vec_push (v, &x); /* { dg-warning "address of local variable 'x' may escape from 'push_local' through parameter 'v'" } */
}

void
set_idle (struct slot *t)
{
  char name[8] = "idle";
  slot_set_if_idle (t, name); /* { dg-warning "address of local variable 'name' may escape from 'set_idle' through parameter 't'" } */
}

void
set_room (struct slot *t)
{
  char name[8] = "room";
  slot_set_if_room (t, name); /* { dg-warning "address of local variable 'name' may escape from 'set_room' through parameter 't'" } */
}

void
push_through_wrapper (struct vec *v)
{
  int x = 0;
  vec_push_wrapped (v, &x); /* { dg-warning "address of local variable 'x' may escape from 'push_through_wrapper' through parameter 'v'" } */
}

void
push_heap_node (struct list *l)
{
  int x = 0;
  struct node *n = malloc (sizeof *n);
  if (!n)
    return;
  n->next = 0;
  n->data = &x;
  list_add_node (l, n); /* { dg-warning "address of local variable 'x' may escape from 'push_heap_node' through parameter 'l'" } */
}

/* Into a vector of the caller's own: nothing outlives it.  */
int
push_into_local_vec (void)
{
  struct vec v = { { 0 }, 0 };
  int x = 1;
  vec_push (&v, &x); /* { dg-bogus "escape" "the vector is local" } */
  return *v.items[0];
}

/* Decided by the caller's arguments.  */

NOINLINE void
slot_keep_if (struct slot *t, const char *s, int keep)
{
  if (keep)
    t->s = s;
}

NOINLINE void
slot_keep_if_passed_on (struct slot *t, const char *s, int keep)
{
  slot_keep_if (t, s, keep);
}

NOINLINE void
slot_by_mode (struct slot *t, const char *s, int mode)
{
  switch (mode)
    {
    case 1:
      t->s = s;
      break;
    case 2:
      t->busy = 1;
      break;
    default:
      break;
    }
}

NOINLINE void
slot_by_mode_passed_on (struct slot *t, const char *s, int mode)
{
  slot_by_mode (t, s, mode);
}

/* Puts P back on the pool's free list if it came from the pool.  */
NOINLINE void
pool_release (struct pool *pl, char *p)
{
  if (p >= pl->start && p < pl->end)
    {
      *(void **) p = pl->free_list;
      pl->free_list = p;
    }
}

void
flag_passed_on_says_no (struct slot *t)
{
  char name[8] = "no";
  slot_keep_if_passed_on (t, name, 0); /* { dg-bogus "escape" "the flag passed on says not to keep it" } */
}

void
mode_passed_on_says_no (struct slot *t)
{
  char name[8] = "mode";
  slot_by_mode_passed_on (t, name, 2); /* { dg-bogus "escape" "mode 2 stores no string" } */
}

void
release_stack_buffer (struct pool *pl)
{
  char space[64];
  pool_release (pl, space); /* { dg-bogus "escape" "a stack buffer is not the pool's" } */
}

void
flag_says_yes (struct slot *t)
{
  char name[8] = "yes"; /* { dg-message "'name' declared here" } */
  slot_keep_if (t, name, 1); /* { dg-warning "address of local variable 'name' escapes from 'flag_says_yes' through parameter 't'" } */
}

void
flag_passed_on_says_yes (struct slot *t)
{
  char name[8] = "yes";
  slot_keep_if_passed_on (t, name, 1); /* { dg-warning "address of local variable 'name' escapes from 'flag_passed_on_says_yes' through parameter 't'" "a flag passed on is not resolved" { xfail *-*-* } } */
}
