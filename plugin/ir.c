/* ir.c -- building a function's representation: objects, variables,
   blocks and instructions.  */

#include "engine-internal.h"

#include <stdlib.h>
#include <string.h>

static const esc_loc no_loc;

/* What a function declared with escape_noretain does.  */
static const esc_model no_retain_model = { NULL, ESC_MODEL_NO_RETAIN, -1, 0 };

esc_function *
esc_function_create (const char *name, esc_loc loc)
{
  esc_function *fn = xmalloc_zero (sizeof *fn);
  fn->name = xstrdup_or_null (name ? name : "");
  fn->loc = loc;
  fn->pointer_size = (int64_t) sizeof (void *);
  /* Objects 0 and 1 are the pseudo objects OBJ_INITIAL and OBJ_NONE;
     they are never reported.  */
  object_new (fn, ESC_OBJ_UNKNOWN, "<initial>", no_loc, -1);
  object_new (fn, ESC_OBJ_UNKNOWN, "<none>", no_loc, -1);
  fn->unknown_object = object_new (fn, ESC_OBJ_UNKNOWN, NULL, no_loc, -1);
  esc_block_new (fn);
  /* Instruction 0 stands for "no writer".  */
  fn->insns = xgrow (fn->insns, &fn->cap_insns, 1, sizeof (insn));
  memset (&fn->insns[0], 0, sizeof (insn));
  fn->ninsns = 1;
  return fn;
}

void
esc_function_set_pointer_size (esc_function *fn, int64_t bytes)
{
  fn->pointer_size = bytes;
}

const char *
esc_function_name (const esc_function *fn)
{
  return fn->name;
}

esc_loc
esc_function_loc (const esc_function *fn)
{
  return fn->loc;
}

void
esc_function_destroy (esc_function *fn)
{
  if (!fn)
    return;
  for (int i = 0; i < fn->nobjects; i++)
    {
      free (fn->objects[i].name);
      free (fn->objects[i].detail);
      free (fn->objects[i].locs);
    }
  free (fn->objects);
  free (fn->param_pointees);
  for (int i = 0; i < fn->nvars; i++)
    set_free (&fn->vars[i]);
  free (fn->vars);
  for (int i = 0; i < fn->ninsns; i++)
    {
      free (fn->insns[i].srcs);
      free (fn->insns[i].src_blocks);
      free (fn->insns[i].callee);
    }
  free (fn->insns);
  for (int i = 0; i < fn->nblocks; i++)
    {
      free (fn->blocks[i].insns);
      free (fn->blocks[i].succs);
      free (fn->blocks[i].preds);
    }
  free (fn->blocks);
  free (fn->locations);
  free (fn->loc_hash);
  free (fn->findings);
  summary_free (fn->summary);
  summary_forget_cases (fn);
  free (fn->case_summaries);
  free (fn->allocations);
  for (int i = 0; i < fn->ntexts; i++)
    free (fn->texts[i]);
  free (fn->texts);
  free (fn->name);
  free (fn);
}

bool
object_is_stack_kind (enum esc_object_kind kind)
{
  return kind <= ESC_OBJ_TEMPORARY;
}

int
object_new (esc_function *fn, enum esc_object_kind kind, const char *name,
	    esc_loc loc, int64_t size)
{
  fn->objects = xgrow (fn->objects, &fn->cap_objects, fn->nobjects + 1,
		       sizeof (object));
  object *o = &fn->objects[fn->nobjects];
  memset (o, 0, sizeof *o);
  o->kind = kind;
  o->name = xstrdup_or_null (name);
  o->loc = loc;
  o->size = size;
  o->param_index = -1;
  o->root = fn->nobjects;
  o->parent_loc = -1;
  o->initial_pointee = -1;
  return fn->nobjects++;
}

int
esc_object_new (esc_function *fn, enum esc_object_kind kind, const char *name,
		esc_loc decl_loc, int64_t size)
{
  return object_new (fn, kind, name, decl_loc, size);
}

