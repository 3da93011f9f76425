/* escape-annotations.h -- annotations for gcc-escape, that compile
   without it.

   Include this header and mark declarations:

     void register_callback (void (*fn) (void *), void *ctx)
       ESCAPE_RETAINS (2);    // keeps its 2nd argument after it returns
     void watch (void *a, void *b) ESCAPE_RETAINS (1, 2);  // keeps both
     void log_message (const char *text) ESCAPE_NORETAIN;
			      // keeps none of its arguments
     char buf[64] ESCAPE_OK;  // do not report this object (say why)

   With the plugin loaded (gcc -fplugin=escape) the macros are the
   plugin's attributes escape_retains, escape_noretain and escape_ok;
   without it, or with another compiler, they are nothing.  */

#ifndef ESCAPE_ANNOTATIONS_H
#define ESCAPE_ANNOTATIONS_H

#if defined __has_attribute
#if __has_attribute (escape_retains)
#define ESCAPE_RETAINS(...) __attribute__ ((escape_retains (__VA_ARGS__)))
#endif
#if __has_attribute (escape_noretain)
#define ESCAPE_NORETAIN __attribute__ ((escape_noretain))
#endif
#if __has_attribute (escape_ok)
#define ESCAPE_OK __attribute__ ((escape_ok))
#endif
#endif

#ifndef ESCAPE_RETAINS
#define ESCAPE_RETAINS(...)
#endif
#ifndef ESCAPE_NORETAIN
#define ESCAPE_NORETAIN
#endif
#ifndef ESCAPE_OK
#define ESCAPE_OK
#endif

#endif /* ESCAPE_ANNOTATIONS_H */
