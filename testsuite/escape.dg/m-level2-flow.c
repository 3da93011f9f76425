/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
/* -fplugin-arg-escape-m=2 prints the flow of each finding, one line a
   step, as Go's -m -m ("from g = &x (assign)"); a finding through a call
   carries the steps as a diagnostic path too (shown here as separate
   events).  */

int *g;

static void
keep (int *p)
{
  g = p; /* { dg-message "\\(4\\) through the call to 'keep', which stores it into global variable 'g'" } */
}

void
direct (void)
{
  int x = 0; /* { dg-message "'x' declared here" } */
  g = &x; /* { dg-warning "address of local variable 'x' escapes from 'direct' into global variable 'g'" } */
  /* { dg-message "flow: g = &x:" "flow" { target *-*-* } .-1 } */
  /* { dg-message "  from &x \\(address-of\\) at \[^\n\]*m-level2-flow.c:20:5" "address-of" { target *-*-* } .-2 } */
  /* { dg-message "  from g = &x \\(assign\\) at \[^\n\]*m-level2-flow.c:20:5" "assign" { target *-*-* } .-3 } */
}

void
through_call (void)
{
  int y = 0; /* { dg-message "\\(1\\) 'y' declared here" } */
  keep (&y); /* { dg-warning "address of local variable 'y' escapes from 'through_call' into global variable 'g'" } */
  /* { dg-message "\\(5\\) address of local variable 'y' escapes" "event 5" { target *-*-* } .-1 } */
  /* { dg-message "flow: g = &y:" "flow" { target *-*-* } .-2 } */
  /* { dg-message "  from &y \\(address-of\\) at \[^\n\]*m-level2-flow.c:30:3" "address-of" { target *-*-* } .-3 } */
  /* { dg-message "  from keep\\(&y\\) \\(call parameter\\) at \[^\n\]*m-level2-flow.c:30:3" "call parameter" { target *-*-* } .-4 } */
  /* { dg-message "  through the call to 'keep', which stores it into global variable 'g', at \[^\n\]*m-level2-flow.c:13:5" "callee" { target *-*-* } .-5 } */
}

/* At -m=2, the diagnostic path has the statements to the call too.  */
/* { dg-message "\\(2\\) from &y \\(address-of\\)" "event 2" { target *-*-* } 30 } */
/* { dg-message "\\(3\\) from keep\\(&y\\) \\(call parameter\\)" "event 3" { target *-*-* } 30 } */
