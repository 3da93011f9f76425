/* { dg-do compile } */
/* A parser's block and function states, as in Lua's lparser.c: a
   stack block is linked into the current function state by one helper
   and unlinked by another, which finds the function state through the
   lexer (ls->fs), not through its own parameters.  */

typedef struct block { struct block *previous; int nactvar; } block;
typedef struct func_state
{
  struct func_state *prev;
  block *bl;
  struct lex_state *ls;
  int pc;
} func_state;
typedef struct lex_state { func_state *fs; int token; } lex_state;

extern void emit (func_state *);

static void
enter_block (func_state *fs, block *bl)
{
  bl->previous = fs->bl;
  bl->nactvar = fs->pc;
  fs->bl = bl; /* { dg-message "through the call to 'open_func'" } */
}

static void
leave_block (func_state *fs)
{
  block *bl = fs->bl;
  fs->bl = bl->previous;
  fs->pc = bl->nactvar;
}

static void
open_func (lex_state *ls, func_state *fs, block *bl)
{
  fs->prev = ls->fs;
  fs->ls = ls;
  ls->fs = fs;
  fs->pc = 0;
  enter_block (fs, bl);
}

static void
close_func (lex_state *ls)
{
  func_state *fs = ls->fs;
  emit (fs);
  leave_block (fs);
  emit (fs);
  ls->fs = fs->prev;
}

/* Closed on the only path: the block is unlinked again.  */
void
main_func (lex_state *ls, func_state *fs)
{
  block bl;
  open_func (ls, fs, &bl); /* { dg-bogus "address of" } */
  emit (fs);
  close_func (ls);
}

/* Closed on one path only.  */
void
main_func_early_exit (lex_state *ls, func_state *fs, int error)
{
  block bl; /* { dg-message "'bl' declared here" } */
  open_func (ls, fs, &bl); /* { dg-warning "address of local variable 'bl' may escape from 'main_func_early_exit' through parameter 'fs'" } */
  if (error)
    return;
  close_func (ls);
}

/* Closing a function state that is not the one the block went into.  */
static void
close_other (lex_state *ls)
{
  func_state *fs = ls->fs;
  ls->fs = fs->prev;
  leave_block (ls->fs);
}

void
main_func_wrong_close (lex_state *ls, func_state *fs)
{
  block bl; /* { dg-message "'bl' declared here" } */
  open_func (ls, fs, &bl); /* { dg-warning "address of local variable 'bl' (may )?escapes? from 'main_func_wrong_close' through parameter 'fs'" } */
  close_other (ls);
}
