/* flow.c -- phase 2: the flow-sensitive solution, sparse.

   Phase 1 (engine.c) left the locations worth tracking: those that may
   hold the address of a stack object, or of an object that may hold one.
   Rather than a copy of all of them in every block, each tracked
   location gets the SSA form GCC gives variables: it has a value at the
   exit of each block that may write it and at a phi in each block of the
   iterated dominance frontier of those, and every read is wired to the
   definition that reaches it.  Which blocks may write which locations
   comes from one more run of phase 1 (its targets contain phase 2's).
   The values then only grow until nothing changes, as in phase 1, and
   the cost stays proportional to the reads, writes and phis.  */

#include "solver.h"

#include <stdlib.h>
#include <string.h>

/* A site is where a location's value is defined: the phi at the start of
   block B (2B), the end of block B (2B + 1), or the entry of the
   function (SITE_INITIAL).  */
#define SITE_INITIAL (-1)
#define PHI_SITE(b) (2 * (b))
#define EXIT_SITE(b) (2 * (b) + 1)

/* Per block: the tracked locations it touches, sorted, with the site
   reaching its entry; whether it may write them and their value at its
   end; its phis.  */
struct block_memory
{
  int *locs;
  char *written;
  int *entry_site;
  elem_set *exit_values;
  int nlocs, cap_locs, cap_written;
  int *phis;	 /* locations, sorted */
  int *phi_args; /* nphis x npreds sites */
  elem_set *phi_values;
  int nphis, cap_phis;
  bool reached;
  /* When each exit value and phi value last changed (the solver's tick),
     and, for running the block again only when something it reads has
     changed: the variables it read, when it last ran, and how many
     locations there were then (a new one adds to reads of its whole
     object).  */
  uint64_t *exit_changed;
  uint64_t *phi_changed;
  insn_deps reads;
  int nlocations_seen;
};

static int
find_int (const int *v, int n, int x)
{
  int lo = 0, hi = n;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      if (v[mid] == x)
	return mid;
      if (v[mid] < x)
	lo = mid + 1;
      else
	hi = mid;
    }
  return -1;
}

/* Note, while recording, that the current block reads (WRITTEN false) or
   may write tracked location LOC.  */
void
flow_record (solver *sv, int loc, bool written)
{
  block_memory *bm = &sv->memory[sv->current_block];
  bm->locs = xgrow (bm->locs, &bm->cap_locs, bm->nlocs + 1, sizeof (int));
  bm->written
      = xgrow (bm->written, &bm->cap_written, bm->nlocs + 1, sizeof (char));
  bm->locs[bm->nlocs] = loc;
  bm->written[bm->nlocs] = written;
  bm->nlocs++;
}

static int
compare_loc_flag (const void *a, const void *b)
{
  const int *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return x[1] - y[1];
}

/* Sort and merge what recording noted for BM.  */
static void
finish_block_locs (block_memory *bm)
{
  int n = bm->nlocs;
  int *pairs = xmalloc_zero ((size_t) (n ? n : 1) * 2 * sizeof (int));
  for (int i = 0; i < n; i++)
    {
      pairs[2 * i] = bm->locs[i];
      pairs[2 * i + 1] = bm->written[i];
    }
  qsort (pairs, (size_t) n, 2 * sizeof (int), compare_loc_flag);
  int k = 0;
  for (int i = 0; i < n; i++)
    {
      if (k && bm->locs[k - 1] == pairs[2 * i])
	bm->written[k - 1] |= (char) pairs[2 * i + 1];
      else
	{
	  bm->locs[k] = pairs[2 * i];
	  bm->written[k] = (char) pairs[2 * i + 1];
	  k++;
	}
    }
  bm->nlocs = k;
  free (pairs);
  bm->entry_site = xmalloc_zero ((size_t) (k ? k : 1) * sizeof (int));
  bm->exit_values = xmalloc_zero ((size_t) (k ? k : 1) * sizeof (elem_set));
  bm->exit_changed = xmalloc_zero ((size_t) (k ? k : 1) * sizeof (uint64_t));
}

