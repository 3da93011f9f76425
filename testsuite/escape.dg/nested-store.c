/* { dg-do compile } */
/* Nested functions stored where they outlive their parent: a global, a
   caller's slot, a callback registry kept by the C library.  */

typedef int (*unary_fn) (int);
typedef void (*exit_fn) (void);

unary_fn saved_filter;
int atexit (exit_fn);
int counter;

void
install_filter (int limit)
{
  int below (int x) { return x < limit; }
  saved_filter = below; /* { dg-warning "address of nested function 'below' escapes from 'install_filter' into global variable 'saved_filter'" } */
}

void
install_then_clear (int limit)
{
  int below (int x) { return x < limit; }
  saved_filter = below; /* { dg-bogus "escape" } */
  counter += saved_filter (3);
  saved_filter = 0;
}

void
export_filter (unary_fn *out, int limit)
{
  int above (int x) { return x > limit; }
  *out = above; /* { dg-warning "address of nested function 'above' escapes from 'export_filter' through parameter 'out'" } */
}

void
register_cleanup (int code)
{
  void report (void) { counter = code; }
  atexit (report); /* { dg-warning "address of nested function 'report' escapes from 'register_cleanup', captured by 'atexit'" } */
}
