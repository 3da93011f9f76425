/* engine.c -- the escape analysis of one function.

   Overview.  The GCC adapter hands over a function as a control-flow
   graph of simple instructions (escape.h): assignments between SSA
   variables, loads, stores, block copies, calls and returns.  Addresses
   are (object, byte offset) pairs, so the analysis is field-sensitive.

   1. Points-to sets.  Every SSA variable has one definition, so its
      points-to set is one set for the whole function.  Memory is not in
      SSA form: for each block we keep a state mapping each location
      (object, offset) written so far to what it may hold, and run the
      instructions of the block over it.  A store through a pointer that
      designates exactly one location of one concrete object replaces what
      the location held (a strong update); otherwise it adds to it (a weak
      update).  A location that was never written holds its initial value:
      nothing for stack and fresh heap memory, the pointee of the root for
      globals and parameters (made on demand, to a bounded depth).  Blocks
      are visited in reverse post-order until neither a state nor a
      variable changes; the sets only grow, so this terminates.

      To keep this cheap, it runs in two phases.  Phase 1 is
      flow-insensitive: one state for the whole function, weak updates
      only; it runs first with all memory that outlives the function
      merged into one object, then, if a stack object escapes even so,
      with the real objects (only the latter when the function needs a
      summary).  Each instruction notes the variables and locations it
      reads, and runs again only once one of them has changed.  If no
      stack object escapes in either (most functions), we are done.
      Otherwise phase 2 runs flow-sensitively, but keeps per block only
      the locations that may hold the address of a stack object, or of
      an object that may hold one; every other location keeps its phase
      1 contents, which cannot lead to a stack object.

      Values that cannot hold an address (an int on LP64, a float) are
      not followed, and what unknown memory holds is unknown: an
      address stored there has escaped, and reading it back would spread
      everything stored there into every pointer loaded from it.

   2. Leaks (leaks.c).  At each return, what outlives the function is the
      return value and the roots: globals, statics, the memory reachable
      from parameters and memory returned by called functions.  A stack
      object escapes if its address is in the return value or in a root
      at that point, or in a stack or heap object that itself escapes.
      Because memory is tracked per program point, an address stored into
      a global and overwritten on every path before the return is not an
      escape; one overwritten on some paths only is.  Elements of memory
      remember the instruction that stored them, which is where the
      address is reported to leave.

   3. Calls.  Library functions follow the table in models.c (allocators,
      copies, functions that return a pointer into an argument).  Any
      other function is assumed not to retain its arguments: it may write
      pointers to memory of its own through them, and returns such
      memory.  */

#include "solver.h"

#include <stdlib.h>
#include <string.h>

/* States.  */

/* The index of LOC in S, or where it would go.  */
static int
state_lower_bound (const state *s, int loc)
{
  int lo = 0, hi = s->n;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      if (s->v[mid].loc < loc)
	lo = mid + 1;
      else
	hi = mid;
    }
  return lo;
}

state_entry *
state_find (state *s, int loc)
{
  int i = state_lower_bound (s, loc);
  return i < s->n && s->v[i].loc == loc ? &s->v[i] : NULL;
}

const elem initial_elem = { OBJ_INITIAL, 0, 0 };

/* The entry of LOC in S, added holding its initial value if missing.  */
state_entry *
state_get (state *s, int loc)
{
  int lo = state_lower_bound (s, loc);
  if (lo < s->n && s->v[lo].loc == loc)
    return &s->v[lo];
  s->v = xgrow (s->v, &s->cap, s->n + 1, sizeof (state_entry));
  memmove (&s->v[lo + 1], &s->v[lo], (size_t) (s->n - lo) * sizeof *s->v);
  s->n++;
  state_entry *e = &s->v[lo];
  e->loc = loc;
  memset (&e->contents, 0, sizeof e->contents);
  set_insert (&e->contents, initial_elem);
  return e;
}

void
state_free (state *s)
{
  for (int i = 0; i < s->n; i++)
    set_free (&s->v[i].contents);
  free (s->v);
  memset (s, 0, sizeof *s);
}

/* Offsets.  */

static uint32_t
offset_add (uint32_t base, int64_t delta)
{
  if (base == OFFSET_ANY || delta == ESC_OFFSET_UNKNOWN)
    return OFFSET_ANY;
  int64_t r = (int64_t) base + delta;
  if (r < 0 || r >= OFFSET_LIMIT)
    return OFFSET_ANY;
  return (uint32_t) r;
}

/* The object standing for OBJ in this phase: in the first, all memory
   that outlives the function is one object.  */
static uint32_t
canonical (const solver *sv, int obj)
{
  if (sv->merge_external && obj != OBJ_INITIAL && object_is_root (sv->fn, obj))
    return (uint32_t) sv->fn->unknown_object;
  return (uint32_t) obj;
}

/* Dependencies of phase 1's instructions.  */

static void
marks_reserve (change_marks *m, int index)
{
  if (index < m->cap)
    return;
  int old = m->cap, cap = old;
  m->changed = xgrow (m->changed, &cap, index + 1, sizeof (uint64_t));
  cap = old;
  m->seen = xgrow (m->seen, &cap, index + 1, sizeof (uint32_t));
  memset (&m->changed[old], 0, (size_t) (cap - old) * sizeof (uint64_t));
  memset (&m->seen[old], 0, (size_t) (cap - old) * sizeof (uint32_t));
  m->cap = cap;
}

static void
marks_clear (change_marks *m)
{
  if (m->cap)
    memset (m->changed, 0, (size_t) m->cap * sizeof (uint64_t));
}

static void
marks_free (change_marks *m)
{
  free (m->changed);
  free (m->seen);
}

/* The running instruction, if phase 1 records what it reads, reads
   thing INDEX (of kind TAG, noted in M).  */
static void
note_read (solver *sv, change_marks *m, uint32_t tag, int index)
{
  if (!sv->deps_of)
    return;
  marks_reserve (m, index);
  if (m->seen[index] == sv->run_serial)
    return;
  m->seen[index] = sv->run_serial;
  insn_deps *d = sv->deps_of;
  d->v = xgrow (d->v, &d->cap, d->n + 1, sizeof (uint32_t));
  d->v[d->n++] = tag | (uint32_t) index;
}

static void
note_changed (solver *sv, change_marks *m, int index)
{
  sv->changed = true;
  marks_reserve (m, index);
  m->changed[index] = ++sv->tick;
}

/* Whether instruction ID read something that changed since it ran.  */
static bool
deps_changed (const solver *sv, uint32_t id)
{
  const insn_deps *d = &sv->deps[id];
  if (!d->ran)
    return true;
  for (int i = 0; i < d->n; i++)
    {
      uint32_t dep = d->v[i];
      const change_marks *m = &sv->var_marks;
      if (dep & DEP_OBJECT)
	m = &sv->obj_marks;
      else if (dep & DEP_LOCATION)
	m = &sv->loc_marks;
      if (m->changed[DEP_INDEX (dep)] >= d->ran)
	return true;
    }
  return false;
}

/* The elements VALUE designates, added to OUT (writer WRITER).  */
static void
value_elements (solver *sv, esc_value value, bool unknown_offset,
		uint32_t writer, elem_set *out)
{
  esc_function *fn = sv->fn;
  switch (value.kind)
    {
    case ESC_VALUE_ADDRESS:
      {
	elem e = { canonical (sv, value.id), 0, writer };
	e.offset = unknown_offset ? OFFSET_ANY : offset_add (0, value.offset);
	set_insert (out, e);
	break;
      }
    case ESC_VALUE_VAR:
      {
	note_read (sv, &sv->var_marks, 0, value.id);
	const elem_set *s = &fn->vars[value.id];
	if (s->n == 0)
	  break;
	/* Shifting offsets can reorder elements: sort a copy, then merge
	   it in.  */
	elem_set *shifted = &sv->shifted;
	set_clear (shifted);
	for (uint32_t i = 0; i < s->n; i++)
	  {
	    elem e = s->v[i];
	    e.offset = unknown_offset ? OFFSET_ANY
				      : offset_add (e.offset, value.offset);
	    e.writer = writer;
	    set_append (shifted, e);
	  }
	set_normalize (shifted);
	sv->work += shifted->n + out->n;
	set_union (out, shifted);
	break;
      }
    default:
      {
	/* A value holding no address.  */
	elem e = { OBJ_NONE, 0, writer };
	set_insert (out, e);
	break;
      }
    }
}

/* A variable pointing into one object at more offsets than this points
   anywhere in it: pointer arithmetic in loops would add offsets forever.  */
#define MAX_OFFSETS_PER_OBJECT 8

/* Whether set S, sorted, holds OBJ at OFFSET_ANY.  */
static bool
set_has_any_offset (const elem_set *s, uint32_t obj)
{
  uint32_t lo = 0, hi = s->n;
  while (lo < hi)
    {
      uint32_t mid = (lo + hi) / 2;
      const elem *e = &s->v[mid];
      if (e->obj < obj || (e->obj == obj && e->offset < OFFSET_ANY))
	lo = mid + 1;
      else
	hi = mid;
    }
  return lo < s->n && s->v[lo].obj == obj && s->v[lo].offset == OFFSET_ANY;
}

/* Whether A comes before B, writers aside.  */
static bool
elem_before (elem a, elem b)
{
  return a.obj < b.obj || (a.obj == b.obj && a.offset < b.offset);
}

/* Add S to D, writers dropped, folding the offsets of an object into
   OFFSET_ANY once there are too many (SCRATCH is for the work); whether
   D grew.  D holds no writers.  */
