"""Shared helpers for hostile-input tests: the corpus, its expectations, a tiny project."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
ARTICLE = CORPUS / "article.txt"
GOOD = CORPUS / "good.yaml"

_HEAD = re.compile(rb"^(?:\xef\xbb\xbf)?# expect: (.*)$", re.M)
_PROBLEM = re.compile(r"^(?P<code>[a-z-]+) @ (?P<line>\d+): (?P<fragment>.+)$")
_OUTCOME = re.compile(r"^(?P<kind>check|grounding) (?P<name>\S+) (?P<verdict>[a-z ]+?): "
                      r"(?P<fragment>.+)$")


@dataclass(frozen=True)
class Expect:
    """What a corpus file must come to, from its `# expect:` first line.

    ``ok``                                   loads, every outcome passes
    ``CODE @ LINE: fragment``                a load problem at that line
    ``check ID error: fragment``             loads; that check's verdict is error
    ``grounding NAME VERDICT: fragment``     loads; that quote's grounding verdict
    """

    kind: str  # ok | problem | check | grounding
    code: str = ""
    line: int = 0
    name: str = ""
    verdict: str = ""
    fragment: str = ""


def expectation(path: Path) -> Expect:
    head = path.read_bytes()[:2000]
    m = _HEAD.match(head)
    assert m, f"{path.name} has no `# expect:` first line"
    text = m.group(1).decode()
    if text == "ok":
        return Expect("ok")
    if p := _PROBLEM.match(text):
        return Expect("problem", code=p["code"], line=int(p["line"]), fragment=p["fragment"])
    if o := _OUTCOME.match(text):
        return Expect(o["kind"], name=o["name"], verdict=o["verdict"], fragment=o["fragment"])
    raise AssertionError(f"{path.name}: cannot read expectation {text!r}")


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.yaml"))


def project(root: Path, *sheets: Path | tuple[str, bytes]) -> Path:
    """A project: pyproject.toml, seeds/article.txt and the given sheets in facts/."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "facts").mkdir(exist_ok=True)
    shutil.copy(ARTICLE, root / "seeds" / "article.txt")
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    for s in sheets:
        name, data = (s.name, s.read_bytes()) if isinstance(s, Path) else s
        (root / "facts" / name).write_bytes(data)
    return root


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)


def run_cli(root: Path, *args: str, timeout: float = 60) -> CliRun:
    """The real command line, in a subprocess, from inside the project."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CI", None)
    p = subprocess.run([sys.executable, "-m", "factcheck.cli", *args], cwd=root,
                       capture_output=True, text=True, timeout=timeout, env=env)
    return CliRun(p.returncode, p.stdout, p.stderr)
