"""msgspec Structs with the JSON shape of :class:`newsevents.model.Document`, for comparison only.

The loading benchmark decodes the same bytes with these Structs to show what a compiled decoder
with the same field types and per-field constraints (patterns, ranges, lengths, closed string
sets, no unknown fields) costs. It is a peer, not a substitute: it does not run the
document-level checks (spans inside the text, ids unique, references resolve, meetings have two
participants), keeps ``published`` as a string (msgspec cannot tell a date from a date-time in
one field) and checks ``end >= start`` of no span.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

__all__ = ["DOCUMENT_DECODER", "Document"]

Id = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$")]
Method = Annotated[str, msgspec.Meta(pattern=r"^(manual|(rule|model|import):[A-Za-z0-9_.:/\-]+)$")]
LanguageTag = Annotated[
    str, msgspec.Meta(pattern=r"^(?:[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Z]{2}|[0-9]{3}))?|und)$")
]
Offset = Annotated[int, msgspec.Meta(ge=0)]
Confidence = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]
NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]


class _Struct(msgspec.Struct, forbid_unknown_fields=True):
    pass


class Span(_Struct):
    start: Offset
    end: Offset


class _Fact(_Struct, kw_only=True):
    evidence: tuple[Span, ...] = ()
    confidence: Confidence = 1.0
    method: Method = "manual"
    extensions: dict[str, Any] = {}


class Paragraph(_Struct):
    span: Span
    content: Span
    role: Literal["headline", "subheading", "body"] = "body"
    sentences: tuple[Span, ...] = ()


class Source(_Struct):
    outlet: NonEmpty | None = None
    url: Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")] | None = None
    published: str | None = None
    byline: NonEmpty | None = None
    country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")] | None = None


class Translation(_Struct):
    source_language: LanguageTag
    method: Literal["human", "machine", "unknown"] = "unknown"
    original_id: str | None = None


class Article(_Struct, kw_only=True):
    schema_version: Literal["1.0"] = "1.0"
    id: Id
    language: LanguageTag
    text: NonEmpty
    paragraphs: tuple[Paragraph, ...] = ()
    source: Source | None = None
    translation: Translation | None = None
    extensions: dict[str, Any] = {}


class Name(_Struct):
    text: NonEmpty
    lang: LanguageTag | None = None


class Role(_Struct):
    title: NonEmpty
    affiliation: Id | None = None
    span: Span | None = None


class Actor(_Fact, kw_only=True):
    id: Id
    kind: Literal["person", "organization", "country", "media", "group"]
    name: NonEmpty
    names: tuple[Name, ...] = ()
    roles: tuple[Role, ...] = ()
    members: tuple[Id, ...] = ()
    identifiers: dict[Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]*$")], str] = {}


class Mention(_Fact, kw_only=True):
    id: Id
    actor: Id
    span: Span
    form: Literal["name", "nominal", "pronoun", "implicit"] = "name"


class Participant(_Struct):
    actor: Id
    role: Literal["host", "guest", "participant"] = "participant"


class Topic(_Struct):
    span: Span
    label: NonEmpty | None = None


class Meeting(_Fact, kw_only=True, tag="meeting", tag_field="kind"):
    id: Id
    participants: tuple[Participant, ...]
    trigger: Span
    mode: Literal["in_person", "virtual", "phone", "written", "unknown"] = "unknown"
    status: Literal[
        "occurred", "planned", "ongoing", "recurring", "hypothetical", "cancelled", "unknown"
    ] = "unknown"
    polarity: Literal["positive", "negative"] = "positive"
    time: Id | None = None
    place: Id | None = None
    framework: Id | None = None
    topics: tuple[Topic, ...] = ()
    reported_by: Id | None = None


class Statement(_Fact, kw_only=True, tag="statement", tag_field="kind"):
    id: Id
    speakers: tuple[Id, ...]
    content: Span
    quote: Literal["direct", "indirect", "mixed"] = "indirect"
    cue: Span | None = None
    cue_lemma: NonEmpty | None = None
    stance: Literal[
        "say",
        "add",
        "explain",
        "stress",
        "note",
        "warn",
        "affirm",
        "agree",
        "deny",
        "announce",
        "report",
        "describe",
        "request",
        "criticize",
        "other",
    ] = "say"
    reported_by: Id | None = None
    about: tuple[Id, ...] = ()
    time: Id | None = None


class TimeExpr(_Fact, kw_only=True):
    id: Id
    span: Span
    granularity: Literal["datetime", "day", "weekday", "month", "year", "relative"]
    value: (
        Annotated[str, msgspec.Meta(pattern=r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")]
        | None
    ) = None
    weekday: Annotated[int, msgspec.Meta(ge=1, le=7)] | None = None


class Place(_Fact, kw_only=True):
    id: Id
    span: Span
    name: NonEmpty
    kind: Literal["city", "country", "region", "building", "other"] = "other"
    actor: Id | None = None
    identifiers: dict[str, str] = {}


class Document(_Struct, kw_only=True):
    schema_version: Literal["1.0"] = "1.0"
    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Meeting | Statement, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    extensions: dict[str, Any] = {}


DOCUMENT_DECODER: msgspec.json.Decoder[Document] = msgspec.json.Decoder(Document)
"""A reusable decoder of :class:`Document` JSON (decoders are built once, like validators)."""
