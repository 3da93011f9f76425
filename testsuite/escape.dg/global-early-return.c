/* { dg-do compile } */
/* An early return before the global is reset leaves the local's
   address behind.  */

struct job { int id; int state; };

struct job *current_job;

int step1 (struct job *);
int step2 (struct job *);

int
run_job (int id)
{
  struct job j = { id, 0 };
  current_job = &j; /* { dg-warning "address of local variable 'j' may escape from 'run_job' into global variable 'current_job'" } */
  if (step1 (&j) < 0)
    return -1;
  step2 (&j);
  current_job = 0;
  return 0;
}

int
run_job_fixed (int id)
{
  struct job j = { id, 0 };
  int rc = 0;
  current_job = &j; /* { dg-bogus "escapes" } */
  if (step1 (&j) < 0)
    {
      rc = -1;
      goto out;
    }
  step2 (&j);
 out:
  current_job = 0;
  return rc;
}

int
run_job_each_return (int id)
{
  struct job j = { id, 0 };
  current_job = &j; /* { dg-bogus "escapes" } */
  if (step1 (&j) < 0)
    {
      current_job = 0;
      return -1;
    }
  step2 (&j);
  current_job = 0;
  return 0;
}