/* Dominators (Cooper, Harvey and Kennedy), over the blocks in RPO.  */
static int *
compute_idom (solver *sv, const int *rpo_index)
{
  esc_function *fn = sv->fn;
  int *idom = xmalloc_zero ((size_t) fn->nblocks * sizeof (int));
  for (int b = 0; b < fn->nblocks; b++)
    idom[b] = -1;
  idom[0] = 0;
  bool changed = true;
  while (changed)
    {
      changed = false;
      for (int r = 1; r < sv->nrpo; r++)
	{
	  int b = sv->rpo[r];
	  int new_idom = -1;
	  for (int p = 0; p < fn->blocks[b].npreds; p++)
	    {
	      int q = fn->blocks[b].preds[p];
	      if (idom[q] < 0)
		continue;
	      if (new_idom < 0)
		{
		  new_idom = q;
		  continue;
		}
	      int x = q, y = new_idom;
	      while (x != y)
		{
		  while (rpo_index[x] > rpo_index[y])
		    x = idom[x];
		  while (rpo_index[y] > rpo_index[x])
		    y = idom[y];
		}
	      new_idom = x;
	    }
	  if (new_idom >= 0 && idom[b] != new_idom)
	    {
	      idom[b] = new_idom;
	      changed = true;
	    }
	}
    }
  return idom;
}

typedef struct int_list
{
  int *v;
  int n, cap;
} int_list;

static void
list_push (int_list *l, int x)
{
  l->v = xgrow (l->v, &l->cap, l->n + 1, sizeof (int));
  l->v[l->n++] = x;
}

/* Place the phis of every tracked location at the iterated dominance
   frontier of the blocks that may write it.  */
static void
place_phis (solver *sv, const int *idom, const int *rpo_index)
{
  esc_function *fn = sv->fn;
  int nb = fn->nblocks;
  int_list *frontier = xmalloc_zero ((size_t) nb * sizeof (int_list));
  int *stamp = xmalloc_zero ((size_t) nb * sizeof (int));
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block *blk = &fn->blocks[b];
      if (blk->npreds < 2)
	continue;
      for (int p = 0; p < blk->npreds; p++)
	for (int x = blk->preds[p]; rpo_index[x] >= 0 && x != idom[b];
	     x = idom[x])
	  {
	    if (stamp[x] == b + 1)
	      break;
	    stamp[x] = b + 1;
	    list_push (&frontier[x], b);
	  }
    }

  /* The blocks writing each tracked location.  */
  int_list *writers
      = xmalloc_zero ((size_t) fn->nlocations * sizeof (int_list));
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block_memory *bm = &sv->memory[b];
      for (int i = 0; i < bm->nlocs; i++)
	if (bm->written[i])
	  list_push (&writers[bm->locs[i]], b);
    }

  int *has_phi = xmalloc_zero ((size_t) nb * sizeof (int));
  int *queued = xmalloc_zero ((size_t) nb * sizeof (int));
  int_list work = { 0 };
  for (int l = 0; l < fn->nlocations; l++)
    {
      if (!writers[l].n)
	continue;
      work.n = 0;
      for (int i = 0; i < writers[l].n; i++)
	{
	  queued[writers[l].v[i]] = l + 1;
	  list_push (&work, writers[l].v[i]);
	}
      while (work.n)
	{
	  int x = work.v[--work.n];
	  for (int i = 0; i < frontier[x].n; i++)
	    {
	      int y = frontier[x].v[i];
	      if (has_phi[y] == l + 1)
		continue;
	      has_phi[y] = l + 1;
	      block_memory *bm = &sv->memory[y];
	      bm->phis = xgrow (bm->phis, &bm->cap_phis, bm->nphis + 1,
				sizeof (int));
	      bm->phis[bm->nphis++] = l;
	      if (queued[y] != l + 1)
		{
		  queued[y] = l + 1;
		  list_push (&work, y);
		}
	    }
	}
      free (writers[l].v);
    }
  for (int b = 0; b < nb; b++)
    {
      block_memory *bm = &sv->memory[b];
      int npreds = fn->blocks[b].npreds;
      bm->phi_args
	  = xmalloc_zero ((size_t) (bm->nphis * npreds + 1) * sizeof (int));
      bm->phi_values
	  = xmalloc_zero ((size_t) (bm->nphis + 1) * sizeof (elem_set));
      bm->phi_changed
	  = xmalloc_zero ((size_t) (bm->nphis + 1) * sizeof (uint64_t));
      free (frontier[b].v);
    }
  free (work.v);
  free (writers);
  free (has_phi);
  free (queued);
  free (frontier);
  free (stamp);
}

/* Wire each read to its reaching site: a walk of the dominator tree
   keeping the current site of each location (SSA renaming).  */
