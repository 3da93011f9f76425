/* { dg-do compile } */
/* GNU C nested functions: taking the address of one that uses its
   parent's variables builds a trampoline on the parent's stack.  The
   address must not outlive the parent.  */

typedef int (*unary_fn) (int);

unary_fn
make_adder (int k) /* { dg-bogus "escape" } */
{
  int add (int x) /* { dg-message "'add' defined here uses 'k' from the frame of 'make_adder'" } */
  {
    return x + k;
  }
  return add; /* { dg-warning "address of nested function 'add' escapes via the return value of 'make_adder'" } */
}

unary_fn
pick (int k, int negate)
{
  int add (int x) { return x + k; }
  int sub (int x) { return x - k; }
  unary_fn f = add;
  if (negate)
    f = sub;
  return f; /* { dg-warning "address of nested function 'add' may escape via the return value of 'pick'" } */
  /* { dg-warning "address of nested function 'sub' may escape via the return value of 'pick'" "sub" { target *-*-* } .-1 } */
}

static int twice (int x) { return 2 * x; }

unary_fn
plain_function (int k)
{
  int add (int x) { return x + k; }
  if (add (k) > 10)
    return twice; /* { dg-bogus "escape" } */
  return twice; /* { dg-bogus "escape" } */
}
