/* { dg-do compile } */
/* { dg-options "-fdollars-in-identifiers" } */
/* Unusual but valid ASCII identifiers (leading and double underscores,
   '$', digits, long names) are quoted as written, in the warning and in
   the "declared here" note.  */

int *g_$;
static int *_static__;

int *
_leading (void)
{
  int _x = 0;  /* { dg-message "'_x' declared here" } */
  return &_x;  /* { dg-warning "address of local variable '_x' escapes via the return value of '_leading'" } */
}

void
dollar$fn (void)
{
  int x$y = 0;  /* { dg-message {'x[$]y' declared here} } */
  g_$ = &x$y;  /* { dg-warning {address of local variable 'x[$]y' escapes from 'dollar[$]fn' into global variable 'g_[$]'} } */
}

void
__reserved (int **out__)
{
  int __tmp__ = 0;  /* { dg-message "'__tmp__' declared here" } */
  *out__ = &__tmp__;  /* { dg-warning "address of local variable '__tmp__' escapes from '__reserved' through parameter 'out__'" } */
}

void
digits9 (void)
{
  int a1b2c3_4 = 0;
  _static__ = &a1b2c3_4;  /* { dg-warning "address of local variable 'a1b2c3_4' escapes from 'digits9' into static variable '_static__'" } */
}

int *
a_rather_long_function_name_for_an_escape_test (int a_rather_long_parameter_name)
{
  return &a_rather_long_parameter_name;  /* { dg-warning "address of parameter 'a_rather_long_parameter_name' escapes via the return value of 'a_rather_long_function_name_for_an_escape_test'" } */
}
