/* { dg-do compile } */
/* A realistic line reader that returns the line through *line: reading
   into a local buffer and handing it out is a bug; a heap buffer or the
   caller's own buffer is fine.  */

void *malloc (__SIZE_TYPE__);
int getc_from (void *);

int
read_line_bad (void *f, char **line)
{
  char buf[256]; /* { dg-message "'buf' declared here" } */
  int c, n = 0;
  while ((c = getc_from (f)) >= 0 && c != '\n' && n < 255)
    buf[n++] = (char) c;
  buf[n] = 0;
  *line = buf; /* { dg-warning "address of local variable 'buf' escapes from 'read_line_bad' through parameter 'line'" } */
  return n;
}

int
read_line_heap (void *f, char **line)
{
  char *buf = malloc (256);
  int c, n = 0;
  if (!buf)
    return -1;
  while ((c = getc_from (f)) >= 0 && c != '\n' && n < 255)
    buf[n++] = (char) c;
  buf[n] = 0;
  *line = buf; /* { dg-bogus "escapes" } */
  return n;
}

int
read_line_into (void *f, char *dst, int size, char **end)
{
  int c, n = 0;
  while ((c = getc_from (f)) >= 0 && c != '\n' && n < size - 1)
    dst[n++] = (char) c;
  dst[n] = 0;
  *end = dst + n; /* { dg-bogus "escapes" } */
  return n;
}
