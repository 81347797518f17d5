"""A pygls client driving `factcheck lsp` in a subprocess over stdio, for synchronous tests.

The client's event loop runs in a thread; tests send notifications and requests through
it in order, and wait for the diagnostics published for a given version of a document.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Coroutine
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

TIMEOUT = 120  # seconds: the machine may be shared; a hung server still fails the test


class Session:
    """One language-server process and the client talking to it."""

    def __init__(self, root_uri: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.client = LanguageClient("factcheck-tests", "1")
        self.published: dict[tuple[str, int | None], list[lsp.Diagnostic]] = {}
        self.stderr: list[bytes] = []
        self._arrived = threading.Condition()

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(ls: LanguageClient, params: lsp.PublishDiagnosticsParams) -> None:
            with self._arrived:
                self.published[(params.uri, params.version)] = list(params.diagnostics)
                self._arrived.notify_all()

        self.call(self._start(root_uri))

    async def _start(self, root_uri: str) -> None:
        await self.client.start_io(sys.executable, "-m", "factcheck", "lsp")
        server = self.client._server  # its stderr is a pipe: drain it so it never fills
        if server is not None and server.stderr is not None:
            self._drain = asyncio.ensure_future(self._read(server.stderr))
        await self.client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), root_uri=root_uri))
        self.client.initialized(lsp.InitializedParams())

    async def _read(self, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            self.stderr.append(line)

    def call(self, coro: Coroutine[Any, Any, Any]) -> Any:
        """Run ``coro`` on the client's loop (after everything sent before) and wait."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(TIMEOUT)

    def send(self, notify: Any, params: Any) -> None:
        """Send a notification, in order with the other messages."""
        self.loop.call_soon_threadsafe(notify, params)

    def diagnostics_for(self, uri: str, version: int | None) -> list[lsp.Diagnostic]:
        """The diagnostics published for ``version`` of ``uri`` (waits for them)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: (uri, version) in self.published, TIMEOUT):
                raise AssertionError(f"no diagnostics for {uri} version {version}; server "
                                     f"stderr: {b''.join(self.stderr).decode(errors='replace')}")
            return self.published[(uri, version)]

    def forget(self, uri: str) -> None:
        with self._arrived:
            self.published = {k: v for k, v in self.published.items() if k[0] != uri}

    def close(self) -> None:
        async def stop() -> None:
            await self.client.shutdown_async(None)
            self.client.exit(None)
            await self.client.stop()
        try:
            self.call(stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(TIMEOUT)
