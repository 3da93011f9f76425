/* { dg-do compile } */
/* Storing pointers to heap, global, static or string-literal memory
   into globals never warns.  */

void *malloc (__SIZE_TYPE__);
void *calloc (__SIZE_TYPE__, __SIZE_TYPE__);
char *strdup (const char *);

char *gname;
int *gvalues;
static int static_values[8];
int global_value;
const char *gmsg;
int **gindirect;

void
set_heap (int n)
{
  gvalues = calloc (n, sizeof *gvalues); /* { dg-bogus "escapes" } */
  gname = strdup ("heap");               /* { dg-bogus "escapes" } */
}

void
set_static (int i)
{
  gvalues = &static_values[i]; /* { dg-bogus "escapes" } */
}

void
set_global (void)
{
  static int *cell;
  cell = &global_value;  /* { dg-bogus "escapes" } */
  gindirect = &cell;     /* { dg-bogus "escapes" } */
}

void
set_message (int code)
{
  const char *msg;
  if (code == 0)
    msg = "ok";
  else if (code < 0)
    msg = "error";
  else
    msg = "warning";
  gmsg = msg; /* { dg-bogus "escapes" } */
}

void
set_from_param (char *name, int *values)
{
  gname = name;       /* { dg-bogus "escapes" } */
  gvalues = values + 1; /* { dg-bogus "escapes" } */
}
