"""PLOVER event records with CAMEO codes: one record per asserted event of a document.

PLOVER (Political Language Ontology for Verifiable Event Records) codes an event as a
*source* actor doing an *event* of one of sixteen categories, optionally with a *mode* and
*contexts*, to a *recipient*. CAMEO, its predecessor (used by GDELT), codes the same dyad with
a numeric code. :func:`to_plover` writes both: PLOVER's ``event``/``mode``/``context`` and the
CAMEO code they come from, taken from the CAMEO→PLOVER crosswalk shipped in
``newsevents/io/data/cameo2plover-2021-subset.txt`` (CC BY-SA 4.0; see the licence beside it).

Meetings
    A held meeting is ``CONSULT``: ``041`` (mode ``phone``) for a phone call or a video
    meeting, ``042`` make a visit (the guest is the source) or ``043`` host a visit (the host
    is the source) when the participants' roles or the place say who visits whom (mode
    ``visit``), ``044`` (mode ``third-party``) when the place stands for an actor that is not a
    participant, ``040`` with mode ``multilateral`` for more than two participants, else
    ``040``. A *planned* meeting is ``AGREE`` with CAMEO ``036`` (express intent to meet or
    negotiate), as the PLOVER manual codes future meetings. PLOVER has no negation: negated,
    cancelled and hypothetical meetings are **not written** (they did not happen).
Statements
    CAMEO ``01`` (make public statement) by stance: ``012`` make pessimistic comment for a
    warning, ``019`` express accord for agreement, else ``010`` make statement; a denial stays
    ``010`` because CAMEO ``016`` is specifically a denial of *responsibility*, which the
    stance does not say. A criticism is CAMEO ``111`` (criticize or denounce), PLOVER
    ``ACCUSE``/``disapprove``; a request is CAMEO ``020`` (make an appeal or request), PLOVER
    ``REQUEST``. PLOVER has no category for public statements (CAMEO ``01`` was left out of
    it), so ``event`` is ``None`` for the ``01x`` codes; pass ``statements=False`` to keep
    PLOVER events only.

CAMEO codes are strings with their leading zeros (``"041"``), never numbers.

>>> from newsevents.fixtures import seed_document
>>> records = to_plover(seed_document())
>>> call = next(r for r in records if r["id"].endswith(":e4"))
>>> call["event"], call["mode"], call["cameo"], call["source_name"], call["target_name"]
('CONSULT', 'phone', '041', 'Joe Biden', 'Naftali Bennett')
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any, Final

import attrs

from newsevents._version import __version__
from newsevents.model import (
    Document,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Polarity,
    Span,
    Stance,
    Statement,
)

__all__ = ["PLOVER_CROSSWALK", "CrosswalkEntry", "cameo_crosswalk", "to_plover"]

PLOVER_CROSSWALK: Final = "cameo2plover-2021-subset.txt"
"""Name of the crosswalk data file in ``newsevents/io/data/``."""

# CAMEO codes outside the crosswalk (which starts at category 03), by the statement's stance.
_STATEMENT_CODES: Final[dict[Stance, str]] = {
    Stance.WARN: "012",  # make pessimistic comment
    Stance.AGREE: "019",  # express accord
    Stance.REQUEST: "020",  # make an appeal or request
    Stance.CRITICIZE: "111",  # criticize or denounce (in the crosswalk)
}
_DEFAULT_STATEMENT: Final = "010"  # make statement, not specified below
_OUTSIDE_CROSSWALK: Final[dict[str, tuple[str | None, str]]] = {
    "010": (None, ""),
    "012": (None, ""),
    "019": (None, ""),
    "020": ("REQUEST", ""),
}
_NOT_HELD: Final = frozenset({MeetingStatus.CANCELLED, MeetingStatus.HYPOTHETICAL})


@attrs.frozen
class CrosswalkEntry:
    """One line of the CAMEO→PLOVER crosswalk."""

    cameo: str
    """The CAMEO code, with its leading zeros."""
    event: str
    """The PLOVER event category (``CONSULT``)."""
    mode: str
    """The PLOVER mode, or ``""``."""
    context: tuple[str, ...]
    """The PLOVER contexts (may be empty)."""
    description: str
    """The CAMEO description."""


@cache
def cameo_crosswalk() -> dict[str, CrosswalkEntry]:
    """The shipped crosswalk subset, keyed by CAMEO code (read once, then cached)."""
    raw = files("newsevents.io").joinpath("data", PLOVER_CROSSWALK).read_text("utf-8")
    table: dict[str, CrosswalkEntry] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        code, sep, rest = line.partition(":")
        body, _, description = rest.partition("#")
        fields = [f.strip() for f in body.split(",")]
        if not sep or not code.isdigit() or len(fields) != 3:
            raise ValueError(f"{PLOVER_CROSSWALK}, line {number}: malformed entry {line!r}")
        contexts = tuple(c.strip() for c in fields[2].split(";") if c.strip())
        table[code] = CrosswalkEntry(code, fields[0], fields[1], contexts, description.strip())
    return table


def to_plover(doc: Document, *, statements: bool = True) -> list[dict[str, Any]]:
    """PLOVER records for the events of ``doc``, in document order (a pure function).

    Each record is a JSON-ready dict:

    ``id``
        ``<article id>:<event id>``.
    ``date``, ``date_source``
        The event's resolved time (``"event"``) or else the publication date (``"story"``,
        the PLOVER convention for undated events); ``None`` when neither is known.
    ``actor``, ``recipient``
        CAMEO actor codes: the actor's ``identifiers["cameo"]``, else that of the body its
        first role belongs to (an adviser of ``USA`` is ``USA``), else ``None``. A meeting
        of one group among its own members has the group on both sides.
    ``source_id``, ``source_name``, ``target_id``, ``target_name``
        Our actor ids and canonical names for the dyad; ``others`` lists the ids of further
        participants or joint speakers that a dyad cannot hold.
    ``event``, ``mode``, ``context``, ``cameo``
        PLOVER category (or ``None``), mode (``""`` when none), contexts (a list) and the CAMEO
        code (a string).
    ``event_text``
        The words that state the event: a meeting's trigger or a statement's cue.
    ``text_info``
        ``language``, ``sentence`` and ``sentence_span``, and the spans (``[start, end]``
        code points into the article text) of the ``event``, ``source``, ``target`` mentions
        and, for statements, the ``content`` with its ``quote`` kind.
    ``cite_info``
        ``article_id``, ``outlet``, ``url``, ``published`` and ``reported_by`` (the actor the
        article attributes the report to).
    ``code_info``
        ``coder`` (newsevents and its version), the fact's ``method`` and ``confidence``.

    Negated, cancelled and hypothetical meetings are not written (PLOVER has no negation).
    With ``statements=False`` only records with a PLOVER ``event`` are returned.
    """
    records = []
    for event in doc.events:
        coded = _meeting(doc, event) if isinstance(event, Meeting) else _statement(doc, event)
        if coded is None:
            continue
        if coded.event is None and not statements:
            continue
        records.append(_record(doc, event, coded))
    return records


@attrs.frozen
class _Coded:
    cameo: str
    event: str | None
    mode: str
    context: tuple[str, ...]
    source: str | None
    target: str | None
    others: tuple[str, ...]


def _code(cameo: str, mode: str | None = None) -> tuple[str | None, str, tuple[str, ...]]:
    entry = cameo_crosswalk().get(cameo)
    if entry is not None:
        return entry.event, entry.mode if mode is None else mode, entry.context
    event, default_mode = _OUTSIDE_CROSSWALK[cameo]
    return event, default_mode if mode is None else mode, ()


def _dyad(
    ordered: list[str], source: str | None = None
) -> tuple[str | None, str | None, tuple[str, ...]]:
    if source is not None:
        ordered = [source, *(a for a in ordered if a != source)]
    first = ordered[0] if ordered else None
    second = ordered[1] if len(ordered) > 1 else None
    return first, second, tuple(ordered[2:])


def _meeting(doc: Document, m: Meeting) -> _Coded | None:
    if m.polarity is Polarity.NEGATIVE or m.status in _NOT_HELD:
        return None
    ids = list(dict.fromkeys(p.actor for p in m.participants))
    host = _with_role(m.participants, ParticipantRole.HOST)
    guest = _with_role(m.participants, ParticipantRole.GUEST)
    place_actor = doc.place(m.place).actor if m.place is not None else None
    if place_actor in ids and host is None:
        host = place_actor
        if guest is None:
            guest = next((a for a in ids if a != host), None)

    if m.status is MeetingStatus.PLANNED:
        cameo, mode, source = "036", None, guest or host
    elif m.mode in (MeetingMode.PHONE, MeetingMode.VIRTUAL):
        cameo, mode, source = "041", None, host
    elif m.mode is MeetingMode.IN_PERSON and len(ids) > 2:
        cameo, mode, source = "040", "multilateral", host
    elif m.mode is MeetingMode.IN_PERSON and guest is not None:
        cameo, mode, source = "042", None, guest
    elif m.mode is MeetingMode.IN_PERSON and host is not None:
        cameo, mode, source = "043", None, host
    elif m.mode is MeetingMode.IN_PERSON and place_actor is not None:
        cameo, mode, source = "044", None, None
    else:
        cameo, mode, source = "040", None, host
    event, mode_, context = _code(cameo, mode)
    first, second, others = _dyad(ids, source)
    if second is None:
        second = first  # one group meeting among its own members: the dyad is the group itself
    return _Coded(cameo, event, mode_, context, first, second, others)


def _with_role(participants: tuple[Participant, ...], role: ParticipantRole) -> str | None:
    return next((p.actor for p in participants if p.role is role), None)


def _statement(doc: Document, s: Statement) -> _Coded:
    cameo = _STATEMENT_CODES.get(s.stance, _DEFAULT_STATEMENT)
    event, mode, context = _code(cameo)
    target = next((a for a in s.about if a not in s.speakers), None)
    return _Coded(cameo, event, mode, context, s.speakers[0], target, tuple(s.speakers[1:]))


def _record(doc: Document, e: Meeting | Statement, coded: _Coded) -> dict[str, Any]:
    anchor = e.trigger if isinstance(e, Meeting) else (e.cue or e.content)
    date, date_source = _date(doc, e.time)
    sentence = _sentence(doc, anchor)
    text_info: dict[str, Any] = {
        "language": doc.article.language,
        "sentence": doc.text_of(sentence) if sentence is not None else None,
        "sentence_span": _pair(sentence),
        "event": _pair(anchor),
        "source": _pair(_nearest_mention(doc, coded.source, anchor, sentence)),
        "target": _pair(_nearest_mention(doc, coded.target, anchor, sentence)),
    }
    if isinstance(e, Statement):
        text_info["content"] = _pair(e.content)
        text_info["quote"] = e.quote.value
    source = doc.article.source
    published = source.published.isoformat() if source and source.published else None
    return {
        "id": f"{doc.article.id}:{e.id}",
        "date": date,
        "date_source": date_source,
        "actor": _cameo_actor(doc, coded.source),
        "recipient": _cameo_actor(doc, coded.target),
        "source_id": coded.source,
        "source_name": _name(doc, coded.source),
        "target_id": coded.target,
        "target_name": _name(doc, coded.target),
        "others": list(coded.others),
        "event": coded.event,
        "mode": coded.mode,
        "context": list(coded.context),
        "cameo": coded.cameo,
        "event_text": doc.text_of(anchor),
        "text_info": text_info,
        "cite_info": {
            "article_id": doc.article.id,
            "outlet": source.outlet if source else None,
            "url": source.url if source else None,
            "published": published,
            "reported_by": _name(doc, e.reported_by),
        },
        "code_info": {
            "coder": f"newsevents {__version__}",
            "method": e.method,
            "confidence": e.confidence,
        },
    }


def _date(doc: Document, time: str | None) -> tuple[str | None, str | None]:
    if time is not None:
        value = doc.time(time).value
        if value is not None:
            return value, "event"
    source = doc.article.source
    if source is not None and source.published is not None:
        return source.published.isoformat()[:10], "story"
    return None, None


def _sentence(doc: Document, span: Span) -> Span | None:
    paragraph = doc.article.paragraph_at(span.start)
    if paragraph is None:
        return None
    for s in paragraph.sentences:
        if s.start <= span.start < max(s.end, s.start + 1):
            return s
    return paragraph.content


def _nearest_mention(
    doc: Document, actor: str | None, anchor: Span, sentence: Span | None
) -> Span | None:
    """The actor's mention in the event's sentence nearest to the anchor; else the last one
    before the anchor (the antecedent); else the first one after it.
    """
    if actor is None:
        return None
    spans = sorted((m.span for m in doc.mentions if m.actor == actor), key=_span_key)
    if sentence is not None:
        inside = [s for s in spans if sentence.contains(s)]
        if inside:
            return min(inside, key=lambda s: (abs(s.start - anchor.start), s.start))
    before = [s for s in spans if s.end <= anchor.start]
    if before:
        return before[-1]
    return spans[0] if spans else None


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _name(doc: Document, actor: str | None) -> str | None:
    return None if actor is None else doc.actor(actor).name


def _cameo_actor(doc: Document, actor: str | None) -> str | None:
    """The actor's CAMEO code, else the code of the body its first coded role belongs to."""
    if actor is None:
        return None
    a = doc.actor(actor)
    if "cameo" in a.identifiers:
        return a.identifiers["cameo"]
    for role in a.roles:
        if role.affiliation is not None:
            code = doc.actor(role.affiliation).identifiers.get("cameo")
            if code is not None:
                return code
    return None


def _span_key(span: Span) -> tuple[int, int]:
    return (span.start, span.end)