static bool
union_folding (elem_set *d, const elem_set *s, elem_set *scratch)
{
  /* The elements of S that D lacks and that no OFFSET_ANY element of D
     covers: most often none.  Both are sorted, so one walk over D finds
     them, and D is only rewritten when there are some.  */
  elem_set *add = scratch;
  set_clear (add);
  uint32_t j = 0;
  for (uint32_t i = 0; i < s->n; i++)
    {
      elem e = { s->v[i].obj, s->v[i].offset, 0 };
      if (i && elem_before (e, s->v[i - 1]))
	j = 0; /* not sorted after all: walk D again */
      if (add->n && add->v[add->n - 1].obj == e.obj
	  && add->v[add->n - 1].offset == e.offset)
	continue;
      while (j < d->n && elem_before (d->v[j], e))
	j++;
      if (j < d->n && d->v[j].obj == e.obj && d->v[j].offset == e.offset)
	continue;
      if (e.offset != OFFSET_ANY && set_has_any_offset (d, e.obj))
	continue;
      if (add->n && elem_before (e, add->v[add->n - 1]))
	set_insert (add, e);
      else
	set_append (add, e);
    }
  if (add->n == 0)
    return false;
  set_union_disjoint (d, add);
  uint32_t k = 0;
  for (uint32_t i = 0; i < d->n;)
    {
      uint32_t j = i;
      while (j < d->n && d->v[j].obj == d->v[i].obj)
	j++;
      if (j - i > MAX_OFFSETS_PER_OBJECT || d->v[j - 1].offset == OFFSET_ANY)
	{
	  d->v[k] = d->v[i];
	  d->v[k].offset = OFFSET_ANY;
	  d->v[k].writer = 0;
	  k++;
	}
      else
	for (uint32_t m = i; m < j; m++)
	  d->v[k++] = d->v[m];
      i = j;
    }
  d->n = k;
  return true;
}

/* Add S to the points-to set of VAR, folding the offsets of an object
   into OFFSET_ANY once there are too many.  */
static void
var_add (solver *sv, int var, const elem_set *s)
{
  if (var < 0 || s->n == 0)
    return;
  elem_set *d = &sv->fn->vars[var];
  sv->work += s->n + d->n;
  if (union_folding (d, s, &sv->scratch))
    note_changed (sv, &sv->var_marks, var);
}

/* Whether a store into OBJ may replace what it held: OBJ stands for one
   piece of memory while the function runs.  */
static bool
object_strong (const esc_function *fn, uint32_t obj)
{
  const object *o = &fn->objects[obj];
  switch (o->kind)
    {
    case ESC_OBJ_UNKNOWN:
      return false;
    case ESC_OBJ_PARAM_POINTEE:
    case ESC_OBJ_GLOBAL_POINTEE:
      /* What one location pointed to on entry: one piece of memory.  */
      return !o->summary && o->depth < MAX_POINTEE_DEPTH;
    case ESC_OBJ_CALL_RESULT:
      /* Every call of the callee: many pieces of memory.  A store through
	 the same pointer still undoes an earlier one (kill_same_access).  */
      return false;
    default:
      return true;
    }
}

/* Whether OBJ is one location: memory the analysis cannot tell apart
   (unknown memory, the deepest pointees of parameters and globals) has
   no fields worth telling apart either.  The deepest pointees of a
   call's result keep theirs: they come at a smaller depth, and a load
   of one field after a store into another ("c->aux = &z; return
   c->next->data;") must not see the store.  */
static bool
object_field_insensitive (const esc_function *fn, uint32_t obj)
{
  const object *o = &fn->objects[obj];
  return o->kind == ESC_OBJ_UNKNOWN
	 || ((o->kind == ESC_OBJ_PARAM_POINTEE
	      || o->kind == ESC_OBJ_GLOBAL_POINTEE)
	     && o->depth >= MAX_POINTEE_DEPTH);
}

/* Read location LOC in S into OUT, writers dropped.  */
static bool
tracked_p (const solver *sv, int loc)
{
  return loc < sv->ntracked && sv->tracked[loc];
}

static bool
location_tracked (const solver *sv, int loc)
{
  return !sv->insensitive && tracked_p (sv, loc);
}

/* What LOC holds in phase 1's state, or NULL for "its initial value".  */
static const elem_set *
everywhere_contents (solver *sv, int loc)
{
  if (sv->insensitive)
    note_read (sv, &sv->loc_marks, DEP_LOCATION, loc);
  state_entry *e = state_find (&sv->everywhere, loc);
  return e ? &e->contents : NULL;
}

/* What LOC holds at this point of phase 2, or NULL for "its initial
   value".  */
const elem_set *
phase2_contents (solver *sv, state *s, int loc)
{
  if (!location_tracked (sv, loc))
    return everywhere_contents (sv, loc);
  state_entry *e = state_find (s, loc);
  if (e)
    return &e->contents;
  const elem_set *v = flow_entry_value (sv, loc);
  return v ? v : everywhere_contents (sv, loc);
}

/* The entry of tracked LOC in phase 2's block state S, added with what
   reaches the block if missing.  */
static state_entry *
phase2_entry (solver *sv, state *s, int loc)
{
  state_entry *e = state_find (s, loc);
  if (e)
    return e;
  const elem_set *v = phase2_contents (sv, s, loc);
  e = state_get (s, loc);
  if (v)
    set_copy (&e->contents, v);
  return e;
}

/* What LOC holds in S (phase 1's state in phase 1), noting the read.  */
static const elem_set *
location_contents (solver *sv, state *s, int loc)
{
  if (sv->recording && tracked_p (sv, loc))
    flow_record (sv, loc, false);
  return sv->insensitive ? everywhere_contents (sv, loc)
			 : phase2_contents (sv, s, loc);
}

/* Element X of what location LOC holds, as a value: writer dropped, the
   initial contents replaced by what they designate.  */
static elem
location_value (solver *sv, int loc, elem x)
{
  x.writer = 0;
  if (x.obj == OBJ_INITIAL)
    {
      /* Memory the function did not write: the root's pointee, or for
	 stack and fresh heap memory, nothing that is an address.  */
      int p = location_initial_pointee (sv->fn, loc);
      x.obj = p >= 0 ? canonical (sv, p) : OBJ_NONE;
      x.offset = 0;
    }
  return x;
}

static void
read_location (solver *sv, state *s, int loc, elem_set *out)
{
  const elem_set *c = location_contents (sv, s, loc);
  uint32_t n = c ? c->n : 1;
  sv->work += n + out->n;
  /* The contents are sorted by object, offset and writer: without the
     writers they stay sorted, duplicates side by side.  */
  elem_set *plain = &sv->scratch;
  set_clear (plain);
  for (uint32_t i = 0; i < n; i++)
    {
      elem x = c ? c->v[i] : initial_elem;
      if (x.obj == OBJ_INITIAL)
	{
	  set_insert (out, location_value (sv, loc, x));
	  continue;
	}
      x.writer = 0;
      if (plain->n && plain->v[plain->n - 1].obj == x.obj
	  && plain->v[plain->n - 1].offset == x.offset)
	continue;
      set_insert (plain, x);
    }
  set_union (out, plain);
}

/* The cached read of every location of OBJ in phase 1's state, or NULL
   when there is none or it may be stale: a location of OBJ changed or was
   added since.  In phase 2, only for an object none of whose locations
   is tracked (phase 1's state is final then); never while recording,
   which must see the reads.  */
static object_read *
cached_object_read (solver *sv, uint32_t obj)
{
  esc_function *fn = sv->fn;
  if (sv->recording || (int) obj >= sv->nobject_reads)
    return NULL;
  object_read *r = &sv->object_reads[obj];
  if (!r->valid || r->nlocs != fn->objects[obj].nlocs
      || ((int) obj < sv->obj_marks.cap
	  && sv->obj_marks.changed[obj] > r->computed_at))
    return NULL;
  if (!sv->insensitive)
    for (int i = 0; i < fn->objects[obj].nlocs; i++)
      if (tracked_p (sv, fn->objects[obj].locs[i]))
	return NULL;
  return r;
}

static void
cache_object_read (solver *sv, uint32_t obj, const elem_set *all)
{
  if (sv->recording || !sv->insensitive)
    return;
  if ((int) obj >= sv->nobject_reads)
    {
      int old = sv->nobject_reads;
      sv->object_reads = xgrow (sv->object_reads, &sv->nobject_reads,
				(int) obj + 1, sizeof (object_read));
      memset (&sv->object_reads[old], 0,
	      (size_t) (sv->nobject_reads - old) * sizeof (object_read));
    }
  object_read *r = &sv->object_reads[obj];
  set_copy (&r->contents, all);
  r->nlocs = sv->fn->objects[obj].nlocs;
  r->computed_at = sv->tick;
  r->valid = true;
}

/* Forget the cached reads: phase 1 starts again.  */
static void
clear_object_reads (solver *sv)
{
  for (int o = 0; o < sv->nobject_reads; o++)
    sv->object_reads[o].valid = false;
}

/* Read every location of OBJ into OUT.  Gathered, then sorted once: a
   merge per location would cost the object's locations times what they
   hold.  Many instructions read the same objects whole (the places of a
   callee's summary, loads at variable indexes): the result is kept until
   the object changes.  */
