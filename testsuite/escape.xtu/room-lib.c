/* Functions that store into what a parameter points to on some paths
   only: room-use.c calls them through the summaries this unit leaves,
   which say which stores the callee's state decides and which the
   caller's arguments choose.  */

struct vec
{
  int *items[8];
  int n;
};

struct pool
{
  char *start, *end;
  void *free_list;
};

void
vec_push (struct vec *v, int *p)
{
  if (v->n < 8)
    v->items[v->n++] = p;
}

/* Through a function of its own unit, so that the summary of this one
   comes from an applied summary.  */
void
vec_push_checked (struct vec *v, int *p)
{
  if (p)
    vec_push (v, p);
}

void
pool_release (struct pool *pl, char *p)
{
  if (p >= pl->start && p < pl->end)
    {
      *(void **) p = pl->free_list;
      pl->free_list = p;
    }
}

void
keep_if (struct vec *v, int *p, int keep)
{
  if (keep)
    v->items[0] = p;
}

void
keep_if_passed_on (struct vec *v, int *p, int keep)
{
  keep_if (v, p, keep);
}
