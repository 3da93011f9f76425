/* report.c -- the per-unit JSON report: each function's stack objects and
   findings as JSON (libjson-c), written at the end of the unit by
   replacing the report file at once.  The format is the one of
   contrib/escape-report/report.schema.json.  */

#include "report.h"

#include <json.h>

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct report
{
  json_object *root;
  json_object *functions; /* the root's "functions" */
  unsigned kinds;
  int certain_only;
  char *file_name; /* its name in a directory: see unit_file_name */
};

/* Names are quoted with plain apostrophes and kept as they are (UTF-8),
   whatever the locale.  */
static const esc_quoting plain_quotes = { "'", "'", NULL };

/* Text.  */

/* P, the result of an allocation.  Out of memory inside the compiler,
   there is nothing sensible to do but stop with a clear message.  */
static void *
allocated (void *p)
{
  if (!p)
    {
      fputs ("gcc-escape: out of memory\n", stderr);
      abort ();
    }
  return p;
}

/* A string made as by printf; the caller frees it.  */
static char *
text_format (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *s = allocated (n >= 0 ? malloc ((size_t) n + 1) : NULL);
  va_start (ap, fmt);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return s;
}

/* Set *ERROR to a copy of REASON and return 0.  */
static int
fail (char **error, const char *reason)
{
  *error = text_format ("%s", reason);
  return 0;
}

/* The length of the UTF-8 sequence P starts with, or 0 if P does not start
   with one (a stray byte, an overlong form, a surrogate, the end).  */
static size_t
utf8_sequence_length (const unsigned char *p)
{
  size_t n;
  uint32_t c, min;
  if (p[0] == 0)
    return 0;
  if (p[0] < 0x80)
    return 1;
  if ((p[0] & 0xe0) == 0xc0)
    n = 2, c = p[0] & 0x1f, min = 0x80;
  else if ((p[0] & 0xf0) == 0xe0)
    n = 3, c = p[0] & 0x0f, min = 0x800;
  else if ((p[0] & 0xf8) == 0xf0)
    n = 4, c = p[0] & 0x07, min = 0x10000;
  else
    return 0;
  for (size_t i = 1; i < n; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
	return 0;
      c = (c << 6) | (p[i] & 0x3f);
    }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  return n;
}

/* S as a JSON string, or null for NULL.  json-c escapes quotes,
   backslashes and control characters but copies other bytes as they are:
   a byte that does not begin valid UTF-8 (a file name in another
   encoding) becomes U+FFFD, so that the report stays valid JSON.  */
static json_object *
text_json (const char *s)
{
  if (!s)
    return NULL;
  /* A byte becomes at most the three of U+FFFD.  */
  char *buf = allocated (malloc (3 * strlen (s) + 1));
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *) s; *p;)
    {
      size_t len = utf8_sequence_length (p);
      if (len)
	{
	  memcpy (buf + n, p, len);
	  p += len;
	  n += len;
	}
      else
	{
	  memcpy (buf + n, "\xef\xbf\xbd", 3);
	  p++;
	  n += 3;
	}
    }
  json_object *j = json_object_new_string_len (buf, (int) n);
  free (buf);
  return j;
}

/* Text of the engine (esc_finding_message and the like) as JSON; frees
   TEXT.  */
static json_object *
engine_text_json (char *text)
{
  json_object *j = text_json (text);
  free (text);
  return j;
}

/* Functions.  */

/* LOC as JSON, or FALLBACK if LOC is not known.  */
static json_object *
location_json (esc_loc loc, esc_loc fallback)
{
  if (!loc.file)
    loc = fallback;
  json_object *j = json_object_new_object ();
  json_object_object_add (j, "file", text_json (loc.file));
  json_object_object_add (j, "line", json_object_new_int (loc.line));
  json_object_object_add (j, "column", json_object_new_int (loc.column));
  return j;
}

