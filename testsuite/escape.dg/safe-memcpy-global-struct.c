/* { dg-do compile } */
/* A local struct is filled and copied (memcpy, memmove, assignment) into
   global storage.  The struct holds only data and pointers to static or
   heap memory, never the address of a local, so nothing escapes.  */

typedef __SIZE_TYPE__ size_t;
extern void *memcpy (void *, const void *, size_t);
extern void *memmove (void *, const void *, size_t);
extern void *malloc (size_t);

struct config { int width, height; const char *title; int *palette; };

struct config current;
static struct config saved[4];
static int default_palette[16];

void
set_defaults (void)
{
  struct config c;
  c.width = 80;
  c.height = 25;
  c.title = "untitled";
  c.palette = default_palette;
  memcpy (&current, &c, sizeof c);  /* { dg-bogus "escapes" } */
}

void
save_slot (int slot, int w, int h)
{
  struct config c = current;
  c.width = w;
  c.height = h;
  c.palette = malloc (16 * sizeof (int));
  memmove (&saved[slot & 3], &c, sizeof c);  /* { dg-bogus "escapes" } */
}

void
restore_slot (int slot)
{
  struct config tmp;
  memcpy (&tmp, &saved[slot & 3], sizeof tmp);
  if (tmp.width > 0)
    current = tmp;  /* { dg-bogus "escapes" } */
}

struct stats { int counts[8]; long total; };
struct stats global_stats;

void
tally (const int *samples, int n)
{
  struct stats s = { { 0 }, 0 };
  int i;

  for (i = 0; i < n; i++)
    {
      s.counts[samples[i] & 7]++;
      s.total += samples[i];
    }
  memcpy (&global_stats, &s, sizeof s);  /* { dg-bogus "escapes" } */
}
