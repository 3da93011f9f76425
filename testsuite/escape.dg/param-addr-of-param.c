/* { dg-do compile } */
/* The address of one parameter stored through another.  */

struct opts { int level; };

void
expose_level (int level, int **out)
{
  *out = &level; /* { dg-warning "address of parameter 'level' escapes from 'expose_level' through parameter 'out'" } */
}

void
expose_opts (struct opts o, struct opts **out)
{
  *out = &o; /* { dg-warning "address of parameter 'o' escapes from 'expose_opts' through parameter 'out'" } */
}

void
forward_pointer (int *level, int **out)
{
  *out = level; /* { dg-bogus "escapes" } */
}

void
forward_field (struct opts *o, int **out)
{
  *out = &o->level; /* { dg-bogus "escapes" } */
}
