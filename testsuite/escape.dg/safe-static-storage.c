/* { dg-do compile } */
/* Function-scope statics, file-scope statics and string literals live
   for the whole program: their addresses may be returned, stored in
   globals and passed out.  Nothing here may warn.  */

static int table[32];
const char *messages[4];
int **registry;

int *
counter (void)
{
  static int count;
  count++;
  return &count;  /* { dg-bogus "escapes" } */
}

const char *
error_text (int code)
{
  static char buf[64];
  const char *s;
  switch (code)
    {
    case 0: s = "ok"; break;
    case 1: s = "not found"; break;
    default:
      buf[0] = (char) ('0' + code % 10);
      buf[1] = '\0';
      s = buf;
      break;
    }
  messages[code & 3] = s;  /* { dg-bogus "escapes" } */
  return s;  /* { dg-bogus "escapes" } */
}

void
register_slot (int i, int **out)
{
  static int *slot_ptr;
  slot_ptr = &table[i & 31];
  *out = slot_ptr;  /* { dg-bogus "escapes" } */
  if (registry)
    registry[i & 31] = slot_ptr;  /* { dg-bogus "escapes" } */
}

struct entry { const char *key; int *val; };

struct entry
make_entry (int i)
{
  struct entry e;
  e.key = "entry";
  e.val = &table[i & 31];
  return e;  /* { dg-bogus "escapes" } */
}
