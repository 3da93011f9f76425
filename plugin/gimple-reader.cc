/* gimple-reader.cc -- translate a function's GIMPLE (in SSA form) into the
   engine's representation (escape.h).

   SSA names become variables; declarations in memory become objects
   (stack, global, parameter, return slot); each basic block becomes a
   block.  Anything the reader does not model contributes no address,
   which can only hide an escape, never invent one.  */

#include "gcc-compat.h"
#include "adapter.h"

namespace {

/* Calls of small static inline functions of this unit are read inline:
   the callee's body joins the caller's representation, its parameters
   set from the arguments, its returns going on after the call.  What
   the callee does with the caller's addresses is then seen as it is
   (a helper linking a stack node into a list and one unlinking it).
   Other calls wait for summaries: reading every body grew the cost and
   the approximations (sqlite3StrAccumFinish returns either its stack
   buffer or a heap copy, depending on a flag).  */
const int max_inline_depth = 2;
const int max_inline_blocks = 24;
const int max_inline_stmts = 120;
/* An indirect call is followed into at most this many known targets.  */
const unsigned max_call_targets = 8;

/* The variable part of an address, as esc_index_last_store takes it:
   the engine variable of the index (or -1), the block that sets it, and
   the constant offset beside it.  */
struct access_index
{
  int var;
  int def_block;
  int64_t offset;
};

class reader
{
public:
  reader (function *fun, vec<tree> *callees);
  reader (function *fun, reader *caller, gcall *call, int entry,
	  int continuation, int result, esc_value result_addr);
  esc_function *read ();

private:
  function *m_fun;
  esc_function *m_ef;
  hash_map<tree, int> m_own_objects;
  /* Declarations to objects: shared with the callers a body is inlined
     into, so that a global is one object.  */
  hash_map<tree, int> *m_objects;
  auto_vec<int> m_vars;		/* by SSA version: variable + 1, or 0 */
  auto_vec<int> m_blocks;	/* by basic block index */
  auto_vec<int> m_exit_blocks;	/* where each block's statements ended */
  /* Inlining: the caller's reader (NULL at the top), the call, its
     argument values, where its result goes, the block the body starts
     from and the one it goes on to.  */
  reader *m_caller;
  int m_depth;
  /* The functions with a body in this unit that calls read here (not
     inline) call: shared with the callers a body is inlined into.  */
  vec<tree> *m_callees;
  location_t m_call_loc;
  auto_vec<esc_value> m_args;
  int m_result;
  esc_value m_result_addr;
  int m_entry;
  int m_continuation;
  /* The sources of the PHIs read: assignment (or return of a PHI's
     source), source, and the block the source's edge comes from, told
     to the engine once all blocks are read.  */
  struct phi_source
  {
    int insn, k;
    basic_block from;
  };
  auto_vec<phi_source> m_phi_sources;
  /* Give the engine the statements' texts, for the explanations of
     -m=2 and the reports.  */
  bool m_texts;

  esc_loc loc_of (location_t loc);
  int var_for (tree ssa);
  int param_index (tree parm);
  int object_for_decl (tree decl);
  esc_value value_of (tree op);
  esc_value value_at (tree op, location_t loc);
  esc_value ref_address (tree ref, access_index *index = NULL);
  bool memory_ref_p (tree t);
  tree copied_memory (tree value, int64_t size);
  int trampoline_object (tree addr, esc_loc loc);

  void read_phi (int blk, gphi *phi);
  void read_assign (int blk, gassign *stmt);
  int read_call (int blk, gcall *stmt);
  int read_call_of (int blk, gcall *stmt, tree fndecl);
  void read_return (int blk, greturn *stmt);
  void note_return (int first, tree value, tree zero, location_t loc);
  bool inlinable_p (tree fndecl);
  int read_inline (int blk, gcall *stmt, tree fndecl);
  void call_result (tree lhs, int *result, esc_value *result_addr);
  bool parameter_test (tree lhs, enum tree_code code, tree rhs, esc_test *t);
  bool parameter_test_def (tree ssa, esc_test *t);
  void read_test (basic_block bb, edge *untaken);
  bool read_switch (basic_block bb);
  edge call_failure_edge (basic_block bb, int *result);
  void read_body ();
};

const esc_value no_value = { ESC_VALUE_NONE, 0, 0 };

esc_value
make_value (enum esc_value_kind kind, int id, int64_t offset)
{
  esc_value v = { kind, id, offset };
  return v;
}

int64_t
size_of_type (tree type)
{
  tree s = type ? TYPE_SIZE_UNIT (type) : NULL_TREE;
  return s && tree_fits_shwi_p (s) ? tree_to_shwi (s) : -1;
}

int64_t
add_offset (int64_t a, int64_t b)
{
  if (a == ESC_OFFSET_UNKNOWN || b == ESC_OFFSET_UNKNOWN)
    return ESC_OFFSET_UNKNOWN;
  return a + b;
}

/* The value of the integer constant CST, sign-extended from its type.  */
bool
constant_value (tree cst, int64_t *value)
{
  if (TREE_CODE (cst) != INTEGER_CST)
    return false;
  offset_int o = wi::sext (wi::to_offset (cst),
			   TYPE_PRECISION (TREE_TYPE (cst)));
  if (!wi::fits_shwi_p (o))
    return false;
  *value = o.to_shwi ();
  return true;
}

reader::reader (function *fun, vec<tree> *callees)
  : m_fun (fun), m_ef (NULL), m_objects (&m_own_objects), m_caller (NULL),
    m_depth (0), m_callees (callees), m_call_loc (UNKNOWN_LOCATION),
    m_result (-1),
    m_result_addr (no_value), m_entry (0), m_continuation (-1),
    m_texts (escape_config.m_level >= 2 || escape_config.json_path)
{
}

reader::reader (function *fun, reader *caller, gcall *call, int entry,
		int continuation, int result, esc_value result_addr)
  : m_fun (fun), m_ef (caller->m_ef), m_objects (caller->m_objects),
    m_caller (caller), m_depth (caller->m_depth + 1),
    m_callees (caller->m_callees),
    m_call_loc (caller->m_call_loc != UNKNOWN_LOCATION
		  ? caller->m_call_loc
		  : gimple_location (call)),
    m_result (result), m_result_addr (result_addr), m_entry (entry),
    m_continuation (continuation), m_texts (caller->m_texts)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    m_args.safe_push (caller->value_of (gimple_call_arg (call, i)));
}

esc_loc
reader::loc_of (location_t loc)
{
  esc_loc l = { NULL, 0, 0, 0 };
  /* What happens in an inlined body happens, for the caller, at the
     call.  */
  if (m_call_loc != UNKNOWN_LOCATION)
    loc = m_call_loc;
  if (loc == UNKNOWN_LOCATION)
    return l;
  expanded_location x = expand_location (loc);
  l.file = x.file;
  l.line = x.line;
  l.column = x.column;
  l.handle = loc;
  return l;
}

int
reader::param_index (tree parm)
{
  int i = 0;
  for (tree p = DECL_ARGUMENTS (m_fun->decl); p; p = DECL_CHAIN (p), i++)
    if (p == parm)
      return i;
  return -1;
}

