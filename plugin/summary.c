/* summary.c -- what a function does with its callers' memory, for its
   callers: its summary, derived from the analysis of its body.

   After phase 1 (engine.c) the one state of the function holds, for
   every location it may write, what the location may hold at any point.
   The summary keeps the locations that outlive the function (what its
   parameters point to, globals, memory it allocates, its return slot),
   each with the values it may hold, both in the terms of the function's
   entry: places (engine-internal.h), such as "what parameter 0 points
   to, at offset 8" or "the pointer loaded from offset 16 of what
   parameter 1 points to".  A location written on every path from the
   entry to every return (a must-write, computed here over the blocks)
   loses what the caller had put there: a call may then replace it (the
   unlink of a node that a call of the function undoes).

   A caller applies a summary at each call (engine.c, run_summary_call):
   each place becomes the caller's objects by reading the arguments'
   memory along its path.  Summaries are computed callees first (GCC
   runs the pass in that order); recursive functions are iterated by
   the adapter until their summaries stop changing.  */

#include "solver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Places.  */

static void
place_free (place *p)
{
  free (p->name);
  p->name = NULL;
}

static bool
place_equal (const place *a, const place *b)
{
  if (a->root != b->root || a->index != b->index || a->depth != b->depth
      || a->offset != b->offset)
    return false;
  if ((a->name == NULL) != (b->name == NULL)
      || (a->name && strcmp (a->name, b->name) != 0))
    return false;
  for (int i = 0; i < a->depth; i++)
    if (a->path[i] != b->path[i])
      return false;
  return true;
}

/* The place of OBJ at OFFSET in FN's entry terms, in *P; false for
   memory of FN's own frame, which means nothing to a caller.  */
static bool
place_of (const esc_function *fn, uint32_t obj, uint32_t offset, place *p)
{
  memset (p, 0, sizeof *p);
  p->offset = offset;
  if (obj == OBJ_NONE || obj == OBJ_INITIAL)
    return true;
  const object *o = &fn->objects[obj];
  switch (o->kind)
    {
    case ESC_OBJ_PARAM_POINTEE:
    case ESC_OBJ_GLOBAL_POINTEE:
      {
	uint32_t offsets[MAX_POINTEE_DEPTH];
	int depth = 0;
	int cur = (int) obj;
	while (fn->objects[cur].parent_loc >= 0 && depth < MAX_POINTEE_DEPTH)
	  {
	    const location *l = &fn->locations[fn->objects[cur].parent_loc];
	    offsets[depth++] = l->offset;
	    cur = (int) l->obj;
	  }
	p->depth = depth;
	for (int i = 0; i < depth; i++)
	  p->path[i] = offsets[depth - 1 - i];
	const object *top = &fn->objects[cur];
	if (o->kind == ESC_OBJ_PARAM_POINTEE)
	  {
	    if (top->kind != ESC_OBJ_PARAM_POINTEE || top->param_index < 0)
	      return false;
	    p->root = PLACE_PARAM;
	    p->index = top->param_index;
	  }
	else
	  {
	    if (top->kind != ESC_OBJ_GLOBAL && top->kind != ESC_OBJ_STATIC)
	      return false;
	    p->root
		= top->kind == ESC_OBJ_GLOBAL ? PLACE_GLOBAL : PLACE_STATIC;
	    p->name = xstrdup_or_null (top->name ? top->name : "");
	  }
	return true;
      }
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
      p->root = o->kind == ESC_OBJ_GLOBAL ? PLACE_GLOBAL : PLACE_STATIC;
      p->name = xstrdup_or_null (o->name ? o->name : "");
      return true;
    case ESC_OBJ_HEAP:
      p->root = PLACE_FRESH;
      return true;
    case ESC_OBJ_CALL_RESULT:
    case ESC_OBJ_UNKNOWN:
      p->root = PLACE_UNKNOWN;
      p->offset = OFFSET_ANY;
      return true;
    case ESC_OBJ_CAPTURE:
      p->root = PLACE_CAPTURE;
      p->name = xstrdup_or_null (o->name ? o->name : "");
      return true;
    case ESC_OBJ_RESULT:
      p->root = PLACE_RESULT;
      return true;
    default:
      return false;
    }
}

/* Whether place P is a parameter's content.  */
static bool
content_place (const place *p)
{
  return p->root == PLACE_PARAM && p->depth > 0;
}

/* Whether a caller can follow value P: what a parameter points to, or
   the pointer loaded from a known field of what it points to, its
   content, or from a known field of what that points to (o->in->name).
   Deeper and array-indexed paths match too much of the caller's memory
   when the analysis of the callee merged them (the first field of a
   struct stands for the whole array of them).  */
static bool
precise_enough (const place *p)
{
  if (!content_place (p) || p->depth > 2)
    return !content_place (p);
  for (int i = 0; i < p->depth; i++)
    if (p->path[i] == OFFSET_ANY)
      return false;
  return true;
}

/* Whether value P at DEST is what a copy of unknown extent moves: any
   address from what a parameter points to, at any offset of the memory
   a parameter or a global is (memcpy (dst, src, n), *dst = *src).  A
   caller then copies all its argument's memory holds.  */
static bool
bulk_copy (const place *dest, const place *p)
{
  return dest->offset == OFFSET_ANY && dest->depth == 0
	 && (dest->root == PLACE_PARAM || dest->root == PLACE_GLOBAL
	     || dest->root == PLACE_STATIC)
	 && p->root == PLACE_PARAM && p->depth == 1
	 && p->path[0] == OFFSET_ANY;
}

/* A returned content holds for the caller only when the function returns
   nothing else: which it returns usually hangs on a flag otherwise
   (sqlite3StrAccumFinish returns the caller's buffer, or a heap copy of
   it when asked), which a flow-insensitive summary cannot tell.  Drop
   them from mixed returns.  */
static void
drop_mixed_content_returns (esc_summary *sum)
{
  bool content = false, other = false;
  for (int i = 0; i < sum->nreturns; i++)
    if (content_place (&sum->returns[i]))
      content = true;
    else if (sum->returns[i].root != PLACE_NONE)
      other = true;
  if (!content || !other)
    return;
  int k = 0;
  for (int i = 0; i < sum->nreturns; i++)
    if (content_place (&sum->returns[i]))
      place_free (&sum->returns[i]);
    else
      sum->returns[k++] = sum->returns[i];
  sum->nreturns = k;
}

/* Whether a caller applies write W: into what a parameter points to, or
   into a known field of that (deeper paths match too much of the
   caller's memory), or into globals.  What a write done on some paths
   only into what a parameter reaches may store, add_applied_write
   chooses.  */
static bool
write_applies (const summary_write *w)
{
  switch (w->dest.root)
    {
    case PLACE_PARAM:
      if (w->dest.depth > 1)
	return false;
      for (int i = 0; i < w->dest.depth; i++)
	if (w->dest.path[i] == OFFSET_ANY)
	  return false;
      return true;
    case PLACE_UNKNOWN:
    case PLACE_NONE:
      return false;
    default:
      return true;
    }
}

/* Add P to the places of *V (N of them, capacity CAP) unless there;
   takes P's name.  */
