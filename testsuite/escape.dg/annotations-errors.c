/* { dg-do compile } */
/* Misused attributes: an error, or a warning where GCC warns of its own
   misplaced attributes.  */

void bad_number (void *p) __attribute__ ((escape_retains (0))); /* { dg-error "'escape_retains' takes the number of an argument, from 1 to 16" } */
void not_a_number (void *p) __attribute__ ((escape_retains ("one"))); /* { dg-error "'escape_retains' takes the number of an argument" } */
int not_a_function __attribute__ ((escape_noretain)); /* { dg-warning "'escape_noretain' applies to functions only" } */
void not_a_variable (void) __attribute__ ((escape_ok)); /* { dg-warning "'escape_ok' applies to variables only" } */
