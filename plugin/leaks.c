/* leaks.c -- which stack objects outlive the function, and where their
   address leaves it.  Run on the memory state at each return (see the
   overview in engine.c).  */

#include "engine-internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct leak_walk
{
  esc_function *fn;
  state *s;
  /* Containers already expanded, as (object, sink object) pairs.  */
  int *seen;
  int nseen, cap_seen;
} leak_walk;

static bool
loc_before (esc_loc a, esc_loc b)
{
  if (a.line != b.line)
    return a.line < b.line;
  return a.column < b.column;
}

static void
add_finding (esc_function *fn, int obj, enum esc_sink_kind sink,
	     int sink_object, int container, esc_loc loc)
{
  for (size_t i = 0; i < fn->nfindings; i++)
    {
      esc_finding *f = &fn->findings[i];
      if (f->object == obj && f->sink == sink
	  && f->sink_object == sink_object)
	{
	  /* One finding per object and sink: keep the first place.  */
	  if (loc_before (loc, f->loc))
	    {
	      f->loc = loc;
	      f->container = container;
	    }
	  return;
	}
    }
  int cap = (int) fn->cap_findings;
  fn->findings = xgrow (fn->findings, &cap, (int) fn->nfindings + 1,
			sizeof (esc_finding));
  fn->cap_findings = (size_t) cap;
  esc_finding *f = &fn->findings[fn->nfindings++];
  f->object = obj;
  f->sink = sink;
  f->sink_object = sink_object;
  f->container = container;
  f->loc = loc;
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

static bool
walk_seen (leak_walk *w, int obj, int sink_object)
{
  for (int i = 0; i < w->nseen; i += 2)
    if (w->seen[i] == obj && w->seen[i + 1] == sink_object)
      return true;
  w->seen = xgrow (w->seen, &w->cap_seen, w->nseen + 2, sizeof (int));
  w->seen[w->nseen++] = obj;
  w->seen[w->nseen++] = sink_object;
  return false;
}

static void escape_contents (leak_walk *w, int obj, enum esc_sink_kind sink,
			     int sink_object, esc_loc loc, bool use_writers);

/* Element E leaves by SINK; CONTAINER holds it (-1: directly).  LOC is
   where, unless E records the store that put it there.  */
static void
escape_elem (leak_walk *w, elem e, enum esc_sink_kind sink, int sink_object,
	     int container, esc_loc loc, bool use_writers)
{
  esc_function *fn = w->fn;
  enum esc_object_kind kind = fn->objects[e.obj].kind;
  /* An address kept as an integer is not a dangling pointer (hashes,
     stack-depth probes); only its round trips back to a pointer are.  */
  if (e.writer && fn->insns[e.writer].stores_integer)
    return;
  if (use_writers && e.writer)
    loc = fn->insns[e.writer].loc;
  if (object_is_stack_kind (kind))
    add_finding (fn, (int) e.obj, sink, sink_object, container, loc);
  /* Escaped stack and heap objects take what they point to along.  */
  if (object_is_stack_kind (kind) || kind == ESC_OBJ_HEAP)
    escape_contents (w, (int) e.obj, sink, sink_object, loc, false);
}

/* Everything OBJ holds in the state escapes with it.  */
static void
escape_contents (leak_walk *w, int obj, enum esc_sink_kind sink,
		 int sink_object, esc_loc loc, bool use_writers)
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
	escape_elem (w, e->contents.v[k], sink, sink_object,
		     use_writers ? -1 : obj, loc, use_writers);
    }
}

static void
escape_value (leak_walk *w, esc_value v, esc_loc loc)
{
  esc_function *fn = w->fn;
  if (v.kind == ESC_VALUE_ADDRESS)
    {
      elem e = { (uint32_t) v.id, 0, 0 };
      escape_elem (w, e, ESC_SINK_RETURN, -1, -1, loc, false);
    }
  else if (v.kind == ESC_VALUE_VAR)
    {
      const elem_set *s = &fn->vars[v.id];
      for (uint32_t i = 0; i < s->n; i++)
	escape_elem (w, s->v[i], ESC_SINK_RETURN, -1, -1, loc, false);
    }
}

void
find_leaks (esc_function *fn, state *const *exit_states,
	    const int *exit_insns, int nexits)
{
  for (int x = 0; x < nexits; x++)
    {
      leak_walk w = { fn, exit_states[x], NULL, 0, 0 };
      const insn *ret = &fn->insns[exit_insns[x]];

      if (ret->code == INSN_RETURN)
	escape_value (&w, ret->src, ret->loc);
      else if (ret->addr.kind == ESC_VALUE_ADDRESS
	       && fn->objects[ret->addr.id].kind != ESC_OBJ_RESULT)
	/* An aggregate returned by value: what it holds is returned, from
	   the store that put it there.  */
	escape_contents (&w, ret->addr.id, ESC_SINK_RETURN, -1, ret->loc,
			 true);

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
			 true);
	  set_free (&contents);
	}
      free (w.seen);
    }
}
