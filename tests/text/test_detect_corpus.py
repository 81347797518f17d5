"""`factcheck draft` guesses each corpus article's language as its sheet declares it."""

from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.text.languages import detect

ROOT = Path(__file__).resolve().parents[2]


def test_every_corpus_article_is_guessed_in_its_sheets_language():
    wrong = []
    for path in sorted((ROOT / "facts").glob("*.yaml")):
        sheet = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        document = ROOT / sheet["document"]
        if not document.is_file():
            continue
        declared = (sheet.get("language") or "en").split("-")[0]
        guessed = detect(document.read_text(encoding="utf-8"))
        if guessed != declared:
            wrong.append((path.name, declared, guessed))
    assert wrong == []
