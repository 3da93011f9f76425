/* { dg-do compile } */
/* Local pointers to a global struct, to an element of a global array or
   to a global union: storing through them stores into the global.  */

struct config { int *limit; const char *name; };
union slot { int *ip; char *cp; };

struct config cfg;
int *slots[8];
static union slot uslot;
static int default_limit;

void
via_struct_alias (void)
{
  int limit = 10;
  struct config *c = &cfg;
  c->limit = &limit; /* { dg-warning "address of local variable 'limit' escapes from 'via_struct_alias' into global variable 'cfg'" } */
}

void
via_element_alias (int i)
{
  int v = 0;
  int **slot = &slots[i];
  *slot = &v; /* { dg-warning "address of local variable 'v' may escape from 'via_element_alias' into global variable 'slots'" } */
}

void
via_union (void)
{
  char tag[4] = "abc";
  union slot *u = &uslot;
  u->cp = tag; /* { dg-warning "address of local variable 'tag' escapes from 'via_union' into static variable 'uslot'" } */
}

void
via_struct_alias_ok (void)
{
  struct config *c = &cfg;
  c->limit = &default_limit; /* { dg-bogus "escapes" } */
  c->name = "default";       /* { dg-bogus "escapes" } */
}
