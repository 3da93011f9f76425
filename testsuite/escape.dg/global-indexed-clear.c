/* { dg-do compile } */
/* A store into an array at a variable index is undone by a later store
   at the same index, when the index keeps its value in between: a slot
   of a registry set for the time of a call and cleared.  Not when the
   index changes, is another one, or names another field.  */

#include <stddef.h>

struct entry
{
  int *ptr;
  int *other;
};

struct table
{
  int *items[16];
};

int *slots[16];
struct entry registry[16];

extern void run (void);
extern unsigned hash (const char *);

void
slot_for_the_call (int slot)
{
  int x = 0;
  slots[slot] = &x; /* { dg-bogus "escape" } */
  run ();
  slots[slot] = NULL;
}

void
hashed_slot (const char *key)
{
  int x = 0;
  unsigned h = hash (key) % 16;
  slots[h] = &x; /* { dg-bogus "escape" } */
  run ();
  slots[h] = NULL;
}

void
entry_field (int i)
{
  int x = 0;
  registry[i].ptr = &x; /* { dg-bogus "escape" } */
  run ();
  registry[i].ptr = NULL;
}

void
caller_table (struct table *t, int i)
{
  int x = 0;
  t->items[i] = &x; /* { dg-bogus "escape" } */
  run ();
  t->items[i] = NULL;
}

void
other_index (int i, int j)
{
  int x = 0;
  slots[i] = &x; /* { dg-warning "address of local variable 'x' may escape from 'other_index' into global variable 'slots'" } */
  run ();
  slots[j] = NULL;
}

void
next_index (int i)
{
  int x = 0;
  slots[i] = &x; /* { dg-warning "address of local variable 'x' may escape from 'next_index' into global variable 'slots'" } */
  run ();
  i++;
  slots[i] = NULL;
}

void
other_field (int i)
{
  int x = 0;
  registry[i].ptr = &x; /* { dg-warning "address of local variable 'x' may escape from 'other_field' into global variable 'registry'" } */
  run ();
  registry[i].other = NULL;
}

/* The index of a loop: the same variable, another value each time
   round.  */
void
loop_index (int n)
{
  int x = 0;
  for (int i = 0; i < n; i++)
    if (i == 0)
      slots[i] = &x; /* { dg-warning "address of local variable 'x' may escape from 'loop_index' into global variable 'slots'" } */
    else
      slots[i] = NULL;
}
