/* { dg-do compile } */
/* A callee that stores its argument into the caller's memory on some
   paths only.  Into a global, the call may leak (call-keep-global.c);
   into what a parameter points to, it may too when the callee's own
   state decides (a push when there is room), while a flag the caller
   passes decides only as the call passes it (a constant is resolved;
   call-caller-chosen-store.c has the flags passed on).  */

typedef __SIZE_TYPE__ size_t;
void *memcpy (void *, const void *, size_t);
void *malloc (size_t);

struct vec
{
  int *items[8];
  int n;
};

static int
vec_push (struct vec *v, int *p)
{
  if (v->n >= 8)
    return -1;
  v->items[v->n++] = p;
  return 0;
}

void
push_local (struct vec *v)
{
  int x = 0;
  vec_push (v, &x); /* { dg-warning "address of local variable 'x' may escape from 'push_local' through parameter 'v'" "conditional store into parameter memory" } */
}

#define TRANSIENT 1

struct text
{
  const char *s;
};

static void
set_text (struct text *t, const char *s, size_t n, int how)
{
  if (how == TRANSIENT)
    {
      char *copy = malloc (n);
      memcpy (copy, s, n);
      t->s = copy;
    }
  else
    t->s = s;
}

void
set_from_buffer (struct text *t)
{
  char buf[16] = "hello";
  set_text (t, buf, sizeof buf, TRANSIENT); /* { dg-bogus "escape" } */
}

void
keep_buffer (struct text *t)
{
  char buf[16] = "hello"; /* { dg-message "'buf' declared here" } */
  set_text (t, buf, sizeof buf, 0); /* { dg-warning "address of local variable 'buf' escapes from 'keep_buffer' through parameter 't'" } */
}
