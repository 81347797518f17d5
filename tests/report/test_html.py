"""The HTML report: pages, escaping, verdict markings, quote highlighting, links, a browser."""

from __future__ import annotations

import base64
import copy
import hashlib
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from factcheck.pipeline import run
from factcheck.report.build import build_report
from factcheck.report.build import documents as documents_from_result
from factcheck.report.html import render_html, sheet_page
from factcheck.report.model import Report
from factcheck.report.write import write_reports

EVIL = "<script>alert('pwned')</script>"
SMALL = sheet_page(1, "facts/small.yaml")
BROKEN = sheet_page(2, "facts/broken.yaml")


def pages(data: dict[str, Any], documents: dict[str, str] | None = None,
          source_href: str | None = None) -> dict[str, str]:
    return render_html(Report.model_validate(data), documents, source_href)


def index(data: dict[str, Any], documents: dict[str, str] | None = None) -> str:
    return pages(data, documents)["index.html"]


def small(data: dict[str, Any], documents: dict[str, str] | None = None) -> str:
    return pages(data, documents)[SMALL]


# --- unit tests on a hand-built report ------------------------------------------------------

def test_one_summary_page_and_one_page_per_sheet(small_report):
    assert list(pages(small_report)) == ["index.html", "claims.html", "statements.html", SMALL,
                                         BROKEN]
    assert SMALL == "sheets/0001-small.html" and BROKEN == "sheets/0002-broken.html"


def test_untrusted_text_is_escaped(small_report, small_documents):
    for name, page in pages(small_report, small_documents).items():
        assert EVIL not in page, name
        assert "<b>." not in page and "<script>x()" not in page, name
        # the page's own inline script is the only script element
        assert page.count("<script") == 1 and page.count("</script>") == 1, name
    page = small(small_report, small_documents)
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page  # in the document text, highlighted


def test_bidi_and_control_characters_are_made_visible(small_report):
    small_report["sheets"][0]["title"] = "grounded \u202e411\u202c and \x1b[31m"
    page = small(small_report)
    assert "\u202e" not in page and "\x1b" not in page
    assert "\\u202e411\\u202c" in page and "\\x1b[31m" in page


def test_escaped_text_survives_as_text(small_report, small_documents, parse):
    dom = parse(small(small_report, small_documents))
    checks = {a["data-check"] for a in dom.find("tr") if "data-check" in a}
    assert EVIL in checks  # the attribute value round-trips to the original string
    assert all(a.get("id") is None or re.fullmatch(r"[A-Za-z0-9_.-]+", a["id"])
               for _, a in dom.tags)


def test_self_contained(small_report, small_documents, parse):
    for name, page in pages(small_report, small_documents).items():
        dom = parse(page)
        assert not any(t == "link" or "src" in a for t, a in dom.tags), name
        hrefs = [a["href"] for t, a in dom.tags if t == "a"]
        assert hrefs and all(re.fullmatch(r"([\w./-]+\.html)?(\?failing=1)?(#[\w.-]*)?", h)
                             for h in hrefs), (name, hrefs)
        assert not re.search(r"https?://", page), name


def test_csp_allows_exactly_the_inline_assets(small_report, parse):
    for page in pages(small_report).values():
        (meta,) = parse(page).find("meta", http_equiv="Content-Security-Policy")
        for tag in ("style", "script"):
            body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert f"{tag}-src 'sha256-{digest}';" in meta["content"]
        assert meta["content"].startswith("default-src 'none';")


def test_verdict_markings(small_report, parse):
    dom = parse(small(small_report))
    rows = {a["data-check"]: a for a in dom.find("tr") if "data-check" in a}
    assert set(rows) == {"sum-holds", "rounded", "too-many", "known-bad", EVIL}
    assert rows["sum-holds"]["data-verdict"] == "holds"
    assert "v-row-holds" in rows["sum-holds"]["class"]
    assert rows["rounded"]["data-verdict"] == "holds within rounding"
    assert "v-row-within" in rows["rounded"]["class"]
    bad = rows["too-many"]
    assert bad["id"] == "check-too-many"
    assert bad["data-verdict"] == "violated" and bad["data-passed"] == "false"
    assert "v-row-violated" in bad["class"] and "failing" in bad["class"]
    known = rows["known-bad"]
    assert known["data-expect"] == "violated" and known["data-passed"] == "true"
    assert "v-row-expected" in known["class"] and "failing" not in known["class"]
    assert rows[EVIL]["data-verdict"] == "error" and "v-row-error" in rows[EVIL]["class"]