int
esc_param_pointee (esc_function *fn, int index, const char *name)
{
  if (index < 0)
    return fn->unknown_object;
  if (index >= fn->nparam_pointees)
    {
      int cap = fn->nparam_pointees;
      fn->param_pointees
	  = xgrow (fn->param_pointees, &cap, index + 1, sizeof (int));
      for (int i = fn->nparam_pointees; i < cap; i++)
	fn->param_pointees[i] = -1;
      fn->nparam_pointees = cap;
    }
  if (fn->param_pointees[index] < 0)
    {
      int obj = object_new (fn, ESC_OBJ_PARAM_POINTEE, name, fn->loc, -1);
      fn->objects[obj].param_index = index;
      fn->objects[obj].depth = 1;
      fn->param_pointees[index] = obj;
    }
  return fn->param_pointees[index];
}

void
esc_object_set_detail (esc_function *fn, int obj, const char *detail)
{
  free (fn->objects[obj].detail);
  fn->objects[obj].detail = xstrdup_or_null (detail);
}

void
esc_object_set_suppressed (esc_function *fn, int obj)
{
  fn->objects[obj].suppressed = true;
}

void
esc_object_set_initial_pointee (esc_function *fn, int obj, int pointee)
{
  fn->objects[obj].initial_pointee = pointee;
}

int
object_depth_bound (const object *o)
{
  return o->kind == ESC_OBJ_CALL_RESULT ? MAX_RESULT_POINTEE_DEPTH
					: MAX_POINTEE_DEPTH;
}

/* What location LOC points to before the function writes it, or -1 when
   that is nothing we track (uninitialized stack memory, fresh heap
   memory).  Each location of a root points on entry to one piece of
   memory, an object of its own, made on first use: so a store through
   it may replace what it held (list_del's "e->next->prev = e->prev" undoes
   list_add's "head->next->prev = n").  Deeper than object_depth_bound
   loads from the root, one object per root stands for all.  */
int
location_initial_pointee (esc_function *fn, int loc)
{
  if (fn->locations[loc].pointee_known)
    return fn->locations[loc].pointee;
  int obj = (int) fn->locations[loc].obj;
  object *o = &fn->objects[obj];
  int p;
  enum esc_object_kind kind = ESC_OBJ_UNKNOWN;
  switch (o->kind)
    {
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
    case ESC_OBJ_GLOBAL_POINTEE:
      kind = ESC_OBJ_GLOBAL_POINTEE;
      break;
    case ESC_OBJ_CALL_RESULT:
      kind = ESC_OBJ_CALL_RESULT;
      break;
    case ESC_OBJ_PARAM_POINTEE:
      kind = ESC_OBJ_PARAM_POINTEE;
      break;
    default:
      break;
    }
  if (o->initial_pointee >= 0)
    p = o->initial_pointee;
  else if (o->kind == ESC_OBJ_UNKNOWN)
    p = fn->unknown_object;
  else if (kind == ESC_OBJ_UNKNOWN)
    p = -1;
  else if (o->depth >= object_depth_bound (o))
    p = obj;
  else
    {
      /* Copy what we need: object_new may move the array.  */
      int root = o->root, depth = o->depth, param_index = o->param_index;
      bool summary = o->summary || o->kind == ESC_OBJ_CALL_RESULT
		     || fn->locations[loc].offset == OFFSET_ANY;
      char *name = xstrdup_or_null (o->name);
      esc_loc where = o->loc;
      p = object_new (fn, kind, name, where, -1);
      free (name);
      object *po = &fn->objects[p];
      po->root = root;
      po->depth = depth + 1;
      po->param_index = param_index;
      po->summary = summary;
      po->parent_loc = loc;
    }
  fn->locations[loc].pointee = p;
  fn->locations[loc].pointee_known = true;
  return p;
}

/* Whether OBJ outlives the function by itself: whatever it holds at exit
   escapes.  */
bool
object_is_root (const esc_function *fn, int obj)
{
  switch (fn->objects[obj].kind)
    {
    case ESC_OBJ_RESULT:
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
    case ESC_OBJ_PARAM_POINTEE:
    case ESC_OBJ_GLOBAL_POINTEE:
    case ESC_OBJ_CALL_RESULT:
    case ESC_OBJ_CAPTURE:
      return true;
    case ESC_OBJ_UNKNOWN:
      return obj != OBJ_INITIAL && obj != OBJ_NONE;
    default:
      return false;
    }
}

