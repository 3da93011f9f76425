/* explain.c -- the flow of a finding, for explanations: how the address
   of the stack object goes from where it is taken to where it leaves,
   one step per instruction (the "from ..." lines of -m=2, the steps of
   the reports).

   Found only when asked, after the analysis: a walk back from the
   instruction where the address leaves, through the definition of each
   variable that holds it and, when it was loaded, through a store into
   memory the load may read that stores it.  Where several ways lead
   there, the walk follows the first it finds: an explanation, not the
   proof (the analysis is).  */

#include "engine-internal.h"

#include <stdlib.h>
#include <string.h>

/* How far back the walk goes: each level is a step.  */
#define MAX_FLOW_DEPTH 64
/* How many instructions the walk may look at, all told: each memory step
   looks at all of them, and a huge function must not make an explanation
   quadratic.  What is found by then is shown.  */
#define MAX_FLOW_WORK 1000000

typedef struct flow_walk
{
  const esc_function *fn;
  int *def;	   /* by variable: the instruction defining it, or -1 */
  char *visited;   /* by instruction */
  esc_step *steps; /* backwards while walking */
  size_t n, max;
  int depth;
  long work;
} flow_walk;

/* Whether S holds an address of OBJ.  S is sorted by object.  */
static bool
set_has_object (const elem_set *s, uint32_t obj)
{
  uint32_t lo = 0, hi = s->n;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (s->v[mid].obj < obj)
	lo = mid + 1;
      else
	hi = mid;
    }
  return lo < s->n && s->v[lo].obj == obj;
}

static bool
value_holds (const esc_function *fn, esc_value v, uint32_t obj)
{
  if (v.kind == ESC_VALUE_ADDRESS)
    return (uint32_t) v.id == obj;
  if (v.kind == ESC_VALUE_VAR)
    return set_has_object (&fn->vars[v.id], obj);
  return false;
}

/* Whether V may point into an object A, a pointer held by W, may point
   into too.  */
static bool
may_share_target (const esc_function *fn, esc_value v, esc_value w)
{
  if (v.kind == ESC_VALUE_ADDRESS)
    return value_holds (fn, w, (uint32_t) v.id);
  if (v.kind != ESC_VALUE_VAR)
    return false;
  const elem_set *s = &fn->vars[v.id];
  for (uint32_t i = 0; i < s->n; i++)
    if (s->v[i].obj > OBJ_NONE && value_holds (fn, w, s->v[i].obj))
      return true;
  return false;
}

static bool
same_place (esc_loc a, esc_loc b)
{
  return a.line == b.line && a.column == b.column;
}

/* Whether call IN passes the address of OBJ as an argument.  */
static bool
passes (const esc_function *fn, const insn *in, uint32_t obj)
{
  for (int k = 0; k < in->nsrcs; k++)
    if (value_holds (fn, in->srcs[k], obj))
      return true;
  return false;
}

static void
push_step (flow_walk *w, enum esc_step_kind kind, int at, int obj)
{
  if (w->n == w->max)
    return;
  esc_step *s = &w->steps[w->n++];
  s->kind = kind;
  s->loc = w->fn->insns[at].loc;
  s->insn = at;
  s->object = obj;
}

static bool trace_value (flow_walk *w, esc_value v, uint32_t obj, int at);

/* How the address of OBJ got into the memory ADDR points to, read by
   instruction AT.  */
