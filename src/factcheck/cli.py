"""`factcheck` command line: a thin front end over :func:`factcheck.pipeline.run`.

Exit status: 0 all hold, 1 violations or conflicts, 2 bad input or an environment fault
(unwritable reports, bad --root, no sheets found; the message names the path), 3 internal
error (a bug), 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import os
import sys
from pathlib import Path

from factcheck import __version__
from factcheck.config import find_root

EPILOG = """examples:
  factcheck check                      check facts/ and write reports/
  factcheck check facts/kursk.yaml --no-report
  factcheck check --format json        machine-readable results on stdout
  factcheck check --select 'drone-*'   only checks whose id matches
  factcheck report                     write reports/ whatever the verdicts
  factcheck schema                     write schema/factsheet.schema.json
  factcheck draft seeds/article.txt > facts/article.yaml

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

    c = sub.add_parser("check", help="check sheets, print failures, write reports",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    common(c)
    c.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    c.add_argument("--no-report", action="store_true", help="do not write reports/")
    c.add_argument("--select", action="append", default=[], metavar="PATTERN",
                   help="only outcomes whose id or sheet matches this glob (repeatable)")
    c.add_argument("--ignore", action="append", default=[], metavar="PATTERN",
                   help="leave out outcomes whose id or sheet matches this glob (repeatable)")
    r = sub.add_parser("report", help="write reports without judging the exit status")
    common(r)
    s = sub.add_parser("schema", help="write the JSON Schema of fact sheets")
    s.add_argument("--root", type=Path, default=None)
    s.add_argument("--output", type=Path, default=None,
                   help="file to write (default: schema/factsheet.schema.json; - for stdout)")
    x = sub.add_parser("explain", help="what a problem code means, with an example")
    x.add_argument("code", nargs="?", help="e.g. unknown-field (omit to list all codes)")
    d = sub.add_parser("draft", help="draft a fact sheet from a document (to stdout)")
    d.add_argument("document", type=Path)
    d.add_argument("--root", type=Path, default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # undecodable file names print as \xff
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 2
    if args.command == "explain":
        return _explain(args.code)
    try:
        return _dispatch(args)
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


def _explain(code: str | None) -> int:
    from factcheck.codes import CODES, explain

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


def _dispatch(args: argparse.Namespace) -> int:
    from factcheck.config import ConfigError, load_config

    root = _root(args)
    if root is None:
        return 2
    try:
        config = load_config(root)
    except ConfigError as exc:
        _error(str(exc))
        return 2
    if args.command == "schema":
        from factcheck.schema import write_schema

        out = args.output or root / config.schema / "factsheet.schema.json"
        text = write_schema(None if str(out) == "-" else out)
        if str(out) == "-":
            sys.stdout.write(text)
        else:
            print(f"wrote {out}", file=sys.stderr)
        return 0
    if args.command == "draft":
        return _draft(args, config, root)
    return _check(args, config)


def _draft(args: argparse.Namespace, config, root: Path) -> int:
    from factcheck.draft import draft_sheet

    doc = args.document
    if not doc.is_file() and (config.root / config.seeds / doc).is_file():
        doc = config.root / config.seeds / doc  # a bare name is looked up in seeds/
    doc = doc.resolve()
    if not doc.is_file():
        _error(f"{args.document}: no such file")
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
    sys.stdout.write(text)
    return 0


def _not_text(data: bytes) -> str | None:
    """Why ``data`` is not a UTF-8 text document (None if it is)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (b"\x00" in data[:4096] and (
            data[:4096].count(b"\x00") * 4 >= len(data[:4096]))):
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


def _check(args: argparse.Namespace, config) -> int:
    from factcheck.pipeline import focus_view, run, sheet_set
    from factcheck.report import ReportWriteError, build_report, documents, write_reports

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        _error(f"no such file or directory: {missing[0]}")
        return 2
    if not args.paths:
        absent = [d for d in config.fact_dirs if not d.is_dir()]
        if absent:
            _error(f"fact directory {_rel(absent[0], config.root)} does not exist "
                   f"(see [tool.factcheck] facts in {config.root / 'pyproject.toml'})")
            return 2
    chosen = sheet_set(args.paths, config)
    result = run(chosen.paths, config.root, progress=_progress(), config=config)
    if not result.sheets:
        where = ", ".join(_rel(p, config.root) for p in chosen.paths) or "(no directories)"
        _error(f"no fact sheets found in {where}; nothing was checked and no reports "
               "were written")
        return 2
    select, ignore = getattr(args, "select", []), getattr(args, "ignore", [])
    keep = _keep(select, ignore) if select or ignore else None
    shown = focus_view(result, chosen.focus, keep)
    writing = args.command == "report" or not args.no_report
    if writing and not chosen.complete and args.reports is None:
        _error("not writing reports/ for sheets outside the configured fact "
               "directories (pass --reports DIR to write them elsewhere)")
        writing = False
    write_failed = False
    if writing:  # reports always describe the whole run, never a --select view
        reports_dir = (args.reports or config.reports_dir).resolve()
        try:
            written = write_reports(build_report(result), reports_dir,
                                    documents=documents(result), root=config.root)
            pages = [p for p in written if p.parent.name == "sheets"]
            files = [_rel(p, config.root) for p in written if p not in pages]
            print(f"wrote {', '.join(files)}"
                  + (f" and {len(pages)} sheet page(s)" if pages else ""), file=sys.stderr)
        except ReportWriteError as exc:
            write_failed = True
            report_error = str(exc)
    if args.command != "report":
        _show(args.format, shown)
    if write_failed:
        _error(report_error)
        return 2
    return 0 if args.command == "report" else shown.exit_code()


def _show(fmt: str, shown) -> None:
    """The verdicts on stdout in ``fmt`` (text, json or markdown)."""
    from factcheck.report import build_report

    if fmt == "json":
        data = build_report(shown).to_json_data()
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "markdown":
        from factcheck.report.markdown import render_markdown

        sys.stdout.write(render_markdown(build_report(shown)))
    else:
        from factcheck.render import text_summary
        from factcheck.report.build import summarize

        sys.stdout.write(text_summary(shown, summarize(shown).model_dump()))


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
