"""schema.org JSON-LD: a document as a graph of NewsArticle, actors, Events and Quotations.

:func:`to_jsonld` writes one JSON-LD object with ``"@context": "https://schema.org"`` and an
``@graph`` of nodes that refer to each other by ``@id``:

* ``NewsArticle`` — ``headline``, ``articleBody`` (the text after the headline),
  ``inLanguage``, ``datePublished``, ``url``, ``publisher`` and ``author`` when the source
  names them, ``mentions`` (every actor), ``translationOfWork`` for translations;
* ``Person``, ``Organization``, ``NewsMediaOrganization`` (media), ``Country`` — ``name``,
  ``alternateName``, ``jobTitle`` and ``affiliation`` (from roles), ``member``, ``sameAs``
  (the Wikidata entity) and every identifier as a ``PropertyValue``; a group (an unnamed
  set of people) is an ``Organization`` with ``additionalType`` ``urn:newsevents:ActorKind:group``;
* ``Place`` (``City``, ``Country``, ``AdministrativeArea`` by kind) for places;
* ``Event`` for each meeting — ``attendee``, ``organizer`` (hosts), ``location``,
  ``startDate``, ``about`` (topics), ``superEvent`` (an ``EventSeries`` organized by the
  framework actor, e.g. the consultative group whose meeting it is), ``eventAttendanceMode``
  and ``eventStatus``;
* ``Quotation`` for each direct statement (the speaker's own words) — ``text``,
  ``spokenByCharacter`` (every speaker), ``isPartOf`` (the article), ``about``,
  ``dateCreated``, and ``additionalType`` naming the quote kind and stance
  (``urn:newsevents:QuoteKind:direct``, ``urn:newsevents:Stance:warn``) since schema.org has
  no property for them;
* ``Claim`` for each indirect or mixed statement (reported speech is the reporter's rendering
  of what was said, not a quotation) — the same properties, with ``author`` (every speaker)
  in place of ``spokenByCharacter`` and ``appearance`` (the article).

Attendance mode: ``OnlineEventAttendanceMode`` for virtual meetings and phone calls,
``OfflineEventAttendanceMode`` in person; written exchanges and unknown modes have none (our
model has one mode per meeting, so ``MixedEventAttendanceMode`` never arises). Status:
schema.org has no "happened" status — an event that took place is ``EventScheduled`` with a
past date, the schema.org convention; so are planned, ongoing and recurring meetings.
Cancelled ones are ``EventCancelled``; an unknown status is left out. Negated and
hypothetical meetings are not written: an ``Event`` node asserts that the event exists.

Node ids are ``<article URL or urn:newsevents:article:<id>>#<our id>``. The context is
referenced, not inlined; :func:`schema_org_context` is a local copy of the terms used (all
in ``http://schema.org/``), and :func:`schema_org_document_loader` serves it to a JSON-LD
processor such as pyld so that expansion needs no network.

>>> from newsevents.fixtures import seed_document
>>> graph = to_jsonld(seed_document())["@graph"]
>>> graph[0]["@type"]
'NewsArticle'
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any, Final

import regex

from newsevents.model import (
    Actor,
    ActorKind,
    Document,
    Meeting,
    MeetingMode,
    MeetingStatus,
    ParticipantRole,
    PlaceKind,
    Polarity,
    QuoteKind,
    Statement,
)

__all__ = [
    "SCHEMA_ORG_CONTEXT_URL",
    "schema_org_context",
    "schema_org_document_loader",
    "to_jsonld",
]

SCHEMA_ORG_CONTEXT_URL: Final = "https://schema.org"
"""The ``@context`` :func:`to_jsonld` writes."""

_CONTEXT_FILE: Final = "schemaorg-context.jsonld"
_CONTEXT_URLS: Final = frozenset(
    {
        "https://schema.org",
        "https://schema.org/",
        "http://schema.org",
        "http://schema.org/",
        "https://schema.org/docs/jsonldcontext.jsonld",
        "https://schema.org/docs/jsonldcontext.json",
    }
)
_WIKIDATA: Final = "http://www.wikidata.org/entity/"
_URN: Final = "urn:newsevents:"
# \Z, not $: "$" also matches before a final line break.
_ABSOLUTE: Final = regex.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+\Z")

_ACTOR_TYPES: Final = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.MEDIA: "NewsMediaOrganization",
    ActorKind.COUNTRY: "Country",
    ActorKind.GROUP: "Organization",
}
_PLACE_TYPES: Final = {
    PlaceKind.CITY: "City",
    PlaceKind.COUNTRY: "Country",
    PlaceKind.REGION: "AdministrativeArea",
    PlaceKind.BUILDING: "Place",
    PlaceKind.OTHER: "Place",
}
_ONLINE: Final = {"@id": "schema:OnlineEventAttendanceMode"}
_OFFLINE: Final = {"@id": "schema:OfflineEventAttendanceMode"}
_MODES: Final = {
    MeetingMode.IN_PERSON: _OFFLINE,
    MeetingMode.VIRTUAL: _ONLINE,
    MeetingMode.PHONE: _ONLINE,
}
_SCHEDULED: Final = {"@id": "schema:EventScheduled"}
_STATUSES: Final = {
    MeetingStatus.OCCURRED: _SCHEDULED,
    MeetingStatus.PLANNED: _SCHEDULED,
    MeetingStatus.ONGOING: _SCHEDULED,
    MeetingStatus.RECURRING: _SCHEDULED,
    MeetingStatus.CANCELLED: {"@id": "schema:EventCancelled"},
}
_NOT_WRITTEN: Final = frozenset({MeetingStatus.HYPOTHETICAL})


@cache
def _context_text() -> str:
    return files("newsevents.io").joinpath("data", _CONTEXT_FILE).read_text("utf-8")


def schema_org_context() -> dict[str, Any]:
    """The local schema.org context document (``{"@context": {...}}``), a fresh copy.

    It maps every term :func:`to_jsonld` writes into ``http://schema.org/`` (the vocabulary
    IRI schema.org's own context uses) and types ``sameAs``, ``url`` and ``additionalType``
    as IRIs, as schema.org's context does.
    """
    context: dict[str, Any] = json.loads(_context_text())
    return context


def schema_org_document_loader() -> Callable[..., dict[str, Any]]:
    """A JSON-LD document loader that serves the schema.org context locally, offline.

    For pyld: ``jsonld.expand(obj, {"documentLoader": schema_org_document_loader()})``.
    Any other URL raises :class:`ValueError`: nothing is fetched from the network.
    """

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if url not in _CONTEXT_URLS:
            raise ValueError(f"{url!r} is not available offline; only the schema.org context is")
        return {"contextUrl": None, "documentUrl": url, "document": schema_org_context()}

    return load


def to_jsonld(doc: Document, *, base: str | None = None) -> dict[str, Any]:
    """The document as schema.org JSON-LD (a JSON-ready dict; a pure function).

    :param base: the IRI of the article node, which the other nodes' ids extend with
        ``#<id>``; by default the article's URL (without fragment), else
        ``urn:newsevents:article:<article id>``.
    :raises ValueError: ``base`` is not an absolute IRI.
    """
    article = doc.article
    source = article.source
    if base is None:
        base = source.url if source is not None and source.url else f"{_URN}article:{article.id}"
    base = base.split("#", 1)[0]
    if not _ABSOLUTE.match(base):
        raise ValueError(f"base {base!r} is not an absolute IRI (scheme:rest)")

    def ref(item_id: str) -> dict[str, str]:
        return {"@id": f"{base}#{item_id}"}

    news: dict[str, Any] = {
        "@id": base,
        "@type": "NewsArticle",
        "identifier": article.id,
        "inLanguage": article.language,
    }
    headline = article.headline
    if headline is not None:
        news["headline"] = article.text_of(headline.content)
    body = article.text[headline.span.end :] if headline is not None else article.text
    if body:
        news["articleBody"] = body
    if source is not None:
        if source.url:
            news["url"] = source.url
        if source.published is not None:
            news["datePublished"] = source.published.isoformat()
        if source.outlet:
            news["publisher"] = {"@type": "Organization", "name": source.outlet}
        if source.byline:
            news["author"] = {"@type": "Person", "name": source.byline}
    if article.translation is not None:
        original: dict[str, Any] = {
            "@type": "CreativeWork",
            "inLanguage": article.translation.source_language,
        }
        if article.translation.original_id:
            original["identifier"] = article.translation.original_id
        news["translationOfWork"] = original
    if doc.actors:
        news["mentions"] = [ref(a.id) for a in doc.actors]

    graph: list[dict[str, Any]] = [news]
    graph.extend(_actor(a, ref) for a in doc.actors)
    for p in doc.places:
        node: dict[str, Any] = {
            **ref(p.id),
            "@type": _PLACE_TYPES[p.kind],
            "name": p.name,
            "identifier": _identifiers(p.id, p.identifiers),
        }
        if "wikidata" in p.identifiers:
            node["sameAs"] = _WIKIDATA + p.identifiers["wikidata"]
        graph.append(node)
    for e in doc.events:
        if isinstance(e, Meeting):
            if e.polarity is Polarity.NEGATIVE or e.status in _NOT_WRITTEN:
                continue
            graph.append(_event(doc, e, ref, base))
        else:
            graph.append(_quotation(doc, e, ref, base))
    return {"@context": SCHEMA_ORG_CONTEXT_URL, "@graph": graph}


Ref = Callable[[str], dict[str, str]]


def _identifiers(own: str, identifiers: dict[str, str]) -> list[dict[str, str]]:
    values = [{"@type": "PropertyValue", "propertyID": "newsevents", "value": own}]
    values.extend(
        {"@type": "PropertyValue", "propertyID": key, "value": value}
        for key, value in sorted(identifiers.items())
    )
    return values


def _actor(actor: Actor, ref: Ref) -> dict[str, Any]:
    node: dict[str, Any] = {
        **ref(actor.id),
        "@type": _ACTOR_TYPES[actor.kind],
        "name": actor.name,
        "identifier": _identifiers(actor.id, actor.identifiers),
    }
    if actor.kind is ActorKind.GROUP:
        node["additionalType"] = f"{_URN}ActorKind:group"
    aliases = list(dict.fromkeys(n.text for n in actor.names if n.text != actor.name))
    if aliases:
        node["alternateName"] = aliases
    if "wikidata" in actor.identifiers:
        node["sameAs"] = _WIKIDATA + actor.identifiers["wikidata"]
    if actor.roles:
        node["jobTitle"] = [r.title for r in actor.roles]
        affiliations = list(dict.fromkeys(r.affiliation for r in actor.roles if r.affiliation))
        if affiliations:
            node["affiliation"] = [ref(a) for a in affiliations]
    if actor.members:
        node["member"] = [ref(m) for m in actor.members]
    return node


def _event(doc: Document, m: Meeting, ref: Ref, base: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        **ref(m.id),
        "@type": "Event",
        "identifier": m.id,
        "name": doc.text_of(m.trigger),
        "attendee": [ref(a) for a in dict.fromkeys(p.actor for p in m.participants)],
        "subjectOf": {"@id": base},
    }
    hosts = [p.actor for p in m.participants if p.role is ParticipantRole.HOST]
    if hosts:
        node["organizer"] = [ref(a) for a in hosts]
    mode = _MODES.get(m.mode)
    if mode is not None:
        node["eventAttendanceMode"] = dict(mode)
    status = _STATUSES.get(m.status)
    if status is not None:
        node["eventStatus"] = dict(status)
    if m.time is not None:
        value = doc.time(m.time).value
        if value is not None:
            node["startDate"] = value
    if m.place is not None:
        node["location"] = ref(m.place)
    if m.topics:
        node["about"] = [t.label or doc.text_of(t.span) for t in m.topics]
    if m.framework is not None:
        node["superEvent"] = {
            "@type": "EventSeries",
            "name": doc.actor(m.framework).name,
            "organizer": ref(m.framework),
        }
    return node


def _quotation(doc: Document, s: Statement, ref: Ref, base: str) -> dict[str, Any]:
    speakers = [ref(a) for a in s.speakers]
    direct = s.quote is QuoteKind.DIRECT
    node: dict[str, Any] = {
        **ref(s.id),
        "@type": "Quotation" if direct else "Claim",
        "identifier": s.id,
        "text": doc.text_of(s.content),
        **({"spokenByCharacter": speakers} if direct else {"author": speakers}),
        "isPartOf": {"@id": base},
        **({} if direct else {"appearance": {"@id": base}}),
        "inLanguage": doc.article.language,
        "additionalType": [f"{_URN}QuoteKind:{s.quote.value}", f"{_URN}Stance:{s.stance.value}"],
    }
    if s.about:
        node["about"] = [ref(a) for a in s.about]
    if s.time is not None:
        value = doc.time(s.time).value
        if value is not None:
            node["dateCreated"] = value
    return node