static const char *
decl_name (tree decl)
{
  return DECL_NAME (decl) ? IDENTIFIER_POINTER (DECL_NAME (decl)) : NULL;
}

int
reader::var_for (tree ssa)
{
  unsigned v = SSA_NAME_VERSION (ssa);
  if (m_vars.length () <= v)
    m_vars.safe_grow_cleared (v + 1);
  if (m_vars[v])
    return m_vars[v] - 1;
  int id = esc_var_new (m_ef);
  m_vars[v] = id + 1;
  tree var = SSA_NAME_VAR (ssa);
  if (SSA_NAME_IS_DEFAULT_DEF (ssa) && var)
    {
      /* On entry, a parameter points to the caller's memory, and a
	 return slot passed by reference to the caller's slot.  */
      if (m_caller && TREE_CODE (var) == PARM_DECL)
	{
	  /* Inlined: the parameter holds the argument.  */
	  int index = param_index (var);
	  if (index >= 0 && (unsigned) index < m_args.length ())
	    esc_assign (m_ef, m_entry, loc_of (UNKNOWN_LOCATION), id,
			&m_args[index], 1, 0);
	  return id;
	}
      int pointee = -1;
      if (TREE_CODE (var) == PARM_DECL && POINTER_TYPE_P (TREE_TYPE (var)))
	pointee = esc_param_pointee (m_ef, param_index (var), decl_name (var));
      else if (TREE_CODE (var) == RESULT_DECL && DECL_BY_REFERENCE (var))
	pointee = object_for_decl (var);
      if (pointee >= 0)
	{
	  esc_value a = make_value (ESC_VALUE_ADDRESS, pointee, 0);
	  esc_assign (m_ef, 0, loc_of (DECL_SOURCE_LOCATION (var)), id, &a, 1,
		      0);
	}
    }
  return id;
}

int
reader::object_for_decl (tree decl)
{
  if (int *known = m_objects->get (decl))
    return *known;
  enum esc_object_kind kind;
  switch (TREE_CODE (decl))
    {
    case VAR_DECL:
      if (is_global_var (decl))
	kind = TREE_PUBLIC (decl) || DECL_EXTERNAL (decl) ? ESC_OBJ_GLOBAL
							  : ESC_OBJ_STATIC;
      else if (DECL_HAS_VALUE_EXPR_P (decl)
	       && !tree_fits_shwi_p (DECL_SIZE_UNIT (decl)))
	kind = ESC_OBJ_VLA;
      else if (escape_is_compound_literal (decl))
	kind = ESC_OBJ_COMPOUND_LITERAL;
      else if (DECL_ARTIFICIAL (decl) || !DECL_NAME (decl))
	kind = ESC_OBJ_TEMPORARY;
      else
	kind = ESC_OBJ_LOCAL;
      break;
    case PARM_DECL:
      kind = ESC_OBJ_PARAM;
      break;
    case RESULT_DECL:
      /* An inlined callee's return slot is the caller's temporary.  */
      kind = m_caller ? ESC_OBJ_TEMPORARY : ESC_OBJ_RESULT;
      break;
    default:
      return -1;
    }
  int64_t size = size_of_type (TREE_TYPE (decl));
  int obj = esc_object_new (m_ef, kind, decl_name (decl),
			    loc_of (DECL_SOURCE_LOCATION (decl)), size);
  if (lookup_attribute ("escape_ok", DECL_ATTRIBUTES (decl)))
    esc_object_set_suppressed (m_ef, obj);
  int index = kind == ESC_OBJ_PARAM ? param_index (decl) : -1;
  if (kind == ESC_OBJ_PARAM && !m_caller)
    esc_object_set_initial_pointee (
      m_ef, obj, esc_param_pointee (m_ef, index, decl_name (decl)));
  else if (kind == ESC_OBJ_PARAM && index >= 0
	   && (unsigned) index < m_args.length ())
    /* Inlined: the parameter's memory starts with the argument.  */
    esc_store (m_ef, m_entry, loc_of (UNKNOWN_LOCATION),
	       make_value (ESC_VALUE_ADDRESS, obj, 0), m_args[index], size);
  m_objects->put (decl, obj);
  return obj;
}

/* The address a GIMPLE operand holds.  */
esc_value
reader::value_of (tree op)
{
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      if (virtual_operand_p (op))
	return no_value;
      return make_value (ESC_VALUE_VAR, var_for (op), 0);
    case ADDR_EXPR:
      {
	/* A string literal's address: no stack address, and not null; a
	   value beside the others (c ? buf : "none" may return buf).  */
	tree base = get_base_address (TREE_OPERAND (op, 0));
	if (base && TREE_CODE (base) == STRING_CST)
	  return make_value (ESC_VALUE_CONSTANT, 0, 1);
	return ref_address (TREE_OPERAND (op, 0));
      }
    case INTEGER_CST:
      {
	int64_t c;
	if (constant_value (op, &c))
	  return make_value (ESC_VALUE_CONSTANT, 0, c);
	return no_value;
      }
    case VIEW_CONVERT_EXPR:
    case NOP_EXPR:
      return value_of (TREE_OPERAND (op, 0));
    default:
      return no_value;
    }
}

/* VALUE, the value of call argument ARG; a constant if ARG is a variable
   set to one ("int copy = 1; set (h, s, copy);"), so that the tests of
   the callee's summary see it.  */
static esc_value
argument_value (esc_value value, tree arg)
{
  int64_t c;
  if (TREE_CODE (arg) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (arg))
    if (gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (arg)))
      if (gimple_assign_single_p (def)
	  && constant_value (gimple_assign_rhs1 (def), &c))
	return make_value (ESC_VALUE_CONSTANT, 0, c);
  return value;
}

/* As value_of, for an operand at LOC: a zero the front end put in place of
   a returned local address stands for that address.  */
esc_value
reader::value_at (tree op, location_t loc)
{
  if (integer_zerop (op) && loc != UNKNOWN_LOCATION)
    if (tree decl = escape_frontend_return_decl (m_fun->decl, loc))
      {
	int obj = object_for_decl (decl);
	if (obj >= 0)
	  return make_value (ESC_VALUE_ADDRESS, obj, 0);
      }
  return value_of (op);
}

/* Whether T reads or writes memory (as opposed to a register).  */
bool
reader::memory_ref_p (tree t)
{
  if (!(handled_component_p (t) || TREE_CODE (t) == MEM_REF
	|| TREE_CODE (t) == TARGET_MEM_REF || VAR_P (t)
	|| TREE_CODE (t) == PARM_DECL || TREE_CODE (t) == RESULT_DECL))
    return false;
  tree base = get_base_address (t);
  return base && TREE_CODE (base) != SSA_NAME;
}

/* The SSA name OFFSET, a variable part of an address, is a multiple of
   (i * 8, (sizetype) i), or NULL_TREE.  */
static tree
index_name (tree offset)
{
  while (offset)
    {
      /* Conversions of one value give one value, widened or not.  */
      while (CONVERT_EXPR_P (offset))
	offset = TREE_OPERAND (offset, 0);
      if (TREE_CODE (offset) == SSA_NAME)
	return offset;
      if (TREE_CODE (offset) != MULT_EXPR
	  || TREE_CODE (TREE_OPERAND (offset, 1)) != INTEGER_CST)
	return NULL_TREE;
      offset = TREE_OPERAND (offset, 0);
    }
  return NULL_TREE;
}