static void
read_object (solver *sv, state *s, uint32_t obj, elem_set *out)
{
  esc_function *fn = sv->fn;
  if (fn->objects[obj].nlocs == 0)
    {
      read_location (sv, s, location_get (fn, obj, OFFSET_ANY), out);
      return;
    }
  const object_read *cached = cached_object_read (sv, obj);
  if (cached)
    {
      sv->work += cached->contents.n + out->n;
      set_union (out, &cached->contents);
      return;
    }
  elem_set *all = &sv->gathered;
  set_clear (all);
  for (int i = 0; i < fn->objects[obj].nlocs; i++)
    {
      int loc = fn->objects[obj].locs[i];
      if (fn->locations[loc].offset == OFFSET_DEAD)
	continue;
      const elem_set *c = location_contents (sv, s, loc);
      uint32_t n = c ? c->n : 1;
      for (uint32_t k = 0; k < n; k++)
	set_append (all, location_value (sv, loc, c ? c->v[k] : initial_elem));
    }
  set_normalize (all);
  sv->work += all->n + out->n;
  set_union (out, all);
  cache_object_read (sv, obj, all);
}

/* Read what an access of SIZE bytes at T may see.  */
static void
read_target (solver *sv, state *s, elem t, elem_set *out)
{
  esc_function *fn = sv->fn;
  if (t.obj == (uint32_t) fn->unknown_object)
    {
      /* What unknown memory holds is unknown.  Stack addresses stored
	 there have escaped already; reading them back would only spread
	 everything ever stored there into every pointer loaded from it.  */
      elem u = { t.obj, 0, 0 };
      set_insert (out, u);
      return;
    }
  if (object_field_insensitive (fn, t.obj))
    t.offset = OFFSET_ANY;
  if (t.offset == OFFSET_ANY)
    {
      if (sv->insensitive)
	note_read (sv, &sv->obj_marks, DEP_OBJECT, (int) t.obj);
      read_object (sv, s, t.obj, out);
      return;
    }
  read_location (sv, s, location_get (fn, t.obj, t.offset), out);
  /* What was written at unknown offsets may be there too; if nothing
     was, that location only repeats the initial contents.  */
  int any = location_get (fn, t.obj, OFFSET_ANY);
  if (everywhere_contents (sv, any))
    read_location (sv, s, any, out);
}

/* Whether block B is in a cycle of the control flow graph: in a strongly
   connected component of several blocks, or its own successor (Kosaraju:
   the components of the reversed graph, taken in reverse postorder).  */
static bool
block_in_cycle (solver *sv, int b)
{
  esc_function *fn = sv->fn;
  if (!sv->in_cycle)
    {
      int n = fn->nblocks;
      int *component = xmalloc_zero ((size_t) n * sizeof (int));
      int *size = xmalloc_zero ((size_t) (n + 1) * sizeof (int));
      int *stack = xmalloc_zero ((size_t) n * sizeof (int));
      int ncomponents = 0;
      /* Blocks not reached from the entry are in no component: -1.  */
      for (int v = 0; v < n; v++)
	component[v] = -1;
      for (int r = 0; r < sv->nrpo; r++)
	component[sv->rpo[r]] = 0;
      for (int r = 0; r < sv->nrpo; r++)
	{
	  int root = sv->rpo[r];
	  if (component[root])
	    continue;
	  int sp = 0;
	  component[root] = ++ncomponents;
	  stack[sp++] = root;
	  while (sp)
	    {
	      int v = stack[--sp];
	      size[ncomponents]++;
	      for (int k = 0; k < fn->blocks[v].npreds; k++)
		{
		  int p = fn->blocks[v].preds[k];
		  if (component[p] == 0)
		    {
		      component[p] = ncomponents;
		      stack[sp++] = p;
		    }
		}
	    }
	}
      sv->in_cycle = xmalloc_zero ((size_t) (n ? n : 1));
      for (int v = 0; v < n; v++)
	{
	  bool cycle = component[v] > 0 && size[component[v]] > 1;
	  for (int k = 0; k < fn->blocks[v].nsuccs && !cycle; k++)
	    cycle = fn->blocks[v].succs[k] == v;
	  sv->in_cycle[v] = cycle;
	}
      free (component);
      free (size);
      free (stack);
    }
  return sv->in_cycle[b];
}

/* Whether instructions A and B store at the same address, whatever it
   points to: through the same SSA variable at the same known offset, or
   through the same variable or object at the same offset from the same
   index, set once.  */
static bool
same_access (solver *sv, uint32_t a, uint32_t b)
{
  const insn *x = &sv->fn->insns[a], *y = &sv->fn->insns[b];
  if (x->code != INSN_STORE || y->code != INSN_STORE
      || x->addr.kind != y->addr.kind || x->addr.id != y->addr.id)
    return false;
  if (x->addr.offset != ESC_OFFSET_UNKNOWN)
    return x->addr.kind == ESC_VALUE_VAR && x->addr.offset == y->addr.offset;
  return (x->addr.kind == ESC_VALUE_VAR || x->addr.kind == ESC_VALUE_ADDRESS)
	 && y->addr.offset == ESC_OFFSET_UNKNOWN && x->index_var
	 && x->index_var == y->index_var && x->index_offset == y->index_offset
	 && !block_in_cycle (sv, x->index_block);
}

/* A weak store still replaces what an earlier store through the same
   pointer put there (e.g. "db->p = &x; ...; db->p = 0;" where db points
   into memory the analysis cannot tell apart): drop those elements.  */
static void
kill_same_access (solver *sv, state_entry *e)
{
  if (!e)
    return;
  uint32_t k = 0;
  for (uint32_t i = 0; i < e->contents.n; i++)
    {
      uint32_t w = e->contents.v[i].writer;
      if (!(w && same_access (sv, w, sv->store_insn)))
	e->contents.v[k++] = e->contents.v[i];
    }
  e->contents.n = k;
}

/* Write VALUES into the locations of T: replace what [offset, offset +
   SIZE) held when STRONG, else add to it.  */
static void
write_target (solver *sv, state *s, elem t, int64_t size, bool strong,
	      const elem_set *values)
{
  esc_function *fn = sv->fn;
  sv->work += values->n;
  if (object_field_insensitive (fn, t.obj))
    t.offset = OFFSET_ANY;
  if (sv->recording)
    {
      /* Note every tracked location phase 2 may write here.  */
      object *o = &fn->objects[t.obj];
      for (int i = 0; i < o->nlocs; i++)
	{
	  location *l = &fn->locations[o->locs[i]];
	  if (t.offset != OFFSET_ANY && l->offset < OFFSET_DEAD
	      && l->offset >= t.offset
	      && (size < 0 || (int64_t) l->offset < (int64_t) t.offset + size)
	      && tracked_p (sv, o->locs[i]))
	    flow_record (sv, o->locs[i], true);
	}
      int loc = location_get (fn, t.obj, t.offset);
      if (tracked_p (sv, loc))
	flow_record (sv, loc, true);
    }
  if (sv->insensitive)
    {
      /* Phase 1: everything adds up in one state.  Writers only matter
	 for reporting, which phase 2 does: leave them out.  */
      if (values->n == 0)
	return;
      int loc = location_get (fn, t.obj, t.offset);
      bool added = !state_find (&sv->everywhere, loc);
      state_entry *e = state_get (&sv->everywhere, loc);
      /* Memory too folds the offsets of an object: a copy or store
	 feeding on its own location would add one every round.  */
      if (union_folding (&e->contents, values, &sv->scratch) || added)
	{
	  note_changed (sv, &sv->loc_marks, loc);
	  /* News to the reads of the whole object too.  */
	  note_changed (sv, &sv->obj_marks, (int) t.obj);
	}
      return;
    }
  /* Phase 2: locations not tracked already hold all they can hold in
     phase 1's state.  */
  if (t.offset == OFFSET_ANY)
    strong = false;
  if (strong)
    {
      /* Clear every location the write covers, then set the first.  */
      object *o = &fn->objects[t.obj];
      for (int i = 0; i < o->nlocs; i++)
	{
	  location *l = &fn->locations[o->locs[i]];
	  if (l->offset < OFFSET_DEAD && l->offset >= t.offset
	      && (size < 0 || (int64_t) l->offset < (int64_t) t.offset + size)
	      && location_tracked (sv, o->locs[i]))
	    set_clear (&phase2_entry (sv, s, o->locs[i])->contents);
	}
      int loc = location_get (fn, t.obj, t.offset);
      if (location_tracked (sv, loc))
	set_copy (&phase2_entry (sv, s, loc)->contents, values);
      return;
    }
  int loc = location_get (fn, t.obj, t.offset);
  if (!location_tracked (sv, loc))
    return;
  state_entry *e = phase2_entry (sv, s, loc);
  if (sv->store_insn)
    kill_same_access (sv, e);
  set_union (&e->contents, values);
}

/* Drop from S the elements that are no address.  */
static void
drop_none (elem_set *s)
{
  uint32_t k = 0;
  for (uint32_t i = 0; i < s->n; i++)
    if (s->v[i].obj != OBJ_NONE && s->v[i].obj != OBJ_INITIAL)
      s->v[k++] = s->v[i];
  s->n = k;
}

/* The addresses VALUE designates, in SV->targets.  */
void
targets_of (solver *sv, esc_value value)
{
  set_clear (&sv->targets);
  value_elements (sv, value, false, 0, &sv->targets);
  drop_none (&sv->targets);
}

int
strong_target (solver *sv)
{
  int found = -1;
  for (uint32_t i = 0; i < sv->targets.n; i++)
    {
      if (sv->targets.v[i].obj == (uint32_t) sv->fn->unknown_object)
	continue;
      if (found >= 0)
	return -1;
      found = (int) i;
    }
  if (found < 0 || sv->targets.v[found].offset == OFFSET_ANY
      || !object_strong (sv->fn, sv->targets.v[found].obj))
    return -1;
  return found;
}