static unsigned
location_hash (uint32_t obj, uint32_t offset)
{
  uint64_t k = ((uint64_t) obj << 32) | offset;
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return (unsigned) k;
}

static void
location_rehash (esc_function *fn)
{
  int size = fn->loc_hash_size ? fn->loc_hash_size * 2 : 64;
  free (fn->loc_hash);
  fn->loc_hash = xmalloc_zero ((size_t) size * sizeof (int));
  fn->loc_hash_size = size;
  for (int i = 0; i < fn->nlocations; i++)
    {
      unsigned h
	  = location_hash (fn->locations[i].obj, fn->locations[i].offset)
	    & (size - 1);
      while (fn->loc_hash[h])
	h = (h + 1) & (size - 1);
      fn->loc_hash[h] = i + 1;
    }
}

/* The location of OBJ at OFFSET, made on first use.  */
int
location_get (esc_function *fn, uint32_t obj, uint32_t offset)
{
  if (2 * (fn->nlocations + 1) > fn->loc_hash_size)
    location_rehash (fn);
  unsigned mask = fn->loc_hash_size - 1;
  unsigned h = location_hash (obj, offset) & mask;
  while (fn->loc_hash[h])
    {
      location *l = &fn->locations[fn->loc_hash[h] - 1];
      if (l->obj == obj && l->offset == offset)
	return fn->loc_hash[h] - 1;
      h = (h + 1) & mask;
    }
  fn->locations = xgrow (fn->locations, &fn->cap_locations, fn->nlocations + 1,
			 sizeof (location));
  int id = fn->nlocations++;
  fn->locations[id].obj = obj;
  fn->locations[id].offset = offset;
  fn->locations[id].pointee = -1;
  fn->locations[id].pointee_known = false;
  fn->loc_hash[h] = id + 1;
  object *o = &fn->objects[obj];
  o->locs = xgrow (o->locs, &o->cap_locs, o->nlocs + 1, sizeof (int));
  o->locs[o->nlocs++] = id;
  return id;
}

int
esc_var_new (esc_function *fn)
{
  fn->vars = xgrow (fn->vars, &fn->cap_vars, fn->nvars + 1, sizeof (elem_set));
  memset (&fn->vars[fn->nvars], 0, sizeof (elem_set));
  return fn->nvars++;
}

int
esc_block_new (esc_function *fn)
{
  fn->blocks
      = xgrow (fn->blocks, &fn->cap_blocks, fn->nblocks + 1, sizeof (block));
  memset (&fn->blocks[fn->nblocks], 0, sizeof (block));
  return fn->nblocks++;
}

void
esc_edge (esc_function *fn, int from, int to)
{
  block *f = &fn->blocks[from];
  f->succs = xgrow (f->succs, &f->cap_succs, f->nsuccs + 1, sizeof (int));
  f->succs[f->nsuccs++] = to;
  block *t = &fn->blocks[to];
  t->preds = xgrow (t->preds, &t->cap_preds, t->npreds + 1, sizeof (int));
  t->preds[t->npreds++] = from;
}

void
esc_block_set_test (esc_function *fn, int test_block, const esc_test *tests,
		    int n, int any, int true_block, int false_block)
{
  block *b = &fn->blocks[test_block];
  if (n < 0 || n > 2)
    n = 0;
  b->ntests = n;
  for (int i = 0; i < n; i++)
    b->test.of[i] = tests[i];
  b->test.any = any;
  b->test.true_block = true_block;
  b->test.false_block = false_block;
}

void
esc_block_set_caller_choice (esc_function *fn, int block)
{
  fn->blocks[block].caller_choice = true;
}

