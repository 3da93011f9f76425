/* { dg-do compile } */
/* A realistic error-reporting helper: formatting into a local buffer and
   handing it back through *errmsg is a bug; a static buffer, a string
   literal or heap memory are fine.  */

int snprintf (char *, __SIZE_TYPE__, const char *, ...);
char *strdup (const char *);

int
open_config (const char *path, const char **errmsg)
{
  char msg[128]; /* { dg-message "'msg' declared here" } */
  if (!path)
    {
      snprintf (msg, sizeof msg, "no configuration file given");
      *errmsg = msg; /* { dg-warning "address of local variable 'msg' may escape from 'open_config' through parameter 'errmsg'" } */
      return -1;
    }
  return 0;
}

int
open_config_static (const char *path, const char **errmsg)
{
  static char msg[128];
  if (!path)
    {
      snprintf (msg, sizeof msg, "no configuration file given");
      *errmsg = msg; /* { dg-bogus "escapes" } */
      return -1;
    }
  return 0;
}

int
open_config_literal (const char *path, const char **errmsg)
{
  if (!path)
    {
      *errmsg = "no configuration file given"; /* { dg-bogus "escapes" } */
      return -1;
    }
  return 0;
}

int
open_config_dup (const char *path, char **errmsg)
{
  char msg[128];
  if (!path)
    {
      snprintf (msg, sizeof msg, "no configuration file given");
      *errmsg = strdup (msg); /* { dg-bogus "escapes" } */
      return -1;
    }
  return 0;
}
