/* { dg-do compile } */
/* Looking an entry up in a table and returning a pointer to it: a table
   built on the stack escapes, a static or global table does not.  */

int strcmp (const char *, const char *);

struct entry { const char *key; int value; };

static const struct entry builtin_table[] = {
  { "red", 1 }, { "green", 2 }, { "blue", 3 }
};

struct entry user_table[8];

const struct entry *
lookup_stack_table (const char *key)
{
  struct entry table[3] = { { "red", 1 }, { "green", 2 }, { "blue", 3 } };
  int i;
  for (i = 0; i < 3; i++)
    if (strcmp (table[i].key, key) == 0)
      return &table[i]; /* { dg-warning "address of local variable 'table' escapes via the return value of 'lookup_stack_table'" } */
  return 0; /* { dg-bogus "escapes" } */
}

const struct entry *
lookup_builtin (const char *key)
{
  const struct entry *e;
  for (e = builtin_table; e < builtin_table + 3; e++)
    if (strcmp (e->key, key) == 0)
      return e; /* { dg-bogus "escapes" } */
  return 0; /* { dg-bogus "escapes" } */
}

struct entry *
lookup_user (const char *key)
{
  int i;
  for (i = 0; i < 8; i++)
    if (user_table[i].key && strcmp (user_table[i].key, key) == 0)
      return &user_table[i]; /* { dg-bogus "escapes" } */
  return 0; /* { dg-bogus "escapes" } */
}

int
lookup_value (const char *key)
{
  struct entry table[3] = { { "red", 1 }, { "green", 2 }, { "blue", 3 } };
  int i;
  for (i = 0; i < 3; i++)
    if (strcmp (table[i].key, key) == 0)
      return table[i].value; /* { dg-bogus "escapes" } */
  return -1; /* { dg-bogus "escapes" } */
}
