"""JUnit XML: one test case per check, quote, claim and problem, as CI test tabs read it.

Failures carry the finding's code and message; documented discrepancies are
skipped with their reason. Text from sheets is made visible (XML 1.0 cannot hold
control characters) and escaped by the XML writer.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.engine.outcome import HOLDS
from factcheck.escape import visible
from factcheck.formats.findings import outcome_code, outcome_message
from factcheck.formats.view import View

NAME = "junit"
HELP = "JUnit XML (one test case per check, quote, claim and problem)"


def _case(suite: ET.Element, sheet: str, name: str, line: int) -> ET.Element:
    return ET.SubElement(suite, "testcase", classname=visible(sheet), name=visible(name),
                         file=visible(sheet), line=str(line))


def render(view: View) -> str:
    result = view.result
    suites = ET.Element("testsuites", name="factcheck")
    suite = ET.SubElement(suites, "testsuite", name="factcheck")
    failures = errors = skipped = 0
    for p in result.problems:
        case = _case(suite, p.path, f"{p.code}:{p.line}", p.line)
        el = ET.SubElement(case, "error", message=visible(f"{p.code}: {p.message}"),
                           type=p.code)
        el.text = visible(str(p))
        errors += 1
    for o in result.outcomes:
        case = _case(suite, o.sheet, o.name, o.line)
        if not o.passed:
            code = outcome_code(o)
            el = ET.SubElement(case, "failure", message=visible(outcome_message(o)), type=code)
            el.text = visible(f"{o.location}: {code} {outcome_message(o)}")
            failures += 1
        elif o.expect != HOLDS:
            ET.SubElement(case, "skipped", message=visible(f"expected {o.expect}: "
                                                           f"{o.reason or ''}"))
            skipped += 1
    tests = len(result.problems) + len(result.outcomes)
    for el in (suites, suite):
        el.set("tests", str(tests))
        el.set("failures", str(failures))
        el.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
