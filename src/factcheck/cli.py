"""`factcheck` command line: a thin front end over :func:`factcheck.pipeline.run`.

Exit status: 0 all hold, 1 violations or conflicts, 2 bad input or an environment fault
(unwritable reports, bad --root, no sheets found; the message names the path), 3 internal
error (a bug), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import os
import sys
from collections.abc import Callable
from pathlib import Path

from factcheck import __version__
from factcheck.config import ENGINES, Config, find_root
from factcheck.formats import DEFAULT, FORMATS

EPILOG = """examples:
  factcheck check                      check facts/ and write reports/
  factcheck check facts/kursk.yaml --no-report
  factcheck check --output-format json  the report as JSON on stdout
  factcheck check --output-format sarif > factcheck.sarif   for code scanning
  factcheck check --watch              check again on every save
  factcheck check --select 'drone-*'   only checks whose id matches
  factcheck report                     write reports/ whatever the verdicts
  factcheck schema                     write schema/factsheet.schema.json
  factcheck draft seeds/article.txt -o facts/article.yaml

exit status: 0 all hold, 1 violations or conflicts, 2 bad input or environment fault,
  3 internal error, 130 interrupted
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="factcheck", description="Check that the numbers and dates in fact sheets "
        "add up, are grounded in their documents, and agree across sources.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("paths", nargs="*", type=Path,
                        help="sheets or directories (default: [tool.factcheck] facts)")
        sp.add_argument("--root", type=Path, default=None,
                        help="project root (default: nearest pyproject.toml)")
        sp.add_argument("--reports", type=Path, default=None,
                        help="reports directory (default: [tool.factcheck] reports)")
        sp.add_argument("--no-cache", action="store_true",
                        help="check every sheet afresh (no .factcheck-cache read or written)")
        sp.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="processes for per-sheet work (default: the cores, for many sheets)")
        sp.add_argument("--engine", choices=ENGINES, default="auto",
                        help="what compares claims across sheets (default auto: Python for a "
                             "small table, DuckDB for a large one; spark needs the [spark] "
                             "extra and Java 17)")

    c = sub.add_parser("check", help="check sheets, print failures, write reports",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    common(c)
    c.add_argument("--output-format", "--format", dest="output_format", choices=FORMATS,
                   default=DEFAULT, metavar="FORMAT",
                   help=f"how to show results: {', '.join(FORMATS)} (default {DEFAULT})")
    c.add_argument("-q", "--quiet", action="count", default=0,
                   help="only the findings (no counts, no 'wrote reports/')")
    c.add_argument("-v", "--verbose", action="count", default=0,
                   help="also list documented discrepancies (expect: ...)")
    c.add_argument("--no-report", action="store_true", help="do not write reports/")
    c.add_argument("--select", action="append", default=[], metavar="PATTERN",
                   help="only outcomes whose id or sheet matches this glob (repeatable)")
    c.add_argument("--ignore", action="append", default=[], metavar="PATTERN",
                   help="leave out outcomes whose id or sheet matches this glob (repeatable)")
    c.add_argument("--watch", action="store_true",
                   help="check again whenever a sheet, document or pyproject.toml changes")
    c.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                   help="how often --watch looks for changes (default 1)")
    r = sub.add_parser("report", help="write reports without judging the exit status")
    common(r)
    s = sub.add_parser("schema", help="write the JSON Schema of fact sheets")
    s.add_argument("--root", type=Path, default=None)
    s.add_argument("--output", type=Path, default=None,
                   help="file to write (default: schema/factsheet.schema.json; - for stdout)")
    x = sub.add_parser("explain", help="what a problem code means, with an example")
    x.add_argument("code", nargs="?", help="e.g. unknown-field (omit to list all codes)")
    x.add_argument("--markdown", action="store_true",
                   help="print every code as the Markdown page docs/codes.md")
    d = sub.add_parser("draft", help="draft a fact sheet from a document (to stdout or -o)")
    d.add_argument("document", type=Path)
    d.add_argument("--root", type=Path, default=None)
    d.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="write the draft to FILE (inside the project) instead of stdout")
    d.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    sub.add_parser("lsp", help="run the language server on stdio (for editors)")
    from factcheck.history import register

    register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # undecodable file names print as \xff
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the environment, not factcheck: a clear message, exit 2
        _error(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc))
        return 2
    except Exception as exc:  # the one place an unexpected error is turned into a message
        _error(f"internal error: {type(exc).__name__}: {exc}\n"
               "please report this with the sheet that caused it")
        return 3


