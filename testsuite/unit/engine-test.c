/* engine-test.c -- unit tests of the analysis engine, without GCC.

   Each test builds a small function through escape.h, runs the analysis
   and checks the findings.  Prints "PASS: name" or "FAIL: name" per test
   (read by testsuite/escape.unit/unit.exp) and exits non-zero on any
   failure.  */

#include "escape.h"
#include "engine-internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void
check (int ok, const char *name)
{
  printf ("%s: %s\n", ok ? "PASS" : "FAIL", name);
  if (!ok)
    failures++;
}

static esc_loc
at (int line)
{
  esc_loc l = { "t.c", line, 1, (uint32_t) line };
  return l;
}

static esc_value
addr (int obj, int64_t offset)
{
  esc_value v = { ESC_VALUE_ADDRESS, obj, offset };
  return v;
}

static esc_value
var (int id, int64_t offset)
{
  esc_value v = { ESC_VALUE_VAR, id, offset };
  return v;
}

static const esc_value none = { ESC_VALUE_NONE, 0, 0 };
static const esc_quoting ascii = { "'", "'", NULL };

/* The finding for OBJ by SINK, or NULL.  */
static const esc_finding *
finding (esc_function *fn, int obj, enum esc_sink_kind sink)
{
  for (size_t i = 0; i < esc_finding_count (fn); i++)
    {
      const esc_finding *f = esc_finding_at (fn, i);
      if (f->object == obj && f->sink == sink)
	return f;
    }
  return NULL;
}

/* int *f (void) { int x; int *p = &x; return p; }  */
static void
test_return_copy (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int p = esc_var_new (fn);
  esc_value a = addr (x, 0);
  esc_assign (fn, 0, at (3), p, &a, 1, 0);
  esc_return (fn, 0, at (4), var (p, 0));
  check (esc_analyze (fn) == ESC_ANALYZED, "return: analyzed");
  const esc_finding *f = finding (fn, x, ESC_SINK_RETURN);
  check (f && f->loc.line == 4 && esc_finding_count (fn) == 1,
	 "return: one finding at the return");
  char *msg = esc_finding_message (fn, f, &ascii);
  check (msg
	     && strcmp (msg, "address of local variable 'x' escapes via the "
			     "return value of 'f'")
		    == 0,
	 "return: message text");
  free (msg);
  char *note = esc_object_note (fn, x, &ascii);
  check (strcmp (note, "'x' declared here") == 0, "return: note text");
  free (note);
  esc_function_destroy (fn);
}

/* void f (int c) { int x; g = &x; if (c) g = 0; [else g = 0;] }  */
static void
test_global_kill (int both_paths)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int then_b = esc_block_new (fn), else_b = esc_block_new (fn);
  int join = esc_block_new (fn);
  esc_edge (fn, 0, then_b);
  esc_edge (fn, 0, else_b);
  esc_edge (fn, then_b, join);
  esc_edge (fn, else_b, join);
  esc_store (fn, 0, at (3), addr (g, 0), addr (x, 0), 8);
  esc_store (fn, then_b, at (4), addr (g, 0), none, 8);
  if (both_paths)
    esc_store (fn, else_b, at (5), addr (g, 0), none, 8);
  esc_return (fn, join, at (6), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_GLOBAL);
  if (both_paths)
    check (f == NULL, "global: overwritten on every path is no escape");
  else
    check (f && f->loc.line == 3 && f->sink_object == g,
	   "global: overwritten on one path only escapes at the store");
  esc_function_destroy (fn);
}

/* void f (int **out) { int x; *out = &x; }  */
static void
test_param_store (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int pte = esc_param_pointee (fn, 0, "out");
  int out = esc_var_new (fn);
  esc_value a = addr (pte, 0);
  esc_assign (fn, 0, at (1), out, &a, 1, 0);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  esc_store (fn, 0, at (3), var (out, 0), addr (x, 0), 8);
  esc_return (fn, 0, at (4), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_PARAM);
  check (f && f->loc.line == 3, "param: *out = &x escapes");
  char *msg = f ? esc_finding_message (fn, f, &ascii) : NULL;
  check (msg
	     && strcmp (msg, "address of local variable 'x' escapes from "
			     "'f' through parameter 'out'")
		    == 0,
	 "param: message text");
  free (msg);
  esc_function_destroy (fn);
}