/* The address of the memory REF designates; with INDEX, also its index
   when it has a variable one.  */
esc_value
reader::ref_address (tree ref, access_index *index)
{
  poly_int64 bitsize, bitpos;
  tree var_offset;
  machine_mode mode;
  int unsignedp, reversep, volatilep = 0;
  tree base = get_inner_reference (ref, &bitsize, &bitpos, &var_offset,
				   &mode, &unsignedp, &reversep, &volatilep);
  HOST_WIDE_INT bits = 0;
  bool constant_bits = bitpos.is_constant (&bits);
  int64_t offset = (var_offset || !constant_bits) ? ESC_OFFSET_UNKNOWN
						   : bits / BITS_PER_UNIT;
  tree index_ssa = constant_bits ? index_name (var_offset) : NULL_TREE;
  if (index)
    index->var = -1;
  if (index && index_ssa)
    {
      index->var = var_for (index_ssa);
      index->offset = bits / BITS_PER_UNIT;
      if (SSA_NAME_IS_DEFAULT_DEF (index_ssa))
	index->def_block = m_caller ? m_entry : -1;
      else if (basic_block bb = gimple_bb (SSA_NAME_DEF_STMT (index_ssa)))
	index->def_block = m_blocks[bb->index];
      else
	index->var = -1;
    }
  esc_value v = no_value;
  switch (TREE_CODE (base))
    {
    case MEM_REF:
      {
	v = value_of (TREE_OPERAND (base, 0));
	int64_t c;
	if (constant_value (TREE_OPERAND (base, 1), &c))
	  {
	    offset = add_offset (offset, c);
	    if (index)
	      index->offset += c;
	  }
	else
	  {
	    offset = ESC_OFFSET_UNKNOWN;
	    if (index)
	      index->var = -1;
	  }
	break;
      }
    case TARGET_MEM_REF:
      v = value_of (TMR_BASE (base));
      offset = ESC_OFFSET_UNKNOWN;
      if (index)
	index->var = -1;
      break;
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
      {
	int obj = object_for_decl (base);
	if (obj >= 0)
	  v = make_value (ESC_VALUE_ADDRESS, obj, 0);
	break;
      }
    default:
      break;
    }
  if (v.kind != ESC_VALUE_VAR && v.kind != ESC_VALUE_ADDRESS)
    return no_value;
  v.offset = add_offset (v.offset, offset);
  return v;
}

/* Whether an assignment from V matters: addresses do, and for a pointer
   a constant (null) does too, as the other value the pointer may
   hold.  */
static bool
keep_value_p (esc_value v, bool pointer)
{
  return v.kind == ESC_VALUE_VAR || v.kind == ESC_VALUE_ADDRESS
	 || (pointer && v.kind == ESC_VALUE_CONSTANT);
}

/* Whether a value of TYPE may hold an address: pointers, integers as
   wide as one (uintptr_t round trips), vectors and aggregates; not an
   int on LP64, a bool or a float.  */
static bool
may_hold_address_p (tree type)
{
  if (INTEGRAL_TYPE_P (type))
    return TYPE_PRECISION (type) >= POINTER_SIZE;
  return TREE_CODE (type) != REAL_TYPE;
}

/* The memory VALUE, stored SIZE bytes wide, was loaded from, when it
   is wider than a pointer: GCC turns a memcpy of 16 bytes into a load
   and a store of one 128-bit integer, where each 8 bytes may be an
   address.  Otherwise NULL.  */
tree
reader::copied_memory (tree value, int64_t size)
{
  if (TREE_CODE (value) != SSA_NAME || size <= POINTER_SIZE_UNITS
      || POINTER_TYPE_P (TREE_TYPE (value)))
    return NULL_TREE;
  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (value));
  if (!def || !gimple_assign_single_p (def)
      || !memory_ref_p (gimple_assign_rhs1 (def)))
    return NULL_TREE;
  return gimple_assign_rhs1 (def);
}

void
reader::read_phi (int blk, gphi *phi)
{
  tree result = gimple_phi_result (phi);
  if (virtual_operand_p (result) || !may_hold_address_p (TREE_TYPE (result)))
    return;
  auto_vec<esc_value, 8> values;
  auto_vec<basic_block, 8> from;
  bool pointer = POINTER_TYPE_P (TREE_TYPE (result));
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      esc_value v = value_at (gimple_phi_arg_def (phi, i),
			      gimple_phi_arg_location (phi, i));
      if (keep_value_p (v, pointer))
	{
	  values.safe_push (v);
	  from.safe_push (gimple_phi_arg_edge (phi, i)->src);
	}
    }
  int id = esc_insn_count (m_ef);
  esc_assign (m_ef, blk, loc_of (gimple_location (phi)), var_for (result),
	      values.address (), values.length (), 0);
  for (unsigned k = 0; k < from.length (); k++)
    m_phi_sources.safe_push ({ id, (int) k, from[k] });
}

/* Whether a store into LHS keeps an integer, as opposed to bytes that
   may be a pointer: GCC folds a small memcpy into an integer load and
   store through a "ref-all" pointer.  */
static bool
stores_integer_p (tree lhs)
{
  if (!INTEGRAL_TYPE_P (TREE_TYPE (lhs)))
    return false;
  return !(TREE_CODE (lhs) == MEM_REF
	   && TYPE_REF_CAN_ALIAS_ALL (TREE_TYPE (TREE_OPERAND (lhs, 1))));
}

