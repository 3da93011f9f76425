/* escape.h -- interface of the gcc-escape analysis engine.

   The engine is plain C11 and includes no GCC header: the GCC adapter
   (escape-plugin.cc, gimple-reader.cc) translates each function's GIMPLE
   into the small representation declared here, runs the analysis and
   turns the findings into diagnostics.  The unit tests build functions
   through the same interface without GCC.

   The representation is a control-flow graph of blocks holding a few kinds
   of instructions over two kinds of entities:

   - variables: SSA names.  Each has one definition, so its points-to set
     is computed flow-insensitively;
   - objects: pieces of memory (stack objects, globals, heap allocation
     sites, the memory parameters point to, unknown memory).  Memory is
     tracked flow-sensitively, field by field (byte offsets), so that a
     store overwritten on every path is not reported.

   See engine.c for the algorithm.  */

#ifndef GCC_ESCAPE_H
#define GCC_ESCAPE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A source location.  FILE is not copied: it must outlive the function.
   HANDLE is the adapter's own location (GCC's location_t).  */
typedef struct esc_loc
{
  const char *file;
  int line;
  int column;
  uint32_t handle;
} esc_loc;

enum esc_object_kind
{
  /* Stack objects: their address must not outlive the function.  */
  ESC_OBJ_LOCAL,		/* automatic variable */
  ESC_OBJ_PARAM,		/* parameter whose address is taken */
  ESC_OBJ_COMPOUND_LITERAL,	/* (type){...} at block scope */
  ESC_OBJ_ALLOCA,		/* memory from alloca */
  ESC_OBJ_VLA,			/* variable-length array */
  ESC_OBJ_NESTED_FUNCTION,	/* a GNU C nested function's trampoline,
				   on its parent's stack */
  ESC_OBJ_TEMPORARY,		/* compiler temporary, never named */
  /* Memory that outlives the function.  */
  ESC_OBJ_RESULT,		/* the return slot, in the caller's frame */
  ESC_OBJ_GLOBAL,		/* file-scope or extern variable */
  ESC_OBJ_STATIC,		/* function-scope static */
  ESC_OBJ_PARAM_POINTEE,	/* memory reachable from a parameter */
  ESC_OBJ_GLOBAL_POINTEE,	/* memory reachable from a global */
  ESC_OBJ_CALL_RESULT,		/* memory a called function returned */
  ESC_OBJ_CAPTURE,		/* what a library function keeps (a thread's
				   argument, putenv's string...) */
  ESC_OBJ_HEAP,			/* an allocation site */
  ESC_OBJ_UNKNOWN		/* anything else */
};

/* A byte offset that is not a known constant.  */
#define ESC_OFFSET_UNKNOWN INT64_MIN

enum esc_value_kind
{
  ESC_VALUE_NONE,	/* holds no address: constants, results of tests */
  ESC_VALUE_VAR,	/* the variable ID, plus OFFSET */
  ESC_VALUE_ADDRESS,	/* &object ID + OFFSET */
  ESC_VALUE_CONSTANT	/* an integer constant, OFFSET holds it */
};

typedef struct esc_value
{
  enum esc_value_kind kind;
  int id;
  int64_t offset;
} esc_value;

/* Facts the adapter knows about a call beside the callee's name.  */
enum esc_call_flags
{
  ESC_CALL_MALLOC = 1,		/* returns fresh memory (attribute malloc) */
  ESC_CALL_RETURNS_ARG = 2,	/* returns argument RETURNED_ARG */
  /* Declared with the plugin's attributes: keeps nothing
     (escape_noretain), or keeps argument RETAINED_ARG after it returns
     (escape_retains): instead of any model or summary.  */
  ESC_CALL_NO_RETAIN = 4,
  ESC_CALL_RETAINS = 8,
  /* The callee is a static function of this unit: the summaries of
     other units, for functions of the same name, are not its.  */
  ESC_CALL_STATIC = 16
};

enum esc_sink_kind
{
  ESC_SINK_RETURN,	/* the function's return value */
  ESC_SINK_GLOBAL,	/* a global or static variable, or memory it reaches */
  ESC_SINK_PARAM,	/* memory reachable from a parameter */
  ESC_SINK_UNKNOWN,	/* memory the analysis cannot name */
  ESC_SINK_CAPTURED,	/* kept by a called function after it returns */
  ESC_SINK_SCOPE	/* not an escape from the function: a use of a
			   block-scoped object after its block ended */
};

