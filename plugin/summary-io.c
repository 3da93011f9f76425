/* summary-io.c -- summaries across translation units: a table written
   as JSON (libjson-c) by one compile and read by the next.

   The file of one unit:

     { "format": "gcc-escape-summaries", "version": 1,
       "functions": [ { "name": "keep", "params": ["p"],
			"returns": [PLACE...],
			"writes": [ { "dest": PLACE, "values": [PLACE...],
				      "keeps_old": false,
				      "file": "keep.c", "line": 3,
				      "column": 5 } ] } ] }

   where a PLACE is { "root": "param", "index": 0, "name": null,
   "path": [8], "offset": 0 } (offsets -1: unknown).  A function that
   tests its parameters has also "cases": { "tests": [ { "param": 2,
   "cmp": "eq", "value": 0 } ], "returns": [...], "writes": [...] }, its
   writes and returns case by case (engine-internal.h), where a place
   may have "unless" (a case mask) and a write "kept_when" and
   "skipped_when" (case masks).  A value written may have "chosen": the
   cases in which the caller's arguments choose whether it is stored; an
   applied write stored on some paths only has "some_paths": true.  */

#include "engine-internal.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

static const char *const root_names[] = {
  [PLACE_NONE] = "none",       [PLACE_PARAM] = "param",
  [PLACE_GLOBAL] = "global",   [PLACE_STATIC] = "static",
  [PLACE_FRESH] = "fresh",     [PLACE_UNKNOWN] = "unknown",
  [PLACE_CAPTURE] = "capture", [PLACE_RESULT] = "result",
};

#define FORMAT_NAME "gcc-escape-summaries"
#define FORMAT_VERSION 1

static json_object *
offset_json (uint32_t offset)
{
  return json_object_new_int64 (offset >= OFFSET_LIMIT ? -1
						       : (int64_t) offset);
}

static json_object *
place_json (const place *p)
{
  json_object *o = json_object_new_object ();
  json_object_object_add (o, "root",
			  json_object_new_string (root_names[p->root]));
  json_object_object_add (o, "index", json_object_new_int (p->index));
  json_object_object_add (o, "name",
			  p->name ? json_object_new_string (p->name) : NULL);
  json_object *path = json_object_new_array ();
  for (int i = 0; i < p->depth; i++)
    json_object_array_add (path, offset_json (p->path[i]));
  json_object_object_add (o, "path", path);
  json_object_object_add (o, "offset", offset_json (p->offset));
  if (p->unless)
    json_object_object_add (o, "unless", json_object_new_int64 (p->unless));
  if (p->chosen)
    json_object_object_add (o, "chosen", json_object_new_int64 (p->chosen));
  return o;
}

static const char *const compare_names[] = {
  [ESC_CMP_EQ] = "eq", [ESC_CMP_NE] = "ne", [ESC_CMP_LT] = "lt",
  [ESC_CMP_LE] = "le", [ESC_CMP_GT] = "gt", [ESC_CMP_GE] = "ge",
};

/* The returns and writes of S, into O.  */
static void
effects_json (json_object *o, const esc_summary *s)
{
  json_object *returns = json_object_new_array ();
  for (int i = 0; i < s->nreturns; i++)
    json_object_array_add (returns, place_json (&s->returns[i]));
  json_object_object_add (o, "returns", returns);
  json_object *writes = json_object_new_array ();
  for (int i = 0; i < s->nwrites; i++)
    {
      const summary_write *w = &s->writes[i];
      json_object *wo = json_object_new_object ();
      json_object_object_add (wo, "dest", place_json (&w->dest));
      json_object *values = json_object_new_array ();
      for (int k = 0; k < w->nvalues; k++)
	json_object_array_add (values, place_json (&w->values[k]));
      json_object_object_add (wo, "values", values);
      json_object_object_add (wo, "keeps_old",
			      json_object_new_boolean (w->keeps_old));
      if (w->some_paths)
	json_object_object_add (wo, "some_paths",
				json_object_new_boolean (true));
      if (s->ntests)
	{
	  json_object_object_add (wo, "kept_when",
				  json_object_new_int64 (w->kept_when));
	  json_object_object_add (wo, "skipped_when",
				  json_object_new_int64 (w->skipped_when));
	}
      json_object_object_add (
	  wo, "file",
	  w->loc.file ? json_object_new_string (w->loc.file) : NULL);
      json_object_object_add (wo, "line", json_object_new_int (w->loc.line));
      json_object_object_add (wo, "column",
			      json_object_new_int (w->loc.column));
      json_object_array_add (writes, wo);
    }
  json_object_object_add (o, "writes", writes);
}

