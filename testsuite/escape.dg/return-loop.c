/* { dg-do compile } */
/* A pointer stepped through a local array by a loop and then returned
   still points into the local array; the same loop over a parameter or a
   global array is fine.  */

int global_data[64];

int *
find_zero (void)
{
  int data[16] = { 3, 1, 4, 1, 5, 9, 2, 6 };
  int *p = data;
  while (p < data + 16 && *p != 0)
    p++;
  return p; /* { dg-warning "address of local variable 'data' escapes via the return value of 'find_zero'" } */
}

int *
find_max (int seed)
{
  int vals[8];
  int *best;
  int i;
  for (i = 0; i < 8; i++)
    vals[i] = (seed * (i + 3)) % 17;
  best = &vals[0];
  for (i = 1; i < 8; i++)
    if (vals[i] > *best)
      best = &vals[i];
  return best; /* { dg-warning "address of local variable 'vals' escapes via the return value of 'find_max'" } */
}

char *
end_of_string (void)
{
  char line[32] = "hello, world";
  char *p;
  for (p = line; *p; p++)
    ;
  return p; /* { dg-warning "address of local variable 'line' escapes via the return value of 'end_of_string'" } */
}

int *
find_zero_param (int *data, int n)
{
  int *p = data;
  while (p < data + n && *p != 0)
    p++;
  return p; /* { dg-bogus "escapes" } */
}

int *
find_max_global (void)
{
  int *best = global_data;
  int i;
  for (i = 1; i < 64; i++)
    if (global_data[i] > *best)
      best = &global_data[i];
  return best; /* { dg-bogus "escapes" } */
}
