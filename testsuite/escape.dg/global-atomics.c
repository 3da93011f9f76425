/* { dg-do compile } */
/* Atomic stores, exchanges and compare-and-swap store their value into
   the memory their first argument points to, as a plain store does.  */

#include <stdatomic.h>

void *slot;
_Atomic (int *) current;

void
publish_c11 (void)
{
  int x = 0;
  atomic_store (&current, &x); /* { dg-warning "'x' escapes from 'publish_c11' into global variable 'current'" } */
}

void
publish_builtin (void)
{
  int x = 0;
  __atomic_store_n (&slot, &x, __ATOMIC_RELEASE); /* { dg-warning "'x' escapes from 'publish_builtin' into global variable 'slot'" } */
}

void *
swap_in (void)
{
  int x = 0;
  return __atomic_exchange_n (&slot, &x, __ATOMIC_ACQ_REL); /* { dg-warning "'x' escapes from 'swap_in' into global variable 'slot'" } */
}

void
claim (void)
{
  int x = 0;
  void *expected = 0;
  __atomic_compare_exchange_n (&slot, &expected, &x, 0, __ATOMIC_SEQ_CST, /* { dg-warning "'x' may escape from 'claim' into global variable 'slot'" } */
			       __ATOMIC_SEQ_CST);
}

void
claim_sync (void)
{
  int x = 0;
  __sync_val_compare_and_swap (&slot, (void *) 0, &x); /* { dg-warning "'x' may escape from 'claim_sync' into global variable 'slot'" } */
}

/* Negatives: published for the time of a call and withdrawn, or a
   pointer to static memory.  */
extern void work (void);

void
publish_for_a_while (void)
{
  int x = 0;
  atomic_store (&current, &x); /* { dg-bogus "escape" "withdrawn before the return" } */
  work ();
  atomic_store (&current, (int *) 0);
}

void
swap_and_restore (void)
{
  int x = 0;
  void *old = __atomic_exchange_n (&slot, &x, __ATOMIC_ACQ_REL); /* { dg-bogus "escape" "the old value is put back" } */
  work ();
  __atomic_store_n (&slot, old, __ATOMIC_RELEASE);
}

void
publish_static (void)
{
  static int kept;
  atomic_store (&current, &kept); /* { dg-bogus "escape" "static memory" } */
  __atomic_store_n (&slot, &kept, __ATOMIC_RELEASE);
}

int
local_atomic (void)
{
  int x = 1;
  int *_Atomic mine = 0;
  atomic_store (&mine, &x); /* { dg-bogus "escape" "a local atomic" } */
  return *atomic_load (&mine);
}
