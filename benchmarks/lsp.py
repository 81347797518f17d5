"""Language-server latency on this repository's corpus (a script, not a test).

    .venv/bin/python benchmarks/lsp.py [--edits 20]

Starts `factcheck lsp` as an editor would (stdio, pygls client), opens the seed sheet,
then alternates an unsaved edit of one value (31 -> 51 -> 31 ...) and measures, per
edit, the time until the diagnostics of that version arrive; then hovers and code
actions. The baseline, measured in the same run, is what `factcheck check` computes for
that sheet: ``pipeline.run`` over every sheet of the corpus (in process, best of 3).
Edit latency includes the server's debounce (``DEBOUNCE``), which is also given apart.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

from factcheck.config import load_config
from factcheck.lsp.server import DEBOUNCE
from factcheck.pipeline import run, sheet_set

REPO = Path(__file__).resolve().parent.parent
SHEET = REPO / "facts" / "000_1973e27dd785980b.yaml"
DOCUMENT = REPO / "seeds" / "000_1973e27dd785980b.txt"


def baseline() -> float:
    config = load_config(REPO)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        run(sheet_set([SHEET], config).paths, REPO, config=config)
        best = min(best, time.perf_counter() - t)
    return best


async def measure(edits: int) -> dict[str, float]:
    client = LanguageClient("factcheck-bench", "1")
    arrived: dict[int | None, float] = {}
    wake = asyncio.Event()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def published(ls: LanguageClient, params: lsp.PublishDiagnosticsParams) -> None:
        arrived[params.version] = time.perf_counter()
        wake.set()

    async def until(version: int) -> float:
        while version not in arrived:
            wake.clear()
            await asyncio.wait_for(wake.wait(), 120)
        return arrived[version]

    await client.start_io(sys.executable, "-m", "factcheck", "lsp")
    await client.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=from_fs_path(str(REPO))))
    client.initialized(lsp.InitializedParams())
    uri, text = from_fs_path(str(SHEET)), SHEET.read_text()
    t = time.perf_counter()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)))
    first = await until(1) - t
    mistyped = text.replace("  decoys_lost:\n    value: 31\n", "  decoys_lost:\n    value: 51\n")
    latencies = []
    for version in range(2, edits + 2):
        t = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(
                text=mistyped if version % 2 == 0 else text)]))
        latencies.append(await until(version) - t)
    line = next(i for i, x in enumerate(text.splitlines()) if "kursk_area_km2:" in x)
    hovers = []
    for _ in range(edits):
        t = time.perf_counter()
        await client.text_document_hover_async(lsp.HoverParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(line, 4)))
        hovers.append(time.perf_counter() - t)
    doc = from_fs_path(str(DOCUMENT))
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(
        uri=doc, language_id="plaintext", version=1, text=DOCUMENT.read_text())))
    actions = []
    for _ in range(edits):
        t = time.perf_counter()
        await client.text_document_code_action_async(lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(doc), lsp.Range(lsp.Position(4, 0), lsp.Position(4, 5)),
            lsp.CodeActionContext(diagnostics=[])))
        actions.append(time.perf_counter() - t)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"first": first, "edit": statistics.median(latencies),
            "hover": statistics.median(hovers), "action": statistics.median(actions),
            "first_action": actions[0]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--edits", type=int, default=20)
    args = p.parse_args()
    base = baseline()
    got = asyncio.run(measure(args.edits))
    print(f"baseline: pipeline.run over the corpus {base:.3f} s")
    print(f"open (first diagnostics, corpus checked once): {got['first']:.3f} s "
          f"({got['first'] / base:.2f}x baseline)")
    print(f"edit -> diagnostics, median of {args.edits}: {got['edit']:.3f} s "
          f"({got['edit'] / base:.2f}x baseline); after the {DEBOUNCE} s debounce: "
          f"{got['edit'] - DEBOUNCE:.3f} s ({(got['edit'] - DEBOUNCE) / base:.2f}x)")
    print(f"hover, median: {got['hover'] * 1000:.1f} ms ({got['hover'] / base:.3f}x baseline)")
    print(f"code action: first {got['first_action']:.3f} s (drafts the document), then "
          f"median {got['action'] * 1000:.1f} ms ({got['action'] / base:.3f}x baseline)")


if __name__ == "__main__":
    main()