/* void f (void) { int x; n = malloc (16); n->val = &x; [gn = n | free (n)]; }
 */
static void
test_heap_container (int stored)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int gn = esc_object_new (fn, ESC_OBJ_GLOBAL, "gn", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int n = esc_var_new (fn);
  esc_value size = { ESC_VALUE_CONSTANT, 0, 16 };
  esc_call (fn, 0, at (3), "malloc", 0, -1, n, none, &size, 1);
  esc_store (fn, 0, at (4), var (n, 8), addr (x, 0), 8);
  if (stored)
    esc_store (fn, 0, at (5), addr (gn, 0), var (n, 0), 8);
  else
    {
      esc_value arg = var (n, 0);
      esc_call (fn, 0, at (5), "free", 0, -1, -1, none, &arg, 1);
    }
  esc_return (fn, 0, at (6), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_GLOBAL);
  if (stored)
    check (f && f->container >= 0
	       && esc_object_kind (fn, f->container) == ESC_OBJ_HEAP,
	   "container: heap node stored globally carries x");
  else
    check (esc_finding_count (fn) == 0, "container: freed heap node is fine");
  esc_function_destroy (fn);
}

/* void f (void) { int x; n = malloc (16); t = &x [temporary]; n->val = t;
   p = n; gn = p; }: the flow, with the statements' texts, leaves the
   temporary out.  */
static void
test_flow (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int gn = esc_object_new (fn, ESC_OBJ_GLOBAL, "gn", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int n = esc_var_new (fn), t = esc_var_new (fn), p = esc_var_new (fn);
  esc_value size = { ESC_VALUE_CONSTANT, 0, 16 };
  /* The statements' block: block 0 sets up the parameters.  */
  int b = esc_block_new (fn);
  esc_edge (fn, 0, b);
  int first = esc_insn_count (fn);
  esc_call (fn, b, at (3), "malloc", 0, -1, n, none, &size, 1);
  esc_set_statement_text (fn, first, "n = malloc(16)", 0);
  first = esc_insn_count (fn);
  esc_value a = addr (x, 0);
  esc_assign (fn, b, at (4), t, &a, 1, 0);
  esc_set_statement_text (fn, first, "&x", 1);
  first = esc_insn_count (fn);
  esc_store (fn, b, at (4), var (n, 8), var (t, 0), 8);
  esc_set_statement_text (fn, first, "n->val = &x", 0);
  first = esc_insn_count (fn);
  esc_value nv = var (n, 0);
  esc_assign (fn, b, at (5), p, &nv, 1, 0);
  esc_set_statement_text (fn, first, "p = n", 0);
  first = esc_insn_count (fn);
  esc_store (fn, b, at (6), addr (gn, 0), var (p, 0), 8);
  esc_set_statement_text (fn, first, "gn = p", 0);
  esc_return (fn, b, at (7), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_GLOBAL);
  esc_step steps[ESC_MAX_FLOW_STEPS];
  size_t nsteps = f ? esc_finding_flow (fn, f, steps, ESC_MAX_FLOW_STEPS) : 0;
  static const char *const expected[]
      = { "from &x (address-of)", "from n->val = &x (assign)",
	  "from p = n (assign)", "from gn = p (assign)" };
  static const int lines[] = { 4, 4, 5, 6 };
  int same = nsteps == 4;
  for (size_t i = 0; same && i < nsteps; i++)
    {
      char *text = esc_step_text (fn, &steps[i], &ascii);
      same = strcmp (text, expected[i]) == 0 && steps[i].loc.line == lines[i];
      free (text);
    }
  check (same, "flow: through a heap node, the temporary left out");
  /* With room for fewer steps, those nearest to where the address leaves
     are kept.  */
  nsteps = f ? esc_finding_flow (fn, f, steps, 2) : 0;
  check (nsteps == 2 && steps[1].kind == ESC_STEP_ASSIGN
	     && steps[1].loc.line == 6,
	 "flow: cut to its last steps when there is no room");
  esc_function_destroy (fn);
}

/* struct S f (void) { int y; struct S s; s.p = &y; D = s; return D; }  */
static void
test_struct_return (int overwritten)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int y = esc_object_new (fn, ESC_OBJ_LOCAL, "y", at (2), 4);
  int s = esc_object_new (fn, ESC_OBJ_LOCAL, "s", at (3), 16);
  int d = esc_object_new (fn, ESC_OBJ_TEMPORARY, NULL, at (0), 16);
  esc_store (fn, 0, at (4), addr (s, 8), addr (y, 0), 8);
  if (overwritten)
    esc_store (fn, 0, at (5), addr (s, 8), none, 8);
  esc_copy (fn, 0, at (6), addr (d, 0), addr (s, 0), 16);
  esc_return_memory (fn, 0, at (7), addr (d, 0), 16);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, y, ESC_SINK_RETURN);
  if (overwritten)
    check (esc_finding_count (fn) == 0,
	   "struct return: field overwritten before the copy");
  else
    check (f && f->loc.line == 6, "struct return: reported at the copy");
  esc_function_destroy (fn);
}