bool
single_strong_target (solver *sv)
{
  return strong_target (sv) >= 0;
}

static void
run_store (solver *sv, state *s, const insn *in, uint32_t id)
{
  set_clear (&sv->values);
  value_elements (sv, in->src, false, id, &sv->values);
  targets_of (sv, in->addr);
  bool strong = single_strong_target (sv);
  sv->store_insn = id;
  for (uint32_t i = 0; i < sv->targets.n; i++)
    write_target (sv, s, sv->targets.v[i], in->size, strong, &sv->values);
  sv->store_insn = 0;
}

/* A piece of memory being copied: its offset from the start of the copy
   (or OFFSET_ANY) and contents.  */
typedef struct piece
{
  uint32_t offset;
  elem_set contents;
} piece;

/* The contents of the piece at OFFSET in PIECES, added if missing.  */
static elem_set *
piece_at (piece **pieces, int *npieces, int *cap, uint32_t offset)
{
  for (int k = 0; k < *npieces; k++)
    if ((*pieces)[k].offset == offset)
      return &(*pieces)[k].contents;
  *pieces = xgrow (*pieces, cap, *npieces + 1, sizeof (piece));
  piece *p = &(*pieces)[(*npieces)++];
  p->offset = offset;
  memset (&p->contents, 0, sizeof p->contents);
  return &p->contents;
}

/* Copy SIZE bytes (negative: unknown) from SRC to DST, as instruction ID.  */
static void
run_copy (solver *sv, state *s, esc_value dst, esc_value src, int64_t size,
	  uint32_t id)
{
  esc_function *fn = sv->fn;
  piece *pieces = NULL;
  int npieces = 0, cap = 0;

  elem_set src_targets = { 0 };
  value_elements (sv, src, false, 0, &src_targets);
  drop_none (&src_targets);
  for (uint32_t t = 0; t < src_targets.n; t++)
    {
      elem st = src_targets.v[t];
      if (object_field_insensitive (fn, st.obj))
	st.offset = OFFSET_ANY;
      if (sv->insensitive)
	note_read (sv, &sv->obj_marks, DEP_OBJECT, (int) st.obj);
      object *o = &fn->objects[st.obj];
      int nlocs = o->nlocs;
      for (int i = 0; i < nlocs; i++)
	{
	  int loc = fn->objects[st.obj].locs[i];
	  uint32_t lo = fn->locations[loc].offset;
	  uint32_t rel;
	  /* Nothing written at an unknown offset: that location only
	     repeats the initial contents (the root's pointee, below).  */
	  if (lo == OFFSET_DEAD
	      || (lo == OFFSET_ANY && !everywhere_contents (sv, loc)))
	    continue;
	  if (lo == OFFSET_ANY || st.offset == OFFSET_ANY)
	    rel = OFFSET_ANY;
	  else if (lo >= st.offset
		   && (size < 0 || (int64_t) lo < (int64_t) st.offset + size))
	    rel = lo - st.offset;
	  else
	    continue;
	  read_location (sv, s, loc, piece_at (&pieces, &npieces, &cap, rel));
	}
      /* Memory the function did not write holds the root's pointee.  */
      int p = object_is_root (fn, (int) st.obj)
		      || fn->objects[st.obj].initial_pointee >= 0
		  ? location_initial_pointee (
		      fn, location_get (fn, st.obj, OFFSET_ANY))
		  : -1;
      if (p >= 0)
	{
	  elem e = { canonical (sv, p), 0, 0 };
	  set_insert (piece_at (&pieces, &npieces, &cap, OFFSET_ANY), e);
	}
    }
  for (int i = 0; i < npieces; i++)
    for (uint32_t k = 0; k < pieces[i].contents.n; k++)
      pieces[i].contents.v[k].writer = id;

  targets_of (sv, dst);
  bool strong = size >= 0 && single_strong_target (sv);
  /* What the copied bytes hold where no address was: no address.  */
  elem_set none = { 0 };
  elem no_address = { OBJ_NONE, 0, id };
  set_insert (&none, no_address);
  elem_set targets = { 0 };
  set_copy (&targets, &sv->targets);
  for (uint32_t t = 0; t < targets.n; t++)
    {
      elem dt = targets.v[t];
      if (strong)
	write_target (sv, s, dt, size, true, &none);
      /* A copy within one object (memmove's shift of an array) goes
	 anywhere in it, or each round of phase 1 would shift it by
	 another step.  */
      bool within = false;
      for (uint32_t k = 0; k < src_targets.n; k++)
	within |= src_targets.v[k].obj == dt.obj;
      for (int i = 0; i < npieces; i++)
	{
	  elem at = dt;
	  at.offset = pieces[i].offset == OFFSET_ANY || within
			  ? OFFSET_ANY
			  : offset_add (dt.offset, pieces[i].offset);
	  /* A strong copy replaces each field; the pieces were merged by
	     offset already.  */
	  write_target (sv, s, at, 8, strong && at.offset != OFFSET_ANY,
			&pieces[i].contents);
	}
    }
  set_free (&targets);
  set_free (&src_targets);
  set_free (&none);
  for (int i = 0; i < npieces; i++)
    set_free (&pieces[i].contents);
  free (pieces);
}

esc_value
call_arg (const insn *in, int i)
{
  esc_value none = { ESC_VALUE_NONE, 0, 0 };
  return i < in->nsrcs ? in->srcs[i] : none;
}

int64_t
constant_arg (const insn *in, int i)
{
  esc_value v = call_arg (in, i);
  return v.kind == ESC_VALUE_CONSTANT ? v.offset : -1;
}

/* Calls of summarized functions.  */

/* The caller's object for global or static variable NAME, made on
   first use.  */
static int
variable_object (esc_function *fn, enum esc_object_kind kind, const char *name)
{
  /* Unnamed ones (string literals) are one.  */
  for (int i = 0; i < fn->nobjects; i++)
    if (fn->objects[i].kind == kind
	&& strcmp (fn->objects[i].name ? fn->objects[i].name : "", name) == 0)
      return i;
  esc_loc nowhere = { NULL, 0, 0, 0 };
  return object_new (fn, kind, name, nowhere, -1);
}

/* The object *SLOT of a call (its FRESH_OBJECT or CAPTURE_OBJECT),
   made on first use.  */
static int
call_site_object (esc_function *fn, int *slot, enum esc_object_kind kind,
		  const char *name, esc_loc loc)
{
  if (*slot < 0)
    *slot = object_new (fn, kind, name, loc, -1);
  return *slot;
}

/* The caller's elements at place P of the callee of call ID, read in
   state S (with writer WRITER), added to OUT.  */
static void
resolve_place (solver *sv, state *s, uint32_t id, const place *p,
	       uint32_t writer, elem_set *out)
{
  esc_function *fn = sv->fn;
  insn *in = &fn->insns[id];
  elem_set *level = &sv->place_level;
  set_clear (level);
  switch (p->root)
    {
    case PLACE_NONE:
      {
	elem e = { OBJ_NONE, 0, writer };
	set_insert (out, e);
	return;
      }
    case PLACE_PARAM:
      value_elements (sv, call_arg (in, p->index), false, 0, level);
      drop_none (level);
      break;
    case PLACE_GLOBAL:
    case PLACE_STATIC:
      {
	elem e = { canonical (sv, variable_object (fn,
						   p->root == PLACE_GLOBAL
						       ? ESC_OBJ_GLOBAL
						       : ESC_OBJ_STATIC,
						   p->name)),
		   0, 0 };
	set_insert (level, e);
	break;
      }
    case PLACE_FRESH:
      {
	int obj = call_site_object (fn, &in->fresh_object, ESC_OBJ_HEAP,
				    in->callee, in->loc);
	elem e = { (uint32_t) obj, 0, 0 };
	set_insert (level, e);
	break;
      }
    case PLACE_CAPTURE:
      {
	int obj = call_site_object (fn, &in->capture_object, ESC_OBJ_CAPTURE,
				    p->name, in->loc);
	elem e = { canonical (sv, obj), 0, 0 };
	set_insert (level, e);
	break;
      }
    case PLACE_RESULT:
      targets_of (sv, in->addr);
      set_copy (level, &sv->targets);
      break;
    case PLACE_UNKNOWN:
      {
	elem e = { (uint32_t) (in->call_object >= 0
				   ? canonical (sv, in->call_object)
				   : (uint32_t) fn->unknown_object),
		   OFFSET_ANY, writer };
	set_insert (out, e);
	return;
      }
    }
  /* Follow the path through the caller's memory.  */
  for (int d = 0; d < p->depth && level->n; d++)
    {
      elem_set *next = &sv->place_next;
      set_clear (next);
      for (uint32_t i = 0; i < level->n; i++)
	{
	  elem t = level->v[i];
	  t.offset = p->path[d] == OFFSET_ANY
			 ? OFFSET_ANY
			 : offset_add (t.offset, p->path[d]);
	  read_target (sv, s, t, next);
	}
      drop_none (next);
      elem_set swap = *level;
      *level = *next;
      *next = swap;
    }
  for (uint32_t i = 0; i < level->n; i++)
    {
      elem e = level->v[i];
      e.offset = p->offset == OFFSET_ANY ? OFFSET_ANY
					 : offset_add (e.offset, p->offset);
      e.writer = writer;
      set_insert (out, e);
    }
}