/* The kinds a user can select, as bits.  */
#define ESC_KIND_BIT(sink) (1u << (sink))
#define ESC_KIND_ALL                                                         \
  (ESC_KIND_BIT (ESC_SINK_RETURN) | ESC_KIND_BIT (ESC_SINK_GLOBAL)           \
   | ESC_KIND_BIT (ESC_SINK_PARAM) | ESC_KIND_BIT (ESC_SINK_UNKNOWN)         \
   | ESC_KIND_BIT (ESC_SINK_CAPTURED) | ESC_KIND_BIT (ESC_SINK_SCOPE))

/* One stack object leaving the function by one sink.  */
typedef struct esc_finding
{
  int object;			/* the stack object */
  enum esc_sink_kind sink;
  int sink_object;		/* the global, parameter pointee...; or -1 */
  int container;		/* escaped object holding OBJECT's address,
				   or -1 when the address leaves directly */
  esc_loc loc;			/* where the address leaves (for
				   ESC_SINK_SCOPE: where it is used) */
  /* Whether it surely leaves: the sink can hold no other value there,
     and (but for returns) it does so at every return of the function.
     Otherwise it may leave: on some paths, or through an
     approximation.  */
  int certain;
  /* When the address leaves through a call (LOC is the call): the
     function called, and where it stores the address (from its
     summary); otherwise NULL.  */
  const char *callee;
  esc_loc callee_loc;
  int via; /* the engine's own: which write of the callee */
  int at;  /* the engine's own: the instruction at LOC */
} esc_finding;

typedef struct esc_function esc_function;

/* Building a function.  */
esc_function *esc_function_create (const char *name, esc_loc loc);
void esc_function_destroy (esc_function *fn);
const char *esc_function_name (const esc_function *fn);
/* The size of a pointer on the target, in bytes (default: the host's).  */
void esc_function_set_pointer_size (esc_function *fn, int64_t bytes);
esc_loc esc_function_loc (const esc_function *fn);

/* A new object of KIND.  NAME is copied and may be NULL for unnamed ones;
   SIZE is in bytes, negative when unknown.  */
int esc_object_new (esc_function *fn, enum esc_object_kind kind,
		    const char *name, esc_loc decl_loc, int64_t size);
/* The object standing for the memory parameter number INDEX (NAME) points
   to; created on first use.  */
int esc_param_pointee (esc_function *fn, int index, const char *name);
/* A text about OBJ for its note: for a nested function, the variables
   of its parent it uses ("k, n").  DETAIL is copied.  */
void esc_object_set_detail (esc_function *fn, int obj, const char *detail);
/* Do not report OBJ (the escape_ok attribute): it still takes part in
   the analysis.  */
void esc_object_set_suppressed (esc_function *fn, int obj);
/* Declare that the contents of OBJ initially point to POINTEE (used for
   address-taken parameters, whose value is the caller's pointer).  */
void esc_object_set_initial_pointee (esc_function *fn, int obj, int pointee);

int esc_var_new (esc_function *fn);

/* Blocks; block 0 is the entry, created with the function.  */
int esc_block_new (esc_function *fn);
void esc_edge (esc_function *fn, int from, int to);

/* Tests of parameters, so that a summary can depend on the arguments
   of a call (a string kept or copied, as a flag asks).  */
enum esc_compare
{
  ESC_CMP_EQ,
  ESC_CMP_NE,
  ESC_CMP_LT,
  ESC_CMP_LE,
  ESC_CMP_GT,
  ESC_CMP_GE
};
/* "Parameter PARAM CMP VALUE" (signed).  */
typedef struct esc_test
{
  int param;
  enum esc_compare cmp;
  int64_t value;
} esc_test;
/* BLOCK ends in a test made of the N (at most 2) TESTS: it holds when
   all of them do (or, with ANY, one of them).  The block goes on to
   TRUE_BLOCK when it holds, else to FALSE_BLOCK (both among its
   successors).  */
void esc_block_set_test (esc_function *fn, int block, const esc_test *tests,
			 int n, int any, int true_block, int false_block);
/* BLOCK ends in a branch on the value of a parameter ("if (flag)",
   "if (p >= pool->start)", a loop up to N), other than whether a
   pointer is null: the caller chooses which way it goes.  */
