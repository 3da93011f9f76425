/* { dg-do compile } */
/* Only the modelled library functions capture.  Functions that read a
   buffer and keep nothing (getenv, fputs, printf, strtok_r, qsort), and
   functions the analysis has no model for, are assumed not to keep their
   arguments, even when their names look like registration functions.
   A user function that merely forwards to a capturing function is not
   analysed across the call either.  */

typedef __SIZE_TYPE__ size_t;
typedef struct FILE FILE;
extern FILE *stdout;
char *getenv (const char *);
int fputs (const char *, FILE *);
int printf (const char *, ...);
int snprintf (char *, size_t, const char *, ...);
void qsort (void *, size_t, size_t, int (*) (const void *, const void *));
int atexit (void (*) (void));
int register_callback (void (*) (void *), void *);
int my_setenv (char *);

int cmp_int (const void *, const void *);
void on_event (void *);
void cleanup (void);

int
read_only_uses (const char *name)
{
  char key[64];
  int v[4] = { 3, 1, 2, 0 };
  snprintf (key, sizeof key, "APP_%s", name);
  if (getenv (key)) /* { dg-bogus "escape" } */
    fputs (key, stdout); /* { dg-bogus "escape" } */
  printf ("%s\n", key); /* { dg-bogus "escape" } */
  qsort (v, 4, sizeof v[0], cmp_int); /* { dg-bogus "escape" } */
  return v[0];
}

int
unmodelled_registration (void)
{
  int state = 0;
  char entry[] = "X=1";
  atexit (cleanup); /* { dg-bogus "escape" } */
  register_callback (on_event, &state); /* { dg-bogus "escape" } */
  return my_setenv (entry); /* { dg-bogus "escape" } */
}
