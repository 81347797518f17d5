"""`factcheck lsp` driven over stdio by a real LSP client (pygls), one server per module.

The project is a small one: a sheet whose claim conflicts with a second sheet's, its
document, and the second sheet. Every diagnostic list is asserted in full.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lsprotocol import types as lsp
from pygls.uris import from_fs_path

from factcheck.config import load_config
from factcheck.pipeline import focus_view, run, sheet_set
from tests.conftest import SEED_SHEET, make_project
from tests.hostile.injection import RAW_CONTROLS, SHEET, injection_project
from tests.lsp.session import Session

NIGHT = """date 2025-04-26

Russia launched 114 drones over Ukraine overnight, Ukraine's air force said. Sixty-six drones \
were destroyed and a further 31 decoy drones failed to reach their destination, the air force \
said.

Three people were injured in Kharkiv, the regional governor said.
"""
OTHER = """date 2025-04-26

Russia fired 115 drones at Ukraine overnight, Ukraine's air force said.
"""
SHEET_A = """document: seeds/night.txt
published: 2025-04-26
sources:
  ua_air_force: {name: "Ukraine's air force"}
facts:
  drones_launched:
    value: 114
    unit: drone
    source: ua_air_force
    quote: "Russia launched 114 drones over Ukraine overnight"
    key: ua/night/drones_launched
  drones_destroyed: {value: 66, unit: drone, source: ua_air_force,
                     quote: "Sixty-six drones were destroyed"}
  decoys_lost:
    value: 31
    unit: drone
    source: ua_air_force
    quote: "a further 31 decoy drones failed to reach their destination"
checks:
  drone-accounting: drones_destroyed + decoys_lost <= drones_launched
"""
SHEET_B = """document: seeds/other.txt
published: 2025-04-26
sources:
  ua_air_force: {name: "Ukraine's air force"}
facts:
  drones_launched:
    value: 115
    unit: drone
    source: ua_air_force
    quote: "Russia fired 115 drones at Ukraine overnight"
    key: ua/night/drones_launched
