"""Page furniture left in a stored article: a line that only says "Advertisement" (or
"Anzeige", "Publicité", "Реклама"...) between two paragraphs is no sentence of the
article, and must not stand between a figure and the sentence that names what it
counts, or between a quote and the paragraph that names its source.

PASS  "... 18 third-quarter points ...\\n\\nAdvertisement\\n\\nThe old record was 19 ..."
      (the sentence before "19" is the one about points)
"""

from __future__ import annotations

import functools
import re

_WORDS = (
    "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
    "story continues below advertisement", "story continues below",
    "article continues below advertisement", "article continues below",
    "continue reading the main story", "continue reading below", "continue reading",
    "scroll to continue", "scroll to continue with content", "skip advertisement",
    "anzeige", "werbung", "publicidad", "publicité", "publicite", "pubblicità",
    "publicidade", "реклама", "advertentie", "annons", "reklame", "reklama", "reklam",
    "διαφήμιση", "広告", "广告", "廣告", "광고", "إعلان", "פרסומת", "quảng cáo", "iklan",
)
_LINE = re.compile(r"(?im)^[ \t]*(?:" + "|".join(
    re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + r")[ \t]*:?[ \t]*$")


@functools.lru_cache(maxsize=16)
def without_furniture(text: str) -> str:
    """``text`` with every furniture line blanked to spaces: offsets are unchanged."""
    if _LINE.search(text) is None:
        return text
    return _LINE.sub(lambda m: " " * len(m.group()), text)
