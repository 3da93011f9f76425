/* Included by every unit: its finding is reported by each of them.  */
static inline int *
shared_cell (void)
{
  int cell = 0;
  return &cell;
}