static const char *
status_name (enum esc_status status)
{
  switch (status)
    {
    case ESC_ANALYZED:
      return "analyzed";
    case ESC_SKIPPED_NO_STACK_ADDRESS:
      return "no-stack-address";
    case ESC_SKIPPED_TOO_LARGE:
      return "skipped-too-large";
    }
  return "analyzed";
}

/* The name of object OBJ, or NULL if it has none of its own: a compound
   literal, or memory the engine names after the function that allocated
   it (alloca, malloc).  */
static const char *
object_own_name (const esc_function *fn, int obj)
{
  enum esc_object_kind kind = esc_object_kind (fn, obj);
  const char *name = esc_object_name (fn, obj);
  if (kind == ESC_OBJ_COMPOUND_LITERAL || kind == ESC_OBJ_ALLOCA
      || kind == ESC_OBJ_HEAP || !name || !*name)
    return NULL;
  return name;
}

/* What F's message names as the place the address goes: the global, the
   parameter, the function that returned or keeps the memory.  NULL for a
   return, a use after the end of a scope, and memory the analysis cannot
   name.  */
static const char *
sink_name (const esc_function *fn, const esc_finding *f)
{
  if (f->sink == ESC_SINK_RETURN || f->sink == ESC_SINK_SCOPE
      || f->sink_object < 0)
    return NULL;
  switch (esc_object_kind (fn, f->sink_object))
    {
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
    case ESC_OBJ_GLOBAL_POINTEE:
    case ESC_OBJ_PARAM_POINTEE:
    case ESC_OBJ_CALL_RESULT:
    case ESC_OBJ_CAPTURE:
      /* Memory reachable from a global or a parameter carries its
	 name.  */
      return esc_object_name (fn, f->sink_object);
    default:
      return NULL;
    }
}

/* The state of stack object OBJ after the analysis: "escapes" if a
   finding says it surely does, "may escape" if one says it may.  Every
   finding counts, also those of kinds not reported: this is what the
   analysis found (as -fplugin-arg-escape-m says it).  A use after the end
   of a scope is no escape.  */
static const char *
object_state (const esc_function *fn, int obj)
{
  const char *state = "does not escape";
  for (size_t i = 0; i < esc_finding_count (fn); i++)
    {
      const esc_finding *f = esc_finding_at (fn, i);
      if (f->object != obj || f->sink == ESC_SINK_SCOPE)
	continue;
      if (f->certain)
	return "escapes";
      state = "may escape";
    }
  return state;
}

/* The stack objects of FN whose address is taken.  */
static json_object *
objects_json (const esc_function *fn, enum esc_status status)
{
  json_object *objects = json_object_new_array ();
  /* Over the budget, nothing is known of them.  */
  if (status == ESC_SKIPPED_TOO_LARGE)
    return objects;
  for (int obj = 0; obj < esc_object_count (fn); obj++)
    if (esc_object_is_stack (fn, obj) && esc_object_address_taken (fn, obj)
	&& esc_object_kind (fn, obj) != ESC_OBJ_TEMPORARY)
      {
	json_object *o = json_object_new_object ();
	json_object_object_add (o, "name",
				text_json (object_own_name (fn, obj)));
	json_object_object_add (o, "kind",
				json_object_new_string (esc_object_kind_text (
				    esc_object_kind (fn, obj))));
	json_object_object_add (
	    o, "location",
	    location_json (esc_object_loc (fn, obj), esc_function_loc (fn)));
	json_object_object_add (
	    o, "state", json_object_new_string (object_state (fn, obj)));
	json_object_array_add (objects, o);
      }
  return objects;
}

/* A step of a finding's path: TEXT (freed) at LOC, or at FALLBACK if LOC
   is not known.  */
static json_object *
step_json (esc_loc loc, esc_loc fallback, char *text)
{
  json_object *step = json_object_new_object ();
  json_object_object_add (step, "location", location_json (loc, fallback));
  json_object_object_add (step, "text", engine_text_json (text));
  return step;
}

