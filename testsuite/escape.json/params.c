/* The parameters' leak summaries in the report.  */

int *g;
struct node { struct node *next; };

void
stores (int *p)
{
  g = p;
}

int *
returns (int *p)
{
  return p;
}

int
reads (int *p)
{
  return *p;
}

void
links (struct node *head, struct node *n)
{
  head->next = n;
}

void
caller (void)
{
  int x = 0;
  stores (&x);
}
