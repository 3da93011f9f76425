/* escape-plugin.cc -- gcc-escape's entry point: checks the GCC version,
   reads the plugin arguments, and registers the front-end hook and the
   GIMPLE pass that runs the analysis on each function.  */

#include "gcc-compat.h"
#include "plugin-version.h"
#include "adapter.h"

#include <dirent.h>
#include "report.h"

#ifndef ESCAPE_VERSION
#define ESCAPE_VERSION "unknown"
#endif

int plugin_is_GPL_compatible;

escape_settings escape_config = { ESC_KIND_ALL, false, 0, NULL, NULL, 100 };

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  "gcc-escape: warns when the address of a stack object outlives its "
  "function.\n"
  "  -fplugin-arg-escape-disable=KINDS  do not report these kinds "
  "(comma-separated:\n"
  "                                     return, global, param, unknown,\n"
  "                                     captured, scope)\n"
  "  -fplugin-arg-escape-certainty=all|certain\n"
  "                                     report what may escape too (all, the\n"
  "                                     default) or only what surely escapes\n"
  "  -fplugin-arg-escape-m[=1|2]        notes: what escapes where, what does\n"
  "                                     not (1); the flow of each finding, and\n"
  "                                     what was not modelled (2)\n"
  "  -fplugin-arg-escape-json=PATH      write the unit's findings as JSON to\n"
  "                                     the file PATH, or to a file of its own\n"
  "                                     in the directory PATH\n"
  "  -fplugin-arg-escape-summaries=DIR  write the summaries of this unit's\n"
  "                                     exported functions into DIR, and use\n"
  "                                     those other units left there\n"
  "  -fplugin-arg-escape-budget=PERCENT the work allowed per function, in\n"
  "                                     percent of the default (100)"
};

/* The largest -fplugin-arg-escape-budget: a hundred times the default
   work per function is seconds on the costliest.  */
#define MAX_BUDGET_PERCENT 10000

static const char *const valid_arguments
  = "disable=KINDS, certainty=all|certain, m[=1|2], json=PATH, "
    "summaries=DIR, budget=PERCENT";

/* Front end.  */

/* A "return &local;" the C front end turned into "return 0;".  */
struct frontend_return
{
  int fn_uid;
  location_t loc;
  tree decl;
};

/* Keyed by DECL_UID, which GCC never reuses, so that entries of functions
   the pass never sees cannot be confused with others.  */
static vec<frontend_return> frontend_returns;
static hash_set<int_hash<int, -1, -2> > *compound_literal_uids;

/* The local declaration whose address the front end saw returned in
   EXPR, stripped the way c_finish_return strips it.  */
static tree
returned_local (tree expr, tree fndecl)
{
  for (;;)
    switch (TREE_CODE (expr))
      {
      CASE_CONVERT:
      case NON_LVALUE_EXPR:
      case PLUS_EXPR:
      case POINTER_PLUS_EXPR:
      case MINUS_EXPR:
	expr = TREE_OPERAND (expr, 0);
	break;
      case ADDR_EXPR:
	expr = TREE_OPERAND (expr, 0);
	while (REFERENCE_CLASS_P (expr) && !INDIRECT_REF_P (expr))
	  expr = TREE_OPERAND (expr, 0);
	if ((VAR_P (expr) || TREE_CODE (expr) == PARM_DECL)
	    && !DECL_EXTERNAL (expr) && !TREE_STATIC (expr)
	    && DECL_CONTEXT (expr) == fndecl)
	  return expr;
	return NULL_TREE;
      default:
	return NULL_TREE;
      }
}