static void
places_add (place **v, int *n, int *cap, place *p)
{
  for (int i = 0; i < *n; i++)
    if (place_equal (&(*v)[i], p))
      {
	/* Not there only in the cases in which neither is.  */
	(*v)[i].unless &= p->unless;
	(*v)[i].chosen &= p->chosen;
	place_free (p);
	return;
      }
  *v = xgrow (*v, cap, *n + 1, sizeof (place));
  (*v)[(*n)++] = *p;
}

/* Must-writes.  */

/* Call F (SV, its SV->targets, STRONG, where, DATA) for each write of
   instruction ID: a store or copy, a call of memcpy, an atomic store or
   kin, or each write of a summarized callee (where: the callee's
   store).  STRONG: the write surely replaces what the one location in
   SV->targets held.  */
static void
for_each_write (solver *sv, uint32_t id,
		void (*f) (solver *, bool, esc_loc, void *), void *data)
{
  const insn *in = &sv->fn->insns[id];
  if (in->code == INSN_STORE || in->code == INSN_COPY)
    {
      targets_of (sv, in->addr);
      f (sv, in->code == INSN_STORE && single_strong_target (sv), in->loc,
	 data);
    }
  else if (in->code == INSN_CALL && !in->summary && in->model
	   && (in->model->kind == ESC_MODEL_COPY
	       || in->model->kind == ESC_MODEL_SET))
    {
      /* memcpy, memset and kin write what their first argument points
	 to, as run_copy does.  */
      targets_of (sv, call_arg (in, 0));
      f (sv, constant_arg (in, 2) >= 0 && single_strong_target (sv), in->loc,
	 data);
    }
  else if (in->code == INSN_CALL && !in->summary && in->model
	   && (in->model->kind == ESC_MODEL_STORE
	       || in->model->kind == ESC_MODEL_STORE_MAY))
    {
      targets_of (sv, call_arg (in, 0));
      f (sv,
	 in->model->kind == ESC_MODEL_STORE && single_strong_target (sv),
	 in->loc, data);
    }
  else if (in->code == INSN_CALL && in->summary)
    for (int w = 0; w < in->summary->nwrites; w++)
      {
	call_write_targets (sv, id, w);
	in = &sv->fn->insns[id];
	f (sv, !in->summary->writes[w].keeps_old && single_strong_target (sv),
	   in->summary->writes[w].loc, data);
      }
}

/* What must_written collects of each block.  */
typedef struct must_gen
{
  int nlocs;	    /* locations when the analysis began */
  const int *index; /* by location: its flag, or -1 */
  char *flags;	    /* the block's */
  bool may;	    /* count the writes that may write a location too */
} must_gen;

/* Whether a write of target T may write location L of its object.  */
static bool
target_may_write (const esc_function *fn, elem t, int l)
{
  uint32_t off = fn->locations[l].offset;
  return off == t.offset || off == OFFSET_ANY || t.offset == OFFSET_ANY;
}

static void
note_must_write (solver *sv, bool strong, esc_loc where, void *data)
{
  (void) where;
  must_gen *g = data;
  esc_function *fn = sv->fn;
  if (g->may)
    {
      for (uint32_t t = 0; t < sv->targets.n; t++)
	{
	  const object *o = &fn->objects[sv->targets.v[t].obj];
	  for (int k = 0; k < o->nlocs; k++)
	    {
	      int l = o->locs[k];
	      if (l < g->nlocs && g->index[l] >= 0
		  && target_may_write (fn, sv->targets.v[t], l))
		g->flags[g->index[l]] = 1;
	    }
	}
      return;
    }
  if (!strong)
    return;
  elem t = sv->targets.v[strong_target (sv)];
  int l = location_get (fn, t.obj, t.offset);
  if (l < g->nlocs && g->index[l] >= 0)
    g->flags[g->index[l]] = 1;
}

/* By block, K flags each: the locations of WANTED (NLOCS entries, as
   for must_written) its writes surely write (with MAY, may write),
   numbered densely into INDEX (by location, -1 for the others) and
   counted in *K; NULL when WANTED has none.  */
static char *
writes_by_block (solver *sv, int nlocs, const char *wanted, bool may,
		 int *index, int *k)
{
  esc_function *fn = sv->fn;
  *k = 0;
  for (int l = 0; l < nlocs; l++)
    index[l] = wanted[l] ? (*k)++ : -1;
  if (*k == 0)
    return NULL;
  char *gen = xmalloc_zero ((size_t) fn->nblocks * (size_t) *k);
  for (int b = 0; b < fn->nblocks; b++)
    {
      must_gen g = { nlocs, index, &gen[(size_t) b * *k], may };
      for (int i = 0; i < fn->blocks[b].ninsns; i++)
	for_each_write (sv, (uint32_t) fn->blocks[b].insns[i], note_must_write,
			&g);
    }
  return gen;
}

/* By location: whether every path from the entry to every return writes
   it (with MAY, whether each passes a write that may).  Only locations
   in WANTED (by location) are computed.  With CI, also by location in
   KEPT_WHEN: the cases of CI in which some path does not.  WANTED,
   KEPT_WHEN and the result have NLOCS entries: the function's locations
   when the caller sized them, as looking at writes can make new ones.  */
static char *
must_written (solver *sv, int nlocs, const char *wanted, bool may,
	      const case_info *ci, case_mask *kept_when)
{
  char *result = xmalloc_zero ((size_t) (nlocs ? nlocs : 1));
  int *index = xmalloc_zero ((size_t) (nlocs ? nlocs : 1) * sizeof (int));
  int k;
  char *gen = writes_by_block (sv, nlocs, wanted, may, index, &k);
  if (!gen)
    {
      free (index);
      return result;
    }
  char *must = must_at_returns (sv, gen, k, NULL);
  for (int l = 0; l < nlocs; l++)
    if (index[l] >= 0)
      result[l] = must[index[l]];
  free (must);
  for (int c = 0; ci && c < ci->ncases; c++)
    {
      must = must_at_returns (sv, gen, k, ci->only[c]);
      for (int l = 0; l < nlocs; l++)
	if (index[l] >= 0 && !must[index[l]])
	  kept_when[l] |= (case_mask) 1 << c;
      free (must);
    }
  free (gen);
  free (index);
  return result;
}

/* By location of WANTED (NLOCS entries, as for must_written): whether
   a branch the caller chooses (esc_block_set_caller_choice) decides if
   it is written, leading on one side to a write that may write it and
   on the other to none.  For the values whose store phase 1 does not
   tell (cases_chosen tells it by store).  */
