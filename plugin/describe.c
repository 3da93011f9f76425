/* describe.c -- the words of the findings, shared by the warnings and the
   reports.  */

#include "engine-internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

char *
text_format (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  char *s = xmalloc_zero ((size_t) n + 1);
  va_start (ap, fmt);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return s;
}

const char *
spelled (const esc_quoting *q, const char *name)
{
  return name && q->spell ? q->spell (name) : name;
}

static const char *
name_or (const esc_function *fn, int obj, const char *fallback,
	 const esc_quoting *q)
{
  const char *n = fn->objects[obj].name;
  return n && *n ? spelled (q, n) : fallback;
}

/* "local variable 'x'", "compound literal", "memory allocated by
   'alloca'".  */
static char *
object_phrase (const esc_function *fn, int obj, const esc_quoting *q)
{
  const object *o = &fn->objects[obj];
  if (o->kind == ESC_OBJ_COMPOUND_LITERAL || !o->name || !*o->name)
    return text_format ("%s", o->kind == ESC_OBJ_TEMPORARY
				  ? "a temporary"
				  : esc_object_kind_text (o->kind));
  return text_format ("%s %s%s%s", esc_object_kind_text (o->kind), q->lq,
		      spelled (q, o->name), q->rq);
}

/* Where the address goes: "into global variable 'g'".  */
static char *
sink_phrase (const esc_function *fn, const esc_finding *f,
	     const esc_quoting *q)
{
  const char *lq = q->lq, *rq = q->rq;
  const char *fname = spelled (q, fn->name);
  if (f->sink == ESC_SINK_RETURN)
    return text_format ("via the return value of %s%s%s", lq, fname, rq);
  int sink = f->sink_object;
  const object *s = &fn->objects[sink];
  const object *root = &fn->objects[s->root];
  const char *root_name = name_or (fn, s->root, "?", q);
  switch (s->kind)
    {
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
      return text_format ("from %s%s%s into %s %s%s%s", lq, fname, rq,
			  esc_object_kind_text (s->kind), lq, root_name, rq);
    case ESC_OBJ_GLOBAL_POINTEE:
      return text_format ("from %s%s%s into memory reachable from %s %s%s%s",
			  lq, fname, rq, esc_object_kind_text (root->kind), lq,
			  root_name, rq);
    case ESC_OBJ_PARAM_POINTEE:
      return text_format ("from %s%s%s through parameter %s%s%s", lq, fname,
			  rq, lq, root_name, rq);
    case ESC_OBJ_CALL_RESULT:
      return text_format ("from %s%s%s into memory obtained from %s%s%s", lq,
			  fname, rq, lq, root_name, rq);
    case ESC_OBJ_CAPTURE:
      return text_format ("from %s%s%s, captured by %s%s%s", lq, fname, rq, lq,
			  root_name, rq);
    default:
      return text_format ("from %s%s%s into memory it cannot track", lq, fname,
			  rq);
    }
}

char *
esc_finding_message (const esc_function *fn, const esc_finding *f,
		     const esc_quoting *q)
{
  char *what = object_phrase (fn, f->object, q);
  if (f->sink == ESC_SINK_SCOPE)
    {
      char *msg
	  = text_format ("address of %s %s in %s%s%s after the end of its "
			 "scope",
			 what, f->certain ? "is used" : "may be used", q->lq,
			 spelled (q, fn->name), q->rq);
      free (what);
      return msg;
    }
  char *where = sink_phrase (fn, f, q);
  char *msg = text_format ("address of %s %s %s", what,
			   f->certain ? "escapes" : "may escape", where);
  free (what);
  free (where);
  return msg;
}

char *
esc_object_note (const esc_function *fn, int obj, const esc_quoting *q)
{
  const char *lq = q->lq, *rq = q->rq;
  const object *o = &fn->objects[obj];
  switch (o->kind)
    {
    case ESC_OBJ_COMPOUND_LITERAL:
      return text_format ("compound literal defined here");
    case ESC_OBJ_ALLOCA:
      return text_format ("allocated here by %s%s%s", lq,
			  name_or (fn, obj, "alloca", q), rq);
    case ESC_OBJ_NESTED_FUNCTION:
      if (o->detail && *o->detail)
	return text_format ("%s%s%s defined here uses %s from the frame of "
			    "%s%s%s",
			    lq, name_or (fn, obj, "?", q), rq, o->detail, lq,
			    spelled (q, fn->name), rq);
      return text_format (
	  "%s%s%s defined here; its trampoline is on the stack "
	  "of %s%s%s",
	  lq, name_or (fn, obj, "?", q), rq, lq, spelled (q, fn->name), rq);
    default:
      return text_format ("%s%s%s declared here", lq,
			  name_or (fn, obj, "?", q), rq);
    }
}

char *
esc_container_note (const esc_function *fn, int obj, const esc_quoting *q)
{
  char *what = object_phrase (fn, obj, q);
  char *msg = text_format ("its address is held by %s, which escapes", what);
  free (what);
  return msg;
}

/* What a step without the statement's text is.  */
static char *
step_fallback (const esc_function *fn, const esc_step *s, const esc_quoting *q)
{
  const insn *in = &fn->insns[s->insn];
  switch (s->kind)
    {
    case ESC_STEP_COPY:
      return text_format ("a copy");
    case ESC_STEP_CALL_ARGUMENT:
    case ESC_STEP_CALL_RESULT:
      if (in->callee)
	return text_format ("a call to %s%s%s", q->lq, spelled (q, in->callee),
			    q->rq);
      return text_format ("a call");
    case ESC_STEP_RETURN:
      return text_format ("return");
    case ESC_STEP_USE:
      return text_format ("a dereference");
    default:
      return text_format ("an assignment");
    }
}

