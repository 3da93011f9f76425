/* statement-text.cc -- a GIMPLE statement written back as C, for the
   steps of the explanations: "g = &x", "n->data = p", "keep(&x)".

   The pass runs early, so the statements are close to the source; the
   compiler's temporaries are written as the expression they stand for
   ("g = &x" for "_1 = &x; g = _1;").  */

#include "gcc-compat.h"
#include "adapter.h"

namespace
{

/* How many temporaries deep an expression is written out.  */
const int max_expression_depth = 4;

void write_expr (pretty_printer *pp, tree t, int depth);

const char *
decl_text (tree decl)
{
  if (escape_is_compound_literal (decl))
    return "(compound literal)";
  if (TREE_CODE (decl) == RESULT_DECL)
    return "<retval>";
  tree name = DECL_NAME (decl);
  if (!name || DECL_ARTIFICIAL (decl))
    return "(temporary)";
  return IDENTIFIER_POINTER (name);
}

/* Whether T is an SSA name of the compiler's, not of a user's
   variable.  */
bool
temporary_p (tree t)
{
  if (TREE_CODE (t) != SSA_NAME)
    return false;
  tree var = SSA_NAME_VAR (t);
  return !var || !DECL_NAME (var) || DECL_ARTIFICIAL (var);
}

void
write_call (pretty_printer *pp, gcall *call, int depth)
{
  tree fndecl = gimple_call_fndecl (call);
  if (gimple_call_internal_p (call))
    pp_string (pp, internal_fn_name (gimple_call_internal_fn (call)));
  else if (fndecl && DECL_NAME (fndecl))
    {
      /* "alloca" is a macro for __builtin_alloca.  */
      const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      if (fndecl_built_in_p (fndecl)
	  && strncmp (name, "__builtin_", strlen ("__builtin_")) == 0)
	name += strlen ("__builtin_");
      pp_string (pp, name);
    }
  else
    write_expr (pp, gimple_call_fn (call), depth);
  pp_character (pp, '(');
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      if (i)
	pp_string (pp, ", ");
      write_expr (pp, gimple_call_arg (call, i), depth);
    }
  pp_character (pp, ')');
}

/* GIMPLE counts pointer arithmetic in bytes; the source, in elements:
   write BYTES, added to POINTER, as the source's index, if it is one.  */
bool
write_index (pretty_printer *pp, tree pointer, tree bytes, int depth)
{
  tree size = TYPE_SIZE_UNIT (TREE_TYPE (TREE_TYPE (pointer)));
  if (!size || !tree_fits_uhwi_p (size) || tree_to_uhwi (size) == 0)
    return false;
  offset_int unit = tree_to_uhwi (size);
  if (TREE_CODE (bytes) == INTEGER_CST)
    {
      offset_int n = wi::sext (wi::to_offset (bytes),
			       TYPE_PRECISION (TREE_TYPE (bytes)));
      if (!wi::multiple_of_p (n, unit, SIGNED))
	return false;
      pp_wide_int (pp, wi::sdiv_trunc (n, unit), SIGNED);
      return true;
    }
  /* "_2 = (long) i * 8": the index is i.  */
  gassign *mult = TREE_CODE (bytes) == SSA_NAME
		      ? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (bytes))
		      : NULL;
  if (unit == 1)
    {
      write_expr (pp, bytes, depth);
      return true;
    }
  if (!mult || gimple_assign_rhs_code (mult) != MULT_EXPR
      || TREE_CODE (gimple_assign_rhs2 (mult)) != INTEGER_CST
      || wi::to_offset (gimple_assign_rhs2 (mult)) != unit)
    return false;
  write_expr (pp, gimple_assign_rhs1 (mult), depth + 1);
  return true;
}

/* T, in parentheses unless it is a name or ends with a subscript, a call
   or a member (what binds tighter than the operator written next).  */
void
write_operand (pretty_printer *pp, tree t, int depth)
{
  pretty_printer inner;
  write_expr (&inner, t, depth);
  const char *text = pp_formatted_text (&inner);
  bool simple = !strchr (text, ' ') && text[0] != '*' && text[0] != '&';
  if (!simple)
    pp_character (pp, '(');
  pp_string (pp, text);
  if (!simple)
    pp_character (pp, ')');
}

/* What pointer PTR points to, as a place: "*p", "tab[3]", or, with
   MEMBER, "p->member", "tab[3].member".  */
