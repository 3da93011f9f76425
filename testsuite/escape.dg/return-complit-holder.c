/* { dg-do compile } */
/* Compound literals used as containers: a struct compound literal holding
   a local's address, returned by value, escapes the local; the address of
   a member of a compound literal escapes the literal; a compound literal
   holding only global pointers returned by value is fine.  */

struct ref { int *target; int tag; };

int global_target;

struct ref
literal_holding_local (int v)
{
  int x = v;
  return (struct ref) { &x, 1 }; /* { dg-warning "address of local variable 'x' escapes via the return value of 'literal_holding_local'" } */
}

int *
member_of_literal (void)
{
  int *p = &(struct ref) { 0, 2 }.tag;
  return p; /* { dg-warning "address of compound literal escapes via the return value of 'member_of_literal'" } */
}

struct ref
literal_holding_global (void)
{
  return (struct ref) { &global_target, 3 }; /* { dg-bogus "escapes" } */
}

int *
literal_value_read (void)
{
  struct ref r = (struct ref) { &global_target, 4 };
  return r.target; /* { dg-bogus "escapes" } */
}
