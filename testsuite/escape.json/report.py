"""report.py -- read gcc-escape JSON reports for json.exp.

    python3 report.py EXPRESSION REPORT...

reads each REPORT strictly (UTF-8, no duplicate keys, no NaN, nothing
after the value) and prints ascii() of the Python EXPRESSION, in which

    r           is the first report, rs the list of all of them;
    fn(NAME)    the function NAME of r;
    findings(NAME, KIND=None)
                its findings (of kind KIND);
    obj(NAME, OBJECT)
                its object OBJECT.

Exits with status 1 and a message if a report is not valid JSON.
ascii() keeps the output plain ASCII whatever the locale.
"""

import json
import sys


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    for k in keys:
        if keys.count(k) > 1:
            raise ValueError("duplicate key %r" % k)
    return dict(pairs)


def no_constant(name):
    raise ValueError("%s is not JSON" % name)


def load(path):
    with open(path, encoding="utf-8", errors="strict") as f:
        return json.load(f, object_pairs_hook=no_duplicates,
                         parse_constant=no_constant)


def main():
    expression, paths = sys.argv[1], sys.argv[2:]
    try:
        rs = [load(p) for p in paths]
    except (OSError, ValueError) as e:
        print("invalid report: %s" % e)
        return 1
    r = rs[0]

    def fn(name):
        return next(f for f in r["functions"] if f["name"] == name)

    def findings(name, kind=None):
        return [x for x in fn(name)["findings"]
                if kind is None or x["kind"] == kind]

    def obj(name, object_name):
        return next(o for o in fn(name)["objects"]
                    if o["name"] == object_name)

    # As globals, so that comprehensions in EXPRESSION see them too.
    names = {"r": r, "rs": rs, "fn": fn, "findings": findings, "obj": obj}
    print(ascii(eval(expression, names)))
    return 0


sys.exit(main())
