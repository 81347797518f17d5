"""pytest plugin: every check, quote and cross-source claim of a fact sheet is a test item.

Registered through the ``pytest11`` entry point; usable without autoload as
``-p factcheck.pytest_plugin``. Items are thin views of the engine's outcomes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.config import Config, ConfigError, load_config
from factcheck.engine.outcome import HOLDS, Outcome
from factcheck.escape import visible
from factcheck.formats.findings import outcome_code, outcome_message
from factcheck.pipeline import SHEET_SUFFIXES, RunResult, run, sheet_set
from factcheck.problems import Problem
from factcheck.render import failure_text, problem_text
from factcheck.sheetfiles import hidden, sheet_files

_RUNS = pytest.StashKey[dict[tuple[Path, ...], "_Indexed"]]()
_CONFIG = pytest.StashKey[Config]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "fact-sheet checks")
    group.addoption("--factcheck-report", action="store_true", default=False,
                    help="write reports/ from the configured fact sheets at session end")
    group.addoption("--factcheck", action="store_true", default=False,
                    help="collect fact sheets even without [tool.factcheck] in pyproject.toml "
                    "(default: only projects that declare it, or sheets named on the "
                    "command line)")


def pytest_configure(config: pytest.Config) -> None:
    try:
        config.stash[_CONFIG] = load_config(config.rootpath)
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None
    config.stash[_RUNS] = {}
    config.pluginmanager.register(SessionReporter(config), "factcheck-session")
    config.addinivalue_line("markers", "factcheck: a fact-sheet item")


def _run_set(config: pytest.Config, file_path: Path) -> tuple[Path, ...] | None:
    """The sheets checked together with ``file_path`` (None: not a configured sheet)."""
    chosen = sheet_set([file_path], config.stash[_CONFIG])
    return tuple(chosen.paths) if chosen.complete else None


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix not in SHEET_SUFFIXES:
        return None
    config = parent.config
    if parent.session.isinitpath(file_path):
        return SheetFile.from_parent(parent, path=file_path)  # named: always a sheet
    if not (config.stash[_CONFIG].declared or config.getoption("factcheck")):
        return None  # a project without [tool.factcheck]: its YAML is not ours to judge
    dirs = _run_set(config, file_path)
    if dirs is None or hidden(file_path.resolve(), dirs):
        return None
    return SheetFile.from_parent(parent, path=file_path)


class _Indexed:
    """A run's outcomes grouped by resolved sheet path, built once per run."""

    def __init__(self, result: RunResult) -> None:
        self.result = result
        self.sheets = {s.path.resolve(): s for s in result.sheets}
        self.claims: dict[Path, list[Outcome]] = {}
        for o in result.claims:
            self.claims.setdefault((result.root / o.sheet).resolve(), []).append(o)


def _indexed(config: pytest.Config, file_path: Path) -> _Indexed:
    """One engine run per set of sheets (pipeline.sheet_set), shared by their items."""
    cfg = config.stash[_CONFIG]
    key = _run_set(config, file_path) or tuple(sheet_set([file_path.parent], cfg).paths)
    if hidden(file_path.resolve(), key):  # named on the command line: checked with the rest
        key = (*key, file_path.resolve())
    runs = config.stash[_RUNS]
    if key not in runs:
        runs[key] = _Indexed(run(sheet_files(key), cfg.root, config=cfg))
    return runs[key]


class SheetFile(pytest.File):
    """A fact sheet: yields problem, grounding, check and claim items."""

    def collect(self):
        index = _indexed(self.config, self.path)
        mine = self.path.resolve()
        sheet = index.sheets.get(mine)
        names = _Names()
        if sheet is not None:
            for problem in sheet.problems:
                yield ProblemItem.from_parent(
                    self, name=names.unique(f"{problem.code}:{problem.line}", problem.line),
                    problem=problem)
            for outcome in sheet.outcomes:
                yield OutcomeItem.from_parent(
                    self, name=names.unique(outcome.name, outcome.line), outcome=outcome)
        for outcome in index.claims.get(mine, []):
            yield OutcomeItem.from_parent(
                self, name=names.unique(outcome.name, outcome.line), outcome=outcome)


class _Names:
    """Item names of one sheet: printable, selectable and never shared by two items.

    Controls and bidi characters are shown as escapes, ``::`` (pytest's node-id
    separator) becomes ``:.:``, and a name already taken gets ``@LINE`` (then ``#N``).
    """

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def unique(self, name: str, line: int) -> str:
        base = visible(name).replace("::", ":.:")
        out = base if base not in self.taken else f"{base}@{line}"
        n = 2
        while out in self.taken:
            out, n = f"{base}@{line}#{n}", n + 1
        self.taken.add(out)
        return out