/* void f (void) { int x; use (&x); }  */
static void
test_unknown_call (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  esc_value arg = addr (x, 0);
  esc_call (fn, 0, at (3), "use", 0, -1, -1, none, &arg, 1);
  esc_return (fn, 0, at (4), none);
  check (esc_analyze (fn) == ESC_ANALYZED && esc_finding_count (fn) == 0,
	 "calls: an unknown callee does not retain its argument");
  esc_function_destroy (fn);
}

/* int *f (int n) { int a[4]; int *p = a; while (...) p++; return p; }  */
static void
test_pointer_loop (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int a = esc_object_new (fn, ESC_OBJ_LOCAL, "a", at (2), 16);
  int p0 = esc_var_new (fn), p1 = esc_var_new (fn), p2 = esc_var_new (fn);
  int head = esc_block_new (fn), body = esc_block_new (fn);
  int out = esc_block_new (fn);
  esc_edge (fn, 0, head);
  esc_edge (fn, head, body);
  esc_edge (fn, body, head);
  esc_edge (fn, head, out);
  esc_value v = addr (a, 0);
  esc_assign (fn, 0, at (3), p0, &v, 1, 0);
  esc_value phi[2] = { var (p0, 0), var (p2, 0) };
  esc_assign (fn, head, at (4), p1, phi, 2, 0);
  v = var (p1, 4);
  esc_assign (fn, body, at (5), p2, &v, 1, 0);
  esc_return (fn, out, at (6), var (p1, 0));
  check (esc_analyze (fn) == ESC_ANALYZED
	     && finding (fn, a, ESC_SINK_RETURN) != NULL,
	 "arithmetic: a pointer advanced in a loop converges and escapes");
  esc_function_destroy (fn);
}