void
write_pointee (pretty_printer *pp, tree ptr, const char *member, int depth)
{
  gassign *plus = temporary_p (ptr)
		      ? dyn_cast<gassign *> (SSA_NAME_DEF_STMT (ptr))
		      : NULL;
  if (plus && gimple_assign_rhs_code (plus) == POINTER_PLUS_EXPR
      && depth < max_expression_depth)
    {
      pretty_printer index;
      if (write_index (&index, gimple_assign_rhs1 (plus),
		       gimple_assign_rhs2 (plus), depth + 1))
	{
	  write_operand (pp, gimple_assign_rhs1 (plus), depth + 1);
	  pp_character (pp, '[');
	  pp_string (pp, pp_formatted_text (&index));
	  pp_character (pp, ']');
	  if (member)
	    {
	      pp_character (pp, '.');
	      pp_string (pp, member);
	    }
	  return;
	}
    }
  if (member)
    {
      write_operand (pp, ptr, depth);
      pp_string (pp, "->");
      pp_string (pp, member);
    }
  else
    {
      pp_character (pp, '*');
      write_operand (pp, ptr, depth);
    }
}

/* A temporary merging values of several paths: "(one of &a, &b)".  */
void
write_phi (pretty_printer *pp, gphi *phi, int depth)
{
  if (gimple_phi_num_args (phi) > 3)
    {
      pp_string (pp, "(temporary)");
      return;
    }
  pp_string (pp, "(one of ");
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      if (i)
	pp_string (pp, ", ");
      write_expr (pp, gimple_phi_arg_def (phi, i), depth);
    }
  pp_character (pp, ')');
}

/* The right-hand side of assignment A.  */
void
write_rhs (pretty_printer *pp, gassign *a, int depth)
{
  enum tree_code code = gimple_assign_rhs_code (a);
  switch (get_gimple_rhs_class (code))
    {
    case GIMPLE_SINGLE_RHS:
      write_expr (pp, gimple_assign_rhs1 (a), depth);
      break;
    case GIMPLE_UNARY_RHS:
      /* Conversions say nothing of where an address goes.  */
      if (!CONVERT_EXPR_CODE_P (code) && code != NON_LVALUE_EXPR)
	pp_string (pp, op_symbol_code (code));
      write_expr (pp, gimple_assign_rhs1 (a), depth);
      break;
    case GIMPLE_BINARY_RHS:
      {
	tree rhs1 = gimple_assign_rhs1 (a), rhs2 = gimple_assign_rhs2 (a);
	write_expr (pp, rhs1, depth);
	/* "n - 1" folded into "n + -1".  */
	if (code == PLUS_EXPR && TREE_CODE (rhs2) == INTEGER_CST
	    && tree_int_cst_sgn (rhs2) < 0)
	  {
	    pp_string (pp, " - ");
	    pp_wide_int (pp, -wi::to_wide (rhs2), SIGNED);
	    break;
	  }
	pp_space (pp);
	pp_string (pp,
		   code == POINTER_PLUS_EXPR ? "+" : op_symbol_code (code));
	pp_space (pp);
	if (code != POINTER_PLUS_EXPR || !write_index (pp, rhs1, rhs2, depth))
	  write_expr (pp, rhs2, depth);
	break;
      }
    default:
      pp_string (pp, "...");
      break;
    }
}

