/* Functions whose stores hang on a flag: flags-use.c calls them with
   constants, through the summaries this unit leaves.  */

#include <stdlib.h>
#include <string.h>

struct item { char *text; int *slot; };

void
item_set_text (struct item *it, char *s, int copy)
{
  if (copy)
    it->text = strdup (s);
  else
    it->text = s;
}

int *tracked;

void
maybe_track (int *p, int keep)
{
  if (keep)
    tracked = p;
}

/* Exported, and flags-use.c has a static function of the same name that
   keeps nothing: that one is called there.  */
void
trace (int *p)
{
  tracked = p;
}