class FactCheckFailure(Exception):
    """An outcome that did not hold; its text is the whole failure report."""


class OutcomeItem(pytest.Item):
    def __init__(self, *, outcome: Outcome, **kwargs) -> None:
        super().__init__(**kwargs)
        self.outcome = outcome
        self.add_marker("factcheck")
        self.user_properties += [("file", outcome.sheet), ("line", outcome.line),
                                 ("rule", outcome.rule), ("verdict", str(outcome.verdict)),
                                 ("code", outcome_code(outcome)),
                                 ("message", outcome_message(outcome))]
        if outcome.expect != HOLDS:
            self.add_marker(pytest.mark.xfail(strict=True, reason=outcome.reason or ""))

    def runtest(self) -> None:
        o = self.outcome
        ok = o.passed if o.expect == HOLDS else o.verdict != o.expect
        if not ok:
            raise FactCheckFailure(failure_text(o))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FactCheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.outcome.line - 1, f"{visible(self.outcome.sheet)}:" \
            f"{self.outcome.line}: {self.name}"


class ProblemItem(pytest.Item):
    """A sheet that cannot be checked as written: always fails, with file:line."""

    def __init__(self, *, problem: Problem, **kwargs) -> None:
        super().__init__(**kwargs)
        self.problem = problem
        self.add_marker("factcheck")
        self.user_properties += [("file", problem.path), ("line", problem.line),
                                 ("rule", problem.code), ("code", problem.code),
                                 ("message", problem.message)]

    def runtest(self) -> None:
        raise FactCheckFailure(problem_text(self.problem))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FactCheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, self.problem.line - 1, problem_text(self.problem)



class SessionReporter:
    """Gathers fact-sheet results (also from xdist workers) and reports at session end."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.passed = 0
        self.failures: list = []
        self.errors: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if "factcheck" not in report.keywords:  # another plugin's or the project's test
            return
        props = dict(report.user_properties)
        if report.when == "call" and report.passed and not hasattr(report, "wasxfail"):
            self.passed += 1
        elif report.failed:
            from factcheck.ci import Failure

            self.failures.append(Failure(str(props["file"]), int(props["line"]),
                                         report.nodeid.split("::", 1)[-1],
                                         str(props.get("message", "failed"))))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        config = self.config
        if hasattr(config, "workerinput"):  # an xdist worker: the controller reports
            return
        if os.environ.get("GITHUB_STEP_SUMMARY") and (self.failures or self.passed):
            from factcheck.ci import append_step_summary, summary_markdown

            try:
                append_step_summary(summary_markdown(self.passed, self.failures))
            except OSError as exc:
                self.errors.append(f"cannot write GITHUB_STEP_SUMMARY "
                                   f"{exc.filename or os.environ['GITHUB_STEP_SUMMARY']}: "
                                   f"{exc.strerror or exc}")
        if config.getoption("factcheck_report"):
            self.errors += self._write_reports()
        if self.errors and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.USAGE_ERROR

    def pytest_terminal_summary(self, terminalreporter) -> None:
        """Annotations and write errors, each on a line of its own after the progress."""
        if hasattr(self.config, "workerinput"):
            return
        tr = terminalreporter
        if os.environ.get("GITHUB_ACTIONS") == "true" and self.failures:
            from factcheck.ci import annotations

            # the runner reads only lines that start with `::`: under -q and xdist the
            # progress line (`..F  [100%]`) is still open, so end it first
            if getattr(getattr(tr, "_tw", None), "width_of_current_line", 1):
                tr.write("\n")
            for line in annotations(self.failures):
                tr.write_line(line)
        for message in self.errors:
            tr.write_line(f"factcheck: {visible(message)}", red=True, bold=True)

    def _write_reports(self) -> list[str]:
        """Write reports/ from the configured sheets; the errors, if any."""
        from factcheck.report import ReportWriteError, build_report, documents, write_reports

        cfg = self.config.stash[_CONFIG]
        dirs = tuple(sheet_set([], cfg).paths)
        cached = self.config.stash[_RUNS].get(dirs)
        result = cached.result if cached else run(list(dirs), cfg.root, config=cfg)
        try:
            write_reports(build_report(result), cfg.reports_dir, documents=documents(result),
                          root=cfg.root)
        except ReportWriteError as exc:
            return [str(exc)]
        return []