static void
rename_sites (solver *sv, const int *idom)
{
  esc_function *fn = sv->fn;
  int nb = fn->nblocks;
  int_list *children = xmalloc_zero ((size_t) nb * sizeof (int_list));
  for (int r = 1; r < sv->nrpo; r++)
    list_push (&children[idom[sv->rpo[r]]], sv->rpo[r]);
  int *current = xmalloc_zero ((size_t) (fn->nlocations + 1) * sizeof (int));
  for (int l = 0; l < fn->nlocations; l++)
    current[l] = SITE_INITIAL;
  /* The undo log: (location, previous site) pairs; a block's entries are
     undone when the walk leaves it.  */
  int_list undo = { 0 };
  int_list stack = { 0 }; /* block, or -1 - block when leaving */
  int *undo_mark = xmalloc_zero ((size_t) nb * sizeof (int));
  list_push (&stack, 0);
  while (stack.n)
    {
      int b = stack.v[--stack.n];
      if (b < 0)
	{
	  b = -1 - b;
	  while (undo.n > undo_mark[b])
	    {
	      undo.n -= 2;
	      current[undo.v[undo.n]] = undo.v[undo.n + 1];
	    }
	  continue;
	}
      undo_mark[b] = undo.n;
      block_memory *bm = &sv->memory[b];
      for (int k = 0; k < bm->nphis; k++)
	{
	  list_push (&undo, bm->phis[k]);
	  list_push (&undo, current[bm->phis[k]]);
	  current[bm->phis[k]] = PHI_SITE (b);
	}
      for (int i = 0; i < bm->nlocs; i++)
	bm->entry_site[i] = current[bm->locs[i]];
      for (int i = 0; i < bm->nlocs; i++)
	if (bm->written[i])
	  {
	    list_push (&undo, bm->locs[i]);
	    list_push (&undo, current[bm->locs[i]]);
	    current[bm->locs[i]] = EXIT_SITE (b);
	  }
      /* The phi arguments of the successors come from here.  */
      block *blk = &fn->blocks[b];
      for (int s = 0; s < blk->nsuccs; s++)
	{
	  int succ = blk->succs[s];
	  block_memory *sm = &sv->memory[succ];
	  int npreds = fn->blocks[succ].npreds;
	  for (int p = 0; p < npreds; p++)
	    if (fn->blocks[succ].preds[p] == b)
	      for (int k = 0; k < sm->nphis; k++)
		sm->phi_args[k * npreds + p] = current[sm->phis[k]];
	}
      list_push (&stack, -1 - b);
      for (int c = 0; c < children[b].n; c++)
	list_push (&stack, children[b].v[c]);
    }
  for (int b = 0; b < nb; b++)
    free (children[b].v);
  free (children);
  free (current);
  free (undo.v);
  free (stack.v);
  free (undo_mark);
}

static const elem_set initial_only = { (elem *) &initial_elem, 1, 1 };

/* The value of LOC defined at SITE.  */
static const elem_set *
site_value (const solver *sv, int site, int loc)
{
  if (site == SITE_INITIAL)
    return &initial_only;
  const block_memory *bm = &sv->memory[site / 2];
  if (site & 1)
    {
      int i = find_int (bm->locs, bm->nlocs, loc);
      return i >= 0 ? &bm->exit_values[i] : &initial_only;
    }
  int k = find_int (bm->phis, bm->nphis, loc);
  return k >= 0 ? &bm->phi_values[k] : &initial_only;
}

/* When the value of LOC defined at SITE last changed; 0: never.  */
static uint64_t
site_changed (const solver *sv, int site, int loc)
{
  if (site == SITE_INITIAL)
    return 0;
  const block_memory *bm = &sv->memory[site / 2];
  if (site & 1)
    {
      int i = find_int (bm->locs, bm->nlocs, loc);
      return i >= 0 ? bm->exit_changed[i] : 0;
    }
  int k = find_int (bm->phis, bm->nphis, loc);
  return k >= 0 ? bm->phi_changed[k] : 0;
}

/* Whether block B must run again: it never ran, or what it reads (the
   values reaching its entry, its variables, the set of locations) has
   changed since.  */
