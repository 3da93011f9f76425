/* leaks.c -- which stack objects outlive the function, and where their
   address leaves it.  Run on the memory state at each return (see the
   overview in engine.c).  */

#include "engine-internal.h"

#include <stdlib.h>
#include <string.h>

/* Per finding, while the exits are walked: at how many exits it was
   seen, and the last one (for certainty).  Same index as fn->findings.  */
typedef struct exit_counts
{
  int *seen;
  int *last;
  int *next; /* the next finding of the same object, or -1 */
  int cap;
  int *first; /* by object: its first finding, or -1 */
} exit_counts;

typedef struct leak_walk
{
  esc_function *fn;
  state *s;
  int exit; /* which exit state, counting from 1 */
  exit_counts *counts;
  /* Containers already expanded, as (object, sink object) pairs: an
     open-addressing hash set of keys (0: empty slot).  */
  uint64_t *seen;
  uint32_t nseen, cap_seen; /* CAP_SEEN: 0 or a power of two */
} leak_walk;

/* Whether S holds only addresses of OBJ (stored by one or several
   statements): the location surely holds OBJ's address.  S is sorted
   by object.  */
static bool
only_address_of (const elem_set *s, uint32_t obj)
{
  return s->n > 0 && s->v[0].obj == obj && s->v[s->n - 1].obj == obj;
}

/* Whether sink objects A and B are one sink: the same object, or what
   two calls of the same function keep.  */
static bool
same_sink (const esc_function *fn, int a, int b)
{
  if (a == b)
    return true;
  if (a < 0 || b < 0)
    return false;
  const object *x = &fn->objects[a], *y = &fn->objects[b];
  if (x->kind == ESC_OBJ_CAPTURE || y->kind == ESC_OBJ_CAPTURE)
    return x->kind == y->kind && x->name && y->name
	   && strcmp (x->name, y->name) == 0;
  /* A global and memory at any depth from it, or from one parameter.  */
  return x->root == y->root;
}

static bool
loc_before (esc_loc a, esc_loc b)
{
  if (a.line != b.line)
    return a.line < b.line;
  return a.column < b.column;
}

/* Note in F that the address leaves through the call whose effect is
   instruction VIA (0: not through a call).  */
static void
set_via (esc_function *fn, esc_finding *f, uint32_t via)
{
  f->via = (int) via;
  if (!via)
    {
      f->callee = NULL;
      return;
    }
  const insn *effect = &fn->insns[via];
  f->callee = fn->insns[effect->dst].callee;
  f->callee_loc = effect->loc;
}

static void
add_finding (leak_walk *w, int obj, enum esc_sink_kind sink, int sink_object,
	     int container, esc_loc loc, int at, uint32_t via, bool certain)
{
  esc_function *fn = w->fn;
  for (int i = w->counts->first[obj]; i >= 0; i = w->counts->next[i])
    {
      esc_finding *f = &fn->findings[i];
      if (f->sink == sink && same_sink (fn, f->sink_object, sink_object))
	{
	  /* One finding per object and sink: keep the first place, and
	     the sink nearest its root (the global rather than memory it
	     points to).  */
	  if (loc_before (loc, f->loc))
	    {
	      f->loc = loc;
	      f->at = at;
	      f->container = container;
	      set_via (fn, f, via);
	    }
	  if (sink_object >= 0 && f->sink_object >= 0
	      && fn->objects[sink_object].depth
		     < fn->objects[f->sink_object].depth)
	    f->sink_object = sink_object;
	  f->certain &= certain;
	  if (w->counts->last[i] != w->exit)
	    {
	      w->counts->last[i] = w->exit;
	      w->counts->seen[i]++;
	    }
	  return;
	}
    }
  int n = (int) fn->nfindings;
  exit_counts *c = w->counts;
  int cap_seen = c->cap, cap_last = c->cap;
  c->seen = xgrow (c->seen, &cap_seen, n + 1, sizeof (int));
  c->last = xgrow (c->last, &cap_last, n + 1, sizeof (int));
  c->next = xgrow (c->next, &c->cap, n + 1, sizeof (int));
  c->seen[n] = 1;
  c->last[n] = w->exit;
  c->next[n] = c->first[obj];
  c->first[obj] = n;
  esc_finding *f
      = finding_new (fn, obj, sink, sink_object, container, loc, at, certain);
  set_via (fn, f, via);
}