void
reader::read_assign (int blk, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  tree rhs1 = gimple_assign_rhs1 (stmt);
  enum tree_code code = gimple_assign_rhs_code (stmt);
  location_t loc = gimple_location (stmt);
  esc_loc l = loc_of (loc);

  if (TREE_CODE (lhs) == SSA_NAME)
    {
      if (virtual_operand_p (lhs))
	return;
      if (!may_hold_address_p (TREE_TYPE (lhs)))
	{
	  /* Nothing to follow, but a load is still a use of the memory
	     (after the end of its scope?).  */
	  if (memory_ref_p (rhs1))
	    esc_load (m_ef, blk, l, -1, ref_address (rhs1),
		      size_of_type (TREE_TYPE (rhs1)));
	  return;
	}
      int dst = var_for (lhs);
      esc_value v[2] = { no_value, no_value };
      int n = 0;
      bool unknown_offset = false;
      switch (get_gimple_rhs_class (code))
	{
	case GIMPLE_SINGLE_RHS:
	  if (memory_ref_p (rhs1))
	    {
	      esc_load (m_ef, blk, l, dst, ref_address (rhs1),
			size_of_type (TREE_TYPE (rhs1)));
	      return;
	    }
	  v[n++] = value_at (rhs1, loc);
	  break;
	case GIMPLE_UNARY_RHS:
	  if (CONVERT_EXPR_CODE_P (code) || code == NON_LVALUE_EXPR
	      || code == VIEW_CONVERT_EXPR)
	    v[n++] = value_of (rhs1);
	  break;
	case GIMPLE_BINARY_RHS:
	  {
	    tree rhs2 = gimple_assign_rhs2 (stmt);
	    int64_t c;
	    switch (code)
	      {
	      case POINTER_PLUS_EXPR:
	      case PLUS_EXPR:
	      case MINUS_EXPR:
		/* Address arithmetic, also on integers (uintptr_t).  */
		v[n++] = value_of (rhs1);
		if (constant_value (rhs2, &c))
		  v[0].offset = add_offset (v[0].offset,
					    code == MINUS_EXPR ? -c : c);
		else
		  {
		    unknown_offset = true;
		    if (code != MINUS_EXPR)
		      v[n++] = value_of (rhs2);
		  }
		break;
	      case BIT_AND_EXPR:
	      case BIT_IOR_EXPR:
	      case BIT_XOR_EXPR:
	      case MIN_EXPR:
	      case MAX_EXPR:
		/* Tagged or aligned pointers.  */
		v[n++] = value_of (rhs1);
		v[n++] = value_of (rhs2);
		unknown_offset = true;
		break;
	      default:
		break;
	      }
	    break;
	  }
	case GIMPLE_TERNARY_RHS:
	  if (code == COND_EXPR || code == VEC_COND_EXPR)
	    {
	      v[n++] = value_of (gimple_assign_rhs2 (stmt));
	      v[n++] = value_of (gimple_assign_rhs3 (stmt));
	    }
	  break;
	default:
	  break;
	}
      /* Keep only operands that can hold an address.  */
      int k = 0;
      bool pointer = POINTER_TYPE_P (TREE_TYPE (lhs));
      for (int i = 0; i < n; i++)
	if (keep_value_p (v[i], pointer))
	  v[k++] = v[i];
      if (k)
	esc_assign (m_ef, blk, l, dst, v, k, unknown_offset);
      return;
    }

  /* A store.  A clobber is not one: it ends the scope of the object.  */
  if (gimple_clobber_p (stmt))
    {
      if (DECL_P (lhs))
	{
	  int obj = object_for_decl (lhs);
	  if (obj >= 0 && esc_object_is_stack (m_ef, obj))
	    esc_clobber (m_ef, blk, l, obj);
	}
      return;
    }
  access_index index;
  esc_value addr = ref_address (lhs, &index);
  if (addr.kind == ESC_VALUE_NONE)
    return;
  int64_t size = size_of_type (TREE_TYPE (lhs));
  if (gimple_assign_single_p (stmt) && memory_ref_p (rhs1))
    esc_copy (m_ef, blk, l, addr, ref_address (rhs1), size);
  else if (tree from = copied_memory (rhs1, size))
    esc_copy (m_ef, blk, l, addr, ref_address (from), size);
  else if (TREE_CODE (rhs1) == CONSTRUCTOR)
    esc_store (m_ef, blk, l, addr, no_value, size);
  else if (gimple_assign_single_p (stmt))
    (stores_integer_p (lhs) ? esc_store_integer : esc_store) (
      m_ef, blk, l, addr, value_at (rhs1, loc), size);
  else
    esc_store (m_ef, blk, l, addr, no_value, size);
  if (index.var >= 0)
    esc_index_last_store (m_ef, index.var, index.def_block, index.offset);
}

/* The name of the variable-length array whose storage the alloca call
   with result LHS provides: the gimplifier names the pointer "buf.N".  */
static char *
vla_name (tree lhs)
{
  tree var = lhs && TREE_CODE (lhs) == SSA_NAME ? SSA_NAME_VAR (lhs) : lhs;
  const char *name = var && DECL_P (var) ? decl_name (var) : NULL;
  if (!name)
    return NULL;
  char *copy = xstrdup (name);
  char *dot = strrchr (copy, '.');
  if (dot && dot != copy && ISDIGIT (dot[1]))
    *dot = '\0';
  return copy;
}

static const char *
type_name (tree type)
{
  tree name = type ? TYPE_NAME (type) : NULL_TREE;
  if (name && TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  return name && TREE_CODE (name) == IDENTIFIER_NODE
	   ? IDENTIFIER_POINTER (name)
	   : NULL;
}

/* The object for the trampoline at ADDR (&FRAME.n.fn, as GCC's lowering
   of nested functions writes it), made on first use (placed at LOC), with
   the parent's variables it can reach through the frame as its detail;
   or -1.  */
int
reader::trampoline_object (tree addr, esc_loc loc)
{
  if (TREE_CODE (addr) != ADDR_EXPR
      || TREE_CODE (TREE_OPERAND (addr, 0)) != COMPONENT_REF)
    return -1;
  tree field = TREE_OPERAND (TREE_OPERAND (addr, 0), 1);
  if (int *known = m_objects->get (field))
    return *known;
  tree frame_type = TREE_TYPE (TREE_OPERAND (TREE_OPERAND (addr, 0), 0));
  int obj = esc_object_new (m_ef, ESC_OBJ_NESTED_FUNCTION,
			    decl_name (field), loc, -1);
  /* The frame's other fields are the variables nested functions use,
     but for trampolines and GCC's own bookkeeping.  */
  auto_vec<char> detail;
  for (tree f = TYPE_FIELDS (frame_type); f; f = DECL_CHAIN (f))
    {
      const char *name = TREE_CODE (f) == FIELD_DECL ? decl_name (f) : NULL;
      const char *tname = type_name (TREE_TYPE (f));
      if (!name || strncmp (name, "FRAME", 5) == 0
	  || strncmp (name, "__", 2) == 0
	  || (tname && strcmp (tname, "__builtin_trampoline") == 0))
	continue;
      const char *spelled = identifier_to_locale (name);
      if (!detail.is_empty ())
	{
	  detail.safe_push (',');
	  detail.safe_push (' ');
	}
      for (const char *c = open_quote; *c; c++)
	detail.safe_push (*c);
      for (const char *c = spelled; *c; c++)
	detail.safe_push (*c);
      for (const char *c = close_quote; *c; c++)
	detail.safe_push (*c);
    }
  detail.safe_push ('\0');
  esc_object_set_detail (m_ef, obj, detail.address ());
  m_objects->put (field, obj);
  return obj;
}

/* The functions of type FNTYPE (any: NULL) a constant initializer INIT
   holds the addresses of, added to TARGETS; false when there are more
   than MAX.  */
static bool
initializer_targets (tree init, tree fntype, vec<tree> *targets,
		     unsigned max)
{
  if (!init)
    return true;
  STRIP_NOPS (init);
  if (TREE_CODE (init) == ADDR_EXPR
      && TREE_CODE (TREE_OPERAND (init, 0)) == FUNCTION_DECL)
    {
      tree f = TREE_OPERAND (init, 0);
      if (fntype && !types_compatible_p (TREE_TYPE (f), fntype))
	return true;
      if (!targets->contains (f))
	targets->safe_push (f);
      return targets->length () <= max;
    }
  if (TREE_CODE (init) == CONSTRUCTOR)
    {
      unsigned i;
      tree value;
      FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (init), i, value)
	if (!initializer_targets (value, fntype, targets, max))
	  return false;
    }
  return true;
}

/* The functions an indirect call through FN, of type FNTYPE, may call,
   into TARGETS (at most MAX of them): FN is a copy of their addresses,
   through other copies and phis, or read from a constant table of them
   (a const array or struct of function pointers: the one read, or at a
   variable index any of FNTYPE it holds).  False when some of what FN
   may be is not known.  */
