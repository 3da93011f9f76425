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

/* One step of the flow that takes an address out of a function, from the
   object's declaration to where it leaves: the warning's notes, the
   steps of its diagnostic path and, at -fplugin-arg-escape-m=2, its
   "flow:" lines.  DEPTH is 1 for a step inside a callee.  */
struct flow_step
{
  location_t loc;
  int depth;
  char *text;
};

static void
flow_steps (esc_function *ef, const esc_finding *f, location_t loc,
	    const esc_quoting *q, vec<flow_step> *steps)
{
  esc_loc decl = esc_object_loc (ef, f->object);
  flow_step s = { decl.handle ? (location_t) decl.handle : loc, 0,
		  esc_object_note (ef, f->object, q) };
  steps->safe_push (s);
  if (f->callee)
    {
      /* The callee's store: in this unit, a place of its own; from
	 another unit's summary, only its file and line.  */
      char *note = esc_callee_note (ef, f, q);
      if (f->callee_loc.handle)
	s = { (location_t) f->callee_loc.handle, 1, note };
      else if (f->callee_loc.file)
	{
	  s = { loc, 1,
		xasprintf ("%s (at %s:%d)", note, f->callee_loc.file,
			   f->callee_loc.line) };
	  free (note);
	}
      else
	s = { loc, 1, note };
      steps->safe_push (s);
    }
  if (f->container >= 0)
    {
      esc_loc where = esc_object_loc (ef, f->container);
      s = { where.handle ? (location_t) where.handle : loc, 0,
	    esc_container_note (ef, f->container, q) };
      steps->safe_push (s);
    }
}

/* The declaration of the function NAME of this unit, or NULL.  */
static tree
callee_decl (const char *name)
{
  symtab_node *node = symtab_node::get_for_asmname (get_identifier (name));
  return node && TREE_CODE (node->decl) == FUNCTION_DECL ? node->decl
							 : NULL_TREE;
}

/* The N steps FLOW, one note a step at LOC: "  from g = p (assign) at
   f.c:3:5".  */
static void
inform_steps (esc_function *ef, location_t loc, const esc_step *flow,
	      size_t n, const esc_quoting *q)
{
  for (size_t i = 0; i < n; i++)
    {
      char *text = esc_step_text (ef, &flow[i], q);
      inform (loc, "  %s at %s:%d:%d", text,
	      flow[i].loc.file ? flow[i].loc.file : "?", flow[i].loc.line,
	      flow[i].loc.column);
      free (text);
    }
}

/* At -fplugin-arg-escape-m=2, as Go's -m -m: the flow of F (its N steps
   FLOW), one line a step, from where the address is taken to where it
   leaves; then, for a call, what the callee does with it.  */
static void
report_flow (esc_function *ef, const esc_finding *f, location_t loc,
	     const esc_step *flow, size_t n, const esc_quoting *q)
{
  char *header = esc_flow_header (ef, f, q);
  inform (loc, "flow: %s:", header);
  free (header);
  inform_steps (ef, loc, flow, n, q);
  if (f->callee)
    {
      char *note = esc_callee_note (ef, f, q);
      if (f->callee_loc.file)
	inform (loc, "  %s, at %s:%d:%d", note, f->callee_loc.file,
		f->callee_loc.line, f->callee_loc.column);
      else
	inform (loc, "  %s", note);
      free (note);
    }
}