static enum esc_sink_kind
sink_of_root (const esc_function *fn, int root)
{
  switch (fn->objects[root].kind)
    {
    case ESC_OBJ_RESULT:
      return ESC_SINK_RETURN;
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
    case ESC_OBJ_GLOBAL_POINTEE:
      return ESC_SINK_GLOBAL;
    case ESC_OBJ_PARAM_POINTEE:
      return ESC_SINK_PARAM;
    case ESC_OBJ_CAPTURE:
      return ESC_SINK_CAPTURED;
    default:
      return ESC_SINK_UNKNOWN;
    }
}

static uint32_t
seen_slot (const uint64_t *keys, uint32_t cap, uint64_t key)
{
  uint32_t i = (uint32_t) ((key * 0x9e3779b97f4a7c15ull) >> 32) & (cap - 1);
  while (keys[i] && keys[i] != key)
    i = (i + 1) & (cap - 1);
  return i;
}

/* Whether the pair (OBJ, SINK_OBJECT) was seen already; notes it.  */
static bool
walk_seen (leak_walk *w, int obj, int sink_object)
{
  uint64_t key
      = ((uint64_t) (uint32_t) obj << 32 | (uint32_t) (sink_object + 1)) + 1;
  if (2 * (w->nseen + 1) > w->cap_seen)
    {
      uint32_t cap = w->cap_seen ? 2 * w->cap_seen : 64;
      uint64_t *keys = xmalloc_zero ((size_t) cap * sizeof (uint64_t));
      for (uint32_t i = 0; i < w->cap_seen; i++)
	if (w->seen[i])
	  keys[seen_slot (keys, cap, w->seen[i])] = w->seen[i];
      free (w->seen);
      w->seen = keys;
      w->cap_seen = cap;
    }
  uint32_t i = seen_slot (w->seen, w->cap_seen, key);
  if (w->seen[i])
    return true;
  w->seen[i] = key;
  w->nseen++;
  return false;
}

static void escape_contents (leak_walk *w, int obj, enum esc_sink_kind sink,
			     int sink_object, esc_loc loc, int at,
			     bool use_writers, bool certain);

/* Element E leaves by SINK; CONTAINER holds it (-1: directly).  LOC is
   where (instruction AT), unless E records the store that put it
   there.  */
static void
escape_elem (leak_walk *w, elem e, enum esc_sink_kind sink, int sink_object,
	     int container, esc_loc loc, int at, bool use_writers,
	     bool certain)
{
  esc_function *fn = w->fn;
  enum esc_object_kind kind = fn->objects[e.obj].kind;
  fn->objects[e.obj].escaped = true;
  /* An address kept as an integer is not a dangling pointer (hashes,
     stack-depth probes); only its round trips back to a pointer are.  */
  if (e.writer && fn->insns[e.writer].stores_integer)
    return;
  uint32_t via = 0;
  if (use_writers && e.writer)
    {
      const insn *writer = &fn->insns[e.writer];
      at = (int) e.writer;
      if (writer->code == INSN_CALL_EFFECT)
	{
	  via = e.writer;
	  loc = fn->insns[writer->dst].loc;
	}
      else
	loc = writer->loc;
    }
  if (object_is_stack_kind (kind))
    add_finding (w, (int) e.obj, sink, sink_object, container, loc, at, via,
		 certain);
  /* Escaped stack and heap objects take what they point to along.  */
  if (object_is_stack_kind (kind) || kind == ESC_OBJ_HEAP)
    escape_contents (w, (int) e.obj, sink, sink_object, loc, at, false,
		     certain);
}