void esc_block_set_caller_choice (esc_function *fn, int block);
/* Whether a value V passed for the parameter makes "CMP VALUE" hold: 1,
   0, or -1 when V does not tell (a constant tells; so does an address,
   which is not null and equals no constant a program compares with).  */
int esc_test_outcome (esc_value v, enum esc_compare cmp, int64_t value);

/* Instructions, appended to BLOCK in program order.  */
/* DST = the union of SRCS; with UNKNOWN_OFFSET, at unknown offsets
   (arithmetic whose amount is not a constant).  */
void esc_assign (esc_function *fn, int block, esc_loc loc, int dst,
		 const esc_value *srcs, int nsrcs, int unknown_offset);
/* Assignment ID (esc_insn_count before it was added) is a PHI whose
   source K comes along the edge from BLOCK, or return ID (K 0) returns
   the source of a PHI that comes so: a summary tells in which cases of
   the function's tests it is the one (a flag that chooses what is
   returned).  */
void esc_assign_set_source_block (esc_function *fn, int id, int k, int block);
/* DST = *ADDR, reading SIZE bytes; DST -1: a value that cannot hold an
   address is read (the read still uses the memory).  */
void esc_load (esc_function *fn, int block, esc_loc loc, int dst,
	       esc_value addr, int64_t size);
/* *ADDR = SRC, writing SIZE bytes (SRC NONE: a value holding no
   address, e.g. zero).  */
void esc_store (esc_function *fn, int block, esc_loc loc, esc_value addr,
		esc_value src, int64_t size);
/* As esc_store, for a store of an integer (an address cast to uintptr_t):
   kept for round trips through memory, but an integer left in memory
   that outlives the function is not reported as a dangling pointer.  */
void esc_store_integer (esc_function *fn, int block, esc_loc loc,
			esc_value addr, esc_value src, int64_t size);
/* The address of the store just added is ADDR of esc_store plus a
   multiple of variable INDEX, set once in block DEF_BLOCK (-1: the
   entry), plus OFFSET bytes (tab[i] = &x, p->slots[i].val = v): two such
   stores with the same ADDR, INDEX and OFFSET write the same memory when
   DEF_BLOCK is in no cycle of the control flow graph.  */
void esc_index_last_store (esc_function *fn, int index, int def_block,
			   int64_t offset);
/* Copy SIZE bytes (negative: unknown) from *SRC to *DST.  */
void esc_copy (esc_function *fn, int block, esc_loc loc, esc_value dst,
	       esc_value src, int64_t size);
/* A call of CALLEE (NULL when not known) with ARGS.  RESULT is the
   variable receiving a scalar result or -1; RESULT_ADDR, when not NONE,
   the memory receiving an aggregate result.  FLAGS are esc_call_flags.  */
void esc_call (esc_function *fn, int block, esc_loc loc, const char *callee,
	       unsigned flags, int returned_arg, int result,
	       esc_value result_addr, const esc_value *args, int nargs);
/* The call just added keeps argument ARG after it returns
   (escape_retains); may be called for several arguments.  */
void esc_call_retains (esc_function *fn, int arg);
/* On this path the call whose result is variable RESULT_VAR failed (a
   pthread_create that returned an error): what a modelled function
   keeps (a thread's argument, an exit handler) it did not keep.  */
void esc_call_failed (esc_function *fn, int block, esc_loc loc,
		      int result_var);
/* The scope of stack object OBJ ends here (GCC's clobber): its address
   must not be used any more until the block is entered again.  */
void esc_clobber (esc_function *fn, int block, esc_loc loc, int obj);
/* Leave the function returning VALUE (NONE for no value).  */
void esc_return (esc_function *fn, int block, esc_loc loc, esc_value value);
/* Leave the function returning the SIZE bytes at ADDR.  */
void esc_return_memory (esc_function *fn, int block, esc_loc loc,
			esc_value addr, int64_t size);

/* How the texts below quote names: with LQ and RQ around them, each
   name passed through SPELL when not NULL (GCC spells non-ASCII
   identifiers as the locale allows).  */
typedef struct esc_quoting
{
  const char *lq;
  const char *rq;
  const char *(*spell) (const char *name);
} esc_quoting;