def _lsp(args: argparse.Namespace) -> int:
    from factcheck.lsp import main as lsp_main

    return lsp_main()


def _history(args: argparse.Namespace, config: Config) -> int:
    from factcheck import history

    return history.main(args, config.root)


def _explain(args: argparse.Namespace) -> int:
    from factcheck.codes import CODES, explain, markdown

    code = args.code
    if args.markdown and code is None:
        print(markdown(), end="")
        return 0
    if code is None:
        width = max(map(len, CODES))
        print("\n".join(f"{c.code:<{width}}  {c.summary}" for c in CODES.values()))
        return 0
    if code not in CODES:
        from factcheck.problems import suggest

        _error(f"no problem code `{code}`{suggest(code, CODES)}; `factcheck explain` lists them")
        return 2
    print(explain(code), end="")
    return 0


def _error(message: str) -> None:
    print(f"factcheck: {terminal_block(message)}", file=sys.stderr)


def terminal_block(text: str) -> str:
    """Untrusted text for stderr: controls visible (lines kept), no workflow commands."""
    from factcheck.escape import no_commands, visible

    return no_commands("\n".join(visible(line) for line in text.split("\n")))


def _root(args: argparse.Namespace) -> Path | None:
    """The project root, or None after printing why ``--root`` is unusable."""
    if args.root is None:
        return find_root(Path.cwd())
    if not args.root.exists():
        _error(f"--root {args.root}: no such directory")
        return None
    if not args.root.is_dir():
        _error(f"--root {args.root} is not a directory (give the project directory)")
        return None
    return args.root.resolve()


def _in_project(run: Callable[[argparse.Namespace, Config], int]
                ) -> Callable[[argparse.Namespace], int]:
    """``run`` with the project's configuration (exit 2 if --root or it is unusable)."""

    def command(args: argparse.Namespace) -> int:
        from factcheck.config import ConfigError, load_config

        root = _root(args)
        if root is None:
            return 2
        try:
            config = load_config(root)
        except ConfigError as exc:
            _error(str(exc))
            return 2
        return run(args, config)

    return command


def _schema(args: argparse.Namespace, config: Config) -> int:
    from factcheck.schema import write_schema

    out = args.output or config.root / config.schema / "factsheet.schema.json"
    text = write_schema(None if str(out) == "-" else out)
    if str(out) == "-":
        sys.stdout.write(text)
    else:
        print(f"wrote {out}", file=sys.stderr)
    return 0


def _draft(args: argparse.Namespace, config: Config) -> int:
    from factcheck.draft import draft_sheet

    root = config.root
    doc = args.document
    if not doc.is_file() and (config.root / config.seeds / doc).is_file():
        doc = config.root / config.seeds / doc  # a bare name is looked up in seeds/
    doc = doc.resolve()
    if not doc.is_file():
        _error(f"{args.document}: no such file")
        return 2
    if not doc.is_relative_to(root.resolve()):  # a sheet may only name documents inside
        _error(f"{args.document}: outside the project {root}; copy the document into "
               f"{config.seeds}/ and draft it from there")
        return 2
    problem = _not_text(doc.read_bytes())
    if problem:
        _error(f"{args.document}: {problem}; convert it to UTF-8 first")
        return 2
    from factcheck.problems import SheetError

    try:
        text = draft_sheet(doc, root)
    except SheetError as err:  # too large to draft: say so, exit 2
        _error(f"{args.document}: {err.code}: {err.message}")
        return 2
    if args.output is None:
        sys.stdout.write(text)
        return 0
    return _write_draft(args.output, text, root, args.force)


def _write_draft(output: Path, text: str, root: Path, force: bool) -> int:
    """Write a draft inside the project; never over an existing sheet unless forced."""
    from factcheck.report.atomic import write_atomic

    target = (Path.cwd() / output).resolve()
    if not target.is_relative_to(root):
        _error(f"-o {output}: outside the project {root}; write the draft inside it")
        return 2
    if target.is_dir():
        _error(f"-o {output} is a directory; give a file name such as {output}/new.yaml")
        return 2
    if target.exists() and not force:
        _error(f"-o {output} exists; pass --force to overwrite it or choose another name")
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)
    print(f"wrote {_rel(target, root)}", file=sys.stderr)
    return 0


