/* { dg-do compile } */
/* A stream keeps the buffer setvbuf, setbuf or setbuffer gives it until
   it is closed or given another buffer.  A local buffer for a file
   opened and closed in the same function is the common, correct use; a
   stream that stays open, or is handed back to the caller, still holds
   the buffer after the frame is gone.  */

typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
extern FILE *stdout;
FILE *fopen (const char *, const char *);
int fclose (FILE *);
int fgetc (FILE *);
int fflush (FILE *);
int setvbuf (FILE *, char *, int, size_t);
void setbuf (FILE *, char *);
void setbuffer (FILE *, char *, size_t);

#define _IOFBF 0
#define EOF (-1)

int
count_bytes (const char *path)
{
  char buf[4096];
  FILE *f = fopen (path, "r");
  if (!f)
    return -1;
  setvbuf (f, buf, _IOFBF, sizeof buf); /* { dg-bogus "escape" } */
  int n = 0;
  while (fgetc (f) != EOF)
    n++;
  fclose (f);
  return n;
}

int
checked_setvbuf (const char *path)
{
  char buf[512];
  FILE *f = fopen (path, "r");
  if (!f)
    return -1;
  if (setvbuf (f, buf, _IOFBF, sizeof buf) != 0) /* { dg-bogus "escape" } */
    {
      fclose (f);
      return -1;
    }
  int c = fgetc (f);
  fclose (f);
  return c;
}

int
open_for_caller (const char *path, FILE **out)
{
  char buf[4096]; /* { dg-message "'buf' declared here" } */
  FILE *f = fopen (path, "r");
  if (!f)
    return -1;
  setvbuf (f, buf, _IOFBF, sizeof buf); /* { dg-warning "address of local variable 'buf' may escape from 'open_for_caller', captured by 'setvbuf'" } */
  *out = f;
  return 0;
}

int
closed_on_one_path (const char *path, int peek)
{
  char buf[1024];
  FILE *f = fopen (path, "r");
  if (!f)
    return -1;
  setbuffer (f, buf, sizeof buf); /* { dg-warning "address of local variable 'buf' may escape from 'closed_on_one_path', captured by 'setbuffer'" } */
  int c = fgetc (f);
  if (peek)
    return c;			/* f stays open */
  fclose (f);
  return c;
}

void
buffer_then_unbuffer (void)
{
  char buf[8192];
  setbuf (stdout, buf); /* { dg-bogus "escape" } */
  fflush (stdout);
  setbuf (stdout, 0);		/* the stream lets go of buf */
}

void
close_another_stream (FILE *log, const char *path)
{
  char buf[256];
  FILE *f = fopen (path, "r");
  setvbuf (log, buf, _IOFBF, sizeof buf); /* { dg-warning "address of local variable 'buf' escapes from 'close_another_stream', captured by 'setvbuf'" } */
  fclose (f);			/* not the stream that has buf */
}

void
replace_with_own (FILE *log)
{
  static char lasting[256];
  char buf[256];
  setvbuf (log, buf, _IOFBF, sizeof buf); /* { dg-bogus "escape" } */
  setvbuf (log, lasting, _IOFBF, sizeof lasting);
}