static json_object *
finding_json (const esc_function *fn, const esc_finding *f)
{
  /* Where the diagnostics put it.  */
  esc_loc where = f->loc.file ? f->loc : esc_function_loc (fn);
  json_object *j = json_object_new_object ();
  json_object_object_add (
      j, "kind", json_object_new_string (esc_sink_kind_name (f->sink)));
  json_object_object_add (
      j, "certainty",
      json_object_new_string (f->certain ? "escapes" : "may escape"));
  json_object_object_add (j, "object",
			  text_json (object_own_name (fn, f->object)));
  json_object_object_add (j, "object_kind",
			  json_object_new_string (esc_object_kind_text (
			      esc_object_kind (fn, f->object))));
  json_object_object_add (j, "sink", text_json (sink_name (fn, f)));
  json_object_object_add (j, "container",
			  f->container >= 0
			      ? text_json (object_own_name (fn, f->container))
			      : NULL);
  json_object_object_add (
      j, "message",
      engine_text_json (esc_finding_message (fn, f, &plain_quotes)));
  json_object_object_add (j, "location", location_json (where, where));

  /* The steps of the warning (as its notes or diagnostic path), then
     the warning.  */
  json_object *path = json_object_new_array ();
  json_object_array_add (
      path, step_json (esc_object_loc (fn, f->object), where,
		       esc_object_note (fn, f->object, &plain_quotes)));
  if (f->callee)
    json_object_array_add (
	path, step_json (f->callee_loc, where,
			 esc_callee_note (fn, f, &plain_quotes)));
  if (f->container >= 0)
    json_object_array_add (
	path,
	step_json (esc_object_loc (fn, f->container), where,
		   esc_container_note (fn, f->container, &plain_quotes)));
  json_object_array_add (
      path,
      step_json (where, where, esc_finding_message (fn, f, &plain_quotes)));
  json_object_object_add (j, "path", path);

  /* The flow, as -m=2 prints it.  */
  esc_step steps[ESC_MAX_FLOW_STEPS];
  size_t nsteps = esc_finding_flow (fn, f, steps, ESC_MAX_FLOW_STEPS);
  json_object *flow = json_object_new_array ();
  for (size_t i = 0; i < nsteps; i++)
    {
      json_object *step
	  = step_json (steps[i].loc, where,
		       esc_step_text (fn, &steps[i], &plain_quotes));
      json_object_object_add (
	  step, "kind",
	  json_object_new_string (esc_step_kind_name (steps[i].kind)));
      json_object_array_add (flow, step);
    }
  json_object_object_add (j, "flow", flow);
  return j;
}

/* The findings of FN the settings of R report, in the order of the
   warnings.  */
static json_object *
findings_json (const report *r, const esc_function *fn, enum esc_status status)
{
  json_object *findings = json_object_new_array ();
  if (status != ESC_ANALYZED)
    return findings;
  /* One more, so that none is not malloc (0), which may be NULL.  */
  const esc_finding **selected
      = allocated (malloc ((esc_finding_count (fn) + 1) * sizeof *selected));
  size_t n = esc_findings_selected (fn, r->kinds, r->certain_only, selected);
  for (size_t i = 0; i < n; i++)
    json_object_array_add (findings, finding_json (fn, selected[i]));
  free (selected);
  return findings;
}

static const char *
leak_sink_name (enum esc_leak_sink sink)
{
  switch (sink)
    {
    case ESC_LEAK_RESULT:
      return "result";
    case ESC_LEAK_GLOBAL:
      return "global";
    case ESC_LEAK_PARAM:
      return "param";
    case ESC_LEAK_HEAP:
      return "heap";
    case ESC_LEAK_CAPTURED:
      return "captured";
    default:
      return "unknown";
    }
}

/* The pointer parameters of FN with their leak summaries: where each
   leaves the function, for its callers (empty when FN has no summary).  */
