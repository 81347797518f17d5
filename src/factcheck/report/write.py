"""Write the report files of a run as one unit.

A run's files (``consistency.json``, ``consistency.md``, ``index.html``) are replaced
together or not at all, and always carry the same run id:

1. **Render** every format in memory, stamped with ``run_id``: a digest of the
   report and its documents (deterministic, so committed reports stay stable).
2. **Lock** the reports directory (``flock`` on the directory itself: no lock
   file). Concurrent writers take turns, so their files never interleave.
3. **Stage** every file, written and fsynced, in ``.factcheck-staging/`` inside
   the reports directory (same filesystem: renames cannot fail with EXDEV). A
   full disk, a read-only or unwritable directory fails here, before any
   report is touched. A staging directory left by a killed writer is removed.
4. **Switch** with one ``os.replace`` per file while SIGINT/SIGTERM are held
   back (they arrive once the switch is done). Before it the old files are
   hard-linked into the staging directory; if any rename fails, or the writer
   is interrupted, the files already switched are put back.

Readers that need a snapshot can take a shared ``flock`` on the directory, or
check that the files' ``run_id`` agree. Failures raise :class:`ReportWriteError`
naming the path. A run that checked no sheet never replaces reports
(:class:`EmptyRunError`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.report.model import Report

FORMATS = ("json", "markdown", "html")
FILES = {"json": "consistency.json", "markdown": "consistency.md", "html": "index.html"}
STAGING = ".factcheck-staging"


class ReportWriteError(Exception):
    """The reports could not be written; the old reports are left as they were."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write reports to {path}: {reason}; the previous reports "
                         "are unchanged")
        self.path = path


class EmptyRunError(ReportWriteError):
    """A run that checked no sheet: its empty reports must not replace real ones."""

    def __init__(self, path: Path) -> None:
        Exception.__init__(self, f"no fact sheet was checked, so the reports in {path} were "
                           "not replaced")
        self.path = path


def run_id(report: Report, documents: dict[str, str] | None = None) -> str:
    """A digest of the report (without ``run_id``) and its documents: same run, same id."""
    h = hashlib.sha256()
    body = {k: v for k, v in report.to_json_data().items() if k != "run_id"}
    h.update(json.dumps(body, sort_keys=True, ensure_ascii=True, default=str).encode())
    for path, text in sorted((documents or {}).items()):
        h.update(f"\0{path}\0".encode("utf-8", "backslashreplace"))
        h.update(text.encode("utf-8", "backslashreplace"))
    return h.hexdigest()[:16]


def render(report: Report, fmt: str, documents: dict[str, str] | None = None) -> str:
    """One format of the report; ``documents`` (path -> text) lets HTML highlight quotes."""
    if fmt == "json":
        return json.dumps(report.to_json_data(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        from factcheck.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(report, documents)
    raise ValueError(fmt)


def render_all(report: Report, documents: dict[str, str] | None = None,
               formats: tuple[str, ...] = FORMATS) -> dict[str, str]:
    """Every format, stamped with one ``run_id``: file name -> text."""
    stamped = report.stamped(run_id(report, documents))
    return {FILES[f]: render(stamped, f, documents) for f in formats}


def write_reports(report: Report, directory: Path,
                  formats: tuple[str, ...] = FORMATS,
                  documents: dict[str, str] | None = None) -> list[Path]:
    """Render, then replace the report files in ``directory`` as one unit; their paths."""
    if not report.sheets:
        raise EmptyRunError(directory)
    rendered = render_all(report, documents, formats)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with _locked(directory):
            staging = _stage(directory, rendered)
            try:
                _switch(directory, staging, list(rendered))
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else directory
        raise ReportWriteError(directory, f"{where}: {exc.strerror or exc}") from None
    return [directory / name for name in rendered]


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """An exclusive ``flock`` on the directory (a no-op where flock does not exist)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _stage(directory: Path, rendered: dict[str, str]) -> Path:
    """Write every file, fsynced, into a fresh staging directory."""
    staging = directory / STAGING
    shutil.rmtree(staging, ignore_errors=True)  # left by a killed writer (we hold the lock)
    staging.mkdir()
    try:
        for name, text in rendered.items():
            with open(staging / name, "w", encoding="utf-8", errors="backslashreplace",
                      newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(staging / name, 0o644)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _switch(directory: Path, staging: Path, names: list[str]) -> None:
    """Rename staged files into place; on any failure put the old files back."""
    backups: dict[str, Path | None] = {}
    for name in names:
        old = directory / name
        keep = staging / f"{name}.old"
        try:
            os.link(old, keep, follow_symlinks=False)
        except FileNotFoundError:
            keep = None
        except OSError:  # no hard links on this filesystem
            shutil.copy2(old, keep, follow_symlinks=False)
        backups[name] = keep
    started = 0
    with _signals_held():
        try:
            for name in names:
                started += 1
                os.replace(staging / name, directory / name)
        except BaseException:  # undo every file that may have moved, the failing one too
            for name in reversed(names[:started]):
                keep = backups[name]
                with contextlib.suppress(OSError):
                    if keep is not None:
                        os.replace(keep, directory / name)
                    elif not (staging / name).exists():
                        os.unlink(directory / name)
            raise


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back (main thread, POSIX) until the block is done."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not \
            threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