def _not_text(data: bytes) -> str | None:
    """Why ``data`` is not a UTF-8 text document (None if it is)."""
    from factcheck.load.sheet import wide_text

    if wide_text(data):  # the loader's own test, so draft and check name it alike
        return "the document is UTF-16 (or another wide encoding), not UTF-8"
    if b"\x00" in data:
        return "the document contains NUL bytes: it is not a text file"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return (f"the document is not UTF-8 (byte 0x{data[exc.start]:02x} at line {line}; "
                "Latin-1 or Windows-1252?)")
    return None


def _check(args: argparse.Namespace, config: Config) -> int:
    if getattr(args, "watch", False):
        from factcheck.watch import watch

        return watch(lambda: _check_reloaded(args, config.root), config, args.interval)
    return _check_once(args, config)


def _check_reloaded(args: argparse.Namespace, root: Path) -> int:
    """One --watch run with the configuration read afresh (pyproject.toml may change)."""
    from factcheck.config import ConfigError, load_config

    try:
        return _check_once(args, load_config(root))
    except ConfigError as exc:
        _error(str(exc))
        return 2


def _check_once(args: argparse.Namespace, config) -> int:
    """One run: check, print in the chosen format, write reports; the exit status."""
    from factcheck.pipeline import focus_view, run, sheet_set
    from factcheck.sheetfiles import sheet_files

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        _error(f"no such file or directory: {missing[0]}")
        return 2
    if not args.paths and _no_fact_dirs(config):
        return 2
    docs = [p.resolve() for p in args.paths if p.is_file() and not _is_sheet(p)]
    sheets = [p for p in args.paths if p.is_dir() or _is_sheet(p)]
    if docs and _no_fact_dirs(config):
        return 2
    from factcheck.manifest import gc_paused

    with gc_paused():  # listing and rerunning 10,000s of sheets makes no cycles
        chosen = sheet_set(sheets, config)
        files = sheet_files(chosen.paths)
        if chosen.complete and sheets:  # named sheets are checked even in hidden directories
            files = list(dict.fromkeys(files + sheet_files(p.resolve() for p in sheets)))
        result = run(files, config.root, progress=_progress(), config=config,
                     cache=not args.no_cache, jobs=args.jobs and max(1, args.jobs),
                     engine=args.engine, listed=True)
    if not result.sheets:
        where = ", ".join(_rel(p, config.root) for p in chosen.paths) or \
            "no directories ([tool.factcheck] facts is empty)"
        _error(f"no fact sheets (*.yaml, *.yml) found in {where}; nothing was checked and "
               "no reports were written")
        return 2
    focus = chosen.focus
    if focus is not None and not any(s.path.resolve() in focus for s in result.sheets):
        _error(f"no fact sheets (*.yaml, *.yml) found in "
               f"{', '.join(str(p) for p in sheets)}; nothing was checked")
        return 2
    if docs:
        focus = _document_focus(result, docs, focus if sheets else set())
    select, ignore = getattr(args, "select", []), getattr(args, "ignore", [])
    if select and (unmatched := _unmatched(select, result)):
        _error(f"--select {', '.join(repr(p) for p in unmatched)} matches no check, quote, "
               "claim or sheet (ids look like `drone-accounting`, `quote:drones_launched`, "
               "`claim:KEY`); nothing was shown and no reports were written")
        return 2
    keep = _keep(select, ignore) if select or ignore else None
    shown = focus_view(result, focus, keep)
    writing = args.command == "report" or not args.no_report
    if writing and not chosen.complete and args.reports is None:
        _error("not writing reports/ for sheets outside the configured fact "
               "directories (pass --reports DIR to write them elsewhere)")
        writing = False
    quiet = getattr(args, "quiet", 0) > getattr(args, "verbose", 0)
    report_error = None
    if writing:  # reports always describe the whole run, never a --select view
        from factcheck.report.write import ReportWriteError, write_run_reports

        reports_dir = (args.reports or config.reports_dir).resolve()
        try:
            out = write_run_reports(result, reports_dir, root=config.root)
            pages = [p for p in out.paths if p.parent.name == "sheets"]
            files = [_rel(p, config.root) for p in out.paths if p.parent.name != "sheets"]
            if not quiet:
                print(f"{'unchanged (not rewritten)' if out.unchanged else 'wrote'} "
                      f"{', '.join(files)}" + (f" and {len(pages)} sheet page(s)" if pages
                                               else "") + f", run {out.run_id}",
                      file=sys.stderr)
        except ReportWriteError as exc:
            report_error = str(exc)
    if args.command != "report":
        _show(args, shown)
    if chosen.complete:  # a run of the project: its history
        from factcheck.history import record

        record(result, result.exit_code())
    if report_error is not None:
        _error(report_error)
        return 2
    return 0 if args.command == "report" else shown.exit_code()