static json_object *
summary_json (const esc_summary *s)
{
  json_object *o = json_object_new_object ();
  json_object_object_add (o, "name", json_object_new_string (s->name));
  json_object *params = json_object_new_array ();
  for (int i = 0; i < s->nparams; i++)
    json_object_array_add (
	params,
	s->param_names[i] ? json_object_new_string (s->param_names[i]) : NULL);
  json_object_object_add (o, "params", params);
  effects_json (o, s);
  if (s->by_case)
    {
      const esc_summary *c = s->by_case;
      json_object *cases = json_object_new_object ();
      json_object *tests = json_object_new_array ();
      for (int i = 0; i < c->ntests; i++)
	{
	  json_object *t = json_object_new_object ();
	  json_object_object_add (t, "param",
				  json_object_new_int (c->tests[i].param));
	  json_object_object_add (
	      t, "cmp", json_object_new_string (compare_names[c->tests[i].cmp]));
	  json_object_object_add (t, "value",
				  json_object_new_int64 (c->tests[i].value));
	  json_object_array_add (tests, t);
	}
      json_object_object_add (cases, "tests", tests);
      effects_json (cases, c);
      json_object_object_add (o, "cases", cases);
    }
  return o;
}

char *
esc_summaries_to_json (const esc_summary_table *t, const char *const *names,
		       int nnames)
{
  json_object *doc = json_object_new_object ();
  json_object_object_add (doc, "format", json_object_new_string (FORMAT_NAME));
  json_object_object_add (doc, "version",
			  json_object_new_int (FORMAT_VERSION));
  json_object *fns = json_object_new_array ();
  for (int i = 0; i < nnames; i++)
    {
      const esc_summary *s = esc_summary_find (t, names[i]);
      if (s)
	json_object_array_add (fns, summary_json (s));
    }
  json_object_object_add (doc, "functions", fns);
  char *text = xstrdup_or_null (json_object_to_json_string_ext (
      doc, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
  json_object_put (doc);
  return text;
}

/* Reading.  */

static bool
get_int (json_object *o, const char *key, int64_t *out)
{
  json_object *v;
  if (!json_object_object_get_ex (o, key, &v)
      || !json_object_is_type (v, json_type_int))
    return false;
  *out = json_object_get_int64 (v);
  return true;
}

static uint32_t
offset_of (int64_t v)
{
  return v < 0 || v >= OFFSET_LIMIT ? OFFSET_ANY : (uint32_t) v;
}

static bool
read_place (json_object *o, place *p)
{
  memset (p, 0, sizeof *p);
  json_object *v;
  if (!json_object_is_type (o, json_type_object)
      || !json_object_object_get_ex (o, "root", &v)
      || !json_object_is_type (v, json_type_string))
    return false;
  const char *root = json_object_get_string (v);
  bool found = false;
  for (size_t i = 0; i < sizeof root_names / sizeof root_names[0]; i++)
    if (strcmp (root, root_names[i]) == 0)
      {
	p->root = (enum place_root) i;
	found = true;
      }
  int64_t index, offset;
  if (!found || !get_int (o, "index", &index)
      || !get_int (o, "offset", &offset))
    return false;
  p->index = (int) index;
  p->offset = offset_of (offset);
  int64_t unless;
  if (get_int (o, "unless", &unless))
    p->unless = (case_mask) unless;
  int64_t chosen;
  if (get_int (o, "chosen", &chosen))
    p->chosen = (case_mask) chosen;
  if (json_object_object_get_ex (o, "name", &v)
      && json_object_is_type (v, json_type_string))
    p->name = xstrdup_or_null (json_object_get_string (v));
  if ((p->root == PLACE_GLOBAL || p->root == PLACE_STATIC
       || p->root == PLACE_CAPTURE)
      && !p->name)
    return false;
  if (json_object_object_get_ex (o, "path", &v)
      && json_object_is_type (v, json_type_array))
    {
      size_t n = json_object_array_length (v);
      if (n > MAX_POINTEE_DEPTH)
	return false;
      for (size_t i = 0; i < n; i++)
	{
	  json_object *e = json_object_array_get_idx (v, i);
	  if (!json_object_is_type (e, json_type_int))
	    return false;
	  p->path[i] = offset_of (json_object_get_int64 (e));
	}
      p->depth = (int) n;
    }
  return true;
}

/* The places of array A, into *V and *N; false if one is malformed.  */
static bool
read_places (json_object *a, place **v, int *n)
{
  *v = NULL;
  *n = 0;
  if (!json_object_is_type (a, json_type_array))
    return false;
  size_t len = json_object_array_length (a);
  *v = xmalloc_zero ((len ? len : 1) * sizeof (place));
  for (size_t i = 0; i < len; i++)
    {
      if (!read_place (json_object_array_get_idx (a, i), &(*v)[i]))
	return false;
      (*n)++;
    }
  return true;
}

/* The returns and writes of O, into S; false if malformed.  */
static bool
read_effects (esc_summary_table *t, json_object *o, esc_summary *s)
{
  json_object *v, *writes;
  if (!json_object_object_get_ex (o, "returns", &v)
      || !read_places (v, &s->returns, &s->nreturns)
      || !json_object_object_get_ex (o, "writes", &writes)
      || !json_object_is_type (writes, json_type_array))
    return false;
  size_t n = json_object_array_length (writes);
  s->writes = xmalloc_zero ((n ? n : 1) * sizeof (summary_write));
  for (size_t i = 0; i < n; i++)
    {
      json_object *wo = json_object_array_get_idx (writes, i);
      summary_write *w = &s->writes[i];
      json_object *dest, *values, *keeps;
      if (!json_object_is_type (wo, json_type_object)
	  || !json_object_object_get_ex (wo, "dest", &dest)
	  || !json_object_object_get_ex (wo, "values", &values)
	  || !json_object_object_get_ex (wo, "keeps_old", &keeps))
	return false;
      s->nwrites++;
      if (!read_place (dest, &w->dest)
	  || !read_places (values, &w->values, &w->nvalues))
	return false;
      w->keeps_old = json_object_get_boolean (keeps);
      int64_t kept_when;
      w->kept_when = get_int (wo, "kept_when", &kept_when)
		       ? (case_mask) kept_when
		       : w->keeps_old;
      int64_t skipped_when;
      w->skipped_when = get_int (wo, "skipped_when", &skipped_when)
			  ? (case_mask) skipped_when
			  : w->kept_when;
      json_object *some_paths;
      w->some_paths = json_object_object_get_ex (wo, "some_paths", &some_paths)
		      && json_object_get_boolean (some_paths);
      int64_t line = 0, column = 0;
      get_int (wo, "line", &line);
      get_int (wo, "column", &column);
      w->loc.line = (int) line;
      w->loc.column = (int) column;
      if (json_object_object_get_ex (wo, "file", &v)
	  && json_object_is_type (v, json_type_string))
	w->loc.file = summary_table_string (t, json_object_get_string (v));
    }
  return true;
}

/* The tests of "cases" object O, into S; false if malformed.  */
static bool
read_tests (json_object *o, esc_summary *s)
{
  json_object *tests;
  if (!json_object_object_get_ex (o, "tests", &tests)
      || !json_object_is_type (tests, json_type_array)
      || json_object_array_length (tests) > MAX_SUMMARY_TESTS)
    return false;
  for (size_t i = 0; i < json_object_array_length (tests); i++)
    {
      json_object *t = json_object_array_get_idx (tests, i), *cmp;
      int64_t param, value;
      if (!get_int (t, "param", &param) || !get_int (t, "value", &value)
	  || !json_object_object_get_ex (t, "cmp", &cmp)
	  || !json_object_is_type (cmp, json_type_string))
	return false;
      size_t k = 0;
      while (k < sizeof compare_names / sizeof compare_names[0]
	     && strcmp (compare_names[k], json_object_get_string (cmp)) != 0)
	k++;
      if (k == sizeof compare_names / sizeof compare_names[0])
	return false;
      summary_test *st = &s->tests[s->ntests++];
      st->param = (int) param;
      st->cmp = (enum esc_compare) k;
      st->value = value;
    }
  return true;
}

static esc_summary *
read_summary (esc_summary_table *t, json_object *o)
{
  json_object *v;
  if (!json_object_is_type (o, json_type_object)
      || !json_object_object_get_ex (o, "name", &v)
      || !json_object_is_type (v, json_type_string))
    return NULL;
  esc_summary *s = xmalloc_zero (sizeof *s);
  s->name = xstrdup_or_null (json_object_get_string (v));
  bool ok = true;
  if (json_object_object_get_ex (o, "params", &v)
      && json_object_is_type (v, json_type_array))
    {
      s->nparams = (int) json_object_array_length (v);
      s->param_names = xmalloc_zero ((size_t) (s->nparams ? s->nparams : 1)
				     * sizeof (char *));
      for (int i = 0; i < s->nparams; i++)
	{
	  json_object *e = json_object_array_get_idx (v, (size_t) i);
	  if (json_object_is_type (e, json_type_string))
	    s->param_names[i] = xstrdup_or_null (json_object_get_string (e));
	}
    }
  else
    ok = false;
  ok = ok && read_effects (t, o, s);
  if (ok && json_object_object_get_ex (o, "cases", &v))
    {
      esc_summary *c = s->by_case = xmalloc_zero (sizeof *c);
      c->name = xstrdup_or_null (s->name);
      c->nparams = s->nparams;
      c->param_names = xmalloc_zero ((size_t) (c->nparams ? c->nparams : 1)
				     * sizeof (char *));
      for (int i = 0; i < c->nparams; i++)
	c->param_names[i] = xstrdup_or_null (s->param_names[i]);
      ok = json_object_is_type (v, json_type_object) && read_tests (v, c)
	   && c->ntests > 0 && read_effects (t, v, c);
    }
  if (!ok)
    {
      summary_free (s);
      return NULL;
    }
  summary_finish (s);
  return s;
}

int
esc_summaries_from_json (esc_summary_table *t, const char *text, char **error)
{
  *error = NULL;
  json_tokener *tok = json_tokener_new ();
  json_object *doc = json_tokener_parse_ex (tok, text, (int) strlen (text));
  enum json_tokener_error jerr = json_tokener_get_error (tok);
  json_tokener_free (tok);
  if (!doc || jerr != json_tokener_success)
    {
      *error = text_format ("not JSON: %s", json_tokener_error_desc (jerr));
      json_object_put (doc);
      return 0;
    }
  json_object *v;
  int64_t version;
  if (!json_object_object_get_ex (doc, "format", &v)
      || !json_object_is_type (v, json_type_string)
      || strcmp (json_object_get_string (v), FORMAT_NAME) != 0
      || !get_int (doc, "version", &version) || version != FORMAT_VERSION)
    {
      *error = text_format ("not a gcc-escape summary file of version %d",
			    FORMAT_VERSION);
      json_object_put (doc);
      return 0;
    }
  json_object *fns;
  int count = 0;
  if (json_object_object_get_ex (doc, "functions", &fns)
      && json_object_is_type (fns, json_type_array))
    for (size_t i = 0; i < json_object_array_length (fns); i++)
      {
	esc_summary *s = read_summary (t, json_object_array_get_idx (fns, i));
	if (!s)
	  {
	    *error = text_format ("malformed summary number %zu", i + 1);
	    json_object_put (doc);
	    return 0;
	  }
	summary_table_put (t, s);
	count++;
      }
  json_object_put (doc);
  return 1;
}
