"""The pygls server: editor events in, the pipeline's findings out."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition, ServerTextRange

from factcheck import __version__
from factcheck.config import ConfigError
from factcheck.escape import visible
from factcheck.lsp.diagnostics import Finding, findings
from factcheck.lsp.drafts import Drafts
from factcheck.lsp.hover import hover_markdown
from factcheck.lsp.insert import Edit, insertion, selected, uncovered
from factcheck.lsp.project import Projects

#: seconds of quiet after a keystroke before the sheet is checked again
DEBOUNCE = 0.25

log = logging.getLogger(__name__)


class FactServer(LanguageServer):
    """A language server that keeps the projects of the open sheets."""

    def __init__(self) -> None:
        super().__init__("factcheck", __version__)
        self.projects = Projects()
        self.drafts = Drafts()
        self.pending: dict[str, asyncio.Task] = {}
        # one worker: checks run one at a time, off the loop that answers hovers
        self.worker = concurrent.futures.ThreadPoolExecutor(max_workers=1)


server = FactServer()


def _path(uri: str) -> Path | None:
    fs = to_fs_path(uri)
    return Path(fs).resolve() if fs else None


def _open_sheets(ls: FactServer) -> dict[Path, TextDocument]:
    out = {}
    for doc in list(ls.workspace.text_documents.values()):
        path = _path(doc.uri)
        if path and ls.projects.of(path).is_sheet(path, doc.source):
            out[path] = doc
    return out


def _range(lines: list[str], line: int, column: int, codec) -> lsp.Range:
    """The range from a 1-based position (column 1: the line's first word) to the end of
    its line's text."""
    row, col = max(line - 1, 0), max(column - 1, 0)
    text = lines[row].rstrip() if row < len(lines) else ""
    if col == 0:
        col = len(text) - len(text.lstrip())
    end = len(text) if len(text) > col else col + 1
    return codec.range_to_client_units(lines, ServerTextRange(
        ServerTextPosition(row, col), ServerTextPosition(row, end)))


def _diagnostic(found: Finding, lines: list[str], codec) -> lsp.Diagnostic:
    related = [lsp.DiagnosticRelatedInformation(
        location=lsp.Location(uri=from_fs_path(str(r.path)), range=lsp.Range(
            lsp.Position(r.line - 1, 0), lsp.Position(r.line - 1, 0))),
        message=r.message) for r in found.related]
    return lsp.Diagnostic(range=_range(lines, found.line, found.column, codec),
                          message=found.message, severity=lsp.DiagnosticSeverity.Error,
                          code=found.code, source="factcheck",
                          related_information=related or None)


def _publish(ls: FactServer, doc: TextDocument, found: list[Finding]) -> None:
    lines = doc.source.split("\n")
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
        uri=doc.uri, version=doc.version,
        diagnostics=[_diagnostic(f, lines, doc.position_codec) for f in found]))


def _analyse(ls: FactServer, path: Path, buffers: dict[Path, str]) -> dict[Path, list[Finding]]:
    """Findings for every open sheet checked together with ``path`` (runs in the worker)."""
    project = ls.projects.of(path)
    try:
        result, files = project.run(path, buffers)
    except ConfigError as exc:
        return {path: [Finding(1, 1, "config", visible(str(exc)))]}
    except Exception as exc:  # never a silent pass: the editor shows what went wrong
        log.exception("factcheck failed on %s", path)
        return {path: [Finding(1, 1, "internal", visible(
            f"factcheck failed: {type(exc).__name__}: {exc}; please report it with the sheet"))]}
    return {p: findings(result, p) for p in files if p in buffers}


async def _check_later(ls: FactServer, uri: str, delay: float) -> None:
    await asyncio.sleep(delay)
    path = _path(uri)
    sheets = _open_sheets(ls)
    if path is None or path not in sheets:
        return
    snapshot = {p: (d, d.source, d.version) for p, d in sheets.items()}
    buffers = {p: text for p, (_, text, _) in snapshot.items()}
    loop = asyncio.get_running_loop()
    found = await loop.run_in_executor(ls.worker, _analyse, ls, path, buffers)
    for p, items in found.items():
        doc, text, version = snapshot[p]
        if doc.source == text and doc.version == version:  # not edited meanwhile
            _publish(ls, doc, items)