/* Summaries (summary.c): what a function does with the memory its
   parameters point to, seen from its callers.  A summary lists the
   function's writes into memory that outlives it (through parameters,
   into globals, into memory it allocates) and what it returns, in terms
   of its parameters and globals on entry; a call of a summarized function
   applies them to the caller's memory.  Summaries are computed by
   esc_analyze and collected in a table, bottom-up: callees first.  */
typedef struct esc_summary esc_summary;
typedef struct esc_summary_table esc_summary_table;

esc_summary_table *esc_summary_table_create (void);
void esc_summary_table_destroy (esc_summary_table *table);
/* The summary of NAME in TABLE, or NULL.  */
const esc_summary *esc_summary_find (const esc_summary_table *table,
				     const char *name);
/* Add FN's summary (computed by esc_analyze) to TABLE, replacing any of
   the same name.  Returns whether it differs from the one it replaced
   (or there was none): for iterating recursive functions.  */
int esc_summary_publish (esc_summary_table *table, const esc_function *fn);
/* Summaries not in TABLE are looked up in FALLBACK (those of other
   units).  */
void esc_summary_table_set_fallback (esc_summary_table *table,
				     const esc_summary_table *fallback);
/* The summaries of NAMES (those TABLE has) as JSON text, to free.  */
char *esc_summaries_to_json (const esc_summary_table *table,
			     const char *const *names, int nnames);
/* Add the summaries of JSON TEXT to TABLE.  Returns 0 with *ERROR (to
   free) saying why when TEXT is not such a file.  */
int esc_summaries_from_json (esc_summary_table *table, const char *text,
			     char **error);
/* Let FN's calls use the summaries of TABLE.  Call before adding calls;
   TABLE must outlive FN.  */
void esc_function_use_summaries (esc_function *fn,
				 const esc_summary_table *table);
/* Whether esc_analyze computes FN's summary (by default, when FN uses
   summaries): not needed for a function nothing may call with one.  */
void esc_function_want_summary (esc_function *fn, int want);
/* Scale the work esc_analyze may do on FN before it gives up (status
   ESC_SKIPPED_TOO_LARGE) to PERCENT of the default, PERCENT > 0.  */
void esc_function_set_budget (esc_function *fn, int percent);
/* Whether FN calls a function named NAME.  */
int esc_function_calls (const esc_function *fn, const char *name);
/* From now on, FN's calls of the function named NAME (of every function:
   NULL) are analysed as calls of functions without summaries: the way
   out when applying the summaries is over the analysis budget.  */
void esc_function_forget_summary (esc_function *fn, const char *name);
/* Whether FN's last analysis applied the summary of a function it
   calls.  */
int esc_function_applied_summaries (const esc_function *fn);

/* The leaks of a parameter, as Go's -m prints them, derived from a
   summary.  */
enum esc_leak_sink
{
  ESC_LEAK_RESULT,	/* returned */
  ESC_LEAK_GLOBAL,	/* stored into a global or static variable */
  ESC_LEAK_PARAM,	/* stored into memory another parameter reaches */
  ESC_LEAK_HEAP,	/* stored into memory the function allocates and
			   returns or stores away */
  ESC_LEAK_UNKNOWN,	/* stored into memory the analysis cannot name */
  ESC_LEAK_CAPTURED	/* kept by a library function (a thread...) */
};

typedef struct esc_param_leak
{
  int param;		/* parameter index */
  int deref;		/* 0: the pointer itself; 1: what it points to...  */
  enum esc_leak_sink sink;
  int sink_param;	/* ESC_LEAK_PARAM: which parameter */
  const char *sink_name; /* the global, the capturing function, or NULL */
  int certain;		/* on every path */
  esc_loc at;		/* a store that does it (no file: not known) */
} esc_param_leak;

/* Whether esc_analyze summarized FN (small enough, and with something to
   say: pointer parameters or stores into globals).  */
int esc_function_has_summary (const esc_function *fn);
/* The leaks of FN's parameters, after esc_analyze (NULL when there are
   none); the array is FN's.  */
const esc_param_leak *esc_param_leaks (const esc_function *fn, size_t *n);
/* "leaking param: p", "leaking param content: p to result", ...  */
char *esc_param_leak_text (const esc_function *fn, const esc_param_leak *leak,
			   const esc_quoting *q);
/* Parameters: how many the function has (that the summary knows of),
   and the name of each (NULL if unnamed or not a pointer).  */