static char *
caller_decided (solver *sv, int nlocs, const char *wanted)
{
  esc_function *fn = sv->fn;
  int nb = fn->nblocks;
  char *result = xmalloc_zero ((size_t) (nlocs ? nlocs : 1));
  bool any_choice = false;
  for (int b = 0; b < nb && !any_choice; b++)
    any_choice = fn->blocks[b].caller_choice;
  if (!any_choice)
    return result;
  int *index = xmalloc_zero ((size_t) (nlocs ? nlocs : 1) * sizeof (int));
  int k;
  /* By block: the locations its writes may write, then (REACH) those a
     path from its start may write.  */
  char *gen = writes_by_block (sv, nlocs, wanted, true, index, &k);
  if (!gen)
    {
      free (index);
      return result;
    }
  char *reach = xmalloc_zero ((size_t) nb * (size_t) k);
  memcpy (reach, gen, (size_t) nb * (size_t) k);
  for (bool changed = true; changed;)
    {
      changed = false;
      for (int r = sv->nrpo - 1; r >= 0; r--)
	{
	  const block *blk = &fn->blocks[sv->rpo[r]];
	  char *to = &reach[(size_t) sv->rpo[r] * k];
	  for (int s = 0; s < blk->nsuccs; s++)
	    {
	      const char *from = &reach[(size_t) blk->succs[s] * k];
	      for (int j = 0; j < k; j++)
		if (from[j] && !to[j])
		  {
		    to[j] = 1;
		    changed = true;
		  }
	    }
	}
    }
  for (int r = 0; r < sv->nrpo; r++)
    {
      const block *blk = &fn->blocks[sv->rpo[r]];
      if (!blk->caller_choice)
	continue;
      const char *before = &gen[(size_t) sv->rpo[r] * k];
      for (int l = 0; l < nlocs; l++)
	for (int s = 1; index[l] >= 0 && !before[index[l]] && s < blk->nsuccs;
	     s++)
	  if (reach[(size_t) blk->succs[s] * k + index[l]]
	      != reach[(size_t) blk->succs[0] * k + index[l]])
	    result[l] = 1;
    }
  free (reach);
  free (gen);
  free (index);
  return result;
}

/* Deriving the summary.  */

/* Whether a caller sees what FN writes into OBJ.  */
static bool
outlives_function (const esc_function *fn, uint32_t obj)
{
  if (obj == OBJ_NONE || obj == OBJ_INITIAL)
    return false;
  enum esc_object_kind kind = fn->objects[obj].kind;
  return kind == ESC_OBJ_HEAP || object_is_root (fn, (int) obj);
}

/* By location of WANTED (NLOCS entries, as for must_written): where a
   store there is first seen, in block order (the function's own place
   when none is: a callee's summary).  */
/* What first_stores collects.  */
typedef struct store_places
{
  int nlocs; /* locations when the analysis began */
  const char *wanted;
  char *known;
  esc_loc *at;
} store_places;

static void
note_store_place (solver *sv, bool strong, esc_loc where, void *data)
{
  (void) strong;
  store_places *p = data;
  esc_function *fn = sv->fn;
  for (uint32_t t = 0; t < sv->targets.n; t++)
    {
      const object *o = &fn->objects[sv->targets.v[t].obj];
      for (int k = 0; k < o->nlocs; k++)
	{
	  int l = o->locs[k];
	  if (l < p->nlocs && p->wanted[l] && !p->known[l]
	      && target_may_write (fn, sv->targets.v[t], l))
	    {
	      p->known[l] = 1;
	      p->at[l] = where;
	    }
	}
    }
}

static esc_loc *
first_stores (solver *sv, int nlocs, const char *wanted)
{
  esc_function *fn = sv->fn;
  store_places p
      = { nlocs, wanted, xmalloc_zero ((size_t) (nlocs ? nlocs : 1)),
	  xmalloc_zero ((size_t) (nlocs ? nlocs : 1) * sizeof (esc_loc)) };
  for (int r = 0; r < sv->nrpo; r++)
    {
      block *blk = &fn->blocks[sv->rpo[r]];
      for (int i = 0; i < blk->ninsns; i++)
	for_each_write (sv, (uint32_t) blk->insns[i], note_store_place, &p);
    }
  for (int l = 0; l < nlocs; l++)
    if (!p.known[l])
      p.at[l] = fn->loc;
  free (p.known);
  return p.at;
}

/* The values of elements S as places, added to the write W (or to the
   returns of SUM when W is NULL); each is not there in the cases
   UNLESS_BY_WRITER of its writer gives (when not NULL), nor in those of
   UNLESS, and chosen by the caller in those CHOSEN_BY_WRITER gives (when
   not NULL), or in CHOSEN for a value of no known writer.  */
static void
add_values (const esc_function *fn, const elem_set *s, summary_write *w,
	    esc_summary *sum, const case_mask *unless_by_writer,
	    case_mask unless, const case_mask *chosen_by_writer,
	    case_mask chosen)
{
  int cap = w ? w->nvalues : sum->nreturns;
  for (uint32_t i = 0; i < s->n; i++)
    {
      if (s->v[i].obj == OBJ_INITIAL)
	{
	  if (w)
	    w->keeps_old = true;
	  continue;
	}
      place p;
      if (!place_of (fn, s->v[i].obj, s->v[i].offset, &p)
	  || !(precise_enough (&p) || (w && bulk_copy (&w->dest, &p)))
	  || (w && w->dest.root == PLACE_RESULT && content_place (&p)))
	{
	  /* An address in FN's own frame (reported in FN; for the caller
	     no address of its own), or one too vague to follow.  */
	  place_free (&p);
	  memset (&p, 0, sizeof p);
	}
      p.unless = unless;
      if (unless_by_writer)
	p.unless |= unless_by_writer[s->v[i].writer];
      p.chosen = chosen_by_writer && s->v[i].writer
		     ? chosen_by_writer[s->v[i].writer]
		     : chosen;
      if (w)
	places_add (&w->values, &w->nvalues, &cap, &p);
      else
	places_add (&sum->returns, &sum->nreturns, &cap, &p);
    }
}

/* Whether W may store what a caller passed (or memory the function
   allocates, or keeps): only such writes can carry a caller's stack
   address.  Others matter to a caller when they surely replace what it
   had stored (an unlink); they are dropped otherwise, as the calls of
   functions without summaries do.  */
static bool
carries_caller_memory (const summary_write *w)
{
  for (int i = 0; i < w->nvalues; i++)
    if (w->values[i].root == PLACE_PARAM || w->values[i].root == PLACE_FRESH
	|| w->values[i].root == PLACE_CAPTURE)
      return true;
  return false;
}

/* Summaries larger than this stand for no summary: the call is then
   treated as one of a function the analysis does not know, and the
   cost of applying summaries stays bounded at every call.  */
#define MAX_SUMMARY_WRITES 48
#define MAX_SUMMARY_VALUES 16

static void derive_leaks (esc_summary *sum, const esc_summary *by_case,
			  case_mask cases);

/* A new summary of FN's name and parameters.  */
static esc_summary *
summary_new (const esc_function *fn)
{
  esc_summary *sum = xmalloc_zero (sizeof *sum);
  sum->name = xstrdup_or_null (fn->name);
  sum->nparams = esc_param_count (fn);
  sum->param_names = xmalloc_zero ((size_t) (sum->nparams ? sum->nparams : 1)
				   * sizeof (char *));
  for (int i = 0; i < sum->nparams; i++)
    if (fn->param_pointees[i] >= 0)
      sum->param_names[i]
	  = xstrdup_or_null (fn->objects[fn->param_pointees[i]].name);
  return sum;
}

static void
write_free (summary_write *w)
{
  place_free (&w->dest);
  for (int k = 0; k < w->nvalues; k++)
    place_free (&w->values[k]);
  free (w->values);
}

/* Add to SUM what a caller applies of write W (with the values of W
   that may be there in CASES, and keeping the old value if W may in
   one of them).  */