static bool
trace_memory (flow_walk *w, esc_value addr, uint32_t obj, int at)
{
  const esc_function *fn = w->fn;
  if (w->depth >= MAX_FLOW_DEPTH || w->work > MAX_FLOW_WORK)
    return false;
  w->depth++;
  w->work += fn->ninsns;
  bool found = false;
  size_t mark = w->n;
  for (int i = 1; i < fn->ninsns && !found; i++)
    {
      const insn *in = &fn->insns[i];
      if (w->visited[i] || i == at)
	continue;
      if (in->code == INSN_STORE && value_holds (fn, in->src, obj)
	  && may_share_target (fn, in->addr, addr))
	{
	  w->visited[i] = 1;
	  push_step (w, ESC_STEP_ASSIGN, i, -1);
	  found = trace_value (w, in->src, obj, i);
	}
      else if (in->code == INSN_COPY && may_share_target (fn, in->addr, addr))
	{
	  w->visited[i] = 1;
	  push_step (w, ESC_STEP_COPY, i, -1);
	  found = trace_memory (w, in->src, obj, i);
	}
      else if (in->code == INSN_CALL && in->model
	       && in->model->kind == ESC_MODEL_COPY && in->nsrcs >= 2
	       && may_share_target (fn, in->srcs[0], addr))
	{
	  w->visited[i] = 1;
	  push_step (w, ESC_STEP_COPY, i, -1);
	  found = trace_memory (w, in->srcs[1], obj, i);
	}
      else if (in->code == INSN_CALL && in->summary)
	/* A callee that stores an argument into memory its caller then
	   reads.  */
	for (int k = 0; k < in->nsrcs && !found; k++)
	  if (value_holds (fn, in->srcs[k], obj))
	    {
	      w->visited[i] = 1;
	      push_step (w, ESC_STEP_CALL_ARGUMENT, i, -1);
	      found = trace_value (w, in->srcs[k], obj, i);
	    }
      if (!found)
	w->n = mark;
    }
  w->depth--;
  return found;
}

/* How the address of OBJ got into value V, used by instruction AT.  The
   steps are pushed backwards: the latest first.  */
static bool
trace_value (flow_walk *w, esc_value v, uint32_t obj, int at)
{
  const esc_function *fn = w->fn;
  if (v.kind == ESC_VALUE_ADDRESS)
    {
      if ((uint32_t) v.id != obj)
	return false;
      push_step (w, ESC_STEP_ADDRESS, at, (int) obj);
      return true;
    }
  if (v.kind != ESC_VALUE_VAR || w->depth >= MAX_FLOW_DEPTH)
    return false;
  int d = w->def[v.id];
  if (d < 0 || w->visited[d])
    return false;
  w->visited[d] = 1;
  w->depth++;
  const insn *in = &fn->insns[d];
  size_t mark = w->n;
  bool found = false;
  switch (in->code)
    {
    case INSN_ASSIGN:
      push_step (w, ESC_STEP_ASSIGN, d, -1);
      for (int k = 0; k < in->nsrcs && !found; k++)
	if (value_holds (fn, in->srcs[k], obj))
	  found = trace_value (w, in->srcs[k], obj, d);
      break;
    case INSN_LOAD:
      push_step (w, ESC_STEP_ASSIGN, d, -1);
      /* A parameter's content starts the flow at its load.  */
      found = fn->objects[obj].kind == ESC_OBJ_PARAM_POINTEE
	      && fn->objects[obj].parent_loc >= 0
	      && value_holds (fn, in->addr,
			      fn->locations[fn->objects[obj].parent_loc].obj);
      if (!found)
	found = trace_memory (w, in->addr, obj, d);
      break;
    case INSN_CALL:
      push_step (w, ESC_STEP_CALL_RESULT, d, -1);
      /* The allocation of OBJ (a container on the heap) starts the
	 flow.  What else it returns comes from an argument (its model,
	 its summary, or a guess: the first argument holding the
	 address).  */
      found = in->call_object == (int) obj;
      if (!found && in->returned_arg >= 0 && in->returned_arg < in->nsrcs)
	found = trace_value (w, in->srcs[in->returned_arg], obj, d);
      for (int k = 0; k < in->nsrcs && !found; k++)
	if (value_holds (fn, in->srcs[k], obj))
	  found = trace_value (w, in->srcs[k], obj, d);
      if (!found)
	for (int k = 0; k < in->nsrcs && !found; k++)
	  if (in->srcs[k].kind == ESC_VALUE_VAR
	      || in->srcs[k].kind == ESC_VALUE_ADDRESS)
	    found = trace_memory (w, in->srcs[k], obj, d);
      break;
    default:
      break;
    }
  if (!found)
    w->n = mark;
  w->depth--;
  return found;
}

/* The steps up to instruction AT, where OBJ's address leaves; false
   when the walk found no way there (the step at AT stays).  */
