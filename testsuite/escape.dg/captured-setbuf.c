/* { dg-do compile } */
/* setbuf and setbuffer keep their buffer like setvbuf.  The textbook bug
   is main giving stdout a local buffer: the stream is flushed at exit,
   after main's frame is gone.  Static buffers and NULL are fine.  */

typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
extern FILE *stdout;
extern FILE *stderr;
void setbuf (FILE *, char *);
void setbuffer (FILE *, char *, size_t);
int printf (const char *, ...);

#define BUFSIZ 8192

static char out_buffer[BUFSIZ];

int
main (void)
{
  char buf[BUFSIZ]; /* { dg-message "'buf' declared here" } */
  setbuf (stdout, buf); /* { dg-warning "address of local variable 'buf' escapes from 'main', captured by 'setbuf'" } */
  printf ("hello\n");
  return 0;
}

void
use_small_buffer (FILE *f)
{
  char small[256]; /* { dg-message "'small' declared here" } */
  setbuffer (f, small, sizeof small); /* { dg-warning "address of local variable 'small' escapes from 'use_small_buffer', captured by 'setbuffer'" } */
}

void
use_static_buffers (void)
{
  setbuf (stdout, out_buffer); /* { dg-bogus "escape" } */
  setbuffer (stderr, out_buffer, sizeof out_buffer); /* { dg-bogus "escape" } */
}

void
unbuffer (FILE *f)
{
  setbuf (f, 0); /* { dg-bogus "escape" } */
  setbuffer (stdout, 0, 0); /* { dg-bogus "escape" } */
}

void
inner_block (FILE *f)
{
  {
    char bigbuf[4 * BUFSIZ];
    setbuffer (f, bigbuf + 16, sizeof bigbuf - 16); /* { dg-warning "address of local variable 'bigbuf' escapes from 'inner_block', captured by 'setbuffer'" } */
  }
  printf ("buffered\n");
}