def test_every_row_of_every_filterable_table_says_whether_it_passes(small_report,
                                                                    small_documents, parse):
    checked = set()
    for name, page in pages(small_report, small_documents).items():
        body = re.findall(r'<table class="[^"]*filterable[^"]*">.*?</table>', page, re.S)
        rows = re.findall(r"<tbody>.*?</tbody>", "".join(body), re.S)
        trs = re.findall(r"<tr [^>]*>", "".join(rows))  # the tables' own rows (nested: <tr>)
        assert all('data-passed="' in t for t in trs), name
        if trs:
            checked.add(name)
    assert checked == {"index.html", "claims.html", SMALL, BROKEN}


def test_badges_carry_text_not_colour_alone(small_report):
    page = "".join(pages(small_report).values())
    for label in ("✓ holds", "≈ holds within rounding", "✗ violated", "✗ violated (expected)",
                  "⚠ error", "✗ conflict", "⚖ disputed", "+ affirmed"):
        assert f">{label}</span>" in page, label


def test_arithmetic_recomputed_inputs_linked_and_descriptions_shown(small_report):
    small_report["sheets"][0]["checks"][0]["description"] = "Parts add up to the total."
    small_report["sheets"][0]["facts"][0]["note"] = "Officials' count, not the army's."
    page = small(small_report)
    assert "66 + 51 = 117 &lt;= 114" in page
    assert "<code>1 + 1 = 2</code>" in page
    assert '<a href="#fact-drones"><code>drones</code></a>' in page
    assert '<div class="small description">Parts add up to the total.</div>' in page
    assert "Officials&#x27; count, not the army&#x27;s." in page


def test_units_as_people_write_them(small_report):
    fact = small_report["sheets"][0]["facts"][0]
    fact.update(unit="km**2", value=1300)
    page = small(small_report)
    assert "1300 km²" in page and "km**2" not in page


def test_sources_by_name(small_report):
    page = small(small_report)
    assert '<span title="officials">City officials</span>' in page
    claims = pages(small_report)["claims.html"]
    assert '<span title="army">The army</span>' in claims


def test_summary_verdict_first(small_report, parse):
    page = index(small_report)
    dom = parse(page)
    assert dom.find("div", class_="banner fail")
    assert page.index('class="banner fail"') < page.index("<h1>")  # above the fold
    counts = {a["data-count"] for a in dom.find("div") if "data-count" in a}
    assert {"sheets", "facts", "checks", "holds", "within rounding", "violated", "errors",
            "ungrounded quotes", "problems", "claims in conflict",
            "disputed statements"} <= counts
    small_report["summary"]["passed"] = True
    assert "✓ PASS" in index(small_report)


def test_run_time_and_version_shown(small_report):
    small_report["elapsed_seconds"] = 2.5
    page = index(small_report)
    assert "factcheck 0.0-test" in page and "checked in 2.5 s" in page


def test_failing_items_listed_under_banner_with_links(small_report):
    page = index(small_report)
    jump = page[page.index('<details class="failing"'):page.index("</details>")]
    for target in (f"{SMALL}#check-too-many", f"{SMALL}#fact-lost", f"{BROKEN}#problems",
                   "claims.html#claim-city_drones-"):
        assert f'href="{target}' in jump, target
    assert "known-bad" not in jump  # an expected violation passes
    assert "facts/small.yaml:30" in jump and "facts/broken.yaml:3:1" in jump


def test_failing_list_is_capped_with_a_link_to_the_rest(small_report, monkeypatch):
    from factcheck.report import html

    monkeypatch.setattr(html, "MAX_FAILING", 2)
    page = index(small_report)
    jump = page[page.index('<details class="failing"'):page.index("</details>")]
    assert jump.count("<li>") == 2
    assert 'and 3 more: <a href="index.html?failing=1#sheets">' in jump
    assert "5 item(s) to look at" in jump


def test_an_expected_misprint_is_not_listed_as_failing(small_report):
    lost = small_report["sheets"][0]["facts"][4]
    lost["grounding"]["passed"] = True  # expect: ungrounded, with a reason
    page = index(small_report)
    jump = page[page.index('<details class="failing"'):page.index("</details>")]
    assert "fact-lost" not in jump
    assert '<span class="badge v-expected">expected</span>' in small(small_report)


def test_findings_link_to_their_files(small_report):
    out = pages(small_report, source_href="..")
    assert '<a class="mono small file" href="../facts/small.yaml" title="open the sheet file">' \
        'facts/small.yaml:30</a>' in out["index.html"]
    assert 'href="../../facts/small.yaml" title="facts/small.yaml:40">40</a>' in out[SMALL]
    assert "../facts/" not in pages(small_report)["index.html"]  # no root: no file links