/* Drop from S, the memory a callee writes, what unknown functions may
   have put in the caller's pointers (the policy of calls without
   summaries) when S names memory of the caller's too: otherwise any
   earlier call of an unknown function with the caller's struct would
   keep a later unlink from being seen.  */
static void
drop_foreign (const esc_function *fn, elem_set *s)
{
  uint32_t k = 0;
  for (uint32_t i = 0; i < s->n; i++)
    {
      enum esc_object_kind kind = fn->objects[s->v[i].obj].kind;
      if (kind != ESC_OBJ_CALL_RESULT && kind != ESC_OBJ_UNKNOWN)
	s->v[k++] = s->v[i];
    }
  if (k > 0)
    s->n = k;
}

void
call_write_targets (solver *sv, uint32_t id, int w)
{
  esc_function *fn = sv->fn;
  elem_set dest = { 0 };
  resolve_place (sv, &sv->everywhere, id,
		 &fn->insns[id].summary->writes[w].dest, 0, &dest);
  drop_none (&dest);
  drop_foreign (fn, &dest);
  set_copy (&sv->targets, &dest);
  set_free (&dest);
}

/* Of the addresses in *S, keep those that may be or lead to the
   function's stack memory: its own objects and memory it allocates,
   and with a summary, what its parameters point to; and the unknown
   memory that stands for the callee's own.  A store the callee does on
   some paths only is applied for them: the others, in a large function
   with many such calls, would only multiply what each location holds.  */
static void
keep_stack_memory (solver *sv, elem_set *s)
{
  uint32_t k = 0;
  for (uint32_t i = 0; i < s->n; i++)
    {
      /* The pseudo objects are of the unknown kind too.  */
      enum esc_object_kind kind = sv->fn->objects[s->v[i].obj].kind;
      if (object_is_stack_kind (kind) || kind == ESC_OBJ_HEAP
	  || kind == ESC_OBJ_UNKNOWN
	  || (sv->wants_summary && kind == ESC_OBJ_PARAM_POINTEE))
	s->v[k++] = s->v[i];
    }
  s->n = k;
}

/* Call ID of a function with summary SUM: its writes into the caller's
   memory and its result into RESULT, all read before any write is
   done.  */
static void
run_summary_call (solver *sv, state *s, uint32_t id, elem_set *result)
{
  esc_function *fn = sv->fn;
  const esc_summary *sum = fn->insns[id].summary;
  int n = sum->nwrites;
  /* The solver's, reused from call to call: a function's calls run in
     many rounds of both phases.  */
  if (sv->ncall_sets < 2 * n)
    {
      int old = sv->ncall_sets;
      sv->call_sets
	  = xgrow (sv->call_sets, &sv->ncall_sets, 2 * n, sizeof (elem_set));
      memset (&sv->call_sets[old], 0,
	      (size_t) (sv->ncall_sets - old) * sizeof (elem_set));
    }
  elem_set *dests = sv->call_sets, *values = sv->call_sets + n;
  for (int w = 0; w < 2 * n; w++)
    set_clear (&sv->call_sets[w]);
  for (int w = 0; w < n; w++)
    {
      const summary_write *sw = &sum->writes[w];
      uint32_t effect = (uint32_t) (fn->insns[id].first_effect + w);
      resolve_place (sv, s, id, &sw->dest, 0, &dests[w]);
      drop_none (&dests[w]);
      drop_foreign (fn, &dests[w]);
      for (int k = 0; k < sw->nvalues; k++)
	resolve_place (sv, s, id, &sw->values[k], effect, &values[w]);
      if (sw->some_paths)
	keep_stack_memory (sv, &values[w]);
    }
  /* What it returns is in its entry's terms too: what a global held
     before the call ("old = cur; cur = c; return old;").  */
  for (int k = 0; k < sum->nreturns; k++)
    resolve_place (sv, s, id, &sum->returns[k], 0, result);
  for (int w = 0; w < n; w++)
    {
      set_copy (&sv->targets, &dests[w]);
      bool strong = !sum->writes[w].keeps_old && single_strong_target (sv);
      for (uint32_t i = 0; i < dests[w].n; i++)
	write_target (sv, s, dests[w].v[i], 1, strong, &values[w]);
    }
}

/* Whether VALUE and STREAM surely stand for the same stream: the same
   value, or the one address of one piece of memory.  */
static bool
same_stream (solver *sv, esc_value value, const elem_set *stream)
{
  targets_of (sv, value);
  return sv->targets.n == 1 && stream->n == 1
	 && sv->targets.v[0].obj == stream->v[0].obj
	 && sv->targets.v[0].offset == stream->v[0].offset
	 && object_strong (sv->fn, stream->v[0].obj);
}

/* Call ID closes the stream STREAM, or gives it another buffer: what the
   buffers given to it before (setvbuf and kin) hold is released.  */
static void
release_stream_buffers (solver *sv, state *s, uint32_t id, esc_value stream)
{
  esc_function *fn = sv->fn;
  if (!fn->has_stream_buffers)
    return;
  elem_set closed = { 0 };
  value_elements (sv, stream, false, 0, &closed);
  drop_none (&closed);
  elem_set none = { 0 };
  elem released = { OBJ_NONE, 0, id };
  set_insert (&none, released);
  for (int k = 1; k < fn->ninsns; k++)
    {
      const insn *buffer = &fn->insns[k];
      if ((uint32_t) k == id || buffer->code != INSN_CALL || !buffer->model
	  || buffer->model->kind != ESC_MODEL_STREAM_BUFFER
	  || buffer->nsrcs < 1)
	continue;
      esc_value given = call_arg (buffer, 0);
      bool same = (given.kind == stream.kind && given.id == stream.id
		   && given.offset == stream.offset
		   && given.kind == ESC_VALUE_VAR)
		  || same_stream (sv, given, &closed);
      if (same)
	{
	  elem kept = { canonical (sv, buffer->call_object), 0, 0 };
	  write_target (sv, s, kept, -1, true, &none);
	}
    }
  set_free (&none);
  set_free (&closed);
}

static void note_named (solver *sv, state *s, esc_value value);
static void check_scope (solver *sv, state *s, esc_value addr, uint32_t use);

