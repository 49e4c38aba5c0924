"""A downstream project's tests, written against the public strategies only.

A user has a function over newsevents Documents and property-tests it with
``newsevents.strategies`` and ``st.from_type(Document)``, as the documentation shows.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents import Document, QuoteKind
from newsevents.strategies import documents


def direct_quotes_per_speaker(doc: Document) -> Counter[str]:
    """The user's function: how many direct quotes each speaker has, by display name."""
    counts: Counter[str] = Counter()
    for statement in doc.statements:
        if statement.quote is QuoteKind.DIRECT:
            for speaker in statement.speakers:
                counts[doc.actor(speaker).name] += 1
    return counts


USER_SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@USER_SETTINGS
@given(documents(min_events=1))
def test_counts_add_up(doc: Document) -> None:
    counts = direct_quotes_per_speaker(doc)
    direct = [s for s in doc.statements if s.quote is QuoteKind.DIRECT]
    assert sum(counts.values()) == sum(len(s.speakers) for s in direct)
    names = {a.name for a in doc.actors}
    assert set(counts) <= names


@USER_SETTINGS
@given(documents(language="ar", max_actors=3))
def test_counts_survive_a_json_round_trip(doc: Document) -> None:
    assert direct_quotes_per_speaker(ne.load(ne.dump(doc))) == direct_quotes_per_speaker(doc)


@USER_SETTINGS
@given(st.from_type(Document))
def test_from_type_gives_valid_documents(doc: Document) -> None:
    assert isinstance(doc, Document)
    assert not [i for i in ne.validate(doc) if i.severity == "error"]
    direct_quotes_per_speaker(doc)  # every speaker id resolves: doc.actor() does not raise


@USER_SETTINGS
@given(st.from_type(ne.Article), st.from_type(ne.Span))
def test_from_type_for_other_models(article: ne.Article, span: ne.Span) -> None:
    assert article.text
    if article.paragraphs:
        assert article.paragraphs[0].span.start == 0
    assert 0 <= span.start <= span.end
