/* { dg-do compile } */
/* The plugin's attributes, through contrib/escape-annotations.h: a
   function of another unit declared to keep an argument, one declared to
   keep none, and an object whose findings are not wanted.  */

#include "../../contrib/escape-annotations.h"

void set_context (int level, void *ctx) ESCAPE_RETAINS (2);
void log_text (const char *text) ESCAPE_NORETAIN;
void plain (void *p);

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

/* With the plugin, the macros are its attributes (escape.xtu/xtu.exp
   compiles this file without it too).  */
#if !defined ESCAPE_WITHOUT_PLUGIN && (!__has_attribute (escape_retains) || !__has_attribute (escape_noretain) \
    || !__has_attribute (escape_ok))
#error "the plugin's attributes are not registered"
#endif
