"""One article through the engine, and the one place the output document is built."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsevents.errors import ParseError
from newsevents.model import (
    Actor,
    ActorKind,
    Article,
    Document,
    Meeting,
    ParticipantRole,
    PlaceKind,
    Statement,
)
from newsevents.text.normalize import normalize

from ._actors import ActorC, MentionC, find_actors
from ._events import Events
from ._matcher import Match, compiled, tokenize
from ._quotes import Quote, pair_quotes
from ._times import TimeC, find_times

__all__ = ["run"]


def run(article: Article, language: str, gazetteer: Sequence[Actor]) -> Document:
    """Extract everything from ``article`` with the pack for ``language``."""
    comp = compiled(language)
    text = article.text
    norm = normalize(text)
    tokens = tokenize(norm, comp)
    matches: list[list[Match]] = [
        comp.match_at(tokens, i) if tok.word else [] for i, tok in enumerate(tokens)
    ]
    laid_out = _laid_out(article)
    quotes: list[Quote] = []
    for p in laid_out.paragraphs:
        quotes.extend(
            pair_quotes(
                text,
                p.content.start,
                p.content.end,
                openers=comp.open_q,
                closers=comp.close_q,
                either=comp.either_q,
                finals=comp.finals,
            )
        )
    quotes.sort(key=lambda q: q.open)
    open_tok: dict[int, int] = {}
    by_offset = {q.open: q for q in quotes}
    quotes_at: dict[int, tuple[int, int]] = {}
    for k, tok in enumerate(tokens):
        q = by_offset.get(tok.s)
        if q is not None and not tok.word:
            open_tok[k] = q.open
            quotes_at[k] = (q.start, q.end)
    reg, mentions = find_actors(text, tokens, matches, comp, gazetteer, quotes_at)
    published = article.source.published if article.source is not None else None
    times = find_times(text, tokens, matches, comp, published, language)
    events = Events(text, laid_out, tokens, matches, comp, reg, mentions, quotes, times)
    events.find_statements()
    events.find_meetings()
    return _build(
        article,
        language,
        reg.actors,
        mentions + events.extra_mentions,
        events.implicit,
        events,
        times,
    )


def _laid_out(article: Article) -> Article:
    """``article``, with the paragraphs and sentences :func:`parse_article` finds in its text
    when it was built without them (quotes pair and clauses end within paragraphs).
    """
    if article.paragraphs:
        return article
    from newsevents.parse import parse_article

    try:
        parsed = parse_article(article.text, language=article.language, id=article.id)
    except ParseError:  # blank text, or a lone surrogate: read it as one stretch, as given
        return article
    return article.model_copy(update={"paragraphs": parsed.paragraphs})


def _span(start: int, end: int) -> dict[str, int]:
    return {"start": start, "end": end}


def _build(
    article: Article,
    language: str,
    actors: list[ActorC],
    mentions: list[MentionC],
    implicit: list[MentionC],
    events: Events,
    times: list[TimeC],
) -> Document:
    # Everything below the events is given as plain data and validated once, with the document
    # (events too are plain data inside, but their kind must be known to be validated).
    text = article.text
    reserved = {a.gazetteer.id for a in actors if a.gazetteer is not None}
    counter = {"n": 0}

    def new_id(prefix: str) -> str:
        while True:
            counter["n"] += 1
            candidate = f"{prefix}{counter['n']}"
            if candidate not in reserved:
                reserved.add(candidate)
                return candidate

    # Which actors are used at all.
    used: set[int] = set()
    for m in mentions + implicit:
        used.add(id(m.actor))
    for st in events.statements:
        used.update(id(a) for a in st.speakers)
        for a in st.speakers:
            used.update(id(m) for m in a.members)
        if st.reported_by is not None:
            used.add(id(st.reported_by))
    for mt in events.meetings:
        used.update(id(a) for a, _ in mt.participants)
        for extra in (mt.framework, mt.reported_by, mt.place[4] if mt.place else None):
            if extra is not None:
                used.add(id(extra))
    # Gazetteer actors keep their roles and members, so the actors those refer to come too.
    known = {a.gazetteer.id: a for a in actors if a.gazetteer is not None}
    pending = [a for a in known.values() if id(a) in used]
    while pending:
        g = pending.pop().gazetteer
        assert g is not None
        for ref in (*(r.affiliation for r in g.roles), *g.members):
            target = known.get(ref) if ref is not None else None
            if target is not None and id(target) not in used:
                used.add(id(target))
                pending.append(target)
    # Countries that people belong to, so roles can point to them.
    by_iso = {a.iso: a for a in actors if a.iso is not None}
    ids: dict[int, str] = {}
    ordered = [a for a in actors if id(a) in used]
    for a in ordered:
        ids[id(a)] = a.gazetteer.id if a.gazetteer is not None else new_id("a")

    out_actors: list[Actor | dict[str, Any]] = []
    kinds: dict[str, ActorKind] = {}
    for a in ordered:
        if a.gazetteer is not None:
            out_actors.append(a.gazetteer)
            kinds[a.gazetteer.id] = a.gazetteer.kind
            continue
        roles: list[dict[str, Any]] = []
        seen_titles: set[str] = set()
        for title, s, e, iso in a.titles:
            if not title.strip() or title in seen_titles:
                continue
            seen_titles.add(title)
            aff = by_iso.get(iso) if iso else None
            span = _span(s, e) if 0 <= s < e <= len(text) and text[s:e] == title else None
            roles.append(
                {
                    "title": title,
                    "affiliation": ids.get(id(aff)) if aff is not None else None,
                    "span": span,
                }
            )
        identifiers: dict[str, str] = {}
        if a.iso:
            identifiers["iso3166"] = a.iso
        names = [{"text": n, "lang": language} for n in dict.fromkeys(a.names) if n.strip()]
        kinds[ids[id(a)]] = a.kind
        out_actors.append(
            {
                "id": ids[id(a)],
                "kind": a.kind,
                "name": a.name.strip() or (a.names[0] if a.names else "?"),
                "names": names,
                "roles": roles,
                "members": [ids[id(m)] for m in a.members if id(m) in ids],
                "identifiers": identifiers,
                "method": a.method,
                "confidence": a.confidence,
            }
        )

    out_mentions: list[dict[str, Any]] = []
    seen_m: set[tuple[str, int, int]] = set()
    for m in sorted(mentions + implicit, key=lambda x: (x.s, x.e)):
        aid = ids.get(id(m.actor))
        if aid is None or m.e <= m.s:
            continue
        key = (aid, m.s, m.e)
        if key in seen_m:
            continue
        seen_m.add(key)
        out_mentions.append(
            {
                "id": new_id("m"),
                "actor": aid,
                "span": _span(m.s, m.e),
                "form": m.form,
                "method": m.method,
                "confidence": m.confidence,
            }
        )

    time_ids: dict[int, str] = {}
    out_times: list[dict[str, Any]] = []
    for tc in times:
        if tc.e <= tc.s:
            continue
        tid = new_id("t")
        time_ids[id(tc)] = tid
        out_times.append(
            {
                "id": tid,
                "span": _span(tc.s, tc.e),
                "granularity": tc.granularity,
                "value": tc.value,
                "weekday": tc.weekday,
                "method": tc.method,
                "confidence": 0.8,
            }
        )

    out_places: list[dict[str, Any]] = []
    place_ids: dict[tuple[int, int], str] = {}
    for mt in events.meetings:
        if mt.place is None:
            continue
        s, e, name, kind, actor = mt.place
        if (s, e) in place_ids or e <= s:
            continue
        pid = new_id("pl")
        place_ids[(s, e)] = pid
        out_places.append(
            {
                "id": pid,
                "span": _span(s, e),
                "name": name,
                "kind": PlaceKind.BUILDING if kind == "building" else PlaceKind.CITY,
                "actor": ids.get(id(actor)) if actor is not None else None,
                "method": f"rule:{language}.place",
                "confidence": 0.7,
            }
        )

    out_events: list[Meeting | Statement] = []
    for st in sorted(events.statements, key=lambda x: x.content_s):
        speakers = tuple(dict.fromkeys(ids[id(a)] for a in st.speakers if id(a) in ids))
        if not speakers or st.content_e <= st.content_s:
            continue
        out_events.append(
            Statement.model_validate(
                {
                    "id": new_id("s"),
                    "speakers": speakers,
                    "content": _span(st.content_s, st.content_e),
                    "quote": st.quote,
                    "cue": _span(st.cue_s, st.cue_e) if st.cue_e > st.cue_s else None,
                    "cue_lemma": st.lemma,
                    "stance": st.stance,
                    "reported_by": (
                        ids.get(id(st.reported_by)) if st.reported_by is not None else None
                    ),
                    "evidence": [_span(s, e) for s, e in st.evidence if e > s],
                    "confidence": st.confidence,
                    "method": f"rule:{st.rule}",
                }
            )
        )
    for mt in sorted(events.meetings, key=lambda x: x.trig_s):
        parts: list[dict[str, Any]] = []
        seen_p: set[str] = set()
        for a, role in mt.participants:
            aid = ids.get(id(a))
            if aid is None or aid in seen_p:
                continue
            seen_p.add(aid)
            parts.append({"actor": aid, "role": ParticipantRole(role)})
        out_events.append(
            Meeting.model_validate(
                {
                    "id": new_id("e"),
                    "participants": parts,
                    "trigger": _span(mt.trig_s, mt.trig_e),
                    "mode": mt.mode,
                    "status": mt.status,
                    "polarity": mt.polarity,
                    "time": time_ids.get(id(mt.time)) if mt.time is not None else None,
                    "place": place_ids.get((mt.place[0], mt.place[1])) if mt.place else None,
                    "framework": (ids.get(id(mt.framework)) if mt.framework is not None else None),
                    "topics": [{"span": _span(s, e)} for s, e in mt.topics if e > s],
                    "reported_by": (
                        ids.get(id(mt.reported_by)) if mt.reported_by is not None else None
                    ),
                    "evidence": [_span(s, e) for s, e in dict.fromkeys(mt.evidence) if e > s],
                    "confidence": mt.confidence,
                    "method": f"rule:{mt.rule}",
                }
            )
        )
    # Meetings need two distinct participants or a group; drop the rest.
    out_events = [
        e
        for e in out_events
        if not isinstance(e, Meeting)
        or len({p.actor for p in e.participants}) >= 2
        or any(
            kinds.get(p.actor) in (ActorKind.GROUP, ActorKind.ORGANIZATION) for p in e.participants
        )
    ]
    return Document.model_validate(
        {
            "article": article,
            "actors": out_actors,
            "mentions": out_mentions,
            "events": out_events,
            "times": out_times,
            "places": out_places,
        }
    )