static void
add_applied_write (esc_summary *sum, int *cap, const summary_write *raw,
		   case_mask cases)
{
  summary_write w = *raw;
  w.dest.name = xstrdup_or_null (raw->dest.name);
  w.values = xmalloc_zero ((size_t) (raw->nvalues ? raw->nvalues : 1)
			   * sizeof (place));
  w.nvalues = 0;
  for (int k = 0; k < raw->nvalues; k++)
    if (cases & ~raw->values[k].unless)
      {
	place *v = &w.values[w.nvalues++];
	*v = raw->values[k];
	v->name = xstrdup_or_null (v->name);
	/* Stored in some of CASES only: the arguments choose, as well.  */
	v->chosen = (v->chosen | v->unless) & cases;
	v->unless = 0;
      }
  w.keeps_old = raw->keeps_old && (raw->kept_when & cases);
  w.kept_when = w.keeps_old;
  w.skipped_when = (raw->skipped_when & cases) != 0;
  w.dest.unless = 0;
  /* Into what a parameter reaches on some paths only, the values the
     caller's arguments choose to store (a flag that says keep the
     string or copy it; a pointer freed into a pool when it lies in the
     pool) stand for what the callee may have put there, and so do the
     parameters' contents, which the caller's memory holds merged, and
     the address of the memory written itself (a field pointing to a
     buffer inside its object), which takes it nowhere; another
     parameter, or memory the callee allocates, is stored when the
     callee finds room, or the like ("may").  */
  bool some_paths
      = w.dest.root == PLACE_PARAM && w.keeps_old && w.skipped_when;
  if (some_paths)
    {
      int k = 0;
      bool dropped = false;
      for (int i = 0; i < w.nvalues; i++)
	if (w.values[i].chosen || content_place (&w.values[i])
	    || (w.values[i].root == PLACE_PARAM
		&& w.values[i].index == w.dest.index))
	  {
	    place_free (&w.values[i]);
	    dropped = true;
	  }
	else
	  w.values[k++] = w.values[i];
      w.nvalues = k;
      if (dropped && carries_caller_memory (&w))
	{
	  memset (&w.values[w.nvalues], 0, sizeof (place));
	  w.values[w.nvalues].root = PLACE_UNKNOWN;
	  w.values[w.nvalues++].offset = OFFSET_ANY;
	}
    }
  for (int i = 0; i < w.nvalues; i++)
    w.values[i].chosen = 0;
  w.some_paths = some_paths;
  if (w.dest.root == PLACE_PARAM
      && (!write_applies (&w) || (some_paths && !carries_caller_memory (&w))))
    {
      /* Seen from the caller, the callee may have put memory of its
	 own there: the policy of calls without summaries.  */
      for (int k = 0; k < w.nvalues; k++)
	place_free (&w.values[k]);
      w.nvalues = 1;
      memset (&w.values[0], 0, sizeof (place));
      w.values[0].root = PLACE_UNKNOWN;
      w.values[0].offset = OFFSET_ANY;
      w.keeps_old = true;
      w.kept_when = 1;
      w.skipped_when = 1;
      w.some_paths = false;
      /* Only into what the parameter points to, as such calls do:
	 otherwise each caller would add its callees' writes to its own
	 summary, far into the memory they reach, and every call would
	 apply them all.  Once per location.  */
      bool dropped = w.dest.depth > 0;
      for (int k = 0; k < sum->nwrites && !dropped; k++)
	dropped = place_equal (&sum->writes[k].dest, &w.dest);
      if (dropped)
	{
	  write_free (&w);
	  return;
	}
    }
  else if (!write_applies (&w)
	   || (w.keeps_old && !carries_caller_memory (&w)))
    {
      /* Adds nothing a caller could see.  */
      write_free (&w);
      return;
    }
  sum->writes
      = xgrow (sum->writes, cap, sum->nwrites + 1, sizeof (summary_write));
  sum->writes[sum->nwrites++] = w;
}

/* What callers of BY_CASE's function apply in CASES, or NULL when that
   is too large to apply.  */
static esc_summary *
summary_applied (const esc_summary *by_case, case_mask cases)
{
  esc_summary *sum = xmalloc_zero (sizeof *sum);
  sum->name = xstrdup_or_null (by_case->name);
  sum->nparams = by_case->nparams;
  sum->param_names = xmalloc_zero ((size_t) (sum->nparams ? sum->nparams : 1)
				   * sizeof (char *));
  for (int i = 0; i < sum->nparams; i++)
    sum->param_names[i] = xstrdup_or_null (by_case->param_names[i]);
  int cap = 0;
  for (int i = 0; i < by_case->nwrites; i++)
    add_applied_write (sum, &cap, &by_case->writes[i], cases);
  sum->returns = xmalloc_zero ((size_t) (by_case->nreturns ? by_case->nreturns
							    : 1)
			       * sizeof (place));
  for (int i = 0; i < by_case->nreturns; i++)
    if (cases & ~by_case->returns[i].unless)
      {
	place *r = &sum->returns[sum->nreturns++];
	*r = by_case->returns[i];
	r->name = xstrdup_or_null (r->name);
	r->unless = 0;
      }
  drop_mixed_content_returns (sum);
  bool too_large = sum->nwrites > MAX_SUMMARY_WRITES
		   || sum->nreturns > MAX_SUMMARY_VALUES;
  for (int i = 0; i < sum->nwrites; i++)
    too_large |= sum->writes[i].nvalues > MAX_SUMMARY_VALUES;
  if (too_large)
    {
      summary_free (sum);
      return NULL;
    }
  derive_leaks (sum, by_case, cases);
  return sum;
}

/* By instruction of FN: the cases BY_BLOCK gives its block (a call's
   effects: those of the call; no instruction, 0: none).  */
static case_mask *
cases_by_insn (const esc_function *fn, const case_mask *by_block)
{
  case_mask *m = xmalloc_zero ((size_t) fn->ninsns * sizeof (case_mask));
  for (int b = 0; b < fn->nblocks; b++)
    for (int i = 0; i < fn->blocks[b].ninsns; i++)
      m[fn->blocks[b].insns[i]] = by_block[b];
  for (int i = 1; i < fn->ninsns; i++)
    if (fn->insns[i].code == INSN_CALL_EFFECT)
      m[i] = m[fn->insns[i].dst];
  m[0] = 0;
  return m;
}

/* The write of BY_CASE (CAP writes room) into DEST, added if missing.  */
static summary_write *
write_into (esc_summary *by_case, int *cap, const place *dest, esc_loc loc)
{
  for (int i = 0; i < by_case->nwrites; i++)
    if (place_equal (&by_case->writes[i].dest, dest))
      return &by_case->writes[i];
  by_case->writes = xgrow (by_case->writes, cap, by_case->nwrites + 1,
			   sizeof (summary_write));
  summary_write *w = &by_case->writes[by_case->nwrites++];
  memset (w, 0, sizeof *w);
  w->dest = *dest;
  w->loc = loc;
  return w;
}

/* An aggregate returned by value from memory of the function's own (the
   temporary GCC returns a small struct from): what it holds at the
   return is what the caller's return slot receives, as if the function
   had written it there.  */
