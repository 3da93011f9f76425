/* cases.c -- the cases of a function's tests of its parameters.

   A function that keeps a string or copies it as a flag says
   ("if (copy) h->s = strdup (s); else h->s = s;") stores its parameter
   in some cases only.  Its summary (summary.c) says, for each write and
   each value, the cases in which it happens: a case fixes the outcome
   of each test "parameter CMP constant" the function makes, and so the
   successor each testing block goes on to.  A call whose arguments
   decide some tests (a constant, an address, which is not null) applies
   what holds in the cases left.  */

#include "engine-internal.h"

#include <stdlib.h>
#include <string.h>

/* The test T in a form shared by its negation: "!=" is "==" with the
   outcomes swapped, ">=" is "<", "<=" is ">".  Returns whether the
   outcomes swap.  */
static bool
normalize (summary_test *t)
{
  switch (t->cmp)
    {
    case ESC_CMP_NE:
      t->cmp = ESC_CMP_EQ;
      return true;
    case ESC_CMP_GE:
      t->cmp = ESC_CMP_LT;
      return true;
    case ESC_CMP_LE:
      t->cmp = ESC_CMP_GT;
      return true;
    default:
      return false;
    }
}

/* The index of test T in TESTS (*N of them), added if missing; -1 when
   there are too many already.  */
static int
test_index (summary_test *tests, int *n, summary_test t)
{
  for (int i = 0; i < *n; i++)
    if (tests[i].param == t.param && tests[i].cmp == t.cmp
	&& tests[i].value == t.value)
      return i;
  if (*n == MAX_SUMMARY_TESTS)
    return -1;
  tests[*n] = t;
  return (*n)++;
}

/* Mark in FROM the blocks reachable from block START in case ONLY (by
   block: the one successor taken, or -1), using STACK.  */
static void
mark_reachable (const esc_function *fn, const int *only, int start, char *from,
		int *stack)
{
  int sp = 0;
  from[start] = 1;
  stack[sp++] = start;
  while (sp)
    {
      int b = stack[--sp];
      const block *blk = &fn->blocks[b];
      for (int s = 0; s < blk->nsuccs; s++)
	{
	  int to = blk->succs[s];
	  if ((only[b] < 0 || only[b] == to) && !from[to])
	    {
	      from[to] = 1;
	      stack[sp++] = to;
	    }
	}
    }
}

void
cases_compute (const esc_function *fn, summary_test *tests, int *ntests,
	       case_info *ci)
{
  int nb = fn->nblocks;
  /* By block, for each part of its test: the index of the test, and
     whether its outcomes swap; index -1: not decided by cases.  */
  int (*index)[2] = xmalloc_zero ((size_t) (nb ? nb : 1) * sizeof *index);
  char (*swapped)[2] = xmalloc_zero ((size_t) (nb ? nb : 1) * sizeof *swapped);
  char *decided = xmalloc_zero ((size_t) (nb ? nb : 1));
  int n = 0;
  for (int b = 0; b < nb; b++)
    {
      const block *blk = &fn->blocks[b];
      decided[b] = blk->ntests > 0;
      for (int k = 0; k < blk->ntests; k++)
	{
	  summary_test t = blk->test.of[k];
	  swapped[b][k] = normalize (&t);
	  index[b][k] = test_index (tests, &n, t);
	  decided[b] &= index[b][k] >= 0;
	}
    }
  *ntests = n;
  ci->ncases = 1 << n;
  ci->only = xmalloc_zero ((size_t) ci->ncases * sizeof (int *));
  ci->reach = xmalloc_zero ((size_t) ci->ncases * sizeof (char *));
  int *stack = xmalloc_zero ((size_t) (nb ? nb : 1) * sizeof (int));
  for (int c = 0; c < ci->ncases; c++)
    {
      int *only = xmalloc_zero ((size_t) (nb ? nb : 1) * sizeof (int));
      char *reach = xmalloc_zero ((size_t) (nb ? nb : 1));
      for (int b = 0; b < nb; b++)
	{
	  const block *blk = &fn->blocks[b];
	  only[b] = -1;
	  if (!decided[b])
	    continue;
	  bool holds = !blk->test.any;
	  for (int k = 0; k < blk->ntests; k++)
	    {
	      bool part = ((c >> index[b][k]) & 1) != swapped[b][k];
	      holds = blk->test.any ? holds || part : holds && part;
	    }
	  only[b] = holds ? blk->test.true_block : blk->test.false_block;
	}
      if (nb)
	mark_reachable (fn, only, 0, reach, stack);
      ci->only[c] = only;
      ci->reach[c] = reach;
    }
  free (stack);
  free (index);
  free (swapped);
  free (decided);
}

void
cases_free (case_info *ci)
{
  for (int c = 0; c < ci->ncases; c++)
    {
      free (ci->only[c]);
      free (ci->reach[c]);
    }
  free (ci->only);
  free (ci->reach);
  memset (ci, 0, sizeof *ci);
}

case_mask
cases_unreached (const case_info *ci, int block)
{
  case_mask m = 0;
  if (block < 0)
    return 0;
  for (int c = 0; c < ci->ncases; c++)
    if (!ci->reach[c][block])
      m |= (case_mask) 1 << c;
  return m;
}

case_mask
cases_edge_unused (const case_info *ci, int from, int to)
{
  case_mask m = 0;
  if (from < 0)
    return 0;
  for (int c = 0; c < ci->ncases; c++)
    if (!ci->reach[c][from]
	|| (ci->only[c][from] >= 0 && ci->only[c][from] != to))
      m |= (case_mask) 1 << c;
  return m;
}

case_mask
cases_at_call (const esc_summary *by_case, const insn *call)
{
  int n = by_case->ntests;
  case_mask left = 0;
  int known = 0, holds = 0;
  for (int i = 0; i < n; i++)
    {
      const summary_test *t = &by_case->tests[i];
      esc_value none = { ESC_VALUE_NONE, 0, 0 };
      esc_value arg = t->param < call->nsrcs ? call->srcs[t->param] : none;
      int outcome = esc_test_outcome (arg, t->cmp, t->value);
      if (outcome >= 0)
	{
	  known |= 1 << i;
	  holds |= outcome << i;
	}
    }
  for (int c = 0; c < 1 << n; c++)
    if ((c & known) == holds)
      left |= (case_mask) 1 << c;
  return left;
}

case_mask *
cases_chosen (const esc_function *fn, const case_info *ci)
{
  int nb = fn->nblocks;
  size_t size = (size_t) (nb ? nb : 1);
  case_mask *chosen = xmalloc_zero (size * sizeof (case_mask));
  char *first = xmalloc_zero (size), *other = xmalloc_zero (size);
  int *stack = xmalloc_zero (size * sizeof (int));
  for (int c = 0; c < ci->ncases; c++)
    for (int b = 0; b < nb; b++)
      {
	const block *blk = &fn->blocks[b];
	if (!blk->caller_choice || ci->only[c][b] >= 0 || !ci->reach[c][b]
	    || blk->nsuccs < 2)
	  continue;
	memset (first, 0, size);
	mark_reachable (fn, ci->only[c], blk->succs[0], first, stack);
	for (int s = 1; s < blk->nsuccs; s++)
	  {
	    memset (other, 0, size);
	    mark_reachable (fn, ci->only[c], blk->succs[s], other, stack);
	    for (int x = 0; x < nb; x++)
	      if (first[x] != other[x] && x != b)
		chosen[x] |= (case_mask) 1 << c;
	  }
      }
  free (first);
  free (other);
  free (stack);
  return chosen;
}