def test_sheet_table_links_every_sheet_page(small_report, parse):
    dom = parse(index(small_report))
    rows = [a for a in dom.find("tr") if a.get("class") == "sheet-row"]
    assert [r["data-passed"] for r in rows] == ["false", "false"]
    hrefs = {a["href"] for a in dom.find("a")}
    assert {SMALL, BROKEN} <= hrefs


def test_internal_links_resolve(small_report, small_documents, parse):
    out = pages(small_report, small_documents)
    ids = {name: {a["id"] for _, a in parse(page).tags if "id" in a}
           for name, page in out.items()}
    for name, page in out.items():
        base = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
        for t, a in parse(page).tags:
            if t != "a":
                continue
            href = a["href"]
            target, _, anchor = href.partition("#")
            target = target.partition("?")[0]
            page_name = name if not target else str(Path(base + target)).replace("\\", "/")
            page_name = re.sub(r"^sheets/\.\./", "", page_name)
            assert page_name in out, (name, href)
            assert not anchor or anchor in ids[page_name], (name, href)


def test_problems_show_location_code_and_message(small_report):
    page = pages(small_report)[BROKEN]
    assert "facts/broken.yaml:3:1" in page
    assert "<code>E001</code>" in page
    assert "unknown field &lt;script&gt;" in page


def test_quotes_highlighted_in_document(small_report, small_documents, parse):
    page = small(small_report, small_documents)
    dom = parse(page, text_of="document-text")
    # the highlighted document reads exactly as the original text, nothing lost or doubled
    assert "".join(dom.text) == small_documents["seeds/small.txt"]
    assert dom.max_mark_depth == 1  # overlaps are split into flat segments, never nested
    marks = [a["data-facts"] for a in dom.find("mark") if "data-facts" in a]
    assert "drones" in marks  # the start, covered by one fact only
    assert "drones, drones_inner" in marks  # nested span: depth two
    assert "drones, city_b" in marks  # overlapping spans: the shared part
    assert "city_b" in marks and "evil_fact" in marks
    links = {a["href"] for a in dom.find("a", class_="q")}
    assert {"#fact-drones", "#fact-drones_inner", "#fact-city_b"} <= links
    for fid in ("drones", "drones_inner", "city_b", "evil_fact"):
        assert f'id="q-{fid}"' in page and f'href="#q-{fid}"' in page
    assert 'href="#q-lost"' not in page  # ungrounded: no span to show
    assert dom.find("span", class_="uncov")  # the uncovered mention "5"


def test_without_documents_quotes_only(small_report):
    page = small(small_report)
    assert "data-facts" not in page and "document-text" not in page
    assert "12 drones hit the city" in page


def test_bad_spans_are_ignored(small_report, small_documents):
    facts = small_report["sheets"][0]["facts"]
    for f, span in zip(facts, ([5, 10_000], [0, 0], None, [-1, 4], [9, 2]), strict=True):
        f["grounding"]["span"] = span
    page = small(small_report, small_documents)
    assert "data-facts" not in page and "document-text" in page
    assert small_documents["seeds/small.txt"].split("<")[0] in page


def test_ids_unique_even_for_colliding_names(small_report, parse):
    sheet = small_report["sheets"][0]
    sheet["checks"] += [dict(sheet["checks"][0], id="a b"), dict(sheet["checks"][0], id="a_b")]
    ids = Counter(a["id"] for _, a in parse(small(small_report)).tags if "id" in a)
    assert ids and max(ids.values()) == 1


def test_statements_disputed_first_with_both_sides(small_report, parse):
    page = pages(small_report)["statements.html"]
    articles = parse(page).find("article")
    assert [a["data-verdict"] for a in articles] == ["disputed", "affirmed"]
    assert "stmt disputed" in articles[0]["class"]
    assert "we repelled it" in page and "via The army" in page


def test_cross_source_rows(small_report, parse):
    page = pages(small_report)["claims.html"]
    (row,) = parse(page).find("tr", class_="claim")
    assert row["data-verdict"] == "conflict" and row["data-passed"] == "false"
    assert f'href="{SMALL}#fact-drones">facts/small.yaml:10</a>' in page
    assert "facts/other.yaml:7" in page  # sheet not in the report: shown, not linked
    assert ">deprecated</span>" in page


