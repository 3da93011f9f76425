/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
/* The steps of -fplugin-arg-escape-m=2, as Go's -m -m prints them: each
   statement the address goes through, written back as C, with what it
   does ("assign", "call parameter", "call result", "copy", "return",
   "use") and where.  */

#include <string.h>

int *g;
struct name { char *text; int len; };
struct node { int *data; struct node *next; };
extern struct node *list, *malloc_node (void) __attribute__ ((malloc));

void
through_locals (void)
{
  int z = 0;
  int *p = &z; /* { dg-message "  from &z \\(address-of\\) at \[^\n\]*:19:" "address-of" { target *-*-* } .+2 } */
  int *q = p + 1; /* { dg-message "  from p = &z \\(assign\\) at \[^\n\]*:19:" "p" { target *-*-* } .+1 } */
  g = q; /* { dg-warning "address of local variable 'z'" } */
  /* { dg-message "  from q = p \\+ 1 \\(assign\\) at \[^\n\]*:20:" "q" { target *-*-* } .-1 } */
  /* { dg-message "  from g = q \\(assign\\) at \[^\n\]*:21:" "g" { target *-*-* } .-2 } */
}

static int *
ident (int *p)
{
  return p;
}

int *
through_a_result (void)
{
  int w = 0;
  int *p = ident (&w);
  return p; /* { dg-warning "address of local variable 'w' escapes via the return value" } */
  /* { dg-message "  from &w \\(address-of\\)" "address-of" { target *-*-* } .-1 } */
  /* { dg-message "  from p = ident\\(&w\\) \\(call result\\) at \[^\n\]*:36:" "call result" { target *-*-* } .-2 } */
  /* { dg-message "  from return p \\(return\\) at \[^\n\]*:37:" "return" { target *-*-* } .-3 } */
}

void
through_a_heap_node (void)
{
  int v = 0;
  struct node *n = malloc_node ();
  n->data = &v;
  n->next = list;
  list = n; /* { dg-warning "address of local variable 'v'" } */
  /* { dg-message "  from n->data = &v \\(assign\\) at \[^\n\]*:48:" "store" { target *-*-* } .-1 } */
  /* { dg-message "  from list = n \\(assign\\) at \[^\n\]*:50:" "link" { target *-*-* } .-2 } */
}

struct name
by_value (void)
{
  char buf[8];
  struct name s;
  s.text = buf;
  s.len = 0;
  return s; /* { dg-warning "address of local variable 'buf' escapes via the return value" } */
  /* { dg-message "  from &buf \\(address-of\\) at \[^\n\]*:60:" "address-of" { target *-*-* } .-1 } */
  /* { dg-message "  from s.text = &buf \\(assign\\) at \[^\n\]*:60:" "store" { target *-*-* } .-2 } */
  /* { dg-message "  from return s \\(return\\) at \[^\n\]*:62:" "return" { target *-*-* } .-3 } */
}

void
copied_out (struct name *out)
{
  char buf[8];
  struct name s;
  s.text = buf;
  s.len = 0;
  *out = s; /* { dg-warning "address of local variable 'buf' escapes from 'copied_out' through parameter 'out'" } */
  /* { dg-message "  from s.text = &buf \\(assign\\) at \[^\n\]*:73:" "store" { target *-*-* } .-1 } */
  /* { dg-message "  from \\*out = s \\(copy\\) at \[^\n\]*:75:" "copy" { target *-*-* } .-2 } */
}

void
into_an_array (int **tab, int i)
{
  int q = 0;
  int r = 0;
  tab[3] = &q; /* { dg-warning "address of local variable 'q'" } */
  /* { dg-message "  from tab\\\[3\\\] = &q \\(assign\\)" "constant index" { target *-*-* } .-1 } */
  tab[i] = &r; /* { dg-warning "address of local variable 'r'" } */
  /* { dg-message "  from tab\\\[i\\\] = &r \\(assign\\)" "variable index" { target *-*-* } .-1 } */
}

struct holder { int *slot; };

void
through_two_pointers (struct holder **h)
{
  int k = 0;
  (*h)->slot = &k; /* { dg-warning "address of local variable 'k'" } */
  /* { dg-message "  from \\(\\*h\\)->slot = &k \\(assign\\)" "member of a pointee" { target *-*-* } .-1 } */
}

void
chosen (int c)
{
  int a = 0, b = 0;
  int *p = c ? &a : &b;
  g = p; /* { dg-warning "address of local variable 'a' may escape" } */
  /* { dg-warning "address of local variable 'b' may escape" "b" { target *-*-* } .-1 } */
  /* { dg-message "  from p = \\(one of &a, &b\\) \\(assign\\)" "merge" { target *-*-* } .-2 } */
}

static void
set (int **pp, int *v)
{
  *pp = v;
}

void
through_an_out_parameter (void)
{
  int y = 0;
  int *p;
  set (&p, &y);
  g = p; /* { dg-warning "address of local variable 'y'" } */
  /* { dg-message "  from set\\(&p, &y\\) \\(call parameter\\) at \[^\n\]*:122:" "call" { target *-*-* } .-1 } */
  /* { dg-message "  from g = p \\(assign\\) at \[^\n\]*:123:" "g" { target *-*-* } .-2 } */
}

int
after_its_scope (void)
{
  int *p;
  {
    int inner = 1;
    p = &inner;
  }
  return *p; /* { dg-warning "address of local variable 'inner' is used in 'after_its_scope' after the end of its scope" } */
  /* { dg-message "  from p = &inner \\(assign\\) at \[^\n\]*:134:" "assign" { target *-*-* } .-1 } */
  /* { dg-message "  from \\*p \\(use\\) at \[^\n\]*:136:" "use" { target *-*-* } .-2 } */
}

/* What does not escape has no flow.  */
int
stays (void)
{
  int x = 2;			/* { dg-message "x does not escape" } */
  int *p = &x;			/* { dg-bogus "flow:" } */
  return *p;			/* { dg-bogus "from" } */
}

/* The head of each flow, as Go's "flow: {heap} = &x:": the sink as a C
   place, or braced when it has none.  */
/* { dg-message "flow: \\{result\\} = &w:" "head of a return" { target *-*-* } 37 } */
/* { dg-message "flow: \\*out = &buf:" "head of a store into a parameter" { target *-*-* } 75 } */
/* { dg-message "flow: \\*\\*h = &k:" "head two pointers down" { target *-*-* } 97 } */
/* { dg-message "flow: use of &inner after its scope:" "head of a use" { target *-*-* } 136 } */
