"""A scratch project with one small passing sheet, and the CLI run in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from factcheck.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "hostile" / "corpus"
GOOD = (CORPUS / "good.yaml").read_text(encoding="utf-8")


def scratch(root: Path, config: str = '[tool.factcheck]\nfacts = ["facts"]\n',
            sheet: str | None = GOOD) -> Path:
    """``root`` with pyproject.toml (``config``; None: none), seeds/article.txt, facts/."""
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    shutil.copy(CORPUS / "article.txt", root / "seeds" / "article.txt")
    if config is not None:
        (root / "pyproject.toml").write_text(config, encoding="utf-8")
    if sheet is not None:
        (root / "facts" / "good.yaml").write_text(sheet, encoding="utf-8")
    return root


@dataclass
class Run:
    code: int
    out: str
    err: str


def fc(capsys, monkeypatch, cwd: Path, *args: str) -> Run:
    """`factcheck ARGS` run from ``cwd``: exit status, stdout and stderr."""
    monkeypatch.chdir(cwd)
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return Run(code, out, err)
