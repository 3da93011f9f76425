/* { dg-do compile } */
/* A realistic request handler that lends a stack buffer to the caller's
   request object for the duration of processing.  */

struct request
{
  char *scratch;
  int scratch_len;
  int status;
};

int process (struct request *);
void log_status (int);

int
handle (struct request *r)
{
  char scratch[512];
  int rc;
  r->scratch = scratch; /* { dg-bogus "escapes" } */
  r->scratch_len = sizeof scratch;
  rc = process (r);
  r->scratch = 0;
  r->scratch_len = 0;
  return rc;
}

int
handle_leaky (struct request *r)
{
  char scratch[512]; /* { dg-message "'scratch' declared here" } */
  int rc;
  r->scratch = scratch; /* { dg-warning "address of local variable 'scratch' may escape from 'handle_leaky' through parameter 'r'" } */
  r->scratch_len = sizeof scratch;
  rc = process (r);
  if (rc < 0)
    {
      log_status (rc);
      return rc;
    }
  r->scratch = 0;
  return rc;
}

int
handle_status_only (struct request *r)
{
  int status = 0;
  int *sp = &status; /* { dg-bogus "escapes" } */
  *sp = process (r);
  r->status = status;
  return *sp;
}
