/* { dg-do compile } */
/* The address of a local is stored through an out-parameter, used by
   callees, and overwritten on every path before the function returns.
   Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern int work (void);

struct job { int *status; struct job *next; };

int
run_with_status (int **out)
{
  int status = 0;
  *out = &status;
  work ();
  *out = 0;  /* { dg-bogus "escapes" } */
  return status;
}

int
run_job (struct job *j)
{
  int status = -1;
  j->status = &status;
  if (work ())
    {
      j->status = 0;
      return 1;
    }
  j->status = malloc (sizeof (int));  /* { dg-bogus "escapes" } */
  if (j->status)
    *j->status = status;
  return 0;
}

void
link_temp (struct job *head)
{
  struct job temp = { 0, 0 };
  struct job *saved = head->next;
  head->next = &temp;
  work ();
  head->next = saved;  /* { dg-bogus "escapes" } */
}

void
fill_pair (int **pair)
{
  int scratch = 0;
  pair[0] = &scratch;
  pair[1] = &scratch;
  work ();
  pair[0] = 0;
  pair[1] = 0;  /* { dg-bogus "escapes" } */
}