/* A store through a pointer to one of two globals does not kill.  */
static void
test_weak_update (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g1 = esc_object_new (fn, ESC_OBJ_GLOBAL, "g1", at (0), 8);
  int g2 = esc_object_new (fn, ESC_OBJ_GLOBAL, "g2", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int p = esc_var_new (fn);
  esc_value two[2] = { addr (g1, 0), addr (g2, 0) };
  esc_assign (fn, 0, at (3), p, two, 2, 0);
  esc_store (fn, 0, at (4), addr (g1, 0), addr (x, 0), 8);
  esc_store (fn, 0, at (5), var (p, 0), none, 8);
  esc_return (fn, 0, at (6), none);
  esc_analyze (fn);
  check (finding (fn, x, ESC_SINK_GLOBAL) != NULL,
	 "updates: a store through an ambiguous pointer is weak");
  esc_function_destroy (fn);
}

/* int *tab[8]; void f (int i) { int x; tab[i] = &x; tab[i] = 0; } with
   the index I set on entry; or (IN_LOOP) set at the head of a loop whose
   body stores &x on one round and clears tab[i] on another: then the
   clear is at another index.  */
static void
test_indexed_clear (int in_loop)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int tab = esc_object_new (fn, ESC_OBJ_GLOBAL, "tab", at (0), 64);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int i = esc_var_new (fn);
  int head = esc_block_new (fn), set = esc_block_new (fn);
  int clear = esc_block_new (fn), out = esc_block_new (fn);
  esc_edge (fn, 0, head);
  if (in_loop)
    {
      esc_edge (fn, head, set);
      esc_edge (fn, head, clear);
      esc_edge (fn, set, head);
      esc_edge (fn, clear, head);
      esc_edge (fn, head, out);
    }
  else
    {
      esc_edge (fn, head, set);
      esc_edge (fn, set, clear);
      esc_edge (fn, clear, out);
    }
  int def_block = in_loop ? head : -1;
  esc_store (fn, set, at (3), addr (tab, ESC_OFFSET_UNKNOWN), addr (x, 0),
	     8);
  esc_index_last_store (fn, i, def_block, 0);
  esc_store (fn, clear, at (4), addr (tab, ESC_OFFSET_UNKNOWN), none, 8);
  esc_index_last_store (fn, i, def_block, 0);
  esc_return (fn, out, at (5), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_GLOBAL);
  if (in_loop)
    check (f != NULL, "indexed: an index set in a loop clears nothing");
  else
    check (f == NULL, "indexed: a slot cleared at the same index");
  esc_function_destroy (fn);
}

/* uintptr_t g; void f (void) { int x; g = (uintptr_t) &x; }  */
static void
test_integer_store (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  esc_store_integer (fn, 0, at (3), addr (g, 0), addr (x, 0), 8);
  esc_return (fn, 0, at (4), none);
  esc_analyze (fn);
  check (esc_finding_count (fn) == 0,
	 "integers: an address kept as an integer is not reported");
  esc_function_destroy (fn);
}

/* int *f (int c) { int x, y; int *p = c ? &x : &y; g = &x; return p; }
   and the same with "if (c) g = 0;" before the return.  */
static void
test_certainty (int reset_sometimes)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int y = esc_object_new (fn, ESC_OBJ_LOCAL, "y", at (2), 4);
  int p = esc_var_new (fn);
  esc_value two[2] = { addr (x, 0), addr (y, 0) };
  esc_assign (fn, 0, at (3), p, two, 2, 0);
  esc_store (fn, 0, at (4), addr (g, 0), addr (x, 0), 8);
  int reset = esc_block_new (fn), out = esc_block_new (fn);
  esc_edge (fn, 0, reset);
  esc_edge (fn, 0, out);
  esc_edge (fn, reset, out);
  if (reset_sometimes)
    esc_store (fn, reset, at (5), addr (g, 0), none, 8);
  esc_return (fn, out, at (6), var (p, 0));
  esc_analyze (fn);
  const esc_finding *fx = finding (fn, x, ESC_SINK_RETURN);
  const esc_finding *fy = finding (fn, y, ESC_SINK_RETURN);
  const esc_finding *fg = finding (fn, x, ESC_SINK_GLOBAL);
  if (reset_sometimes)
    check (fg && !fg->certain,
	   "certainty: overwritten on one path only may escape");
  else
    {
      check (fx && fy && !fx->certain && !fy->certain,
	     "certainty: one of two addresses returned may escape");
      check (fg && fg->certain, "certainty: a plain store escapes");
      char *msg = esc_finding_message (fn, fx, &ascii);
      check (strcmp (msg, "address of local variable 'x' may escape via "
			  "the return value of 'f'")
		 == 0,
	     "certainty: message text");
      free (msg);
    }
  esc_function_destroy (fn);
}

