"""Documents for the exporter tests: a small hand-built one, and generated ones.

``documents()`` draws from the public ``newsevents.strategies.documents()`` and from a local
strategy that stresses what the exporters map: every actor kind, meeting mode, status and
polarity, quote kind and stance; ``|``, ``#``, ``;``, ``,``, tabs and line breaks inside
quotes; places standing for actors; Wikidata, ISO 3166 and CAMEO identifiers; reporters and
resolved times. Both are valid by construction (spans inside the text, references resolve).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from newsevents import (
    ActorKind,
    Document,
    MeetingMode,
    MeetingStatus,
    ParticipantRole,
    QuoteKind,
    Stance,
    parse_article,
)

SAMPLE_TEXT = (
    "Leaders agree to meet again\n"
    "Washington, Thursday: President Alpha said “we will talk | again; soon” after the call "
    "with Minister Beta.\n"
    "Beta warned that the plan could fail, according to the Daily News.\n"
    "Talks in Paris\n"
    "Alpha and Beta will hold talks at the Elysee next week.\n"
    "The two sides did not meet in Rome, officials said.\n"
)


def span(text: str, words: str, nth: int = 0) -> dict[str, int]:
    """The span of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words)}


def sample_document() -> Document:
    """A small English document with one of nearly everything the exporters map."""
    t = SAMPLE_TEXT
    article = parse_article(
        t,
        language="en",
        id="sample-1",
        source={
            "outlet": "Example Wire",
            "url": "https://news.example.org/2022/01/06/leaders",
            "published": "2022-01-06T10:00:00+00:00",
            "byline": "A. Reporter",
        },
    )
    data: dict[str, Any] = {
        "article": article.model_dump(),
        "actors": [
            {
                "id": "alpha",
                "kind": "person",
                "name": "Alpha",
                "identifiers": {"wikidata": "Q1001", "cameo": "USAGOV"},
                "roles": [{"title": "President", "affiliation": "usa"}],
            },
            {"id": "beta", "kind": "person", "name": "Beta", "identifiers": {"cameo": "FRAGOV"}},
            {
                "id": "usa",
                "kind": "country",
                "name": "United States",
                "identifiers": {"wikidata": "Q30", "iso3166": "US", "cameo": "USA"},
            },
            {
                "id": "france",
                "kind": "country",
                "name": "France",
                "identifiers": {"wikidata": "Q142"},
            },
            {"id": "daily", "kind": "media", "name": "Daily News"},
            {"id": "officials", "kind": "group", "name": "officials"},
        ],
        "mentions": [
            {"id": "m1", "actor": "alpha", "span": span(t, "Alpha")},
            {"id": "m2", "actor": "beta", "span": span(t, "Beta")},
            {"id": "m3", "actor": "beta", "span": span(t, "Beta", 1)},
            {"id": "m4", "actor": "daily", "span": span(t, "Daily News")},
            {"id": "m5", "actor": "alpha", "span": span(t, "Alpha", 1)},
            {"id": "m6", "actor": "beta", "span": span(t, "Beta", 2)},
            {"id": "m7", "actor": "officials", "span": span(t, "officials"), "form": "nominal"},
            {"id": "m8", "actor": "alpha", "span": span(t, "President"), "form": "nominal"},
        ],
        "times": [
            {
                "id": "t1",
                "span": span(t, "Thursday"),
                "granularity": "weekday",
                "value": "2022-01-06",
                "weekday": 4,
            },
            {"id": "t2", "span": span(t, "next week"), "granularity": "relative"},
        ],
        "places": [
            {"id": "pl1", "span": span(t, "Washington"), "name": "Washington", "kind": "city"},
            {
                "id": "pl2",
                "span": span(t, "Elysee"),
                "name": "Élysée Palace",
                "kind": "building",
                "actor": "beta",
                "identifiers": {"wikidata": "Q194209"},
            },
            {"id": "pl3", "span": span(t, "Rome"), "name": "Rome", "kind": "city"},
        ],
        "events": [
            {
                "kind": "meeting",
                "id": "call",
                "participants": [{"actor": "alpha"}, {"actor": "beta"}],
                "trigger": span(t, "the call"),
                "mode": "phone",
                "status": "occurred",
                "time": "t1",
            },
            {
                "kind": "statement",
                "id": "s1",
                "speakers": ["alpha"],
                "cue": span(t, "said"),
                "cue_lemma": "say",
                "content": span(t, "we will talk | again; soon"),
                "quote": "direct",
                "time": "t1",
            },
            {
                "kind": "statement",
                "id": "s2",
                "speakers": ["beta"],
                "cue": span(t, "warned"),
                "cue_lemma": "warn",
                "content": span(t, "the plan could fail"),
                "stance": "warn",
                "reported_by": "daily",
                "about": ["alpha"],
            },
            {
                "kind": "meeting",
                "id": "talks",
                "participants": [
                    {"actor": "alpha", "role": "guest"},
                    {"actor": "beta", "role": "host"},
                ],
                "trigger": span(t, "hold talks"),
                "mode": "in_person",
                "status": "planned",
                "time": "t2",
                "place": "pl2",
                "topics": [{"span": span(t, "Paris"), "label": "Paris"}],
            },
            {
                "kind": "meeting",
                "id": "rome",
                "participants": [{"actor": "alpha"}, {"actor": "beta"}],
                "trigger": span(t, "meet", 1),
                "mode": "in_person",
                "status": "occurred",
                "polarity": "negative",
                "place": "pl3",
            },
            {
                "kind": "statement",
                "id": "s3",
                "speakers": ["officials"],
                "cue": span(t, "said", 1),
                "content": span(t, "The two sides did not meet in Rome"),
                "stance": "say",
            },
        ],
    }
    return Document.model_validate(data)


