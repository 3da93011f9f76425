/* { dg-do compile } */
/* putenv keeps its argument: the string becomes part of the environment.
   An environment helper that formats "NAME=VALUE" into a local buffer
   and hands it to putenv leaves a dangling environment entry; the same
   helper with strdup, malloc or a static buffer is fine, and so are
   string literals and the caller's strings.  */

typedef __SIZE_TYPE__ size_t;
int putenv (char *);
char *getenv (const char *);
char *strdup (const char *);
void *malloc (size_t);
int snprintf (char *, size_t, const char *, ...);

static char tz_entry[64];

int
set_env_var (const char *name, const char *value)
{
  char buf[256]; /* { dg-message "'buf' declared here" } */
  snprintf (buf, sizeof buf, "%s=%s", name, value);
  return putenv (buf); /* { dg-warning "address of local variable 'buf' escapes from 'set_env_var', captured by 'putenv'" } */
}

int
set_env_var_dup (const char *name, const char *value)
{
  char buf[256];
  char *entry;
  snprintf (buf, sizeof buf, "%s=%s", name, value);
  entry = strdup (buf);
  if (!entry)
    return -1;
  return putenv (entry); /* { dg-bogus "escape" } */
}

int
set_env_var_heap (const char *name, const char *value)
{
  char *entry = malloc (256);
  if (!entry)
    return -1;
  snprintf (entry, 256, "%s=%s", name, value);
  return putenv (entry); /* { dg-bogus "escape" } */
}

int
set_timezone (const char *zone)
{
  snprintf (tz_entry, sizeof tz_entry, "TZ=%s", zone);
  return putenv (tz_entry); /* { dg-bogus "escape" } */
}

void
set_defaults (char *callers_entry)
{
  putenv ("LC_ALL=C"); /* { dg-bogus "escape" } */
  putenv (callers_entry); /* { dg-bogus "escape" } */
}

int
set_debug_level (int level)
{
  char entry[] = "DEBUG=0"; /* { dg-message "'entry' declared here" } */
  char *p = entry;
  entry[6] = (char) ('0' + level);
  return putenv (p); /* { dg-warning "address of local variable 'entry' escapes from 'set_debug_level', captured by 'putenv'" } */
}

const char *
lookup_only (const char *name)
{
  char key[64];
  snprintf (key, sizeof key, "%s", name);
  return getenv (key); /* { dg-bogus "escape" } */
}
