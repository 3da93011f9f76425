/* { dg-do compile } */
/* strtok keeps its first argument (later calls with NULL continue in it)
   and returns a pointer into it.  A tokenizer that splits a local copy of
   its input leaves strtok holding the dead copy; returning a token of the
   copy is also an escape via the return value.  Splitting a strdup'd
   copy, or the caller's own buffer, is fine; the delimiter string is not
   kept, even when it is local; strtok_r is not modelled as keeping
   anything (its state is the caller's).  */

typedef __SIZE_TYPE__ size_t;
char *strtok (char *, const char *);
char *strtok_r (char *, const char *, char **);
char *strcpy (char *, const char *);
char *strncpy (char *, const char *, size_t);
char *strdup (const char *);
void free (void *);

int
count_words (const char *line)
{
  char copy[256]; /* { dg-message "'copy' declared here" } */
  char *tok;
  int n = 0;
  strncpy (copy, line, sizeof copy - 1);
  copy[sizeof copy - 1] = 0;
  tok = strtok (copy, " \t"); /* { dg-warning "address of local variable 'copy' escapes from 'count_words', captured by 'strtok'" } */
  while (tok)
    {
      n++;
      tok = strtok (0, " \t");
    }
  return n;
}

int
count_words_heap (const char *line)
{
  char *copy = strdup (line);
  char *tok;
  int n = 0;
  if (!copy)
    return -1;
  for (tok = strtok (copy, " \t"); tok; tok = strtok (0, " \t")) /* { dg-bogus "escape" } */
    n++;
  free (copy);
  return n;
}

int
split_in_place (char *line, char **fields, int max)
{
  char delims[4]; /* { dg-bogus "declared here" } */
  char *tok;
  int n = 0;
  delims[0] = ',';
  delims[1] = ';';
  delims[2] = ' ';
  delims[3] = 0;
  for (tok = strtok (line, delims); tok && n < max; tok = strtok (0, delims)) /* { dg-bogus "escape" } */
    fields[n++] = tok;
  return n;
}

char *
first_word (const char *line)
{
  char copy[64]; /* { dg-message "'copy' declared here" } */
  char *w;
  strcpy (copy, line);
  w = strtok (copy, " "); /* { dg-warning "address of local variable 'copy' escapes from 'first_word', captured by 'strtok'" } */
  return w; /* { dg-warning "address of local variable 'copy' escapes via the return value of 'first_word'" } */
}

int
count_fields_r (const char *line)
{
  char copy[128];
  char *save;
  char *tok;
  int n = 0;
  strncpy (copy, line, sizeof copy - 1);
  copy[sizeof copy - 1] = 0;
  for (tok = strtok_r (copy, ",", &save); tok; tok = strtok_r (0, ",", &save)) /* { dg-bogus "escape" } */
    n++;
  return n;
}
