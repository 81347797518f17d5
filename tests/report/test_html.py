"""The HTML report: escaping, verdict markings, quote highlighting, determinism, a real browser."""

from __future__ import annotations

import base64
import copy
import hashlib
import re
import subprocess
from collections import Counter
from pathlib import Path

from factcheck.pipeline import run
from factcheck.report.build import build_report
from factcheck.report.build import documents as documents_from_result
from factcheck.report.html import render_html

EVIL = "<script>alert('pwned')</script>"


# --- unit tests on a hand-built report ------------------------------------------------------

def test_untrusted_text_is_escaped(small_report, small_documents):
    page = render_html(small_report, small_documents)
    assert EVIL not in page
    assert "<script>x()" not in page and "<b>." not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page  # in the document text, highlighted
    # the page's own inline script is the only script element
    assert page.count("<script") == 1 and page.count("</script>") == 1


def test_escaped_text_survives_as_text(small_report, small_documents, parse):
    page = render_html(small_report, small_documents)
    dom = parse(page)
    checks = {a["data-check"] for a in dom.find("tr") if "data-check" in a}
    assert EVIL in checks  # the attribute value round-trips to the original string
    assert all(a.get("id") is None or re.fullmatch(r"[A-Za-z0-9_.-]+", a["id"])
               for _, a in dom.tags)


def test_self_contained(small_report, small_documents, parse):
    page = render_html(small_report, small_documents)
    dom = parse(page)
    assert not any(t == "link" or "src" in a for t, a in dom.tags)
    hrefs = [a["href"] for t, a in dom.tags if t == "a"]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert not re.search(r"https?://", page)


def test_csp_allows_exactly_the_inline_assets(small_report, parse):
    page = render_html(small_report)
    (meta,) = parse(page).find("meta", http_equiv="Content-Security-Policy")
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}';" in meta["content"]
    assert meta["content"].startswith("default-src 'none';")


def test_verdict_markings(small_report, parse):
    dom = parse(render_html(small_report))
    rows = {a["data-check"]: a for a in dom.find("tr") if "data-check" in a}
    assert set(rows) == {"sum-holds", "rounded", "too-many", "known-bad", EVIL}
    assert rows["sum-holds"]["data-verdict"] == "holds"
    assert "v-row-holds" in rows["sum-holds"]["class"]
    assert rows["rounded"]["data-verdict"] == "holds within rounding"
    assert "v-row-within" in rows["rounded"]["class"]
    bad = rows["too-many"]
    assert bad["id"] == "s1-check-too-many"
    assert bad["data-verdict"] == "violated" and bad["data-passed"] == "false"
    assert "v-row-violated" in bad["class"] and "failing" in bad["class"]
    known = rows["known-bad"]
    assert known["data-expect"] == "violated" and known["data-passed"] == "true"
    assert "v-row-expected" in known["class"] and "failing" not in known["class"]
    assert rows[EVIL]["data-verdict"] == "error" and "v-row-error" in rows[EVIL]["class"]


def test_badges_carry_text_not_colour_alone(small_report):
    page = render_html(small_report)
    for label in ("✓ holds", "≈ holds within rounding", "✗ violated", "✗ violated (expected)",
                  "⚠ error", "✗ conflict", "⚖ disputed", "+ affirmed"):
        assert f">{label}</span>" in page, label


def test_arithmetic_recomputed_and_inputs_shown(small_report):
    page = render_html(small_report)
    assert "66 + 51 = 117 &lt;= 114" in page
    assert "<code>1 + 1 = 2</code>" in page
    assert '<a href="#s1-fact-drones"><code>drones</code></a>' in page


def test_summary_and_banner(small_report, parse):
    page = render_html(small_report)
    dom = parse(page)
    assert dom.find("div", class_="banner fail")
    counts = {a["data-count"] for a in dom.find("div") if "data-count" in a}
    assert {"sheets", "facts", "checks", "holds", "within rounding", "violated", "errors",
            "ungrounded quotes", "problems", "claims in conflict",
            "disputed statements"} <= counts
    small_report["summary"]["passed"] = True
    assert "✓ PASS" in render_html(small_report)


def test_internal_links_resolve(small_report, small_documents, parse):
    dom = parse(render_html(small_report, small_documents))
    ids = {a["id"] for _, a in dom.tags if "id" in a}
    hrefs = {a["href"][1:] for t, a in dom.tags if t == "a"}
    assert hrefs and hrefs <= ids


def test_failing_items_listed_under_banner(small_report, parse):
    page = render_html(small_report)
    dom = parse(page)
    (box,) = dom.find("details", class_="failing")
    jump = page[page.index('<details class="failing"'):page.index("</details>")]
    for target in ("s1-check-too-many", "s1-fact-lost", "sheet-2", "claim-city_drones-"):
        assert f'href="#{target}' in jump, target
    assert 'href="#s1-check-known-bad"' not in jump  # an expected violation passes


def test_problems_show_location_code_and_message(small_report):
    page = render_html(small_report)
    assert "facts/broken.yaml:3:1" in page
    assert "<code>E001</code>" in page
    assert "unknown field &lt;script&gt;" in page