static void
add_returned_memory (solver *sv, esc_summary *by_case, int *cap,
		     const case_mask *unless, const case_info *ci)
{
  esc_function *fn = sv->fn;
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      for (int i = 0; i < fn->blocks[b].ninsns; i++)
	{
	  const insn *x = &fn->insns[fn->blocks[b].insns[i]];
	  if (x->code != INSN_RETURN_MEMORY
	      || x->addr.kind != ESC_VALUE_ADDRESS
	      || fn->objects[x->addr.id].kind == ESC_OBJ_RESULT
	      || x->addr.offset < 0)
	    continue;
	  const object *o = &fn->objects[x->addr.id];
	  for (int k = 0; k < o->nlocs; k++)
	    {
	      int loc = o->locs[k];
	      uint32_t off = fn->locations[loc].offset;
	      place dest;
	      memset (&dest, 0, sizeof dest);
	      dest.root = PLACE_RESULT;
	      if (off == OFFSET_ANY)
		dest.offset = OFFSET_ANY;
	      else if (off < (uint32_t) x->addr.offset
		       || (x->size >= 0
			   && off >= (uint64_t) x->addr.offset + x->size)
		       || off >= OFFSET_DEAD)
		continue;
	      else
		dest.offset = off - (uint32_t) x->addr.offset;
	      const state_entry *e
		  = loc < sv->ntracked && sv->tracked[loc]
			? state_find (&sv->exit_union, loc)
			: state_find (&sv->everywhere, loc);
	      if (!e || e->contents.n == 0)
		continue;
	      summary_write *w = write_into (by_case, cap, &dest, x->loc);
	      add_values (fn, &e->contents, w, NULL, unless,
			  ci ? cases_unreached (ci, b) : 0, NULL, 0);
	      /* Uninitialized parts of the function's own memory.  */
	      w->keeps_old = false;
	    }
	}
    }
}

/* The assignment of a PHI that defines variable VAR, through copies, or
   NULL; its block in *BLOCK.  */
static const insn *
defining_phi (const esc_function *fn, int var, int *block)
{
  for (int step = 0; step < 4; step++)
    {
      int def = -1;
      for (int i = 1; i < fn->ninsns; i++)
	if (fn->insns[i].code == INSN_ASSIGN && fn->insns[i].dst == var)
	  {
	    if (def >= 0)
	      return NULL;
	    def = i;
	  }
      const insn *x = def >= 0 ? &fn->insns[def] : NULL;
      if (!x || x->unknown_offset)
	return NULL;
      if (x->src_blocks)
	{
	  for (int b = 0; b < fn->nblocks; b++)
	    for (int i = 0; i < fn->blocks[b].ninsns; i++)
	      if (fn->blocks[b].insns[i] == def)
		{
		  *block = b;
		  return x;
		}
	  return NULL;
	}
      if (x->nsrcs != 1 || x->srcs[0].kind != ESC_VALUE_VAR
	  || x->srcs[0].offset != 0)
	return NULL;
      var = x->srcs[0].id;
    }
  return NULL;
}

/* What value V holds, into *S: the addresses a variable holds, or one
   address.  False for others.  */
static bool
value_set (const esc_function *fn, esc_value v, elem_set *s)
{
  if (v.kind == ESC_VALUE_VAR)
    {
      set_copy (s, &fn->vars[v.id]);
      return true;
    }
  if (v.kind != ESC_VALUE_ADDRESS)
    return false;
  elem e = { (uint32_t) v.id, 0, 0 };
  e.offset = v.offset >= 0 && v.offset < OFFSET_LIMIT ? (uint32_t) v.offset
						     : OFFSET_ANY;
  set_insert (s, e);
  return true;
}

/* Add to the returns of BY_CASE what return X, in block B, returns: with
   CI, a PHI's source (the reader's return of one, or the sources of one
   returned) in the cases in which its edge is taken (a flag that
   chooses which parameter is returned).  */
static void
add_return (const esc_function *fn, const insn *x, int b, esc_summary *by_case,
	    const case_info *ci)
{
  case_mask unreached = ci ? cases_unreached (ci, b) : 0;
  if (ci && x->src_blocks)
    unreached |= cases_edge_unused (ci, x->src_blocks[0], b);
  int phi_block = -1;
  const insn *phi = ci && x->src.kind == ESC_VALUE_VAR
			? defining_phi (fn, x->src.id, &phi_block)
			: NULL;
  if (phi)
    {
      elem_set *s = xmalloc_zero ((size_t) phi->nsrcs * sizeof (elem_set));
      bool known = true;
      for (int k = 0; k < phi->nsrcs && known; k++)
	known = value_set (fn, phi->srcs[k], &s[k]);
      for (int k = 0; k < phi->nsrcs && known; k++)
	add_values (fn, &s[k], NULL, by_case, NULL,
		    unreached
			| cases_edge_unused (ci, phi->src_blocks[k], phi_block),
		    NULL, 0);
      for (int k = 0; k < phi->nsrcs; k++)
	set_free (&s[k]);
      free (s);
      if (known)
	return;
    }
  elem_set s = { 0 };
  if (value_set (fn, x->src, &s))
    add_values (fn, &s, NULL, by_case, NULL, unreached, NULL, 0);
  set_free (&s);
}

esc_summary *
summary_derive (solver *sv)
{
  esc_function *fn = sv->fn;
  /* The writes and returns case by case, before the policy of
     write_applies.  */
  esc_summary *by_case = summary_new (fn);
  case_info ci;
  cases_compute (fn, by_case->tests, &by_case->ntests, &ci);
  /* By instruction: the cases in which it is not run, and those in
     which a branch the caller chooses decides whether it is.  */
  case_mask *unless = NULL;
  if (by_case->ntests)
    {
      case_mask *unreached
	  = xmalloc_zero ((size_t) (fn->nblocks ? fn->nblocks : 1)
			  * sizeof (case_mask));
      for (int b = 0; b < fn->nblocks; b++)
	unreached[b] = cases_unreached (&ci, b);
      unless = cases_by_insn (fn, unreached);
      free (unreached);
    }
  case_mask *chosen_blocks = cases_chosen (fn, &ci);
  case_mask *chosen = cases_by_insn (fn, chosen_blocks);
  free (chosen_blocks);

  /* The locations that outlive the function and are written.  */
  int nlocs = fn->nlocations;
  char *wanted = xmalloc_zero ((size_t) (nlocs ? nlocs : 1));
  for (int i = 0; i < sv->everywhere.n; i++)
    {
      const location *l = &fn->locations[sv->everywhere.v[i].loc];
      if (l->offset != OFFSET_DEAD && outlives_function (fn, l->obj))
	wanted[sv->everywhere.v[i].loc] = 1;
    }
  case_mask *kept_when
      = xmalloc_zero ((size_t) (nlocs ? nlocs : 1) * sizeof (case_mask));
  char *must = must_written (sv, nlocs, wanted, false,
			     by_case->ntests ? &ci : NULL, kept_when);
  /* Of the others, those that every path may write: a store into an
     array at a variable index on every path still stores there.  */
  char *weakly_wanted = xmalloc_zero ((size_t) (nlocs ? nlocs : 1));
  for (int l = 0; l < nlocs; l++)
    weakly_wanted[l] = wanted[l] && (!must[l] || kept_when[l]);
  case_mask *skipped_when
      = xmalloc_zero ((size_t) (nlocs ? nlocs : 1) * sizeof (case_mask));
  char *may = must_written (sv, nlocs, weakly_wanted, true,
			    by_case->ntests ? &ci : NULL, skipped_when);
  char *decided = caller_decided (sv, nlocs, weakly_wanted);
  free (weakly_wanted);
  esc_loc *store_at = first_stores (sv, nlocs, wanted);

  int cap_writes = 0;
  for (int i = 0; i < sv->everywhere.n; i++)
    {
      int loc = sv->everywhere.v[i].loc;
      if (!wanted[loc])
	continue;
      const location *l = &fn->locations[loc];
      summary_write w;
      memset (&w, 0, sizeof w);
      if (!place_of (fn, l->obj, l->offset, &w.dest))
	{
	  place_free (&w.dest);
	  continue;
	}
      /* Path by path where phase 2 tracked the location, else what
	 phase 1 saw at any point.  */
      const state_entry *at_exit = loc < sv->ntracked && sv->tracked[loc]
				       ? state_find (&sv->exit_union, loc)
				       : NULL;
      add_values (fn,
		  at_exit ? &at_exit->contents : &sv->everywhere.v[i].contents,
		  &w, NULL, unless, 0, chosen,
		  decided[loc] ? all_cases (by_case->ntests) : 0);
      /* Phase 1 keeps what the caller held everywhere: only a
	 must-write replaces it.  */
      bool holds_initial = w.keeps_old;
      w.keeps_old = at_exit ? holds_initial : !must[loc];
      w.kept_when = by_case->ntests ? kept_when[loc] : w.keeps_old;
      w.skipped_when
	  = by_case->ntests ? skipped_when[loc] : !must[loc] && !may[loc];
      w.loc = store_at[loc];
      by_case->writes = xgrow (by_case->writes, &cap_writes,
			       by_case->nwrites + 1, sizeof (summary_write));
      by_case->writes[by_case->nwrites++] = w;
    }
  free (wanted);
  free (must);
  free (kept_when);
  free (may);
  free (skipped_when);
  free (decided);
  free (store_at);

  /* What it returns.  */
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block *blk = &fn->blocks[b];
      for (int i = 0; i < blk->ninsns; i++)
	{
	  const insn *x = &fn->insns[blk->insns[i]];
	  if (x->code == INSN_RETURN && x->src.kind != ESC_VALUE_NONE
	      && x->src.kind != ESC_VALUE_CONSTANT)
	    add_return (fn, x, b, by_case, by_case->ntests ? &ci : NULL);
	}
    }
  add_returned_memory (sv, by_case, &cap_writes, unless,
		       by_case->ntests ? &ci : NULL);
  free (unless);
  free (chosen);
  cases_free (&ci);

  esc_summary *sum = summary_applied (by_case, all_cases (by_case->ntests));
  if (sum && by_case->ntests)
    sum->by_case = by_case;
  else
    summary_free (by_case);
  return sum;
}