static bool
trace_leave (flow_walk *w, int at, uint32_t obj)
{
  const esc_function *fn = w->fn;
  const insn *in = &fn->insns[at];
  w->visited[at] = 1;
  switch (in->code)
    {
    case INSN_STORE:
      push_step (w, ESC_STEP_ASSIGN, at, -1);
      return trace_value (w, in->src, obj, at);
    case INSN_RETURN:
      push_step (w, ESC_STEP_RETURN, at, -1);
      return trace_value (w, in->src, obj, at);
    case INSN_RETURN_MEMORY:
      push_step (w, ESC_STEP_RETURN, at, -1);
      return trace_memory (w, in->addr, obj, at);
    case INSN_COPY:
      push_step (w, ESC_STEP_COPY, at, -1);
      return trace_memory (w, in->src, obj, at);
    case INSN_CALL_EFFECT:
      return trace_leave (w, in->dst, obj);
    case INSN_CALL:
      push_step (w, ESC_STEP_CALL_ARGUMENT, at, -1);
      for (int k = 0; k < in->nsrcs; k++)
	if (value_holds (fn, in->srcs[k], obj)
	    && trace_value (w, in->srcs[k], obj, at))
	  return true;
      return false;
    default:
      return false;
    }
}

/* Reverse the steps, dropping those that say nothing: assignments with
   no place in the source (merges of paths) or setting up parameters,
   those of the compiler's temporaries (written out where they are used)
   and the assignment of memory allocated on the stack, after its
   address-of step (the same "alloca(n)").  */
static size_t
finish_steps (const esc_function *fn, esc_step *steps, size_t n)
{
  for (size_t i = 0; i < n / 2; i++)
    {
      esc_step t = steps[i];
      steps[i] = steps[n - 1 - i];
      steps[n - 1 - i] = t;
    }
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    {
      const insn *in = &fn->insns[steps[i].insn];
      const char *text = in->text;
      /* The address of what a parameter points to is the parameter's
	 value, not a statement.  */
      if (steps[i].kind == ESC_STEP_ADDRESS
	  && fn->objects[steps[i].object].kind == ESC_OBJ_PARAM_POINTEE)
	continue;
      if (steps[i].kind != ESC_STEP_ADDRESS
	  && (!steps[i].loc.file || in->at_entry
	      || (in->text_temporary && steps[i].kind != ESC_STEP_USE)))
	continue;
      if (k && steps[k - 1].kind == ESC_STEP_ADDRESS
	  && steps[k - 1].insn == steps[i].insn
	  && fn->objects[steps[k - 1].object].kind == ESC_OBJ_ALLOCA)
	continue;
      /* Instructions of one statement (an inlined body) are one step.  */
      if (k && steps[k - 1].kind == steps[i].kind && text
	  && fn->insns[steps[k - 1].insn].text == text
	  && same_place (steps[k - 1].loc, steps[i].loc))
	continue;
      steps[k++] = steps[i];
    }
  return k;
}

static flow_walk
flow_walk_start (const esc_function *fn, esc_step *out, size_t max)
{
  flow_walk w = { fn, NULL, NULL, out, 0, max, 0, 0 };
  w.def = xmalloc_zero ((size_t) (fn->nvars + 1) * sizeof (int));
  w.visited = xmalloc_zero ((size_t) fn->ninsns);
  for (int v = 0; v < fn->nvars; v++)
    w.def[v] = -1;
  for (int i = 1; i < fn->ninsns; i++)
    {
      const insn *in = &fn->insns[i];
      if (in->dst >= 0 && in->dst < fn->nvars && w.def[in->dst] < 0
	  && (in->code == INSN_ASSIGN || in->code == INSN_LOAD
	      || in->code == INSN_CALL))
	w.def[in->dst] = i;
    }
  return w;
}

static size_t
flow_walk_finish (flow_walk *w)
{
  free (w->def);
  free (w->visited);
  return finish_steps (w->fn, w->steps, w->n);
}