static bool
known_targets (tree fn, tree fntype, vec<tree> *targets, unsigned max)
{
  auto_vec<tree, 8> work;
  hash_set<tree> seen;
  work.safe_push (fn);
  while (!work.is_empty ())
    {
      tree t = work.pop ();
      STRIP_NOPS (t);
      if (TREE_CODE (t) == ADDR_EXPR
	  && TREE_CODE (TREE_OPERAND (t, 0)) == FUNCTION_DECL)
	{
	  if (!initializer_targets (t, NULL_TREE, targets, max))
	    return false;
	  continue;
	}
      if (handled_component_p (t) || TREE_CODE (t) == VAR_DECL)
	{
	  tree base = get_base_address (t);
	  if (!base || TREE_CODE (base) != VAR_DECL || !TREE_READONLY (base)
	      || !TREE_STATIC (base) || TREE_THIS_VOLATILE (base)
	      || !DECL_INITIAL (base))
	    return false;
	  tree known = fold_const_aggregate_ref (t);
	  if (!initializer_targets (known ? known : DECL_INITIAL (base),
				    known ? NULL_TREE : fntype, targets, max))
	    return false;
	  continue;
	}
      if (TREE_CODE (t) != SSA_NAME || seen.add (t) || seen.elements () > 16)
	return false;
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (gassign *a = dyn_cast<gassign *> (def))
	{
	  if (!gimple_assign_single_p (a) && !gimple_assign_cast_p (a))
	    return false;
	  work.safe_push (gimple_assign_rhs1 (a));
	}
      else if (gphi *phi = dyn_cast<gphi *> (def))
	for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	  work.safe_push (gimple_phi_arg_def (phi, i));
      else
	return false;
    }
  return !targets->is_empty ();
}

/* Read the call STMT in block BLK; the block where the caller goes on.
   An indirect call of one of several known functions is a path for each
   (a call through a const table of handlers).  */
int
reader::read_call (int blk, gcall *stmt)
{
  tree fndecl = gimple_call_fndecl (stmt);
  auto_vec<tree, 8> targets;
  if (!fndecl && !gimple_call_internal_p (stmt)
      && known_targets (gimple_call_fn (stmt), gimple_call_fntype (stmt),
			&targets, max_call_targets))
    {
      if (targets.length () == 1)
	return read_call_of (blk, stmt, targets[0]);
      int join = esc_block_new (m_ef);
      for (tree target : targets)
	{
	  int b = esc_block_new (m_ef);
	  esc_edge (m_ef, blk, b);
	  esc_edge (m_ef, read_call_of (b, stmt, target), join);
	}
      return join;
    }
  return read_call_of (blk, stmt, fndecl);
}

/* Read the call STMT of FNDECL (NULL: not known) in block BLK; the block
   where the caller goes on.  */
int
reader::read_call_of (int blk, gcall *stmt, tree fndecl)
{
  esc_loc l = loc_of (gimple_location (stmt));
  tree lhs = gimple_call_lhs (stmt);
  if (gimple_call_internal_p (stmt))
    {
      /* E.g. .DEFERRED_INIT: initializes its result, holds no address.  */
      if (lhs && memory_ref_p (lhs))
	{
	  esc_value addr = ref_address (lhs);
	  if (addr.kind != ESC_VALUE_NONE)
	    esc_store (m_ef, blk, l, addr, no_value,
		       size_of_type (TREE_TYPE (lhs)));
	}
      return blk;
    }
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (fndecl))
      {
      CASE_BUILT_IN_ALLOCA:
	if (lhs && TREE_CODE (lhs) == SSA_NAME)
	  {
	    bool vla = gimple_call_alloca_for_var_p (stmt);
	    char *name = vla ? vla_name (lhs) : xstrdup ("alloca");
	    int obj = esc_object_new (m_ef, vla ? ESC_OBJ_VLA : ESC_OBJ_ALLOCA,
				      name, l, -1);
	    free (name);
	    esc_value a = make_value (ESC_VALUE_ADDRESS, obj, 0);
	    esc_assign (m_ef, blk, l, var_for (lhs), &a, 1, 0);
	  }
	return blk;
      case BUILT_IN_STACK_SAVE:
      case BUILT_IN_STACK_RESTORE:
	return blk;
      case BUILT_IN_INIT_TRAMPOLINE:
	/* Made here, where the nested function is known, for its place.  */
	if (gimple_call_num_args (stmt) >= 2)
	  {
	    tree fn = gimple_call_arg (stmt, 1);
	    if (TREE_CODE (fn) == ADDR_EXPR)
	      fn = TREE_OPERAND (fn, 0);
	    trampoline_object (gimple_call_arg (stmt, 0),
			       DECL_P (fn) ? loc_of (DECL_SOURCE_LOCATION (fn))
					   : l);
	  }
	return blk;
      case BUILT_IN_ADJUST_TRAMPOLINE:
	/* The address of a nested function: its trampoline, a field of
	   the frame object on this function's stack.  */
	if (lhs && TREE_CODE (lhs) == SSA_NAME && gimple_call_num_args (stmt))
	  {
	    int obj = trampoline_object (gimple_call_arg (stmt, 0), l);
	    if (obj >= 0)
	      {
		esc_value a = make_value (ESC_VALUE_ADDRESS, obj, 0);
		esc_assign (m_ef, blk, l, var_for (lhs), &a, 1, 0);
	      }
	  }
	return blk;
      default:
	break;
      }

  if (fndecl && inlinable_p (fndecl))
    return read_inline (blk, stmt, fndecl);

  unsigned flags = 0;
  if (gimple_call_flags (stmt) & ECF_MALLOC)
    flags |= ESC_CALL_MALLOC;
  /* The plugin's attributes (escape-plugin.cc).  */
  tree retains = NULL_TREE;
  if (fndecl)
    {
      if (lookup_attribute ("escape_noretain", DECL_ATTRIBUTES (fndecl)))
	flags |= ESC_CALL_NO_RETAIN;
      if (!TREE_PUBLIC (fndecl))
	flags |= ESC_CALL_STATIC;
      retains = lookup_attribute ("escape_retains", DECL_ATTRIBUTES (fndecl));
    }
  int returned_arg = -1;
  int rf = gimple_call_return_flags (stmt);
  if (rf & ERF_RETURNS_ARG)
    {
      flags |= ESC_CALL_RETURNS_ARG;
      returned_arg = rf & ERF_RETURN_ARG_MASK;
    }
  auto_vec<esc_value, 8> args;
  for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
    {
      tree arg = gimple_call_arg (stmt, i);
      if (AGGREGATE_TYPE_P (TREE_TYPE (arg)) && memory_ref_p (arg))
	{
	  /* A struct passed by value: the callee's parameter starts with
	     every address it holds.  */
	  esc_value from = ref_address (arg);
	  int copy = esc_var_new (m_ef);
	  if (from.kind != ESC_VALUE_NONE)
	    {
	      from.offset = ESC_OFFSET_UNKNOWN;
	      esc_load (m_ef, blk, l, copy, from, -1);
	    }
	  args.safe_push (make_value (ESC_VALUE_VAR, copy, 0));
	  continue;
	}
      args.safe_push (argument_value (value_of (arg), arg));
    }
  int result;
  esc_value result_addr;
  call_result (lhs, &result, &result_addr);
  esc_call (m_ef, blk, l, fndecl ? decl_name (fndecl) : NULL, flags,
	    returned_arg, result, result_addr, args.address (),
	    args.length ());
  if (fndecl && DECL_STRUCT_FUNCTION (fndecl))
    m_callees->safe_push (fndecl);
  /* Each escape_retains attribute, each of its arguments.  */
  for (; retains; retains = lookup_attribute ("escape_retains",
					      TREE_CHAIN (retains)))
    for (tree a = TREE_VALUE (retains); a; a = TREE_CHAIN (a))
      esc_call_retains (m_ef, (int) tree_to_uhwi (TREE_VALUE (a)) - 1);
  return blk;
}

