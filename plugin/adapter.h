/* adapter.h -- what the C++ files of the GCC adapter share.  Include
   after gcc-compat.h.  */

#ifndef GCC_ESCAPE_ADAPTER_H
#define GCC_ESCAPE_ADAPTER_H

#include "escape.h"

/* The plugin's settings, from its arguments.  */
struct escape_settings
{
  /* ESC_KIND_BIT of each sink kind reported.  */
  unsigned kinds;
  /* Report only the findings that are certain (not "may escape").  */
  bool certain_only;
  /* -fplugin-arg-escape-m=N: 1 notes what does not escape, 2 also what
     the analysis skipped or did not model.  */
  int m_level;
  /* -fplugin-arg-escape-json=PATH: the file or directory of the unit's
     JSON report, or NULL.  */
  const char *json_path;
  /* -fplugin-arg-escape-summaries=DIR: where units leave the summaries
     of their exported functions and read those of the others, or NULL.  */
  const char *summaries_dir;
  /* -fplugin-arg-escape-budget=PERCENT: the analysis budget of each
     function, in percent of the default.  */
  int budget_percent;
};

extern escape_settings escape_config;

/* Front end (escape-plugin.cc).  The C front end replaces "return &local;"
   by "return 0;" while parsing (c_finish_return), so the GIMPLE pass never
   sees the address.  Before genericization the plugin notes each such
   return; the reader finds the zero it became by its location.  */
tree escape_frontend_return_decl (tree fndecl, location_t loc);
bool escape_is_compound_literal (tree decl);

/* GIMPLE to the engine (gimple-reader.cc).  */
/* FUN's representation; CALLEES gets the functions with a body in this
   unit that it calls (directly, or through a pointer known to hold one
   function).  */
esc_function *escape_read_function (function *fun, vec<tree> *callees);

/* Explanations (statement-text.cc): STMT written back as C, or NULL for
   statements that move no address; for an assignment to a temporary of
   the compiler's (written out where it is used), the value, and
   *TEMPORARY set.  "return VALUE", or "return &DECL" for a return the
   front end replaced (DECL not NULL).  To free.  */
char *escape_statement_text (gimple *stmt, bool *temporary);
char *escape_return_text (tree value, tree decl);

/* Diagnostics (diagnostics.cc).  */
void escape_report_findings (esc_function *ef, function *fun);
/* Which summaries the analysis of a function did without, as they cost
   too much.  */
enum escape_cut
{
  ESCAPE_CUT_NONE,
  ESCAPE_CUT_RECURSION, /* of the functions of its recursion */
  ESCAPE_CUT_CALLS	/* of every function it calls */
};
void escape_report_analysis (esc_function *ef, function *fun,
			     enum esc_status status, enum escape_cut cut);

#endif /* GCC_ESCAPE_ADAPTER_H */