"""
CONFLICT = ("claim:ua/night/drones_launched: conflict: ua_air_force says 114 (facts/a.yaml:6), "
            "ua_air_force says 115 (facts/b.yaml:6)")


@pytest.fixture(scope="module")
def night(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lsp")
    (root / "pyproject.toml").write_text("[tool.factcheck]\n")
    (root / "seeds").mkdir()
    (root / "facts").mkdir()
    (root / "seeds" / "night.txt").write_text(NIGHT)
    (root / "seeds" / "other.txt").write_text(OTHER)
    (root / "facts" / "a.yaml").write_text(SHEET_A)
    (root / "facts" / "b.yaml").write_text(SHEET_B)
    return root


@pytest.fixture(scope="module")
def client(night: Path) -> Iterator[Session]:
    session = Session(from_fs_path(str(night)))
    yield session
    session.close()


def _uri(project: Path, rel: str) -> str:
    return from_fs_path(str(project / rel))


def _open(client: Session, uri: str, text: str, language: str = "yaml") -> None:
    """Open ``uri`` at version 1 (what was published for it before is forgotten)."""
    client.forget(uri)
    client.send(client.client.text_document_did_open, lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))


def _close(client: Session, *uris: str) -> None:
    for uri in uris:
        client.send(client.client.text_document_did_close, lsp.DidCloseTextDocumentParams(
            lsp.TextDocumentIdentifier(uri)))


def _replace_all(client: Session, uri: str, version: int, text: str) -> None:
    client.send(client.client.text_document_did_change, lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [lsp.TextDocumentContentChangeWholeDocument(text=text)]))


def _shown(diagnostics: list[lsp.Diagnostic]) -> list[tuple]:
    return [(d.range.start.line, d.range.start.character, d.range.end.line,
             d.range.end.character, d.code, d.message, d.severity) for d in diagnostics]


def _apply(text: str, edits: list[lsp.TextEdit]) -> str:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    def at(p: lsp.Position) -> int:
        return offsets[p.line] + p.character
    # from the end; of inserts at one place, the first listed ends up first
    for _, _, e in sorted(((at(e.range.start), i, e) for i, e in enumerate(edits)),
                          reverse=True):
        text = text[:at(e.range.start)] + e.new_text + text[at(e.range.end):]
    return text


ERROR = lsp.DiagnosticSeverity.Error


def test_diagnostics_follow_the_unsaved_buffer(client: Session, night: Path):
    uri = _uri(night, "facts/a.yaml")
    _open(client, uri, SHEET_A)
    assert _shown(client.diagnostics_for(uri, 1)) == [
        (5, 2, 5, 18, "conflict", CONFLICT, ERROR),
    ]
    # the value no longer matches its quote, and the parts exceed the total
    broken = SHEET_A.replace("value: 31", "value: 51")
    _replace_all(client, uri, 2, broken)
    ungrounded = (17, 4, 17, 72, "ungrounded", "quote:decoys_lost: ungrounded: value 51 is not "
                  "written in the quote \"a further 31 decoy drones failed to reach their "
                  "destination\"; fix the value or quote the words that carry it", ERROR)
    shown = client.diagnostics_for(uri, 2)
    assert _shown(shown) == [
        (5, 2, 5, 18, "conflict", CONFLICT, ERROR),
        ungrounded,
        (19, 2, 19, 69, "violated", "drone-accounting: violated: 66 + 51 = 117 > 114", ERROR),
    ]
    # the other sheet's report of the claim, and the check's inputs, as related places
    assert [(r.location.uri, r.location.range.start.line, r.message)
            for d in shown for r in d.related_information or ()] == [
        (_uri(night, "facts/b.yaml"), 5,
         "drones_launched (ua_air_force): Russia fired 115 drones at Ukraine overnight"),
        (uri, 5, "drones_launched = 114 (exact; 114)"),
        (uri, 11, "drones_destroyed = 66 (exact; 66)"),
        (uri, 13, "decoys_lost = 51 (exact; 51)"),
    ]
    # a misspelt field: the fact is left out, the check that uses it points at the problem
    _replace_all(client, uri, 3, broken.replace("    unit: drone\n    source",
                                                "    units: drone\n    source", 1))
    unknown = ("unknown field `units` in facts.drones_launched (did you mean `unit`?); allowed: "
               "expect, key, meaning, note, precision, quote, rank, reason, scope, source, "
               "tolerance, unit, value, via")
    assert _shown(client.diagnostics_for(uri, 3)) == [
        (7, 4, 7, 16, "unknown-field", unknown, ERROR),
        ungrounded,
        (19, 2, 19, 69, "broken-input", "drone-accounting: error: `drones_launched` cannot be "
         f"used: {unknown} (line 8)", ERROR),
    ]
    _replace_all(client, uri, 4, SHEET_A)
    assert _shown(client.diagnostics_for(uri, 4)) == [
        (5, 2, 5, 18, "conflict", CONFLICT, ERROR),
    ]
    assert (night / "facts" / "a.yaml").read_text() == SHEET_A  # only the buffer changed
    _close(client, uri)


def _hover(client: Session, uri: str, line: int, character: int = 4) -> str | None:
    found = client.call(client.client.text_document_hover_async(lsp.HoverParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(line, character))))
    return found.contents.value if found else None


def test_hover_shows_interval_source_and_quote_in_context(client: Session, night: Path):
    uri = _uri(night, "facts/a.yaml")
    shown = _hover(client, uri, 13, 2)
    assert shown == (
        "**decoys_lost**\n\n"
        "value `31` (exact): interval `31`\n\n"
        "source: Ukraine's air force (`ua_air_force`)\n\n"
        "quote grounded: 31 written as \"31\"\n\n"
        "> Sixty-six drones were destroyed and **a further 31 decoy drones failed to reach "
        "their destination**, the air force said.")
    assert _hover(client, uri, 17) == shown  # anywhere in the fact's entry
    assert (_hover(client, uri, 12)).startswith("**drones_destroyed**\n\n")
    assert _hover(client, uri, 19) is None  # a check
    assert _hover(client, uri, 1) is None


def _actions(client: Session, uri: str, start: lsp.Position, end: lsp.Position):
    return client.call(client.client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Range(start, end),
        lsp.CodeActionContext(diagnostics=[]))))


def test_code_action_drafts_facts_from_selected_sentences(client: Session, night: Path):
    sheet, doc = _uri(night, "facts/a.yaml"), _uri(night, "seeds/night.txt")
    _open(client, doc, NIGHT, "plaintext")
    # from "Sixty-six drones were destroyed ..." to "Three people were injured ...": the
    # drones are in the sheet already (a fact with the value quotes a part of the sentence)
    selection = lsp.Position(2, 80), lsp.Position(4, 5)
    actions = _actions(client, doc, *selection)
    assert [a.title for a in actions] == ["Add 1 drafted fact(s) to facts/a.yaml"]
    assert list(actions[0].edit.changes) == [sheet]
    drafted = _apply(SHEET_A, actions[0].edit.changes[sheet])
    assert drafted == SHEET_A.replace(
        "  ua_air_force: {name: \"Ukraine's air force\"}\n",
        "  ua_air_force: {name: \"Ukraine's air force\"}\n"
        "  regional: {name: \"regional governor\"}\n").replace(
        "checks:\n",
        "  people_injured_3:\n"
        "    value: 3\n"
        "    unit: person\n"
        "    meaning: exact\n"
        "    source: regional\n"
        "    quote: \"Three people were injured in Kharkiv, the regional governor said.\"\n"
        "checks:\n")
    # the drafted fact is grounded and attributed: only the conflict remains (a line lower)
    _open(client, sheet, drafted)
    assert _shown(client.diagnostics_for(sheet, 1)) == [
        (6, 2, 6, 18, "conflict", CONFLICT.replace("a.yaml:6", "a.yaml:7"), ERROR),
    ]
    assert _actions(client, doc, *selection) is None  # all in the (unsaved) sheet now
    # the cursor in the first sentence: its fact is covered; with a new value it is not
    cursor = lsp.Position(2, 5), lsp.Position(2, 5)
    assert _actions(client, doc, *cursor) is None
    _replace_all(client, sheet, 2, drafted.replace("value: 114", "value: 113"))
    actions = _actions(client, doc, *cursor)
    assert [(e.range.start.line, e.new_text) for e in actions[0].edit.changes[sheet]] == [
        (25, "  drones_launched_114:\n"
             "    value: 114\n"
             "    unit: drone\n"
             "    meaning: exact\n"
             "    source: ua_air_force\n"
             "    quote: \"Russia launched 114 drones over Ukraine overnight, Ukraine's air "
             "force said.\"\n")]
    _close(client, sheet, doc)


def test_no_draft_from_an_unsaved_document(client: Session, night: Path):
    doc = _uri(night, "seeds/night.txt")
    _open(client, doc, NIGHT.replace("Three", "Four"), "plaintext")
    assert _actions(client, doc, lsp.Position(4, 5), lsp.Position(4, 5)) is None
    _replace_all(client, doc, 2, NIGHT)  # as saved again
    assert _actions(client, doc, lsp.Position(4, 5), lsp.Position(4, 5))
    _close(client, doc)


def test_same_findings_as_the_cli_on_the_seed_sheet(client: Session, tmp_path_factory):
    """The README walkthrough's mistyped value, in an editor: the findings `factcheck check`
    prints for the saved sheet, at the same lines."""
    text = SEED_SHEET.read_text()
    mistyped = text.replace("  decoys_lost:\n    value: 31\n", "  decoys_lost:\n    value: 51\n")
    assert mistyped != text
    root = tmp_path_factory.mktemp("seed")
    path = make_project(root, mistyped)
    config = load_config(root)
    chosen = sheet_set([path], config)
    cli = focus_view(run(chosen.paths, root, config=config), chosen.focus)
    expected = sorted([(p.line, p.code, "") for p in cli.problems]
                      + [(o.line, o.name, o.verdict) for o in cli.failures])
    assert [name for _, name, _ in expected] == ["quote:decoys_lost", "drone-accounting"]

    uri = from_fs_path(str(path))
    _open(client, uri, mistyped)
    shown = client.diagnostics_for(uri, 1)
    assert [(d.range.start.line + 1, *d.message.split(": ")[:2]) for d in shown] == expected
    area = next(i for i, line in enumerate(mistyped.splitlines()) if "kursk_area_km2:" in line)
    hover = _hover(client, uri, area)
    assert hover == (
        "**kursk_area_km2**\n\n"
        "value `1300` (estimated): interval `[1250, 1350] km²`\n\n"
        "source: The article's own reporting (`reporter`)\n\n"
        "quote grounded: 1300 written as \"1,300\"\n\n"
        "> The Ukrainian army stunned Russia in August 2024 by attacking across the border and "
        "**taking control of an estimated 1,300 square kilometers (500 square miles) of land**.")
    _close(client, uri)


def test_bad_input_is_a_diagnostic_and_other_yaml_is_left_alone(client: Session, night: Path):
    other = _uri(night, "deploy.yaml")  # not in facts/, names no document: not a sheet
    _open(client, other, "hostname: web1\nports: [80, 443]\n")
    sheet = _uri(night, "facts/new.yaml")  # not saved yet
    _open(client, sheet, "document: seeds/night.txt\nfacts:\n  x: {value: 1, quote: [\n")
    [found] = client.diagnostics_for(sheet, 1)
    assert (found.range.start.line, found.code) == (3, "yaml-syntax")
    assert found.message.startswith("YAML syntax error")
    _replace_all(client, sheet, 2, "document: ../outside.txt\nfacts: {}\n")
    assert _shown(client.diagnostics_for(sheet, 2)) == [
        (0, 0, 0, 24, "path-outside", f"`../outside.txt` points outside the project ({night}): "
         "sheets may only name files inside it", ERROR)]
    assert not [key for key in client.published if key[0] == other]
    _close(client, other, sheet)


def test_sheet_text_is_escaped_in_diagnostics_and_hovers(client: Session, tmp_path_factory):
    root = injection_project(tmp_path_factory.mktemp("injection"))
    uri = from_fs_path(str(root / "facts" / "inj.yaml"))
    _open(client, uri, SHEET)
    shown = client.diagnostics_for(uri, 1)
    assert {d.code for d in shown} >= {"ungrounded"}
    hovers = [_hover(client, uri, i) for i in range(len(SHEET.splitlines()))]
    hovers = [h for h in hovers if h]
    assert {h.split("**")[1] for h in hovers} == {"launched", "alarm", "count", "piped"}
    for text in [d.message for d in shown] + hovers:
        assert not any(c in text for c in RAW_CONTROLS), text
    for text in hovers:
        assert "<img" not in text and "](javascript" not in text, text
    _close(client, uri)


def test_a_saved_document_rechecks_the_open_sheets(client: Session, night: Path):
    sheet, doc = _uri(night, "facts/a.yaml"), _uri(night, "seeds/night.txt")
    _open(client, sheet, SHEET_A)
    assert [d.code for d in client.diagnostics_for(sheet, 1)] == ["conflict"]
    article = night / "seeds" / "night.txt"
    try:
        article.write_text(NIGHT.replace("a further 31 decoy", "a further 30 decoy"))
        client.forget(sheet)
        client.send(client.client.text_document_did_save, lsp.DidSaveTextDocumentParams(
            lsp.TextDocumentIdentifier(doc)))
        shown = client.diagnostics_for(sheet, 1)
        assert [(d.range.start.line, d.code) for d in shown] == [(5, "conflict"),
                                                                 (17, "ungrounded")]
        assert shown[1].message.startswith("quote:decoys_lost: ungrounded: quote not found in "
                                           "seeds/night.txt")
    finally:
        article.write_text(NIGHT)
    client.forget(sheet)
    client.send(client.client.text_document_did_save, lsp.DidSaveTextDocumentParams(
        lsp.TextDocumentIdentifier(doc)))
    assert [d.code for d in client.diagnostics_for(sheet, 1)] == ["conflict"]
    _close(client, sheet)


def test_a_bad_configuration_is_a_diagnostic(client: Session, tmp_path_factory):
    root = tmp_path_factory.mktemp("badconf")
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfact = ["facts"]\n')
    (root / "facts").mkdir()
    (root / "seeds").mkdir()
    (root / "seeds" / "night.txt").write_text(NIGHT)
    (root / "facts" / "a.yaml").write_text(SHEET_A)
    uri = from_fs_path(str(root / "facts" / "a.yaml"))
    _open(client, uri, SHEET_A)
    [found] = _shown(client.diagnostics_for(uri, 1))
    assert found[:5] == (0, 0, 0, 25, "config")
    assert found[5].startswith(f"{root / 'pyproject.toml'}: unknown [tool.factcheck] key(s) "
                               "fact; known: facts, ")
    _close(client, uri)