void
reader::read_return (int blk, greturn *stmt)
{
  tree rv = gimple_return_retval (stmt);
  location_t loc = gimple_location (stmt);
  if (m_caller)
    {
      /* Inlined: the value goes to the call's result, and the caller
	 goes on.  */
      if (rv && m_result >= 0 && !memory_ref_p (rv))
	{
	  esc_value v = value_of (rv);
	  if (keep_value_p (v, POINTER_TYPE_P (TREE_TYPE (rv))))
	    esc_assign (m_ef, blk, loc_of (loc), m_result, &v, 1, 0);
	}
      else if (rv && m_result_addr.kind != ESC_VALUE_NONE
	       && memory_ref_p (rv))
	esc_copy (m_ef, blk, loc_of (loc), m_result_addr, ref_address (rv),
		  size_of_type (TREE_TYPE (rv)));
      esc_edge (m_ef, blk, m_continuation);
      return;
    }
  if (!rv)
    {
      esc_return (m_ef, blk, loc_of (loc), no_value);
      return;
    }
  /* An address returned as an integer is not a dangling pointer.  */
  if (INTEGRAL_TYPE_P (TREE_TYPE (rv)))
    {
      esc_return (m_ef, blk, loc_of (loc), no_value);
      return;
    }
  if (TREE_CODE (rv) == SSA_NAME)
    {
      /* The gimplifier funnels every "return e;" into one return of a
	 temporary, merged by a PHI: report each at its own statement.  */
      gimple *def = SSA_NAME_DEF_STMT (rv);
      if (gphi *phi = dyn_cast<gphi *> (def))
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	    {
	      location_t al = gimple_phi_arg_location (phi, i);
	      if (al == UNKNOWN_LOCATION)
		al = loc;
	      tree arg = gimple_phi_arg_def (phi, i);
	      int first = esc_insn_count (m_ef);
	      esc_return (m_ef, blk, loc_of (al), value_at (arg, al));
	      note_return (first, arg, arg, al);
	      m_phi_sources.safe_push (
		  { first, 0, gimple_phi_arg_edge (phi, i)->src });
	    }
	  return;
	}
      location_t dl = gimple_location (def);
      int first = esc_insn_count (m_ef);
      esc_return (m_ef, blk, loc_of (dl != UNKNOWN_LOCATION ? dl : loc),
		  value_of (rv));
      /* "return &x;" became "_1 = 0; return _1;" (see adapter.h).  */
      note_return (first, rv,
		   gimple_assign_single_p (def) ? gimple_assign_rhs1 (def) : rv,
		   dl);
      return;
    }
  if (memory_ref_p (rv))
    esc_return_memory (m_ef, blk, loc_of (loc), ref_address (rv),
		       size_of_type (TREE_TYPE (rv)));
  else
    {
      int first = esc_insn_count (m_ef);
      esc_return (m_ef, blk, loc_of (loc), value_at (rv, loc));
      note_return (first, rv, rv, loc);
    }
}

/* For the explanations: the text of the return read from instruction
   FIRST on, "return VALUE", or "return &x" where ZERO (VALUE or what
   defines it) is the 0 the front end put for "&x" at LOC.  */
void
reader::note_return (int first, tree value, tree zero, location_t loc)
{
  if (!m_texts)
    return;
  tree decl = integer_zerop (zero)
		  ? escape_frontend_return_decl (m_fun->decl, loc)
		  : NULL_TREE;
  char *text = escape_return_text (value, decl);
  esc_set_statement_text (m_ef, first, text, 0);
  free (text);
}

/* Whether a call of FNDECL is read inline: a static inline function
   whose body is here, in SSA form already (callees are done before their
   callers), small, not variadic, and not on the chain of calls being
   inlined.  */
bool
reader::inlinable_p (tree fndecl)
{
  if (m_depth >= max_inline_depth || DECL_WEAK (fndecl)
      || TREE_PUBLIC (fndecl) || fndecl_built_in_p (fndecl)
      || stdarg_p (TREE_TYPE (fndecl)))
    return false;
  function *callee = DECL_STRUCT_FUNCTION (fndecl);
  if (!callee || !callee->cfg || !(callee->curr_properties & PROP_ssa)
      || callee->decl != fndecl
      || n_basic_blocks_for_fn (callee) - 2 > max_inline_blocks)
    return false;
  for (reader *r = this; r; r = r->m_caller)
    if (r->m_fun == callee)
      return false;
  int stmts = 0;
  /* Besides inline functions, those that join a thread: a summary does
     not say which thread a call releases (a join_worker (t) helper).  */
  bool joins = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, callee)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	if (++stmts > max_inline_stmts)
	  return false;
	tree called = is_gimple_call (gsi_stmt (gsi))
			  ? gimple_call_fndecl (gsi_stmt (gsi))
			  : NULL_TREE;
	const esc_model *m = called ? esc_model_lookup (decl_name (called))
				    : NULL;
	joins |= m && m->kind == ESC_MODEL_THREAD_JOIN;
      }
  return DECL_DECLARED_INLINE_P (fndecl) || joins;
}

/* Where the result of a call with lhs LHS goes: a variable (*RESULT, else
   -1) or memory (*RESULT_ADDR, else no value).  */
void
reader::call_result (tree lhs, int *result, esc_value *result_addr)
{
  *result = -1;
  *result_addr = no_value;
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    *result = var_for (lhs);
  else if (lhs && memory_ref_p (lhs))
    *result_addr = ref_address (lhs);
}

/* Read the call STMT of FNDECL, in block BLK, inline; the block where
   the caller goes on.  */
int
reader::read_inline (int blk, gcall *stmt, tree fndecl)
{
  int result;
  esc_value result_addr;
  call_result (gimple_call_lhs (stmt), &result, &result_addr);
  int entry = esc_block_new (m_ef);
  int continuation = esc_block_new (m_ef);
  esc_edge (m_ef, blk, entry);
  reader callee (DECL_STRUCT_FUNCTION (fndecl), this, stmt, entry,
		 continuation, result, result_addr);
  callee.read_body ();
  return continuation;
}

