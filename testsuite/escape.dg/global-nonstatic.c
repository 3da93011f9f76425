/* { dg-do compile } */
/* A file-scope non-static global defined in this file is reported as a
   "global variable".  Using the local through the global while the
   function runs, and then repointing the global at static storage, is
   fine.  */

struct window { int width, height; };

struct window *focused;
static struct window root_window;

void redraw (void);

void
popup (void)
{
  struct window w = { 40, 10 };
  focused = &w; /* { dg-warning "address of local variable 'w' escapes from 'popup' into global variable 'focused'" } */
  redraw ();
}

void
popup_and_restore (void)
{
  struct window w = { 40, 10 };
  focused = &w; /* { dg-bogus "escapes" } */
  redraw ();
  focused = &root_window; /* { dg-bogus "escapes" } */
}

void
focus_root (void)
{
  focused = &root_window; /* { dg-bogus "escapes" } */
  redraw ();
}
