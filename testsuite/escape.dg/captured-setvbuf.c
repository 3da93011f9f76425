/* { dg-do compile } */
/* setvbuf keeps the buffer it is given for as long as the stream lives.
   A logger that gives stdout a buffer on its own stack leaves the stream
   writing into a dead frame; a static or heap buffer, or no buffer at
   all (unbuffered, or a NULL buffer that the library allocates), is fine.
   The stream argument is not a buffer and is never reported.  */

typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
extern FILE *stdout;
extern FILE *stderr;
int setvbuf (FILE *, char *, int, size_t);
int fputs (const char *, FILE *);
void *malloc (size_t);

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

static char log_buffer[4096];

void
logger_init_buggy (int line_buffered)
{
  char buf[4096]; /* { dg-message "'buf' declared here" } */
  setvbuf (stdout, buf, line_buffered ? _IOLBF : _IOFBF, sizeof buf); /* { dg-warning "address of local variable 'buf' escapes from 'logger_init_buggy', captured by 'setvbuf'" } */
  fputs ("logger ready\n", stdout);
}

void
logger_init (int line_buffered)
{
  setvbuf (stdout, log_buffer, line_buffered ? _IOLBF : _IOFBF, sizeof log_buffer); /* { dg-bogus "escape" } */
  fputs ("logger ready\n", stdout);
}

int
logger_init_heap (void)
{
  char *buf = malloc (8192);
  if (!buf)
    return -1;
  return setvbuf (stdout, buf, _IOFBF, 8192); /* { dg-bogus "escape" } */
}

void
logger_unbuffered (void)
{
  setvbuf (stderr, 0, _IONBF, 0); /* { dg-bogus "escape" } */
  setvbuf (stdout, 0, _IOLBF, 1024); /* { dg-bogus "escape" } */
}

void
logger_init_stream (FILE *log, char *callers_buffer, size_t n)
{
  setvbuf (log, callers_buffer, _IOFBF, n); /* { dg-bogus "escape" } */
}

struct log_state
{
  int level;
  char line[512];
};

void
logger_init_state (int level)
{
  struct log_state st; /* { dg-message "'st' declared here" } */
  st.level = level;
  setvbuf (stdout, st.line, _IOLBF, sizeof st.line); /* { dg-warning "address of local variable 'st' escapes from 'logger_init_state', captured by 'setvbuf'" } */
}