def _is_sheet(p: Path) -> bool:
    from factcheck.pipeline import SHEET_SUFFIXES

    return p.suffix in SHEET_SUFFIXES


def _no_fact_dirs(config) -> bool:
    """True (after saying what was looked for) if a configured fact directory is missing."""
    if not config.facts:
        _error(f"no fact sheets found in (no directories): [tool.factcheck] facts is empty in "
               f"{config.root / 'pyproject.toml'}; name the directories that hold the sheets, "
               "e.g. facts = [\"facts\"]")
        return True
    absent = [d for d in config.fact_dirs if not d.is_dir()]
    if absent:
        source = (f"[tool.factcheck] facts in {config.root / 'pyproject.toml'}"
                  if (config.root / "pyproject.toml").is_file()
                  else f"no pyproject.toml in {config.root} or above, so the default "
                  "facts = [\"facts\"]; run from the project or pass --root")
        _error(f"fact directory {_rel(absent[0], config.root)} does not exist (see {source}); "
               "nothing was checked and no reports were written")
        return True
    return False


def _document_focus(result, docs: list[Path], focus: set[Path] | None) -> set[Path]:
    """The sheets to show for changed documents: those whose `document` is one of them."""
    wanted = set(docs)
    chosen = set(focus or ())
    for s in result.sheets:
        if s.loaded is not None and s.loaded.document_path.resolve() in wanted:
            chosen.add(s.path.resolve())
    if not chosen:
        names = ", ".join(_rel(d, result.root) for d in docs)
        print(f"factcheck: no sheet names {terminal_block(names)} as its document",
              file=sys.stderr)
    return chosen


def _unmatched(select: list[str], result) -> list[str]:
    """The --select patterns that match no outcome of the run."""
    return [p for p in select
            if not any(_matches(o.name, o.sheet, [p]) for o in result.outcomes)]


def _show(args: argparse.Namespace, shown) -> None:
    """The verdicts on stdout in the chosen format."""
    from factcheck.formats import render
    from factcheck.formats.color import wants_color
    from factcheck.formats.view import View

    verbosity = max(-1, min(1, getattr(args, "verbose", 0) - getattr(args, "quiet", 0)))
    view = View(shown, verbosity=verbosity, color=wants_color(sys.stdout))
    sys.stdout.write(render(args.output_format, view))
    sys.stdout.flush()


def _rel(p: Path, root: Path) -> str:
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return str(p)


def _matches(name: str, sheet: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(sheet, p)
               or fnmatch.fnmatchcase(name.split(":", 1)[-1], p) for p in patterns)


def _keep(select: list[str], ignore: list[str]):
    """Which outcomes --select/--ignore show (the engine still ran everything once)."""

    def keep(o) -> bool:
        if select and not _matches(o.name, o.sheet, select):
            return False
        return not (ignore and _matches(o.name, o.sheet, ignore))

    return keep


def _progress():
    """A progress callback for stderr when it is a terminal outside CI, else None."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if total < 200:
            return
        if done == total or done % 50 == 0:
            width = 30
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} sheets")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


#: subcommand -> what runs it (its arguments are declared in _parser)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": _in_project(_check),
    "report": _in_project(_check),
    "schema": _in_project(_schema),
    "draft": _in_project(_draft),
    "explain": _explain,
    "lsp": _lsp,
    "history": _in_project(_history),
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
