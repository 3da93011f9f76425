/* { dg-do compile } */
/* A switch whose cases return different objects: the cases returning a
   local are warned at their own return statements.  */

struct color { unsigned char r, g, b; };

static const struct color black = { 0, 0, 0 };
struct color user_color;

const struct color *
lookup_color (int code)
{
  struct color red = { 255, 0, 0 };
  struct color green = { 0, 255, 0 };

  switch (code)
    {
    case 0:
      return &black; /* { dg-bogus "escapes" } */
    case 1:
      return &red; /* { dg-warning "address of local variable 'red' escapes via the return value of 'lookup_color'" } */
    case 2:
      return &green; /* { dg-warning "address of local variable 'green' escapes via the return value of 'lookup_color'" } */
    case 3:
      return &user_color; /* { dg-bogus "escapes" } */
    default:
      return 0; /* { dg-bogus "escapes" } */
    }
}

const char *
unit_name (int unit)
{
  static const char bytes[] = "bytes";
  char custom[16] = "units";

  switch (unit)
    {
    case 0:
      return bytes; /* { dg-bogus "escapes" } */
    case 1:
      return "kilobytes"; /* { dg-bogus "escapes" } */
    default:
      custom[0] = (char) ('A' + unit);
      return custom; /* { dg-warning "address of local variable 'custom' escapes via the return value of 'unit_name'" } */
    }
}
