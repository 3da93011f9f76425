/* { dg-do compile } */
/* Filling a caller's array of pointers in a loop.  Clearing the
   elements again at constant indexes before returning is fine.  */

struct cell { int v; };

void
fill_cells (struct cell **cells, int n)
{
  struct cell local[8];
  int i;
  for (i = 0; i < n && i < 8; i++)
    {
      local[i].v = i;
      cells[i] = &local[i]; /* { dg-warning "address of local variable 'local' may escape from 'fill_cells' through parameter 'cells'" } */
    }
}

void
fill_two_then_clear (struct cell **cells)
{
  struct cell local[2];
  local[0].v = 0;
  local[1].v = 1;
  cells[0] = &local[0]; /* { dg-bogus "escapes" } */
  cells[1] = &local[1]; /* { dg-bogus "escapes" } */
  cells[0] = 0;
  cells[1] = 0;
}

void
fill_cells_from (struct cell **cells, struct cell *pool, int n)
{
  int i;
  for (i = 0; i < n; i++)
    cells[i] = pool + i; /* { dg-bogus "escapes" } */
}
