"""Where drafted facts go in a sheet, whatever shape its `facts:` and `sources:` take."""

from __future__ import annotations

from factcheck.lsp.insert import Edit, insertion

FACT = {"three": {"value": 3, "unit": "person", "source": "gov", "quote": "Three people died."}}
SOURCES = {"gov": {"name": "the governor"}}


def _apply(text: str, edits: list[Edit]) -> str:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    # from the end; of inserts at one place, the first listed ends up first
    for _, _, e in sorted(((e.start, i, e) for i, e in enumerate(edits)), reverse=True):
        a, b = starts[e.start[0]] + e.start[1], starts[e.end[0]] + e.end[1]
        text = text[:a] + e.text + text[b:]
    return text


BODY = ("    value: 3\n    unit: person\n    source: gov\n"
        "    quote: \"Three people died.\"\n")


def test_after_the_last_fact_with_its_indentation_and_a_known_source_by_name():
    sheet = ("document: d.txt\nsources:\n    g1: {name: The Governor}\nfacts:\n"
             "    a:\n        value: 1\n        quote: >-\n          one\n\n# end\nchecks: {}\n")
    out = _apply(sheet, insertion(sheet, FACT, SOURCES))
    assert out == sheet.replace("          one\n\n", "          one\n\n    three:\n"
                                "        value: 3\n        unit: person\n        source: g1\n"
                                "        quote: \"Three people died.\"\n")


def test_missing_empty_and_flow_sections():
    assert _apply("document: d.txt", insertion("document: d.txt", FACT, SOURCES)) == (
        "document: d.txt\nsources:\n  gov: {name: \"the governor\"}\n\nfacts:\n  three:\n"
        + BODY)
    sheet = "document: d.txt\nsources: {}\nfacts:\nchecks: {}\n"
    assert _apply(sheet, insertion(sheet, FACT, SOURCES)) == (
        "document: d.txt\nsources: \n  gov: {name: \"the governor\"}\nfacts:\n  three:\n"
        + BODY.rstrip("\n") + "\nchecks: {}\n")
    assert insertion("document: d.txt\nfacts: {a: {value: 1}}\n", FACT, SOURCES) is None
    assert insertion("document: [unclosed\n", FACT, SOURCES) is None
    assert insertion("- a list\n", FACT, SOURCES) is None


def test_taken_ids_get_a_suffix():
    sheet = ("sources:\n  gov: {name: someone else}\nfacts:\n  three: {value: 3}\n"
             "  three_2: {value: 3}\n")
    out = _apply(sheet, insertion(sheet, FACT, SOURCES))
    assert out == sheet.replace("{name: someone else}\n", "{name: someone else}\n"
                                "  gov_2: {name: \"the governor\"}\n") + (
        "  three_3:\n" + BODY.replace("source: gov", "source: gov_2"))
