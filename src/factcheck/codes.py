"""Every problem code factcheck reports, with a one-line summary and an example.

Problem codes name bad input (the loader and the engine raise them); the last four
name failing verdicts (``violated``, ``ungrounded``, ``conflict``,
``expectation-gone``), as :mod:`factcheck.formats.findings` reports them.

``factcheck explain CODE`` prints an entry; ``factcheck explain`` lists them all. A
test keeps this registry equal to the codes the source raises.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """A problem code: what it means, a failing line and its fix."""

    code: str
    summary: str
    fails: str
    fixed: str


def _c(code: str, summary: str, fails: str, fixed: str) -> Code:
    return Code(code, summary, fails, fixed)


CODES: dict[str, Code] = {c.code: c for c in (
    # reading the YAML
    _c("yaml-syntax", "the sheet is not valid YAML", "value: [114", "value: [10, 14]"),
    _c("yaml-tab", "a tab indents a line; YAML indents with spaces", "\tvalue: 114",
       "  value: 114"),
    _c("yaml-key", "a mapping key is not plain text", "[a, b]: 1", "ab: 1"),
    _c("yaml-alias", "anchors and aliases (&a, *a) are refused", "value: *n", "value: 114"),
    _c("yaml-tag", "explicit YAML tags (!!python/...) are refused", "value: !!float 1",
       "value: 1.0"),
    _c("yaml-node", "a node of a kind the sheet cannot hold", "value: !!set {a}",
       "value: 1"),
    _c("yaml-value", "a scalar is not a valid number or date", "value: 2025-02-30",
       "value: 2025-02-28"),
    _c("yaml-nonfinite", "infinite or NaN numbers are refused", "value: .inf",
       "meaning: at_least"),
    _c("yaml-number-range", "a number too large or too precise to compare", "value: 1e400",
       "value: 1e40"),
    _c("yaml-bool", "YAML 1.1 reads no/yes/on/off as booleans", "source: no",
       'source: "no"'),
    _c("yaml-comma-number", "1,300 is text in YAML, not a number", "value: 1,300",
       "value: 1300"),
    _c("yaml-exponent", "1e3 without a dot is text in YAML 1.1", "value: 1e3", "value: 1000"),
    _c("yaml-hex", "0x.. is a hexadecimal number", "value: 0x10", "value: 16"),
    _c("yaml-octal", "a leading zero makes an octal number", "value: 017", "value: 17"),
    _c("yaml-sexagesimal", "3:20 is read as 200 (base 60)", "value: 3:20", 'note: "3:20"'),
    _c("duplicate-key", "a key appears twice in one mapping", "killed: 2\nkilled: 3",
       "killed: 2\nkilled_later: 3"),
    _c("too-deep", "the sheet is nested too deeply to read", "[[[[...]]]]", "value: [1, 2]"),
    _c("too-large", "the sheet or document exceeds the size limit", "(a 50 MB sheet)",
       "split it into sheets per document"),
    _c("binary", "the file is not text", "(a PDF)", "save the document as UTF-8 text"),
    _c("encoding", "the file is not valid UTF-8", "(Latin-1 bytes)", "save it as UTF-8"),
    _c("unreadable", "the file cannot be read", "document: seeds/", "document: seeds/a.txt"),
    _c("empty", "the sheet is empty", "# (nothing but comments)",
       "document: seeds/a.txt\nfacts: {...}"),
    _c("not-a-mapping", "a sheet is a mapping at the top level", "- a\n- b",
       "document: seeds/a.txt"),
    # the sheet's fields
    _c("unknown-field", "a field the model does not have (a typo?)", "vaule: 114",
       "value: 114"),
    _c("missing-field", "a required field is missing", "killed: {value: 3}",
       'killed: {value: 3, quote: "three people were killed"}'),
    _c("invalid-value", "a field's value is not allowed", "value: [12000, 10000]",
       "value: [10000, 12000]"),
    _c("unknown-source", "a fact names a source not declared under sources:",
       "source: oficials", "source: officials"),
    _c("duplicate-name", "a name is both a fact and a background value",
       "facts: {invasion: ...}\nbackground: {invasion: ...}", "background: {invasion_day: ...}"),
    _c("quote-too-long", "a quote is a sentence, not a copy of the document",
       'quote: "<5,000 characters>"', 'quote: "Sixty-six drones were destroyed"'),
    _c("invalid-path", "the document path is not a file name", "document: ''",
       "document: seeds/a.txt"),
    _c("path-outside", "the document lies outside the project", "document: /etc/passwd",
       "document: seeds/a.txt"),
    # units and values
    _c("unit", "a unit is neither a count noun nor a unit pint knows", "unit: km**x",
       "unit: km**2"),
    _c("unit-offset", "temperatures (degC, degF) are compared, subtracted or converted, "
       "never added or scaled", "high + low > 0  # both degC", "high - low >= 0"),
    _c("unit-mismatch", "values in different units are combined or compared",
       "drones + people <= total", "count(drones) + count(people) <= total"),
    _c("division-by-zero", "a rule divides by a value that can be zero", "a / zero",
       "a / b"),
    # rules and validators
    _c("rule-syntax", "a rule is not a valid expression", "a + <= b", "a + c <= b"),
    _c("rule-forbidden", "a rule uses something outside the whitelist",
       "__import__('os')", "a + b <= c"),
    _c("rule-not-relation", "a rule compares nothing", "a + b", "a + b <= c"),
    _c("rule-too-long", "a rule exceeds the length limit", "(a 20,000-character rule)",
       "split it into checks"),
    _c("rule-too-complex", "a rule nests too deeply or has too many terms",
       "((((a))))...", "a + b <= c"),
    _c("undefined", "a computation is undefined for an open-ended value (at_least)",
       "ratio(a, more_than_45)", "give the value an upper bound, or compare it instead"),
    _c("unknown-fact", "a rule or validator names a fact the sheet lacks",
       "drones_destroyd <= drones", "drones_destroyed <= drones"),
    _c("unknown-validator", "a check names a validator that is not registered",
       "validator: part_within", "validator: parts_within"),
    _c("validator-args", "a validator's arguments are missing or of the wrong kind",
       "args: {parts: a}", "args: {parts: [a, b], total: c}"),
    _c("broken-input", "a check uses a fact whose entry is invalid", "rule: a <= b (a broken)",
       "fix the entry of a (its own problem is listed)"),
    # datasets
    _c("unknown-dataset", "a derived value names a dataset not declared under datasets:",
       "dataset: loses", "dataset: losses"),
    _c("unknown-column", "a column is not in the dataset's file or declaration",
       "columns: {tanks: tank}", "columns: {tank: tank}"),
    _c("dataset-missing", "a dataset's file does not exist", "path: data/gone.csv",
       "path: data/losses.csv"),
    _c("dataset-format", "a dataset is neither CSV nor Parquet", "path: data/x.xlsx",
       "path: data/x.csv"),
    _c("dataset-unreadable", "a dataset's file cannot be read as a table",
       "path: data/broken.csv", "path: data/losses.csv"),
    _c("dataset-date", "a cell of the date column is not a date", "2022-03-32,8,1150",
       "2022-03-03,8,1150"),
    _c("dataset-cell", "a cell is not a number, or a qualifier is unknown",
       '2022-03-03,8,"1,150"', "2022-03-03,8,1150"),
    _c("dataset-no-row", "no row of the dataset has the date asked for", "date: 2021-01-01",
       "date: 2022-03-04"),
    _c("dataset-ambiguous", "several rows share the date: pick one with where:",
       "date: 2025-04-26", "date: 2025-04-26\nwhere: {model: Shahed-136/131}"),
    _c("dataset-zero", "a ratio or percent change divides by zero", "vs: 2022-03-01",
       "vs: [2022-03-01, 2022-03-07]"),
    _c("internal", "factcheck failed on this sheet: a bug to report", "-", "-"),
    # verdicts: a check, quote or claim that does not hold as written
    _c("violated", "a check is false for every value the reported numbers allow",
       "drone-accounting: destroyed + lost <= launched   # 66 + 51 = 117 > 114",
       "decoys_lost: {value: 31, ...}   # 66 + 31 = 97 <= 114"),
    _c("ungrounded", "a quote is not in the document, or does not carry the fact's value",
       'decoys_lost: {value: 51, quote: "a further 31 decoy drones failed ..."}',
       'decoys_lost: {value: 31, quote: "a further 31 decoy drones failed ..."}'),
    _c("conflict", "sheets report the same claim key with values that cannot agree",
       "a.yaml: {value: 66, key: k}\nb.yaml: {value: 67, key: k}",
       "b.yaml: {value: 67, key: k, expect: conflict, reason: \"a later count\"}"),
    _c("expectation-gone", "a documented discrepancy (expect: ...) no longer occurs",
       "rule: a + b == total\nexpect: violated   # but a + b == total now holds",
       "rule: a + b == total   # the expect and its reason removed"),
)}


def markdown() -> str:
    """Every code as a Markdown page (``docs/codes.md``; ``factcheck explain --markdown``).

    Sheet text never reaches this page: it is written from this registry alone.
    """
    out = ["# Problem codes", "",
           "Generated from `src/factcheck/codes.py` by `factcheck explain --markdown`;",
           "`factcheck explain CODE` prints one entry. Every finding is printed as",
           "`file:line:col: CODE message`.", "",
           "| code | meaning |", "|---|---|"]
    bar = "\\|"  # a | inside a table cell
    out += [f"| [`{c.code}`](#{c.code}) | {c.summary.replace('|', bar)} |"
            for c in CODES.values()]
    for c in CODES.values():
        out += ["", f"## {c.code}", "", c.summary[:1].upper() + c.summary[1:] + ".", "",
                "Fails:", "", "```yaml", c.fails, "```", "", "Fixed:", "", "```yaml",
                c.fixed, "```"]
    return "\n".join(out) + "\n"


def explain(code: str) -> str:
    """The text `factcheck explain CODE` prints."""
    c = CODES[code]
    return (f"{c.code}: {c.summary}\n\nfails:\n  " + c.fails.replace("\n", "\n  ")
            + "\n\nfixed:\n  " + c.fixed.replace("\n", "\n  ") + "\n")