def test_deterministic(small_report, small_documents):
    a = pages(small_report, small_documents)
    b = pages(copy.deepcopy(small_report), dict(small_documents))
    assert a == b


def test_seed_report_renders(seed_project):
    result = run([seed_project / "facts"], seed_project)
    report = build_report(result)
    docs = documents_from_result(result)
    assert set(docs) == {"seeds/000_1973e27dd785980b.txt"}
    out = render_html(report, docs)
    assert len(out) == 5
    page = out["sheets/0002-001_violated.html"]
    assert 'id="check-drone-accounting"' in page
    assert render_html(build_report(run([seed_project / "facts"], seed_project)).model_copy(
        update={"elapsed_seconds": report.elapsed_seconds}), docs) == out


def test_write_replaces_sheet_pages_as_a_unit(seed_project):
    result = run([seed_project / "facts"], seed_project)
    reports = seed_project / "reports"
    written = write_reports(build_report(result), reports, documents=documents_from_result(result),
                            root=seed_project)
    pages_dir = reports / "sheets"
    assert sorted(p.name for p in pages_dir.iterdir()) == [
        "0001-000_1973e27dd785980b.html", "0002-001_violated.html"]
    assert len(written) == 7
    (seed_project / "facts" / "001_violated.yaml").unlink()
    result = run([seed_project / "facts"], seed_project)
    write_reports(build_report(result), reports, documents=documents_from_result(result))
    assert [p.name for p in pages_dir.iterdir()] == ["0001-000_1973e27dd785980b.html"]
    run_ids = {re.search(r'data-run="([0-9a-f]{16})"', p.read_text()).group(1)
               for p in [reports / "index.html", *pages_dir.iterdir()]}
    assert len(run_ids) == 1
    assert not (reports / ".factcheck-staging").exists()


# --- a real browser --------------------------------------------------------------------------

def _chromium(binary: Path, tmp: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}",
         *extra, url],
        capture_output=True, text=True, timeout=120, check=False)


def test_pages_in_headless_chromium(seed_project, chromium, tmp_path, parse):
    result = run([seed_project / "facts"], seed_project)
    report = build_report(result)
    reports = seed_project / "reports"
    write_reports(report, reports, documents=documents_from_result(result), root=seed_project)

    proc = _chromium(chromium, tmp_path, (reports / "index.html").as_uri(), "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = parse(proc.stdout)
    assert dom.find("html", data_js="ready"), "inline script did not run (CSP hash?)"
    assert all(a.get("disabled") is None for a in dom.find("input"))
    assert dom.find("div", class_="banner fail")
    assert [a["data-passed"] for a in dom.find("tr", class_="sheet-row")] == ["true", "false"]

    page = reports / "sheets" / "0002-001_violated.html"
    proc = _chromium(chromium, tmp_path, page.as_uri(), "--dump-dom")
    dom = parse(proc.stdout)
    rows = {a["id"]: a for a in dom.find("tr") if "data-check" in a}
    assert {c.id for c in report.sheets[1].checks} == {k.removeprefix("check-") for k in rows}
    bad = rows["check-drone-accounting"]
    assert bad["data-verdict"] == "violated" and bad["data-passed"] == "false"
    assert [k for k, a in rows.items() if a["data-verdict"] == "violated"] == [
        "check-drone-accounting"]
    assert "66 + 51 = 117" in proc.stdout
    assert dom.find("mark"), "quotes are highlighted in the document text"

    # the filter, pre-set from the address, hides every passing row of every table
    proc = _chromium(chromium, tmp_path, page.as_uri() + "?failing=1", "--dump-dom")
    dom = parse(proc.stdout)
    visible = [a for a in dom.find("tr") if "data-passed" in a and "hidden" not in a]
    assert visible and all(a["data-passed"] == "false" for a in visible)
    assert any(a.get("id") == "check-drone-accounting" for a in visible)
    assert any(a.get("data-fact") == "decoys_lost" for a in visible)
    proc = _chromium(chromium, tmp_path, page.as_uri() + "?q=decoys_lost", "--dump-dom")
    dom = parse(proc.stdout)
    shown = [a for a in dom.find("tr") if "data-passed" in a and "hidden" not in a]
    assert shown and all("decoys_lost" in proc.stdout for _ in shown)
    assert len(shown) < len([a for a in dom.find("tr") if "data-passed" in a])

    shot = tmp_path / "page.png"
    proc = _chromium(chromium, tmp_path, (reports / "index.html").as_uri(),
                     f"--screenshot={shot}", "--window-size=1280,900", "--hide-scrollbars")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
