/* { dg-do compile } */
/* A function-scope static is also a "static variable": the local's
   address outlives the call through it.  */

int compute (int);

int *
memo_lookup (int key)
{
  static int *last_result;
  int result = compute (key);
  last_result = &result; /* { dg-warning "address of local variable 'result' escapes from 'memo_lookup' into static variable 'last_result'" } */
  return 0;
}

int
memo_lookup_ok (int key)
{
  static int last_value;
  static int *last_result;
  last_value = compute (key);
  last_result = &last_value; /* { dg-bogus "escapes" } */
  return *last_result;
}

int
depth_counter (void)
{
  static int *depth_ptr;
  int depth = 0;
  int *p = &depth;   /* { dg-bogus "escapes" } */
  *p += 1;
  depth_ptr = 0;     /* { dg-bogus "escapes" } */
  return depth;
}
