/* { dg-do compile } */
/* Worker pools started and joined in loops.  Every thread created in the
   first loop is joined in the second, so nothing escapes.  A pool whose
   threads are started in a loop and never joined lets the contexts
   escape; whether that is certain depends on whether the loop is known to
   run (it is at some optimisation levels), so either wording is
   accepted there.  */

typedef unsigned long pthread_t;
int pthread_create (pthread_t *, const void *, void *(*) (void *), void *);
int pthread_join (pthread_t, void **);
int pthread_detach (pthread_t);

#define NWORKERS 4

struct slot
{
  int index;
  long sum;
};

void *sum_slot (void *);

long
sum_all (void)
{
  pthread_t tids[NWORKERS];
  struct slot slots[NWORKERS];
  long total = 0;
  int i;
  for (i = 0; i < NWORKERS; i++)
    {
      slots[i].index = i;
      slots[i].sum = 0;
      /* Known limitation: the joins go through tids[i] at a variable
	 index, so the analysis cannot tell which thread each one ends and
	 releases none.  */
      pthread_create (&tids[i], 0, sum_slot, &slots[i]); /* { dg-bogus "escape" "joined in a loop" { xfail *-*-* } } */
    }
  for (i = 0; i < NWORKERS; i++)
    {
      pthread_join (tids[i], 0);
      total += slots[i].sum;
    }
  return total;
}

void
start_all_detached (void)
{
  pthread_t tids[NWORKERS];
  struct slot slots[NWORKERS];
  int i;
  for (i = 0; i < NWORKERS; i++)
    {
      slots[i].index = i;
      slots[i].sum = 0;
      pthread_create (&tids[i], 0, sum_slot, &slots[i]); /* { dg-warning "address of local variable 'slots' (escapes|may escape) from 'start_all_detached', captured by 'pthread_create'" } */
      pthread_detach (tids[i]);
    }
}