/* The findings of test_certainty's function as the user's settings select
   them: int *f (int c) { p = c ? &x : &y; g = &x; return p; }.  */
static void
test_findings_selected (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int y = esc_object_new (fn, ESC_OBJ_LOCAL, "y", at (2), 4);
  int p = esc_var_new (fn);
  esc_value two[2] = { addr (x, 0), addr (y, 0) };
  esc_assign (fn, 0, at (3), p, two, 2, 0);
  esc_store (fn, 0, at (4), addr (g, 0), addr (x, 0), 8);
  esc_return (fn, 0, at (6), var (p, 0));
  esc_analyze (fn);
  const esc_finding *sel[3];
  check (esc_finding_count (fn) == 3
	     && esc_findings_selected (fn, ESC_KIND_ALL, 0, sel) == 3
	     && sel[0]->sink == ESC_SINK_GLOBAL && sel[1]->object == x
	     && sel[2]->object == y && sel[2]->sink == ESC_SINK_RETURN,
	 "selected: all, in the order of the source");
  check (esc_findings_selected (fn, ESC_KIND_BIT (ESC_SINK_RETURN), 0, sel)
		 == 2
	     && sel[0]->object == x && sel[1]->object == y,
	 "selected: one kind");
  check (esc_findings_selected (fn, ESC_KIND_ALL, 1, sel) == 1
	     && sel[0]->sink == ESC_SINK_GLOBAL && sel[0]->certain,
	 "selected: certain only");
  check (esc_findings_selected (fn, ESC_KIND_BIT (ESC_SINK_RETURN), 1, sel)
	     == 0,
	 "selected: none");
  check (strcmp (esc_function_name (fn), "f") == 0
	     && esc_function_loc (fn).line == 1,
	 "function: name and location");
  esc_function_destroy (fn);
}

/* void f (void) { struct ctx c; pthread_t t;
     pthread_create (&t, 0, run, &c); [pthread_join (t, 0);] }  */
static void
test_thread (int joined)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int c = esc_object_new (fn, ESC_OBJ_LOCAL, "c", at (2), 16);
  int t = esc_object_new (fn, ESC_OBJ_LOCAL, "t", at (2), 8);
  esc_value args[4] = { addr (t, 0), none, none, addr (c, 0) };
  esc_call (fn, 0, at (3), "pthread_create", 0, -1, -1, none, args, 4);
  if (joined)
    {
      int tv = esc_var_new (fn);
      esc_load (fn, 0, at (4), tv, addr (t, 0), 8);
      esc_value jargs[2] = { var (tv, 0), none };
      esc_call (fn, 0, at (4), "pthread_join", 0, -1, -1, none, jargs, 2);
    }
  esc_return (fn, 0, at (5), none);
  esc_analyze (fn);
  const esc_finding *f = finding (fn, c, ESC_SINK_CAPTURED);
  if (joined)
    check (f == NULL, "captured: a joined thread releases its argument");
  else
    {
      check (f && f->certain && f->loc.line == 3,
	     "captured: a thread keeps its argument");
      char *msg = f ? esc_finding_message (fn, f, &ascii) : NULL;
      check (msg
		 && strcmp (msg, "address of local variable 'c' escapes "
				 "from 'f', captured by 'pthread_create'")
			== 0,
	     "captured: message text");
      free (msg);
    }
  esc_function_destroy (fn);
}

/* int f (void) { int *p; { int x; p = &x; } [{ int x; p = &x; }] return *p; }
   -- the second form names x again before the use.  */
