/* { dg-do compile } */
/* A classic bug: formatting into a local buffer and returning it.  The
   correct variants (static buffer, caller's buffer, heap buffer) do not
   warn.  */

int snprintf (char *, __SIZE_TYPE__, const char *, ...);
void *malloc (__SIZE_TYPE__);

struct date { int year, month, day; };

const char *
format_date_buggy (const struct date *d)
{
  char buf[16];
  snprintf (buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'format_date_buggy'" } */
}

const char *
format_date_static (const struct date *d)
{
  static char buf[16];
  snprintf (buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf; /* { dg-bogus "escapes" } */
}

char *
format_date_into (const struct date *d, char *out, __SIZE_TYPE__ size)
{
  char tmp[16];
  snprintf (tmp, sizeof tmp, "%04d", d->year);
  snprintf (out, size, "%s-%02d-%02d", tmp, d->month, d->day);
  return out; /* { dg-bogus "escapes" } */
}

char *
format_date_heap (const struct date *d)
{
  char *buf = malloc (16);
  if (buf)
    snprintf (buf, 16, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf; /* { dg-bogus "escapes" } */
}

const char *
format_or_error (const struct date *d)
{
  char buf[16];
  if (d->month < 1 || d->month > 12)
    return "invalid date"; /* { dg-bogus "escapes" } */
  snprintf (buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
  return buf; /* { dg-warning "address of local variable 'buf' escapes via the return value of 'format_or_error'" } */
}
