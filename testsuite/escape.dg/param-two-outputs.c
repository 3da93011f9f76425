/* { dg-do compile } */
/* One local escaping through two parameters gives one warning per sink;
   an output that only gets a safe value stays quiet.  */

void *malloc (__SIZE_TYPE__);

struct span { char *begin; char *end; };

void
split (char **first, char **second)
{
  char line[80];
  line[0] = 0;
  *first = line;      /* { dg-warning "address of local variable 'line' escapes from 'split' through parameter 'first'" } */
  *second = line + 40; /* { dg-warning "address of local variable 'line' escapes from 'split' through parameter 'second'" } */
}

void
split_one (char **first, char **second)
{
  char line[80];
  line[0] = 0;
  *first = malloc (80); /* { dg-bogus "escapes" } */
  *second = line;       /* { dg-warning "address of local variable 'line' escapes from 'split_one' through parameter 'second'" } */
}

void
fill_span (struct span *s, char *text, int len)
{
  s->begin = text;       /* { dg-bogus "escapes" } */
  s->end = text + len;   /* { dg-bogus "escapes" } */
}
