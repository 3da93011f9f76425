/* { dg-do compile } */
/* Casting the address of a local to another pointer type (char *, void *,
   const-qualified, a struct type) before returning it does not hide the
   escape; the same casts of a global's address are fine.  */

struct header { int tag; int len; };

struct header global_header;

char *
as_bytes (void)
{
  int word = 0x01020304;
  return (char *) &word; /* { dg-warning "address of local variable 'word' escapes via the return value of 'as_bytes'" } */
}

void *
as_void (void)
{
  double d = 1.5;
  return (void *) &d; /* { dg-warning "address of local variable 'd' escapes via the return value of 'as_void'" } */
}

void *
implicit_void (void)
{
  struct header h = { 1, 0 };
  void *v = &h;
  return v; /* { dg-warning "address of local variable 'h' escapes via the return value of 'implicit_void'" } */
}

struct header *
reinterpret (void)
{
  unsigned char raw[sizeof (struct header)] = { 0 };
  return (struct header *) (void *) raw; /* { dg-warning "address of local variable 'raw' escapes via the return value of 'reinterpret'" } */
}

const char *
global_bytes (void)
{
  return (const char *) &global_header; /* { dg-bogus "escapes" } */
}

void *
global_void (void)
{
  void *v = (void *) &global_header.len;
  return v; /* { dg-bogus "escapes" } */
}