static void
run_call (solver *sv, state *s, const insn *in, uint32_t id)
{
  esc_function *fn = sv->fn;
  elem_set result = { 0 };
  enum esc_model_kind kind = in->model ? in->model->kind : ESC_MODEL_UNKNOWN;
  /* A pointer passed to a call is used there; an object passed by name
     is in scope again (decode (&s) in a loop whose body ends s's
     scope).  */
  for (int k = 0; k < in->nsrcs; k++)
    {
      check_scope (sv, s, in->srcs[k], id);
      note_named (sv, s, in->srcs[k]);
    }
  if (in->summary)
    {
      run_summary_call (sv, s, id, &result);
      kind = ESC_MODEL_NO_RETAIN;
    }
  switch (kind)
    {
    case ESC_MODEL_ALLOC:
    case ESC_MODEL_ALLOCA:
      {
	elem e = { (uint32_t) in->call_object, 0, 0 };
	set_insert (&result, e);
	/* realloc may return the block it resizes, with what it held.  */
	if (in->model && in->model->arg >= 0)
	  value_elements (sv, call_arg (in, in->model->arg), false, 0,
			  &result);
	break;
      }
    case ESC_MODEL_COPY:
      run_copy (sv, s, call_arg (in, 0), call_arg (in, 1),
		constant_arg (in, 2), id);
      value_elements (sv, call_arg (in, 0), false, 0, &result);
      break;
    case ESC_MODEL_SET:
      {
	elem_set none = { 0 };
	elem e = { OBJ_NONE, 0, id };
	set_insert (&none, e);
	targets_of (sv, call_arg (in, 0));
	int64_t size = constant_arg (in, 2);
	bool strong = size >= 0 && single_strong_target (sv);
	for (uint32_t i = 0; i < sv->targets.n; i++)
	  write_target (sv, s, sv->targets.v[i], size, strong, &none);
	set_free (&none);
	value_elements (sv, call_arg (in, 0), false, 0, &result);
	break;
      }
    case ESC_MODEL_RETURNS_ARG:
      value_elements (sv, call_arg (in, in->model->arg), true, 0, &result);
      break;
    case ESC_MODEL_STORE:
    case ESC_MODEL_STORE_MAY:
      {
	/* The old value first: an exchange returns it.  */
	targets_of (sv, call_arg (in, 0));
	elem_set targets = { 0 };
	set_copy (&targets, &sv->targets);
	for (uint32_t i = 0; i < targets.n; i++)
	  read_target (sv, s, targets.v[i], &result);
	elem_set stored = { 0 };
	value_elements (sv, call_arg (in, in->model->arg), false, id,
			&stored);
	set_copy (&sv->targets, &targets);
	bool strong = kind == ESC_MODEL_STORE && single_strong_target (sv);
	for (uint32_t i = 0; i < targets.n; i++)
	  write_target (sv, s, targets.v[i], -1, strong, &stored);
	set_free (&stored);
	set_free (&targets);
	break;
      }
    case ESC_MODEL_STREAM_CLOSE:
      release_stream_buffers (sv, s, id, call_arg (in, 0));
      break;
    case ESC_MODEL_STREAM_BUFFER:
    case ESC_MODEL_RETAINS:
    case ESC_MODEL_RETAINS_RETURNS:
    case ESC_MODEL_THREAD_CREATE:
      {
	/* A stream's new buffer replaces the old.  */
	if (kind == ESC_MODEL_STREAM_BUFFER)
	  release_stream_buffers (sv, s, id, call_arg (in, 0));
	/* What the callee keeps, in an object of its own.  */
	elem_set kept = { 0 };
	if (in->model->arg >= 0)
	  value_elements (sv, call_arg (in, in->model->arg), false, id, &kept);
	if (kind == ESC_MODEL_THREAD_CREATE)
	  {
	    /* The start routine matters when it is a nested function's
	       trampoline; any other function is no address.  */
	    elem_set routine = { 0 };
	    value_elements (sv, call_arg (in, in->model->arg - 1), false, id,
			    &routine);
	    drop_none (&routine);
	    set_union (&kept, &routine);
	    set_free (&routine);
	  }
	elem at = { canonical (sv, in->call_object), 0, 0 };
	write_target (sv, s, at, -1, !sv->merge_external, &kept);
	set_free (&kept);
	/* Each other argument kept in a field of its own: it holds that
	   argument only.  */
	unsigned more = in->model->also_kept | in->retained_args;
	for (int a = 0; more >> a; a++)
	  if ((more >> a) & 1)
	    {
	      elem_set one = { 0 };
	      value_elements (sv, call_arg (in, a), false, id, &one);
	      elem field = { canonical (sv, in->call_object),
			     (uint32_t) ((a + 1) * fn->pointer_size), 0 };
	      write_target (sv, s, field, fn->pointer_size,
			    !sv->merge_external, &one);
	      set_free (&one);
	    }
	if (kind == ESC_MODEL_RETAINS_RETURNS)
	  value_elements (sv, call_arg (in, in->model->arg), true, 0, &result);
	if (kind == ESC_MODEL_THREAD_CREATE)
	  {
	    /* The handle stands for the thread: pthread_join finds what
	       to release through it.  */
	    elem_set handle = { 0 };
	    elem h = { canonical (sv, in->call_object), 0, id };
	    set_insert (&handle, h);
	    targets_of (sv, call_arg (in, 0));
	    bool strong = single_strong_target (sv);
	    elem_set targets = { 0 };
	    set_copy (&targets, &sv->targets);
	    for (uint32_t i = 0; i < targets.n; i++)
	      write_target (sv, s, targets.v[i], -1, strong, &handle);
	    set_free (&targets);
	    set_free (&handle);
	  }
	break;
      }
    case ESC_MODEL_THREAD_JOIN:
      {
	/* The threads the handle may stand for; only a known one is
	   released.  */
	elem_set threads = { 0 };
	value_elements (sv, call_arg (in, in->model->arg), false, 0, &threads);
	drop_none (&threads);
	elem_set none = { 0 };
	elem released = { OBJ_NONE, 0, id };
	set_insert (&none, released);
	if (threads.n == 1
	    && fn->objects[threads.v[0].obj].kind == ESC_OBJ_CAPTURE)
	  {
	    elem t = { threads.v[0].obj, 0, 0 };
	    write_target (sv, s, t, -1, true, &none);
	  }
	set_free (&none);
	set_free (&threads);
	break;
      }
    case ESC_MODEL_NO_RETAIN:
      break;
    case ESC_MODEL_UNKNOWN:
      {
	/* The callee may store pointers to memory of its own into what
	   its arguments point to (one object for all callees: a summary),
	   and return such memory (an object per call site).  */
	elem theirs = { (uint32_t) fn->unknown_object, 0, id };
	elem own = { canonical (sv, in->call_object), 0, 0 };
	elem_set written = { 0 };
	set_insert (&written, theirs);
	for (int a = 0; a < in->nsrcs; a++)
	  {
	    targets_of (sv, in->srcs[a]);
	    for (uint32_t i = 0; i < sv->targets.n; i++)
	      {
		elem t = sv->targets.v[i];
		const object *o = &fn->objects[t.obj];
		/* An int cannot hold a pointer.  */
		bool too_small = o->size >= 0 && o->size < fn->pointer_size;
		if ((object_is_stack_kind (o->kind) || o->kind == ESC_OBJ_HEAP)
		    && !too_small)
		  {
		    t.offset = OFFSET_ANY;
		    write_target (sv, s, t, -1, false, &written);
		  }
	      }
	  }
	set_free (&written);
	set_insert (&result, own);
	break;
      }
    }
  if (in->returned_arg >= 0)
    value_elements (sv, call_arg (in, in->returned_arg), true, 0, &result);
  var_add (sv, in->dst, &result);
  if (in->addr.kind != ESC_VALUE_NONE && result.n)
    {
      for (uint32_t k = 0; k < result.n; k++)
	result.v[k].writer = id;
      targets_of (sv, in->addr);
      for (uint32_t i = 0; i < sv->targets.n; i++)
	{
	  elem t = sv->targets.v[i];
	  t.offset = OFFSET_ANY;
	  write_target (sv, s, t, -1, false, &result);
	}
    }
  set_free (&result);
}

/* Lifetimes.  The end of a block-scoped object's scope (GCC's clobber)
   puts a marker, written by the clobber, into the object's pseudo
   location at OFFSET_DEAD; naming the object again (taking its address,
   writing it: the block is entered again, as in a loop) takes it out.  A
   dereference that may reach an object whose marker may be there uses
   it after its scope ended.  */

static void
set_scope_ended (solver *sv, state *s, uint32_t obj, uint32_t clobber)
{
  elem_set marker = { 0 };
  if (clobber)
    {
      elem e = { OBJ_NONE, 0, clobber };
      set_insert (&marker, e);
    }
  elem t = { obj, OFFSET_DEAD, 0 };
  write_target (sv, s, t, -1, true, &marker);
  set_free (&marker);
}

/* VALUE names an object directly: if its scope ended before, the block
   is entered again.  */
static void
note_named (solver *sv, state *s, esc_value value)
{
  if (value.kind == ESC_VALUE_ADDRESS && sv->fn->objects[value.id].clobbered)
    set_scope_ended (sv, s, (uint32_t) value.id, 0);
}

static void
add_scope_finding (solver *sv, uint32_t obj, uint32_t use, bool certain)
{
  esc_function *fn = sv->fn;
  for (size_t i = 0; i < fn->nfindings; i++)
    if (fn->findings[i].object == (int) obj
	&& fn->findings[i].sink == ESC_SINK_SCOPE)
      return;
  finding_new (fn, (int) obj, ESC_SINK_SCOPE, -1, -1, fn->insns[use].loc,
	       (int) use, certain);
}

/* Instruction USE dereferences ADDR: does it reach an object whose scope
   may have ended?  Phase 1 only notes that phase 2 must look; phase 2
   reports, in its last round.  */
static void
check_scope (solver *sv, state *s, esc_value addr, uint32_t use)
{
  esc_function *fn = sv->fn;
  if (addr.kind != ESC_VALUE_VAR || !fn->has_clobbers
      || (!sv->insensitive && !sv->reporting))
    return;
  targets_of (sv, addr);
  elem_set targets = { 0 };
  set_copy (&targets, &sv->targets);
  /* Phase 2 reads what it may need: phase 1's targets contain its.  */
  for (uint32_t i = 0; sv->recording && i < targets.n; i++)
    if (fn->objects[targets.v[i].obj].clobbered)
      {
	int loc = location_get (fn, targets.v[i].obj, OFFSET_DEAD);
	if (tracked_p (sv, loc))
	  flow_record (sv, loc, false);
      }
  /* A pointer that may also point to an object whose scope has not
     ended is left alone: which one it points to usually goes with the
     path (p = c ? heap : &x, x's scope entered again only when c is
     false), and the analysis does not follow that.  */
  for (uint32_t i = 0; i < targets.n; i++)
    if (!fn->objects[targets.v[i].obj].clobbered)
      targets.n = 0;
  for (uint32_t i = 0; i < targets.n; i++)
    {
      uint32_t obj = targets.v[i].obj;
      int loc = location_get (fn, obj, OFFSET_DEAD);
      const elem_set *c = sv->insensitive ? everywhere_contents (sv, loc)
					  : phase2_contents (sv, s, loc);
      bool ended = false;
      for (uint32_t k = 0; c && k < c->n; k++)
	ended |= c->v[k].obj == OBJ_NONE;
      if (!ended)
	continue;
      if (sv->insensitive)
	sv->scope_candidate = true;
      else
	add_scope_finding (sv, obj, use, targets.n == 1 && c->n == 1);
    }
  set_free (&targets);
}

void
run_insn (solver *sv, state *s, uint32_t id)
{
  esc_function *fn = sv->fn;
  const insn *in = &fn->insns[id];
  switch (in->code)
    {
    case INSN_ASSIGN:
      {
	elem_set r = { 0 };
	for (int k = 0; k < in->nsrcs; k++)
	  {
	    value_elements (sv, in->srcs[k], in->unknown_offset, 0, &r);
	    note_named (sv, s, in->srcs[k]);
	  }
	var_add (sv, in->dst, &r);
	set_free (&r);
	break;
      }
    case INSN_LOAD:
      {
	elem_set r = { 0 };
	check_scope (sv, s, in->addr, id);
	if (in->dst < 0)
	  break;
	targets_of (sv, in->addr);
	elem_set targets = { 0 };
	set_copy (&targets, &sv->targets);
	for (uint32_t i = 0; i < targets.n; i++)
	  read_target (sv, s, targets.v[i], &r);
	set_free (&targets);
	var_add (sv, in->dst, &r);
	set_free (&r);
	break;
      }
    case INSN_STORE:
      check_scope (sv, s, in->addr, id);
      note_named (sv, s, in->addr);
      run_store (sv, s, in, id);
      break;
    case INSN_COPY:
      check_scope (sv, s, in->addr, id);
      check_scope (sv, s, in->src, id);
      note_named (sv, s, in->addr);
      run_copy (sv, s, in->addr, in->src, in->size, id);
      break;
    case INSN_CLOBBER:
      set_scope_ended (sv, s, (uint32_t) in->addr.id, id);
      break;
    case INSN_CALL:
      run_call (sv, s, in, id);
      break;
    case INSN_RETURN:
    case INSN_RETURN_MEMORY:
    case INSN_CALL_EFFECT:
      break;
    }
}

