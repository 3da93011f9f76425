/* engine-internal.h -- data structures shared by the engine's files.  */

#ifndef GCC_ESCAPE_ENGINE_INTERNAL_H
#define GCC_ESCAPE_ENGINE_INTERNAL_H

#include "escape.h"

#include <stdbool.h>

/* The bound on the loads from a root that get objects of their own.  */
#define MAX_POINTEE_DEPTH 4
/* The same for memory a called function returned.  That memory and all
   it reaches are the caller's callers' to keep: what is stored there has
   escaped at the store, so its deeper pointees gain nothing by being told
   apart, and their number multiplies with each level (a function walking
   the trees of the results it gets would make thousands).  */
#define MAX_RESULT_POINTEE_DEPTH 2

/* The offset of a location standing for "somewhere in the object".  */
#define OFFSET_ANY UINT32_MAX
/* The offset of an object's pseudo location that says whether its scope
   has ended (see "Lifetimes" in engine.c); never a field.  */
#define OFFSET_DEAD (UINT32_MAX - 1)
/* Offsets at or above this are treated as unknown.  */
#define OFFSET_LIMIT (UINT32_MAX / 2)

/* The pseudo object a location holds before the function writes it: the
   caller's value.  Loads turn it into the object's initial pointee.  */
#define OBJ_INITIAL 0
/* The pseudo object standing for a value that holds no address (a null
   pointer, an integer): a location holding it and an address may or may
   not hold the address.  */
#define OBJ_NONE 1

/* An element of a points-to set: OBJ at byte OFFSET.  In memory contents,
   WRITER is the instruction that stored it (0 when unknown); in the sets
   of variables it is always 0.  */
typedef struct elem
{
  uint32_t obj;
  uint32_t offset;
  uint32_t writer;
} elem;

/* A set of elements, sorted.  */
typedef struct elem_set
{
  elem *v;
  uint32_t n;
  uint32_t cap;
} elem_set;

enum insn_code
{
  INSN_ASSIGN,
  INSN_LOAD,
  INSN_STORE,
  INSN_COPY,
  INSN_CALL,
  INSN_RETURN,
  INSN_RETURN_MEMORY,
  INSN_CLOBBER,
  /* Not in any block: one write of a summarized callee, applied by its
     call (DST); the writer of what the call stores, so that a finding
     knows which write of the callee it comes from.  */
  INSN_CALL_EFFECT
};

typedef struct insn
{
  enum insn_code code;
  esc_loc loc;
  int dst;	  /* variable defined, or -1 */
  esc_value addr; /* LOAD, STORE, COPY (destination), RETURN_MEMORY */
  esc_value src;  /* STORE, COPY (source), RETURN */
  int64_t size;
  esc_value *srcs; /* ASSIGN sources, CALL arguments */
  int nsrcs;
  /* ASSIGN of a PHI: by source, the block it comes from, or -1; RETURN
     of a PHI's source: the block it comes from; else NULL
     (esc_assign_set_source_block).  */
  int *src_blocks;
  bool unknown_offset;
  bool stores_integer;	  /* STORE of an address cast to an integer */
  /* STORE: see esc_index_last_store (INDEX_VAR: the variable + 1, or 0
     when the address has no such index).  */
  int index_var, index_block;
  int64_t index_offset;
  const esc_model *model; /* CALL */
  unsigned retained_args; /* CALL: escape_retains, bit I for argument I */
  int returned_arg;
  int call_object; /* CALL: heap/alloca/result object, or -1 */
  char *callee;	   /* CALL: the function called, or NULL */
  bool static_callee; /* CALL: ESC_CALL_STATIC */
  bool summary_forgotten; /* CALL: see esc_function_forget_summary */
  /* CALL of a summarized function: its summary, the first of its
     INSN_CALL_EFFECTs (one per write of the summary), and the objects
     standing for the memory it allocates and for what it captures, made
     on first use (-1 until then).  */
  const esc_summary *summary;
  int first_effect;
  int fresh_object;
  int capture_object;
  const char *text; /* see esc_set_statement_text; in fn->texts */
  bool text_temporary;
  bool at_entry; /* in block 0, where parameters are set up */
} insn;

typedef struct block
{
  /* NTESTS > 0: the block ends in a test of parameters
     (esc_block_set_test).  */
  int ntests;
  struct
  {
    esc_test of[2];
    bool any;
    int true_block, false_block;
  } test;
  bool caller_choice; /* see esc_block_set_caller_choice */
  int *insns;
  int ninsns, cap_insns;
  int *succs;
  int nsuccs, cap_succs;
  int *preds;
  int npreds, cap_preds;
} block;