static void
test_scope (int reentered)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  int p = esc_var_new (fn), v = esc_var_new (fn);
  esc_value a = addr (x, 0);
  esc_assign (fn, 0, at (3), p, &a, 1, 0);
  esc_clobber (fn, 0, at (4), x);
  if (reentered)
    esc_store (fn, 0, at (5), addr (x, 0), none, 4);
  esc_load (fn, 0, at (6), v, var (p, 0), 4);
  esc_return (fn, 0, at (7), var (v, 0));
  esc_analyze (fn);
  const esc_finding *f = finding (fn, x, ESC_SINK_SCOPE);
  if (reentered)
    check (f == NULL, "scope: naming the object again opens its scope");
  else
    {
      check (f && f->certain && f->loc.line == 6,
	     "scope: a use after the clobber is reported at the use");
      char *msg = f ? esc_finding_message (fn, f, &ascii) : NULL;
      check (msg
		 && strcmp (msg, "address of local variable 'x' is used in "
				 "'f' after the end of its scope")
			== 0,
	     "scope: message text");
      free (msg);
    }
  esc_function_destroy (fn);
}

static void
test_no_stack_address (void)
{
  esc_function *fn = esc_function_create ("f", at (1));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  esc_store (fn, 0, at (2), addr (g, 0), none, 8);
  esc_return (fn, 0, at (3), none);
  check (esc_analyze (fn) == ESC_SKIPPED_NO_STACK_ADDRESS,
	 "skip: a function taking no stack address is not solved");
  esc_function_destroy (fn);
}

static void
test_models (void)
{
  const esc_model *m = esc_model_lookup ("memcpy");
  check (m && m->kind == ESC_MODEL_COPY, "models: memcpy copies");
  m = esc_model_lookup ("__builtin_memcpy");
  check (m && m->kind == ESC_MODEL_COPY, "models: __builtin_ prefix");
  m = esc_model_lookup ("__builtin___strcpy_chk");
  check (m && m->kind == ESC_MODEL_RETURNS_ARG && m->arg == 0,
	 "models: _chk variants");
  m = esc_model_lookup ("strchr");
  check (m && m->kind == ESC_MODEL_RETURNS_ARG, "models: strchr");
  m = esc_model_lookup ("putenv");
  check (m && m->kind == ESC_MODEL_RETAINS && m->arg == 0,
	 "models: putenv keeps its string");
  m = esc_model_lookup ("pthread_create");
  check (m && m->kind == ESC_MODEL_THREAD_CREATE && m->arg == 3,
	 "models: pthread_create");
  check (esc_model_lookup ("register_handler") == NULL,
	 "models: unknown functions have no model");
  check (esc_model_lookup ("") == NULL && esc_model_lookup (NULL) == NULL,
	 "models: empty names");
}

/* Summaries.  The callee "keep": void keep (int *p) { g = p; }, or
   with UNLINK, void unlink (void) { g = 0; }.  */
static esc_function *
summarized_callee (const char *name, int unlink)
{
  esc_function *fn = esc_function_create (name, at (10));
  int g = esc_object_new (fn, ESC_OBJ_GLOBAL, "g", at (0), 8);
  esc_value v = none;
  if (!unlink)
    {
      int pte = esc_param_pointee (fn, 0, "p");
      int p = esc_var_new (fn);
      esc_value a = addr (pte, 0);
      esc_assign (fn, 0, at (10), p, &a, 1, 0);
      v = var (p, 0);
    }
  esc_store (fn, 0, at (11), addr (g, 0), v, 8);
  esc_return (fn, 0, at (12), none);
  return fn;
}

/* void f (void) { int x; keep (&x); [unlink ();] }  */
static esc_function *
summary_caller (const esc_summary_table *table, int unlinks)
{
  esc_function *fn = esc_function_create ("f", at (1));
  esc_function_use_summaries (fn, table);
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  esc_value arg = addr (x, 0);
  esc_call (fn, 0, at (3), "keep", 0, -1, -1, none, &arg, 1);
  if (unlinks)
    esc_call (fn, 0, at (4), "unlink", 0, -1, -1, none, NULL, 0);
  esc_return (fn, 0, at (5), none);
  esc_analyze (fn);
  return fn;
}

/* void push (struct vec *v, int *p, int n) { if (...) v->item = p; },
   where the test is on the callee's state ("v->n < 8"), or with CHOSEN
   on the value of N, which the caller chooses.  */
