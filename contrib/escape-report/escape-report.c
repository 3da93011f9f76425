/* escape-report -- merge, summarise, diff and present gcc-escape reports.

   The plugin writes one JSON report per translation unit
   (-fplugin-arg-escape-json=PATH, format "gcc-escape-report" version 1).
   This program reads any number of them, or directories holding them,
   into one set in which a function or a finding seen by several units (a
   static inline function in a header) is kept once, and prints that set
   as a merged report, a summary table, SARIF 2.1.0, the findings absent
   from a baseline, or a static HTML page.

   Exit status: 0, 1 when `diff' found new findings, 2 on a usage or input
   error.  */

#include "escape-config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json.h>

#define REPORT_FORMAT "gcc-escape-report"
#define REPORT_VERSION 1

#define N_ELEMENTS(array) (sizeof (array) / sizeof (array)[0])

enum
{
  EXIT_NO_NEW_FINDINGS = 0,
  EXIT_NEW_FINDINGS = 1,
  EXIT_TROUBLE = 2
};

/* The finding kinds, in the plugin's order, with what SARIF says of
   them.  */
static const struct kind_info
{
  const char *name;
  const char *rule_name;
  const char *description;
} kinds[] = {
  { "return", "AddressEscapesViaReturn",
    "The address of a stack object is returned by its function." },
  { "global", "AddressEscapesIntoGlobal",
    "The address of a stack object is stored in a global or static "
    "variable, or in memory reachable from one." },
  { "param", "AddressEscapesThroughParameter",
    "The address of a stack object is stored in memory reachable from a "
    "parameter." },
  { "unknown", "AddressEscapesIntoUnknownMemory",
    "The address of a stack object is stored in memory that a called "
    "function returned." },
  { "captured", "AddressCapturedByLibraryFunction",
    "The address of a stack object is kept by a library function "
    "(pthread_create, putenv, setvbuf, ...) beyond the function's end." },
  { "scope", "AddressUsedAfterScope",
    "A pointer to a block-scope object is used after the end of the "
    "object's block." },
};
#define N_KINDS N_ELEMENTS (kinds)

static const char *const certainties[] = { "escapes", "may escape" };
static const char *const statuses[]
    = { "analyzed", "no-stack-address", "skipped-too-large" };

/* ------------------------------------------------------------------ */
/* Utilities.                                                          */
/* ------------------------------------------------------------------ */

static void die (const char *fmt, ...)
    __attribute__ ((format (printf, 1, 2), noreturn));
static void usage_error (const char *fmt, ...)
    __attribute__ ((format (printf, 1, 2), noreturn));

static void
die (const char *fmt, ...)
{
  va_list ap;

  fputs ("escape-report: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (EXIT_TROUBLE);
}

static void
usage_error (const char *fmt, ...)
{
  va_list ap;

  fputs ("escape-report: ", stderr);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputs ("\nTry 'escape-report --help' for more information.\n", stderr);
  exit (EXIT_TROUBLE);
}

static void *
xmalloc (size_t size)
{
  void *p = malloc (size ? size : 1);

  if (!p)
    die ("out of memory");
  return p;
}

static void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size ? size : 1);
  if (!p)
    die ("out of memory");
  return p;
}

static char *
xstrdup (const char *s)
{
  size_t len = strlen (s) + 1;

  return memcpy (xmalloc (len), s, len);
}

static char *xasprintf (const char *fmt, ...)
    __attribute__ ((format (printf, 1, 2)));

static char *
xasprintf (const char *fmt, ...)
{
  va_list ap;
  int len;
  char *s;

  va_start (ap, fmt);
  len = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (len < 0)
    die ("cannot format '%s'", fmt);
  s = xmalloc ((size_t) len + 1);
  va_start (ap, fmt);
  vsnprintf (s, (size_t) len + 1, fmt, ap);
  va_end (ap);
  return s;
}

/* Append VALUE to the growing array ARRAY of LEN elements and room for
   CAP.  */
#define PUSH(array, len, cap, value)                                          \
  do                                                                          \
    {                                                                         \
      if ((len) == (cap))                                                     \
	{                                                                     \
	  (cap) = (cap) ? 2 * (cap) : 16;                                     \
	  (array) = xrealloc ((array), (cap) * sizeof *(array));              \
	}                                                                     \
      (array)[(len)++] = (value);                                             \
    }                                                                         \
  while (0)

/* A growing string.  */
struct strbuf
{
  char *data;
  size_t len, cap;
};

static void
strbuf_add (struct strbuf *b, const char *s, size_t len)
{
  if (b->len + len + 1 > b->cap)
    {
      b->cap = 2 * (b->len + len + 1);
      b->data = xrealloc (b->data, b->cap);
    }
  memcpy (b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
}

static void
strbuf_puts (struct strbuf *b, const char *s)
{
  strbuf_add (b, s, strlen (s));
}

/* Append the key field S (NULL for JSON null) to B, so that distinct
   field lists give distinct keys.  */
static void
strbuf_key_field (struct strbuf *b, const char *s)
{
  if (s)
    strbuf_puts (b, s);
  else
    strbuf_puts (b, "\x1e");
  strbuf_puts (b, "\x1f");
}

static bool
ends_with (const char *s, const char *suffix)
{
  size_t len = strlen (s), suffix_len = strlen (suffix);

  return len >= suffix_len && strcmp (s + len - suffix_len, suffix) == 0;
}

/* strcmp, with NULL before any string.  */
static int
compare_nullable (const char *a, const char *b)
{
  if (!a || !b)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b);
}

/* qsort comparison of two char *.  */
static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* 64-bit FNV-1a.  */
#define FNV_OFFSET_BASIS UINT64_C (0xcbf29ce484222325)
#define FNV_PRIME UINT64_C (0x100000001b3)

static uint64_t
fnv1a (uint64_t hash, const void *data, size_t len)
{
  const unsigned char *p = data;

  for (size_t i = 0; i < len; i++)
    hash = (hash ^ p[i]) * FNV_PRIME;
  return hash;
}

/* A hash table from strings (copied) to pointers.  */
struct table
{
  char **keys;
  void **values;
  size_t cap, count;
};

static size_t
table_slot (const struct table *t, const char *key)
{
  size_t i = fnv1a (FNV_OFFSET_BASIS, key, strlen (key)) & (t->cap - 1);

  while (t->keys[i] && strcmp (t->keys[i], key) != 0)
    i = (i + 1) & (t->cap - 1);
  return i;
}

static void *
table_get (const struct table *t, const char *key)
{
  if (t->cap == 0)
    return NULL;
  size_t i = table_slot (t, key);
  return t->keys[i] ? t->values[i] : NULL;
}

/* Map KEY to VALUE, replacing an earlier value.  */
static void
table_put (struct table *t, const char *key, void *value)
{
  if (2 * (t->count + 1) > t->cap)
    {
      struct table bigger = { NULL, NULL, t->cap ? 2 * t->cap : 64, 0 };

      bigger.keys = calloc (bigger.cap, sizeof *bigger.keys);
      bigger.values = calloc (bigger.cap, sizeof *bigger.values);
      if (!bigger.keys || !bigger.values)
	die ("out of memory");
      for (size_t i = 0; i < t->cap; i++)
	if (t->keys[i])
	  {
	    size_t j = table_slot (&bigger, t->keys[i]);
	    bigger.keys[j] = t->keys[i];
	    bigger.values[j] = t->values[i];
	  }
      bigger.count = t->count;
      free (t->keys);
      free (t->values);
      *t = bigger;
    }
  size_t i = table_slot (t, key);
  if (!t->keys[i])
    {
      t->keys[i] = xstrdup (key);
      t->count++;
    }
  t->values[i] = value;
}

static void
table_free (struct table *t)
{
  for (size_t i = 0; i < t->cap; i++)
    free (t->keys[i]);
  free (t->keys);
  free (t->values);
}

/* ------------------------------------------------------------------ */
/* Paths.                                                              */
/* ------------------------------------------------------------------ */

/* PATH with "." and empty components dropped and each ".." cancelling the
   component before it, lexically (a ".." at the root of an absolute path
   is dropped; leading ones of a relative path stay).  */
static char *
normalize_path (const char *path)
{
  bool absolute = path[0] == '/';
  char *copy = xstrdup (path);
  char **parts = xmalloc ((strlen (path) / 2 + 1) * sizeof *parts);
  size_t n = 0;
  struct strbuf out = { NULL, 0, 0 };

  for (char *part = strtok (copy, "/"); part; part = strtok (NULL, "/"))
    {
      if (strcmp (part, ".") == 0)
	continue;
      if (strcmp (part, "..") == 0)
	{
	  if (n > 0 && strcmp (parts[n - 1], "..") != 0)
	    {
	      n--;
	      continue;
	    }
	  if (absolute)
	    continue;
	}
      parts[n++] = part;
    }

  strbuf_puts (&out, absolute ? "/" : "");
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0)
	strbuf_puts (&out, "/");
      strbuf_puts (&out, parts[i]);
    }
  if (out.len == 0)
    strbuf_puts (&out, ".");
  free (parts);
  free (copy);
  return out.data;
}

/* FILE, when relative, taken relative to DIRECTORY; normalised.  */
static char *
join_path (const char *directory, const char *file)
{
  if (file[0] == '/')
    return normalize_path (file);
  char *joined = xasprintf ("%s/%s", directory, file);
  char *result = normalize_path (joined);
  free (joined);
  return result;
}

/* The length of the longest prefix of normalised absolute paths A and B
   that ends at a component boundary of both (1 for just the root).  */
static size_t
common_directory_length (const char *a, const char *b)
{
  size_t common = 1;

  for (size_t i = 1;; i++)
    {
      bool a_end = a[i] == '\0' || a[i] == '/';
      bool b_end = b[i] == '\0' || b[i] == '/';

      if (a_end && b_end)
	common = i;
      if (a[i] != b[i] || a[i] == '\0')
	return common;
    }
}

/* TARGET relative to the directory BASE, both normalised and absolute;
   TARGET itself when they share no more than the root (a system header
   is clearer as /usr/include/x.h than as ../../../usr/include/x.h).  */
static char *
relative_path (const char *base, const char *target)
{
  size_t common = common_directory_length (base, target);
  struct strbuf out = { NULL, 0, 0 };

  if (common <= 1)
    return xstrdup (target);
  for (const char *p = base + common; *p; p++)
    if (*p == '/')
      strbuf_puts (&out, out.len ? "/.." : "..");
  if (target[common] == '/')
    {
      if (out.len)
	strbuf_puts (&out, "/");
      strbuf_puts (&out, target + common + 1);
    }
  if (out.len == 0)
    strbuf_puts (&out, ".");
  return out.data;
}

static const char *
base_name (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash ? slash + 1 : path;
}

/* ------------------------------------------------------------------ */
/* Reading JSON.                                                       */
/* ------------------------------------------------------------------ */

