/* { dg-do compile } */
/* A tokenizer state machine with many branches.  Pointers into a local
   buffer move around in every state, but only indices, lengths and heap
   copies leave the function.  Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void *memcpy (void *, const void *, size_t);
extern void emit (int kind, const char *start, size_t len);

enum state { S_START, S_IDENT, S_NUMBER, S_STRING, S_ESCAPE, S_COMMENT, S_DONE };

char *last_token;

int
tokenize (const char *input, size_t n)
{
  char buf[256];
  char *p = buf, *tok = buf, *end;
  enum state st = S_START;
  int tokens = 0;
  size_t i;

  if (n >= sizeof buf)
    n = sizeof buf - 1;
  for (i = 0; i < n; i++)
    buf[i] = input[i];
  buf[n] = '\0';
  end = buf + n;

  while (st != S_DONE)
    {
      char c = p < end ? *p : '\0';
      switch (st)
	{
	case S_START:
	  tok = p;
	  if (c == '\0')
	    st = S_DONE;
	  else if ((c >= 'a' && c <= 'z') || c == '_')
	    st = S_IDENT;
	  else if (c >= '0' && c <= '9')
	    st = S_NUMBER;
	  else if (c == '"')
	    st = S_STRING;
	  else if (c == '#')
	    st = S_COMMENT;
	  p++;
	  break;
	case S_IDENT:
	case S_NUMBER:
	  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
	    p++;
	  else
	    {
	      emit (st, tok, (size_t) (p - tok));  /* { dg-bogus "escapes" } */
	      tokens++;
	      st = S_START;
	    }
	  break;
	case S_STRING:
	  if (c == '\\')
	    st = S_ESCAPE;
	  else if (c == '"' || c == '\0')
	    {
	      emit (S_STRING, tok, (size_t) (p - tok));
	      tokens++;
	      st = c ? S_START : S_DONE;
	    }
	  p++;
	  break;
	case S_ESCAPE:
	  st = c ? S_STRING : S_DONE;
	  p++;
	  break;
	case S_COMMENT:
	  if (c == '\n' || c == '\0')
	    st = c ? S_START : S_DONE;
	  p++;
	  break;
	default:
	  st = S_DONE;
	  break;
	}
    }

  if (tokens > 0 && tok < end)
    {
      size_t len = (size_t) (end - tok);
      char *copy = malloc (len + 1);
      if (copy)
	{
	  memcpy (copy, tok, len);
	  copy[len] = '\0';
	  last_token = copy;  /* { dg-bogus "escapes" } */
	}
    }
  return tokens;  /* { dg-bogus "escapes" } */
}

const char *
state_name (int st)
{
  char unknown[16] = "unknown";
  const char *name = unknown;
  switch (st)
    {
    case S_START: name = "start"; break;
    case S_IDENT: name = "ident"; break;
    case S_NUMBER: name = "number"; break;
    case S_STRING: name = "string"; break;
    case S_ESCAPE: name = "escape"; break;
    case S_COMMENT: name = "comment"; break;
    default: name = "done"; break;
    }
  return name;  /* { dg-bogus "escapes" } */
}