int
esc_test_outcome (esc_value v, enum esc_compare cmp, int64_t value)
{
  if (v.kind == ESC_VALUE_ADDRESS)
    {
      if (cmp == ESC_CMP_EQ)
	return 0;
      if (cmp == ESC_CMP_NE)
	return 1;
      return -1;
    }
  if (v.kind != ESC_VALUE_CONSTANT)
    return -1;
  int64_t a = v.offset;
  switch (cmp)
    {
    case ESC_CMP_EQ:
      return a == value;
    case ESC_CMP_NE:
      return a != value;
    case ESC_CMP_LT:
      return a < value;
    case ESC_CMP_LE:
      return a <= value;
    case ESC_CMP_GT:
      return a > value;
    case ESC_CMP_GE:
      return a >= value;
    }
  return -1;
}

/* Note that V, an operand, takes the address of a stack object.  */
static void
note_stack_address (esc_function *fn, esc_value v)
{
  if (v.kind == ESC_VALUE_ADDRESS
      && object_is_stack_kind (fn->objects[v.id].kind))
    {
      fn->objects[v.id].address_taken = true;
      fn->takes_stack_address = true;
    }
}

/* A new instruction, in no block yet.  */
int
insn_new (esc_function *fn, enum insn_code code, esc_loc loc)
{
  fn->insns = xgrow (fn->insns, &fn->cap_insns, fn->ninsns + 1, sizeof (insn));
  int id = fn->ninsns++;
  insn *i = &fn->insns[id];
  memset (i, 0, sizeof *i);
  i->code = code;
  i->loc = loc;
  i->dst = -1;
  i->returned_arg = -1;
  i->call_object = -1;
  i->first_effect = -1;
  i->fresh_object = -1;
  i->capture_object = -1;
  return id;
}

static insn *
insn_append (esc_function *fn, int blk, enum insn_code code, esc_loc loc)
{
  int id = insn_new (fn, code, loc);
  insn *i = &fn->insns[id];
  i->at_entry = blk == 0;
  block *b = &fn->blocks[blk];
  b->insns = xgrow (b->insns, &b->cap_insns, b->ninsns + 1, sizeof (int));
  b->insns[b->ninsns++] = id;
  return i;
}

static esc_value *
values_dup (const esc_value *v, int n)
{
  if (n <= 0)
    return NULL;
  esc_value *d = xmalloc_zero ((size_t) n * sizeof *d);
  memcpy (d, v, (size_t) n * sizeof *d);
  return d;
}

void
esc_assign (esc_function *fn, int block, esc_loc loc, int dst,
	    const esc_value *srcs, int nsrcs, int unknown_offset)
{
  for (int k = 0; k < nsrcs; k++)
    note_stack_address (fn, srcs[k]);
  insn *i = insn_append (fn, block, INSN_ASSIGN, loc);
  i->dst = dst;
  i->srcs = values_dup (srcs, nsrcs);
  i->nsrcs = nsrcs;
  i->unknown_offset = unknown_offset != 0;
}

void
esc_assign_set_source_block (esc_function *fn, int id, int k, int block)
{
  insn *i = &fn->insns[id];
  int n = i->code == INSN_RETURN ? 1 : i->nsrcs;
  if ((i->code != INSN_ASSIGN && i->code != INSN_RETURN) || k < 0 || k >= n)
    return;
  if (!i->src_blocks)
    {
      i->src_blocks = xmalloc_zero ((size_t) n * sizeof (int));
      for (int s = 0; s < n; s++)
	i->src_blocks[s] = -1;
    }
  i->src_blocks[k] = block;
}

void
esc_load (esc_function *fn, int block, esc_loc loc, int dst, esc_value addr,
	  int64_t size)
{
  insn *i = insn_append (fn, block, INSN_LOAD, loc);
  i->dst = dst;
  i->addr = addr;
  i->size = size;
}

static void
store (esc_function *fn, int block, esc_loc loc, esc_value addr, esc_value src,
       int64_t size, bool integer)
{
  note_stack_address (fn, src);
  insn *i = insn_append (fn, block, INSN_STORE, loc);
  i->addr = addr;
  i->src = src;
  i->size = size;
  i->stores_integer = integer;
}

void
esc_store (esc_function *fn, int block, esc_loc loc, esc_value addr,
	   esc_value src, int64_t size)
{
  store (fn, block, loc, addr, src, size, false);
}

