/* { dg-do compile } */
/* Error handling with goto and a single exit label: the pointer chosen on
   the success path points to a local buffer and escapes at the common
   return; when every path stores a non-stack pointer it does not.  */

void *malloc (__SIZE_TYPE__);
int read_into (char *, int);

static char error_text[] = "error";

char *
read_line_buggy (int fd)
{
  char line[80];
  char *result = 0;
  if (fd < 0)
    goto out;
  if (read_into (line, fd) <= 0)
    {
      result = error_text;
      goto out;
    }
  result = line;
 out:
  return result; /* { dg-warning "address of local variable 'line' may escape via the return value of 'read_line_buggy'" } */
}

char *
read_line_fixed (int fd)
{
  char line[80];
  char *result = 0;
  int i;
  if (fd < 0)
    goto out;
  if (read_into (line, fd) <= 0)
    {
      result = error_text;
      goto out;
    }
  result = malloc (80);
  if (!result)
    goto out;
  for (i = 0; i < 80; i++)
    result[i] = line[i];
 out:
  return result; /* { dg-bogus "escapes" } */
}
