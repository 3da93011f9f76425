/* { dg-do compile } */
/* A pointer field of an element of a global array of structs.  */

struct entry
{
  const char *key;
  int *value;
};

struct entry table[32];
static int values[32];

void
put (int i, const char *key)
{
  int value = 0;
  table[i].key = key;      /* { dg-bogus "escapes" } */
  table[i].value = &value; /* { dg-warning "address of local variable 'value' may escape from 'put' into global variable 'table'" } */
}

void
put_key (int i)
{
  char key[16] = "tmp";
  table[i].key = key; /* { dg-warning "address of local variable 'key' may escape from 'put_key' into global variable 'table'" } */
}

void
put_static (int i, const char *key)
{
  table[i].key = key;          /* { dg-bogus "escapes" } */
  table[i].value = &values[i]; /* { dg-bogus "escapes" } */
}

void
put_first (void)
{
  int v = 7;
  table[0].value = &v; /* { dg-warning "address of local variable 'v' escapes from 'put_first' into global variable 'table'" } */
}
