#include "shared.h"

int *g_beta;

void
beta_keep (void)
{
  int local = 1;
  g_beta = &local;
}

int
beta_use (void)
{
  return *shared_cell ();
}