static json_object *
param_leaks_json (const esc_function *fn)
{
  json_object *params = json_object_new_array ();
  if (!esc_function_has_summary (fn))
    return params;
  size_t nleaks;
  const esc_param_leak *leaks = esc_param_leaks (fn, &nleaks);
  for (int i = 0; i < esc_param_count (fn); i++)
    {
      const char *name = esc_param_name (fn, i);
      if (!name)
	continue;
      json_object *p = json_object_new_object ();
      json_object_object_add (p, "index", json_object_new_int (i));
      json_object_object_add (p, "name", text_json (name));
      json_object *list = json_object_new_array ();
      for (size_t k = 0; k < nleaks; k++)
	if (leaks[k].param == i)
	  {
	    const esc_param_leak *l = &leaks[k];
	    json_object *o = json_object_new_object ();
	    json_object_object_add (o, "deref",
				    json_object_new_int (l->deref));
	    json_object_object_add (
		o, "to", json_object_new_string (leak_sink_name (l->sink)));
	    const char *target = l->sink == ESC_LEAK_PARAM
				     ? esc_param_name (fn, l->sink_param)
				     : l->sink_name;
	    json_object_object_add (o, "target",
				    target ? text_json (target) : NULL);
	    json_object_object_add (o, "certain",
				    json_object_new_boolean (l->certain));
	    json_object_array_add (list, o);
	  }
      json_object_object_add (p, "leaks", list);
      json_object_array_add (params, p);
    }
  return params;
}

void
report_add_function (report *r, const esc_function *fn, enum esc_status status)
{
  esc_loc loc = esc_function_loc (fn);
  json_object *j = json_object_new_object ();
  json_object_object_add (j, "name", text_json (esc_function_name (fn)));
  json_object_object_add (j, "location", location_json (loc, loc));
  json_object_object_add (j, "status",
			  json_object_new_string (status_name (status)));
  json_object_object_add (j, "params", param_leaks_json (fn));
  json_object_object_add (j, "objects", objects_json (fn, status));
  json_object_object_add (j, "findings", findings_json (r, fn, status));
  json_object_array_add (r->functions, j);
}

/* The unit.  */

/* PATH made absolute against the directory CWD (when known); the caller
   frees it.  */
static char *
absolute_path (const char *path, const char *cwd)
{
  if (path[0] == '/' || !cwd)
    return text_format ("%s", path);
  return text_format ("%s/%s", cwd, path);
}

/* FNV-1a (64 bits) continued from HASH over S and its terminating NUL, so
   that ("ab", "c") and ("a", "bc") differ.  */
static uint64_t
hash_text (uint64_t hash, const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  do
    {
      hash ^= *p;
      hash *= UINT64_C (0x100000001b3);
    }
  while (*p++);
  return hash;
}

/* The name of the report of the unit compiled from SOURCE into OUTPUT
   (may be NULL) in a directory: the base name of SOURCE in characters
   safe in any file name, and a hash of the absolute paths of SOURCE and
   OUTPUT ("dangling.c-0123456789abcdef.json").  Rebuilding an object
   file replaces its report; two objects from one source get two.  */
static char *
unit_file_name (const char *source, const char *output, const char *cwd,
		const char *suffix)
{
  char *source_path = realpath (source, NULL);
  if (!source_path)
    source_path = absolute_path (source, cwd);
  uint64_t hash = hash_text (UINT64_C (0xcbf29ce484222325), source_path);
  free (source_path);
  if (output)
    {
      char *output_path = absolute_path (output, cwd);
      hash = hash_text (hash, output_path);
      free (output_path);
    }

  const char *base = strrchr (source, '/');
  base = base ? base + 1 : source;
  char safe[65];
  size_t n = 0;
  for (const char *p = base; *p && n < sizeof safe - 1; p++)
    {
      char c = *p;
      int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		 || (c >= '0' && c <= '9') || c == '_' || c == '-'
		 || (c == '.' && n > 0);
      safe[n++] = keep ? c : '_';
    }
  safe[n] = 0;
  return text_format ("%s-%016" PRIx64 "%s", n ? safe : "unit", hash, suffix);
}

