/* { dg-do compile } */
/* A heap object holding a local's address handed to the caller makes
   the local escape through the parameter.  */

void *malloc (__SIZE_TYPE__);
void free (void *);

struct req { char *body; int len; };

int
make_request (struct req **out)
{
  char body[256]; /* { dg-message "'body' declared here" } */
  struct req *r = malloc (sizeof *r); /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  if (!r)
    return -1;
  r->body = body;
  r->len = 0;
  *out = r; /* { dg-warning "address of local variable 'body' may escape from 'make_request' through parameter 'out'" } */
  return 0;
}

int
make_request_heap_body (struct req **out)
{
  struct req *r = malloc (sizeof *r);
  if (!r)
    return -1;
  r->body = malloc (256);
  r->len = 0;
  *out = r; /* { dg-bogus "escapes" } */
  return 0;
}

int
send (struct req *);

int
send_temporary (struct req **out)
{
  char body[256];
  int rc;
  struct req *r = malloc (sizeof *r);
  if (!r)
    return -1;
  r->body = body; /* { dg-bogus "escapes" } */
  r->len = 0;
  rc = send (r);
  free (r);
  *out = 0;
  return rc;
}
