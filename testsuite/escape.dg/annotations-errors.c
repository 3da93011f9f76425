/* { dg-do compile } */
/* Misused attributes: an error, or a warning where GCC warns of its own
   misplaced attributes.  */

void bad_number (void *p) __attribute__ ((escape_retains (0))); /* { dg-error "'escape_retains' takes the numbers of arguments, from 1 to 16" } */
void not_a_number (void *p) __attribute__ ((escape_retains ("one"))); /* { dg-error "'escape_retains' takes the numbers of arguments" } */
void too_far (void *p) __attribute__ ((escape_retains (9))); /* { dg-error "'escape_retains' names argument 9 of 'too_far', which has 1" } */
void second_too_far (void *p, void *q) __attribute__ ((escape_retains (1, 3))); /* { dg-error "'escape_retains' names argument 3 of 'second_too_far', which has 2" } */
void variadic (const char *fmt, ...) __attribute__ ((escape_retains (3))); /* { dg-bogus "names argument" "a variadic function may have more" } */
int not_a_function __attribute__ ((escape_noretain)); /* { dg-warning "'escape_noretain' applies to functions only" } */
void not_a_variable (void) __attribute__ ((escape_ok)); /* { dg-warning "'escape_ok' applies to variables only" } */
