/* dangling.c -- a bundled example for gcc-escape: three classic dangling
   pointers and their correct twins.

     gcc -fplugin=escape -c dangling.c -o /dev/null  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request
{
  const char *path;
  struct request *next;
};

static struct request *pending;

/* Bug: returns a buffer that dies with the frame.  */
const char *
format_id (int id)
{
  char buf[32];
  snprintf (buf, sizeof buf, "id-%d", id);
  return buf;
}

/* Fine: the caller provides the buffer.  */
const char *
format_id_into (int id, char *buf, size_t size)
{
  snprintf (buf, size, "id-%d", id);
  return buf;
}

/* Bug: queues a request that lives on the stack.  */
void
queue_request (const char *path)
{
  struct request r = { path, pending };
  pending = &r;
}

/* Fine: queues a heap copy.  */
void
queue_request_copy (const char *path)
{
  struct request *r = malloc (sizeof *r);
  if (!r)
    return;
  r->path = path;
  r->next = pending;
  pending = r;
}

/* Bug on the error path only: *err keeps a pointer to a local buffer.  */
int
parse (const char *s, const char **err)
{
  char msg[64];
  if (!s || !*s)
    {
      strcpy (msg, "empty input");
      *err = msg;
      return -1;
    }
  *err = NULL;
  return 0;
}
