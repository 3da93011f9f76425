/* report.h -- the per-unit JSON report of gcc-escape
   (-fplugin-arg-escape-json=PATH).

   The report is C11 over libjson-c and includes no GCC header: it reads
   each analysed function through the engine's public interface
   (escape.h) while the function exists, keeps it as JSON, and writes the
   whole unit at its end.  The format is described in man/escape.7 and
   checked by contrib/escape-report/report.schema.json.  */

#ifndef GCC_ESCAPE_REPORT_H
#define GCC_ESCAPE_REPORT_H

#include "escape.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct report report;

/* What the report says about the unit and the plugin's settings.  The
   strings are copied.  */
typedef struct report_unit
{
  const char *source;		/* the main input file, as given to gcc */
  const char *output;		/* GCC's dump base name, or NULL */
  const char *tool_version;	/* of gcc-escape */
  const char *gcc_version;
  unsigned kinds;		/* ESC_KIND_BIT of each kind reported */
  int certain_only;		/* only what surely escapes is reported */
  int optimize_level;		/* the -O level... */
  const char *optimize_name;	/* ...unless this is not NULL: "s", "g",
				   "fast" */
} report_unit;

report *report_create (const report_unit *unit);
void report_destroy (report *r);

/* Add FN, analysed with the result STATUS, to the report.  What the
   report needs of FN is converted at once: FN may be destroyed after.  */
void report_add_function (report *r, const esc_function *fn,
			    enum esc_status status);

/* Whether a report can be written to PATH: into PATH if it is a
   directory (or ends with '/'), else as the file PATH.  If not, *ERROR is
   set to the reason, which the caller frees.  */
int report_check_path (const char *path, char **error);

/* Write R to PATH (as report_check_path reads it), replacing the file
   at once: a reader sees the old report or the new one, never a part.
   Into a directory, the file is named after the unit's source and
   output.  Functions are listed in the order of the source.  Returns whether it succeeded; if not, *ERROR is set to the
   reason, which the caller frees.  */
int report_write (report *r, const char *path, char **error);

/* Write TEXT into the directory DIR as the unit's own file, named as
   reports are in a directory but ending with SUFFIX, replacing it at
   once (the summaries of -fplugin-arg-escape-summaries).  Returns whether
   it succeeded; if not, *ERROR is set to the reason, to free.  */
int report_write_unit_file (const report_unit *unit, const char *dir,
			    const char *suffix, const char *text,
			    char **error);

#ifdef __cplusplus
}
#endif

#endif /* GCC_ESCAPE_REPORT_H */
