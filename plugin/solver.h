/* solver.h -- the solver's state, shared by its phases: engine.c
   (phase 1 and the transfer functions) and flow.c (phase 2).  */

#ifndef GCC_ESCAPE_SOLVER_H
#define GCC_ESCAPE_SOLVER_H

#include "engine-internal.h"

/* The analysis gives up on a function when it would do more steps than
   WORK_BASE + WORK_PER_INSN per instruction (at most WORK_MAX): real
   functions stay below (the costliest of sqlite3.c, recursive walks of
   parameters' trees, take about 1.1M); on pathological generated code
   the cost stays bounded and roughly linear in the function's size.  */
#define WORK_BASE 3000000L
#define WORK_PER_INSN 1000L
#define WORK_MAX 40000000L
#define MAX_ROUNDS 64

typedef struct block_memory block_memory;

/* What one instruction read when phase 1 last ran it: variables,
   locations (DEP_LOCATION | location) and the set of locations of an
   object (DEP_OBJECT | object).  */
#define DEP_LOCATION 0x40000000u
#define DEP_OBJECT 0x80000000u
#define DEP_INDEX(dep) ((dep) & ~(DEP_LOCATION | DEP_OBJECT))
typedef struct insn_deps
{
  uint32_t *v;
  int n, cap;
  uint64_t ran; /* the change count when it last ran; 0: never */
} insn_deps;

/* For each of a kind of thing: when it last changed, and the run of an
   instruction that last recorded reading it.  */
typedef struct change_marks
{
  uint64_t *changed;
  uint32_t *seen;
  int cap;
} change_marks;

/* What a read of every location of an object gave, and when: the tick
   then, and how many locations it had.  */
typedef struct object_read
{
  elem_set contents;
  uint64_t computed_at;
  int nlocs;
  bool valid;
} object_read;

typedef struct solver
{
  esc_function *fn;
  /* Phase 1 runs flow-insensitively: one state for every program point,
     weak updates only.  Phase 2 tracks only the locations that may hold
     stack addresses; it reads the others from phase 1's state.  */
  bool insensitive;
  bool merge_external; /* phase 1: roots are one object */
  state everywhere;    /* phase 1's state */
  char *tracked;       /* by location: tracked in phase 2 */
  int ntracked;
  /* Phase 2 (flow.c).  */
  block_memory *memory; /* by block */
  int current_block;
  bool recording;	/* noting what each block touches */
  bool reporting;	/* the last round: reporting uses of objects
			   whose scope ended */
  bool scope_candidate; /* phase 1 saw such a use */
  /* The function gets a summary: phase 2 tracks its parameters' values
     too, and leaves in EXIT_UNION what each tracked location may hold at
     some return (OBJ_INITIAL: on some path, what it held on entry).  */
  bool summarize;
  bool wants_summary; /* the function gets one */
  state exit_union;
  int *rpo;
  int nrpo;
  bool changed;
  /* Phase 1 runs an instruction again only if something it read has
     changed since it last ran.  TICK counts the changes; OBJ_NLOCS is
     how many locations each object had at the last check, as a new
     location adds its initial contents to a read of the whole object.  */
  uint64_t tick;
  change_marks var_marks, loc_marks, obj_marks;
  int *obj_nlocs;
  int cap_obj_nlocs;
  object_read *object_reads; /* by object: see read_object */
  int nobject_reads;
  insn_deps *deps;
  /* The deps of the instruction running.  */
  insn_deps *deps_of;
  uint32_t run_serial;
  long work;
  long budget;
  uint32_t store_insn; /* the store being run, or 0 */
  char *in_cycle;      /* by block, made on first use: see block_in_cycle */
  elem_set scratch;    /* scratch: var_add, read_location, phis */
  elem_set gathered;   /* scratch: read_object */
  elem_set shifted;    /* scratch: value_elements */
  elem_set targets;    /* scratch: addresses of an access */
  elem_set values;     /* scratch: values being stored */
  elem_set place_level, place_next; /* scratch: resolve_place */
  elem_set *call_sets;		    /* scratch: run_summary_call */
  int ncall_sets;
} solver;

extern const elem initial_elem;

/* engine.c */
state_entry *state_get (state *s, int loc);
const elem_set *phase2_contents (solver *sv, state *s, int loc);
void state_free (state *s);
void run_insn (solver *sv, state *s, uint32_t id);

void targets_of (solver *sv, esc_value value);
/* A must analysis over the blocks: GEN holds, for each block, K flags
   (block B's at B * K) saying what the block surely does; the result (K
   flags, to free) says what every path from the entry to every return
   does.  ONLY, when not NULL, restricts the paths to the edges of a case
   (case_info).  */
char *must_at_returns (solver *sv, const char *gen, int k, const int *only);
/* The one target in SV->targets a write may replace the contents of, or
   -1: the only one besides unknown memory, at a known offset, standing
   for one piece of memory.  Unknown memory among the targets is what
   unknown callees may have written into the pointer written through
   (engine.c, ESC_MODEL_UNKNOWN); they are assumed not to retain the
   caller's memory, so neither to have relinked it: an unlink after such
   a call still undoes the link.  */
int strong_target (solver *sv);
bool single_strong_target (solver *sv);
/* Argument I of call IN (NONE when missing), and its value when it is a
   constant (else -1).  */
esc_value call_arg (const insn *in, int i);
int64_t constant_arg (const insn *in, int i);
/* The memory write W of the summarized callee of call ID may write, in
   phase 1's terms, in SV->targets.  */
void call_write_targets (solver *sv, uint32_t id, int w);

/* alloc.c */
void find_allocations (solver *sv);

/* summary.c */
esc_summary *summary_derive (solver *sv);
/* Whether SUM, derived from phase 1, writes into its parameters' memory,
   and the function loads from an object of it that it stores an address
   into.  */
bool summary_loads_what_it_writes (solver *sv, const esc_summary *sum);
/* Whether a location of SUM may hold one of several values: the last
   write of a path may overwrite the others ("g = p; ...; g = 0;").  */
bool summary_overwrites (const esc_summary *sum);

/* flow.c */
bool solve_flow (solver *sv);
void flow_record (solver *sv, int loc, bool written);
const elem_set *flow_entry_value (const solver *sv, int loc);

#endif /* GCC_ESCAPE_SOLVER_H */