static bool
block_inputs_changed (const solver *sv, int b)
{
  const block_memory *bm = &sv->memory[b];
  uint64_t ran = bm->reads.ran;
  if (!ran || bm->nlocations_seen != sv->fn->nlocations)
    return true;
  for (int k = 0; k < bm->nphis; k++)
    if (bm->phi_changed[k] >= ran)
      return true;
  for (int i = 0; i < bm->nlocs; i++)
    if (site_changed (sv, bm->entry_site[i], bm->locs[i]) >= ran)
      return true;
  for (int i = 0; i < bm->reads.n; i++)
    if (sv->var_marks.changed[DEP_INDEX (bm->reads.v[i])] >= ran)
      return true;
  return false;
}

/* What tracked location LOC holds on entry to the current block, or NULL
   when recording missed it (the caller falls back to phase 1).  */
const elem_set *
flow_entry_value (const solver *sv, int loc)
{
  const block_memory *bm = &sv->memory[sv->current_block];
  int i = find_int (bm->locs, bm->nlocs, loc);
  return i >= 0 ? site_value (sv, bm->entry_site[i], loc) : NULL;
}

/* Record what each block touches: one more phase 1 run, noting.  */
static void
record_touches (solver *sv)
{
  esc_function *fn = sv->fn;
  sv->recording = true;
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block *blk = &fn->blocks[b];
      sv->current_block = b;
      bool returns = false;
      for (int i = 0; i < blk->ninsns; i++)
	{
	  run_insn (sv, &sv->everywhere, (uint32_t) blk->insns[i]);
	  enum insn_code c = fn->insns[blk->insns[i]].code;
	  returns |= c == INSN_RETURN || c == INSN_RETURN_MEMORY;
	}
      /* Returns read everything: the leaks are found there.  */
      if (returns)
	for (int l = 0; l < sv->ntracked; l++)
	  if (sv->tracked[l])
	    flow_record (sv, l, false);
    }
  sv->recording = false;
  for (int b = 0; b < fn->nblocks; b++)
    finish_block_locs (&sv->memory[b]);
}

/* One visit of every block; false when over budget.  */
static bool
flow_round (solver *sv, state *scratch)
{
  esc_function *fn = sv->fn;
  for (int r = 0; r < sv->nrpo; r++)
    {
      int b = sv->rpo[r];
      block *blk = &fn->blocks[b];
      block_memory *bm = &sv->memory[b];
      if (b != 0)
	{
	  bool reached = false;
	  for (int p = 0; p < blk->npreds; p++)
	    reached |= sv->memory[blk->preds[p]].reached;
	  if (!reached)
	    continue;
	}
      bm->reached = true;

      /* Phis: the union of what reaches them from reached
	 predecessors.  */
      for (int k = 0; k < bm->nphis; k++)
	{
	  elem_set *acc = &sv->scratch;
	  set_clear (acc);
	  for (int p = 0; p < blk->npreds; p++)
	    if (sv->memory[blk->preds[p]].reached)
	      set_union (acc,
			 site_value (sv, bm->phi_args[k * blk->npreds + p],
				     bm->phis[k]));
	  sv->work += acc->n;
	  if (!set_equal (acc, &bm->phi_values[k]))
	    {
	      set_copy (&bm->phi_values[k], acc);
	      bm->phi_changed[k] = ++sv->tick;
	      sv->changed = true;
	    }
	}
      sv->work += bm->nlocs + bm->reads.n;
      if (!sv->reporting && !block_inputs_changed (sv, b))
	continue;

      /* The block, over the locations it may write.  */
      sv->current_block = b;
      for (int i = 0; i < scratch->n; i++)
	set_free (&scratch->v[i].contents);
      scratch->n = 0;
      for (int i = 0; i < bm->nlocs; i++)
	if (bm->written[i])
	  set_copy (&state_get (scratch, bm->locs[i])->contents,
		    site_value (sv, bm->entry_site[i], bm->locs[i]));
      /* Changes from here on, its own included, are news to it.  */
      bm->reads.n = 0;
      bm->reads.ran = sv->tick + 1;
      bm->nlocations_seen = fn->nlocations;
      sv->run_serial++;
      sv->deps_of = &bm->reads;
      for (int i = 0; i < blk->ninsns; i++)
	run_insn (sv, scratch, (uint32_t) blk->insns[i]);
      sv->deps_of = NULL;
      for (int i = 0; i < bm->nlocs; i++)
	if (bm->written[i])
	  {
	    state_entry *e = state_find (scratch, bm->locs[i]);
	    if (e && !set_equal (&e->contents, &bm->exit_values[i]))
	      {
		set_copy (&bm->exit_values[i], &e->contents);
		bm->exit_changed[i] = ++sv->tick;
		sv->changed = true;
	      }
	  }
      sv->work += bm->nlocs + blk->ninsns;
      if (sv->work > sv->budget)
	return false;
    }
  return true;
}