/* The comparison CODE as the engine's, or false.  */
static bool
engine_compare (enum tree_code code, enum esc_compare *cmp)
{
  switch (code)
    {
    case EQ_EXPR: *cmp = ESC_CMP_EQ; return true;
    case NE_EXPR: *cmp = ESC_CMP_NE; return true;
    case LT_EXPR: *cmp = ESC_CMP_LT; return true;
    case LE_EXPR: *cmp = ESC_CMP_LE; return true;
    case GT_EXPR: *cmp = ESC_CMP_GT; return true;
    case GE_EXPR: *cmp = ESC_CMP_GE; return true;
    default: return false;
    }
}

/* Whether "LHS CODE RHS" is a test of a parameter against a constant,
   into *T.  */
bool
reader::parameter_test (tree lhs, enum tree_code code, tree rhs, esc_test *t)
{
  if (TREE_CODE (lhs) == INTEGER_CST)
    {
      std::swap (lhs, rhs);
      code = swap_tree_comparison (code);
    }
  tree parm = TREE_CODE (lhs) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (lhs)
		  ? SSA_NAME_VAR (lhs)
		  : NULL_TREE;
  if (!parm || TREE_CODE (parm) != PARM_DECL
      || !engine_compare (code, &t->cmp) || !constant_value (rhs, &t->value))
    return false;
  /* Unsigned comparisons other than equality would compare the
     sign-extended values wrongly.  */
  if (t->cmp != ESC_CMP_EQ && t->cmp != ESC_CMP_NE
      && TYPE_UNSIGNED (TREE_TYPE (lhs)))
    return false;
  t->param = param_index (parm);
  return t->param >= 0;
}

/* Whether SSA is defined by a test of a parameter, into *T.  */
bool
reader::parameter_test_def (tree ssa, esc_test *t)
{
  gassign *def = TREE_CODE (ssa) == SSA_NAME
		     ? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (ssa))
		     : NULL;
  return def
	 && TREE_CODE_CLASS (gimple_assign_rhs_code (def)) == tcc_comparison
	 && parameter_test (gimple_assign_rhs1 (def),
			    gimple_assign_rhs_code (def),
			    gimple_assign_rhs2 (def), t);
}

/* If BB ends in a test of parameters against constants ("if (copy)",
   also "if (p && flag)", which GCC may compute as one "&"), tell the
   engine (a summary may hang on it), or, in an inlined body where the
   arguments decide it, set *UNTAKEN to the edge not taken.  */
void
reader::read_test (basic_block bb, edge *untaken)
{
  *untaken = NULL;
  gcond *cond = safe_dyn_cast<gcond *> (last_stmt (bb));
  if (!cond)
    return;
  tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
  enum tree_code code = gimple_cond_code (cond);
  esc_test tests[2];
  int n = 0;
  bool any = false, negated = false;
  if (parameter_test (lhs, code, rhs, &tests[0]))
    n = 1;
  else if (TREE_CODE (lhs) == SSA_NAME && integer_zerop (rhs)
	   && (code == NE_EXPR || code == EQ_EXPR))
    {
      /* "if (_1 != 0)", _1 a test, or the "&" or "|" of two.  */
      negated = code == EQ_EXPR;
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (lhs));
      enum tree_code op = def ? gimple_assign_rhs_code (def) : ERROR_MARK;
      if (parameter_test_def (lhs, &tests[0]))
	n = 1;
      else if ((op == BIT_AND_EXPR || op == BIT_IOR_EXPR)
	       && parameter_test_def (gimple_assign_rhs1 (def), &tests[0])
	       && parameter_test_def (gimple_assign_rhs2 (def), &tests[1]))
	{
	  n = 2;
	  any = op == BIT_IOR_EXPR;
	}
    }
  if (n == 0)
    return;
  edge on_true, on_false;
  extract_true_false_edges_from_block (bb, &on_true, &on_false);
  if (negated)
    std::swap (on_true, on_false);
  if (m_caller)
    {
      /* Decided by the arguments: all parts, or one that decides.  */
      int holds = any ? 0 : 1;
      for (int i = 0; i < n; i++)
	{
	  int index = tests[i].param;
	  int part = (unsigned) index < m_args.length ()
			 ? esc_test_outcome (m_args[index], tests[i].cmp,
					     tests[i].value)
			 : -1;
	  if (part == (any ? 1 : 0))
	    {
	      holds = part;
	      break;
	    }
	  if (part < 0)
	    holds = -1;
	}
      if (holds >= 0)
	*untaken = holds ? on_false : on_true;
      return;
    }
  if (on_true->dest == EXIT_BLOCK_PTR_FOR_FN (m_fun)
      || on_false->dest == EXIT_BLOCK_PTR_FOR_FN (m_fun))
    return;
  esc_block_set_test (m_ef, m_exit_blocks[bb->index], tests, n, any,
		      m_blocks[on_true->dest->index],
		      m_blocks[on_false->dest->index]);
}

/* Whether "A CODE B" tests whether a pointer is null.  */
static bool
null_test_p (enum tree_code code, tree a, tree b)
{
  if ((code != EQ_EXPR && code != NE_EXPR) || !a || !b)
    return false;
  if (integer_zerop (a))
    std::swap (a, b);
  return integer_zerop (b) && POINTER_TYPE_P (TREE_TYPE (a));
}

/* Whether OP's value follows from a parameter's by copies, conversions
   and arithmetic, not through memory or calls, in at most DEPTH steps
   back; whether a pointer is null does not count.  */
static bool
follows_parameter (tree op, int depth)
{
  if (!op || TREE_CODE (op) != SSA_NAME)
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (op))
    return SSA_NAME_VAR (op) && TREE_CODE (SSA_NAME_VAR (op)) == PARM_DECL;
  gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (op));
  if (!def || depth == 0
      || null_test_p (gimple_assign_rhs_code (def), gimple_assign_rhs1 (def),
		      gimple_assign_rhs2 (def)))
    return false;
  for (unsigned i = 1; i < gimple_num_ops (def); i++)
    if (follows_parameter (gimple_op (def, i), depth - 1))
      return true;
  return false;
}

/* Whether BB ends in a branch that the value of a parameter decides
   (esc_block_set_caller_choice).  */
static bool
caller_chooses (basic_block bb)
{
  gimple *last = last_stmt (bb);
  if (gcond *cond = safe_dyn_cast<gcond *> (last))
    {
      tree lhs = gimple_cond_lhs (cond), rhs = gimple_cond_rhs (cond);
      return !null_test_p (gimple_cond_code (cond), lhs, rhs)
	     && (follows_parameter (lhs, 4) || follows_parameter (rhs, 4));
    }
  if (gswitch *sw = safe_dyn_cast<gswitch *> (last))
    return follows_parameter (gimple_switch_index (sw), 4);
  return false;
}

/* Switches with more labels than this are read as they are.  */
const unsigned MAX_SWITCH_LABELS = 8;

/* If BB ends in a switch on a parameter ("switch (mode)"), give the
   engine its edges as a chain of tests of the parameter against each
   label, as "if (mode == 1) ... else if (mode == 2) ... else" would be
   (a summary may hang on them), and return true.  */