void
esc_index_last_store (esc_function *fn, int index, int def_block,
		      int64_t offset)
{
  if (fn->ninsns <= 1 || index < 0)
    return;
  insn *i = &fn->insns[fn->ninsns - 1];
  if (i->code != INSN_STORE)
    return;
  i->index_var = index + 1;
  i->index_block = def_block < 0 ? 0 : def_block;
  i->index_offset = offset;
}

void
esc_store_integer (esc_function *fn, int block, esc_loc loc, esc_value addr,
		   esc_value src, int64_t size)
{
  store (fn, block, loc, addr, src, size, true);
}

void
esc_copy (esc_function *fn, int block, esc_loc loc, esc_value dst,
	  esc_value src, int64_t size)
{
  insn *i = insn_append (fn, block, INSN_COPY, loc);
  i->addr = dst;
  i->src = src;
  i->size = size;
}

/* The object standing for the memory CALLEE returns: one per callee (all
   indirect calls share one), so that a function calling the same one
   many times does not multiply objects.  */
static int
call_result_object (esc_function *fn, const char *callee, esc_loc loc)
{
  for (int i = 0; i < fn->nobjects; i++)
    {
      const object *o = &fn->objects[i];
      if (o->kind == ESC_OBJ_CALL_RESULT && o->depth == 0
	  && (o->name == callee
	      || (o->name && callee && strcmp (o->name, callee) == 0)))
	return i;
    }
  return object_new (fn, ESC_OBJ_CALL_RESULT, callee, loc, -1);
}

/* The constant argument I of a call, or -1.  */
static int64_t
constant_argument (const esc_value *args, int nargs, int i)
{
  return i < nargs && args[i].kind == ESC_VALUE_CONSTANT && args[i].offset >= 0
	     ? args[i].offset
	     : -1;
}

/* The size in bytes of what the allocator CALLEE allocates with ARGS,
   or -1 when not a constant.  */
static int64_t
allocation_size (const char *callee, const esc_value *args, int nargs)
{
  if (!callee)
    return -1;
  if (strncmp (callee, "__builtin_", 10) == 0)
    callee += 10;
  if (strcmp (callee, "malloc") == 0)
    return constant_argument (args, nargs, 0);
  if (strcmp (callee, "aligned_alloc") == 0)
    return constant_argument (args, nargs, 1);
  if (strcmp (callee, "calloc") == 0)
    {
      int64_t n = constant_argument (args, nargs, 0);
      int64_t size = constant_argument (args, nargs, 1);
      return n >= 0 && size >= 0 && n < INT32_MAX && size < INT32_MAX
		 ? n * size
		 : -1;
    }
  return -1;
}

void
esc_call (esc_function *fn, int block, esc_loc loc, const char *callee,
	  unsigned flags, int returned_arg, int result, esc_value result_addr,
	  const esc_value *args, int nargs)
{
  for (int k = 0; k < nargs; k++)
    note_stack_address (fn, args[k]);
  const esc_model *model = callee ? esc_model_lookup (callee) : NULL;
  if (flags & ESC_CALL_NO_RETAIN)
    model = &no_retain_model;
  int call_object = -1;
  if (model && model->kind == ESC_MODEL_ALLOCA)
    {
      call_object = object_new (fn, ESC_OBJ_ALLOCA, "alloca", loc, -1);
      fn->objects[call_object].address_taken = true;
      fn->takes_stack_address = true;
    }
  else if ((model && model->kind == ESC_MODEL_ALLOC)
	   || (flags & ESC_CALL_MALLOC))
    call_object = object_new (fn, ESC_OBJ_HEAP, callee, loc,
			      allocation_size (callee, args, nargs));
  else if (model
	   && (model->kind == ESC_MODEL_RETAINS
	       || model->kind == ESC_MODEL_RETAINS_RETURNS
	       || model->kind == ESC_MODEL_STREAM_BUFFER
	       || model->kind == ESC_MODEL_THREAD_CREATE))
    call_object = object_new (fn, ESC_OBJ_CAPTURE, callee, loc, -1);
  else if (!model || model->kind == ESC_MODEL_UNKNOWN)
    call_object = call_result_object (fn, callee, loc);
  if (model && model->kind == ESC_MODEL_STREAM_BUFFER)
    fn->has_stream_buffers = true;
  insn *i = insn_append (fn, block, INSN_CALL, loc);
  i->dst = result;
  i->addr = result_addr;
  i->srcs = values_dup (args, nargs);
  i->nsrcs = nargs;
  i->model = model;
  i->returned_arg = (flags & ESC_CALL_RETURNS_ARG) ? returned_arg : -1;
  i->call_object = call_object;
  i->static_callee = (flags & ESC_CALL_STATIC) != 0;
  /* A summary may stand for an unknown callee, not for a modelled one or
     an allocator.  */
  if (callee && !model && !(flags & ESC_CALL_MALLOC))
    i->callee = xstrdup_or_null (callee);
}