int esc_param_count (const esc_function *fn);
const char *esc_param_name (const esc_function *fn, int index);

/* Allocation sites, as Go's -m reports them (alloc.c).  Asked for
   before esc_analyze, computed by it for each heap allocation site.  */
void esc_function_want_allocations (esc_function *fn);

typedef struct esc_allocation
{
  int object;	/* the ESC_OBJ_HEAP object: its name is the allocator */
  int escapes;	/* it may outlive the function (returned, stored...) */
  int freed;	/* freed on every path to a return */
  int64_t size; /* in bytes, negative when not a constant */
} esc_allocation;

const esc_allocation *esc_allocations (const esc_function *fn, size_t *n);
/* The size of OBJ in bytes, negative when unknown.  */
int64_t esc_object_size (const esc_function *fn, int obj);

/* Analysis.  */
enum esc_status
{
  ESC_ANALYZED,
  ESC_SKIPPED_NO_STACK_ADDRESS,	/* nothing to report: no address taken */
  ESC_SKIPPED_TOO_LARGE		/* over the budget: nothing reported */
};

enum esc_status esc_analyze (esc_function *fn);

size_t esc_finding_count (const esc_function *fn);
const esc_finding *esc_finding_at (const esc_function *fn, size_t i);
/* The findings to report when the kinds KINDS (ESC_KIND_BIT of each) are
   reported, and only the certain ones if CERTAIN_ONLY: stored into OUT,
   which has room for esc_finding_count (FN) pointers, in the order of
   their locations.  Returns how many there are.  */
size_t esc_findings_selected (const esc_function *fn, unsigned kinds,
			      int certain_only, const esc_finding **out);

/* Explanations (explain.c): the flow of a finding, one step per
   instruction, from where the address is taken to where it leaves.  The
   adapter may give the text of the statements (for -m=2 and the
   reports): TEXT, copied, is the source of the instructions added since
   there were FIRST of them (esc_insn_count) and have none yet.  A
   TEMPORARY statement sets a temporary of the compiler's (TEXT is the
   value): left out of the flow, but for a dereference.  */
int esc_insn_count (const esc_function *fn);
void esc_set_statement_text (esc_function *fn, int first, const char *text,
			     int temporary);

enum esc_step_kind
{
  ESC_STEP_ADDRESS,	  /* the address is taken: &x */
  ESC_STEP_ASSIGN,	  /* an assignment, or a store or load of it */
  ESC_STEP_COPY,	  /* the memory holding it is copied (memcpy, a
			     structure assignment) */
  ESC_STEP_CALL_ARGUMENT, /* passed to a function */
  ESC_STEP_CALL_RESULT,	  /* returned by a function called */
  ESC_STEP_RETURN,	  /* returned */
  ESC_STEP_USE		  /* dereferenced (after the end of its scope) */
};

typedef struct esc_step
{
  enum esc_step_kind kind;
  esc_loc loc;
  int insn;   /* the engine's own */
  int object; /* ESC_STEP_ADDRESS: whose address */
} esc_step;

/* The most steps a flow is shown with.  */
#define ESC_MAX_FLOW_STEPS 32

/* The flow of F: at most MAX steps, in order, into OUT.  Returns how
   many.  */
size_t esc_finding_flow (const esc_function *fn, const esc_finding *f,
			 esc_step *out, size_t max);
/* The same for the leak L of a parameter of FN, from the parameter to
   where it leaves (for a function analysed here).  */
size_t esc_param_leak_flow (const esc_function *fn, const esc_param_leak *l,
			    esc_step *out, size_t max);
/* "assign", "call parameter"...  */
const char *esc_step_kind_name (enum esc_step_kind kind);

/* Describing objects.  Objects are numbered 0 .. esc_object_count - 1.  */
int esc_object_count (const esc_function *fn);
/* Whether an instruction takes the address of stack object OBJ.  */
int esc_object_address_taken (const esc_function *fn, int obj);
/* Whether a finding, after esc_analyze, says OBJ escapes.  */
int esc_object_escapes (const esc_function *fn, int obj);
enum esc_object_kind esc_object_kind (const esc_function *fn, int obj);
const char *esc_object_name (const esc_function *fn, int obj);
esc_loc esc_object_loc (const esc_function *fn, int obj);
int esc_object_is_stack (const esc_function *fn, int obj);
/* "local variable", "parameter", "compound literal"...  */
const char *esc_object_kind_text (enum esc_object_kind kind);
/* "return", "global", "param", "unknown": the names users select.  */
const char *esc_sink_kind_name (enum esc_sink_kind sink);