bool
reader::read_switch (basic_block bb)
{
  gswitch *sw = safe_dyn_cast<gswitch *> (last_stmt (bb));
  tree index = sw ? gimple_switch_index (sw) : NULL_TREE;
  if (m_caller || !index || TREE_CODE (index) != SSA_NAME
      || !SSA_NAME_IS_DEFAULT_DEF (index) || !SSA_NAME_VAR (index)
      || TREE_CODE (SSA_NAME_VAR (index)) != PARM_DECL
      || param_index (SSA_NAME_VAR (index)) < 0
      || gimple_switch_num_labels (sw) > MAX_SWITCH_LABELS)
    return false;
  int param = param_index (SSA_NAME_VAR (index));
  bool is_unsigned = TYPE_UNSIGNED (TREE_TYPE (index));
  for (unsigned i = 1; i < gimple_switch_num_labels (sw); i++)
    {
      tree label = gimple_switch_label (sw, i);
      int64_t v;
      if (!constant_value (CASE_LOW (label), &v)
	  || (CASE_HIGH (label)
	      && (is_unsigned || !constant_value (CASE_HIGH (label), &v))))
	return false;
    }
  int cur = m_exit_blocks[bb->index];
  for (unsigned i = 1; i < gimple_switch_num_labels (sw); i++)
    {
      tree label = gimple_switch_label (sw, i);
      basic_block dest = label_to_block (m_fun, CASE_LABEL (label));
      esc_test tests[2];
      int n = 1;
      tests[0].param = tests[1].param = param;
      constant_value (CASE_LOW (label), &tests[0].value);
      tests[0].cmp = ESC_CMP_EQ;
      if (CASE_HIGH (label))
	{
	  tests[0].cmp = ESC_CMP_GE;
	  tests[1].cmp = ESC_CMP_LE;
	  constant_value (CASE_HIGH (label), &tests[1].value);
	  n = 2;
	}
      int next = esc_block_new (m_ef);
      int to = m_blocks[dest->index];
      esc_edge (m_ef, cur, to);
      esc_edge (m_ef, cur, next);
      esc_block_set_test (m_ef, cur, tests, n, 0, to, next);
      esc_block_set_caller_choice (m_ef, cur);
      cur = next;
    }
  basic_block dflt
      = label_to_block (m_fun, CASE_LABEL (gimple_switch_default_label (sw)));
  esc_edge (m_ef, cur, m_blocks[dflt->index]);
  return true;
}

/* Read this function's blocks, from block m_entry.  */
void
reader::read_body ()
{
  m_blocks.safe_grow_cleared (last_basic_block_for_fn (m_fun));
  m_exit_blocks.safe_grow_cleared (last_basic_block_for_fn (m_fun));
  basic_block bb;
  FOR_EACH_BB_FN (bb, m_fun)
    m_blocks[bb->index] = esc_block_new (m_ef);

  FOR_EACH_BB_FN (bb, m_fun)
    {
      int blk = m_blocks[bb->index];
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	read_phi (blk, gsi.phi ());
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *stmt = gsi_stmt (gsi);
	  /* An inlined body is the call's statement.  */
	  int first = m_texts && !m_caller ? esc_insn_count (m_ef) : -1;
	  switch (gimple_code (stmt))
	    {
	    case GIMPLE_ASSIGN:
	      read_assign (blk, as_a<gassign *> (stmt));
	      break;
	    case GIMPLE_CALL:
	      /* An inlined call ends the block: the rest goes on after
		 the callee's body.  */
	      blk = read_call (blk, as_a<gcall *> (stmt));
	      break;
	    case GIMPLE_RETURN:
	      read_return (blk, as_a<greturn *> (stmt));
	      break;
	    default:
	      /* Conditions, labels, debug statements, asm: no address
		 flows.  */
	      break;
	    }
	  if (first >= 0 && esc_insn_count (m_ef) > first)
	    {
	      bool temporary;
	      if (char *text = escape_statement_text (stmt, &temporary))
		{
		  esc_set_statement_text (m_ef, first, text, temporary);
		  free (text);
		}
	    }
	}
      m_exit_blocks[bb->index] = blk;
    }

  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, ENTRY_BLOCK_PTR_FOR_FN (m_fun)->succs)
    if (e->dest != EXIT_BLOCK_PTR_FOR_FN (m_fun))
      esc_edge (m_ef, m_entry, m_blocks[e->dest->index]);
  auto_vec<int> switched;
  FOR_EACH_BB_FN (bb, m_fun)
    {
      if (read_switch (bb))
	{
	  switched.safe_push (bb->index);
	  continue;
	}
      edge untaken;
      read_test (bb, &untaken);
      if (!untaken && caller_chooses (bb))
	esc_block_set_caller_choice (m_ef, m_exit_blocks[bb->index]);
      int failed_result = -1;
      edge failure = call_failure_edge (bb, &failed_result);
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->dest != EXIT_BLOCK_PTR_FOR_FN (m_fun) && e != untaken)
	  {
	    int from = m_exit_blocks[bb->index];
	    if (e == failure)
	      {
		/* A block of its own on the edge, where the call failed.  */
		int on_edge = esc_block_new (m_ef);
		esc_call_failed (m_ef, on_edge,
				 loc_of (gimple_location (last_stmt (bb))),
				 failed_result);
		esc_edge (m_ef, from, on_edge);
		from = on_edge;
	      }
	    esc_edge (m_ef, from, m_blocks[e->dest->index]);
	  }
    }
  /* The edges out of a switch read as a chain leave from blocks of the
     chain: their sources are not told.  */
  for (const phi_source &s : m_phi_sources)
    if (s.from == ENTRY_BLOCK_PTR_FOR_FN (m_fun)
	|| !switched.contains (s.from->index))
      esc_assign_set_source_block (m_ef, s.insn, s.k,
				   s.from == ENTRY_BLOCK_PTR_FOR_FN (m_fun)
				       ? m_entry
				       : m_exit_blocks[s.from->index]);
}

/* If BB ends in a test of a call's integer result against 0 ("if
   (pthread_create (...) != 0)"), the edge taken when it is not 0, where
   a function that reports failure so failed, and its result's variable
   in *RESULT.  Otherwise NULL.  */
edge
reader::call_failure_edge (basic_block bb, int *result)
{
  gcond *cond = safe_dyn_cast<gcond *> (last_stmt (bb));
  if (!cond)
    return NULL;
  tree lhs = gimple_cond_lhs (cond);
  enum tree_code code = gimple_cond_code (cond);
  if (TREE_CODE (lhs) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (lhs))
      || !integer_zerop (gimple_cond_rhs (cond))
      || (code != NE_EXPR && code != EQ_EXPR)
      || !is_a<gcall *> (SSA_NAME_DEF_STMT (lhs)))
    return NULL;
  edge on_true, on_false;
  extract_true_false_edges_from_block (bb, &on_true, &on_false);
  *result = var_for (lhs);
  return code == NE_EXPR ? on_true : on_false;
}

esc_function *
reader::read ()
{
  tree fndecl = m_fun->decl;
  m_ef = esc_function_create (IDENTIFIER_POINTER (DECL_NAME (fndecl)),
			      loc_of (DECL_SOURCE_LOCATION (fndecl)));
  esc_function_set_pointer_size (m_ef, POINTER_SIZE_UNITS);
  /* Block 0 is the engine's entry: parameters are set up there.  */
  read_body ();
  return m_ef;
}

} // anon namespace

esc_function *
escape_read_function (function *fun, vec<tree> *callees)
{
  reader r (fun, callees);
  return r.read ();
}