/* Reverse post-order of the blocks reachable from the entry.  */
static void
compute_rpo (solver *sv)
{
  esc_function *fn = sv->fn;
  int n = fn->nblocks;
  int *post = xmalloc_zero ((size_t) n * sizeof (int));
  int *stack = xmalloc_zero ((size_t) n * sizeof (int));
  int *next_succ = xmalloc_zero ((size_t) n * sizeof (int));
  char *seen = xmalloc_zero ((size_t) n);
  int npost = 0, sp = 0;
  stack[sp++] = 0;
  seen[0] = 1;
  while (sp)
    {
      int b = stack[sp - 1];
      if (next_succ[b] < fn->blocks[b].nsuccs)
	{
	  int s = fn->blocks[b].succs[next_succ[b]++];
	  if (!seen[s])
	    {
	      seen[s] = 1;
	      stack[sp++] = s;
	    }
	}
      else
	{
	  post[npost++] = b;
	  sp--;
	}
    }
  sv->rpo = xmalloc_zero ((size_t) (npost ? npost : 1) * sizeof (int));
  for (int i = 0; i < npost; i++)
    sv->rpo[i] = post[npost - 1 - i];
  sv->nrpo = npost;
  free (post);
  free (stack);
  free (next_succ);
  free (seen);
}

/* Forget what phase 1 recorded in an earlier run.  */
static void
reset_deps (solver *sv)
{
  esc_function *fn = sv->fn;
  if (!sv->deps)
    sv->deps = xmalloc_zero ((size_t) (fn->ninsns ? fn->ninsns : 1)
			     * sizeof (insn_deps));
  for (int i = 0; i < fn->ninsns; i++)
    sv->deps[i].ran = 0;
  marks_clear (&sv->var_marks);
  marks_clear (&sv->loc_marks);
  marks_clear (&sv->obj_marks);
  if (sv->cap_obj_nlocs)
    memset (sv->obj_nlocs, 0, (size_t) sv->cap_obj_nlocs * sizeof (int));
  sv->tick = 0;
  clear_object_reads (sv);
}

static void
free_deps (solver *sv)
{
  for (int i = 0; sv->deps && i < sv->fn->ninsns; i++)
    free (sv->deps[i].v);
  free (sv->deps);
  marks_free (&sv->var_marks);
  marks_free (&sv->loc_marks);
  marks_free (&sv->obj_marks);
  free (sv->obj_nlocs);
  for (int o = 0; o < sv->nobject_reads; o++)
    set_free (&sv->object_reads[o].contents);
  free (sv->object_reads);
}

/* A new location holds its initial contents: news to the instructions
   that read every location of its object.  */
static void
note_new_locations (solver *sv)
{
  esc_function *fn = sv->fn;
  if (sv->cap_obj_nlocs < fn->nobjects)
    {
      int old = sv->cap_obj_nlocs;
      sv->obj_nlocs = xgrow (sv->obj_nlocs, &sv->cap_obj_nlocs, fn->nobjects,
			     sizeof (int));
      memset (&sv->obj_nlocs[old], 0,
	      (size_t) (sv->cap_obj_nlocs - old) * sizeof (int));
    }
  for (int o = 0; o < fn->nobjects; o++)
    if (sv->obj_nlocs[o] != fn->objects[o].nlocs)
      {
	sv->obj_nlocs[o] = fn->objects[o].nlocs;
	note_changed (sv, &sv->obj_marks, o);
      }
}

/* Phase 1: run the instructions over the one state until nothing
   changes, each again only when what it read has changed since it last
   ran; false when over budget.  */
static bool
solve_insensitive (solver *sv)
{
  esc_function *fn = sv->fn;
  sv->insensitive = true;
  sv->everywhere.reached = true;
  reset_deps (sv);
  int round = 0;
  do
    {
      sv->changed = false;
      for (int r = 0; r < sv->nrpo; r++)
	{
	  block *blk = &fn->blocks[sv->rpo[r]];
	  for (int i = 0; i < blk->ninsns; i++)
	    {
	      uint32_t id = (uint32_t) blk->insns[i];
	      sv->work++;
	      if (!deps_changed (sv, id))
		continue;
	      insn_deps *d = &sv->deps[id];
	      d->n = 0;
	      /* Changes from here on, its own included, are news to it.  */
	      d->ran = sv->tick + 1;
	      sv->run_serial++;
	      sv->deps_of = d;
	      run_insn (sv, &sv->everywhere, id);
	      sv->deps_of = NULL;
	    }
	  /* Checked per block, not per round: a round of a huge function
	     can cost several budgets.  */
	  if (sv->work > sv->budget)
	    return false;
	}
      note_new_locations (sv);
      if (++round > MAX_ROUNDS)
	return false;
    }
  while (sv->changed);
  return true;
}

/* Whether element OBJ of what LOC holds is a carrier (by object in
   CARRIER); for the initial contents, the pointee known so far.  */
static bool
carrier_held (const esc_function *fn, const char *carrier, int loc,
	      uint32_t obj)
{
  if (obj == OBJ_INITIAL && fn->locations[loc].pointee_known)
    obj = (uint32_t) fn->locations[loc].pointee;
  return obj < (uint32_t) fn->nobjects && carrier[obj];
}

/* The locations phase 2 tracks: those that may hold the address of a
   carrier, where carriers are stack objects and the objects that may
   hold a carrier's address.  Other locations cannot lead to a stack
   object, so phase 1's answer is as good for them.  For a summary, what
   the parameters point to and the pointees of their fields carry too:
   the summary's places are paths through them.  */
static void
choose_tracked (solver *sv)
{
  esc_function *fn = sv->fn;
  char *carrier = xmalloc_zero ((size_t) fn->nobjects);
  for (int o = 0; o < fn->nobjects; o++)
    carrier[o]
	= object_is_stack_kind (fn->objects[o].kind)
	  || (sv->summarize && fn->objects[o].kind == ESC_OBJ_PARAM_POINTEE
	      && fn->objects[o].depth <= 2);
  sv->ntracked = fn->nlocations;
  sv->tracked = xmalloc_zero ((size_t) (sv->ntracked ? sv->ntracked : 1));
  for (int i = 0; i < sv->everywhere.n; i++)
    if (fn->locations[sv->everywhere.v[i].loc].offset == OFFSET_DEAD)
      sv->tracked[sv->everywhere.v[i].loc] = 1;
  bool changed;
  do
    {
      changed = false;
      for (int i = 0; i < sv->everywhere.n; i++)
	{
	  state_entry *e = &sv->everywhere.v[i];
	  if (sv->tracked[e->loc])
	    continue;
	  for (uint32_t k = 0; k < e->contents.n; k++)
	    if (carrier_held (fn, carrier, e->loc, e->contents.v[k].obj))
	      {
		sv->tracked[e->loc] = 1;
		carrier[fn->locations[e->loc].obj] = 1;
		changed = true;
		break;
	      }
	}
    }
  while (changed);
  free (carrier);
}

char *
must_at_returns (solver *sv, const char *gen, int k, const int *only)
{
  esc_function *fn = sv->fn;
  int nb = fn->nblocks;
  char *out = xmalloc_zero ((size_t) nb * (size_t) k);
  char *in = xmalloc_zero ((size_t) k);
  char *reached = xmalloc_zero ((size_t) nb);
  char *result = xmalloc_zero ((size_t) k);
  /* The blocks a path reaches, by the edges ONLY allows.  */
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      reached[b] = r == 0;
      for (int p = 0; r != 0 && p < fn->blocks[b].npreds && !reached[b]; p++)
	{
	  int from = fn->blocks[b].preds[p];
	  reached[b] = reached[from] && (!only || only[from] < 0 || only[from] == b);
	}
    }
  /* A block reached only through a back edge.  */
  bool grew;
  do
    {
      grew = false;
      for (int r = 1; r < sv->nrpo; r++)
	{
	  int b = sv->rpo[r];
	  for (int p = 0; p < fn->blocks[b].npreds && !reached[b]; p++)
	    {
	      int from = fn->blocks[b].preds[p];
	      if (reached[from] && (!only || only[from] < 0 || only[from] == b))
		reached[b] = grew = 1;
	    }
	}
    }
  while (grew);
  /* Optimistic start of a must analysis: everything holds.  */
  memset (out, 1, (size_t) nb * (size_t) k);
  bool changed;
  int rounds = 0;
  do
    {
      changed = false;
      for (int r = 0; r < sv->nrpo; r++)
	{
	  int b = sv->rpo[r];
	  block *blk = &fn->blocks[b];
	  if (!reached[b])
	    continue;
	  memset (in, r != 0, (size_t) k);
	  for (int p = 0; r != 0 && p < blk->npreds; p++)
	    {
	      int from = blk->preds[p];
	      if (reached[from] && (!only || only[from] < 0 || only[from] == b))
		for (int j = 0; j < k; j++)
		  in[j] &= out[(size_t) from * k + j];
	    }
	  for (int j = 0; j < k; j++)
	    {
	      char v = in[j] | gen[(size_t) b * k + j];
	      if (out[(size_t) b * k + j] != v)
		{
		  out[(size_t) b * k + j] = v;
		  changed = true;
		}
	    }
	  sv->work += k;
	}
    }
  while (changed && ++rounds < MAX_ROUNDS);
  /* At the end of every block holding a return (a return ends its
     block).  */
  bool any_return = false;
  memset (result, 1, (size_t) k);
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block *blk = &fn->blocks[b];
      bool returns = false;
      for (int i = 0; i < blk->ninsns; i++)
	{
	  enum insn_code c = fn->insns[blk->insns[i]].code;
	  returns |= c == INSN_RETURN || c == INSN_RETURN_MEMORY;
	}
      if (!returns || !reached[b])
	continue;
      any_return = true;
      for (int j = 0; j < k; j++)
	result[j] &= out[(size_t) b * k + j];
    }
  /* A function that never returns does nothing for its callers; a case
     of its tests in which it never returns, anything.  */
  if ((!any_return && !only) || changed)
    memset (result, 0, (size_t) k);
  free (out);
  free (in);
  free (reached);
  return result;
}