/* The JSON value in the file PATH; exits with a message naming the file
   if it cannot be read or is not JSON.  */
static json_object *
read_json_file (const char *path)
{
  FILE *f = fopen (path, "rb");
  struct strbuf text = { NULL, 0, 0 };
  char chunk[65536];
  size_t got;

  if (!f)
    die ("%s: cannot open: %s", path, strerror (errno));
  while ((got = fread (chunk, 1, sizeof chunk, f)) > 0)
    strbuf_add (&text, chunk, got);
  if (ferror (f))
    die ("%s: cannot read: %s", path, strerror (errno));
  fclose (f);
  if (text.len == 0)
    die ("%s: invalid JSON: the file is empty", path);

  json_tokener *tok = json_tokener_new ();
  json_object *value = json_tokener_parse_ex (tok, text.data, (int) text.len);
  enum json_tokener_error err = json_tokener_get_error (tok);
  size_t end = json_tokener_get_parse_end (tok);

  if (err == json_tokener_success)
    while (end < text.len && isspace ((unsigned char) text.data[end]))
      end++;
  if (err != json_tokener_success || end < text.len)
    {
      size_t line = 1;
      for (size_t i = 0; i < end && i < text.len; i++)
	line += text.data[i] == '\n';
      die ("%s:%zu: invalid JSON: %s", path, line,
	   err == json_tokener_continue	 ? "unexpected end of file"
	   : err != json_tokener_success ? json_tokener_error_desc (err)
					 : "text after the JSON value");
    }
  json_tokener_free (tok);
  free (text.data);
  return value;
}

/* Where a value is in a report: the file, and the path of JSON members
   ("functions[2].findings[0]").  */
struct where
{
  const char *file;
  const char *path;
};

static void bad_report (const struct where *w, const char *fmt, ...)
    __attribute__ ((format (printf, 2, 3), noreturn));

static void
bad_report (const struct where *w, const char *fmt, ...)
{
  va_list ap;

  fprintf (stderr, "escape-report: %s: ", w->file);
  if (w->path[0])
    fprintf (stderr, "%s: ", w->path);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (EXIT_TROUBLE);
}

static const char *
json_type_article (enum json_type type)
{
  switch (type)
    {
    case json_type_string:
      return "a string";
    case json_type_int:
      return "an integer";
    case json_type_array:
      return "an array";
    case json_type_object:
      return "an object";
    default:
      return json_type_to_name (type);
    }
}

/* Member KEY of the object OBJ at W, of type TYPE; NULL if it is null and
   NULLABLE.  */
static json_object *
get_member (json_object *obj, const char *key, enum json_type type,
	    bool nullable, const struct where *w)
{
  json_object *value;

  if (!json_object_object_get_ex (obj, key, &value))
    bad_report (w, "'%s' is missing", key);
  if (!value && nullable)
    return NULL;
  if (!json_object_is_type (value, type))
    bad_report (w, "'%s' must be %s%s", key, json_type_article (type),
		nullable ? " or null" : "");
  return value;
}

static const char *
get_string (json_object *obj, const char *key, bool nullable,
	    const struct where *w)
{
  json_object *value = get_member (obj, key, json_type_string, nullable, w);

  return value ? json_object_get_string (value) : NULL;
}

/* The string member KEY of OBJ, which must be one of the N CHOICES.  */
static const char *
get_choice (json_object *obj, const char *key, const char *const *choices,
	    size_t n, const struct where *w)
{
  const char *value = get_string (obj, key, false, w);

  for (size_t i = 0; i < n; i++)
    if (strcmp (value, choices[i]) == 0)
      return choices[i];
  bad_report (w, "unknown %s '%s'", key, value);
}

static size_t
kind_index (const char *name)
{
  for (size_t i = 0; i < N_KINDS; i++)
    if (strcmp (name, kinds[i].name) == 0)
      return i;
  return N_KINDS;
}

/* ------------------------------------------------------------------ */
/* The set of findings.                                                */
/* ------------------------------------------------------------------ */

struct location
{
  /* Relative to the set's directory, or absolute; NULL if not known.  */
  const char *file;
  int64_t line;
  int64_t column; /* 0 if unknown */
};

struct step
{
  struct location location;
  const char *text;
};

struct function;

struct finding
{
  json_object *json;
  const struct function *function;
  const char *kind;
  const char *certainty;
  const char *object; /* NULL for an unnamed object */
  const char *object_kind;
  const char *sink;	 /* may be NULL */
  const char *container; /* may be NULL */
  const char *message;
  struct location location;
  struct step *path;
  size_t n_path;
  /* The statements the address goes through (reports of earlier versions
     of the plugin have none).  */
  struct step *flow;
  size_t n_flow;
  /* Stable across line shifts; see compute_fingerprints.  */
  char fingerprint[17];
};

struct function
{
  json_object *json;
  const char *name;
  const char *status;
  struct location location;
  struct finding **findings;
  size_t n_findings, findings_cap;
};

/* Everything read from some reports.  The strings point into the JSON
   values, which live as long as the set.  */
struct report_set
{
  /* The directory relative file names are relative to: the common
     ancestor of the directories of the reports read; NULL if none of them
     knew its directory.  */
  char *directory;
  json_object **roots;
  size_t n_roots;
  /* The unit objects of the reports (the "units" of merged ones), in the
     order read, each unit once.  */
  json_object **units;
  size_t n_units, units_cap;
  /* Sorted by location once all is read.  */
  struct function **functions;
  size_t n_functions, functions_cap;
  struct finding **findings;
  size_t n_findings, findings_cap;
  struct table unit_index, function_index, finding_index;
  /* For the options of a merged report: the kinds enabled in any unit,
     whether any unit reported what may escape too; the first report's
     optimize level, tool and gcc.  */
  bool kind_enabled[N_KINDS];
  bool any_certainty_all;
  json_object *optimize, *tool, *gcc;
};

/* Add each *.json file under ARG (a file, or a directory searched
   recursively, in name order) to PATHS.  */
static void
collect_report_paths (const char *arg, char ***paths, size_t *n, size_t *cap)
{
  struct stat st;

  if (stat (arg, &st) != 0)
    die ("%s: cannot open: %s", arg, strerror (errno));
  if (!S_ISDIR (st.st_mode))
    {
      PUSH (*paths, *n, *cap, xstrdup (arg));
      return;
    }

  DIR *dir = opendir (arg);
  struct dirent *entry;
  char **names = NULL;
  size_t n_names = 0, names_cap = 0;

  if (!dir)
    die ("%s: cannot open directory: %s", arg, strerror (errno));
  while ((entry = readdir (dir)) != NULL)
    if (entry->d_name[0] != '.')
      PUSH (names, n_names, names_cap, xstrdup (entry->d_name));
  closedir (dir);
  if (n_names > 1)
    qsort (names, n_names, sizeof *names, compare_strings);
  for (size_t i = 0; i < n_names; i++)
    {
      char *path = xasprintf ("%s%s%s", arg, ends_with (arg, "/") ? "" : "/",
			      names[i]);
      if (stat (path, &st) == 0 && S_ISDIR (st.st_mode))
	collect_report_paths (path, paths, n, cap);
      else if (ends_with (names[i], ".json"))
	PUSH (*paths, *n, *cap, xstrdup (path));
      free (path);
      free (names[i]);
    }
  free (names);
}

/* The checks on the report ROOT read from FILE that everything else
   relies on.  Return its unit's directory, normalised, or NULL if the
   report does not know it.  */
static char *
check_report (json_object *root, const char *file)
{
  struct where w = { file, "" };
  json_object *value;

  if (!json_object_is_type (root, json_type_object))
    bad_report (&w, "not a gcc-escape report: the top level is not an "
		    "object");
  if (!json_object_object_get_ex (root, "format", &value)
      || !json_object_is_type (value, json_type_string)
      || strcmp (json_object_get_string (value), REPORT_FORMAT) != 0)
    bad_report (&w, "not a gcc-escape report: \"format\" is not \"%s\"",
		REPORT_FORMAT);
  value = get_member (root, "version", json_type_int, false, &w);
  if (json_object_get_int64 (value) != REPORT_VERSION)
    bad_report (&w,
		"unsupported report version %" PRId64
		" (escape-report reads version %d)",
		json_object_get_int64 (value), REPORT_VERSION);

  json_object *unit = get_member (root, "unit", json_type_object, false, &w);
  struct where unit_where = { file, "unit" };
  const char *directory = get_string (unit, "directory", true, &unit_where);
  if (!directory)
    return NULL;
  if (directory[0] != '/')
    bad_report (&unit_where, "'directory' must be an absolute path, not '%s'",
		directory);
  return normalize_path (directory);
}

/* Check the unit object UNIT at W: "source" may be null only in the unit
   of a merged report (MERGED).  */
static void
check_unit (json_object *unit, bool merged, const struct where *w)
{
  if (!json_object_is_type (unit, json_type_object))
    bad_report (w, "must be an object");
  get_string (unit, "source", merged, w);
  get_string (unit, "directory", true, w);
  get_string (unit, "output", true, w);
}

/* Add the unit object UNIT, checked, to SET unless SET has the same unit
   (source, directory and output) already.  */
static void
add_unit (struct report_set *set, json_object *unit, const struct where *w)
{
  struct strbuf key = { NULL, 0, 0 };

  check_unit (unit, false, w);
  strbuf_key_field (&key, get_string (unit, "source", false, w));
  strbuf_key_field (&key, get_string (unit, "directory", true, w));
  strbuf_key_field (&key, get_string (unit, "output", true, w));
  if (!table_get (&set->unit_index, key.data))
    {
      table_put (&set->unit_index, key.data, unit);
      PUSH (set->units, set->n_units, set->units_cap, unit);
    }
  free (key.data);
}

static void
read_options (struct report_set *set, json_object *options, bool first,
	      const char *file)
{
  struct where w = { file, "options" };
  json_object *enabled
      = get_member (options, "kinds", json_type_array, false, &w);
  json_object *optimize;

  for (size_t i = 0; i < json_object_array_length (enabled); i++)
    {
      json_object *kind = json_object_array_get_idx (enabled, i);
      size_t k = json_object_is_type (kind, json_type_string)
		     ? kind_index (json_object_get_string (kind))
		     : N_KINDS;
      if (k == N_KINDS)
	bad_report (&w, "kinds[%zu] is not a kind", i);
      set->kind_enabled[k] = true;
    }

  const char *certainty = get_string (options, "certainty", false, &w);
  if (strcmp (certainty, "all") == 0)
    set->any_certainty_all = true;
  else if (strcmp (certainty, "certain") != 0)
    bad_report (&w, "unknown certainty '%s'", certainty);

  if (!json_object_object_get_ex (options, "optimize", &optimize))
    bad_report (&w, "'optimize' is missing");
  if (first)
    set->optimize = optimize;
}