def _schedule(ls: FactServer, uri: str, delay: float) -> None:
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.pending[uri] = asyncio.ensure_future(_check_later(ls, uri, delay))


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: FactServer, params: lsp.DidOpenTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: FactServer, params: lsp.DidChangeTextDocumentParams) -> None:
    _schedule(ls, params.text_document.uri, DEBOUNCE)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: FactServer, params: lsp.DidSaveTextDocumentParams) -> None:
    """A saved sheet is checked at once; a saved document re-checks the open sheets."""
    uri = params.text_document.uri
    sheets = _open_sheets(ls)
    for doc in [d for d in sheets.values() if d.uri == uri] or sheets.values():
        _schedule(ls, doc.uri, 0)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: FactServer, params: lsp.DidCloseTextDocumentParams) -> None:
    task = ls.pending.pop(params.text_document.uri, None)
    if task is not None:
        task.cancel()
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
        uri=params.text_document.uri, diagnostics=[]))


def _hover_text(ls: FactServer, path: Path, text: str, line: int) -> str | None:
    project = ls.projects.of(path)
    try:
        if not project.is_sheet(path, text):
            return None
        return hover_markdown(project.check(path, {path: text}, project.config), line)
    except ConfigError:
        return None


@server.feature(lsp.TEXT_DOCUMENT_HOVER)
async def hover(ls: FactServer, params: lsp.HoverParams) -> lsp.Hover | None:
    path = _path(params.text_document.uri)
    if path is None:
        return None
    text = ls.workspace.get_text_document(params.text_document.uri).source
    shown = await asyncio.get_running_loop().run_in_executor(
        ls.worker, _hover_text, ls, path, text, params.position.line + 1)
    if shown is None:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=shown))


def _text_edit(edit: Edit, lines: list[str], codec) -> lsp.TextEdit:
    rng = codec.range_to_client_units(lines, ServerTextRange(
        ServerTextPosition(*edit.start), ServerTextPosition(*edit.end)))
    return lsp.TextEdit(range=rng, new_text=edit.text)


@dataclass(frozen=True)
class _Open:
    """An open editor buffer, as the worker sees it."""

    uri: str
    text: str
    codec: Any


def _draft_actions(ls: FactServer, path: Path, text: str, start: int, end: int,
                   open_sheets: dict[Path, _Open], codec: Any) -> list[lsp.CodeAction] | None:
    """The code actions for a selection ``text[start:end]`` of a document (in the worker)."""
    project = ls.projects.of(path)
    drafted = ls.drafts.of(path, project.root, text)
    if drafted is None:  # unsaved changes, too large or unreadable: draft reads the saved file
        return None
    data, draft = drafted
    facts = selected(draft, text, start, end)
    if not facts:
        return None
    try:
        citing = project.sheets_citing(path, {p: o.text for p, o in open_sheets.items()})
    except ConfigError:
        return None
    actions = []
    for sheet in citing:
        if sheet.loaded is None:
            continue
        new = uncovered(facts, [(f.quote, f.value) for f in sheet.loaded.sheet.facts.values()])
        target = open_sheets.get(sheet.path.resolve())
        try:
            sheet_text = target.text if target else sheet.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        edits = insertion(sheet_text, new, data["sources"]) if new else None
        if not edits:
            continue
        lines = sheet_text.split("\n")
        uri = target.uri if target else from_fs_path(str(sheet.path))
        changes = [_text_edit(e, lines, target.codec if target else codec) for e in edits]
        actions.append(lsp.CodeAction(
            title=f"Add {len(new)} drafted fact(s) to {visible(sheet.rel)}",
            kind=lsp.CodeActionKind.Refactor, edit=lsp.WorkspaceEdit(changes={uri: changes})))
    return actions or None


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
    code_action_kinds=[lsp.CodeActionKind.Refactor]))
async def code_action(ls: FactServer, params: lsp.CodeActionParams
                      ) -> list[lsp.CodeAction] | None:
    """On a selection in a document: add the facts drafted from it to each citing sheet."""
    path = _path(params.text_document.uri)
    if path is None or path.suffix in (".yaml", ".yml"):
        return None
    doc = ls.workspace.get_text_document(params.text_document.uri)
    start, end = (doc.offset_at_position(params.range.start),
                  doc.offset_at_position(params.range.end))
    open_sheets = {p: _Open(d.uri, d.source, d.position_codec)
                   for p, d in _open_sheets(ls).items()}
    return await asyncio.get_running_loop().run_in_executor(
        ls.worker, _draft_actions, ls, path, doc.source, start, end, open_sheets,
        ls.workspace.position_codec)


def serve() -> int:
    """Run the server on stdin and stdout until the editor stops it."""
    server.start_io()
    return 0