static json_object *
options_json (const report_unit *unit)
{
  json_object *kinds = json_object_new_array ();
  for (int s = ESC_SINK_RETURN; s <= ESC_SINK_SCOPE; s++)
    if (unit->kinds & ESC_KIND_BIT (s))
      json_object_array_add (kinds,
			     json_object_new_string (
				 esc_sink_kind_name ((enum esc_sink_kind) s)));
  json_object *j = json_object_new_object ();
  json_object_object_add (j, "kinds", kinds);
  json_object_object_add (
      j, "certainty",
      json_object_new_string (unit->certain_only ? "certain" : "all"));
  json_object_object_add (j, "optimize",
			  unit->optimize_name
			      ? json_object_new_string (unit->optimize_name)
			      : json_object_new_int (unit->optimize_level));
  return j;
}

report *
report_create (const report_unit *unit)
{
  report *r = allocated (malloc (sizeof *r));
  char *cwd = getcwd (NULL, 0);
  r->kinds = unit->kinds;
  r->certain_only = unit->certain_only;
  r->file_name = unit_file_name (unit->source, unit->output, cwd, ".json");

  json_object *u = json_object_new_object ();
  json_object_object_add (u, "source", text_json (unit->source));
  json_object_object_add (u, "directory", text_json (cwd));
  json_object_object_add (u, "output", text_json (unit->output));
  free (cwd);

  r->root = json_object_new_object ();
  r->functions = json_object_new_array ();
  json_object_object_add (r->root, "format",
			  json_object_new_string ("gcc-escape-report"));
  json_object_object_add (r->root, "version", json_object_new_int (1));
  json_object *tool = json_object_new_object ();
  json_object_object_add (tool, "name", json_object_new_string ("gcc-escape"));
  json_object_object_add (tool, "version", text_json (unit->tool_version));
  json_object_object_add (r->root, "tool", tool);
  json_object *gcc = json_object_new_object ();
  json_object_object_add (gcc, "version", text_json (unit->gcc_version));
  json_object_object_add (r->root, "gcc", gcc);
  json_object_object_add (r->root, "unit", u);
  json_object_object_add (r->root, "options", options_json (unit));
  json_object_object_add (r->root, "functions", r->functions);
  return r;
}

void
report_destroy (report *r)
{
  if (!r)
    return;
  json_object_put (r->root);
  free (r->file_name);
  free (r);
}

/* Writing.  */

/* The file, line and column of the "location" member of J.  */
static void
location_of (json_object *j, const char **file, int *line, int *column)
{
  json_object *loc, *member;
  json_object_object_get_ex (j, "location", &loc);
  *file = json_object_object_get_ex (loc, "file", &member)
	      ? json_object_get_string (member)
	      : NULL;
  *line = json_object_object_get_ex (loc, "line", &member)
	      ? json_object_get_int (member)
	      : 0;
  *column = json_object_object_get_ex (loc, "column", &member)
		? json_object_get_int (member)
		: 0;
}

/* For json_object_array_sort: functions in the order of the source
   (GCC analyses them in the order of its call graph, callees first).  */
static int
compare_functions (const void *a, const void *b)
{
  const char *file_a, *file_b;
  int line_a, line_b, column_a, column_b;
  location_of (*(json_object *const *) a, &file_a, &line_a, &column_a);
  location_of (*(json_object *const *) b, &file_b, &line_b, &column_b);
  int by_file = strcmp (file_a ? file_a : "", file_b ? file_b : "");
  if (by_file != 0)
    return by_file;
  if (line_a != line_b)
    return line_a < line_b ? -1 : 1;
  return column_a < column_b ? -1 : column_a > column_b;
}

/* Whether reports go into the directory PATH rather than into the file
   PATH.  */
static int
names_directory (const char *path)
{
  size_t len = strlen (path);
  struct stat st;
  return (len > 0 && path[len - 1] == '/')
	 || (stat (path, &st) == 0 && S_ISDIR (st.st_mode));
}