static esc_function *
push_callee (int chosen)
{
  esc_function *fn = esc_function_create ("push", at (20));
  int v = esc_param_pointee (fn, 0, "v");
  int pte = esc_param_pointee (fn, 1, "p");
  int p = esc_var_new (fn);
  esc_value a = addr (pte, 0);
  esc_assign (fn, 0, at (20), p, &a, 1, 0);
  int store = esc_block_new (fn), exit = esc_block_new (fn);
  esc_edge (fn, 0, store);
  esc_edge (fn, 0, exit);
  esc_edge (fn, store, exit);
  if (chosen)
    esc_block_set_caller_choice (fn, 0);
  esc_store (fn, store, at (21), addr (v, 0), var (p, 0), 8);
  esc_return (fn, exit, at (22), none);
  return fn;
}

/* void f (struct vec *v) { int x; push (v, &x, ...); }  */
static esc_function *
push_caller (const esc_summary_table *table)
{
  esc_function *fn = esc_function_create ("f", at (1));
  esc_function_use_summaries (fn, table);
  int v = esc_param_pointee (fn, 0, "v");
  int x = esc_object_new (fn, ESC_OBJ_LOCAL, "x", at (2), 4);
  esc_value args[] = { addr (v, 0), addr (x, 0) };
  esc_call (fn, 0, at (3), "push", 0, -1, -1, none, args, 2);
  esc_return (fn, 0, at (5), none);
  esc_analyze (fn);
  return fn;
}

static void
test_conditional_param_stores (void)
{
  for (int chosen = 0; chosen < 2; chosen++)
    {
      esc_summary_table *table = esc_summary_table_create ();
      esc_function *push = push_callee (chosen);
      esc_function_use_summaries (push, table);
      esc_analyze (push);
      esc_summary_publish (table, push);
      esc_function *f = push_caller (table);
      const esc_finding *found = esc_finding_count (f) == 1
				     ? esc_finding_at (f, 0)
				     : NULL;
      if (chosen)
	check (esc_finding_count (f) == 0,
	       "summary: a store the caller's arguments choose is not "
	       "applied");
      else
	check (found && found->sink == ESC_SINK_PARAM && !found->certain
		   && found->callee && strcmp (found->callee, "push") == 0,
	       "summary: a store the callee's state decides may leak");
      esc_function_destroy (f);
      esc_function_destroy (push);
      esc_summary_table_destroy (table);
    }
}