void
summary_forget_cases (esc_function *fn)
{
  for (int i = 0; i < fn->ncase_summaries; i++)
    summary_free (fn->case_summaries[i].summary);
  fn->ncase_summaries = 0;
}

const esc_summary *
summary_in_cases (esc_function *fn, const esc_summary *sum, case_mask cases)
{
  for (int i = 0; i < fn->ncase_summaries; i++)
    if (fn->case_summaries[i].of == sum
	&& fn->case_summaries[i].cases == cases)
      return fn->case_summaries[i].summary;
  esc_summary *applied = summary_applied (sum->by_case, cases);
  if (!applied)
    return NULL;
  fn->case_summaries
      = xgrow (fn->case_summaries, &fn->cap_case_summaries,
	       fn->ncase_summaries + 1, sizeof *fn->case_summaries);
  struct call_summary *c = &fn->case_summaries[fn->ncase_summaries++];
  c->of = sum;
  c->cases = cases;
  c->summary = applied;
  return applied;
}

bool
summary_overwrites (const esc_summary *sum)
{
  if (!sum)
    return false;
  for (int i = 0; i < sum->nwrites; i++)
    if (sum->writes[i].nvalues > 1)
      return true;
  return false;
}

bool
summary_loads_what_it_writes (solver *sv, const esc_summary *sum)
{
  esc_function *fn = sv->fn;
  if (!sum)
    return false;
  bool stores = false;
  for (int i = 0; i < sum->nwrites && !stores; i++)
    stores = sum->writes[i].dest.root == PLACE_PARAM
	     || sum->writes[i].dest.root == PLACE_GLOBAL
	     || sum->writes[i].dest.root == PLACE_STATIC;
  if (!stores)
    return false;
  /* The parameters' and globals' memory written with an address, in
     phase 1's state ("old = cur; cur = c; return old;" returns what
     cur held before).  */
  char *written = xmalloc_zero ((size_t) fn->nobjects);
  for (int i = 0; i < sv->everywhere.n; i++)
    {
      const state_entry *e = &sv->everywhere.v[i];
      uint32_t obj = fn->locations[e->loc].obj;
      enum esc_object_kind kind = fn->objects[obj].kind;
      if (kind != ESC_OBJ_PARAM_POINTEE && kind != ESC_OBJ_GLOBAL
	  && kind != ESC_OBJ_STATIC && kind != ESC_OBJ_GLOBAL_POINTEE)
	continue;
      for (uint32_t k = 0; k < e->contents.n; k++)
	if (e->contents.v[k].obj != OBJ_NONE
	    && e->contents.v[k].obj != OBJ_INITIAL)
	  written[obj] = 1;
    }
  bool loads = false;
  for (int i = 1; i < fn->ninsns && !loads; i++)
    if (fn->insns[i].code == INSN_LOAD && fn->insns[i].dst >= 0)
      {
	targets_of (sv, fn->insns[i].addr);
	for (uint32_t t = 0; t < sv->targets.n && !loads; t++)
	  loads = written[sv->targets.v[t].obj];
      }
  free (written);
  return loads;
}

void
summary_free (esc_summary *s)
{
  if (!s)
    return;
  free (s->name);
  for (int i = 0; i < s->nreturns; i++)
    place_free (&s->returns[i]);
  free (s->returns);
  for (int i = 0; i < s->nwrites; i++)
    write_free (&s->writes[i]);
  free (s->writes);
  for (int i = 0; i < s->nparams; i++)
    free (s->param_names[i]);
  free (s->param_names);
  for (int i = 0; i < s->nleaks; i++)
    free ((char *) s->leaks[i].sink_name);
  free (s->leaks);
  summary_free (s->by_case);
  free (s);
}

static bool
summary_equal (const esc_summary *a, const esc_summary *b)
{
  if (!a || !b)
    return a == b;
  if (a->nreturns != b->nreturns || a->nwrites != b->nwrites
      || a->ntests != b->ntests)
    return false;
  for (int i = 0; i < a->ntests; i++)
    if (a->tests[i].param != b->tests[i].param
	|| a->tests[i].cmp != b->tests[i].cmp
	|| a->tests[i].value != b->tests[i].value)
      return false;
  for (int i = 0; i < a->nreturns; i++)
    if (!place_equal (&a->returns[i], &b->returns[i])
	|| a->returns[i].unless != b->returns[i].unless)
      return false;
  for (int i = 0; i < a->nwrites; i++)
    {
      const summary_write *x = &a->writes[i], *y = &b->writes[i];
      if (!place_equal (&x->dest, &y->dest) || x->keeps_old != y->keeps_old
	  || x->kept_when != y->kept_when || x->skipped_when != y->skipped_when
	  || x->some_paths != y->some_paths
	  || x->nvalues != y->nvalues)
	return false;
      for (int k = 0; k < x->nvalues; k++)
	if (!place_equal (&x->values[k], &y->values[k])
	    || x->values[k].unless != y->values[k].unless
	    || x->values[k].chosen != y->values[k].chosen)
	  return false;
    }
  return summary_equal (a->by_case, b->by_case);
}