/* The state at the end of return block B, for find_leaks.  */
static void
exit_state (solver *sv, int b, state *out)
{
  block_memory *bm = &sv->memory[b];
  for (int i = 0; i < bm->nlocs; i++)
    {
      const elem_set *v
	  = bm->written[i] ? &bm->exit_values[i]
			   : site_value (sv, bm->entry_site[i], bm->locs[i]);
      set_copy (&state_get (out, bm->locs[i])->contents, v);
    }
  out->reached = true;
}

bool
solve_flow (solver *sv)
{
  esc_function *fn = sv->fn;
  int nb = fn->nblocks;
  sv->memory = xmalloc_zero ((size_t) nb * sizeof (block_memory));
  record_touches (sv);

  int *rpo_index = xmalloc_zero ((size_t) nb * sizeof (int));
  for (int b = 0; b < nb; b++)
    rpo_index[b] = -1;
  for (int r = 0; r < sv->nrpo; r++)
    rpo_index[sv->rpo[r]] = r;
  int *idom = compute_idom (sv, rpo_index);
  place_phis (sv, idom, rpo_index);
  rename_sites (sv, idom);
  free (idom);
  free (rpo_index);

  sv->insensitive = false;
  for (int v = 0; v < fn->nvars; v++)
    set_clear (&fn->vars[v]);
  state scratch = { 0 };
  bool ok = true;
  int round = 0;
  do
    {
      sv->changed = false;
      if (!flow_round (sv, &scratch) || ++round > MAX_ROUNDS)
	{
	  ok = false;
	  break;
	}
    }
  while (sv->changed);

  if (ok)
    {
      /* The leaks, at each return.  */
      state *states = xmalloc_zero ((size_t) nb * sizeof (state));
      state **exit_states = xmalloc_zero ((size_t) nb * sizeof (state *));
      int *exit_insns = xmalloc_zero ((size_t) nb * sizeof (int));
      int nexits = 0;
      for (int r = 0; r < sv->nrpo; r++)
	{
	  int b = sv->rpo[r];
	  block *blk = &fn->blocks[b];
	  if (!sv->memory[b].reached)
	    continue;
	  for (int i = 0; i < blk->ninsns && nexits < nb; i++)
	    {
	      enum insn_code c = fn->insns[blk->insns[i]].code;
	      if (c != INSN_RETURN && c != INSN_RETURN_MEMORY)
		continue;
	      if (!states[b].reached)
		exit_state (sv, b, &states[b]);
	      exit_states[nexits] = &states[b];
	      exit_insns[nexits++] = blk->insns[i];
	    }
	}
      find_leaks (fn, exit_states, exit_insns, nexits);
      if (sv->summarize)
	for (int x = 0; x < nexits; x++)
	  for (int i = 0; i < exit_states[x]->n; i++)
	    {
	      const state_entry *e = &exit_states[x]->v[i];
	      state_entry *u = state_find (&sv->exit_union, e->loc);
	      if (!u)
		{
		  u = state_get (&sv->exit_union, e->loc);
		  set_clear (&u->contents);
		}
	      set_union (&u->contents, &e->contents);
	    }
      /* One more round, where uses after the end of a scope are
	 reported: the states are final now.  */
      sv->reporting = true;
      flow_round (sv, &scratch);
      sv->reporting = false;
      for (int b = 0; b < nb; b++)
	state_free (&states[b]);
      free (states);
      free (exit_states);
      free (exit_insns);
    }
  state_free (&scratch);

  for (int b = 0; b < nb; b++)
    {
      block_memory *bm = &sv->memory[b];
      for (int i = 0; i < bm->nlocs; i++)
	set_free (&bm->exit_values[i]);
      for (int k = 0; k < bm->nphis; k++)
	set_free (&bm->phi_values[k]);
      free (bm->locs);
      free (bm->written);
      free (bm->entry_site);
      free (bm->exit_values);
      free (bm->exit_changed);
      free (bm->phi_changed);
      free (bm->reads.v);
      free (bm->phis);
      free (bm->phi_args);
      free (bm->phi_values);
    }
  free (sv->memory);
  sv->memory = NULL;
  return ok;
}
