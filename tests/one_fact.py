"""One fact grounded in a one-sheet project: the verdict the grounding tests compare."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from factcheck.pipeline import check_sheet


def one_fact_verdict(root: Path, doc: str, fact: dict, language: str = "en",
                     published: dt.date | None = dt.date(2024, 5, 5)) -> str:
    """Write ``doc`` and a sheet whose one fact (the outlet's own words) is ``fact`` under
    ``root``, check it, and return the fact's grounding verdict (the sheet must load
    without problems)."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sheet = {"document": "seeds/d.txt", "language": language,
             "sources": {"o": {"name": "The outlet", "kind": "outlet"}},
             "facts": {"f": {"source": "o", **fact}}}
    if published is not None:
        sheet["published"] = published
    (root / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False, allow_unicode=True),
                                 encoding="utf-8")
    result = check_sheet(root / "s.yaml", root)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o.verdict


def twin_verdicts(root: Path, doc: str, quote: str, right: dict, wrong: dict,
                  language: str = "en",
                  published: dt.date | None = dt.date(2024, 5, 5)) -> tuple[str, str]:
    """The verdicts of a right fact and of its wrong twin on the same quote: a reading
    test wants (GROUNDED, UNGROUNDED)."""
    return (one_fact_verdict(root / "right", doc, {"quote": quote, **right}, language,
                             published),
            one_fact_verdict(root / "wrong", doc, {"quote": quote, **wrong}, language,
                             published))