/* Words.  */

static const char *
param_name (const esc_summary *sum, int index)
{
  if (index >= 0 && index < sum->nparams && sum->param_names[index])
    return sum->param_names[index];
  return "?";
}

/* What a callee does with an address it stores at DEST: "stores it
   into global variable 'g'".  */
static char *
dest_action (const esc_summary *sum, const place *dest, const esc_quoting *q)
{
  const char *lq = q->lq, *rq = q->rq;
  const char *name = spelled (q, dest->name);
  const char *reach = dest->depth ? "into memory reachable from" : "into";
  switch (dest->root)
    {
    case PLACE_PARAM:
      {
	const char *p = param_name (sum, dest->index);
	return text_format (
	    "stores it into the memory that parameter %s%s%s points to", lq,
	    spelled (q, p), rq);
      }
    case PLACE_GLOBAL:
      return text_format ("stores it %s global variable %s%s%s", reach, lq,
			  name, rq);
    case PLACE_STATIC:
      return text_format ("stores it %s static variable %s%s%s", reach, lq,
			  name, rq);
    case PLACE_FRESH:
      return text_format ("stores it into memory it allocates");
    case PLACE_CAPTURE:
      return text_format ("passes it to %s%s%s, which keeps it", lq, name, rq);
    case PLACE_RESULT:
      return text_format ("returns it");
    default:
      return text_format ("stores it into memory the analysis cannot track");
    }
}

char *
esc_callee_note (const esc_function *fn, const esc_finding *f,
		 const esc_quoting *q)
{
  const insn *effect = &fn->insns[f->via];
  const insn *call = &fn->insns[effect->dst];
  const esc_summary *sum = call->summary;
  char *action = dest_action (sum, &sum->writes[effect->size].dest, q);
  char *note = text_format ("through the call to %s%s%s, which %s", q->lq,
			    spelled (q, call->callee), q->rq, action);
  free (action);
  return note;
}

/* Leaks.  */

static void
leak_add (esc_summary *sum, int *cap, esc_param_leak leak)
{
  for (int i = 0; i < sum->nleaks; i++)
    {
      esc_param_leak *l = &sum->leaks[i];
      if (l->param == leak.param && l->deref == leak.deref
	  && l->sink == leak.sink && l->sink_param == leak.sink_param
	  && (l->sink_name == leak.sink_name
	      || (l->sink_name && leak.sink_name
		  && strcmp (l->sink_name, leak.sink_name) == 0)))
	{
	  l->certain |= leak.certain;
	  return;
	}
    }
  /* The leak's own copy: the writes it comes from may go first.  */
  leak.sink_name = xstrdup_or_null (leak.sink_name);
  sum->leaks = xgrow (sum->leaks, cap, sum->nleaks + 1, sizeof *sum->leaks);
  sum->leaks[sum->nleaks++] = leak;
}

/* Whether memory the function allocates leaves it: returned, or stored
   where a caller sees it.  */
static bool
fresh_escapes (const esc_summary *sum)
{
  for (int i = 0; i < sum->nreturns; i++)
    if (sum->returns[i].root == PLACE_FRESH)
      return true;
  for (int i = 0; i < sum->nwrites; i++)
    if (sum->writes[i].dest.root != PLACE_FRESH)
      for (int k = 0; k < sum->writes[i].nvalues; k++)
	if (sum->writes[i].values[k].root == PLACE_FRESH)
	  return true;
  return false;
}

/* The leaks of SUM's parameters (for -m and the notes of findings), from
   the writes of BY_CASE in CASES when not NULL, before the policy of
   write_applies: a store a caller does not apply is still a leak.  */
static void
derive_leaks (esc_summary *sum, const esc_summary *by_case, case_mask cases)
{
  int cap = 0;
  bool fresh = fresh_escapes (sum);
  for (int i = 0; i < sum->nreturns; i++)
    if (sum->returns[i].root == PLACE_PARAM)
      {
	esc_param_leak l = { sum->returns[i].index,
			     sum->returns[i].depth,
			     ESC_LEAK_RESULT,
			     -1,
			     NULL,
			     0,
			     { NULL, 0, 0, 0 } };
	leak_add (sum, &cap, l);
      }
  const esc_summary *from = by_case ? by_case : sum;
  for (int i = 0; i < from->nwrites; i++)
    {
      const summary_write *w = &from->writes[i];
      bool keeps_old = w->keeps_old && (!by_case || (w->kept_when & cases));
      for (int k = 0; k < w->nvalues; k++)
	{
	  const place *v = &w->values[k];
	  if (v->root != PLACE_PARAM || (by_case && !(cases & ~v->unless)))
	    continue;
	  esc_param_leak l = { v->index, v->depth, ESC_LEAK_UNKNOWN,
			       -1,	 NULL,	   !keeps_old,
			       w->loc };
	  switch (w->dest.root)
	    {
	    case PLACE_PARAM:
	      /* Into the memory it came from (or that reaches it, as
		 "v->len++" stores v's own content): no leak for the
		 caller.  */
	      if (w->dest.index == v->index)
		continue;
	      l.sink = ESC_LEAK_PARAM;
	      l.sink_param = w->dest.index;
	      break;
	    case PLACE_GLOBAL:
	    case PLACE_STATIC:
	      l.sink = ESC_LEAK_GLOBAL;
	      l.sink_name = w->dest.name;
	      break;
	    case PLACE_FRESH:
	      if (!fresh)
		continue;
	      l.sink = ESC_LEAK_HEAP;
	      break;
	    case PLACE_CAPTURE:
	      l.sink = ESC_LEAK_CAPTURED;
	      l.sink_name = w->dest.name;
	      break;
	    case PLACE_RESULT:
	      l.sink = ESC_LEAK_RESULT;
	      break;
	    default:
	      break;
	    }
	  leak_add (sum, &cap, l);
	}
    }
}

const esc_param_leak *
esc_param_leaks (const esc_function *fn, size_t *n)
{
  const esc_summary *s = fn->summary;
  *n = s ? (size_t) s->nleaks : 0;
  return s ? s->leaks : NULL;
}

int
esc_function_has_summary (const esc_function *fn)
{
  return fn->summary != NULL;
}

int
esc_param_count (const esc_function *fn)
{
  /* The array grows by more than one.  */
  int n = fn->nparam_pointees;
  while (n > 0 && fn->param_pointees[n - 1] < 0)
    n--;
  return n;
}

const char *
esc_param_name (const esc_function *fn, int index)
{
  if (index < 0 || index >= fn->nparam_pointees
      || fn->param_pointees[index] < 0)
    return NULL;
  return fn->objects[fn->param_pointees[index]].name;
}

