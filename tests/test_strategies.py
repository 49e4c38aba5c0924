"""The public strategies: valid by construction, realistic, overridable, used by from_type."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from collections.abc import Callable

import pytest
import regex
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import newsevents as ne
from newsevents import (
    Actor,
    ActorKind,
    Article,
    Document,
    Meeting,
    Mention,
    QuoteKind,
    Source,
    Span,
    Statement,
)
from newsevents.strategies import (
    QUOTE_PAIRS,
    actors,
    arabic_text,
    articles,
    documents,
    english_text,
    ids,
    meetings,
    mentions,
    mixed_text,
    news_text,
    spans,
    statements,
)

SOME = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FIND = settings(
    max_examples=2_000, deadline=None, database=None, phases=[Phase.generate], derandomize=True
)


def test_importing_without_hypothesis_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import newsevents.strategies\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "pip install 'newsevents[testing]'" in out


def test_entry_point_is_registered() -> None:
    points = importlib.metadata.entry_points(group="hypothesis")
    assert "newsevents._hypothesis:_register" in {p.value for p in points}


@pytest.mark.parametrize(
    "model", [Document, Article, Actor, Mention, Statement, Meeting, Source, Span]
)
def test_from_type_uses_the_strategies(model: type) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.from_type(model))
    def check(value: object) -> None:
        assert type(value) is model
        # Valid: the model accepts its own dump again.
        assert model.model_validate(value.model_dump()) == value  # type: ignore[attr-defined]

    check()


# -- documents ---------------------------------------------------------------------------------


@SOME
@given(documents())
def test_documents_are_sound(doc: Document) -> None:
    findings = [i for i in ne.validate(doc) if i.severity != "info"]
    assert findings == []
    ids_ = [x.id for c in (doc.actors, doc.mentions, doc.events, doc.times, doc.places) for x in c]
    assert len(ids_) == len(set(ids_))
    for s in doc.statements:
        assert s.speakers and not s.content.is_empty
        if s.quote is QuoteKind.DIRECT:
            before = doc.text[: s.content.start][-1:]
            after = doc.text[s.content.end :][:1]
            assert (before, after) in QUOTE_PAIRS
    for m in doc.meetings:
        people = {p.actor for p in m.participants}
        assert len(people) >= 2 or doc.actor(m.participants[0].actor).kind in {
            ActorKind.GROUP,
            ActorKind.ORGANIZATION,
        }
    for mention in doc.mentions:
        assert doc.text_of(mention.span) == doc.actor(mention.actor).name


@SOME
@given(documents(language="ar", min_events=1, max_actors=3))
def test_documents_overrides(doc: Document) -> None:
    assert doc.article.language == "ar"
    assert doc.events
    assert 1 <= len(doc.actors) <= 3


@SOME
@given(documents(language="en", min_actors=2, max_actors=2, min_events=2, max_events=2))
def test_documents_exact_counts(doc: Document) -> None:
    assert len(doc.actors) == 2 and len(doc.events) == 2
    assert doc.article.language == "en"


@SOME
@given(documents(text=st.text(min_size=1), min_events=0))
def test_documents_over_a_given_text(doc: Document) -> None:
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
    for mention in doc.mentions:
        assert doc.text_of(mention.span).strip()


def test_documents_with_a_fixed_text_keep_it() -> None:
    text = "عنوان الخبر\n\nوقال الوزير إن المحادثات مستمرة."

    @SOME
    @given(documents(text=st.just(text), min_events=1))
    def check(doc: Document) -> None:
        assert doc.text == text and doc.events

    check()


@pytest.mark.parametrize(
    "make",
    [
        lambda: documents(min_events=3, max_events=1),
        lambda: documents(min_actors=-1),
        lambda: documents(min_events=1, max_actors=0),
        lambda: documents(language="fr"),  # type: ignore[arg-type]
        lambda: news_text(language="de"),  # type: ignore[arg-type]
        lambda: news_text(min_paragraphs=0),
        lambda: spans("abc", min_length=5),
        lambda: spans(min_length=3, max_length=1),
        lambda: meetings(participants=["only-one"]),
        lambda: statements(speakers=[]),
        lambda: articles(text=st.just("")),
    ],
)
def test_bad_arguments_raise_invalid_argument(make: object) -> None:
    with pytest.raises(InvalidArgument):
        find(make(), lambda _: True)  # type: ignore[operator]


# -- articles and standalone facts -------------------------------------------------------------


def test_articles_with_a_given_text() -> None:
    @SOME
    @given(articles(text=st.just("Talks end\r\n\r\nThey met."), language="en"))
    def check(article: Article) -> None:
        assert article.text == "Talks end\r\n\r\nThey met."
        assert article.headline is not None and article.language == "en"

    check()


@SOME
@given(st.data())
def test_spans_lie_inside_their_text(data: st.DataObject) -> None:
    text = data.draw(st.text(min_size=1))
    span = data.draw(spans(text, min_length=1, max_length=4))
    assert 0 <= span.start < span.end <= len(text)
    assert 1 <= len(span) <= 4


@SOME
@given(ids())
def test_ids_match_the_id_pattern(value: str) -> None:
    assert regex.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}", value)


@SOME
@given(actors(kind=ActorKind.COUNTRY, language="ar"), mentions(text="قال هولتا", actor="hulata"))
def test_actor_and_mention_overrides(actor: Actor, mention: Mention) -> None:
    assert actor.kind is ActorKind.COUNTRY and actor.names[0].lang == "ar"
    assert mention.actor == "hulata" and mention.span.end <= 9


@SOME
@given(
    statements(text="قال: «نعم».", speakers=["a1", "a2"], quote=QuoteKind.DIRECT),
    meetings(text="التقى سوليفان هولتا", participants=["s", "h"]),
)
def test_statement_and_meeting_overrides(statement: Statement, meeting: Meeting) -> None:
    assert statement.speakers == ("a1", "a2") and statement.quote is QuoteKind.DIRECT
    assert not statement.content.is_empty and statement.content.end <= 11
    assert [p.actor for p in meeting.participants] == ["s", "h"]


# -- the text is news-like: every phenomenon the strategies promise does occur ----------------

_PHENOMENA: dict[str, Callable[[str], object]] = {
    "crlf": lambda t: "\r\n" in t,
    "blank line": lambda t: "\n\n" in t,
    "clitic before the article": lambda t: regex.search(r"(?<!\S)(?:وال|بال|لل|فال)\p{Arabic}", t),
    "diacritic": lambda t: regex.search(r"[\u064b-\u0652\u0670]", t),
    "tatweel": lambda t: "\u0640" in t,
    "arabic-indic digits": lambda t: regex.search(r"[٠-٩]", t),
    "persian digits": lambda t: regex.search(r"[۰-۹]", t),
    "bidi mark": lambda t: regex.search(r"[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]", t),
    "guillemets": lambda t: "«" in t and "»" in t,
    "curly double quotes": lambda t: "“" in t and "”" in t,
    "straight quotes": lambda t: t.count('"') >= 2,
    "single curly quotes": lambda t: "‘" in t and "’" in t,
    "arabic question mark": lambda t: "؟" in t,
}


@pytest.mark.parametrize("phenomenon", list(_PHENOMENA))
def test_arabic_text_shows(phenomenon: str) -> None:
    found = find(arabic_text(), lambda t: bool(_PHENOMENA[phenomenon](t)), settings=FIND)
    assert _PHENOMENA[phenomenon](found)


def test_headline_and_paragraph_layout_occur() -> None:
    def has_headline(text: str) -> bool:
        article = ne.parse_article(text)
        return article.headline is not None and len(article.paragraphs) >= 3

    assert has_headline(find(news_text(), has_headline, settings=FIND))


def test_mixed_text_has_both_scripts() -> None:
    both = find(
        mixed_text(),
        lambda t: bool(regex.search(r"\p{Arabic}", t) and regex.search(r"\p{Latin}", t)),
        settings=FIND,
    )
    assert regex.search(r"\p{Latin}", both)


@SOME
@given(english_text())
def test_english_text_has_no_arabic(text: str) -> None:
    assert not regex.search(r"\p{Arabic}", text)


_FACTS: dict[str, Callable[[Document], bool]] = {
    "meeting": lambda d: bool(d.meetings),
    "group meeting": lambda d: any(len(m.participants) == 1 for m in d.meetings),
    "direct statement": lambda d: any(s.quote is QuoteKind.DIRECT for s in d.statements),
    "mixed statement": lambda d: any(s.quote is QuoteKind.MIXED for s in d.statements),
    "joint statement": lambda d: any(len(s.speakers) > 1 for s in d.statements),
    "time": lambda d: bool(d.times),
    "place": lambda d: bool(d.places),
    "role with affiliation": lambda d: any(r.affiliation for a in d.actors for r in a.roles),
    "members": lambda d: any(a.members for a in d.actors),
    "evidence": lambda d: any(e.evidence for e in d.events),
    "extensions": lambda d: bool(d.extensions),
    "source": lambda d: d.article.source is not None,
}


@pytest.mark.parametrize("fact", list(_FACTS))
def test_documents_have_every_kind_of_fact(fact: str) -> None:
    assert _FACTS[fact](find(documents(), _FACTS[fact], settings=FIND))


def test_registration_hook_warns_instead_of_failing_on_a_broken_install() -> None:
    code = (
        "import sys, warnings\n"
        "sys.modules['newsevents.model'] = None\n"
        "from newsevents._hypothesis import _register\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    _register()\n"
        "print(caught[0].message)\n"
    )
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert "not registered with hypothesis" in out