/* What a function declared with escape_retains (N...) does: keeps
   arguments N - 1..., as the models' ESC_MODEL_RETAINS.  */
#define MAX_RETAINED_ARG 16

void
esc_call_retains (esc_function *fn, int arg)
{
  insn *i = &fn->insns[fn->ninsns - 1];
  if (i->code != INSN_CALL || arg < 0 || arg >= MAX_RETAINED_ARG)
    return;
  static const esc_model retains_model = { NULL, ESC_MODEL_RETAINS, -1, 0 };
  if (i->model != &retains_model)
    {
      i->model = &retains_model;
      free (i->callee);
      i->callee = NULL;
      /* What it keeps, in an object of its own, named after it.  */
      const char *name
	  = i->call_object >= 0 ? fn->objects[i->call_object].name : NULL;
      i->call_object = object_new (fn, ESC_OBJ_CAPTURE, name, i->loc, -1);
    }
  i->retained_args |= 1u << arg;
}

void
esc_call_failed (esc_function *fn, int block, esc_loc loc, int result_var)
{
  int call = fn->ninsns - 1;
  while (call > 0
	 && !(fn->insns[call].code == INSN_CALL
	      && fn->insns[call].dst == result_var))
    call--;
  const insn *in = &fn->insns[call];
  if (call == 0 || !in->model || in->call_object < 0
      || (in->model->kind != ESC_MODEL_RETAINS
	  && in->model->kind != ESC_MODEL_STREAM_BUFFER
	  && in->model->kind != ESC_MODEL_THREAD_CREATE))
    return;
  /* What it keeps is no address then.  */
  esc_value kept = { ESC_VALUE_ADDRESS, in->call_object, 0 };
  esc_value none = { ESC_VALUE_NONE, 0, 0 };
  esc_store (fn, block, loc, kept, none, -1);
}

void
esc_clobber (esc_function *fn, int block, esc_loc loc, int obj)
{
  insn *i = insn_append (fn, block, INSN_CLOBBER, loc);
  i->addr.kind = ESC_VALUE_ADDRESS;
  i->addr.id = obj;
  fn->objects[obj].clobbered = true;
  fn->has_clobbers = true;
}

void
esc_return (esc_function *fn, int block, esc_loc loc, esc_value value)
{
  insn *i = insn_append (fn, block, INSN_RETURN, loc);
  i->src = value;
}

void
esc_return_memory (esc_function *fn, int block, esc_loc loc, esc_value addr,
		   int64_t size)
{
  insn *i = insn_append (fn, block, INSN_RETURN_MEMORY, loc);
  i->addr = addr;
  i->size = size;
}

enum esc_object_kind
esc_object_kind (const esc_function *fn, int obj)
{
  return fn->objects[obj].kind;
}

const char *
esc_object_name (const esc_function *fn, int obj)
{
  return fn->objects[obj].name;
}

esc_loc
esc_object_loc (const esc_function *fn, int obj)
{
  return fn->objects[obj].loc;
}

int
esc_object_count (const esc_function *fn)
{
  return fn->nobjects;
}

int
esc_object_address_taken (const esc_function *fn, int obj)
{
  return fn->objects[obj].address_taken;
}

