#include "shared.h"

int *g_alpha;

void
alpha_keep (void)
{
  int local = 1;
  g_alpha = &local;
}

int
alpha_use (void)
{
  return *shared_cell ();
}
