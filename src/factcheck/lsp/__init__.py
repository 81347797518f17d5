"""`factcheck lsp`: a language server for fact sheets (stdio, on pygls).

It publishes the engine's problems and failures as diagnostics while a sheet is edited,
shows a fact's interval, source and quote in context on hover, and drafts facts from a
selected sentence of a document into the sheet that cites it (a code action).
"""

from __future__ import annotations

import sys


def main() -> int:
    """Serve on stdio; exit 2 with what to install when pygls is missing."""
    try:
        from factcheck.lsp.server import serve
    except ImportError as exc:
        print(f"factcheck: the language server needs pygls ({exc.name} is missing): "
              "pip install 'factcheck[lsp]'", file=sys.stderr)
        return 2
    return serve()