def test_quotes_highlighted_in_document(small_report, small_documents, parse):
    page = render_html(small_report, small_documents)
    dom = parse(page, text_of="s1-document")
    # the highlighted document reads exactly as the original text, nothing lost or doubled
    assert "".join(dom.text) == small_documents["seeds/small.txt"]
    assert dom.max_mark_depth == 1  # overlaps are split into flat segments, never nested
    marks = [a["data-facts"] for a in dom.find("mark") if "data-facts" in a]
    assert "drones" in marks  # the start, covered by one fact only
    assert "drones, drones_inner" in marks  # nested span: depth two
    assert "drones, city_b" in marks  # overlapping spans: the shared part
    assert "city_b" in marks and "evil_fact" in marks
    links = {a["href"] for a in dom.find("a", class_="q")}
    assert {"#s1-fact-drones", "#s1-fact-drones_inner", "#s1-fact-city_b"} <= links
    # every highlighted fact has an anchor in the text and a link back from its row
    for fid in ("drones", "drones_inner", "city_b", "evil_fact"):
        assert f'id="s1-q-{fid}"' in page and f'href="#s1-q-{fid}"' in page
    assert 'href="#s1-q-lost"' not in page  # ungrounded: no span to show
    assert dom.find("span", class_="uncov")  # the uncovered mention "5"


def test_without_documents_quotes_only(small_report):
    page = render_html(small_report)
    assert "data-facts" not in page and "s1-document" not in page
    assert "12 drones hit the city" in page


def test_bad_spans_are_ignored(small_report, small_documents):
    facts = small_report["sheets"][0]["facts"]
    for f, span in zip(facts, ([5, 10_000], [True, 3], None, [-1, 4], [9, 2]), strict=True):
        f["grounding"]["span"] = span
    page = render_html(small_report, small_documents)
    assert "data-facts" not in page and "s1-document" in page
    assert small_documents["seeds/small.txt"].split("<")[0] in page


def test_ids_unique_even_for_colliding_names(small_report, parse):
    sheet = small_report["sheets"][0]
    sheet["checks"] += [dict(sheet["checks"][0], id="a b"), dict(sheet["checks"][0], id="a_b")]
    ids = Counter(a["id"] for _, a in parse(render_html(small_report)).tags if "id" in a)
    assert ids and max(ids.values()) == 1


def test_statements_disputed_first_with_both_sides(small_report, parse):
    page = render_html(small_report)
    articles = parse(page).find("article")
    assert [a["data-verdict"] for a in articles] == ["disputed", "affirmed"]
    assert "stmt disputed" in articles[0]["class"]
    assert "we repelled it" in page and "via army" in page


def test_cross_source_rows(small_report, parse):
    page = render_html(small_report)
    (row,) = parse(page).find("tr", class_="claim")
    assert row["data-verdict"] == "conflict"
    assert "facts/small.yaml:10" in page and 'href="#s1-fact-drones"' in page
    assert "facts/other.yaml:7" in page  # sheet not in the report: shown, not linked
    assert ">deprecated</span>" in page


def test_deterministic(small_report, small_documents):
    a = render_html(small_report, small_documents)
    b = render_html(copy.deepcopy(small_report), dict(small_documents))
    assert a == b
    assert a.encode() == render_html(small_report, small_documents).encode()


def test_seed_report_renders(seed_project):
    result = run([seed_project / "facts"], seed_project)
    report = build_report(result)
    docs = documents_from_result(result)
    assert set(docs) == {"seeds/000_1973e27dd785980b.txt"}
    page = render_html(report, docs)
    assert page == render_html(build_report(run([seed_project / "facts"], seed_project)), docs)
    assert 'id="s2-check-drone-accounting"' in page


# --- a real browser --------------------------------------------------------------------------

def _chromium(binary: Path, tmp: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}",
         *extra, url],
        capture_output=True, text=True, timeout=120, check=False)


def test_page_in_headless_chromium(seed_project, chromium, tmp_path, parse):
    result = run([seed_project / "facts"], seed_project)
    report = build_report(result)
    out = seed_project / "reports" / "index.html"
    out.parent.mkdir()
    out.write_text(render_html(report, documents_from_result(result)), encoding="utf-8")

    proc = _chromium(chromium, tmp_path, out.as_uri(), "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = parse(proc.stdout)
    assert dom.find("html", data_js="ready"), "inline script did not run (CSP hash?)"
    assert dom.find("input", id="only-failing")[0].get("disabled") is None
    assert dom.find("div", class_="banner fail")

    seed_checks = [c.id for c in report.sheets[0].checks]
    assert "drone-accounting" in seed_checks
    rows = {a["id"]: a for a in dom.find("tr") if "data-check" in a}
    for cid in seed_checks:
        assert rows[f"s1-check-{cid}"]["data-passed"] == "true", cid
        assert f"s2-check-{cid}" in rows, cid
    bad = rows["s2-check-drone-accounting"]
    assert bad["data-verdict"] == "violated" and bad["data-passed"] == "false"
    assert "v-row-violated" in bad["class"] and "failing" in bad["class"]
    violated = [k for k, a in rows.items() if a["data-verdict"] == "violated"]
    assert violated == ["s2-check-drone-accounting"]
    assert "66 + 51 = 117" in proc.stdout
    assert dom.find("mark"), "quotes are highlighted in the document text"

    shot = tmp_path / "page.png"
    proc = _chromium(chromium, tmp_path, out.as_uri(), f"--screenshot={shot}",
                     "--window-size=1280,2000", "--hide-scrollbars")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
