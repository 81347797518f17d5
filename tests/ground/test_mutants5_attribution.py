"""Attribution at the edges mutation testing of the code changed since cc510f8 found
untested (benchmarks/mutation-survivors.md, branch mutate5): a declined name of five
letters, how far back a list's introducing paragraph is looked for."""

from __future__ import annotations

import pytest

from factcheck.api.model import Source
from factcheck.ground.attribution import MAX_PARAGRAPHS_BACK, Paragraphs, named_form


@pytest.mark.parametrize(("name", "text", "lang"), [
    ("Tulli", "Tullin mukaan takavarikoitiin 12 kiloa", "fi"),  # "according to Customs"
    ("Vlada", "prema podacima Vlade", "hr"),                    # "according to the Government"
])
def test_a_declined_name_of_five_letters_is_found(name, text, lang):
    """A word of five letters is declined ("Tulli", "Tullin"): only names whose words
    are all shorter must be written as they are: kills
    ``attribution.x__declined_in__mutmut_11`` (``<= 5``)."""
    assert named_form(Source(name=name), text, lang) == name.lower()


def test_a_list_is_attributed_up_to_twenty_paragraphs_back():
    """An introducing paragraph ("The ministry said:") 20 paragraphs before the quote
    is in its context, 21 paragraphs before it is not: kills
    ``attribution.xǁParagraphsǁcontext_span__mutmut_48`` (``<=``)."""
    # items longer than table cells (a table under a ":" line is attributed whole)
    items = [f"- In region {i} the air defence brought down {i} drones overnight"
             for i in range(MAX_PARAGRAPHS_BACK + 2)]
    doc = "\n\n".join(["The ministry said:", *items])
    p = Paragraphs(doc)
    near, far = items[MAX_PARAGRAPHS_BACK - 1], items[MAX_PARAGRAPHS_BACK]
    assert p.context_span((doc.index(near), doc.index(near) + 5))[0] == 0
    assert p.context_span((doc.index(far), doc.index(far) + 5))[0] == doc.index(items[0])
