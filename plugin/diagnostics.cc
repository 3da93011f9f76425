/* diagnostics.cc -- turn the engine's findings into GCC warnings.  */

#include "gcc-compat.h"
#include "adapter.h"

/* GCC's -Wdangling-pointer would report the same store or use again,
   at the statement or at the address arithmetic before it: keep it quiet
   on the statements of LOC's line.  */
static void
suppress_gcc_duplicates (function *fun, location_t loc)
{
  expanded_location x = expand_location (loc);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	location_t sl = gimple_location (gsi_stmt (gsi));
	if (sl == UNKNOWN_LOCATION)
	  continue;
	expanded_location y = expand_location (sl);
	if (y.line == x.line && y.file && x.file && strcmp (y.file, x.file) == 0)
	  escape_suppress_gcc_warning (gsi_stmt (gsi));
      }
}

void
escape_report_findings (esc_function *ef, function *fun)
{
  size_t n = esc_finding_count (ef);
  if (n == 0)
    return;
  auto_vec<const esc_finding *> sorted;
  sorted.safe_grow (n);
  sorted.truncate (esc_findings_selected (ef, escape_config.kinds,
					  escape_config.certain_only,
					  sorted.address ()));
  esc_quoting quoting = { open_quote, close_quote, identifier_to_locale };
  for (const esc_finding *f : sorted)
    {
      location_t loc = f->loc.handle ? (location_t) f->loc.handle
				     : DECL_SOURCE_LOCATION (fun->decl);
      char *msg = esc_finding_message (ef, f, &quoting);
      auto_diagnostic_group group;
      if (warning_at (loc, 0, "%s", msg))
	{
	  esc_loc decl = esc_object_loc (ef, f->object);
	  char *note = esc_object_note (ef, f->object, &quoting);
	  inform (decl.handle ? (location_t) decl.handle : loc, "%s", note);
	  free (note);
	  if (f->callee)
	    {
	      /* The callee's store: in this unit, a place of its own; from
		 another unit's summary, only its file and line.  */
	      note = esc_callee_note (ef, f, &quoting);
	      if (f->callee_loc.handle)
		inform ((location_t) f->callee_loc.handle, "%s", note);
	      else if (f->callee_loc.file)
		inform (loc, "%s (at %s:%d)", note, f->callee_loc.file,
			f->callee_loc.line);
	      else
		inform (loc, "%s", note);
	      free (note);
	    }
	  if (f->container >= 0)
	    {
	      esc_loc where = esc_object_loc (ef, f->container);
	      note = esc_container_note (ef, f->container, &quoting);
	      inform (where.handle ? (location_t) where.handle : loc, "%s",
		      note);
	      free (note);
	    }
	  suppress_gcc_duplicates (fun, loc);
	}
      free (msg);
    }
}

/* The declaration of parameter INDEX of FUN, or NULL.  */
static tree
param_decl (function *fun, int index)
{
  int i = 0;
  for (tree p = DECL_ARGUMENTS (fun->decl); p; p = DECL_CHAIN (p), i++)
    if (i == index)
      return p;
  return NULL_TREE;
}

/* As Go's -m: "leaking param: p" for each way a pointer parameter
   leaves the function, at the parameter; "'p' does not escape" for a
   pointer parameter that does not.  */
static void
report_param_leaks (esc_function *ef, function *fun, const esc_quoting *q)
{
  size_t nleaks;
  const esc_param_leak *leaks = esc_param_leaks (ef, &nleaks);
  for (int i = 0; i < esc_param_count (ef); i++)
    {
      tree parm = param_decl (fun, i);
      const char *name = esc_param_name (ef, i);
      if (!parm || !name)
	continue;
      location_t where = DECL_SOURCE_LOCATION (parm);
      bool leaked = false;
      for (size_t k = 0; k < nleaks; k++)
	if (leaks[k].param == i)
	  {
	    char *text = esc_param_leak_text (ef, &leaks[k], q);
	    inform (where, "%s", text);
	    free (text);
	    leaked = true;
	  }
      if (!leaked && esc_function_has_summary (ef))
	inform (where, "%s%s%s does not escape", q->lq,
		identifier_to_locale (name), q->rq);
    }
}

/* The notes of -fplugin-arg-escape-m: at level 1, each stack object whose
   address is taken and does not escape; at level 2, also what the
   analysis skipped or did not model.  */
void
escape_report_analysis (esc_function *ef, function *fun,
			enum esc_status status)
{
  if (escape_config.m_level >= 2 && status == ESC_SKIPPED_TOO_LARGE)
    inform (DECL_SOURCE_LOCATION (fun->decl),
	    "gcc-escape: %qD is over the analysis budget and was skipped: "
	    "nothing is reported for it",
	    fun->decl);
  if (escape_config.m_level >= 2)
    {
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gimple_code (gsi_stmt (gsi)) == GIMPLE_ASM)
	    inform (gimple_location (gsi_stmt (gsi)),
		    "gcc-escape: asm statement not modelled: assumed to keep "
		    "no address");
    }
  if (escape_config.m_level < 1 || status == ESC_SKIPPED_TOO_LARGE)
    return;
  esc_quoting quoting = { open_quote, close_quote, identifier_to_locale };
  report_param_leaks (ef, fun, &quoting);
  for (int obj = 0; obj < esc_object_count (ef); obj++)
    if (esc_object_is_stack (ef, obj) && esc_object_address_taken (ef, obj)
	&& esc_object_kind (ef, obj) != ESC_OBJ_TEMPORARY
	&& !esc_object_escapes (ef, obj))
      {
	esc_loc decl = esc_object_loc (ef, obj);
	char *note = esc_object_does_not_escape (ef, obj, &quoting);
	inform (decl.handle ? (location_t) decl.handle
			    : DECL_SOURCE_LOCATION (fun->decl),
		"%s", note);
	free (note);
      }
}