/* Whether anything escapes in phase 1's state, at any return.  */
static bool
leaks_everywhere (solver *sv)
{
  esc_function *fn = sv->fn;
  state **exit_states = xmalloc_zero ((size_t) fn->ninsns * sizeof (state *));
  int *exit_insns = xmalloc_zero ((size_t) fn->ninsns * sizeof (int));
  int nexits = 0;
  for (int r = 0; r < sv->nrpo; r++)
    {
      block *blk = &fn->blocks[sv->rpo[r]];
      for (int i = 0; i < blk->ninsns; i++)
	{
	  enum insn_code c = fn->insns[blk->insns[i]].code;
	  if (c == INSN_RETURN || c == INSN_RETURN_MEMORY)
	    {
	      exit_states[nexits] = &sv->everywhere;
	      exit_insns[nexits++] = blk->insns[i];
	    }
	}
    }
  find_leaks (fn, exit_states, exit_insns, nexits);
  free (exit_states);
  free (exit_insns);
  bool found = fn->nfindings > 0;
  fn->nfindings = 0;
  return found;
}

/* Attach to each call the summary of its callee, if there is one now,
   with an INSN_CALL_EFFECT per write of the summary.  */
static void
bind_summaries (esc_function *fn)
{
  int n = fn->ninsns;
  for (int i = 0; i < n; i++)
    {
      insn *in = &fn->insns[i];
      if (in->code != INSN_CALL || !in->callee)
	continue;
      const esc_summary *sum
	  = in->summary_forgotten ? NULL
	    : in->static_callee
		? summary_table_find_own (fn->summaries, in->callee)
		: esc_summary_find (fn->summaries, in->callee);
      /* Some of its tests decided by the arguments.  */
      if (sum && sum->by_case)
	{
	  case_mask cases = cases_at_call (sum->by_case, in);
	  if (cases != all_cases (sum->by_case->ntests))
	    sum = summary_in_cases (fn, sum, cases);
	  in = &fn->insns[i];
	}
      in->summary = sum;
      in->first_effect = -1;
      if (!sum || sum->nwrites == 0)
	continue;
      int first = fn->ninsns;
      for (int w = 0; w < sum->nwrites; w++)
	{
	  int e = insn_new (fn, INSN_CALL_EFFECT, sum->writes[w].loc);
	  fn->insns[e].dst = i;
	  fn->insns[e].size = w;
	}
      fn->insns[i].first_effect = first;
    }
}

/* A function is summarized only when it is at most this large: the
   helpers whose summaries matter (keep, push, unregister) are small, and
   the summaries of large functions rarely say anything precise.  */
#define MAX_SUMMARY_INSNS 120

/* Whether FN has a heap allocation site.  */
static bool
allocates (const esc_function *fn)
{
  for (int o = 0; o < fn->nobjects; o++)
    if (fn->objects[o].kind == ESC_OBJ_HEAP)
      return true;
  return false;
}

/* Whether FN's summary could say anything: it has pointer parameters,
   or stores into a global by name (an unregister clearing it).  */
static bool
may_matter_to_callers (const esc_function *fn)
{
  for (int i = 0; i < fn->nparam_pointees; i++)
    if (fn->param_pointees[i] >= 0)
      return true;
  for (int i = 0; i < fn->ninsns; i++)
    {
      const insn *in = &fn->insns[i];
      if ((in->code == INSN_STORE || in->code == INSN_COPY)
	  && in->addr.kind == ESC_VALUE_ADDRESS
	  && (fn->objects[in->addr.id].kind == ESC_OBJ_GLOBAL
	      || fn->objects[in->addr.id].kind == ESC_OBJ_STATIC))
	return true;
    }
  return false;
}

void
esc_function_set_budget (esc_function *fn, int percent)
{
  fn->budget_percent = percent;
}

enum esc_status
esc_analyze (esc_function *fn)
{
  fn->nfindings = 0;
  /* The call effects of an earlier analysis (a recursive function is
     analysed again) go: they are the last instructions, after those
     read, and bind_summaries makes them anew.  */
  while (fn->ninsns > 1
	 && fn->insns[fn->ninsns - 1].code == INSN_CALL_EFFECT)
    fn->ninsns--;
  summary_free (fn->summary);
  fn->summary = NULL;
  summary_forget_cases (fn);
  bool want_summary = fn->summaries != NULL && !fn->summary_unwanted
		      && may_matter_to_callers (fn)
		      && fn->ninsns <= MAX_SUMMARY_INSNS;
  bool want_allocations = fn->want_allocations && allocates (fn);
  if (!fn->takes_stack_address && !want_summary && !want_allocations)
    return ESC_SKIPPED_NO_STACK_ADDRESS;
  bind_summaries (fn);

  solver sv;
  memset (&sv, 0, sizeof sv);
  sv.fn = fn;
  sv.wants_summary = want_summary;
  sv.budget = WORK_BASE + WORK_PER_INSN * (long) fn->ninsns;
  if (sv.budget > WORK_MAX)
    sv.budget = WORK_MAX;
  if (fn->budget_percent)
    sv.budget = sv.budget / 100 * fn->budget_percent;
  compute_rpo (&sv);

  /* Phase 1, twice: first with all memory that outlives the function
     as one object, which keeps the sets small, then precisely.  What
     cannot escape flow-insensitively cannot escape at all: most
     functions stop after the first round.  The summary and the
     allocation sites need the precise round: then it is the only one.  */
  enum esc_status status = ESC_ANALYZED;
  bool candidate = fn->takes_stack_address;
  for (int precise = 0;
       precise < 2 && (candidate || want_summary || want_allocations);
       precise++)
    {
      if (!precise && (!candidate || want_summary || want_allocations))
	continue;
      sv.merge_external = !precise;
      state_free (&sv.everywhere);
      for (int v = 0; v < fn->nvars; v++)
	set_clear (&fn->vars[v]);
      if (!solve_insensitive (&sv))
	{
	  status = ESC_SKIPPED_TOO_LARGE;
	  break;
	}
      if (candidate || (precise && want_allocations))
	candidate = leaks_everywhere (&sv) && fn->takes_stack_address;
      if (precise && want_allocations)
	find_allocations (&sv);
    }
  /* Phase 2, for the findings, and for a summary that phase 1 made
     vague: an address stored into parameter memory the function also
     loads from, so that the load may see the store (list_add's
     "n->next = head->next; head->next = n" would link n to itself;
     close_func's "fs = ls->fs; ...; ls->fs = fs->prev" would leave fs
     two objects).  Path by path, a load before a store sees what was
     there before; and a store overwritten on every path (a global set
     for the time of a call and cleared) is no longer there at the
     return.  And for a summary with cases: which store a value comes
     from, and so in which cases it is there, and whether the caller's
     arguments choose it.  */
  if (status == ESC_ANALYZED && want_summary)
    {
      fn->summary = summary_derive (&sv);
      sv.summarize = summary_loads_what_it_writes (&sv, fn->summary)
		     || summary_overwrites (fn->summary)
		     || (fn->summary && fn->summary->by_case);
    }
  if (status == ESC_ANALYZED
      && ((fn->takes_stack_address && (candidate || sv.scope_candidate))
	  || sv.summarize))
    {
      choose_tracked (&sv);
      if (!solve_flow (&sv))
	status = ESC_SKIPPED_TOO_LARGE;
    }
  if (sv.summarize)
    {
      summary_free (fn->summary);
      fn->summary = status == ESC_ANALYZED ? summary_derive (&sv) : NULL;
    }
  state_free (&sv.exit_union);
  state_free (&sv.everywhere);
  free (sv.rpo);
  free (sv.in_cycle);
  free (sv.tracked);
  set_free (&sv.scratch);
  set_free (&sv.gathered);
  set_free (&sv.shifted);
  set_free (&sv.targets);
  set_free (&sv.values);
  set_free (&sv.place_level);
  set_free (&sv.place_next);
  for (int i = 0; i < sv.ncall_sets; i++)
    set_free (&sv.call_sets[i]);
  free (sv.call_sets);
  free_deps (&sv);
  if (status == ESC_ANALYZED && !fn->takes_stack_address)
    return ESC_SKIPPED_NO_STACK_ADDRESS;
  return status;
}