static tree
note_frontend_facts (tree *tp, int *, void *data)
{
  tree t = *tp;
  tree fndecl = (tree) data;
  if (TREE_CODE (t) == COMPOUND_LITERAL_EXPR)
    compound_literal_uids->add (DECL_UID (COMPOUND_LITERAL_EXPR_DECL (t)));
  else if (TREE_CODE (t) == RETURN_EXPR && TREE_OPERAND (t, 0)
	   && (TREE_CODE (TREE_OPERAND (t, 0)) == MODIFY_EXPR
	       || TREE_CODE (TREE_OPERAND (t, 0)) == INIT_EXPR))
    {
      tree set = TREE_OPERAND (t, 0);
      tree value = TREE_OPERAND (set, 1);
      if (TREE_CODE (value) == COMPOUND_EXPR
	  && integer_zerop (TREE_OPERAND (value, 1)))
	if (tree decl = returned_local (TREE_OPERAND (value, 0), fndecl))
	  {
	    frontend_return r = { (int) DECL_UID (fndecl), EXPR_LOCATION (set),
				  decl };
	    frontend_returns.safe_push (r);
	  }
    }
  return NULL_TREE;
}

static void
pre_genericize (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  if (fndecl && TREE_CODE (fndecl) == FUNCTION_DECL
      && DECL_SAVED_TREE (fndecl))
    walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				  note_frontend_facts, fndecl);
}

/* Whether A and B are the same place in the source; GIMPLE locations also
   carry the lexical block, so location_t values differ.  */
static bool
same_place (location_t a, location_t b)
{
  expanded_location xa = expand_location (a), xb = expand_location (b);
  return xa.line == xb.line && xa.column == xb.column && xa.file && xb.file
	 && strcmp (xa.file, xb.file) == 0;
}

tree
escape_frontend_return_decl (tree fndecl, location_t loc)
{
  for (const frontend_return &r : frontend_returns)
    if (r.fn_uid == (int) DECL_UID (fndecl) && same_place (r.loc, loc))
      return r.decl;
  return NULL_TREE;
}

bool
escape_is_compound_literal (tree decl)
{
  return compound_literal_uids->contains ((int) DECL_UID (decl));
}

/* Forget what the front end noted about FNDECL, once read.  */
static void
forget_frontend_facts (tree fndecl)
{
  unsigned i = 0;
  while (i < frontend_returns.length ())
    if (frontend_returns[i].fn_uid == (int) DECL_UID (fndecl))
      frontend_returns.unordered_remove (i);
    else
      i++;
}

/* The JSON report, made while the unit is compiled when
   -fplugin-arg-escape-json is given.  */
static report *unit_report;

static void
cannot_write_report (char *why)
{
  error ("gcc-escape: cannot write the report %qs: %s",
	 escape_config.json_path, why);
  free (why);
}

/* What the report says about this unit; also names its summary file.  */
static report_unit
this_unit (void)
{
  report_unit unit;
  unit.source = main_input_filename;
  unit.output = dump_base_name ? dump_base_name : asm_file_name;
  unit.tool_version = ESCAPE_VERSION;
  unit.gcc_version = gcc_version.basever;
  unit.kinds = escape_config.kinds;
  unit.certain_only = escape_config.certain_only;
  unit.optimize_level = optimize;
  /* -Oz too is "s": the format has no name for it.  */
  unit.optimize_name = optimize_fast    ? "fast"
		       : optimize_debug ? "g"
		       : optimize_size  ? "s"
					: NULL;
  return unit;
}

static void
start_unit (void *, void *)
{
  /* lto1 reads functions already in SSA form: the pass never runs there,
     and an empty report must not replace those of the units.  */
  if (in_lto_p || !escape_config.json_path)
    return;
  report_unit unit = this_unit ();
  unit_report = report_create (&unit);
}

/* The summaries of the functions of this unit analysed so far: GCC runs
   the pass over callees before their callers.  */
static esc_summary_table *unit_summaries;
/* Those other units left in -fplugin-arg-escape-summaries=DIR.  */
static esc_summary_table *other_summaries;
/* The functions of this unit other units may call, with a summary.  */
static vec<char *> exported_functions;

/* The suffix of summary files in DIR; reports (.json) may share DIR.  */
static const char summary_suffix[] = ".summaries.json";