/* Read the member "location" of HOLDER, at W, in a report whose unit ran
   in DIRECTORY (NULL if not known); rewrite its file name relative to the
   set's directory.  A relative name in a unit whose directory is not
   known is taken as relative to the set's directory.  */
static struct location
read_location (struct report_set *set, json_object *holder,
	       const char *directory, const struct where *w)
{
  json_object *loc
      = get_member (holder, "location", json_type_object, false, w);
  char path[256];
  snprintf (path, sizeof path, "%s.location", w->path);
  struct where loc_where = { w->file, path };
  const char *file = get_string (loc, "file", true, &loc_where);
  int64_t line = json_object_get_int64 (
      get_member (loc, "line", json_type_int, false, &loc_where));
  int64_t column = json_object_get_int64 (
      get_member (loc, "column", json_type_int, false, &loc_where));

  if (line < 0 || column < 0)
    bad_report (&loc_where, "'line' and 'column' must not be negative");

  if (!file)
    return (struct location){ NULL, line, column };

  char *in_set;
  if (!directory && file[0] != '/')
    in_set = normalize_path (file);
  else
    {
      char *absolute
	  = directory ? join_path (directory, file) : normalize_path (file);
      in_set = set->directory ? relative_path (set->directory, absolute)
			      : xstrdup (absolute);
      free (absolute);
    }
  json_object *file_json = json_object_new_string (in_set);
  json_object_object_add (loc, "file", file_json);
  free (in_set);
  return (struct location){ json_object_get_string (file_json), line, column };
}

static int
compare_locations (const struct location *a, const struct location *b)
{
  int c = compare_nullable (a->file, b->file);

  if (c != 0)
    return c;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  return 0;
}

static void
strbuf_key_location (struct strbuf *key, const struct location *loc)
{
  char numbers[64];

  snprintf (numbers, sizeof numbers, "%" PRId64 ":%" PRId64, loc->line,
	    loc->column);
  strbuf_key_field (key, loc->file);
  strbuf_key_field (key, numbers);
}

/* The steps of the array STEPS, member NAME of the finding at W: a text
   and a location each.  Their number goes to *N.  */
static struct step *
read_steps (struct report_set *set, json_object *steps, const char *name,
	    const char *directory, const struct where *w, size_t *n)
{
  *n = json_object_array_length (steps);
  struct step *v = xmalloc ((*n ? *n : 1) * sizeof *v);
  for (size_t i = 0; i < *n; i++)
    {
      json_object *step = json_object_array_get_idx (steps, i);
      char step_path[256];
      snprintf (step_path, sizeof step_path, "%s.%s[%zu]", w->path, name, i);
      struct where step_where = { w->file, step_path };

      if (!json_object_is_type (step, json_type_object))
	bad_report (&step_where, "must be an object");
      v[i].text = get_string (step, "text", false, &step_where);
      v[i].location = read_location (set, step, directory, &step_where);
    }
  return v;
}

/* Add the finding JSON, at W, of FN to SET unless SET has it already
   (the same file, line, column, kind, object and sink).  */
static void
add_finding (struct report_set *set, struct function *fn, json_object *json,
	     const char *directory, const struct where *w)
{
  struct finding f = { .json = json, .function = fn };
  struct strbuf key = { NULL, 0, 0 };

  if (!json_object_is_type (json, json_type_object))
    bad_report (w, "must be an object");
  f.kind = get_string (json, "kind", false, w);
  if (kind_index (f.kind) == N_KINDS)
    bad_report (w, "unknown kind '%s'", f.kind);
  f.certainty = get_choice (json, "certainty", certainties,
			    N_ELEMENTS (certainties), w);
  f.object = get_string (json, "object", true, w);
  f.object_kind = get_string (json, "object_kind", false, w);
  f.sink = get_string (json, "sink", true, w);
  f.container = get_string (json, "container", true, w);
  f.message = get_string (json, "message", false, w);
  f.location = read_location (set, json, directory, w);

  json_object *path = get_member (json, "path", json_type_array, false, w);
  f.path = read_steps (set, path, "path", directory, w, &f.n_path);
  if (f.n_path == 0)
    bad_report (w, "'path' has no step");
  json_object *flow;
  if (json_object_object_get_ex (json, "flow", &flow))
    {
      if (!json_object_is_type (flow, json_type_array))
	bad_report (w, "'flow' must be an array");
      f.flow = read_steps (set, flow, "flow", directory, w, &f.n_flow);
    }

  strbuf_key_location (&key, &f.location);
  strbuf_key_field (&key, f.kind);
  strbuf_key_field (&key, f.object);
  strbuf_key_field (&key, f.sink);
  if (table_get (&set->finding_index, key.data))
    {
      free (f.path);
      free (f.flow);
    }
  else
    {
      struct finding *copy = memcpy (xmalloc (sizeof f), &f, sizeof f);
      table_put (&set->finding_index, key.data, copy);
      PUSH (fn->findings, fn->n_findings, fn->findings_cap, copy);
      PUSH (set->findings, set->n_findings, set->findings_cap, copy);
    }
  free (key.data);
}

/* Add the function JSON, number INDEX of FILE, to SET unless SET has it
   already (the same name at the same location); add its findings.  */
static void
add_function (struct report_set *set, json_object *json, size_t index,
	      const char *file, const char *directory)
{
  char path[64];
  snprintf (path, sizeof path, "functions[%zu]", index);
  struct where w = { file, path };
  struct strbuf key = { NULL, 0, 0 };

  if (!json_object_is_type (json, json_type_object))
    bad_report (&w, "must be an object");
  const char *name = get_string (json, "name", false, &w);
  const char *status
      = get_choice (json, "status", statuses, N_ELEMENTS (statuses), &w);
  struct location location = read_location (set, json, directory, &w);
  get_member (json, "params", json_type_array, false, &w);
  json_object *objects
      = get_member (json, "objects", json_type_array, false, &w);
  for (size_t i = 0; i < json_object_array_length (objects); i++)
    {
      char object_path[128];
      snprintf (object_path, sizeof object_path, "%s.objects[%zu]", path, i);
      struct where object_where = { file, object_path };
      json_object *object = json_object_array_get_idx (objects, i);

      if (!json_object_is_type (object, json_type_object))
	bad_report (&object_where, "must be an object");
      read_location (set, object, directory, &object_where);
    }
  json_object *findings
      = get_member (json, "findings", json_type_array, false, &w);

  strbuf_key_location (&key, &location);
  strbuf_key_field (&key, name);
  struct function *fn = table_get (&set->function_index, key.data);
  if (!fn)
    {
      fn = xmalloc (sizeof *fn);
      *fn = (struct function){ json, name, status, location, NULL, 0, 0 };
      table_put (&set->function_index, key.data, fn);
      PUSH (set->functions, set->n_functions, set->functions_cap, fn);
    }
  else if (strcmp (fn->status, "skipped-too-large") == 0
	   && strcmp (status, "skipped-too-large") != 0)
    {
      /* Another unit analysed what the first one skipped: keep the
	 analysis.  */
      fn->json = json;
      fn->status = status;
    }
  free (key.data);

  for (size_t i = 0; i < json_object_array_length (findings); i++)
    {
      char finding_path[128];
      snprintf (finding_path, sizeof finding_path, "%s.findings[%zu]", path,
		i);
      struct where finding_where = { file, finding_path };
      add_finding (set, fn, json_object_array_get_idx (findings, i), directory,
		   &finding_where);
    }
}

/* Add the report ROOT, read from FILE, whose relative file names are
   relative to DIRECTORY, to SET.  */
static void
add_report (struct report_set *set, json_object *root, const char *file,
	    const char *directory)
{
  struct where w = { file, "" };
  struct where unit_where = { file, "unit" };
  json_object *unit = get_member (root, "unit", json_type_object, false, &w);
  json_object *units;
  bool first = set->tool == NULL;

  if (json_object_object_get_ex (unit, "units", &units))
    {
      check_unit (unit, true, &unit_where);
      if (!json_object_is_type (units, json_type_array))
	bad_report (&unit_where, "'units' must be an array");
      for (size_t i = 0; i < json_object_array_length (units); i++)
	{
	  char path[64];
	  snprintf (path, sizeof path, "unit.units[%zu]", i);
	  struct where item_where = { file, path };
	  add_unit (set, json_object_array_get_idx (units, i), &item_where);
	}
    }
  else
    add_unit (set, unit, &unit_where);

  json_object *tool = get_member (root, "tool", json_type_object, false, &w);
  json_object *gcc = get_member (root, "gcc", json_type_object, false, &w);
  read_options (set, get_member (root, "options", json_type_object, false, &w),
		first, file);
  if (first)
    {
      set->tool = tool;
      set->gcc = gcc;
    }

  json_object *functions
      = get_member (root, "functions", json_type_array, false, &w);
  for (size_t i = 0; i < json_object_array_length (functions); i++)
    add_function (set, json_object_array_get_idx (functions, i), i, file,
		  directory);
}

static int
compare_function_ptrs (const void *pa, const void *pb)
{
  const struct function *a = *(const struct function *const *) pa;
  const struct function *b = *(const struct function *const *) pb;
  int c = compare_locations (&a->location, &b->location);

  return c != 0 ? c : strcmp (a->name, b->name);
}

static int
compare_finding_ptrs (const void *pa, const void *pb)
{
  const struct finding *a = *(const struct finding *const *) pa;
  const struct finding *b = *(const struct finding *const *) pb;
  int c = compare_locations (&a->location, &b->location);

  if (c == 0)
    c = strcmp (a->kind, b->kind);
  if (c == 0)
    c = compare_nullable (a->object, b->object);
  if (c == 0)
    c = compare_nullable (a->sink, b->sink);
  return c;
}

/* Read the reports named by the N ARGS (files or directories) into SET.  */
static void
load_reports (struct report_set *set, char *const *args, size_t n)
{
  char **paths = NULL;
  size_t n_paths = 0, paths_cap = 0;

  for (size_t i = 0; i < n; i++)
    {
      size_t before = n_paths;
      collect_report_paths (args[i], &paths, &n_paths, &paths_cap);
      if (n_paths == before)
	die ("%s: no report (*.json) in this directory", args[i]);
    }

  char **directories = xmalloc (n_paths * sizeof *directories);
  set->roots = xmalloc (n_paths * sizeof *set->roots);
  set->n_roots = n_paths;
  for (size_t i = 0; i < n_paths; i++)
    {
      set->roots[i] = read_json_file (paths[i]);
      directories[i] = check_report (set->roots[i], paths[i]);
    }

  for (size_t i = 0; i < n_paths; i++)
    if (!directories[i])
      continue;
    else if (!set->directory)
      set->directory = xstrdup (directories[i]);
    else
      set->directory[common_directory_length (set->directory, directories[i])]
	  = '\0';

  for (size_t i = 0; i < n_paths; i++)
    {
      add_report (set, set->roots[i], paths[i], directories[i]);
      free (directories[i]);
      free (paths[i]);
    }
  free (directories);
  free (paths);

  /* The arrays of no element are NULL, which qsort must not be given.  */
  if (set->n_functions > 1)
    qsort (set->functions, set->n_functions, sizeof *set->functions,
	   compare_function_ptrs);
  if (set->n_findings > 1)
    qsort (set->findings, set->n_findings, sizeof *set->findings,
	   compare_finding_ptrs);
  for (size_t i = 0; i < set->n_functions; i++)
    if (set->functions[i]->n_findings > 1)
      qsort (set->functions[i]->findings, set->functions[i]->n_findings,
	     sizeof *set->functions[i]->findings, compare_finding_ptrs);
}

