/* { dg-do compile } */
/* A store through a pointer loaded from a parameter (memory the analysis
   cannot tell apart from other memory at that depth) is still undone by
   a later store through the same pointer at the same field: the pattern
   sqlite3_stmt_status uses to count freed bytes into a local.  */

struct db
{
  int *freed_bytes;
  int *end;
  int *start;
};

struct stmt
{
  struct db *db;
};

void delete_stmt (struct stmt *);

int
memory_used (struct stmt *s)
{
  int v = 0;
  struct db *db = s->db;
  db->freed_bytes = &v; /* { dg-bogus "escapes" } */
  db->end = db->start;
  delete_stmt (s);
  db->freed_bytes = 0;
  db->end = db->start;
  return v;
}

int
memory_used_forgot_reset (struct stmt *s, int quick)
{
  int v = 0;
  struct db *db = s->db;
  db->freed_bytes = &v; /* { dg-warning "address of local variable 'v' may escape from 'memory_used_forgot_reset' through parameter 's'" } */
  delete_stmt (s);
  if (!quick)
    db->freed_bytes = 0;
  return v;
}

int
memory_used_other_field (struct stmt *s)
{
  int v = 0;
  struct db *db = s->db;
  db->freed_bytes = &v; /* { dg-warning "address of local variable 'v' escapes from 'memory_used_other_field' through parameter 's'" } */
  delete_stmt (s);
  db->end = 0;
  return v;
}