/* Read the summary files of DIR.  One that cannot be read is skipped
   with a warning: it only makes the analysis less complete.  */
static void
read_other_summaries (const char *dir)
{
  other_summaries = esc_summary_table_create ();
  esc_summary_table_set_fallback (unit_summaries, other_summaries);
  DIR *d = opendir (dir);
  if (!d)
    return;
  size_t suffix_len = strlen (summary_suffix);
  while (struct dirent *e = readdir (d))
    {
      size_t len = strlen (e->d_name);
      /* Hidden names are files being written.  */
      if (e->d_name[0] == '.' || len <= suffix_len
	  || strcmp (e->d_name + len - suffix_len, summary_suffix) != 0)
	continue;
      char *path = concat (dir, "/", e->d_name, NULL);
      char *text = NULL;
      size_t size = 0;
      FILE *f = fopen (path, "r");
      if (f)
	{
	  FILE *mem = open_memstream (&text, &size);
	  char buf[8192];
	  size_t n;
	  while ((n = fread (buf, 1, sizeof buf, f)) > 0)
	    fwrite (buf, 1, n, mem);
	  fclose (mem);
	  fclose (f);
	}
      char *why = NULL;
      if (!text)
	warning (0, "gcc-escape: cannot read the summary file %qs: %s", path,
		 xstrerror (errno));
      else if (!esc_summaries_from_json (other_summaries, text, &why))
	{
	  warning (0, "gcc-escape: ignoring the summary file %qs: %s", path,
		   why);
	  free (why);
	}
      free (text);
      free (path);
    }
  closedir (d);
}

/* Write the report and the summaries.  What cannot be written is an
   error, so that the compile fails rather than lose it.  */
static void finish_waiting (void);

static void
finish_unit (void *, void *)
{
  finish_waiting ();
  if (unit_report)
    {
      char *why = NULL;
      if (!report_write (unit_report, escape_config.json_path, &why))
	cannot_write_report (why);
      report_destroy (unit_report);
      unit_report = NULL;
    }
  if (escape_config.summaries_dir && !in_lto_p)
    {
      char *text = esc_summaries_to_json (
	  unit_summaries, exported_functions.address (),
	  (int) exported_functions.length ());
      report_unit unit = this_unit ();
      char *why = NULL;
      if (!report_write_unit_file (&unit, escape_config.summaries_dir,
				   summary_suffix, text, &why))
	{
	  error ("gcc-escape: cannot write the summaries into %qs: %s",
		 escape_config.summaries_dir, why);
	  free (why);
	}
      free (text);
    }
}

/* Attributes.  A function declared with escape_retains (N...) keeps
   its arguments N... (counting from 1) after it returns; one declared with
   escape_noretain keeps none: for functions of other units or libraries
   the analysis cannot see.  A variable declared with escape_ok is not
   reported.  contrib/escape-annotations.h wraps them in macros that
   vanish without the plugin.  */

static tree
handle_function_attribute (tree *node, tree name, tree, int,
			   bool *no_add_attrs)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE applies to functions only", name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static tree
handle_retains_attribute (tree *node, tree name, tree args, int flags,
			  bool *no_add_attrs)
{
  /* The parameters a prototype without "..." has.  */
  int nparams = -1;
  tree type = TREE_CODE (*node) == FUNCTION_DECL ? TREE_TYPE (*node)
						 : NULL_TREE;
  if (type && prototype_p (type) && !stdarg_p (type))
    {
      nparams = 0;
      for (tree t = TYPE_ARG_TYPES (type); t && !VOID_TYPE_P (TREE_VALUE (t));
	   t = TREE_CHAIN (t))
	nparams++;
    }
  for (tree a = args; a; a = TREE_CHAIN (a))
    {
      tree arg = TREE_VALUE (a);
      if (!arg || TREE_CODE (arg) != INTEGER_CST || !tree_fits_uhwi_p (arg)
	  || tree_to_uhwi (arg) < 1 || tree_to_uhwi (arg) > 16)
	{
	  error ("gcc-escape: %qE takes the numbers of arguments, from 1 to "
		 "16",
		 name);
	  *no_add_attrs = true;
	  return NULL_TREE;
	}
      if (nparams >= 0 && tree_to_uhwi (arg) > (unsigned HOST_WIDE_INT) nparams)
	{
	  error ("gcc-escape: %qE names argument %wu of %qD, which has %d",
		 name, tree_to_uhwi (arg), *node, nparams);
	  *no_add_attrs = true;
	  return NULL_TREE;
	}
    }
  return handle_function_attribute (node, name, args, flags, no_add_attrs);
}

