/* alloc.c -- the heap allocation sites of a function, as Go's -m reports
   them: whether each escapes, and whether it is freed on every path (one
   of known small size that does not escape could live on the stack).
   Computed from phase 1's precise state, after its leak walk has marked
   what it reached.  */

#include "solver.h"

#include <stdlib.h>
#include <string.h>

void
esc_function_want_allocations (esc_function *fn)
{
  fn->want_allocations = true;
}

const esc_allocation *
esc_allocations (const esc_function *fn, size_t *n)
{
  *n = (size_t) fn->nallocations;
  return fn->allocations;
}

int64_t
esc_object_size (const esc_function *fn, int obj)
{
  return fn->objects[obj].size;
}

/* Whether the call IN frees memory.  */
static bool
frees (const insn *in)
{
  return in->code == INSN_CALL && in->model && in->model->name
	 && (strcmp (in->model->name, "free") == 0
	     || strcmp (in->model->name, "cfree") == 0);
}

/* Mark in SEEN (by object, NOBJECTS of them) the objects of S.  */
static void
mark_objects (const elem_set *s, char *seen, int nobjects)
{
  for (uint32_t i = 0; i < s->n; i++)
    if (s->v[i].obj < (uint32_t) nobjects)
      seen[s->v[i].obj] = 1;
}

void
find_allocations (solver *sv)
{
  esc_function *fn = sv->fn;
  free (fn->allocations);
  fn->allocations = NULL;
  fn->nallocations = 0;
  /* The heap objects this analysis produced: an earlier round of a
     recursion may have made some it no longer does.  */
  char *seen = xmalloc_zero ((size_t) fn->nobjects);
  for (int v = 0; v < fn->nvars; v++)
    mark_objects (&fn->vars[v], seen, fn->nobjects);
  for (int i = 0; i < sv->everywhere.n; i++)
    mark_objects (&sv->everywhere.v[i].contents, seen, fn->nobjects);
  int k = 0;
  int *index = xmalloc_zero ((size_t) fn->nobjects * sizeof (int));
  for (int o = 0; o < fn->nobjects; o++)
    index[o] = fn->objects[o].kind == ESC_OBJ_HEAP && seen[o] ? k++ : -1;
  free (seen);
  if (k == 0)
    {
      free (index);
      return;
    }
  /* Which blocks free which sites: a free of a pointer that can only
     point into that site.  */
  int nb = fn->nblocks;
  char *gen = xmalloc_zero ((size_t) nb * (size_t) k);
  for (int b = 0; b < nb; b++)
    for (int i = 0; i < fn->blocks[b].ninsns; i++)
      {
	const insn *in = &fn->insns[fn->blocks[b].insns[i]];
	if (!frees (in) || in->nsrcs < 1)
	  continue;
	targets_of (sv, in->srcs[0]);
	if (sv->targets.n == 1 && index[sv->targets.v[0].obj] >= 0)
	  gen[(size_t) b * k + index[sv->targets.v[0].obj]] = 1;
      }
  char *freed = must_at_returns (sv, gen, k, NULL);
  fn->allocations = xmalloc_zero ((size_t) k * sizeof (esc_allocation));
  for (int o = 0; o < fn->nobjects; o++)
    if (index[o] >= 0)
      {
	esc_allocation *a = &fn->allocations[fn->nallocations++];
	a->object = o;
	a->escapes = fn->objects[o].escaped;
	a->freed = freed[index[o]];
	a->size = fn->objects[o].size;
      }
  free (freed);
  free (gen);
  free (index);
}
