#!/usr/bin/env python3
"""Read an Odoo log as OCA's checklog does: any WARNING, ERROR or CRITICAL line
fails the run unless an entry of IGNORE explains it; so does a skipped test.

Writes "<passed> <failed>" to --summary: the tests counted from Odoo's own
report line (or from a pytest JUnit file with --junit), plus one failure for
each log problem.
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Known upstream noise, each with the reason it is harmless.
IGNORE = [
    # A failing test is logged as "FAIL: ..." / "ERROR: ..." and summed up by
    # the test report and the loader; it is counted once, from the report.
    r" (FAIL|ERROR): ",
    r"odoo\.tests\.result: \d+ failed, \d+ error",
    r"odoo\.modules\.loading: Module \S+: \d+ failures",
    # Debian's wkhtmltopdf is built on unpatched Qt: it ignores the header and
    # footer switches, says so and exits 1, and Odoo logs that on every PDF.
    # The PDF itself is produced (tests check it); production should use the
    # patched-Qt build (see README).
    r"ir_actions_report: wkhtmltopdf: The switch --[\w-]+, is not support "
    r"using unpatched qt",
]
# Only for the log of the live server of the end-to-end tests, which send bad
# input on purpose and assert the answer themselves:
IGNORE_E2E = [
    # a UserError / ValidationError / AccessError answered to the client
    r" WARNING \S+ odoo\.http: ",
]
# ... and a query refused by a database constraint, logged with the reason on
# the next line
CONSTRAINT_REFUSAL = re.compile(r"violates (unique|check|foreign key|not-null) constr")
LEVEL = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (WARNING|ERROR|CRITICAL) ")
REPORT = re.compile(r"(\d+) failed, (\d+) error\(s\) of (\d+) tests")
SKIPPED = re.compile(r" INFO \S+ [\w.]+: skipped \S+ : ")


def check(log_path, e2e=False):
    problems, skipped = [], []
    passed = failed = 0
    ignore = IGNORE + (IGNORE_E2E if e2e else [])
    lines = Path(log_path).read_text(errors="replace").splitlines()
    for i, line in enumerate(lines):
        level = LEVEL.match(line)
        if (
            e2e
            and " odoo.sql_db: bad query" in line
            and i + 1 < len(lines)
            and CONSTRAINT_REFUSAL.search(lines[i + 1])
        ):
            continue
        report = REPORT.search(line)
        if report and "when loading database" in line:
            f, e, n = (int(x) for x in report.groups())
            passed, failed = n - f - e, f + e
            continue
        if SKIPPED.search(line):
            skipped.append(line)
        if level and not any(re.search(p, line) for p in ignore):
            problems.append(line)
    return passed, failed, problems, skipped


def junit_counts(path):
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    total = sum(int(s.get("tests", 0)) for s in suites)
    bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
    return total - bad - skipped, bad, skipped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--summary", required=True)
    parser.add_argument("--junit", help="count the tests from this pytest JUnit file")
    args = parser.parse_args()
    if not Path(args.log).is_file():
        print(f"[checklog] no log at {args.log}")
        Path(args.summary).write_text("0 1\n")
        return 1
    passed, failed, problems, skipped = check(args.log, e2e=bool(args.junit))
    if args.junit:
        if Path(args.junit).is_file():
            passed, failed, junit_skipped = junit_counts(args.junit)
            failed += junit_skipped  # a skipped end-to-end test hides a missing check
        else:
            passed, failed = 0, 1
    elif passed + failed == 0:
        print(f"[checklog] {args.log}: Odoo ran no test")
        failed += 1
    for line in problems:
        print(f"[checklog] log problem: {line}")
    for line in skipped:
        print(f"[checklog] skipped test (browser tests must run): {line}")
    failed += len(problems) + len(skipped)
    Path(args.summary).write_text(f"{passed} {failed}\n")
    print(f"[checklog] {Path(args.log).name}: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
