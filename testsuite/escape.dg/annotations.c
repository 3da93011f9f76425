/* { dg-do compile } */
/* The plugin's attributes, through contrib/escape-annotations.h: a
   function of another unit declared to keep an argument, one declared to
   keep none, and an object whose findings are not wanted.  */

#include "../../contrib/escape-annotations.h"

void set_context (int level, void *ctx) ESCAPE_RETAINS (2);
void log_text (const char *text) ESCAPE_NORETAIN;
void plain (void *p);
void watch_pair (void *a, int n, void *b) ESCAPE_RETAINS (1, 3);
void watch_each (void *a, void *b) ESCAPE_RETAINS (1) ESCAPE_RETAINS (2);

int *g;

void
keeps_context (void)
{
  int ctx = 0; /* { dg-message "'ctx' declared here" } */
  set_context (1, &ctx); /* { dg-warning "address of local variable 'ctx' escapes from 'keeps_context', captured by 'set_context'" } */
}

void
logs_only (void)
{
  char text[16] = "hello";
  log_text (text); /* { dg-bogus "address of" } */
  plain (text);
}

void
known_and_accepted (void)
{
  static int calls;
  int stack_probe ESCAPE_OK = 0;
  g = &stack_probe; /* { dg-bogus "address of" } */
  calls++;
}

/* Several arguments kept: with one attribute or several.  */
void
keeps_both (void)
{
  int a = 0, b = 0;
  watch_pair (&a, 2, &b); /* { dg-warning "'a' escapes from 'keeps_both', captured by 'watch_pair'" } */
  /* { dg-warning "'b' escapes from 'keeps_both', captured by 'watch_pair'" "second" { target *-*-* } .-1 } */
}

void
keeps_each (void)
{
  int a = 0, b = 0;
  watch_each (&a, &b); /* { dg-warning "'a' escapes from 'keeps_each', captured by 'watch_each'" } */
  /* { dg-warning "'b' escapes from 'keeps_each', captured by 'watch_each'" "second" { target *-*-* } .-1 } */
}

void watch_ends (void *first, void *middle, void *last) ESCAPE_RETAINS (1, 3);

void
keeps_not_the_middle (void)
{
  int n = 2;
  watch_ends (0, &n, 0); /* { dg-bogus "escape" "argument 2 is not kept" } */
}

/* With the plugin, the macros are its attributes (escape.xtu/xtu.exp
   compiles this file without it too).  */
#if !defined ESCAPE_WITHOUT_PLUGIN && (!__has_attribute (escape_retains) || !__has_attribute (escape_noretain) \
    || !__has_attribute (escape_ok))
#error "the plugin's attributes are not registered"
#endif