typedef struct object
{
  enum esc_object_kind kind;
  char *name;
  char *detail; /* see esc_object_set_detail */
  esc_loc loc;
  int64_t size;
  int param_index;     /* PARAM_POINTEE: which parameter */
  int depth;	       /* *_POINTEE: dereferences from the root */
  int root;	       /* *_POINTEE: the global or parameter object */
  int parent_loc;      /* *_POINTEE: the location it is the initial
			  pointee of, or -1 at depth 1 */
  int initial_pointee; /* what the contents point to on entry */
  bool clobbered;      /* its scope ends inside the function */
  bool address_taken;  /* an instruction takes its address */
  bool summary;	       /* stands for many pieces of memory */
  bool suppressed;     /* see esc_object_set_suppressed */
  bool escaped;	       /* the last leak walk reached it */
  int *locs;	       /* locations of this object */
  int nlocs, cap_locs;
} object;

/* A location: an object and a byte offset (or OFFSET_ANY).  */
typedef struct location
{
  uint32_t obj;
  uint32_t offset;
  int pointee; /* see location_initial_pointee */
  bool pointee_known;
} location;

/* The memory state at a program point: for each location written so far
   on some path, what it may hold.  Locations not listed hold their
   initial contents.  Sorted by location.  */
typedef struct state_entry
{
  int loc;
  elem_set contents;
} state_entry;

typedef struct state
{
  state_entry *v;
  int n, cap;
  bool reached;
} state;

/* Cases.  What a function does may hang on its tests of parameters
   ("if (copy)", "if (xDel == SQLITE_TRANSIENT)"), which a call with a
   constant argument decides.  A case gives each of a summary's tests
   (at most MAX_SUMMARY_TESTS) an outcome: bit I of the case says that
   test I holds.  A case mask has bit C for each case C.  */
#define MAX_SUMMARY_TESTS 4
typedef uint32_t case_mask;

struct esc_function
{
  char *name;
  esc_loc loc;

  object *objects;
  int nobjects, cap_objects;
  int *param_pointees; /* by parameter index, -1 until made */
  int nparam_pointees;
  int unknown_object;
  int64_t pointer_size;

  elem_set *vars;
  int nvars, cap_vars;

  insn *insns;
  int ninsns, cap_insns;

  block *blocks;
  int nblocks, cap_blocks;

  location *locations;
  int nlocations, cap_locations;
  /* Open-addressing hash from (obj, offset) to location index + 1.  */
  int *loc_hash;
  int loc_hash_size;

  bool takes_stack_address;
  bool has_clobbers;
  bool has_stream_buffers; /* calls of setvbuf and kin */

  esc_finding *findings;
  size_t nfindings, cap_findings;

  const esc_summary_table *summaries; /* what calls may use, or NULL */
  /* The summaries that apply in the cases some calls leave
     (summary_in_cases): of BY_CASE, in CASES.  */
  struct call_summary
  {
    const esc_summary *of;
    case_mask cases;
    esc_summary *summary;
  } *case_summaries;
  int ncase_summaries, cap_case_summaries;
  esc_summary *summary;		      /* this function's, after analysis */
  bool summary_unwanted;	      /* see esc_function_want_summary */

  int budget_percent; /* see esc_function_set_budget; 0: 100 */

  bool want_allocations;
  esc_allocation *allocations;
  int nallocations;

  char **texts; /* of the statements, for explanations */
  int ntexts, cap_texts;
};

/* Summaries (summary.c).  A place is a piece of memory, or an address
   in it, in the terms of a function's entry: a root (a parameter's
   pointee, a global...), then the offsets of the locations loaded from
   it, one per dereference, then an offset in the object reached.  */
enum place_root
{
  PLACE_NONE,	 /* no address */
  PLACE_PARAM,	 /* what parameter INDEX points to */
  PLACE_GLOBAL,	 /* global variable NAME */
  PLACE_STATIC,	 /* static variable NAME */
  PLACE_FRESH,	 /* memory the function allocates */
  PLACE_UNKNOWN, /* memory the analysis cannot name */
  PLACE_CAPTURE, /* what function NAME keeps */
  PLACE_RESULT	 /* the caller's return slot */
};

typedef esc_test summary_test;

typedef struct place
{
  enum place_root root;
  int index;
  char *name;
  int depth; /* offsets in PATH */
  uint32_t path[MAX_POINTEE_DEPTH];
  uint32_t offset;
  case_mask unless; /* as a value written or returned: the cases in
		       which it is not */
  case_mask chosen; /* as a value written: the cases in which a branch
		       the caller chooses decides whether it is
		       (cases_chosen) */
} place;

/* One location the function may write: DEST, holding one of VALUES
   afterwards, or (KEEPS_OLD) on some path still what it held.  */
typedef struct summary_write
{
  place dest;
  place *values;
  int nvalues;
  bool keeps_old;
  case_mask kept_when; /* with KEEPS_OLD: the cases in which it may */
  /* The cases in which some path stores nothing there, not even a store
     that may (one into an array at a variable index).  */
  case_mask skipped_when;
  /* Applied: into what a parameter reaches, stored on some paths only,
     the callee's arguments not choosing them (add_applied_write).  */
  bool some_paths;
  esc_loc loc;	       /* a store there */
} summary_write;