/* The quoting of the words stored in findings and summaries.  */
extern const esc_quoting esc_ascii_quoting;

/* Texts of a finding (describe.c); the caller frees them.  The warning:
   "address of local variable 'x' escapes via the return value of 'f'".  */
char *esc_finding_message (const esc_function *fn, const esc_finding *f,
			   const esc_quoting *q);
/* The note at the object's declaration: "'x' declared here".  */
char *esc_object_note (const esc_function *fn, int obj, const esc_quoting *q);
/* For -m, as Go's: "x does not escape", "compound literal does not
   escape"; of a finding, "address of x escapes to global variable 'g'".  */
char *esc_object_does_not_escape (const esc_function *fn, int obj,
				  const esc_quoting *q);
char *esc_object_escapes_note (const esc_function *fn, const esc_finding *f,
			       const esc_quoting *q);
/* The note of a finding through a call (F->callee not NULL): "through
   the call to 'keep', which stores it into global variable 'g'".  */
char *esc_callee_note (const esc_function *fn, const esc_finding *f,
		       const esc_quoting *q);
/* The note at a container: "its address is held by local variable 's',
   which escapes".  */
char *esc_container_note (const esc_function *fn, int obj,
			  const esc_quoting *q);
/* The head of a flow, as Go's -m -m: "g = &x", "*out = &y",
   "{result} = &buf".  */
char *esc_flow_header (const esc_function *fn, const esc_finding *f,
		       const esc_quoting *q);
/* A step of a flow, as Go's -m -m says it: "from g = &x (assign)".  */
char *esc_step_text (const esc_function *fn, const esc_step *s,
		     const esc_quoting *q);

/* Library-function models (models.c).  */
enum esc_model_kind
{
  ESC_MODEL_UNKNOWN,		/* not in the table */
  ESC_MODEL_NO_RETAIN,		/* keeps nothing, returns no address */
  ESC_MODEL_ALLOC,		/* returns fresh heap memory; with ARG, or
				   the block ARG points to, resized */
  ESC_MODEL_ALLOCA,		/* returns fresh stack memory */
  ESC_MODEL_COPY,		/* copies *arg1 to *arg0 (size arg2) */
  ESC_MODEL_SET,		/* overwrites *arg0 (size arg2), no address */
  ESC_MODEL_RETURNS_ARG,	/* returns a pointer into argument ARG */
  ESC_MODEL_RETAINS,		/* keeps argument ARG after it returns */
  ESC_MODEL_RETAINS_RETURNS,	/* both: keeps ARG, returns a pointer into it */
  ESC_MODEL_THREAD_CREATE,	/* the new thread keeps ARG and its start
				   routine (ARG - 1); *arg0 is the thread's
				   handle */
  ESC_MODEL_THREAD_JOIN,	/* the thread whose handle is ARG ends: what
				   it kept is released */
  ESC_MODEL_STREAM_BUFFER,	/* the stream arg0 keeps ARG as its buffer
				   until it gets another or is closed */
  ESC_MODEL_STREAM_CLOSE,	/* the stream arg0 is closed: its buffers
				   are released */
  ESC_MODEL_STORE,		/* stores argument ARG into *arg0, returns
				   what *arg0 held (atomic stores and
				   exchanges) */
  ESC_MODEL_STORE_MAY		/* as ESC_MODEL_STORE, on some outcomes only
				   (compare and swap) */
};

typedef struct esc_model
{
  const char *name;
  enum esc_model_kind kind;
  int arg;			/* for ESC_MODEL_RETURNS_ARG, ESC_MODEL_RETAINS,
				   ESC_MODEL_STORE...; -1 otherwise */
  unsigned also_kept;		/* ESC_MODEL_RETAINS: more arguments kept,
				   bit I for argument I (a handler, which
				   matters when a nested function's) */
} esc_model;

/* The model of the function NAME ("__builtin_" prefixes ignored), or NULL
   when the table has none.  */
const esc_model *esc_model_lookup (const char *name);

#ifdef __cplusplus
}
#endif

#endif /* GCC_ESCAPE_H */
