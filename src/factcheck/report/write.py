"""Write the report files of a run as one unit.

A run's files (``consistency.json``, ``consistency.md``, ``index.html`` and the sheet
pages in ``sheets/``) are replaced together or not at all, and always carry the same
run id:

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

:func:`write_run_reports` writes a run's reports unless the directory already holds
them: a run whose sheets, documents and cross-sheet outcomes are those of the run that
wrote the files (its ``stamp``, from the cache) and whose files are as that run left
them (size and modification time) rewrites nothing and builds no report.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.report.model import Report

STAMPS = Path(".factcheck-cache") / "reports"  # under the project: what wrote each directory

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
    """A digest of the report and its documents: same sheets and documents, same id.

    ``run_id`` itself and the run time (``elapsed_seconds``) are left out."""
    h = hashlib.sha256()
    h.update(report.to_json(indent=None, exclude={"run_id", "elapsed_seconds"}).encode(
        "utf-8", "backslashreplace"))
    for path, text in sorted((documents or {}).items()):
        h.update(f"\0{path}\0".encode("utf-8", "backslashreplace"))
        h.update(text.encode("utf-8", "backslashreplace"))
    return h.hexdigest()[:16]


def render(report: Report, fmt: str, documents: dict[str, str] | None = None,
           source_href: str | None = None) -> dict[str, str]:
    """One format of the report as files (name relative to the reports directory -> text).

    ``documents`` (path -> text) lets HTML highlight quotes; ``source_href`` (the project
    root as seen from the reports directory) lets it link findings to their files.
    """
    if fmt == "json":
        return {FILES[fmt]: report.to_json() + "\n"}
    if fmt == "markdown":
        from factcheck.report.markdown import render_markdown

        return {FILES[fmt]: render_markdown(report)}
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(report, documents, source_href)
    raise ValueError(fmt)


def render_all(report: Report, documents: dict[str, str] | None = None,
               formats: tuple[str, ...] = FORMATS,
               source_href: str | None = None, rid: str | None = None) -> dict[str, str]:
    """Every format, stamped with one ``run_id`` (``rid`` if already computed):
    file name -> text."""
    stamped = report.stamped(rid or run_id(report, documents))
    out: dict[str, str] = {}
    for f in formats:
        out.update(render(stamped, f, documents, source_href))
    return out


def write_reports(report: Report, directory: Path,
                  formats: tuple[str, ...] = FORMATS,
                  documents: dict[str, str] | None = None,
                  root: Path | None = None) -> list[Path]:
    """Render, then replace the report files in ``directory`` as one unit; their paths.

    With ``root`` (the project), findings in the HTML pages link to their sheet files.
    """
    return _write(report, directory, formats, documents, root)[0]


@dataclass(frozen=True)
class Written:
    """What :func:`write_run_reports` did: the files, their run id, whether they stayed."""

    paths: list[Path]
    run_id: str
    unchanged: bool


def write_run_reports(result: Any, directory: Path, root: Path,
                      formats: tuple[str, ...] = FORMATS) -> Written:
    """The reports of ``result`` (a pipeline RunResult) in ``directory``: left as they are
    when they already hold this run's content, else built and written."""
    from factcheck.report.build import build_report, documents

    if not result.sheets:
        raise EmptyRunError(directory)
    stamps_file = root / STAMPS
    key = str(directory.resolve())
    stamp = None if result.stamp is None else (result.stamp, formats, str(root.resolve()))
    stamps = _read_stamps(stamps_file)
    seen = stamps.get(key)
    if stamp is not None and seen is not None and seen["stamp"] == stamp and all(
            _stat(directory / name) == st for name, st in seen["files"].items()):
        return Written([directory / n for n in seen["files"]], seen["run_id"], True)
    paths, rid = _write(build_report(result), directory, formats, documents(result), root)
    if stamp is not None:
        files = {p.relative_to(directory).as_posix(): _stat(p) for p in paths}
        stamps[key] = {"stamp": stamp, "run_id": rid, "files": files}
    else:
        stamps.pop(key, None)
    _write_stamps(stamps_file, stamps)
    return Written(paths, rid, False)


def _stat(p: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(p)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _read_stamps(file: Path) -> dict:
    try:
        data = pickle.loads(file.read_bytes())
    except Exception:  # absent or torn: nothing is known to be written
        return {}
    return data if isinstance(data, dict) else {}


def _write_stamps(file: Path, stamps: dict) -> None:
    """Atomically; a cache that cannot be written only means the next run writes again."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(stamps, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)
    except OSError:
        return


def _write(report: Report, directory: Path, formats: tuple[str, ...],
           documents: dict[str, str] | None, root: Path | None) -> tuple[list[Path], str]:
    """Render and replace the files: (their paths, the run id they carry)."""
    if not report.sheets:
        raise EmptyRunError(directory)
    href = None
    if root is not None:
        href = Path(os.path.relpath(root.resolve(), directory.resolve())).as_posix()
    rid = run_id(report, documents)
    rendered = render_all(report, documents, formats, href, rid)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with _locked(directory):
            staging = _stage(directory, rendered)
            try:
                _switch(directory, staging, sorted({n.split("/", 1)[0] for n in rendered}))
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        where = Path(exc.filename) if exc.filename else directory
        raise ReportWriteError(directory, f"{where}: {exc.strerror or exc}") from None
    return [directory / name for name in rendered], rid


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
            (staging / name).parent.mkdir(exist_ok=True)
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
    """Rename staged files (and directories) into place; on any failure put the old back."""
    backups: dict[str, Path | None] = {}
    for name in names:
        old = directory / name
        keep: Path | None = staging / f"{name}.old"
        if old.is_dir() and not old.is_symlink():
            # a directory cannot be replaced by rename: the new one goes in its place below
            keep = staging / f"{name}.olddir"
        else:
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
                keep = backups[name]
                if keep is not None and keep.name.endswith(".olddir"):
                    os.rename(directory / name, keep)
                os.replace(staging / name, directory / name)
        except BaseException:  # undo every file that may have moved, the failing one too
            for name in reversed(names[:started]):
                keep = backups[name]
                with contextlib.suppress(OSError):
                    if keep is not None and keep.name.endswith(".olddir"):
                        if keep.exists():
                            if (directory / name).exists() and not (staging / name).exists():
                                os.rename(directory / name, staging / name)
                            os.rename(keep, directory / name)
                    elif keep is not None:
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