int
esc_object_escapes (const esc_function *fn, int obj)
{
  for (size_t i = 0; i < fn->nfindings; i++)
    if (fn->findings[i].object == obj
	&& fn->findings[i].sink != ESC_SINK_SCOPE)
      return 1;
  return 0;
}

int
esc_object_is_stack (const esc_function *fn, int obj)
{
  return object_is_stack_kind (fn->objects[obj].kind);
}

const char *
esc_object_kind_text (enum esc_object_kind kind)
{
  switch (kind)
    {
    case ESC_OBJ_LOCAL:
      return "local variable";
    case ESC_OBJ_PARAM:
      return "parameter";
    case ESC_OBJ_COMPOUND_LITERAL:
      return "compound literal";
    case ESC_OBJ_ALLOCA:
      return "memory allocated by";
    case ESC_OBJ_VLA:
      return "variable-length array";
    case ESC_OBJ_NESTED_FUNCTION:
      return "nested function";
    case ESC_OBJ_TEMPORARY:
      return "temporary";
    case ESC_OBJ_RESULT:
      return "return value";
    case ESC_OBJ_GLOBAL:
      return "global variable";
    case ESC_OBJ_STATIC:
      return "static variable";
    case ESC_OBJ_PARAM_POINTEE:
      return "memory reachable from parameter";
    case ESC_OBJ_GLOBAL_POINTEE:
      return "memory reachable from";
    case ESC_OBJ_CALL_RESULT:
      return "memory obtained from";
    case ESC_OBJ_CAPTURE:
      return "memory kept by";
    case ESC_OBJ_HEAP:
      return "memory allocated by";
    case ESC_OBJ_UNKNOWN:
      return "unknown memory";
    }
  return "object";
}

const char *
esc_sink_kind_name (enum esc_sink_kind sink)
{
  switch (sink)
    {
    case ESC_SINK_RETURN:
      return "return";
    case ESC_SINK_GLOBAL:
      return "global";
    case ESC_SINK_PARAM:
      return "param";
    case ESC_SINK_UNKNOWN:
      return "unknown";
    case ESC_SINK_CAPTURED:
      return "captured";
    case ESC_SINK_SCOPE:
      return "scope";
    }
  return "unknown";
}

/* Append a finding to FN's.  */
esc_finding *
finding_new (esc_function *fn, int obj, enum esc_sink_kind sink,
	     int sink_object, int container, esc_loc loc, int at,
	     bool certain)
{
  int cap = (int) fn->cap_findings;
  fn->findings = xgrow (fn->findings, &cap, (int) fn->nfindings + 1,
			sizeof (esc_finding));
  fn->cap_findings = (size_t) cap;
  esc_finding *f = &fn->findings[fn->nfindings++];
  memset (f, 0, sizeof *f);
  f->object = obj;
  f->sink = sink;
  f->sink_object = sink_object;
  f->container = container;
  f->loc = loc;
  f->at = at;
  f->certain = certain;
  return f;
}

size_t
esc_finding_count (const esc_function *fn)
{
  return fn->nfindings;
}

const esc_finding *
esc_finding_at (const esc_function *fn, size_t i)
{
  return i < fn->nfindings ? &fn->findings[i] : NULL;
}

static int
compare_findings (const void *a, const void *b)
{
  const esc_finding *fa = *(const esc_finding *const *) a;
  const esc_finding *fb = *(const esc_finding *const *) b;
  if (fa->loc.line != fb->loc.line)
    return fa->loc.line < fb->loc.line ? -1 : 1;
  if (fa->loc.column != fb->loc.column)
    return fa->loc.column < fb->loc.column ? -1 : 1;
  return fa->object - fb->object;
}

size_t
esc_findings_selected (const esc_function *fn, unsigned kinds,
		       int certain_only, const esc_finding **out)
{
  size_t n = 0;
  for (size_t i = 0; i < fn->nfindings; i++)
    {
      const esc_finding *f = &fn->findings[i];
      if ((kinds & ESC_KIND_BIT (f->sink)) && (f->certain || !certain_only)
	  && !fn->objects[f->object].suppressed)
	out[n++] = f;
    }
  qsort (out, n, sizeof *out, compare_findings);
  return n;
}