void
write_expr (pretty_printer *pp, tree t, int depth)
{
  if (!t)
    {
      pp_string (pp, "...");
      return;
    }
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      if (!temporary_p (t))
	pp_string (pp, IDENTIFIER_POINTER (DECL_NAME (SSA_NAME_VAR (t))));
      else if (depth < max_expression_depth
	       && is_a<gassign *> (SSA_NAME_DEF_STMT (t)))
	write_rhs (pp, as_a<gassign *> (SSA_NAME_DEF_STMT (t)), depth + 1);
      else if (depth < max_expression_depth
	       && is_a<gcall *> (SSA_NAME_DEF_STMT (t)))
	write_call (pp, as_a<gcall *> (SSA_NAME_DEF_STMT (t)), depth + 1);
      else if (depth < max_expression_depth
	       && is_a<gphi *> (SSA_NAME_DEF_STMT (t)))
	write_phi (pp, as_a<gphi *> (SSA_NAME_DEF_STMT (t)), depth + 1);
      else
	pp_string (pp, "(temporary)");
      break;
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
    case FUNCTION_DECL:
    case LABEL_DECL:
    case CONST_DECL:
      pp_string (pp, decl_text (t));
      break;
    case ADDR_EXPR:
      pp_character (pp, '&');
      write_expr (pp, TREE_OPERAND (t, 0), depth);
      break;
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (t, 0);
	tree field = TREE_OPERAND (t, 1);
	const char *member = DECL_NAME (field)
				 ? IDENTIFIER_POINTER (DECL_NAME (field))
				 : "(anonymous)";
	if (TREE_CODE (base) == MEM_REF
	    && integer_zerop (TREE_OPERAND (base, 1))
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR)
	  write_pointee (pp, TREE_OPERAND (base, 0), member, depth);
	else
	  {
	    write_operand (pp, base, depth);
	    pp_character (pp, '.');
	    pp_string (pp, member);
	  }
	break;
      }
    case MEM_REF:
      {
	tree ptr = TREE_OPERAND (t, 0);
	bool at_start = integer_zerop (TREE_OPERAND (t, 1));
	if (at_start && TREE_CODE (ptr) == ADDR_EXPR)
	  write_expr (pp, TREE_OPERAND (ptr, 0), depth);
	else if (at_start)
	  write_pointee (pp, ptr, NULL, depth);
	else
	  {
	    /* A byte offset, as GCC's own dumps write it.  */
	    pp_string (pp, "*(");
	    write_expr (pp, ptr, depth);
	    pp_string (pp, " + ");
	    pp_wide_int (pp, wi::to_wide (TREE_OPERAND (t, 1)), SIGNED);
	    pp_string (pp, "B)");
	  }
	break;
      }
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
      write_operand (pp, TREE_OPERAND (t, 0), depth);
      pp_character (pp, '[');
      write_expr (pp, TREE_OPERAND (t, 1), depth);
      pp_character (pp, ']');
      break;
    case INTEGER_CST:
      pp_wide_int (pp, wi::to_wide (t), TYPE_SIGN (TREE_TYPE (t)));
      break;
    case STRING_CST:
      pp_string (pp, "\"...\"");
      break;
    case CONSTRUCTOR:
      pp_string (pp, "{...}");
      break;
    case NOP_EXPR:
    case CONVERT_EXPR:
    case VIEW_CONVERT_EXPR:
    case NON_LVALUE_EXPR:
      write_expr (pp, TREE_OPERAND (t, 0), depth);
      break;
    case BIT_FIELD_REF:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
      write_expr (pp, TREE_OPERAND (t, 0), depth);
      break;
    default:
      pp_string (pp, "...");
      break;
    }
}

/* Whether the current function returns DECL.  */
bool
returned_p (tree decl)
{
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (cfun)->preds)
  if (greturn *ret = safe_dyn_cast<greturn *> (last_stmt (e->src)))
    if (gimple_return_retval (ret) == decl)
      return true;
  return false;
}

} // anon namespace

char *
escape_return_text (tree value, tree decl)
{
  pretty_printer pp;
  pp_string (&pp, "return ");
  if (decl)
    {
      /* What the front end replaced by 0 (see adapter.h).  */
      if (TREE_CODE (TREE_TYPE (decl)) != ARRAY_TYPE)
	pp_character (&pp, '&');
      pp_string (&pp, decl_text (decl));
    }
  else
    write_expr (&pp, value, 0);
  return xstrdup (pp_formatted_text (&pp));
}

char *
escape_statement_text (gimple *stmt, bool *temporary)
{
  pretty_printer pp;
  *temporary = false;
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      {
	gassign *a = as_a<gassign *> (stmt);
	tree lhs = gimple_assign_lhs (a);
	/* Written out where it is used.  */
	if (temporary_p (lhs))
	  {
	    *temporary = true;
	    write_rhs (&pp, a, 0);
	    break;
	  }
	/* The gimplifier's "D.1 = s; ... return D.1;" for "return s;".  */
	if (VAR_P (lhs) && DECL_ARTIFICIAL (lhs) && returned_p (lhs))
	  {
	    pp_string (&pp, "return ");
	    write_rhs (&pp, a, 0);
	    break;
	  }
	write_expr (&pp, lhs, 0);
	pp_string (&pp, " = ");
	write_rhs (&pp, a, 0);
	break;
      }
    case GIMPLE_CALL:
      {
	gcall *call = as_a<gcall *> (stmt);
	tree lhs = gimple_call_lhs (call);
	if (lhs && !temporary_p (lhs))
	  {
	    write_expr (&pp, lhs, 0);
	    pp_string (&pp, " = ");
	  }
	write_call (&pp, call, 0);
	break;
      }
    case GIMPLE_RETURN:
      {
	tree value = gimple_return_retval (as_a<greturn *> (stmt));
	if (value)
	  return escape_return_text (value, NULL_TREE);
	pp_string (&pp, "return");
	break;
      }
    default:
      return NULL;
    }
  return xstrdup (pp_formatted_text (&pp));
}