static void
free_report_set (struct report_set *set)
{
  for (size_t i = 0; i < set->n_findings; i++)
    {
      free (set->findings[i]->path);
      free (set->findings[i]->flow);
      free (set->findings[i]);
    }
  for (size_t i = 0; i < set->n_functions; i++)
    {
      free (set->functions[i]->findings);
      free (set->functions[i]);
    }
  for (size_t i = 0; i < set->n_roots; i++)
    json_object_put (set->roots[i]);
  free (set->findings);
  free (set->functions);
  free (set->units);
  free (set->roots);
  free (set->directory);
  table_free (&set->unit_index);
  table_free (&set->function_index);
  table_free (&set->finding_index);
}

static bool
is_skipped (const struct function *fn)
{
  return strcmp (fn->status, "skipped-too-large") == 0;
}

static bool
is_certain (const struct finding *f)
{
  return strcmp (f->certainty, "escapes") == 0;
}

/* How a file name of NULL (not known) is shown.  */
static const char *
file_name (const char *file)
{
  return file ? file : "(unknown file)";
}

/* The file FILE of SET as a path to open: relative to the set's
   directory, or to the current directory if that is not known.  */
static char *
source_path (const struct report_set *set, const char *file)
{
  return set->directory ? join_path (set->directory, file)
			: normalize_path (file);
}

/* ------------------------------------------------------------------ */
/* Fingerprints.                                                       */
/* ------------------------------------------------------------------ */

static uint64_t
hash_field (uint64_t hash, const char *s)
{
  hash = s ? fnv1a (hash, s, strlen (s)) : fnv1a (hash, "\x1e", 1);
  return fnv1a (hash, "\x1f", 1);
}

/* Whether C can be part of a C identifier (a UTF-8 byte of one too).  */
static bool
is_name_byte (unsigned char c)
{
  return isalnum (c) || c == '_' || c == '$' || c >= 0x80;
}

/* MESSAGE hashed without the numbers that are not part of a name: line
   and column numbers move with unrelated edits.  */
static uint64_t
hash_message (uint64_t hash, const char *message)
{
  for (const char *p = message; *p; p++)
    {
      if (isdigit ((unsigned char) *p)
	  && (p == message || !is_name_byte ((unsigned char) p[-1])))
	{
	  while (isdigit ((unsigned char) p[1]))
	    p++;
	  continue;
	}
      hash = fnv1a (hash, p, 1);
    }
  return fnv1a (hash, "\x1f", 1);
}

struct hashed_finding
{
  uint64_t hash;
  size_t index;
};

