/* { dg-do compile } */
/* Calls of the functions of room-lib.c that store on some paths only,
   known through the summaries it left.  */

struct vec
{
  int *items[8];
  int n;
};

struct pool;

void vec_push (struct vec *, int *);
void vec_push_checked (struct vec *, int *);
void pool_release (struct pool *, char *);
void keep_if_passed_on (struct vec *, int *, int);

void
push_local (struct vec *v)
{
  int x = 0;
  vec_push (v, &x); /* { dg-warning "'x' may escape from 'push_local' through parameter 'v'" } */
}

void
push_checked_local (struct vec *v)
{
  int x = 0;
  vec_push_checked (v, &x); /* { dg-warning "'x' may escape from 'push_checked_local' through parameter 'v'" } */
}

void
release_stack_buffer (struct pool *pl)
{
  char space[64];
  pool_release (pl, space); /* { dg-bogus "escape" "a stack buffer is not the pool's" } */
}

void
flag_passed_on_says_no (struct vec *v)
{
  int x = 0;
  keep_if_passed_on (v, &x, 0); /* { dg-bogus "escape" "the flag passed on says not to keep it" } */
}