size_t
esc_finding_flow (const esc_function *fn, const esc_finding *f, esc_step *out,
		  size_t max)
{
  if (f->at <= 0 || f->at >= fn->ninsns || max == 0)
    return 0;
  flow_walk w = flow_walk_start (fn, out, max);
  if (f->sink == ESC_SINK_SCOPE)
    {
      /* The dereference, of a pointer that holds the address.  */
      const insn *use = &fn->insns[f->at];
      esc_value p = use->addr;
      if (!value_holds (fn, p, (uint32_t) f->object))
	p = use->src;
      push_step (&w, ESC_STEP_USE, f->at, -1);
      trace_value (&w, p, (uint32_t) f->object, f->at);
    }
  else if (f->container >= 0)
    {
      /* The container leaves; before, the address was stored into
	 it.  */
      trace_leave (&w, f->at, (uint32_t) f->container);
      /* Where it comes from (its address, its allocation) is not part of
	 the story.  */
      if (w.n
	  && (w.steps[w.n - 1].kind == ESC_STEP_ADDRESS
	      || fn->insns[w.steps[w.n - 1].insn].call_object == f->container))
	w.n--;
      esc_value c = { ESC_VALUE_ADDRESS, f->container, 0 };
      trace_memory (&w, c, (uint32_t) f->object, f->at);
    }
  else
    trace_leave (&w, f->at, (uint32_t) f->object);
  /* A structure returned by value is copied out: that copy is the
     return.  */
  if (f->sink == ESC_SINK_RETURN && w.n && w.steps[0].kind == ESC_STEP_COPY)
    w.steps[0].kind = ESC_STEP_RETURN;
  return flow_walk_finish (&w);
}

/* The object standing for what parameter PARAM holds DEREF dereferences
   down, or -1: its pointee's address is the parameter itself.  */
static int
param_object (const esc_function *fn, int param, int deref)
{
  for (int o = 0; o < fn->nobjects; o++)
    if (fn->objects[o].kind == ESC_OBJ_PARAM_POINTEE
	&& fn->objects[o].param_index == param
	&& fn->objects[o].depth == deref + 1)
      return o;
  return -1;
}

size_t
esc_param_leak_flow (const esc_function *fn, const esc_param_leak *l,
		     esc_step *out, size_t max)
{
  int obj = param_object (fn, l->param, l->deref);
  if (obj < 0 || max == 0)
    return 0;
  flow_walk w = flow_walk_start (fn, out, max);
  /* Where it leaves: a return, or a store of it, at the place the
     summary names if there is one there; or else a call it is passed
     to.  */
  enum insn_code leave
      = l->sink == ESC_LEAK_RESULT && !l->at.file ? INSN_RETURN : INSN_STORE;
  for (int pass = 0; pass < 3 && !w.n; pass++)
    for (int i = 1; i < fn->ninsns && !w.n; i++)
      {
	const insn *in = &fn->insns[i];
	bool here = pass < 2 ? in->code == leave
				   && value_holds (fn, in->src, (uint32_t) obj)
				   && (pass == 1 || !l->at.file
				       || same_place (in->loc, l->at))
			     : in->code == INSN_CALL
				   && passes (fn, in, (uint32_t) obj);
	if (here && !in->at_entry)
	  trace_leave (&w, i, (uint32_t) obj);
      }
  return flow_walk_finish (&w);
}

const char *
esc_step_kind_name (enum esc_step_kind kind)
{
  switch (kind)
    {
    case ESC_STEP_ADDRESS:
      return "address-of";
    case ESC_STEP_ASSIGN:
      return "assign";
    case ESC_STEP_COPY:
      return "copy";
    case ESC_STEP_CALL_ARGUMENT:
      return "call parameter";
    case ESC_STEP_CALL_RESULT:
      return "call result";
    case ESC_STEP_RETURN:
      return "return";
    case ESC_STEP_USE:
      return "use";
    }
  return "assign";
}

int
esc_insn_count (const esc_function *fn)
{
  return fn->ninsns;
}

void
esc_set_statement_text (esc_function *fn, int first, const char *text,
			int temporary)
{
  if (first < 1 || first >= fn->ninsns || !text)
    return;
  fn->texts
      = xgrow (fn->texts, &fn->cap_texts, fn->ntexts + 1, sizeof (char *));
  char *copy = xstrdup_or_null (text);
  fn->texts[fn->ntexts++] = copy;
  /* Those given a text of their own keep it; the set-up of a parameter,
     made when a statement first uses it, is not the statement.  */
  for (int i = first; i < fn->ninsns; i++)
    if (!fn->insns[i].text && !fn->insns[i].at_entry)
      {
	fn->insns[i].text = copy;
	fn->insns[i].text_temporary = temporary != 0;
      }
}