static int
compare_hashed (const void *pa, const void *pb)
{
  const struct hashed_finding *a = pa, *b = pb;

  if (a->hash != b->hash)
    return a->hash < b->hash ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* Give each finding of SET a fingerprint that does not depend on line or
   column numbers, nor on the directory the file was compiled in: a hash
   of the file's base name, the function, the kind, the object and its
   kind, the sink, the container and the message without its numbers,
   and of how many findings of the same function before it (in source
   order) hash alike.  */
static void
compute_fingerprints (struct report_set *set)
{
  struct hashed_finding *hashed = xmalloc (set->n_findings * sizeof *hashed);

  for (size_t i = 0; i < set->n_findings; i++)
    {
      const struct finding *f = set->findings[i];
      uint64_t hash = FNV_OFFSET_BASIS;

      hash = hash_field (hash, f->location.file ? base_name (f->location.file)
						: NULL);
      hash = hash_field (hash, f->function->name);
      hash = hash_field (hash, f->kind);
      hash = hash_field (hash, f->object);
      hash = hash_field (hash, f->object_kind);
      hash = hash_field (hash, f->sink);
      hash = hash_field (hash, f->container);
      hashed[i]
	  = (struct hashed_finding){ hash_message (hash, f->message), i };
    }
  /* Findings are in source order, so equal hashes stay in that order.  */
  qsort (hashed, set->n_findings, sizeof *hashed, compare_hashed);
  for (size_t i = 0, occurrence = 0; i < set->n_findings; i++)
    {
      char number[32];

      occurrence
	  = i > 0 && hashed[i].hash == hashed[i - 1].hash ? occurrence + 1 : 0;
      snprintf (number, sizeof number, "%zu", occurrence);
      snprintf (set->findings[hashed[i].index]->fingerprint,
		sizeof set->findings[0]->fingerprint, "%016" PRIx64,
		hash_field (hashed[i].hash, number));
    }
  free (hashed);
}

/* ------------------------------------------------------------------ */
/* Output.                                                             */
/* ------------------------------------------------------------------ */

/* Where the subcommand writes: stdout, or the file given with -o.  */
struct output
{
  const char *path;
  FILE *file;
};

static FILE *
open_output (struct output *out)
{
  if (!out->path)
    out->file = stdout;
  else if (!(out->file = fopen (out->path, "w")))
    die ("%s: cannot create: %s", out->path, strerror (errno));
  return out->file;
}

static void
close_output (struct output *out)
{
  const char *name = out->path ? out->path : "standard output";

  if (ferror (out->file) || fflush (out->file) != 0)
    die ("%s: write error", name);
  if (out->path && fclose (out->file) != 0)
    die ("%s: write error: %s", name, strerror (errno));
}

static void
put_json (FILE *out, json_object *value)
{
  fputs (json_object_to_json_string_ext (
	     value, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
			| JSON_C_TO_STRING_NOSLASHESCAPE),
	 out);
  fputc ('\n', out);
}

static void
put_location (FILE *out, const struct location *loc)
{
  fputs (file_name (loc->file), out);
  if (loc->line > 0)
    fprintf (out, ":%" PRId64, loc->line);
  if (loc->line > 0 && loc->column > 0)
    fprintf (out, ":%" PRId64, loc->column);
}

/* ------------------------------------------------------------------ */
/* merge                                                               */
/* ------------------------------------------------------------------ */

/* SET as one report.  Its unit has a null "source", the set's directory
   (the one its relative file names are relative to), a null "output" and
   "units", the unit objects of the reports merged.  Its options enable
   the kinds any unit enabled, certainty "all" if any unit had it, and
   the first report's optimize level.  */
static json_object *
merged_report (const struct report_set *set)
{
  json_object *root = json_object_new_object ();
  json_object *unit = json_object_new_object ();
  json_object *units = json_object_new_array ();
  json_object *options = json_object_new_object ();
  json_object *enabled = json_object_new_array ();
  json_object *functions = json_object_new_array ();

  json_object_object_add (root, "format",
			  json_object_new_string (REPORT_FORMAT));
  json_object_object_add (root, "version",
			  json_object_new_int (REPORT_VERSION));
  json_object_object_add (root, "tool", json_object_get (set->tool));
  json_object_object_add (root, "gcc", json_object_get (set->gcc));

  json_object_object_add (unit, "source", NULL);
  json_object_object_add (
      unit, "directory",
      set->directory ? json_object_new_string (set->directory) : NULL);
  json_object_object_add (unit, "output", NULL);
  for (size_t i = 0; i < set->n_units; i++)
    json_object_array_add (units, json_object_get (set->units[i]));
  json_object_object_add (unit, "units", units);
  json_object_object_add (root, "unit", unit);

  for (size_t k = 0; k < N_KINDS; k++)
    if (set->kind_enabled[k])
      json_object_array_add (enabled, json_object_new_string (kinds[k].name));
  json_object_object_add (options, "kinds", enabled);
  json_object_object_add (
      options, "certainty",
      json_object_new_string (set->any_certainty_all ? "all" : "certain"));
  json_object_object_add (options, "optimize",
			  json_object_get (set->optimize));
  json_object_object_add (root, "options", options);

  for (size_t i = 0; i < set->n_functions; i++)
    {
      const struct function *fn = set->functions[i];
      json_object *findings = json_object_new_array ();

      for (size_t j = 0; j < fn->n_findings; j++)
	json_object_array_add (findings,
			       json_object_get (fn->findings[j]->json));
      json_object_object_add (fn->json, "findings", findings);
      json_object_array_add (functions, json_object_get (fn->json));
    }
  json_object_object_add (root, "functions", functions);
  return root;
}

static void
cmd_merge (const struct report_set *set, FILE *out)
{
  json_object *report = merged_report (set);

  put_json (out, report);
  json_object_put (report);
}

/* ------------------------------------------------------------------ */
/* summary                                                             */
/* ------------------------------------------------------------------ */

/* One line of a summary table.  */
struct tally
{
  const char *name;
  const char *file; /* of a function; NULL in the other tables */
  size_t total, certain;
};

static int
compare_tallies (const void *pa, const void *pb)
{
  const struct tally *a = pa, *b = pb;
  int c;

  if (a->total != b->total)
    return a->total > b->total ? -1 : 1;
  c = strcmp (a->name, b->name);
  return c != 0 ? c : compare_nullable (a->file, b->file);
}

/* The number of characters of the UTF-8 string S.  */
static size_t
display_width (const char *s)
{
  size_t width = 0;

  for (; *s; s++)
    width += ((unsigned char) *s & 0xc0) != 0x80;
  return width;
}

static size_t
number_width (size_t n)
{
  size_t width = 1;

  while (n >= 10)
    {
      n /= 10;
      width++;
    }
  return width;
}

static void
put_left (FILE *out, const char *s, size_t width)
{
  fputs (s, out);
  for (size_t w = display_width (s); w < width; w++)
    fputc (' ', out);
}

/* Print the N ROWS under a header naming their NAME_TITLE column and,
   when not NULL, their FILE_TITLE column.  */
static void
put_tally_table (FILE *out, const char *name_title, const char *file_title,
		 struct tally *rows, size_t n)
{
  size_t name_width = display_width (name_title);
  size_t file_width = file_title ? display_width (file_title) : 0;
  const char *count_titles[] = { "findings", "escapes", "may escape" };
  size_t count_widths[3];

  qsort (rows, n, sizeof *rows, compare_tallies);
  for (size_t c = 0; c < 3; c++)
    count_widths[c] = strlen (count_titles[c]);
  for (size_t i = 0; i < n; i++)
    {
      size_t counts[3] = { rows[i].total, rows[i].certain,
			   rows[i].total - rows[i].certain };
      if (display_width (rows[i].name) > name_width)
	name_width = display_width (rows[i].name);
      if (file_title && display_width (rows[i].file) > file_width)
	file_width = display_width (rows[i].file);
      for (size_t c = 0; c < 3; c++)
	if (number_width (counts[c]) > count_widths[c])
	  count_widths[c] = number_width (counts[c]);
    }

  put_left (out, name_title, name_width);
  if (file_title)
    {
      fputs ("  ", out);
      put_left (out, file_title, file_width);
    }
  for (size_t c = 0; c < 3; c++)
    fprintf (out, "  %*s", (int) count_widths[c], count_titles[c]);
  fputc ('\n', out);

  for (size_t i = 0; i < n; i++)
    {
      size_t counts[3] = { rows[i].total, rows[i].certain,
			   rows[i].total - rows[i].certain };
      put_left (out, rows[i].name, name_width);
      if (file_title)
	{
	  fputs ("  ", out);
	  put_left (out, rows[i].file, file_width);
	}
      for (size_t c = 0; c < 3; c++)
	fprintf (out, "  %*zu", (int) count_widths[c], counts[c]);
      fputc ('\n', out);
    }
}

static const char *
plural (size_t n, const char *one, const char *many)
{
  return n == 1 ? one : many;
}

static void
cmd_summary (const struct report_set *set, FILE *out)
{
  size_t n_skipped = 0, n_certain = 0;

  for (size_t i = 0; i < set->n_functions; i++)
    n_skipped += is_skipped (set->functions[i]);
  for (size_t i = 0; i < set->n_findings; i++)
    n_certain += is_certain (set->findings[i]);

  fprintf (out, "%zu %s, %zu %s (%zu skipped), %zu %s", set->n_units,
	   plural (set->n_units, "unit", "units"), set->n_functions,
	   plural (set->n_functions, "function", "functions"), n_skipped,
	   set->n_findings, plural (set->n_findings, "finding", "findings"));
  if (set->n_findings > 0)
    fprintf (out, " (escapes: %zu, may escape: %zu)", n_certain,
	     set->n_findings - n_certain);
  fputc ('\n', out);

  if (set->n_findings > 0)
    {
      struct tally by_kind[N_KINDS];
      struct tally *by_file = xmalloc (set->n_findings * sizeof *by_file);
      struct tally *by_function
	  = xmalloc (set->n_functions * sizeof *by_function);
      size_t n_kinds = 0, n_files = 0, n_functions = 0;
      struct table file_rows = { NULL, NULL, 0, 0 };

      for (size_t k = 0; k < N_KINDS; k++)
	{
	  struct tally row = { kinds[k].name, NULL, 0, 0 };
	  for (size_t i = 0; i < set->n_findings; i++)
	    if (strcmp (set->findings[i]->kind, kinds[k].name) == 0)
	      {
		row.total++;
		row.certain += is_certain (set->findings[i]);
	      }
	  if (row.total > 0)
	    by_kind[n_kinds++] = row;
	}

      for (size_t i = 0; i < set->n_findings; i++)
	{
	  const struct finding *f = set->findings[i];
	  const char *file = file_name (f->location.file);
	  struct tally *row = table_get (&file_rows, file);
	  if (!row)
	    {
	      row = &by_file[n_files++];
	      *row = (struct tally){ file, NULL, 0, 0 };
	      table_put (&file_rows, file, row);
	    }
	  row->total++;
	  row->certain += is_certain (f);
	}
      table_free (&file_rows);

      for (size_t i = 0; i < set->n_functions; i++)
	{
	  const struct function *fn = set->functions[i];
	  struct tally row = { fn->name, file_name (fn->location.file), 0, 0 };
	  for (size_t j = 0; j < fn->n_findings; j++)
	    {
	      row.total++;
	      row.certain += is_certain (fn->findings[j]);
	    }
	  if (row.total > 0)
	    by_function[n_functions++] = row;
	}

      fputc ('\n', out);
      put_tally_table (out, "kind", NULL, by_kind, n_kinds);
      fputc ('\n', out);
      put_tally_table (out, "file", NULL, by_file, n_files);
      fputc ('\n', out);
      put_tally_table (out, "function", "file", by_function, n_functions);
      free (by_file);
      free (by_function);
    }

  if (n_skipped > 0)
    {
      fputs ("\nskipped (over the analysis budget):\n", out);
      for (size_t i = 0; i < set->n_functions; i++)
	if (is_skipped (set->functions[i]))
	  {
	    fprintf (out, "  %s  ", set->functions[i]->name);
	    put_location (out, &set->functions[i]->location);
	    fputc ('\n', out);
	  }
    }
}

/* ------------------------------------------------------------------ */
/* sarif                                                               */
/* ------------------------------------------------------------------ */

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SARIF_SOURCE_ROOT "%SRCROOT%"
#define SARIF_FINGERPRINT "escapeFingerprint/v1"

/* Append PATH to B percent-encoded as the path of a URI: all but the
   unreserved characters and '/' (so UTF-8 is encoded byte by byte).  */
static void
strbuf_uri_path (struct strbuf *b, const char *path)
{
  for (const unsigned char *p = (const unsigned char *) path; *p; p++)
    if (isalnum (*p) || strchr ("-._~/", *p))
      strbuf_add (b, (const char *) p, 1);
    else
      {
	char escaped[4];
	snprintf (escaped, sizeof escaped, "%%%02X", *p);
	strbuf_puts (b, escaped);
      }
}

static json_object *
sarif_message (const char *text)
{
  json_object *message = json_object_new_object ();

  json_object_object_add (message, "text", json_object_new_string (text));
  return message;
}

/* A SARIF location for LOC: a file under the set's directory is a URI
   relative to %SRCROOT%, any other an absolute file: URI; a location whose
   file is not known has no physical location.  */
static json_object *
sarif_location (const struct report_set *set, const struct location *loc)
{
  json_object *location = json_object_new_object ();

  if (!loc->file)
    return location;

  json_object *physical = json_object_new_object ();
  json_object *artifact = json_object_new_object ();
  struct strbuf uri = { NULL, 0, 0 };
  bool outside
      = strcmp (loc->file, "..") == 0 || strncmp (loc->file, "../", 3) == 0;

  if (loc->file[0] == '/' || (outside && set->directory))
    {
      char *absolute = source_path (set, loc->file);
      strbuf_puts (&uri, "file://");
      strbuf_uri_path (&uri, absolute);
      json_object_object_add (artifact, "uri",
			      json_object_new_string (uri.data));
      free (absolute);
    }
  else
    {
      strbuf_uri_path (&uri, loc->file);
      json_object_object_add (artifact, "uri",
			      json_object_new_string (uri.data));
      json_object_object_add (artifact, "uriBaseId",
			      json_object_new_string (SARIF_SOURCE_ROOT));
    }
  free (uri.data);
  json_object_object_add (physical, "artifactLocation", artifact);
  if (loc->line > 0)
    {
      json_object *region = json_object_new_object ();
      json_object_object_add (region, "startLine",
			      json_object_new_int64 (loc->line));
      if (loc->column > 0)
	json_object_object_add (region, "startColumn",
				json_object_new_int64 (loc->column));
      json_object_object_add (physical, "region", region);
    }
  json_object_object_add (location, "physicalLocation", physical);
  return location;
}

/* Step I of F's flow, of F->n_path + F->n_flow: the declaration, the
   statements of the flow if the report has them, then the rest of the
   path.  */
static const struct step *
finding_step (const struct finding *f, size_t i)
{
  if (i == 0)
    return &f->path[0];
  if (i <= f->n_flow)
    return &f->flow[i - 1];
  return &f->path[i - f->n_flow];
}

static json_object *
sarif_code_flow (const struct report_set *set, const struct finding *f)
{
  json_object *steps = json_object_new_array ();
  json_object *thread_flow = json_object_new_object ();
  json_object *thread_flows = json_object_new_array ();
  json_object *code_flow = json_object_new_object ();

  for (size_t i = 0; i < f->n_path + f->n_flow; i++)
    {
      const struct step *s = finding_step (f, i);
      json_object *step = json_object_new_object ();
      json_object *location = sarif_location (set, &s->location);

      json_object_object_add (location, "message", sarif_message (s->text));
      json_object_object_add (step, "location", location);
      json_object_object_add (step, "executionOrder",
			      json_object_new_int64 ((int64_t) i + 1));
      json_object_array_add (steps, step);
    }
  json_object_object_add (thread_flow, "locations", steps);
  json_object_array_add (thread_flows, thread_flow);
  json_object_object_add (code_flow, "threadFlows", thread_flows);
  return code_flow;
}

static json_object *
sarif_result (const struct report_set *set, const struct finding *f)
{
  json_object *result = json_object_new_object ();
  json_object *locations = json_object_new_array ();
  json_object *fingerprints = json_object_new_object ();
  json_object *code_flows = json_object_new_array ();
  json_object *properties = json_object_new_object ();

  json_object_object_add (result, "ruleId", json_object_new_string (f->kind));
  json_object_object_add (result, "ruleIndex",
			  json_object_new_int ((int) kind_index (f->kind)));
  json_object_object_add (result, "level", json_object_new_string ("warning"));
  json_object_object_add (result, "message", sarif_message (f->message));
  json_object_array_add (locations, sarif_location (set, &f->location));
  json_object_object_add (result, "locations", locations);
  json_object_object_add (fingerprints, SARIF_FINGERPRINT,
			  json_object_new_string (f->fingerprint));
  json_object_object_add (result, "partialFingerprints", fingerprints);
  json_object_array_add (code_flows, sarif_code_flow (set, f));
  json_object_object_add (result, "codeFlows", code_flows);
  json_object_object_add (properties, "certainty",
			  json_object_new_string (f->certainty));
  json_object_object_add (properties, "function",
			  json_object_new_string (f->function->name));
  json_object_object_add (result, "properties", properties);
  return result;
}

static json_object *
sarif_driver (const struct report_set *set)
{
  json_object *driver = json_object_new_object ();
  json_object *rules = json_object_new_array ();
  json_object *version;

  json_object_object_add (driver, "name",
			  json_object_new_string ("gcc-escape"));
  if (json_object_object_get_ex (set->tool, "version", &version)
      && json_object_is_type (version, json_type_string))
    json_object_object_add (driver, "version", json_object_get (version));
  for (size_t k = 0; k < N_KINDS; k++)
    {
      json_object *rule = json_object_new_object ();
      json_object *configuration = json_object_new_object ();

      json_object_object_add (rule, "id",
			      json_object_new_string (kinds[k].name));
      json_object_object_add (rule, "name",
			      json_object_new_string (kinds[k].rule_name));
      json_object_object_add (rule, "shortDescription",
			      sarif_message (kinds[k].description));
      json_object_object_add (configuration, "level",
			      json_object_new_string ("warning"));
      json_object_object_add (rule, "defaultConfiguration", configuration);
      json_object_array_add (rules, rule);
    }
  json_object_object_add (driver, "rules", rules);
  return driver;
}

static void
cmd_sarif (struct report_set *set, FILE *out)
{
  json_object *log = json_object_new_object ();
  json_object *runs = json_object_new_array ();
  json_object *run = json_object_new_object ();
  json_object *tool = json_object_new_object ();
  json_object *results = json_object_new_array ();

  compute_fingerprints (set);
  json_object_object_add (log, "$schema",
			  json_object_new_string (SARIF_SCHEMA));
  json_object_object_add (log, "version", json_object_new_string ("2.1.0"));

  json_object_object_add (tool, "driver", sarif_driver (set));
  json_object_object_add (run, "tool", tool);

  /* Without a directory, the consumer has to give %SRCROOT%.  */
  if (set->directory)
    {
      json_object *base_ids = json_object_new_object ();
      json_object *source_root = json_object_new_object ();
      struct strbuf root_uri = { NULL, 0, 0 };

      strbuf_puts (&root_uri, "file://");
      strbuf_uri_path (&root_uri, set->directory);
      if (!ends_with (root_uri.data, "/"))
	strbuf_puts (&root_uri, "/");
      json_object_object_add (source_root, "uri",
			      json_object_new_string (root_uri.data));
      free (root_uri.data);
      json_object_object_add (base_ids, SARIF_SOURCE_ROOT, source_root);
      json_object_object_add (run, "originalUriBaseIds", base_ids);
    }

  for (size_t i = 0; i < set->n_findings; i++)
    json_object_array_add (results, sarif_result (set, set->findings[i]));
  json_object_object_add (run, "results", results);
  json_object_array_add (runs, run);
  json_object_object_add (log, "runs", runs);

  put_json (out, log);
  json_object_put (log);
}

/* ------------------------------------------------------------------ */
/* diff                                                                */
/* ------------------------------------------------------------------ */

/* Print the findings of NEW that BASELINE does not have; return
   EXIT_NEW_FINDINGS if there are some.  */
static int
cmd_diff (struct report_set *baseline, struct report_set *new, FILE *out)
{
  struct table old_prints = { NULL, NULL, 0, 0 };
  size_t n_new = 0, n_unchanged = 0;

  compute_fingerprints (baseline);
  compute_fingerprints (new);
  for (size_t i = 0; i < baseline->n_findings; i++)
    table_put (&old_prints, baseline->findings[i]->fingerprint,
	       baseline->findings[i]);

  for (size_t i = 0; i < new->n_findings; i++)
    {
      const struct finding *f = new->findings[i];

      if (table_get (&old_prints, f->fingerprint))
	{
	  n_unchanged++;
	  continue;
	}
      n_new++;
      put_location (out, &f->location);
      fprintf (out, ": warning: %s [%s]\n", f->message, f->kind);
    }
  table_free (&old_prints);

  size_t n_fixed = baseline->n_findings - n_unchanged;
  if (n_fixed > 0)
    fprintf (out, "info: %zu %s of the baseline %s fixed\n", n_fixed,
	     plural (n_fixed, "finding", "findings"),
	     plural (n_fixed, "is", "are"));
  if (n_new > 0)
    fprintf (out, "%zu new %s, %zu unchanged\n", n_new,
	     plural (n_new, "finding", "findings"), n_unchanged);
  else
    fprintf (out, "no new findings, %zu unchanged\n", n_unchanged);
  return n_new > 0 ? EXIT_NEW_FINDINGS : EXIT_NO_NEW_FINDINGS;
}

/* ------------------------------------------------------------------ */
/* html                                                                */
/* ------------------------------------------------------------------ */

/* Lines of source shown before and after a finding's line.  */
#define EXCERPT_CONTEXT 3

static const char html_style[]
    = ":root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa;"
      "--hit:#fff8c5}\n"
      "*{box-sizing:border-box}\n"
      "body{margin:0;color:var(--fg);background:#fff;font:14px/1.5 "
      "system-ui,-apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,"
      "sans-serif}\n"
      "header{padding:24px 32px 4px}\n"
      "h1{margin:0 0 4px;font-size:24px;font-weight:600}\n"
      "h2{margin:28px 0 8px;font-size:16px;font-weight:600}\n"
      "h3{margin:0 0 6px;font-size:13px;font-weight:600;color:var(--muted);"
      "text-transform:uppercase;letter-spacing:.04em}\n"
      ".meta{margin:0;color:var(--muted)}\n"
      "main{padding:0 32px 32px}\n"
      "code,pre,.loc{font-family:ui-monospace,SFMono-Regular,'DejaVu Sans "
      "Mono',Menlo,Consolas,monospace;font-size:13px}\n"
      ".totals{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}\n"
      ".total{min-width:112px;padding:10px 16px;border:1px solid var(--line);"
      "border-left-width:4px;border-radius:8px;background:var(--panel)}\n"
      ".total .count{display:block;font-size:22px;font-weight:600}\n"
      ".total .label{color:var(--muted)}\n"
      ".total.none{opacity:.55}\n"
      ".total.kind-return{border-left-color:#cf222e}"
      ".total.kind-global{border-left-color:#bc4c00}"
      ".total.kind-param{border-left-color:#8250df}"
      ".total.kind-unknown{border-left-color:#59636e}"
      ".total.kind-captured{border-left-color:#0969da}"
      ".total.kind-scope{border-left-color:#1a7f37}\n"
      ".controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;"
      "margin:20px 0 8px}\n"
      ".controls input,.controls select,.controls button{padding:6px 10px;"
      "border:1px solid var(--line);border-radius:6px;background:#fff;"
      "color:inherit;font:inherit}\n"
      ".controls input{flex:1;max-width:420px}\n"
      ".controls button{cursor:pointer}\n"
      "#shown{margin-left:auto;color:var(--muted)}\n"
      "table{width:100%;border-collapse:collapse}\n"
      "th{padding:8px;border-bottom:2px solid var(--line);text-align:left;"
      "font-weight:600;white-space:nowrap}\n"
      "th[data-sort]{cursor:pointer;user-select:none}\n"
      "th[data-sort]:hover{color:#0969da}\n"
      "th[aria-sort=ascending]::after{content:' \\25B2';font-size:10px}\n"
      "th[aria-sort=descending]::after{content:' \\25BC';font-size:10px}\n"
      "td{padding:6px 8px;border-bottom:1px solid var(--line);"
      "vertical-align:top}\n"
      "tr.main{cursor:pointer}\n"
      "tr.main:hover{background:var(--panel)}\n"
      "td.loc,td.certainty{white-space:nowrap}\n"
      ".toggle{width:24px;padding:0;border:0;background:none;color:var(--"
      "muted);"
      "font-size:14px;cursor:pointer}\n"
      ".badge{display:inline-block;padding:1px 8px;border-radius:10px;"
      "color:#fff;font-size:12px;font-weight:600}\n"
      ".badge.kind-return{background:#cf222e}"
      ".badge.kind-global{background:#bc4c00}"
      ".badge.kind-param{background:#8250df}"
      ".badge.kind-unknown{background:#59636e}"
      ".badge.kind-captured{background:#0969da}"
      ".badge.kind-scope{background:#1a7f37}\n"
      ".maybe{color:var(--muted);font-style:italic}\n"
      ".okind{color:var(--muted)}\n"
      "tr.detail>td{background:var(--panel)}\n"
      ".flow{margin:0 0 12px;padding-left:22px}\n"
      ".flow li{margin:2px 0}\n"
      ".flow .loc{color:var(--muted);margin-right:8px}\n"
      "pre.source{margin:0;padding:6px 0;border:1px solid var(--line);"
      "border-radius:6px;background:#fff;overflow-x:auto;tab-size:8}\n"
      "pre.source .line{display:block;padding:0 12px 0 0}\n"
      "pre.source .line.hit{background:var(--hit)}\n"
      ".ln{display:inline-block;width:4.5em;margin-right:12px;padding-right:"
      "8px;"
      "border-right:1px solid var(--line);color:var(--muted);text-align:right;"
      "user-select:none}\n"
      ".nosrc{margin:0;color:var(--muted);font-style:italic}\n"
      "#empty{color:var(--muted);font-style:italic}\n"
      "ul.plain{margin:0;padding-left:20px}\n"
      "footer{padding:16px 32px;color:var(--muted);font-size:12px}\n";

/* Filtering, sorting and expanding; the rows are in the page already.  */
static const char html_script[]
    = "(function () {\n"
      "  'use strict';\n"
      "  var table = document.getElementById('findings');\n"
      "  var filter = document.getElementById('filter');\n"
      "  var kind = document.getElementById('kind');\n"
      "  var shown = document.getElementById('shown');\n"
      "  var empty = document.getElementById('empty');\n"
      "  var expand = document.getElementById('expand');\n"
      "  var headers = table.tHead.rows[0].cells;\n"
      "  var bodies = Array.prototype.slice.call(table.tBodies);\n"
      "\n"
      "  function update() {\n"
      "    var text = filter.value.trim().toLowerCase(), k = kind.value;\n"
      "    var n = 0;\n"
      "    bodies.forEach(function (body) {\n"
      "      var match = (!k || body.dataset.kind === k)\n"
      "        && (!text || body.rows[0].textContent.toLowerCase()\n"
      "                       .indexOf(text) >= 0);\n"
      "      body.hidden = !match;\n"
      "      if (match) n++;\n"
      "    });\n"
      "    shown.textContent = 'Showing ' + n + ' of ' + bodies.length\n"
      "      + (bodies.length === 1 ? ' finding' : ' findings');\n"
      "    empty.hidden = n > 0;\n"
      "  }\n"
      "\n"
      "  function toggle(body, open) {\n"
      "    var detail = body.rows[1], button = "
      "body.querySelector('.toggle');\n"
      "    if (open === undefined) open = detail.hidden;\n"
      "    detail.hidden = !open;\n"
      "    button.setAttribute('aria-expanded', String(open));\n"
      "    button.textContent = open ? '\\u25BE' : '\\u25B8';\n"
      "  }\n"
      "\n"
      "  function sortKey(body, column) {\n"
      "    var cell = body.rows[0].cells[column];\n"
      "    return cell.dataset.key !== undefined ? cell.dataset.key\n"
      "                                          : cell.textContent;\n"
      "  }\n"
      "\n"
      "  function sortBy(column) {\n"
      "    var header = headers[column];\n"
      "    var ascending = header.getAttribute('aria-sort') !== 'ascending';\n"
      "    Array.prototype.forEach.call(headers, function (h) {\n"
      "      h.removeAttribute('aria-sort');\n"
      "    });\n"
      "    header.setAttribute('aria-sort',\n"
      "                        ascending ? 'ascending' : 'descending');\n"
      "    bodies.sort(function (a, b) {\n"
      "      var x = sortKey(a, column), y = sortKey(b, column);\n"
      "      var order = x < y ? -1 : x > y ? 1 : 0;\n"
      "      return ascending ? order : -order;\n"
      "    });\n"
      "    bodies.forEach(function (body) { table.appendChild(body); });\n"
      "  }\n"
      "\n"
      "  Array.prototype.forEach.call(headers, function (header, column) {\n"
      "    if (!header.hasAttribute('data-sort')) return;\n"
      "    header.tabIndex = 0;\n"
      "    header.addEventListener('click', function () { sortBy(column); "
      "});\n"
      "    header.addEventListener('keydown', function (e) {\n"
      "      if (e.key === 'Enter' || e.key === ' ') {\n"
      "        e.preventDefault();\n"
      "        sortBy(column);\n"
      "      }\n"
      "    });\n"
      "  });\n"
      "  table.addEventListener('click', function (e) {\n"
      "    var row = e.target.closest('tr.main');\n"
      "    if (row) toggle(row.parentNode);\n"
      "  });\n"
      "  expand.addEventListener('click', function () {\n"
      "    var open = expand.getAttribute('aria-pressed') !== 'true';\n"
      "    bodies.forEach(function (body) { toggle(body, open); });\n"
      "    expand.setAttribute('aria-pressed', String(open));\n"
      "    expand.textContent = open ? 'Collapse all' : 'Expand all';\n"
      "  });\n"
      "  filter.addEventListener('input', update);\n"
      "  kind.addEventListener('change', update);\n"
      "  update();\n"
      "})();\n";

static void
put_html (FILE *out, const char *s)
{
  for (; *s; s++)
    switch (*s)
      {
      case '&':
	fputs ("&amp;", out);
	break;
      case '<':
	fputs ("&lt;", out);
	break;
      case '>':
	fputs ("&gt;", out);
	break;
      case '"':
	fputs ("&quot;", out);
	break;
      case '\'':
	fputs ("&#39;", out);
	break;
      default:
	fputc (*s, out);
      }
}

static void
put_html_n (FILE *out, const char *s, size_t len)
{
  char *copy = xmalloc (len + 1);

  memcpy (copy, s, len);
  copy[len] = '\0';
  put_html (out, copy);
  free (copy);
}

/* A source file read for its excerpts; TEXT is NULL if it could not be
   read.  */
struct source_file
{
  char *path;
  char *text;
  size_t len;
};

/* The source file FILE of SET, read once into CACHE.  */
static const struct source_file *
source_lookup (struct table *cache, const struct report_set *set,
	       const char *file)
{
  char *path = source_path (set, file);
  struct source_file *source = table_get (cache, path);

  if (source)
    {
      free (path);
      return source;
    }
  source = xmalloc (sizeof *source);
  *source = (struct source_file){ path, NULL, 0 };

  FILE *f = fopen (path, "rb");
  if (f)
    {
      struct strbuf text = { NULL, 0, 0 };
      char chunk[65536];
      size_t got;

      strbuf_puts (&text, "");
      while ((got = fread (chunk, 1, sizeof chunk, f)) > 0)
	strbuf_add (&text, chunk, got);
      if (ferror (f))
	free (text.data);
      else
	{
	  source->text = text.data;
	  source->len = text.len;
	}
      fclose (f);
    }
  table_put (cache, path, source);
  return source;
}

static void
free_source_cache (struct table *cache)
{
  for (size_t i = 0; i < cache->cap; i++)
    if (cache->keys[i])
      {
	struct source_file *source = cache->values[i];
	free (source->path);
	free (source->text);
	free (source);
      }
  table_free (cache);
}

/* The lines of SOURCE around LINE, which is highlighted.  */
static void
put_excerpt (FILE *out, const struct source_file *source, int64_t line)
{
  int64_t first = line > EXCERPT_CONTEXT ? line - EXCERPT_CONTEXT : 1;
  int64_t number = 1;
  const char *p = source->text, *end = source->text + source->len;

  while (number < first && p < end)
    {
      const char *newline = memchr (p, '\n', (size_t) (end - p));
      p = newline ? newline + 1 : end;
      number++;
    }
  if (line < 1 || p >= end)
    {
      fprintf (out,
	       "<p class=\"nosrc\">source not found: line %" PRId64
	       " is not in ",
	       line);
      put_html (out, source->path);
      fputs ("</p>\n", out);
      return;
    }

  fputs ("<pre class=\"source\">", out);
  for (; number <= line + EXCERPT_CONTEXT && p < end; number++)
    {
      const char *newline = memchr (p, '\n', (size_t) (end - p));
      const char *line_end = newline ? newline : end;
      size_t len = (size_t) (line_end - p);

      if (len > 0 && p[len - 1] == '\r')
	len--;
      fprintf (out,
	       "<span class=\"line%s\"><span class=\"ln\">%" PRId64 "</span>",
	       number == line ? " hit" : "", number);
      put_html_n (out, p, len);
      fputs ("</span>", out);
      p = newline ? newline + 1 : end;
    }
  fputs ("</pre>\n", out);
}

static void
put_html_location (FILE *out, const struct location *loc)
{
  put_html (out, file_name (loc->file));
  if (loc->line > 0)
    fprintf (out, ":%" PRId64, loc->line);
  if (loc->line > 0 && loc->column > 0)
    fprintf (out, ":%" PRId64, loc->column);
}

static void
put_html_finding (FILE *out, const struct report_set *set,
		  const struct finding *f, struct table *sources)
{
  fprintf (out, "<tbody class=\"finding\" data-kind=\"%s\">\n", f->kind);
  fputs ("<tr class=\"main\"><td><button type=\"button\" class=\"toggle\" "
	 "aria-expanded=\"false\" aria-label=\"Details\">&#x25B8;</button>"
	 "</td>",
	 out);
  fprintf (out, "<td><span class=\"badge kind-%s\">%s</span></td>", f->kind,
	   f->kind);
  fprintf (out, "<td class=\"certainty%s\">%s</td>",
	   is_certain (f) ? "" : " maybe", f->certainty);
  fputs ("<td class=\"loc\" data-key=\"", out);
  put_html (out, file_name (f->location.file));
  fprintf (out, " %010" PRId64 " %010" PRId64 "\">", f->location.line,
	   f->location.column);
  put_html_location (out, &f->location);
  fputs ("</td><td><code>", out);
  put_html (out, f->function->name);
  fputs ("</code></td><td>", out);
  if (f->object)
    {
      fputs ("<code>", out);
      put_html (out, f->object);
      fputs ("</code> ", out);
    }
  fputs ("<span class=\"okind\">", out);
  if (!f->object)
    fputs ("unnamed ", out);
  put_html (out, f->object_kind);
  fputs ("</span></td><td>", out);
  put_html (out, f->message);
  fputs ("</td></tr>\n", out);

  fputs ("<tr class=\"detail\" hidden><td></td><td colspan=\"6\">\n"
	 "<h3>Flow</h3>\n<ol class=\"flow\">\n",
	 out);
  for (size_t i = 0; i < f->n_path + f->n_flow; i++)
    {
      const struct step *s = finding_step (f, i);
      fputs ("<li><span class=\"loc\">", out);
      put_html_location (out, &s->location);
      fputs ("</span>", out);
      put_html (out, s->text);
      fputs ("</li>\n", out);
    }
  fputs ("</ol>\n<h3>Source</h3>\n", out);
  const struct source_file *source
      = f->location.file ? source_lookup (sources, set, f->location.file)
			 : NULL;
  if (!source)
    fputs ("<p class=\"nosrc\">source not found: the file is not known</p>\n",
	   out);
  else if (source->text)
    put_excerpt (out, source, f->location.line);
  else
    {
      fputs ("<p class=\"nosrc\">source not found: ", out);
      put_html (out, source->path);
      fputs ("</p>\n", out);
    }
  fputs ("</td></tr>\n</tbody>\n", out);
}

static void
cmd_html (const struct report_set *set, FILE *out)
{
  size_t n_skipped = 0;
  struct table sources = { NULL, NULL, 0, 0 };

  for (size_t i = 0; i < set->n_functions; i++)
    n_skipped += is_skipped (set->functions[i]);

  fputs ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	 "<meta charset=\"utf-8\">\n"
	 "<meta name=\"viewport\" content=\"width=device-width, "
	 "initial-scale=1\">\n"
	 "<title>gcc-escape report</title>\n"
	 "<link rel=\"icon\" href=\"data:,\">\n<style>\n",
	 out);
  fputs (html_style, out);
  fputs ("</style>\n</head>\n<body>\n<header>\n<h1>gcc-escape report</h1>\n"
	 "<p class=\"meta\">",
	 out);
  fprintf (out, "%zu %s in %zu %s of %zu %s &middot; ", set->n_findings,
	   plural (set->n_findings, "finding", "findings"), set->n_functions,
	   plural (set->n_functions, "function", "functions"), set->n_units,
	   plural (set->n_units, "unit", "units"));
  put_html (out, set->directory ? set->directory : "directory not known");
  fputs ("</p>\n</header>\n<main>\n<section class=\"totals\">\n", out);
  fprintf (out,
	   "<div class=\"total\"><span class=\"count\">%zu</span>"
	   "<span class=\"label\">%s</span></div>\n",
	   set->n_findings, plural (set->n_findings, "finding", "findings"));
  for (size_t k = 0; k < N_KINDS; k++)
    {
      size_t count = 0;
      for (size_t i = 0; i < set->n_findings; i++)
	count += strcmp (set->findings[i]->kind, kinds[k].name) == 0;
      fprintf (out,
	       "<div class=\"total kind-%s%s\"><span class=\"count\">%zu"
	       "</span><span class=\"label\">%s</span></div>\n",
	       kinds[k].name, count ? "" : " none", count, kinds[k].name);
    }
  fputs ("</section>\n<section class=\"controls\">\n"
	 "<input id=\"filter\" type=\"search\" placeholder=\"Filter "
	 "findings\" aria-label=\"Filter findings\">\n"
	 "<select id=\"kind\" aria-label=\"Kind\">"
	 "<option value=\"\">All kinds</option>",
	 out);
  for (size_t k = 0; k < N_KINDS; k++)
    fprintf (out, "<option value=\"%s\">%s</option>", kinds[k].name,
	     kinds[k].name);
  fprintf (out,
	   "</select>\n<button type=\"button\" id=\"expand\" "
	   "aria-pressed=\"false\">Expand all</button>\n"
	   "<span id=\"shown\">%zu %s</span>\n</section>\n",
	   set->n_findings, plural (set->n_findings, "finding", "findings"));

  fputs ("<table id=\"findings\">\n<thead><tr><th></th>"
	 "<th data-sort>Kind</th><th data-sort>Certainty</th>"
	 "<th data-sort>Location</th><th data-sort>Function</th>"
	 "<th data-sort>Object</th><th data-sort>Message</th></tr></thead>\n",
	 out);
  for (size_t i = 0; i < set->n_findings; i++)
    put_html_finding (out, set, set->findings[i], &sources);
  fputs ("</table>\n<p id=\"empty\" hidden>No finding matches.</p>\n", out);

  if (n_skipped > 0)
    {
      fputs ("<h2>Functions not analysed (over the analysis budget)</h2>\n"
	     "<ul class=\"plain\">\n",
	     out);
      for (size_t i = 0; i < set->n_functions; i++)
	if (is_skipped (set->functions[i]))
	  {
	    fputs ("<li><code>", out);
	    put_html (out, set->functions[i]->name);
	    fputs ("</code> <span class=\"loc\">", out);
	    put_html_location (out, &set->functions[i]->location);
	    fputs ("</span></li>\n", out);
	  }
      fputs ("</ul>\n", out);
    }

  fputs ("<h2>Units</h2>\n<ul class=\"plain\">\n", out);
  for (size_t i = 0; i < set->n_units; i++)
    {
      json_object *source, *directory;

      /* add_unit checked that both are there.  */
      json_object_object_get_ex (set->units[i], "source", &source);
      json_object_object_get_ex (set->units[i], "directory", &directory);
      fputs ("<li><code>", out);
      put_html (out, json_object_get_string (source));
      fputs ("</code> <span class=\"okind\">in ", out);
      put_html (out, directory ? json_object_get_string (directory)
			       : "a directory not known");
      fputs ("</span></li>\n", out);
    }
  fputs ("</ul>\n</main>\n", out);
  fprintf (out,
	   "<footer>Generated by escape-report (gcc-escape %s)</footer>\n",
	   PACKAGE_VERSION);
  fputs ("<script>\n", out);
  fputs (html_script, out);
  fputs ("</script>\n</body>\n</html>\n", out);
  free_source_cache (&sources);
}