# -- generated documents -----------------------------------------------------------------

_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
    min_size=1,
    max_size=8,
)
_NOISE = st.text(
    alphabet=st.sampled_from(" abcد|#;,\t\n«»“”\"'.é😀"),
    min_size=1,
    max_size=12,
)


@st.composite
def _local_documents(draw: st.DrawFn) -> Document:
    """A valid document with random text pieces, actors, meetings and statements."""
    n_actors = draw(st.integers(2, 5))
    kinds = [draw(st.sampled_from(list(ActorKind))) for _ in range(n_actors)]
    names = [draw(_WORD) + f" {i}" for i in range(n_actors)]
    pieces: list[str] = [draw(_WORD)]
    headline = draw(st.booleans())
    text = pieces[0] + ("\n" if headline else " ")
    mentions: list[dict[str, Any]] = []
    for i, name in enumerate(names):
        text += draw(_WORD) + " "
        start = len(text)
        text += name
        mentions.append(
            {"id": f"m{i}", "actor": f"a{i}", "span": {"start": start, "end": len(text)}}
        )
        text += draw(st.sampled_from([" ", ".\n", ", "]))
    actors = []
    for i, (kind, name) in enumerate(zip(kinds, names, strict=True)):
        identifiers: dict[str, str] = {}
        if draw(st.booleans()):
            identifiers["wikidata"] = f"Q{draw(st.integers(1, 10**6))}"
        if kind is ActorKind.COUNTRY and draw(st.booleans()):
            identifiers["iso3166"] = draw(st.sampled_from(["US", "IL", "EG", "FR"]))
        if draw(st.booleans()):
            identifiers["cameo"] = draw(st.sampled_from(["USA", "ISRGOV", "EGYGOV"]))
        actors.append({"id": f"a{i}", "kind": kind.value, "name": name, "identifiers": identifiers})

    times: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    if draw(st.booleans()):
        start = len(text)
        text += draw(_WORD)
        value = draw(st.sampled_from([None, "2022", "2022-12", "2022-12-16"]))
        times.append(
            {
                "id": "t0",
                "span": {"start": start, "end": len(text)},
                "granularity": "day",
                "value": value,
            }
        )
        text += " "
    if draw(st.booleans()):
        start = len(text)
        text += draw(_WORD)
        place: dict[str, Any] = {
            "id": "p0",
            "span": {"start": start, "end": len(text)},
            "name": draw(_WORD),
        }
        if draw(st.booleans()):
            place["actor"] = f"a{draw(st.integers(0, n_actors - 1))}"
        places.append(place)
        text += " "

    events: list[dict[str, Any]] = []
    for j in range(draw(st.integers(0, 4))):
        trigger_start = len(text)
        text += draw(_WORD)
        trigger = {"start": trigger_start, "end": len(text)}
        text += " "
        if draw(st.booleans()):
            chosen = draw(
                st.lists(st.integers(0, n_actors - 1), min_size=2, max_size=n_actors, unique=True)
            )
            roles = [draw(st.sampled_from(list(ParticipantRole))) for _ in chosen]
            meeting: dict[str, Any] = {
                "kind": "meeting",
                "id": f"e{j}",
                "participants": [
                    {"actor": f"a{c}", "role": r.value} for c, r in zip(chosen, roles, strict=True)
                ],
                "trigger": trigger,
                "mode": draw(st.sampled_from(list(MeetingMode))).value,
                "status": draw(st.sampled_from(list(MeetingStatus))).value,
                "polarity": draw(st.sampled_from(["positive", "negative"])),
            }
            if draw(st.booleans()) and times:
                meeting["time"] = "t0"
            if draw(st.booleans()) and places:
                meeting["place"] = "p0"
            if draw(st.booleans()):
                meeting["topics"] = [{"span": trigger}]
            events.append(meeting)
        else:
            speakers = draw(
                st.lists(st.integers(0, n_actors - 1), min_size=1, max_size=2, unique=True)
            )
            quote = draw(st.sampled_from(list(QuoteKind)))
            text += "“" if quote is not QuoteKind.INDIRECT else ""
            content_start = len(text)
            text += draw(_NOISE) + draw(_WORD)
            content = {"start": content_start, "end": len(text)}
            text += "”" if quote is not QuoteKind.INDIRECT else ""
            text += draw(st.sampled_from([". ", ".\n"]))
            statement: dict[str, Any] = {
                "kind": "statement",
                "id": f"e{j}",
                "speakers": [f"a{s}" for s in speakers],
                "content": content,
                "quote": quote.value,
                "stance": draw(st.sampled_from(list(Stance))).value,
            }
            if draw(st.booleans()):
                statement["cue"] = trigger
            if draw(st.booleans()):
                statement["about"] = [f"a{draw(st.integers(0, n_actors - 1))}"]
            if draw(st.booleans()):
                statement["reported_by"] = f"a{draw(st.integers(0, n_actors - 1))}"
            if draw(st.booleans()) and times:
                statement["time"] = "t0"
            events.append(statement)
    source: dict[str, Any] | None = draw(
        st.sampled_from(
            [
                None,
                {"outlet": "Wire", "published": dt.date(2022, 12, 16)},
                {
                    "url": "https://example.org/a",
                    "published": dt.datetime(2022, 12, 16, 9, 30, tzinfo=dt.UTC),
                    "byline": "Desk",
                },
            ]
        )
    )
    article = parse_article(text, id=f"g{draw(st.integers(0, 999))}", source=source)
    return Document.model_validate(
        {
            "article": article.model_dump(),
            "actors": actors,
            "mentions": mentions,
            "events": events,
            "times": times,
            "places": places,
        }
    )


def documents() -> st.SearchStrategy[Document]:
    """The public ``newsevents.strategies.documents()``, and the local exporter-specific one."""
    from newsevents.strategies import documents as public_documents

    return st.one_of(public_documents(), _local_documents())
