/* { dg-do compile } */
/* Heap memory outlives the function: returning pointers from malloc,
   calloc or realloc (or derived from them) never warns, even when local
   data was copied into the heap block first.  */

void *malloc (__SIZE_TYPE__);
void *calloc (__SIZE_TYPE__, __SIZE_TYPE__);
void *realloc (void *, __SIZE_TYPE__);
void *memcpy (void *, const void *, __SIZE_TYPE__);

struct vec { int len; int data[8]; };

int *
new_int (int v)
{
  int *p = malloc (sizeof *p);
  if (p)
    *p = v;
  return p; /* { dg-bogus "escapes" } */
}

struct vec *
copy_to_heap (void)
{
  struct vec local = { 3, { 1, 2, 3 } };
  struct vec *v = malloc (sizeof *v);
  if (v)
    memcpy (v, &local, sizeof local);
  return v; /* { dg-bogus "escapes" } */
}

int *
zeroed_array (int n)
{
  int *a = calloc (n, sizeof (int));
  return a + 1; /* { dg-bogus "escapes" } */
}

char *
grow (char *old, __SIZE_TYPE__ n)
{
  char *p = realloc (old, n);
  return p; /* { dg-bogus "escapes" } */
}

int *
heap_field (void)
{
  struct vec *v = malloc (sizeof *v);
  return &v->data[2]; /* { dg-bogus "escapes" } */
}