/* ------------------------------------------------------------------ */
/* compdb                                                              */
/* ------------------------------------------------------------------ */

static void
put_shell_quoted (FILE *out, const char *s)
{
  fputc ('\'', out);
  for (; *s; s++)
    if (*s == '\'')
      fputs ("'\\''", out);
    else
      fputc (*s, out);
  fputc ('\'', out);
}

static const char *
compdb_string (json_object *value, const char *file, size_t index,
	       const char *what)
{
  if (!json_object_is_type (value, json_type_string))
    die ("%s: entry %zu: %s must be a string", file, index, what);
  const char *s = json_object_get_string (value);
  if (strchr (s, '\n'))
    die ("%s: entry %zu: a newline in %s", file, index, what);
  return s;
}

/* Print, one a line, a shell command for each entry of the compilation
   database FILE that compiles C: the command in the entry's directory
   with the N_EXTRA EXTRA arguments added.  */
static void
cmd_compdb (const char *file, char *const *extra, size_t n_extra, FILE *out)
{
  json_object *entries = read_json_file (file);
  size_t n_other = 0;

  if (!json_object_is_type (entries, json_type_array))
    die ("%s: not a compilation database: the top level is not an array",
	 file);
  for (size_t i = 0; i < json_object_array_length (entries); i++)
    {
      json_object *entry = json_object_array_get_idx (entries, i);
      json_object *value;

      if (!json_object_is_type (entry, json_type_object))
	die ("%s: entry %zu is not an object", file, i);
      if (!json_object_object_get_ex (entry, "file", &value))
	die ("%s: entry %zu has no \"file\"", file, i);
      if (!ends_with (compdb_string (value, file, i, "\"file\""), ".c"))
	{
	  n_other++;
	  continue;
	}
      if (!json_object_object_get_ex (entry, "directory", &value))
	die ("%s: entry %zu has no \"directory\"", file, i);
      fputs ("cd ", out);
      put_shell_quoted (out, compdb_string (value, file, i, "\"directory\""));
      fputs (" &&", out);
      if (json_object_object_get_ex (entry, "arguments", &value))
	{
	  if (!json_object_is_type (value, json_type_array)
	      || json_object_array_length (value) == 0)
	    die ("%s: entry %zu: \"arguments\" must be a non-empty array",
		 file, i);
	  for (size_t j = 0; j < json_object_array_length (value); j++)
	    {
	      fputc (' ', out);
	      put_shell_quoted (
		  out, compdb_string (json_object_array_get_idx (value, j),
				      file, i, "\"arguments\""));
	    }
	}
      else if (json_object_object_get_ex (entry, "command", &value))
	/* Already a shell command line.  */
	fprintf (out, " %s", compdb_string (value, file, i, "\"command\""));
      else
	die ("%s: entry %zu has neither \"arguments\" nor \"command\"", file,
	     i);
      for (size_t j = 0; j < n_extra; j++)
	{
	  fputc (' ', out);
	  put_shell_quoted (out, extra[j]);
	}
      fputc ('\n', out);
    }
  if (n_other > 0)
    fprintf (stderr, "escape-report: %s: skipped %zu %s not compiling C\n",
	     file, n_other, plural (n_other, "entry", "entries"));
  json_object_put (entries);
}