static void
test_summaries (void)
{
  esc_summary_table *table = esc_summary_table_create ();
  esc_function *keep = summarized_callee ("keep", 0);
  esc_function_use_summaries (keep, table);
  esc_analyze (keep);
  check (esc_function_has_summary (keep), "summary: keep has one");
  size_t nleaks;
  const esc_param_leak *leaks = esc_param_leaks (keep, &nleaks);
  check (nleaks == 1 && leaks[0].param == 0 && leaks[0].deref == 0
	     && leaks[0].sink == ESC_LEAK_GLOBAL && leaks[0].certain
	     && strcmp (leaks[0].sink_name, "g") == 0,
	 "summary: leaking param p into g, on every path");
  char *text = nleaks ? esc_param_leak_text (keep, &leaks[0], &ascii) : NULL;
  check (text && strcmp (text, "leaking param: p into 'g'") == 0,
	 "summary: the leak's text");
  free (text);
  check (esc_summary_publish (table, keep), "summary: published, new");
  check (!esc_summary_publish (table, keep), "summary: the same again");
  esc_function *unlink = summarized_callee ("unlink", 1);
  esc_function_use_summaries (unlink, table);
  esc_analyze (unlink);
  esc_summary_publish (table, unlink);

  esc_function *f = summary_caller (table, 0);
  const esc_finding *found = finding (f, 1 + 2, ESC_SINK_GLOBAL);
  for (size_t i = 0; !found && i < esc_finding_count (f); i++)
    found = esc_finding_at (f, i);
  check (found && found->sink == ESC_SINK_GLOBAL && found->loc.line == 3
	     && found->certain && found->callee
	     && strcmp (found->callee, "keep") == 0
	     && found->callee_loc.line == 11,
	 "summary: keep (&x) escapes at the call, from the store in keep");
  char *note = found ? esc_callee_note (f, found, &ascii) : NULL;
  check (note
	     && strcmp (note, "through the call to 'keep', which stores it "
			      "into global variable 'g'")
		    == 0,
	 "summary: the note of the call");
  free (note);
  esc_function_destroy (f);

  f = summary_caller (table, 1);
  check (esc_finding_count (f) == 0,
	 "summary: unlink () undoes keep (&x) on every path");
  esc_function_destroy (f);

  /* Across units: the same, from the summaries as JSON.  */
  const char *names[] = { "keep", "unlink" };
  char *json = esc_summaries_to_json (table, names, 2);
  esc_summary_table *other = esc_summary_table_create ();
  char *error = NULL;
  check (json && esc_summaries_from_json (other, json, &error) && !error,
	 "summary: read back from JSON");
  f = summary_caller (other, 0);
  check (esc_finding_count (f) == 1
	     && esc_finding_at (f, 0)->sink == ESC_SINK_GLOBAL,
	 "summary: from JSON, keep (&x) escapes");
  esc_function_destroy (f);
  f = summary_caller (other, 1);
  check (esc_finding_count (f) == 0, "summary: from JSON, unlink undoes it");
  esc_function_destroy (f);
  check (!esc_summaries_from_json (other, "{\"format\": \"other\"}", &error)
	     && error,
	 "summary: another format is refused");
  free (error);
  check (!esc_summaries_from_json (other, "[1,", &error) && error,
	 "summary: broken JSON is refused");
  free (error);
  free (json);
  esc_summary_table_destroy (other);
  esc_function_destroy (keep);
  esc_function_destroy (unlink);
  esc_summary_table_destroy (table);
}

/* The sorted sets under the points-to sets: merges keep them sorted and
   free of duplicates.  */
static void
test_sets (void)
{
  elem_set a = { 0 }, b = { 0 }, c = { 0 };
  for (uint32_t i = 0; i < 10; i += 2)
    {
      elem e = { i, 0, 0 };
      set_append (&a, e);
    }
  for (uint32_t i = 1; i < 12; i += 2)
    {
      elem e = { 12 - i, 0, 0 };
      set_append (&b, e);
    }
  set_normalize (&b);
  set_union_disjoint (&a, &b);
  int sorted = a.n == 11;
  for (uint32_t i = 0; sorted && i < a.n; i++)
    sorted = a.v[i].obj == i + (i == 10);
  check (sorted, "sets: a disjoint union merges in order");

  elem dup = { 4, 0, 0 }, fresh = { 4, 8, 0 };
  set_insert (&c, dup);
  set_insert (&c, fresh);
  int changed = set_union (&a, &c);
  check (changed && a.n == 12 && a.v[4].obj == 4 && a.v[4].offset == 0
	     && a.v[5].obj == 4 && a.v[5].offset == 8,
	 "sets: a union adds only what is missing");
  check (!set_union (&a, &c), "sets: a union of a subset changes nothing");
  set_free (&a);
  set_free (&b);
  set_free (&c);
}

int
main (void)
{
  test_sets ();
  test_return_copy ();
  test_global_kill (1);
  test_global_kill (0);
  test_param_store ();
  test_heap_container (1);
  test_heap_container (0);
  test_flow ();
  test_struct_return (0);
  test_struct_return (1);
  test_unknown_call ();
  test_pointer_loop ();
  test_weak_update ();
  test_indexed_clear (0);
  test_indexed_clear (1);
  test_integer_store ();
  test_certainty (0);
  test_certainty (1);
  test_findings_selected ();
  test_thread (0);
  test_thread (1);
  test_scope (0);
  test_scope (1);
  test_no_stack_address ();
  test_models ();
  test_summaries ();
  test_conditional_param_stores ();
  return failures ? 1 : 0;
}
