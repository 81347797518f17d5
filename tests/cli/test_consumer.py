"""factcheck used from another repository: the built wheel installed into a fresh virtual
environment in a scratch git repository, then the CLI, pytest and the pre-commit hook.

The fresh environment gets factcheck from the wheel (``--no-deps``) and its
dependencies from this environment through a ``.pth`` line, so nothing is downloaded.
The hook runs under pre-commit as a ``local`` hook with the ``entry``, ``files`` and
``pass_filenames`` of ``.pre-commit-hooks.yaml`` (``language: system``: pre-commit's
own ``language: python`` would build a second environment from the index).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml

from tests.cli.scratch import GOOD, scratch

REPO = Path(__file__).resolve().parent.parent.parent
HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent))


def sh(*cmd: str | Path, cwd: Path, env: dict | None = None, ok: bool = True
       ) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True,
                       timeout=300, env=env)
    if ok:
        assert r.returncode == 0, r.stdout + r.stderr
    return r


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the source (the work tree stays clean)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "src" / "factcheck", src / "src" / "factcheck",
                    ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheels")
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
       "-w", out, src, cwd=src)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def consumer(tmp_path_factory, wheel: Path) -> tuple[Path, dict]:
    """A scratch git repository with a fresh venv holding the wheel; its environment."""
    root = tmp_path_factory.mktemp("consumer")
    venv = root / ".venv"
    sh(sys.executable, "-m", "venv", "--without-pip", venv, cwd=root)
    python = venv / "bin" / "python"
    site = sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
              cwd=root).stdout.strip()
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    sh(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
       "--no-index", wheel, cwd=root)
    scratch(root)
    sh("git", "init", "-q", cwd=root)
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(root),
           "PRE_COMMIT_HOME": str(root / ".pre-commit-cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "LANG": "C.UTF-8"}
    return root, env


def test_the_distribution_name_and_the_import_name(wheel: Path, consumer):
    assert wheel.name.startswith("pytest_factcheck-")
    root, env = consumer
    r = sh(".venv/bin/python", "-c", "import factcheck, importlib.metadata as m; "
           "print(factcheck.__file__); print(m.version('pytest-factcheck'))", cwd=root,
           env=env)
    where, version = r.stdout.split()
    assert Path(where).is_relative_to(root / ".venv") and version == "0.1.0"


def test_the_cli_in_the_consumer(consumer):
    root, env = consumer
    r = sh("factcheck", "check", cwd=root, env=env)
    assert "1 sheet(s)" in r.stdout and (root / "reports" / "consistency.json").is_file()
    assert sh("factcheck", "--version", cwd=root, env=env).stdout.startswith("factcheck ")


def test_pytest_in_the_consumer(consumer):
    root, env = consumer
    r = sh(".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=root,
           env=env)
    assert re.search(r"\b5 passed\b", r.stdout), r.stdout


def _hook_config(root: Path) -> None:
    (hook,) = HOOKS
    local = {k: hook[k] for k in ("id", "name", "entry", "files", "pass_filenames",
                                  "require_serial")}
    local["language"] = "system"
    (root / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))


@pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency")
def test_the_pre_commit_hook_runs_on_sheet_and_document_edits(consumer):
    root, env = consumer
    _hook_config(root)
    sh("git", "add", "-A", cwd=root, env=env)
    sh(PRE_COMMIT, "run", "--all-files", cwd=root, env=env)
    sh("git", "commit", "-qm", "base", "--no-verify", cwd=root, env=env)
    article = root / "seeds" / "article.txt"
    text = article.read_text()
    try:
        article.write_text(text.replace("114 drones", "115 drones"))  # a seed edit breaks a quote
        sh("git", "add", "seeds/article.txt", cwd=root, env=env)
        r = sh(PRE_COMMIT, "run", cwd=root, env=env, ok=False)
        assert r.returncode == 1 and "factcheck fact sheets" in r.stdout
        assert "facts/good.yaml:11:1: ungrounded" in r.stdout, r.stdout
        article.write_text(text)
        sh("git", "add", "seeds/article.txt", cwd=root, env=env)
        (root / "facts" / "good.yaml").write_text(GOOD.replace("value: 66", "value: 67"))
        sh("git", "add", "facts/good.yaml", cwd=root, env=env)
        r = sh(PRE_COMMIT, "run", cwd=root, env=env, ok=False)
        assert r.returncode == 1 and "ungrounded value 67" in r.stdout
    finally:
        article.write_text(text)
        (root / "facts" / "good.yaml").write_text(GOOD)
        sh("git", "add", "-A", cwd=root, env=env)
    (root / "notes.md").write_text("unrelated\n")
    sh("git", "add", "notes.md", cwd=root, env=env)
    r = sh(PRE_COMMIT, "run", cwd=root, env=env)
    assert "(no files to check)Skipped" in r.stdout


def test_the_hook_file_patterns():
    (hook,) = HOOKS
    files = re.compile(hook["files"])
    assert hook["entry"].split()[:2] == ["factcheck", "check"] and hook["pass_filenames"]
    for path in ("facts/a.yaml", "facts/sub/b.yml", "seeds/article.txt", "seeds/x/y.md"):
        assert files.search(path), path
    for path in ("README.md", "src/facts/a.yaml", "facts/notes.txt", ".github/ci.yml"):
        assert not files.search(path), path
    assert os.path.basename(hook["entry"].split()[0]) == "factcheck"
