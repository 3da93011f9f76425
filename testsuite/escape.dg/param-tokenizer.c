/* { dg-do compile } */
/* A realistic tokenizer returning the token end through *end: a pointer
   into the caller's input is fine, a pointer into a local copy is not.  */

int isspace (int);

int
next_token (const char *input, const char **end)
{
  const char *p = input;
  while (*p && !isspace ((unsigned char) *p))
    p++;
  *end = p; /* { dg-bogus "escapes" } */
  return (int) (p - input);
}

int
next_token_copy (const char *input, const char **end)
{
  char copy[128];
  int i;
  for (i = 0; i < 127 && input[i] && !isspace ((unsigned char) input[i]); i++)
    copy[i] = input[i];
  copy[i] = 0;
  *end = copy + i; /* { dg-warning "address of local variable 'copy' escapes from 'next_token_copy' through parameter 'end'" } */
  return i;
}

int
skip_spaces (char *line, char **rest)
{
  char *p = line;
  while (isspace ((unsigned char) *p))
    p++;
  *rest = p + 1; /* { dg-bogus "escapes" } */
  return (int) (p - line);
}
