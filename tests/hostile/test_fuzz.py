"""Hypothesis against the loader and engine: any input ends as a result or clean problems.

Generated consistent sheets (factcheck.testing.sheets) must pass every check;
mutated valid sheets (bytes flipped, characters inserted or deleted, lines
dropped or repeated, values swapped) and arbitrary bytes and YAML must never
raise out of check_sheet / run.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factcheck.pipeline import RunResult, SheetResult, check_sheet, run
from factcheck.problems import Problem
from factcheck.testing import SheetCase, dump_sheet, sheets, write_project

from .helpers import ARTICLE, GOOD

REPO = Path(__file__).resolve().parents[2]
SEED_SHEET = REPO / "facts" / "000_1973e27dd785980b.yaml"
SEED_DOC = REPO / "seeds" / "000_1973e27dd785980b.txt"
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def root():
    """One project for the whole module: each example overwrites facts/fuzz.yaml."""
    d = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    (d / "seeds").mkdir()
    (d / "facts").mkdir()
    shutil.copy(ARTICLE, d / "seeds" / "article.txt")
    shutil.copy(SEED_DOC, d / "seeds" / SEED_DOC.name)
    (d / "pyproject.toml").write_text("[tool.factcheck]\n")
    yield d
    shutil.rmtree(d, ignore_errors=True)


def _clean(result: SheetResult) -> None:
    """The only acceptable shapes: problems (located, with messages) or outcomes."""
    assert isinstance(result, SheetResult)
    for p in result.problems:
        assert isinstance(p, Problem) and p.line >= 1 and p.column >= 1 and p.message
        assert "Traceback" not in p.message
    for o in result.outcomes:
        assert o.verdict and o.message
        assert "internal error" not in o.message, o.message  # a validator crashed
    if result.loaded is None:
        assert result.problems


def _check_bytes(root: Path, data: bytes) -> SheetResult:
    path = root / "facts" / "fuzz.yaml"
    path.write_bytes(data)
    result = check_sheet(path, root)
    _clean(result)
    return result


# --- generated consistent sheets ---------------------------------------------------------

@FUZZ
@given(case=sheets())
def test_generated_sheets_pass_every_check(root: Path, case: SheetCase) -> None:
    with tempfile.TemporaryDirectory(dir=root) as d:
        path = write_project(Path(d), case.sheet, case.document)
        result = check_sheet(path, Path(d))
    assert result.problems == [], result.problems
    assert len(result.checks) >= 2 and len(result.grounding) == len(case.sheet["facts"])
    failed = [(o.name, o.verdict, o.message) for o in result.outcomes if not o.passed]
    assert failed == []


def _written(n: int, quote: str) -> str:
    """How ``quote`` writes the count ``n`` (with or without thousands commas)."""
    return f"{n:,}" if re.search(r"(?<![\d,])" + re.escape(f"{n:,}") + r"(?![\d,])", quote) \
        else str(n)


@FUZZ
@given(case=sheets(), data=st.data())
def test_a_source_side_error_is_caught_by_the_arithmetic(root: Path, case: SheetCase,
                                                        data: st.DataObject) -> None:
    """Change a count in the document *and* the sheet alike (an error in the source, not
    in transcription): every quote still grounds, so only a check can catch it. Counts
    of a group whose parts must add up exactly (parts_sum_to) are changed."""
    exact = [n for c in case.sheet["checks"].values()
             if isinstance(c, dict) and c.get("validator") == "parts_sum_to"
             for n in [*c["args"]["parts"], c["args"]["total"]]]
    assume(exact)
    name = data.draw(st.sampled_from(exact))
    delta = data.draw(st.sampled_from([1, 10, 1000]))
    fact = case.sheet["facts"][name]
    old, new = fact["value"], fact["value"] + delta
    before = _written(old, fact["quote"])
    after = f"{new:,}" if "," in before else str(new)
    quote = re.sub(r"(?<![\d,])" + re.escape(before) + r"(?![\d,])", after, fact["quote"],
                   count=1)
    assert quote != fact["quote"]
    mutated = {**case.sheet, "facts": {**case.sheet["facts"],
                                       name: {**fact, "value": new, "quote": quote}}}
    document = case.document.replace(fact["quote"], quote, 1)
    with tempfile.TemporaryDirectory(dir=root) as d:
        result = check_sheet(write_project(Path(d), mutated, document), Path(d))
    _clean(result)
    assert result.problems == []
    assert [o.name for o in result.grounding if not o.passed] == []
    assert [o.name for o in result.checks if not o.passed], (name, old, new)


@FUZZ
@given(case=sheets(), data=st.data())
def test_generated_sheet_with_one_value_changed_fails(root: Path, case: SheetCase,
                                                      data: st.DataObject) -> None:
    """Sensitivity in miniature: change one count and a grounding or a check must fail."""
    counts = [k for k, f in case.sheet["facts"].items() if isinstance(f["value"], int)]
    name = data.draw(st.sampled_from(counts))
    delta = data.draw(st.sampled_from([-1, 1, 10]))
    fact = case.sheet["facts"][name]
    mutated = {**case.sheet, "facts": {**case.sheet["facts"],
                                       name: {**fact, "value": max(0, fact["value"] + delta)}}}
    if mutated["facts"][name]["value"] == fact["value"]:
        return
    with tempfile.TemporaryDirectory(dir=root) as d:
        path = write_project(Path(d), mutated, case.document)
        result = check_sheet(path, Path(d))
    _clean(result)
    assert result.problems or any(not o.passed for o in result.outcomes)


# --- mutated valid sheets --------------------------------------------------------------

BASES = [GOOD.read_bytes(), SEED_SHEET.read_bytes()]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["byte", "insert", "delete", "drop-line", "dup-line",
                                     "swap-values", "digit"]))
        if kind == "byte" and data:
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        elif kind == "insert":
            i = draw(st.integers(0, len(data)))
            data[i:i] = draw(st.sampled_from(
                [b"\t", b":", b" ", b"\n", b"[", b"{", b"&a ", b"*a", b"- ", b'"', b"#",
                 b"\xff", b"\x00", b"no", b"1e3", b"017", b"!!", b"-", b"?", b"|", b"---\n"]))
        elif kind == "delete" and data:
            i = draw(st.integers(0, len(data) - 1))
            del data[i:i + draw(st.integers(1, 8))]
        elif kind in ("drop-line", "dup-line", "swap-values"):
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if kind == "drop-line":
                del lines[i]
            elif kind == "dup-line":
                lines.insert(j, lines[i])
            elif b": " in lines[i] and b": " in lines[j]:
                ki, vi = lines[i].split(b": ", 1)
                kj, vj = lines[j].split(b": ", 1)
                lines[i], lines[j] = ki + b": " + vj, kj + b": " + vi
            data = bytearray(b"\n".join(lines))
        elif kind == "digit":
            digits = [k for k, c in enumerate(data) if 48 <= c <= 57]
            if digits:
                data[draw(st.sampled_from(digits))] = draw(st.integers(48, 57))
    return bytes(data)


@FUZZ
@given(data=mutated())
def test_mutated_sheets_end_cleanly(root: Path, data: bytes) -> None:
    _check_bytes(root, data)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_end_cleanly(root: Path, data: bytes) -> None:
    _check_bytes(root, data)


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                     st.text(max_size=20), st.dates())
_trees = st.recursive(_scalars, lambda c: st.lists(c, max_size=4)
                      | st.dictionaries(st.text(max_size=10), c, max_size=4), max_leaves=20)
_sheetish = st.fixed_dictionaries(
    {"document": st.sampled_from(["seeds/article.txt", "../x", "", "seeds"])},
    optional={"facts": st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True),
                                       _trees, max_size=3),
              "checks": st.dictionaries(st.from_regex(r"[a-z-]{1,8}", fullmatch=True),
                                        st.one_of(st.text(max_size=30), _trees), max_size=3),
              "sources": _trees, "published": _scalars, "background": _trees})


@FUZZ
@given(tree=_sheetish)
def test_arbitrary_yaml_structures_end_cleanly(root: Path, tree: dict) -> None:
    try:
        text = yaml.safe_dump(tree, sort_keys=False, allow_unicode=True)
    except yaml.YAMLError:
        return
    _check_bytes(root, text.encode())


@settings(max_examples=20, deadline=None)
@given(data=st.lists(mutated(), min_size=1, max_size=3))
def test_run_over_several_mutants_ends_cleanly(root: Path, data: list[bytes]) -> None:
    with tempfile.TemporaryDirectory(dir=root) as d:
        facts = Path(d)
        for i, b in enumerate(data):
            (facts / f"m{i}.yaml").write_bytes(b)
        result = run([facts], root)
    assert isinstance(result, RunResult)
    assert result.exit_code() in (0, 1, 2)
    for s in result.sheets:
        _clean(s)


def test_dump_sheet_round_trips_through_the_loader(root: Path) -> None:
    from hypothesis import find

    case = find(sheets(), lambda c: len(c.sheet["facts"]) >= 4)
    text = dump_sheet(case.sheet)
    from factcheck.load.yaml_tree import parse_yaml

    data, _ = parse_yaml(text)
    assert data == case.sheet
