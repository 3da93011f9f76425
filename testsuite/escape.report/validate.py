#!/usr/bin/env python3
"""validate.py SCHEMA [--merged] REPORT... -- check gcc-escape reports
against the JSON Schema of the format (report.schema.json).

With --merged the reports are merged ones (escape-report merge), whose
unit has a null "source" and the member "units", an array of unit objects
(see escape-report(1)); the schema is extended with those two unless it
allows them already.

Prints a line "REPORT: PATH: MESSAGE" per error.  Exit status: 0 if every
report is valid, 1 if not, 77 if the Python module jsonschema is missing.
"""

import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: the Python module jsonschema is not installed")
    sys.exit(77)


def merged_report_schema(schema):
    """SCHEMA with the unit of a merged report allowed."""
    merged = copy.deepcopy(schema)
    unit = merged["properties"]["unit"]
    source = unit["properties"]["source"]
    if "null" not in source.get("type", []):
        source["type"] = ["string", "null"]
    unit["properties"].setdefault(
        "units", {"type": "array", "items": copy.deepcopy(schema["properties"]["unit"])})
    return merged


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    reports = argv[2:]
    if reports[0] == "--merged":
        schema = merged_report_schema(schema)
        reports = reports[1:]
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    invalid = 0
    for report in reports:
        with open(report, encoding="utf-8") as f:
            instance = json.load(f)
        for error in validator.iter_errors(instance):
            path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}"
                           for p in error.absolute_path)
            print(f"{report}: {path or '.'}: {error.message}")
            invalid = 1
    return invalid


if __name__ == "__main__":
    sys.exit(main(sys.argv))
