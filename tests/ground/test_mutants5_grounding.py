"""Grounding at the edges mutation testing of the code changed since cc510f8 found
untested (benchmarks/mutation-survivors.md, branch mutate5): how far back a rate's
paragraph is read for the noun it counts."""

from __future__ import annotations

from factcheck.ground.grounding import antecedent


def test_a_rate_looks_back_600_characters_from_the_start_of_its_quote():
    """"Overdose deaths ... For females, the rate increased from 3.9 per 100,000": the
    paragraph is read up to 600 characters before the quote's start, however long the
    quote: kills ``grounding.x_antecedent__mutmut_9`` (600 before the quote's end)."""
    head = "Overdose deaths rose in the county last year"
    filler = ", as the report on the county's health and its hospitals showed in detail"
    quote = ("For females, the rate increased from 3.9 per 100,000 in 2019 to 5.1 per "
             "100,000 in 2023, the report said")
    body = head + filler * 8
    doc = body[:40] + body[len(body) - 560:] + ". " + quote + "."
    start = doc.index(quote)
    assert 560 < start - doc.index("deaths") < 600 and len(quote) > 100
    window = antecedent(doc, (start, start + len(quote)), paragraph=True)
    assert "deaths" in window and len(window) == 600