/* The directory of the file PATH ("." for a bare name); the caller frees
   it.  */
static char *
directory_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  if (!slash)
    return text_format (".");
  if (slash == path)
    return text_format ("/");
  return text_format ("%.*s", (int) (slash - path), path);
}

/* Whether files can be made in the directory DIR; if not, *ERROR says
   why.  */
static int
writable_directory (const char *dir, char **error)
{
  struct stat st;
  if (stat (dir, &st) != 0)
    return fail (error, strerror (errno));
  if (!S_ISDIR (st.st_mode))
    return fail (error, strerror (ENOTDIR));
  if (access (dir, W_OK | X_OK) != 0)
    return fail (error, strerror (errno));
  return 1;
}

int
report_check_path (const char *path, char **error)
{
  if (names_directory (path))
    return writable_directory (path, error);
  /* The report replaces the file: not a device such as /dev/null.  */
  struct stat st;
  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    return fail (error, "not a regular file or a directory");
  char *dir = directory_of (path);
  int ok = writable_directory (dir, error);
  free (dir);
  return ok;
}

static int
write_all (int fd, const char *s, size_t n)
{
  while (n > 0)
    {
      ssize_t k = write (fd, s, n);
      if (k < 0 && errno == EINTR)
	continue;
      if (k < 0)
	return 0;
      s += k;
      n -= (size_t) k;
    }
  return 1;
}

/* Write TEXT into a new file made from the mkstemp template TEMP, in the
   directory of TARGET, then rename it to TARGET: rename replaces the file
   at once, so that compilers writing one report in parallel, or one
   interrupted, never leave a part of one or a mix.  */
static int
replace_file (const char *target, char *temp, const char *text, char **error)
{
  int fd = mkstemp (temp);
  if (fd < 0)
    return fail (error, strerror (errno));
  /* mkstemp makes the file private; make it as readable as any file the
     compiler writes.  */
  mode_t mask = umask (0);
  umask (mask);
  int err = 0;
  if (fchmod (fd, 0666 & ~mask) != 0 || !write_all (fd, text, strlen (text))
      || !write_all (fd, "\n", 1))
    err = errno;
  if (close (fd) != 0 && !err)
    err = errno;
  if (!err && rename (temp, target) != 0)
    err = errno;
  if (err)
    {
      unlink (temp);
      return fail (error, strerror (err));
    }
  return 1;
}

/* Write TEXT to the file TARGET, replacing it at once.  */
static int
write_replacing (const char *target, const char *text, char **error)
{
  /* A hidden name beside the file, so that a reader looking for *.json
     never takes it for one.  */
  char *dir = directory_of (target);
  const char *slash = strrchr (target, '/');
  char *temp = text_format ("%s/.%s.XXXXXX", dir, slash ? slash + 1 : target);
  int ok = replace_file (target, temp, text, error);
  free (temp);
  free (dir);
  return ok;
}

int
report_write (report *r, const char *path, char **error)
{
  json_object_array_sort (r->functions, compare_functions);
  char *target;
  if (!names_directory (path))
    target = text_format ("%s", path);
  else if (path[strlen (path) - 1] == '/')
    target = text_format ("%s%s", path, r->file_name);
  else
    target = text_format ("%s/%s", path, r->file_name);
  const char *text = json_object_to_json_string_ext (
      r->root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
		   | JSON_C_TO_STRING_NOSLASHESCAPE);
  int ok = text ? write_replacing (target, text, error)
		: fail (error, strerror (ENOMEM));
  free (target);
  return ok;
}

int
report_write_unit_file (const report_unit *unit, const char *dir,
			const char *suffix, const char *text, char **error)
{
  if (!writable_directory (dir, error))
    return 0;
  char *cwd = getcwd (NULL, 0);
  char *name = unit_file_name (unit->source, unit->output, cwd, suffix);
  free (cwd);
  char *target = text_format ("%s/%s", dir, name);
  free (name);
  int ok = write_replacing (target, text, error);
  free (target);
  return ok;
}