/* The N steps FLOW as events of PATH, in FUN.  */
static void
add_flow_events (esc_function *ef, const esc_step *flow, size_t n,
		 function *fun, const esc_quoting *q,
		 simple_diagnostic_path *path)
{
  for (size_t i = 0; i < n; i++)
    {
      if (!flow[i].loc.handle)
	continue;
      char *text = esc_step_text (ef, &flow[i], q);
      path->add_event ((location_t) flow[i].loc.handle, fun->decl, 0, "%s",
		       text);
      free (text);
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
      /* A store inside a system header's macro (atomic_store of
	 <stdatomic.h>) is the user's, where the macro was used: GCC
	 would not show a warning at the header's location.  */
      loc = expansion_point_location_if_in_system_header (loc);
      auto_vec<flow_step> steps;
      flow_steps (ef, f, loc, &quoting, &steps);
      /* At -m=2, the statements, for the notes and the path.  */
      esc_step flow[ESC_MAX_FLOW_STEPS];
      size_t nflow = escape_config.m_level >= 2
			 ? esc_finding_flow (ef, f, flow, ESC_MAX_FLOW_STEPS)
			 : 0;
      char *msg = esc_finding_message (ef, f, &quoting);
      auto_diagnostic_group group;
      /* Through a call, the steps are a diagnostic path rather than
	 notes, as -fanalyzer's: -fdiagnostics-path-format chooses how they
	 are shown, and GCC's JSON output has them.  */
      rich_location richloc (line_table, loc);
      pretty_printer event_pp;
      simple_diagnostic_path path (&event_pp);
      if (f->callee)
	{
	  tree callee = callee_decl (f->callee);
	  for (unsigned i = 0; i < steps.length (); i++)
	    {
	      const flow_step &step = steps[i];
	      path.add_event (step.loc,
			      step.depth && callee ? callee : fun->decl,
			      step.depth, "%s", step.text);
	      /* After the declaration, at -m=2, the statements to the
		 call.  */
	      if (i == 0)
		add_flow_events (ef, flow, nflow, fun, &quoting, &path);
	    }
	  path.add_event (loc, fun->decl, 0, "%s", msg);
	  richloc.set_path (&path);
	}
      if (warning_at (&richloc, 0, "%s", msg))
	{
	  if (!f->callee)
	    for (const flow_step &step : steps)
	      inform (step.loc, "%s", step.text);
	  if (escape_config.m_level >= 2)
	    report_flow (ef, f, loc, flow, nflow, &quoting);
	  suppress_gcc_duplicates (fun, loc);
	}
      for (flow_step &step : steps)
	free (step.text);
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
   leaves the function, at the parameter; "p does not escape" for a
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
	    if (escape_config.m_level >= 2)
	      {
		/* As Go's "flow: {heap} = p:", the statements.  */
		esc_step flow[ESC_MAX_FLOW_STEPS];
		size_t nsteps = esc_param_leak_flow (ef, &leaks[k], flow,
						     ESC_MAX_FLOW_STEPS);
		inform_steps (ef, where, flow, nsteps, q);
	      }
	    leaked = true;
	  }
      if (!leaked && esc_function_has_summary (ef))
	inform (where, "%s does not escape", identifier_to_locale (name));
    }
}

/* A stack object over this many bytes is noted as large for the stack;
   a heap allocation of at most this many that does not escape and is
   freed on every path, as a candidate for the stack.  */
const int64_t large_stack_object = 64 * 1024;
const int64_t small_allocation = 4096;

/* As Go's -m for allocations: each heap allocation site, whether it
   escapes, and, of the stack objects, those too large for it.  */