struct esc_summary
{
  char *name;
  place *returns;
  int nreturns;
  summary_write *writes;
  int nwrites;
  char **param_names; /* by index, NULL when unknown */
  int nparams;
  esc_param_leak *leaks;
  int nleaks;
  /* When the function tests its parameters: its writes and returns case
     by case, before write_applies (summary.c) chose what callers apply
     (a summary with NTESTS tests, and no BY_CASE of its own); a call
     that decides some tests applies what holds in the cases left.  */
  esc_summary *by_case;
  summary_test tests[MAX_SUMMARY_TESTS];
  int ntests;
};

/* All the cases of NTESTS tests.  */
static inline case_mask
all_cases (int ntests)
{
  return (case_mask) ((1ull << (1u << ntests)) - 1);
}

/* What the cases of a function's tests do to its blocks (cases.c).  */
typedef struct case_info
{
  int ncases;
  int **only;	 /* by case, by block: the one successor taken, or -1 */
  char **reach;	 /* by case, by block: whether a path reaches it */
} case_info;

/* FN's tests of its parameters, into TESTS (*NTESTS of them), and what
   each case of them reaches, in *CI.  */
void cases_compute (const esc_function *fn, summary_test *tests, int *ntests,
		    case_info *ci);
void cases_free (case_info *ci);
/* By block of FN: the cases of CI in which a branch the caller chooses
   (esc_block_set_caller_choice) that the case leaves open decides
   whether the block runs: it is reached from one side of the branch and
   not from the other.  */
case_mask *cases_chosen (const esc_function *fn, const case_info *ci);
/* The cases of CI in which BLOCK (-1: no block) is not reached.  */
case_mask cases_unreached (const case_info *ci, int block);
/* The cases of CI in which no path goes along the edge FROM -> TO.  */
case_mask cases_edge_unused (const case_info *ci, int from, int to);
/* The cases of BY_CASE's tests that the arguments of CALL leave.  */
case_mask cases_at_call (const esc_summary *by_case, const insn *call);
/* The summary of SUM's function that applies in CASES, owned by FN
   (summary.c).  */
const esc_summary *summary_in_cases (esc_function *fn, const esc_summary *sum,
				     case_mask cases);
/* Free those, before the calls are bound again.  */
void summary_forget_cases (esc_function *fn);

void summary_free (esc_summary *s);
/* The leaks of S, once its writes and returns are there.  */
void summary_finish (esc_summary *s);
/* The summary of NAME in T itself, not in its fallback, or NULL.  */
const esc_summary *summary_table_find_own (const esc_summary_table *t,
					   const char *name);
/* Add S to T, replacing one of the same name.  */
void summary_table_put (esc_summary_table *t, esc_summary *s);
/* A copy of S owned by T, for the file names of summaries read.  */
const char *summary_table_string (esc_summary_table *t, const char *s);

/* A text made by printf's rules, to free (describe.c).  */
char *text_format (const char *fmt, ...) __attribute__ ((format (printf, 1, 2)));
/* NAME (may be NULL) as Q spells identifiers (describe.c).  */
const char *spelled (const esc_quoting *q, const char *name);

/* Growing arrays.  */
void *xgrow (void *p, int *cap, int need, size_t elem_size);
void *xmalloc_zero (size_t size);
char *xstrdup_or_null (const char *s);

/* Element sets (set.c).  */
bool set_insert (elem_set *s, elem e);
bool set_union (elem_set *dst, const elem_set *src);
/* DST |= SRC, where DST holds no element of SRC.  */
void set_union_disjoint (elem_set *dst, const elem_set *src);
bool set_equal (const elem_set *a, const elem_set *b);
void set_copy (elem_set *dst, const elem_set *src);
void set_clear (elem_set *s);
void set_append (elem_set *s, elem e);
void set_normalize (elem_set *s);
void set_free (elem_set *s);

/* Locations (ir.c).  */
int location_get (esc_function *fn, uint32_t obj, uint32_t offset);
int insn_new (esc_function *fn, enum insn_code code, esc_loc loc);
int object_new (esc_function *fn, enum esc_object_kind kind, const char *name,
		esc_loc loc, int64_t size);
int location_initial_pointee (esc_function *fn, int loc);
/* The depth from which pointees of O's kind are one object: O's own.  */
int object_depth_bound (const object *o);
bool object_is_root (const esc_function *fn, int obj);
bool object_is_stack_kind (enum esc_object_kind kind);

/* The entry of LOC in S, or NULL (engine.c).  */
state_entry *state_find (state *s, int loc);

/* Findings: the list (ir.c), the leaks (leaks.c).  */
esc_finding *finding_new (esc_function *fn, int obj, enum esc_sink_kind sink,
			  int sink_object, int container, esc_loc loc, int at,
			  bool certain);
void find_leaks (esc_function *fn, state *const *exit_states,
		 const int *exit_insns, int nexits);

#endif /* GCC_ESCAPE_ENGINE_INTERNAL_H */
