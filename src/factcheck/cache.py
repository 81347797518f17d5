"""Per-sheet results cached by content hash, so a rerun re-checks only what changed.

An entry is found by the hash of the sheet's bytes, its path, the project root, the
`[tool.factcheck]` configuration and the code that checks it (every file of this
package, the versions of the libraries it depends on, validator plugins). The entry
records the hash of each file the sheet read besides itself (its document) and is
used only while they are unchanged. Cross-source comparison is not cached: it runs on
every run over the claim rows of all sheets, so a change to a sheet that shares a
claim key is always seen. Entries are written atomically; an unreadable, corrupt or
unwritable cache is never an error, only a miss.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import importlib.util
import io
import itertools
import os
import pickle
import platform
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from factcheck.config import Config

CACHE_DIR = ".factcheck-cache"
_FORMAT = b"factcheck-sheet-cache-2"


def _digest(*parts: bytes) -> str:
    h = hashlib.blake2b(digest_size=20)
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()


def file_digest(path: Path) -> str:
    """Content hash of a file, or a marker for a file that cannot be read."""
    try:
        return _digest(path.read_bytes())
    except OSError:
        return "unreadable"


@functools.cache
def code_fingerprint() -> str:
    """Hash of everything besides the sheet and its document that decides a result."""
    import factcheck

    pkg = Path(factcheck.__file__).resolve().parent
    parts = [_FORMAT, platform.python_version().encode()]
    for f in sorted(pkg.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            parts += [f.relative_to(pkg).as_posix().encode(), f.read_bytes()]
    parts += [f"{name}=={version}".encode() for name, version in _dependency_versions()]
    for ep in sorted(metadata.entry_points(group="factcheck.validators"),
                     key=lambda e: e.name):
        parts += [f"{ep.name}={ep.value}".encode(), _module_bytes(ep.module)]
    return _digest(*parts)


def _dependency_versions() -> list[tuple[str, str]]:
    out = []
    requires: list[str] = []
    # the distribution that installs the `factcheck` package (pytest-factcheck; the
    # scan of every installed distribution only when it goes by another name)
    try:
        metadata.distribution("pytest-factcheck")
        dists = ["pytest-factcheck"]
    except metadata.PackageNotFoundError:
        dists = metadata.packages_distributions().get("factcheck", ["pytest-factcheck"])
    for dist in dict.fromkeys(dists):
        try:
            requires += metadata.requires(dist) or []
        except metadata.PackageNotFoundError:
            continue
    for req in requires:
        if "extra ==" in req:
            continue
        name = re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0]
        try:
            out.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            out.append((name, "absent"))
    return sorted(out)


def _module_bytes(module: str) -> bytes:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return b"unfindable"
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        return b"unfindable"
    return Path(spec.origin).read_bytes()


def config_bytes(config: Config) -> bytes:
    """The configuration as bytes, root included (results carry paths)."""
    fields = dataclasses.asdict(config)
    return repr(sorted((k, str(v)) for k, v in fields.items())).encode()


class SheetCache:
    """Cache entries of one project under ``root/.factcheck-cache``."""

    def __init__(self, root: Path, config: Config) -> None:
        self.dir = root / CACHE_DIR / "sheets"
        self.base = _digest(code_fingerprint().encode(), config_bytes(config))
        self.hits = 0
        self.misses = 0

    def key(self, path: Path, data: bytes) -> str:
        return _digest(self.base.encode(), os.fsencode(path.resolve()), data)

    def file_of(self, key: str) -> Path:
        """The entry file of ``key``."""
        return self.dir / key[:2] / key

    def get(self, path: Path) -> tuple[str | None, Entry | None]:
        """(key, the valid entry or None); the key is None when the sheet is unreadable."""
        try:
            data = path.read_bytes()
        except OSError:
            return None, None
        key = self.key(path, data)
        file = self.file_of(key)
        try:
            deps, slim, detail, rows = read_entry(file)
        except Exception:  # absent, truncated or from an incompatible version: a miss
            self.misses += 1
            return key, None
        if any(file_digest(Path(p)) != d for p, d in deps):
            self.misses += 1
            return key, None
        self.hits += 1
        return key, Entry(file, slim, detail, rows, tuple((p, d) for p, d in deps))

    def put(self, key: str, deps: Deps, slim: bytes, detail: bytes, rows: bytes
            ) -> Path | None:
        """Store an entry valid while each file in ``deps`` keeps the content hash given
        with it; its file, or None when it could not be written."""
        target = self.file_of(key)
        if not write_entry(target, deps, slim, detail, rows):
            return None
        _ignore_file(self.dir.parent)
        return target


#: the files besides the sheet a result depends on: (file, content hash) pairs
Deps = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Entry:
    """A stored sheet result, three pickles read apart: the outcomes (``slim``), the
    loaded sheet (``detail``), and what the cross-sheet stage and the results store read
    of it (``rows``)."""

    file: Path
    slim: bytes
    detail: bytes
    rows: bytes
    deps: Deps = ()  # (file, content hash) it was checked against


def read_entry(file: Path) -> tuple[list[tuple[str, str]], bytes, bytes, bytes]:
    """(deps, slim, detail, rows) of an entry; an error if it is not one."""
    deps, slim, detail, rows = pickle.loads(file.read_bytes())
    if not all(isinstance(b, bytes) for b in (slim, detail, rows)):
        raise TypeError(f"{file}: not a factcheck cache entry")
    return deps, slim, detail, rows


def write_entry(target: Path, deps: Deps, slim: bytes, detail: bytes, rows: bytes) -> bool:
    """Write an entry atomically (temp file + rename); False if it cannot be written."""
    return write_bytes(target, pickle.dumps((list(deps), slim, detail, rows),
                                            protocol=pickle.HIGHEST_PROTOCOL))


def write_bytes(target: Path, blob: bytes) -> bool:
    """Write ``target`` atomically (temp file + rename); False if it cannot be written."""
    try:
        fd, tmp = _temp_beside(target)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.rename(tmp, target)  # atomic on POSIX; elsewhere an existing entry stays
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True


_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_temp_numbers = itertools.count()


def _temp_beside(target: Path) -> tuple[int, str]:
    """A new file in ``target``'s directory (made if missing), open for writing: named by
    the process and a counter, so no two writers share one (a name left by an earlier
    process is skipped), with the permissions ``tempfile.mkstemp`` gives (0600)."""
    directory = os.path.dirname(target)
    made = False
    while True:
        tmp = f"{directory}{os.sep}.tmp-{os.getpid()}-{next(_temp_numbers)}"
        try:
            return os.open(tmp, _TEMP_FLAGS, 0o600), tmp
        except FileExistsError:
            continue
        except FileNotFoundError:
            if made:
                raise
            os.makedirs(directory, exist_ok=True)
            made = True


def write_pickle(target: Path, value: object) -> bool:
    """``value`` pickled into ``target`` atomically; False if it cannot be written."""
    return write_bytes(target, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_pickles(target: Path, parts: Iterable[object]) -> bool:
    """Several values pickled one after another into ``target`` atomically, each on its
    own (no object shared between them is stored once: memory holds one value's record
    of what it wrote, not the whole file's); False if it cannot be written."""
    try:
        fd, tmp = _temp_beside(target)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            for part in parts:
                pickle.dump(part, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.rename(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True


def read_pickles(file: Path) -> Iterator[Any]:
    """The values :func:`write_pickles` stored in ``file``, one by one (an OSError or
    unpickling error if it is absent or torn)."""
    stream = io.BytesIO(file.read_bytes())
    while stream.tell() < len(stream.getbuffer()):
        yield pickle.load(stream)


def read_pickle(file: Path) -> Any:
    """What :func:`write_pickle` stored in ``file``, or None (absent, torn, incompatible)."""
    try:
        return pickle.loads(file.read_bytes())
    except Exception:
        return None


def _ignore_file(cache_root: Path) -> None:
    """A `.gitignore` inside the cache directory, so no project has to list it."""
    gi = cache_root / ".gitignore"
    if not gi.exists():
        with contextlib.suppress(OSError):
            gi.write_text("# written by factcheck: the cache is never committed\n*\n")