static void
report_allocations (esc_function *ef, function *fun, const esc_quoting *q)
{
  size_t n;
  const esc_allocation *sites = esc_allocations (ef, &n);
  for (size_t i = 0; i < n; i++)
    {
      const esc_allocation *a = &sites[i];
      esc_loc at = esc_object_loc (ef, a->object);
      location_t loc = at.handle ? (location_t) at.handle
				 : DECL_SOURCE_LOCATION (fun->decl);
      const char *by = esc_object_name (ef, a->object);
      by = identifier_to_locale (by ? by : "?");
      if (a->escapes)
	inform (loc, "memory allocated by %s%s%s escapes", q->lq, by, q->rq);
      else if (a->freed && a->size > 0 && a->size <= small_allocation)
	inform (loc,
		"memory allocated by %s%s%s does not escape and is freed on "
		"every path: its %wd bytes could live on the stack",
		q->lq, by, q->rq, (HOST_WIDE_INT) a->size);
      else
	inform (loc, "memory allocated by %s%s%s does not escape", q->lq, by,
		q->rq);
    }
  for (int obj = 0; obj < esc_object_count (ef); obj++)
    {
      enum esc_object_kind kind = esc_object_kind (ef, obj);
      const char *name = esc_object_name (ef, obj);
      if (!name || (kind != ESC_OBJ_LOCAL && kind != ESC_OBJ_VLA))
	continue;
      esc_loc at = esc_object_loc (ef, obj);
      location_t loc = at.handle ? (location_t) at.handle
				 : DECL_SOURCE_LOCATION (fun->decl);
      int64_t size = esc_object_size (ef, obj);
      if (kind == ESC_OBJ_VLA)
	inform (loc,
		"%s%s%s is a variable-length array: its size, decided at "
		"run time, has no bound on the stack",
		q->lq, identifier_to_locale (name), q->rq);
      else if (size > large_stack_object)
	inform (loc, "%s%s%s is %wd bytes: large for the stack", q->lq,
		identifier_to_locale (name), q->rq, (HOST_WIDE_INT) size);
    }
}

/* As Go's "moved to heap: x", at each escaping object's declaration: the
   findings reported, "address of x escapes to global variable 'g'".  */
static void
report_escapes (esc_function *ef, function *fun, const esc_quoting *q)
{
  size_t n = esc_finding_count (ef);
  auto_vec<const esc_finding *> sorted;
  sorted.safe_grow (n);
  sorted.truncate (esc_findings_selected (ef, escape_config.kinds,
					  escape_config.certain_only,
					  sorted.address ()));
  for (const esc_finding *f : sorted)
    {
      esc_loc decl = esc_object_loc (ef, f->object);
      char *note = esc_object_escapes_note (ef, f, q);
      inform (decl.handle ? (location_t) decl.handle
			  : DECL_SOURCE_LOCATION (fun->decl),
	      "%s", note);
      free (note);
    }
}

/* The notes of -fplugin-arg-escape-m: at level 1, each stack object whose
   address is taken, whether it escapes and where to; at level 2, also
   what the analysis skipped or did not model (CUT: the calls it analysed
   as calls of unknown functions).  */
void
escape_report_analysis (esc_function *ef, function *fun,
			enum esc_status status, enum escape_cut cut)
{
  if (escape_config.m_level >= 2 && status == ESC_SKIPPED_TOO_LARGE)
    inform (DECL_SOURCE_LOCATION (fun->decl),
	    "gcc-escape: %qD is over the analysis budget and was skipped: "
	    "nothing is reported for it",
	    fun->decl);
  if (escape_config.m_level >= 2 && cut == ESCAPE_CUT_RECURSION)
    inform (DECL_SOURCE_LOCATION (fun->decl),
	    "gcc-escape: following the recursion of %qD is over the analysis "
	    "budget: its recursive calls are treated as calls of unknown "
	    "functions",
	    fun->decl);
  else if (escape_config.m_level >= 2 && cut == ESCAPE_CUT_CALLS)
    inform (DECL_SOURCE_LOCATION (fun->decl),
	    "gcc-escape: applying the summaries of the functions %qD calls is "
	    "over the analysis budget: its calls are treated as calls of "
	    "unknown functions",
	    fun->decl);
  if (escape_config.m_level >= 2)
    {
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gimple_code (gsi_stmt (gsi)) == GIMPLE_ASM)
	    inform (gimple_location (gsi_stmt (gsi)),
		    "gcc-escape: %<asm%> statement not modelled: assumed to keep "
		    "no address");
    }
  if (escape_config.m_level < 1 || status == ESC_SKIPPED_TOO_LARGE)
    return;
  esc_quoting quoting = { open_quote, close_quote, identifier_to_locale };
  report_param_leaks (ef, fun, &quoting);
  report_allocations (ef, fun, &quoting);
  if (status == ESC_ANALYZED)
    report_escapes (ef, fun, &quoting);
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
