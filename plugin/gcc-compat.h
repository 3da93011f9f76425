/* gcc-compat.h -- the GCC headers the adapter needs, and what differs
   between the GCC versions it supports (11 and 12), in one place, as the
   Linux kernel's scripts/gcc-plugins/gcc-common.h does.  */

#ifndef GCC_ESCAPE_GCC_COMPAT_H
#define GCC_ESCAPE_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "bversion.h"

#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
/* For COMPOUND_LITERAL_EXPR; it must come before diagnostic-core.h.  */
#include "c-family/c-common.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "intl.h"
#include "ssa.h"
#include "gimple-iterator.h"
#include "tree-cfg.h"
#include "gimple-fold.h"
#include "stringpool.h"
#include "stor-layout.h"
#include "options.h"
#include "tree-iterator.h"
#include "langhooks.h"
#include "builtins.h"
#include "fold-const.h"
#include "diagnostic-path.h"
#include "cgraph.h"
#include "attribs.h"
#include "internal-fn.h"
#include "tree-pretty-print.h"

#if BUILDING_GCC_MAJOR < 11
#error "gcc-escape needs GCC 11 or later"
#endif

/* Keep GCC's own -Wdangling-pointer quiet on a statement the plugin has
   reported, so that one finding is not read twice.  GCC 11 has no such
   warning.  */
static inline void
escape_suppress_gcc_warning (gimple *stmt)
{
#if BUILDING_GCC_MAJOR >= 12
  suppress_warning (stmt, OPT_Wdangling_pointer_);
#else
  (void) stmt;
#endif
}

#endif /* GCC_ESCAPE_GCC_COMPAT_H */