/* ------------------------------------------------------------------ */
/* The command line.                                                   */
/* ------------------------------------------------------------------ */

static void
print_help (void)
{
  fputs (
      "Usage: escape-report COMMAND [-o FILE] REPORT...\n"
      "Read gcc-escape JSON reports (files, or directories searched for "
      "*.json)\n"
      "as one set, in which a function or finding seen by several units is "
      "kept\n"
      "once, and write it to standard output or FILE.\n"
      "\n"
      "Commands:\n"
      "  merge REPORT...       one report with every function and finding\n"
      "  summary REPORT...     counts by kind, by file and by function\n"
      "  sarif REPORT...       SARIF 2.1.0\n"
      "  diff --baseline OLD REPORT...\n"
      "                        the findings absent from the baseline OLD (a "
      "report\n"
      "                        or a directory); exit status 1 if there are "
      "some\n"
      "  html REPORT...        a self-contained HTML page\n"
      "  compdb FILE [-- ARG...]\n"
      "                        a shell command line per C entry of the\n"
      "                        compilation database FILE, with ARGs added\n"
      "\n"
      "Options:\n"
      "  -o, --output=FILE     write to FILE instead of standard output\n"
      "  --baseline=OLD        the baseline of diff\n"
      "  -h, --help            print this help and exit\n"
      "  --version             print the version and exit\n"
      "\n"
      "Exit status: 0; 1 if diff found new findings; 2 on a usage or input "
      "error.\n"
      "See escape-report(1).\n",
      stdout);
}