/* Everything OBJ holds in the state escapes with it.  */
static void
escape_contents (leak_walk *w, int obj, enum esc_sink_kind sink,
		 int sink_object, esc_loc loc, int at, bool use_writers,
		 bool certain)
{
  esc_function *fn = w->fn;
  if (walk_seen (w, obj, sink_object))
    return;
  for (int i = 0; i < fn->objects[obj].nlocs; i++)
    {
      int l = fn->objects[obj].locs[i];
      state_entry *e = state_find (w->s, l);
      if (!e)
	continue;
      for (uint32_t k = 0; k < e->contents.n; k++)
	/* An object holding its own address adds no way out.  */
	if (e->contents.v[k].obj != (uint32_t) obj)
	  escape_elem (
	      w, e->contents.v[k], sink, sink_object, use_writers ? -1 : obj,
	      loc, at, use_writers,
	      certain && only_address_of (&e->contents, e->contents.v[k].obj));
    }
}

static void
escape_value (leak_walk *w, esc_value v, esc_loc loc, int at)
{
  esc_function *fn = w->fn;
  if (v.kind == ESC_VALUE_ADDRESS)
    {
      elem e = { (uint32_t) v.id, 0, 0 };
      escape_elem (w, e, ESC_SINK_RETURN, -1, -1, loc, at, false, true);
    }
  else if (v.kind == ESC_VALUE_VAR)
    {
      const elem_set *s = &fn->vars[v.id];
      for (uint32_t i = 0; i < s->n; i++)
	escape_elem (w, s->v[i], ESC_SINK_RETURN, -1, -1, loc, at, false,
		     only_address_of (s, s->v[i].obj));
    }
}

void
find_leaks (esc_function *fn, state *const *exit_states, const int *exit_insns,
	    int nexits)
{
  for (int i = 0; i < fn->nobjects; i++)
    fn->objects[i].escaped = false;
  /* Exits sharing a state (returns of one block) count once.  */
  int nstates = 0;
  for (int x = 0; x < nexits; x++)
    if (x == 0 || exit_states[x] != exit_states[x - 1])
      nstates++;
  int exit = 0;
  exit_counts counts = { NULL, NULL, NULL, 0, NULL };
  counts.first = xmalloc_zero ((size_t) (fn->nobjects ? fn->nobjects : 1)
			       * sizeof (int));
  for (int i = 0; i < fn->nobjects; i++)
    counts.first[i] = -1;
  for (int x = 0; x < nexits; x++)
    {
      if (x == 0 || exit_states[x] != exit_states[x - 1])
	exit++;
      leak_walk w = { fn, exit_states[x], exit, &counts, NULL, 0, 0 };
      const insn *ret = &fn->insns[exit_insns[x]];

      if (ret->code == INSN_RETURN)
	escape_value (&w, ret->src, ret->loc, exit_insns[x]);
      else if (ret->addr.kind == ESC_VALUE_ADDRESS
	       && fn->objects[ret->addr.id].kind != ESC_OBJ_RESULT)
	/* An aggregate returned by value: what it holds is returned, from
	   the store that put it there.  */
	escape_contents (&w, ret->addr.id, ESC_SINK_RETURN, -1, ret->loc,
			 exit_insns[x], true, true);

      /* What the roots hold at this return.  */
      for (int k = 0; k < w.s->n; k++)
	{
	  int root = (int) fn->locations[w.s->v[k].loc].obj;
	  if (!object_is_root (fn, root))
	    continue;
	  enum esc_sink_kind sink = sink_of_root (fn, root);
	  /* Copy: expanding containers does not change the state, but
	     keep the loop independent of it.  */
	  elem_set contents = { 0 };
	  set_copy (&contents, &w.s->v[k].contents);
	  for (uint32_t i = 0; i < contents.n; i++)
	    escape_elem (&w, contents.v[i], sink,
			 sink == ESC_SINK_RETURN ? -1 : root, -1, ret->loc,
			 exit_insns[x], true,
			 only_address_of (&contents, contents.v[i].obj));
	  set_free (&contents);
	}
      free (w.seen);
    }
  /* Memory that outlives the function holds the address at every
     return, or it only may escape.  A return is one place.  */
  for (size_t i = 0; i < fn->nfindings; i++)
    if (fn->findings[i].sink != ESC_SINK_RETURN && counts.seen[i] < nstates)
      fn->findings[i].certain = 0;
  free (counts.seen);
  free (counts.last);
  free (counts.next);
  free (counts.first);
}