char *
esc_param_leak_text (const esc_function *fn, const esc_param_leak *leak,
		     const esc_quoting *q)
{
  const char *name = esc_param_name (fn, leak->param);
  const char *spelled_name = spelled (q, name);
  char *level = leak->deref > 1
		    ? text_format (" (%d dereferences)", leak->deref)
		    : text_format ("%s", "");
  char *where;
  const char *lq = q->lq, *rq = q->rq;
  const char *sink = spelled (q, leak->sink_name);
  switch (leak->sink)
    {
    case ESC_LEAK_RESULT:
      where = text_format (" to result");
      break;
    case ESC_LEAK_GLOBAL:
      where = text_format (" into %s%s%s", lq, sink ? sink : "?", rq);
      break;
    case ESC_LEAK_PARAM:
      {
	const char *p = esc_param_name (fn, leak->sink_param);
	const char *ps = spelled (q, p);
	where
	    = text_format (" into the memory that parameter %s%s%s points to",
			   lq, ps ? ps : "?", rq);
	break;
      }
    case ESC_LEAK_HEAP:
      where = text_format (" into memory it allocates, which escapes");
      break;
    case ESC_LEAK_CAPTURED:
      where = text_format (", captured by %s%s%s", lq, sink ? sink : "?", rq);
      break;
    default:
      where = text_format (" into memory the analysis cannot track");
      break;
    }
  char *text = text_format (
      "%s%s%s%s", leak->deref ? "leaking param content: " : "leaking param: ",
      spelled_name ? spelled_name : "?", level, where);
  free (level);
  free (where);
  return text;
}

/* The table.  */

struct esc_summary_table
{
  esc_summary **slots; /* open addressing by name */
  int size;
  int count;
  char **strings; /* file names of the summaries read */
  int nstrings, cap_strings;
  const esc_summary_table *fallback; /* looked up when a name is not here */
};

static unsigned
name_hash (const char *s)
{
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

esc_summary_table *
esc_summary_table_create (void)
{
  esc_summary_table *t = xmalloc_zero (sizeof *t);
  t->size = 64;
  t->slots = xmalloc_zero ((size_t) t->size * sizeof *t->slots);
  return t;
}

void
esc_summary_table_destroy (esc_summary_table *t)
{
  if (!t)
    return;
  for (int i = 0; i < t->size; i++)
    summary_free (t->slots[i]);
  free (t->slots);
  for (int i = 0; i < t->nstrings; i++)
    free (t->strings[i]);
  free (t->strings);
  free (t);
}

static int
table_slot (const esc_summary_table *t, const char *name)
{
  unsigned mask = (unsigned) t->size - 1;
  unsigned h = name_hash (name) & mask;
  while (t->slots[h] && strcmp (t->slots[h]->name, name) != 0)
    h = (h + 1) & mask;
  return (int) h;
}

const esc_summary *
summary_table_find_own (const esc_summary_table *t, const char *name)
{
  if (!t || !name)
    return NULL;
  return t->slots[table_slot (t, name)];
}

const esc_summary *
esc_summary_find (const esc_summary_table *t, const char *name)
{
  const esc_summary *s = summary_table_find_own (t, name);
  return s || !t ? s : esc_summary_find (t->fallback, name);
}

void
esc_summary_table_set_fallback (esc_summary_table *t,
				const esc_summary_table *fallback)
{
  t->fallback = fallback;
}

const char *
summary_table_string (esc_summary_table *t, const char *s)
{
  for (int i = 0; i < t->nstrings; i++)
    if (strcmp (t->strings[i], s) == 0)
      return t->strings[i];
  t->strings
      = xgrow (t->strings, &t->cap_strings, t->nstrings + 1, sizeof (char *));
  t->strings[t->nstrings] = xstrdup_or_null (s);
  return t->strings[t->nstrings++];
}

void
summary_finish (esc_summary *s)
{
  derive_leaks (s, NULL, 0);
}

void
summary_table_put (esc_summary_table *t, esc_summary *s)
{
  if (2 * (t->count + 1) > t->size)
    {
      esc_summary **old = t->slots;
      int old_size = t->size;
      t->size *= 2;
      t->slots = xmalloc_zero ((size_t) t->size * sizeof *t->slots);
      for (int i = 0; i < old_size; i++)
	if (old[i])
	  t->slots[table_slot (t, old[i]->name)] = old[i];
      free (old);
    }
  int slot = table_slot (t, s->name);
  if (t->slots[slot])
    summary_free (t->slots[slot]);
  else
    t->count++;
  t->slots[slot] = s;
}

/* A copy of the N places of V, names and all.  */
static place *
places_copy (const place *v, int n)
{
  place *c = xmalloc_zero ((size_t) (n ? n : 1) * sizeof (place));
  for (int i = 0; i < n; i++)
    {
      c[i] = v[i];
      c[i].name = xstrdup_or_null (v[i].name);
    }
  return c;
}

/* A copy of S, for the table.  */
static esc_summary *
summary_copy (const esc_summary *s)
{
  esc_summary *c = xmalloc_zero (sizeof *c);
  c->name = xstrdup_or_null (s->name);
  c->nreturns = s->nreturns;
  c->returns = places_copy (s->returns, s->nreturns);
  c->nwrites = s->nwrites;
  c->writes = xmalloc_zero ((size_t) (s->nwrites ? s->nwrites : 1)
			    * sizeof (summary_write));
  for (int i = 0; i < s->nwrites; i++)
    {
      const summary_write *w = &s->writes[i];
      summary_write *d = &c->writes[i];
      *d = *w;
      d->dest.name = xstrdup_or_null (w->dest.name);
      d->values = places_copy (w->values, w->nvalues);
    }
  c->nparams = s->nparams;
  c->param_names = xmalloc_zero ((size_t) (s->nparams ? s->nparams : 1)
				 * sizeof (char *));
  for (int i = 0; i < s->nparams; i++)
    c->param_names[i] = xstrdup_or_null (s->param_names[i]);
  c->ntests = s->ntests;
  memcpy (c->tests, s->tests, sizeof c->tests);
  c->by_case = s->by_case ? summary_copy (s->by_case) : NULL;
  int cap = 0;
  for (int i = 0; i < s->nleaks; i++)
    leak_add (c, &cap, s->leaks[i]);
  return c;
}

int
esc_summary_publish (esc_summary_table *t, const esc_function *fn)
{
  if (!fn->summary)
    return 0;
  const esc_summary *old = t->slots[table_slot (t, fn->summary->name)];
  bool changed = !old || !summary_equal (old, fn->summary);
  if (changed)
    summary_table_put (t, summary_copy (fn->summary));
  return changed;
}

void
esc_function_use_summaries (esc_function *fn, const esc_summary_table *t)
{
  fn->summaries = t;
}

void
esc_function_want_summary (esc_function *fn, int want)
{
  fn->summary_unwanted = !want;
}

void
esc_function_forget_summary (esc_function *fn, const char *name)
{
  for (int i = 0; i < fn->ninsns; i++)
    if (fn->insns[i].code == INSN_CALL && fn->insns[i].callee
	&& (!name || strcmp (fn->insns[i].callee, name) == 0))
      fn->insns[i].summary_forgotten = true;
}

int
esc_function_applied_summaries (const esc_function *fn)
{
  for (int i = 0; i < fn->ninsns; i++)
    if (fn->insns[i].code == INSN_CALL && fn->insns[i].summary)
      return 1;
  return 0;
}

int
esc_function_calls (const esc_function *fn, const char *name)
{
  for (int i = 0; i < fn->ninsns; i++)
    if (fn->insns[i].code == INSN_CALL && fn->insns[i].callee
	&& strcmp (fn->insns[i].callee, name) == 0)
      return 1;
  return 0;
}