enum command
{
  COMMAND_MERGE,
  COMMAND_SUMMARY,
  COMMAND_SARIF,
  COMMAND_DIFF,
  COMMAND_HTML,
  COMMAND_COMPDB
};

static const char *const command_names[]
    = { "merge", "summary", "sarif", "diff", "html", "compdb" };

/* The value of option NAME at ARGV[*I], given as "NAME=VALUE", "NAME
   VALUE" or, with a one-letter SHORT_NAME, "-XVALUE"; NULL if ARGV[*I] is
   not that option.  */
static const char *
option_value (char **argv, int argc, int *i, const char *name,
	      const char *short_name)
{
  const char *arg = argv[*i];
  size_t len = strlen (name);

  if (strncmp (arg, name, len) == 0 && arg[len] == '=')
    return arg + len + 1;
  if (short_name && strncmp (arg, short_name, 2) == 0 && arg[2] != '\0')
    return arg + 2;
  if (strcmp (arg, name) == 0 || (short_name && strcmp (arg, short_name) == 0))
    {
      if (*i + 1 >= argc)
	usage_error ("option '%s' needs a value", arg);
      return argv[++*i];
    }
  return NULL;
}

int
main (int argc, char **argv)
{
  struct output output = { NULL, NULL };
  char **inputs = xmalloc ((size_t) argc * sizeof *inputs);
  char **baseline = xmalloc ((size_t) argc * sizeof *baseline);
  size_t n_inputs = 0, n_baseline = 0;
  char **extra = NULL;
  size_t n_extra = 0;
  size_t command;
  int status = EXIT_NO_NEW_FINDINGS;

  if (argc < 2)
    usage_error ("no command given");
  if (strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "--help") == 0)
    {
      print_help ();
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("escape-report (gcc-escape) %s\n", PACKAGE_VERSION);
      return 0;
    }
  for (command = 0; command < N_ELEMENTS (command_names); command++)
    if (strcmp (argv[1], command_names[command]) == 0)
      break;
  if (command == N_ELEMENTS (command_names))
    usage_error ("unknown command '%s'", argv[1]);

  for (int i = 2; i < argc; i++)
    {
      const char *value;

      if (strcmp (argv[i], "--") == 0)
	{
	  /* After "--": compdb's extra arguments, or more inputs.  */
	  if (command == COMMAND_COMPDB)
	    {
	      extra = argv + i + 1;
	      n_extra = (size_t) (argc - i - 1);
	      break;
	    }
	  while (++i < argc)
	    inputs[n_inputs++] = argv[i];
	}
      else if (strcmp (argv[i], "-h") == 0 || strcmp (argv[i], "--help") == 0)
	{
	  print_help ();
	  return 0;
	}
      else if ((value = option_value (argv, argc, &i, "--output", "-o")))
	output.path = value;
      else if (command == COMMAND_DIFF
	       && (value = option_value (argv, argc, &i, "--baseline", NULL)))
	baseline[n_baseline++] = (char *) value;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
	usage_error ("%s: unknown option '%s'", command_names[command],
		     argv[i]);
      else
	inputs[n_inputs++] = argv[i];
    }

  if (n_inputs == 0)
    usage_error ("%s: no %s given", command_names[command],
		 command == COMMAND_COMPDB ? "compilation database"
					   : "report file or directory");
  if (command == COMMAND_DIFF && n_baseline == 0)
    usage_error ("diff: no baseline given (--baseline OLD)");
  if (command == COMMAND_COMPDB)
    {
      if (n_inputs != 1)
	usage_error ("compdb: give one compilation database");
      cmd_compdb (inputs[0], extra, n_extra, open_output (&output));
      close_output (&output);
      free (inputs);
      free (baseline);
      return 0;
    }

  struct report_set set = { 0 };
  struct report_set old = { 0 };
  load_reports (&set, inputs, n_inputs);
  if (command == COMMAND_DIFF)
    load_reports (&old, baseline, n_baseline);

  FILE *out = open_output (&output);
  switch (command)
    {
    case COMMAND_MERGE:
      cmd_merge (&set, out);
      break;
    case COMMAND_SUMMARY:
      cmd_summary (&set, out);
      break;
    case COMMAND_SARIF:
      cmd_sarif (&set, out);
      break;
    case COMMAND_DIFF:
      status = cmd_diff (&old, &set, out);
      free_report_set (&old);
      break;
    case COMMAND_HTML:
      cmd_html (&set, out);
      break;
    }
  close_output (&output);
  free_report_set (&set);
  free (inputs);
  free (baseline);
  return status;
}
