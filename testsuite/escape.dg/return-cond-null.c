/* { dg-do compile } */
/* A found-or-NULL result: the pointer escapes when the non-NULL arm points
   to a local.  Also the GNU "a ?: b" form.  */

int global_default;

int *
find_or_null (int key)
{
  int vals[4] = { 5, 6, 7, 8 };
  int *found = 0;
  int i;
  for (i = 0; i < 4; i++)
    if (vals[i] == key)
      found = &vals[i];
  return found ? found : 0; /* { dg-warning "address of local variable 'vals' may escape via the return value of 'find_or_null'" } */
}

int *
elvis_local (int c)
{
  int x = c;
  int *p = c ? &x : 0;
  return p ?: &global_default; /* { dg-warning "address of local variable 'x' may escape via the return value of 'elvis_local'" } */
}

int *
elvis_global (int *p)
{
  return p ?: &global_default; /* { dg-bogus "escapes" } */
}

int *
null_on_miss (int key)
{
  int vals[4] = { 5, 6, 7, 8 };
  int i;
  for (i = 0; i < 4; i++)
    if (vals[i] == key)
      return &global_default; /* { dg-bogus "escapes" } */
  return 0; /* { dg-bogus "escapes" } */
}
