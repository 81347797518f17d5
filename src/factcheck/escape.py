"""Escaping of untrusted sheet and document text, one function per output target.

Every writer passes text taken from a sheet or a document through one of these:

- :func:`terminal` for the CLI text table, pytest failure text and node ids: control
  characters (ESC, BEL, CR, LF, ...), line and paragraph separators, bidi controls
  (U+202E "right-to-left override", ...) and lone surrogates (undecodable file-name
  bytes) are shown as visible escapes like ``\\x1b``, ``\\u202e`` or ``\\xff``.
- :func:`no_commands` for whole blocks of terminal output: a line that would start
  (after whitespace) with ``::`` cannot act as a GitHub workflow command.
- :func:`markdown` for Markdown table cells, titles and headings: one line, visible
  controls, and no raw HTML, autolinks, inline links, entities, code spans or table
  pipes (only what could start one is escaped, so ``a < b`` and ``[1, 2]`` stay legible).
- :func:`markdown_code` for an inline code span.
- :func:`html_text` for HTML text and quoted attributes (newlines and tabs are kept).
- :func:`annotation_data` / :func:`annotation_property` for workflow commands.
"""

from __future__ import annotations

import html
import re
from typing import Any

# Bidi embedding/override/isolate controls and marks: they reorder how text displays.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_OTHER = f"\x7f-\x9f\u2028\u2029{BIDI}\ud800-\udfff"  # DEL, C1, separators, surrogates
_UNSAFE = re.compile(f"[\x00-\x1f{_OTHER}]")
_UNSAFE_KEEP_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_OTHER}]")  # keeps \t \n \r
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_MD_SPECIAL = re.compile(r"([\\`|]|\](?=[(\[]))")  # \ ` | and the ] of a link
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # what could open raw HTML or an autolink
_MD_ENTITY = re.compile(r"&(?=[#A-Za-z0-9])")  # what could be a character reference
_COMMAND = re.compile(r"^(\s*):(?=:)", re.M)


def _visible(ch: str) -> str:
    """One unsafe character as a visible escape; a lone surrogate as its original byte."""
    if ch in _NAMED:
        return _NAMED[ch]
    n = ord(ch)
    if 0xDC80 <= n <= 0xDCFF:  # surrogateescape: an undecodable byte of a file name
        return f"\\x{n - 0xDC00:02x}"
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def visible(x: Any) -> str:
    """``x`` as text with every control, bidi and surrogate character made visible."""
    return "" if x is None else _UNSAFE.sub(lambda m: _visible(m.group()), str(x))


def terminal(x: Any) -> str:
    """One line of terminal output: controls visible, no line breaks, no workflow command."""
    return no_commands(visible(x))


def no_commands(text: str) -> str:
    """Break any line that starts, after whitespace, with ``::`` (a GitHub workflow command).

    The runner trims leading whitespace before matching, so ``::`` becomes ``:\\:``.
    """
    return _COMMAND.sub(lambda m: m.group(1) + ":\\", text)


def markdown(x: Any) -> str:
    """A Markdown table cell or inline text: one line, no HTML, links or entities."""
    if x is None:
        return ""
    s = visible(_LINE_BREAK.sub(" ", str(x)).replace("\t", " "))
    s = _MD_ENTITY.sub("&amp;", _MD_SPECIAL.sub(r"\\\1", s))
    return _MD_TAG.sub("&lt;", s)


def markdown_code(x: Any) -> str:
    """An inline code span of ``x`` whose fence is longer than any backtick run inside."""
    s = visible(_LINE_BREAK.sub(" ", "" if x is None else str(x)))
    runs = [len(r) for r in re.findall(r"`+", s)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or not s.strip() else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def html_text(x: Any) -> str:
    """Text or a quoted attribute value in HTML; newlines and tabs kept, other controls shown."""
    if x is None:
        return ""
    s = _UNSAFE_KEEP_LINES.sub(lambda m: _visible(m.group()), str(x))
    return html.escape(s, quote=True)


def annotation_data(x: Any) -> str:
    """The message of a workflow command (after ``::``): %, CR and LF percent-encoded."""
    s = _UNSAFE_KEEP_LINES.sub(lambda m: _visible(m.group()), str(x))
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def annotation_property(x: Any) -> str:
    """A property value of a workflow command (``file=``, ``title=``)."""
    return annotation_data(x).replace(":", "%3A").replace(",", "%2C")
