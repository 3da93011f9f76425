/* { dg-do compile } */
/* The address of a parameter is the address of a stack slot: storing it
   globally escapes.  Storing the parameter's value does not.  */

struct request { int id; };

int *last_flags;
static struct request *last_request;
const char *last_name;

void
note_flags (int flags)
{
  last_flags = &flags; /* { dg-warning "address of parameter 'flags' escapes from 'note_flags' into global variable 'last_flags'" } */
}

void
note_request (struct request req)
{
  last_request = &req; /* { dg-warning "address of parameter 'req' escapes from 'note_request' into static variable 'last_request'" } */
}

void
note_request_ptr (struct request *req)
{
  last_request = req; /* { dg-bogus "escapes" } */
}

void
note_name (const char *name)
{
  last_name = name; /* { dg-bogus "escapes" } */
}

void
note_name_addr (const char *name)
{
  const char **pn = &name;
  last_name = *pn; /* { dg-bogus "escapes" } */
}