static tree
handle_variable_attribute (tree *node, tree name, tree, int,
			   bool *no_add_attrs)
{
  if (!VAR_P (*node) && TREE_CODE (*node) != PARM_DECL)
    {
      warning (OPT_Wattributes, "%qE applies to variables only", name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static struct attribute_spec retains_attribute
  = { "escape_retains", 1, -1, true, false, false, false,
      handle_retains_attribute, NULL };
static struct attribute_spec noretain_attribute
  = { "escape_noretain", 0, 0, true, false, false, false,
      handle_function_attribute, NULL };
static struct attribute_spec ok_attribute
  = { "escape_ok", 0, 0, true, false, false, false, handle_variable_attribute,
      NULL };

static void
register_attributes (void *, void *)
{
  register_attribute (&retains_attribute);
  register_attribute (&noretain_attribute);
  register_attribute (&ok_attribute);
}

/* The pass.  */

/* How many times a recursive function is analysed again with its own
   summary, at most.  */
const int max_recursion_rounds = 4;

static const pass_data escape_pass_data = {
  GIMPLE_PASS,		/* type */
  "escape",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_PLUGIN_RUN,	/* tv_id */
  PROP_cfg | PROP_ssa,	/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0			/* todo_flags_finish */
};

/* Recursion.  A function calling itself is analysed again with its own
   summary until the summary stops changing.  Functions calling each
   other (a strongly connected component of the call graph, found once per
   unit) wait until GCC has given the pass all of them, then are analysed
   together in rounds, each with the others' latest summaries, until none
   changes; only then are they reported.  */

/* By FUNCTION_DECL: the component of a function that is in one with
   others.  */
static hash_map<tree, int> *component_of;
/* By component: how many functions it has.  */
static vec<int> component_sizes;

/* A function analysed and not reported yet.  */
struct waiting_function
{
  esc_function *ef;
  function *fun;
  int component;
  enum esc_status status;
  enum escape_cut cut;
};
static vec<waiting_function> waiting;

/* The components of more than one function of the unit's call graph,
   by Tarjan's algorithm (iterative: call chains can be deep).  */
static void
find_components (void)
{
  component_of = new hash_map<tree, int>;
  hash_map<cgraph_node *, int> index;
  auto_vec<cgraph_node *> nodes;
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      index.put (node, nodes.length ());
      nodes.safe_push (node);
    }
  int n = nodes.length ();
  /* The calls of each function, as indices.  */
  auto_vec<int> first_succ, succs;
  for (int v = 0; v < n; v++)
    {
      first_succ.safe_push (succs.length ());
      for (cgraph_edge *e = nodes[v]->callees; e; e = e->next_callee)
	if (int *w = index.get (e->callee->ultimate_alias_target ()))
	  succs.safe_push (*w);
    }
  first_succ.safe_push (succs.length ());

  auto_vec<int> number, low, next_edge, stack, path;
  auto_vec<bool> on_stack;
  number.safe_grow (n);
  low.safe_grow (n);
  next_edge.safe_grow (n);
  on_stack.safe_grow_cleared (n);
  for (int v = 0; v < n; v++)
    number[v] = -1;
  int counter = 0;
  for (int root = 0; root < n; root++)
    {
      if (number[root] >= 0)
	continue;
      path.safe_push (root);
      number[root] = low[root] = counter++;
      next_edge[root] = first_succ[root];
      stack.safe_push (root);
      on_stack[root] = true;
      while (!path.is_empty ())
	{
	  int v = path.last ();
	  if (next_edge[v] < first_succ[v + 1])
	    {
	      int w = succs[next_edge[v]++];
	      if (number[w] < 0)
		{
		  number[w] = low[w] = counter++;
		  next_edge[w] = first_succ[w];
		  stack.safe_push (w);
		  on_stack[w] = true;
		  path.safe_push (w);
		}
	      else if (on_stack[w])
		low[v] = MIN (low[v], number[w]);
	      continue;
	    }
	  path.pop ();
	  if (!path.is_empty ())
	    low[path.last ()] = MIN (low[path.last ()], low[v]);
	  if (low[v] != number[v])
	    continue;
	  /* V is the root of a component: pop it.  */
	  int size = 0;
	  unsigned bottom = stack.length ();
	  while (stack[bottom - 1] != v)
	    bottom--;
	  bottom--;
	  size = stack.length () - bottom;
	  int id = component_sizes.length ();
	  for (unsigned i = bottom; i < stack.length (); i++)
	    {
	      on_stack[stack[i]] = false;
	      if (size > 1)
		component_of->put (nodes[stack[i]]->decl, id);
	    }
	  stack.truncate (bottom);
	  if (size > 1)
	    component_sizes.safe_push (size);
	}
    }
}

/* Report FUN, analysed as EF with STATUS, and let it go.  */
static void
finish_function (esc_function *ef, function *fun, enum esc_status status,
		 enum escape_cut cut)
{
  if (status == ESC_ANALYZED)
    escape_report_findings (ef, fun);
  escape_report_analysis (ef, fun, status, cut);
  if (unit_report)
    report_add_function (unit_report, ef, status);
  if (escape_config.summaries_dir && TREE_PUBLIC (fun->decl)
      && esc_function_has_summary (ef))
    exported_functions.safe_push (xstrdup (esc_function_name (ef)));
  esc_function_destroy (ef);
  forget_frontend_facts (fun->decl);
}

/* When EF's analysis gave STATUS, over the budget with the summaries of
   the functions it calls, analyse it again without some: first without
   those of its recursion (of itself, or of the functions of COMPONENT
   when it is not -1) if RECURSIVE, then without any.  *CUT says how far
   it has gone; the status of the last analysis is returned.  */
static enum esc_status
cut_summaries (esc_function *ef, int component, bool recursive,
	       enum esc_status status, enum escape_cut *cut)
{
  if (status == ESC_SKIPPED_TOO_LARGE && recursive
      && *cut == ESCAPE_CUT_NONE)
    {
      if (component < 0)
	esc_function_forget_summary (ef, esc_function_name (ef));
      else
	for (const waiting_function &x : waiting)
	  if (x.component == component)
	    esc_function_forget_summary (ef, esc_function_name (x.ef));
      *cut = ESCAPE_CUT_RECURSION;
      status = esc_analyze (ef);
    }
  if (status == ESC_SKIPPED_TOO_LARGE && *cut != ESCAPE_CUT_CALLS
      && esc_function_applied_summaries (ef))
    {
      esc_function_forget_summary (ef, NULL);
      *cut = ESCAPE_CUT_CALLS;
      status = esc_analyze (ef);
    }
  return status;
}

/* The functions of COMPONENT, all waiting: analyse them in rounds until
   their summaries stop changing, then report them.  */
static void
finish_component (int component)
{
  bool changed = true;
  for (int round = 0; changed && round < max_recursion_rounds; round++)
    {
      changed = false;
      for (waiting_function &w : waiting)
	if (w.component == component)
	  {
	    w.status = cut_summaries (w.ef, component, true,
				      esc_analyze (w.ef), &w.cut);
	    changed |= esc_summary_publish (unit_summaries, w.ef);
	  }
    }
  unsigned i = 0;
  while (i < waiting.length ())
    if (waiting[i].component == component)
      {
	finish_function (waiting[i].ef, waiting[i].fun, waiting[i].status,
			 waiting[i].cut);
	waiting.ordered_remove (i);
      }
    else
      i++;
}

/* Functions analysed so far, and those that wait for a callee: GCC runs
   the pass over callees first, but a function called only through a
   pointer (whose target the reader knows) may come after its caller.  */
static hash_set<tree> *analysed_functions;
struct deferred_function
{
  esc_function *ef;
  function *fun;
  tree callee; /* the function waited for */
};
static vec<deferred_function> deferred;

static bool
deferred_p (tree decl)
{
  for (const deferred_function &d : deferred)
    if (d.fun->decl == decl)
      return true;
  return false;
}

/* A callee of FUN (of CALLEES) that is not analysed yet and not waiting
   itself, or NULL.  */
static tree
callee_to_wait_for (function *fun, const vec<tree> &callees)
{
  int *component = component_of->get (fun->decl);
  for (tree c : callees)
    {
      if (c == fun->decl || analysed_functions->contains (c) || deferred_p (c))
	continue;
      int *other = component_of->get (c);
      if (component && other && *component == *other)
	continue;
      return c;
    }
  return NULL_TREE;
}

static void analyse (esc_function *ef, function *fun);

/* DECL has been analysed: the functions waiting for it go on.  */
static void
resume_deferred (tree decl)
{
  analysed_functions->add (decl);
  unsigned i = 0;
  while (i < deferred.length ())
    if (deferred[i].callee == decl)
      {
	deferred_function d = deferred[i];
	deferred.ordered_remove (i);
	analyse (d.ef, d.fun);
	i = 0;
      }
    else
      i++;
}

/* Functions of a component GCC did not give the pass all of, and
   functions still waiting for a callee (none expected): report what is
   known, if their bodies are still there.  */
static void
finish_waiting (void)
{
  while (!deferred.is_empty ())
    {
      deferred_function d = deferred.pop ();
      if (d.fun->cfg)
	finish_function (d.ef, d.fun, esc_analyze (d.ef), ESCAPE_CUT_NONE);
      else
	esc_function_destroy (d.ef);
    }
  while (!waiting.is_empty ())
    {
      waiting_function w = waiting.pop ();
      if (w.fun->cfg)
	finish_function (w.ef, w.fun, w.status, w.cut);
      else
	esc_function_destroy (w.ef);
    }
}

/* Analyse FUN, read as EF, and report it, or let it wait for the other
   functions of its component.  */
static void
analyse (esc_function *ef, function *fun)
{
  enum esc_status status = esc_analyze (ef);
  bool changed = esc_summary_publish (unit_summaries, ef);
  if (int *component = component_of->get (fun->decl))
    {
      waiting_function w = { ef, fun, *component, status, ESCAPE_CUT_NONE };
      waiting.safe_push (w);
      int arrived = 0;
      for (const waiting_function &x : waiting)
	arrived += x.component == *component;
      if (arrived == component_sizes[*component])
	{
	  auto_vec<tree> members;
	  for (const waiting_function &x : waiting)
	    if (x.component == *component)
	      members.safe_push (x.fun->decl);
	  finish_component (*component);
	  for (tree m : members)
	    resume_deferred (m);
	}
      return;
    }
  enum escape_cut cut = ESCAPE_CUT_NONE;
  status = cut_summaries (ef, -1, false, status, &cut);
  if (cut != ESCAPE_CUT_NONE)
    esc_summary_publish (unit_summaries, ef);
  for (int round = 0;
       changed && cut == ESCAPE_CUT_NONE && round < max_recursion_rounds
       && esc_function_calls (ef, esc_function_name (ef));
       round++)
    {
      status = cut_summaries (ef, -1, true, esc_analyze (ef), &cut);
      /* Callers get the summary of the analysis reported.  */
      changed = esc_summary_publish (unit_summaries, ef);
    }
  tree decl = fun->decl;
  finish_function (ef, fun, status, cut);
  resume_deferred (decl);
}

class escape_pass : public gimple_opt_pass
{
public:
  explicit escape_pass (gcc::context *ctx)
    : gimple_opt_pass (escape_pass_data, ctx)
  {
  }

  unsigned int
  execute (function *fun) final override
  {
    if (!component_of)
      {
	find_components ();
	analysed_functions = new hash_set<tree>;
      }
    auto_vec<tree> callees;
    esc_function *ef = escape_read_function (fun, &callees);
    esc_function_use_summaries (ef, unit_summaries);
    /* A summary serves the calls of this unit (GCC has them all by
       now, and the functions whose address is taken), or, written out,
       those of others.  */
    cgraph_node *node = cgraph_node::get (fun->decl);
    esc_function_want_summary (
	ef, (node && (node->callers || node->address_taken))
		|| (escape_config.summaries_dir && TREE_PUBLIC (fun->decl))
		|| escape_config.m_level >= 1 || unit_report);
    if (escape_config.m_level >= 1)
      esc_function_want_allocations (ef);
    if (escape_config.budget_percent != 100)
      esc_function_set_budget (ef, escape_config.budget_percent);
    if (tree callee = callee_to_wait_for (fun, callees))
      {
	deferred_function d = { ef, fun, callee };
	deferred.safe_push (d);
	return 0;
      }
    analyse (ef, fun);
    return 0;
  }
};

/* Arguments.  */

/* "return, global, ...": the kinds' names, for messages.  */
static const char *
kind_names (void)
{
  static char names[128];
  if (!names[0])
    for (int s = ESC_SINK_RETURN; s <= ESC_SINK_SCOPE; s++)
      {
	if (s != ESC_SINK_RETURN)
	  strcat (names, ", ");
	strcat (names, esc_sink_kind_name ((enum esc_sink_kind) s));
      }
  return names;
}

static bool
parse_kinds (const char *arg, const char *list, unsigned *kinds)
{
  if (!list || !*list)
    {
      error ("gcc-escape: %<-fplugin-arg-escape-%s%> needs a value: a "
	     "comma-separated list of %s",
	     arg, kind_names ());
      return false;
    }
  *kinds = 0;
  const char *p = list;
  while (*p)
    {
      const char *end = strchr (p, ',');
      size_t len = end ? (size_t) (end - p) : strlen (p);
      bool found = false;
      for (int s = ESC_SINK_RETURN; s <= ESC_SINK_SCOPE; s++)
	{
	  const char *name = esc_sink_kind_name ((enum esc_sink_kind) s);
	  if (strlen (name) == len && strncmp (name, p, len) == 0)
	    {
	      *kinds |= ESC_KIND_BIT (s);
	      found = true;
	    }
	}
      if (!found)
	{
	  error ("gcc-escape: unknown kind %qs in "
		 "%<-fplugin-arg-escape-%s=%s%>; valid kinds are %s",
		 xstrndup (p, len), arg, list, kind_names ());
	  return false;
	}
      p += len + (end ? 1 : 0);
    }
  return true;
}

static bool
parse_arguments (const struct plugin_name_args *info)
{
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      const char *value = info->argv[i].value;
      if (strcmp (key, "disable") == 0)
	{
	  unsigned kinds;
	  if (!parse_kinds (key, value, &kinds))
	    return false;
	  escape_config.kinds &= ~kinds;
	}
      else if (strcmp (key, "m") == 0)
	{
	  if (!value || strcmp (value, "1") == 0)
	    escape_config.m_level = 1;
	  else if (strcmp (value, "2") == 0)
	    escape_config.m_level = 2;
	  else
	    {
	      error ("gcc-escape: %<-fplugin-arg-escape-m%> takes 1 or 2, "
		     "not %qs",
		     value);
	      return false;
	    }
	}
      else if (strcmp (key, "certainty") == 0)
	{
	  if (value && strcmp (value, "all") == 0)
	    escape_config.certain_only = false;
	  else if (value && strcmp (value, "certain") == 0)
	    escape_config.certain_only = true;
	  else
	    {
	      error ("gcc-escape: %<-fplugin-arg-escape-certainty%> takes "
		     "%<all%> or %<certain%>, not %qs",
		     value ? value : "");
	      return false;
	    }
	}
      else if (strcmp (key, "json") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("gcc-escape: %<-fplugin-arg-escape-json%> needs a value: "
		     "the file of the report, or a directory for it");
	      return false;
	    }
	  escape_config.json_path = value;
	}
      else if (strcmp (key, "summaries") == 0)
	{
	  if (!value || !*value)
	    {
	      error ("gcc-escape: %<-fplugin-arg-escape-summaries%> needs a "
		     "value: the directory of the summaries");
	      return false;
	    }
	  escape_config.summaries_dir = value;
	}
      else if (strcmp (key, "budget") == 0)
	{
	  char *end;
	  long percent = value ? strtol (value, &end, 10) : 0;
	  if (!value || *end || end == value || percent < 1
	      || percent > MAX_BUDGET_PERCENT)
	    {
	      error ("gcc-escape: %<-fplugin-arg-escape-budget%> takes a "
		     "percentage of the default budget, from 1 to %d, not %qs",
		     MAX_BUDGET_PERCENT, value ? value : "");
	      return false;
	    }
	  escape_config.budget_percent = (int) percent;
	}
      else
	{
	  error ("gcc-escape: unknown argument %<-fplugin-arg-%s-%s%>; valid "
		 "arguments are: %s",
		 info->base_name, key, valid_arguments);
	  return false;
	}
    }
  return true;
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("gcc-escape: built for GCC %s, cannot be loaded by GCC %s",
	     gcc_version.basever, version->basever);
      return 1;
    }
  if (!parse_arguments (info))
    return 1;
  if (escape_config.json_path)
    {
      /* Say so now, before the unit is compiled for nothing.  */
      char *why = NULL;
      if (!report_check_path (escape_config.json_path, &why))
	{
	  cannot_write_report (why);
	  return 1;
	}
    }
  unit_summaries = esc_summary_table_create ();
  if (escape_config.summaries_dir)
    {
      struct stat st;
      errno = 0;
      if (stat (escape_config.summaries_dir, &st) != 0
	  || !S_ISDIR (st.st_mode)
	  || access (escape_config.summaries_dir, W_OK | X_OK) != 0)
	{
	  error ("gcc-escape: cannot write the summaries into %qs: %s",
		 escape_config.summaries_dir,
		 errno ? xstrerror (errno) : "not a directory");
	  return 1;
	}
      read_other_summaries (escape_config.summaries_dir);
    }
  register_callback (info->base_name, PLUGIN_START_UNIT, start_unit, NULL);
  register_callback (info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);

  compound_literal_uids = new hash_set<int_hash<int, -1, -2> >;
  register_callback (info->base_name, PLUGIN_INFO, NULL, &escape_plugin_info);
  register_callback (info->base_name, PLUGIN_PRE_GENERICIZE, pre_genericize,
		     NULL);
  register_callback (info->base_name, PLUGIN_ATTRIBUTES, register_attributes,
		     NULL);
  struct register_pass_info pass_info;
  pass_info.pass = new escape_pass (g);
  pass_info.reference_pass_name = "ssa";
  pass_info.ref_pass_instance_number = 1;
  pass_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &pass_info);

  /* Every return GCC's -Wreturn-local-addr reports is reported by the
     plugin too (kind "return"): keep one of the two.  */
  if (escape_config.kinds & ESC_KIND_BIT (ESC_SINK_RETURN))
    warn_return_local_addr = 0;
  return 0;
}
