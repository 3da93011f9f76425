/* { dg-do compile } */
/* String processing with local buffers: the buffers are filled, searched
   and passed to calls, but their addresses never leave the function.
   Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern char *strcpy (char *, const char *);
extern char *strcat (char *, const char *);
extern char *strchr (const char *, int);
extern size_t strlen (const char *);
extern int snprintf (char *, size_t, const char *, ...);
extern int puts (const char *);
extern void log_line (const char *);
extern int parse_int (const char *);

int
count_words (const char *text)
{
  char buf[128];
  char *p, *q;
  int n = 0;

  strcpy (buf, text);
  p = buf;
  while ((q = strchr (p, ' ')) != 0)  /* { dg-bogus "escapes" } */
    {
      *q = '\0';
      if (*p)
	n++;
      p = q + 1;
    }
  if (*p)
    n++;
  return n;  /* { dg-bogus "escapes" } */
}

void
greet (const char *name)
{
  char line[64];
  snprintf (line, sizeof line, "hello, %s", name);
  strcat (line, "!");
  log_line (line);  /* { dg-bogus "escapes" } */
  puts (line);
}

int
sum_fields (const char *csv)
{
  char tmp[256];
  char *field = tmp;
  char *comma;
  int total = 0;

  strcpy (tmp, csv);
  for (;;)
    {
      comma = strchr (field, ',');
      if (comma)
	*comma = '\0';
      total += parse_int (field);  /* { dg-bogus "escapes" } */
      if (!comma)
	break;
      field = comma + 1;
    }
  return total;
}

size_t
trimmed_length (const char *s)
{
  char copy[100];
  char *end;

  strcpy (copy, s);
  end = copy + strlen (copy);
  while (end > copy && end[-1] == ' ')
    *--end = '\0';
  return (size_t) (end - copy);  /* { dg-bogus "escapes" } */
}
