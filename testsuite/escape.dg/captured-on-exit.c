/* { dg-do compile } */
/* on_exit keeps its argument until the process exits.  A callback
   registry that registers a cleanup record living on the registering
   function's stack hands the exit handler a dead frame; records in static
   storage or on the heap, and the caller's strings, are fine.  */

typedef __SIZE_TYPE__ size_t;
int on_exit (void (*) (int, void *), void *);
void *malloc (size_t);
char *strcpy (char *, const char *);
int unlink (const char *);
int close (int);

struct cleanup
{
  const char *path;
  int fd;
};

static struct cleanup registry[16];
static int nregistered;

static void
remove_temp (int status, void *arg)
{
  struct cleanup *c = arg;
  (void) status;
  close (c->fd);
  unlink (c->path);
}

static void
remove_path (int status, void *arg)
{
  (void) status;
  unlink ((const char *) arg);
}

int
register_temp_buggy (const char *path, int fd)
{
  struct cleanup c; /* { dg-message "'c' declared here" } */
  c.path = path;
  c.fd = fd;
  return on_exit (remove_temp, &c); /* { dg-warning "address of local variable 'c' escapes from 'register_temp_buggy', captured by 'on_exit'" } */
}

int
register_temp_static (const char *path, int fd)
{
  struct cleanup *c;
  if (nregistered == 16)
    return -1;
  c = &registry[nregistered++];
  c->path = path;
  c->fd = fd;
  return on_exit (remove_temp, c); /* { dg-bogus "escape" } */
}

int
register_temp_heap (const char *path, int fd)
{
  struct cleanup *c = malloc (sizeof *c);
  if (!c)
    return -1;
  c->path = path;
  c->fd = fd;
  return on_exit (remove_temp, c); /* { dg-bogus "escape" } */
}

int
register_path (const char *path)
{
  return on_exit (remove_path, (void *) path); /* { dg-bogus "escape" } */
}

int
register_name_buggy (const char *prefix)
{
  char name[64]; /* { dg-message "'name' declared here" } */
  strcpy (name, prefix);
  return on_exit (remove_path, name); /* { dg-warning "address of local variable 'name' escapes from 'register_name_buggy', captured by 'on_exit'" } */
}

int
register_heap_record_with_local_path (int fd)
{
  char path[32] = "/tmp/escape-XXXXXX"; /* { dg-message "'path' declared here" } */
  struct cleanup *c = malloc (sizeof *c); /* { dg-message "its address is held by memory allocated by 'malloc', which escapes" } */
  c->path = path;
  c->fd = fd;
  return on_exit (remove_temp, c); /* { dg-warning "address of local variable 'path' escapes from 'register_heap_record_with_local_path', captured by 'on_exit'" } */
}

/* The handler is kept too: a nested function's trampoline, on the stack,
   is called at exit.  */
extern int exit_status_seen;

void
register_nested_handler (int code)
{
  void report (int status, void *arg) /* { dg-message "'report' defined here uses 'code' from the frame of 'register_nested_handler'" } */
  {
    (void) arg;
    exit_status_seen = status + code;
  }
  on_exit (report, 0); /* { dg-warning "address of nested function 'report' escapes from 'register_nested_handler', captured by 'on_exit'" } */
}

void
register_plain_handler (void)
{
  on_exit (remove_temp, 0); /* { dg-bogus "escape" "a function of the unit is no stack address" } */
}