char *
esc_step_text (const esc_function *fn, const esc_step *s,
	       const esc_quoting *q)
{
  const char *kind = esc_step_kind_name (s->kind);
  const char *text = fn->insns[s->insn].text;
  if (s->kind == ESC_STEP_ADDRESS && s->object >= 0)
    {
      const object *o = &fn->objects[s->object];
      if (o->kind == ESC_OBJ_COMPOUND_LITERAL)
	return text_format ("from &(compound literal) (%s)", kind);
      if (o->kind != ESC_OBJ_ALLOCA && o->name && *o->name)
	return text_format ("from &%s (%s)", spelled (q, o->name), kind);
    }
  if (text && *text)
    return text_format ("from %s (%s)", spelled (q, text), kind);
  char *what = step_fallback (fn, s, q);
  char *msg = text_format ("from %s (%s)", what, kind);
  free (what);
  return msg;
}

char *
esc_object_does_not_escape (const esc_function *fn, int obj,
			    const esc_quoting *q)
{
  const object *o = &fn->objects[obj];
  if (o->kind == ESC_OBJ_COMPOUND_LITERAL || o->kind == ESC_OBJ_ALLOCA
      || !o->name || !*o->name)
    {
      char *what = object_phrase (fn, obj, q);
      char *msg = text_format ("%s does not escape", what);
      free (what);
      return msg;
    }
  /* Unquoted, as Go's -m and "leaking param: p".  */
  return text_format ("%s does not escape", spelled (q, o->name));
}

/* Where the address goes, for -m: "global variable 'g'".  */
static char *
destination_phrase (const esc_function *fn, const esc_finding *f,
		    const esc_quoting *q)
{
  const char *lq = q->lq, *rq = q->rq;
  if (f->sink == ESC_SINK_RETURN)
    return text_format ("the return value");
  const object *s = &fn->objects[f->sink_object];
  const object *root = &fn->objects[s->root];
  const char *root_name = name_or (fn, s->root, "?", q);
  switch (s->kind)
    {
    case ESC_OBJ_GLOBAL:
    case ESC_OBJ_STATIC:
      return text_format ("%s %s%s%s", esc_object_kind_text (s->kind), lq,
			  root_name, rq);
    case ESC_OBJ_GLOBAL_POINTEE:
      return text_format ("memory reachable from %s %s%s%s",
			  esc_object_kind_text (root->kind), lq, root_name, rq);
    case ESC_OBJ_PARAM_POINTEE:
      return text_format ("the caller, through parameter %s%s%s", lq,
			  root_name, rq);
    case ESC_OBJ_CALL_RESULT:
      return text_format ("memory obtained from %s%s%s", lq, root_name, rq);
    case ESC_OBJ_CAPTURE:
      return text_format ("%s%s%s, which keeps it", lq, root_name, rq);
    default:
      return text_format ("memory the analysis cannot track");
    }
}

char *
esc_flow_header (const esc_function *fn, const esc_finding *f,
		 const esc_quoting *q)
{
  const object *o = &fn->objects[f->object];
  char *what;
  if (o->kind == ESC_OBJ_COMPOUND_LITERAL)
    what = text_format ("&(compound literal)");
  else if (o->kind == ESC_OBJ_ALLOCA)
    what = text_format ("%s()", name_or (fn, f->object, "alloca", q));
  else
    what = text_format ("&%s", name_or (fn, f->object, "?", q));
  char *msg;
  if (f->sink == ESC_SINK_RETURN)
    msg = text_format ("{result} = %s", what);
  else if (f->sink == ESC_SINK_SCOPE)
    msg = text_format ("use of %s after its scope", what);
  else
    {
      /* The sink as a C place: "g", "*out", "**gp"; or braced, as Go's
	 "{heap}", when it has no name.  */
      const object *s = &fn->objects[f->sink_object];
      const char *root = name_or (fn, s->root, "?", q);
      int depth = s->kind == ESC_OBJ_GLOBAL || s->kind == ESC_OBJ_STATIC
		      ? 0
		      : s->depth;
      switch (s->kind)
	{
	case ESC_OBJ_GLOBAL:
	case ESC_OBJ_STATIC:
	case ESC_OBJ_GLOBAL_POINTEE:
	case ESC_OBJ_PARAM_POINTEE:
	  msg = text_format ("%.*s%s = %s", depth > 0 ? depth : 0, "********",
			     root, what);
	  break;
	case ESC_OBJ_CALL_RESULT:
	  msg = text_format ("*%s() = %s", root, what);
	  break;
	case ESC_OBJ_CAPTURE:
	  msg = text_format ("{kept by %s} = %s", root, what);
	  break;
	default:
	  msg = text_format ("{unknown} = %s", what);
	  break;
	}
    }
  free (what);
  return msg;
}

char *
esc_object_escapes_note (const esc_function *fn, const esc_finding *f,
			 const esc_quoting *q)
{
  const object *o = &fn->objects[f->object];
  char *what = o->kind == ESC_OBJ_COMPOUND_LITERAL || !o->name || !*o->name
		   ? object_phrase (fn, f->object, q)
		   : text_format ("%s", spelled (q, o->name));
  const char *verb = f->certain ? "escapes" : "may escape";
  char *msg;
  if (f->sink == ESC_SINK_SCOPE)
    msg = text_format ("address of %s %s after the end of its scope", what,
		       f->certain ? "is used" : "may be used");
  else
    {
      char *where = destination_phrase (fn, f, q);
      msg = text_format ("address of %s %s to %s", what, verb, where);
      free (where);
    }
  free (what);
  return msg;
}
