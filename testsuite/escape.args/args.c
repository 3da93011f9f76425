/* Compiled by args.exp with various -fplugin-arg-escape-* options.  */

int
args_test_function (int x)
{
  int y = x + 1;
  return y;
}
