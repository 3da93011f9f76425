#include "shared.h"

int *g_gamma;

void
gamma_keep (void)
{
  int local = 1;
  g_gamma = &local;
}

int
gamma_use (void)
{
  return *shared_cell ();
}
