"""A document as one self-contained HTML page: the article with its facts highlighted."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any, Final

import attrs
import regex

from newsevents.model import (
    Actor,
    Document,
    Meeting,
    MeetingStatus,
    Paragraph,
    ParagraphRole,
    Place,
    Polarity,
    Span,
    Statement,
    TimeExpr,
)

from ._segments import Mark, segments

__all__ = ["actor_colors", "is_rtl", "to_html"]

# Light backgrounds that keep dark text readable; actors get them in document order.
_PALETTE: Final = (
    "#ffd8a8",
    "#a5d8ff",
    "#b2f2bb",
    "#fcc2d7",
    "#d0bfff",
    "#ffec99",
    "#99e9f2",
    "#ffc9c9",
    "#c0eb75",
    "#eebefa",
    "#96f2d7",
    "#bac8ff",
)
# Primary language subtags written right to left, and right-to-left script subtags.
_RTL_LANGUAGES: Final = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"}
)
_RTL_SCRIPTS: Final = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"})
_TAG_PART = regex.compile(r"[-_]")


def is_rtl(language: str) -> bool:
    """Whether text in ``language`` (a BCP 47 tag) is written right to left.

    >>> is_rtl("ar"), is_rtl("ar-EG"), is_rtl("en"), is_rtl("az-Arab"), is_rtl("ku-Latn")
    (True, True, False, True, False)
    """
    parts = [p.lower() for p in _TAG_PART.split(language)]
    scripts = [p for p in parts[1:] if len(p) == 4 and p.isalpha()]
    if scripts:
        return scripts[0] in _RTL_SCRIPTS
    return parts[0] in _RTL_LANGUAGES


def actor_colors(doc: Document) -> dict[str, str]:
    """A background colour for every actor of ``doc``, by its position among the actors.

    The first twelve actors get distinct colours from a fixed palette; later ones get hues
    spread by the golden angle. The same document always gets the same colours.
    """
    out: dict[str, str] = {}
    for i, actor in enumerate(doc.actors):
        if i < len(_PALETTE):
            out[actor.id] = _PALETTE[i]
        else:
            hue = (i * 137.508) % 360
            out[actor.id] = f"hsl({hue:.0f} 75% 82%)"
    return out


def to_html(doc: Document, *, title: str | None = None) -> str:
    """One self-contained HTML page that shows ``doc``'s article with its facts highlighted.

    The page needs nothing from the network (styles and script are inline, no web fonts). It
    is written in the article's direction (``dir="rtl"`` for Arabic) and language. In the text,
    each actor's mentions have the actor's colour, a statement's content is underlined
    (solid for direct quotes, dashed for indirect speech, dotted for mixed) and its cue is
    boxed, a meeting's trigger is double-underlined and followed by a badge with its status
    and mode; times and places are marked too. Hovering a statement or a meeting lights up all
    of its parts; clicking a mention or an actor in the legend highlights that actor's
    mentions and statements; clicking anything shows its details. Annotations may nest or
    overlap: the text is cut at every boundary so each piece carries all that covers it.

    Every piece of text, from the article or from the facts, is HTML-escaped.

    :param doc: the document to show.
    :param title: the page title; by default the headline, or the article id.
    """
    return _Page(doc).render(title)


# -- the article ---------------------------------------------------------------------------


@attrs.frozen
class _Ann:
    """What a mark stands for: ``kind`` is mention, content, cue, trigger, topic, time, place."""

    kind: str
    id: str
    actor: str | None = None
    speakers: tuple[str, ...] = ()
    quote: str | None = None


@attrs.frozen
class _Index:
    """Lookups by id, built once per page so rendering stays linear in the document's size."""

    actors: dict[str, Actor]
    events: dict[str, Meeting | Statement]
    times: dict[str, TimeExpr]
    places: dict[str, Place]
    mentions: dict[str, int]
    statements_by: dict[str, list[str]]
    meetings_of: dict[str, list[str]]

    @classmethod
    def of(cls, doc: Document) -> _Index:
        mentions: dict[str, int] = {}
        for m in doc.mentions:
            mentions[m.actor] = mentions.get(m.actor, 0) + 1
        statements_by: dict[str, list[str]] = {}
        meetings_of: dict[str, list[str]] = {}
        for e in doc.events:
            if isinstance(e, Statement):
                for a in dict.fromkeys(e.speakers):
                    statements_by.setdefault(a, []).append(e.id)
            else:
                for a in dict.fromkeys(p.actor for p in e.participants):
                    meetings_of.setdefault(a, []).append(e.id)
        return cls(
            actors={a.id: a for a in reversed(doc.actors)},
            events={e.id: e for e in reversed(doc.events)},
            times={t.id: t for t in reversed(doc.times)},
            places={p.id: p for p in reversed(doc.places)},
            mentions=mentions,
            statements_by=statements_by,
            meetings_of=meetings_of,
        )

    def name(self, id: str) -> str:
        """The actor's display name, or the id itself if it names no actor."""
        actor = self.actors.get(id)
        return actor.name if actor is not None else id


def _marks(doc: Document) -> Iterator[Mark[_Ann]]:
    for m in doc.mentions:
        yield Mark(m.span.start, m.span.end, _Ann("mention", m.id, actor=m.actor))
    for e in doc.events:
        if isinstance(e, Statement):
            yield Mark(
                e.content.start,
                e.content.end,
                _Ann("content", e.id, speakers=e.speakers, quote=e.quote.value),
            )
            if e.cue is not None:
                yield Mark(e.cue.start, e.cue.end, _Ann("cue", e.id, speakers=e.speakers))
        else:
            yield Mark(e.trigger.start, e.trigger.end, _Ann("trigger", e.id))
            for topic in e.topics:
                yield Mark(topic.span.start, topic.span.end, _Ann("topic", e.id))
    for t in doc.times:
        yield Mark(t.span.start, t.span.end, _Ann("time", t.id))
    for p in doc.places:
        yield Mark(p.span.start, p.span.end, _Ann("place", p.id))


def _layout(doc: Document) -> tuple[Paragraph, ...]:
    """The paragraphs to show; an article without layout is one body paragraph."""
    if doc.article.paragraphs:
        return doc.article.paragraphs
    whole = Span(start=0, end=len(doc.text))
    return (Paragraph(span=whole, content=whole),)


def _by_paragraph(
    paragraphs: tuple[Paragraph, ...], marks: Iterable[Mark[_Ann]]
) -> list[list[Mark[_Ann]]]:
    """The marks that touch each paragraph's content, found by bisection (marks may span
    several paragraphs).
    """
    starts = [p.content.start for p in paragraphs]
    out: list[list[Mark[_Ann]]] = [[] for _ in paragraphs]
    for mark in marks:
        if mark.start >= mark.end:
            continue
        i = max(bisect_right(starts, mark.start) - 1, 0)
        while i < len(paragraphs) and paragraphs[i].content.start < mark.end:
            if paragraphs[i].content.end > mark.start:
                out[i].append(mark)
            i += 1
    return out


def _unique(anns: Iterable[_Ann]) -> list[_Ann]:
    seen: dict[tuple[str, str], _Ann] = {}
    for a in anns:
        seen.setdefault((a.kind, a.id), a)
    return list(seen.values())


def _bdi(text: str) -> str:
    return f"<bdi>{escape(text)}</bdi>"


_STATUS_LABEL: Final = {s: s.value for s in MeetingStatus}
_MODE_LABEL: Final = {
    "in_person": "in person",
    "virtual": "video",
    "phone": "phone",
    "written": "written",
    "unknown": "mode unknown",
}


class _Page:
    """One document's page; lookups by id are built once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ix = _Index.of(doc)
        self.colors = actor_colors(doc)

    def render(self, title: str | None) -> str:
        doc = self.doc
        article = doc.article
        if title is None:
            headline = article.headline
            title = doc.text_of(headline.content) if headline is not None else article.id
        direction = "rtl" if is_rtl(article.language) else "ltr"
        layout = _layout(doc)
        buckets = _by_paragraph(layout, _marks(doc))
        # Each trigger's badge goes in the paragraph whose tile holds the trigger's end.
        tiles = [p.span.end for p in layout]
        badge_in: dict[str, int] = {}
        for m in doc.meetings:
            if m.trigger.end > m.trigger.start:
                badge_in.setdefault(
                    m.id, min(bisect_right(tiles, m.trigger.end - 1), len(tiles) - 1)
                )
        body = "\n".join(self.paragraph(i, p, buckets[i], badge_in) for i, p in enumerate(layout))
        lang = escape(article.language)
        return "".join(
            [
                "<!DOCTYPE html>\n",
                f'<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n',
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
                '<meta name="generator" content="newsevents">\n',
                f"<title>{escape(title)}</title>\n<style>\n{_asset('view.css')}</style>\n",
                "</head>\n<body>\n",
                self.header(),
                '<div class="ne-layout">\n',
                f'<main class="ne-article" id="ne-article" lang="{lang}" dir="{direction}">\n',
                body,
                "\n</main>\n",
                self.side(),
                "</div>\n",
                '<script type="application/json" id="ne-data">',
                _json_for_script(self.data()),
                "</script>\n<script>\n",
                _asset("view.js"),
                "</script>\n</body>\n</html>\n",
            ]
        )

    # -- the article -------------------------------------------------------------------------

    def paragraph(
        self, index: int, p: Paragraph, marks: list[Mark[_Ann]], badge_in: dict[str, int]
    ) -> str:
        tag = {ParagraphRole.HEADLINE: "h1", ParagraphRole.SUBHEADING: "h2"}.get(p.role, "p")
        segs = segments(p.content.start, p.content.end, marks)
        # The last piece of each trigger in this paragraph gets the meeting's badge after it.
        last: dict[str, int] = {}
        for n, seg in enumerate(segs):
            for mark in seg.marks:
                if mark.payload.kind == "trigger" and badge_in.get(mark.payload.id) == index:
                    last[mark.payload.id] = n
        parts: list[str] = []
        for n, seg in enumerate(segs):
            text = escape(self.doc.text[seg.start : seg.end])
            if not seg.marks:
                parts.append(text)
                continue
            parts.append(self.segment(text, [m.payload for m in seg.marks]))
            for id in [id for id, at in last.items() if at == n]:
                meeting = self.ix.events[id]
                if isinstance(meeting, Meeting):
                    parts.append(self.badge(meeting))
        return f"<{tag}>{''.join(parts)}</{tag}>"

    def segment(self, text: str, anns: list[_Ann]) -> str:
        def ids(*kinds: str) -> list[str]:
            return list(dict.fromkeys(a.id for a in anns if a.kind in kinds))

        actors = list(dict.fromkeys(a.actor for a in anns if a.kind == "mention" and a.actor))
        speakers = list(
            dict.fromkeys(s for a in anns if a.kind in {"content", "cue"} for s in a.speakers)
        )
        data: list[tuple[str, list[str]]] = [
            ("data-m", ids("mention")),
            ("data-a", actors),
            ("data-s", ids("content")),
            ("data-cue", ids("cue")),
            ("data-sp", speakers),
            ("data-mt", ids("trigger", "topic")),
            ("data-t", ids("time")),
            ("data-p", ids("place")),
        ]
        kinds = {a.kind for a in anns}
        classes = ["ne-seg"] + [
            f"ne-{kind}"
            for kind in ("mention", "content", "cue", "trigger", "topic", "time", "place")
            if kind in kinds
        ]
        quotes = [a.quote for a in anns if a.kind == "content" and a.quote is not None]
        if quotes:
            classes.append(f"ne-q-{quotes[0]}")
        style = ""
        if actors:
            shades = [self.colors.get(a, "#dee2e6") for a in actors]
            if len(shades) == 1:
                style = f' style="--ne-bg: {shades[0]}"'
            else:
                step = 100 / len(shades)
                stops = ", ".join(
                    f"{c} {i * step:.2f}% {(i + 1) * step:.2f}%" for i, c in enumerate(shades)
                )
                style = f' style="--ne-bg: linear-gradient({stops})"'
        attributes = "".join(f' {name}="{escape(" ".join(v))}"' for name, v in data if v)
        tip = escape(self.tooltip(anns))
        return f'<span class="{" ".join(classes)}"{attributes}{style} title="{tip}">{text}</span>'

    def tooltip(self, anns: list[_Ann]) -> str:
        doc, ix = self.doc, self.ix
        lines: list[str] = []
        for a in _unique(anns):
            event = ix.events.get(a.id)
            if a.kind == "mention" and a.actor is not None:
                actor = ix.actors.get(a.actor)
                lines.append(f"{actor.name} ({actor.kind.value})" if actor else f"actor {a.actor}")
            elif a.kind in {"content", "cue"} and isinstance(event, Statement):
                who = " + ".join(ix.name(x) for x in event.speakers)
                cue = doc.text_of(event.cue) if event.cue is not None else "—"
                lines.append(
                    f"{a.kind} of {event.id}: {who} → {cue} "
                    f"({event.stance.value}, {event.quote.value} quote)"
                )
            elif a.kind in {"trigger", "topic"} and isinstance(event, Meeting):
                who = ", ".join(ix.name(p.actor) for p in event.participants)
                part = "meeting" if a.kind == "trigger" else "topic of meeting"
                lines.append(f"{part} {event.id}: {event.mode.value}, {event.status.value} — {who}")
            elif a.kind == "time" and a.id in ix.times:
                t = ix.times[a.id]
                value = f" = {t.value}" if t.value else ""
                lines.append(f"time {t.id}: {t.granularity.value}{value}")
            elif a.kind == "place" and a.id in ix.places:
                pl = ix.places[a.id]
                lines.append(f"place {pl.id}: {pl.name} ({pl.kind.value})")
        return "\n".join(dict.fromkeys(lines))

    def badge(self, m: Meeting) -> str:
        classes = ["ne-badge", f"ne-status-{m.status.value}", f"ne-mode-{m.mode.value}"]
        if m.polarity is Polarity.NEGATIVE:
            classes.append("ne-negative")
        mode = _MODE_LABEL[m.mode.value]
        label = f'{_STATUS_LABEL[m.status]} · <span class="ne-mode">{mode}</span>'
        who = ", ".join(self.ix.name(p.actor) for p in m.participants)
        tip = f"meeting {m.id}: {m.status.value}, {m.mode.value}, {m.polarity.value} — {who}"
        return (
            f'<span class="{" ".join(classes)}" data-mt="{escape(m.id)}" dir="ltr" lang="en" '
            f'title="{escape(tip)}">{label}</span>'
        )

    # -- the side panel ----------------------------------------------------------------------

    def chip(self, id: str, note: str = "") -> str:
        """A button that selects an actor: colour swatch, name, and an optional (HTML) note."""
        color = self.colors.get(id, "#dee2e6")
        return (
            f'<button type="button" class="ne-actor" data-actor="{escape(id)}">'
            f'<span class="ne-swatch" style="--ne-bg: {color}"></span>{_bdi(self.ix.name(id))}'
            f"{note}</button>"
        )

    def header(self) -> str:
        doc = self.doc
        a = doc.article
        bits = [f"<b>{escape(a.id)}</b>", f"language {escape(a.language)}"]
        if a.source is not None:
            if a.source.outlet:
                bits.append(_bdi(a.source.outlet))
            if a.source.published is not None:
                bits.append(escape(a.source.published.isoformat()))
            if a.source.url:
                bits.append(_bdi(a.source.url))
        bits.append(
            f"{len(doc.actors)} actors · {len(doc.mentions)} mentions · "
            f"{len(doc.statements)} statements · {len(doc.meetings)} meetings"
        )
        return f'<header class="ne-top" dir="ltr" lang="en">{" · ".join(bits)}</header>\n'

    def side(self) -> str:
        doc, ix = self.doc, self.ix
        out = ['<aside class="ne-side" dir="ltr" lang="en">\n']
        out.append('<section class="ne-legend"><h3>Actors</h3><ul class="ne-actors">')
        for actor in doc.actors:
            n = ix.mentions.get(actor.id, 0)
            note = f" <small>{escape(actor.kind.value)} · {n}×</small>"
            out.append(f"<li>{self.chip(actor.id, note)}</li>")
        out.append("</ul></section>\n")
        out.append(_key())
        out.append(
            f'<section><h3>Statements ({len(doc.statements)})</h3><ol class="ne-statements">'
        )
        for s in doc.statements:
            who = " + ".join(self.chip(x) for x in s.speakers)
            cue = (
                _bdi(doc.text_of(s.cue)) if s.cue is not None else '<span class="ne-muted">—</span>'
            )
            out.append(
                f'<li class="ne-statement" data-s="{escape(s.id)}" '
                f'data-sp="{escape(" ".join(s.speakers))}">{who}'
                f'<span class="ne-arrow">→</span><b>{cue}</b><span class="ne-arrow">→</span>'
                f"{_bdi(doc.text_of(s.content))} "
                f'<small class="ne-muted">{escape(s.stance.value)} · {escape(s.quote.value)}'
                "</small></li>"
            )
        out.append("</ol></section>\n")
        out.append(f'<section><h3>Meetings ({len(doc.meetings)})</h3><ol class="ne-meetings">')
        for m in doc.meetings:
            who = ", ".join(self.chip(p.actor) for p in m.participants)
            where = []
            if m.time is not None:
                where.append("when " + _bdi(self.time_text(m.time)))
            if m.place is not None:
                where.append("where " + _bdi(self.place_text(m.place)))
            out.append(
                f'<li class="ne-meeting" data-mt="{escape(m.id)}">{self.badge(m)} '
                f"{_bdi(doc.text_of(m.trigger))}: {who}"
                + (f' <small class="ne-muted">{" · ".join(where)}</small>' if where else "")
                + "</li>"
            )
        out.append("</ol></section>\n")
        if doc.times or doc.places:
            out.append("<section><h3>Times and places</h3><ul>")
            for t in doc.times:
                value = f" = {escape(t.value)}" if t.value else ""
                out.append(
                    f'<li data-t="{escape(t.id)}">{_bdi(doc.text_of(t.span))} '
                    f'<small class="ne-muted">{escape(t.granularity.value)}{value}</small></li>'
                )
            for p in doc.places:
                out.append(
                    f'<li data-p="{escape(p.id)}">{_bdi(doc.text_of(p.span))} '
                    f'<small class="ne-muted">{escape(p.kind.value)}</small></li>'
                )
            out.append("</ul></section>\n")
        out.append(
            '<section class="ne-details" id="ne-details" aria-live="polite">'
            '<span class="ne-muted">Click a highlighted word, a badge or an actor for details; '
            "Escape clears the selection.</span></section>\n"
        )
        out.append("</aside>\n")
        return "".join(out)

    def time_text(self, id: str) -> str:
        t = self.ix.times.get(id)
        return self.doc.text_of(t.span) if t is not None else id

    def place_text(self, id: str) -> str:
        p = self.ix.places.get(id)
        return p.name if p is not None else id

    # -- data for the script -----------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        doc, ix = self.doc, self.ix

        def fact(f: Statement | Meeting) -> dict[str, Any]:
            return {"confidence": f.confidence, "method": f.method}

        return {
            "actors": {
                a.id: {
                    "name": a.name,
                    "kind": a.kind.value,
                    "names": [n.text for n in a.names],
                    "roles": [r.title for r in a.roles],
                    "identifiers": [f"{k}: {v}" for k, v in a.identifiers.items()],
                    "statements": ix.statements_by.get(a.id, []),
                    "meetings": ix.meetings_of.get(a.id, []),
                    "color": self.colors[a.id],
                }
                for a in doc.actors
            },
            "mentions": {
                m.id: {"actor": m.actor, "form": m.form.value, "text": doc.text_of(m.span)}
                for m in doc.mentions
            },
            "statements": {
                s.id: {
                    "speakers": list(s.speakers),
                    "cue": doc.text_of(s.cue) if s.cue is not None else None,
                    "cue_lemma": s.cue_lemma,
                    "stance": s.stance.value,
                    "quote": s.quote.value,
                    "content": doc.text_of(s.content),
                    "reported_by": s.reported_by,
                    "about": list(s.about),
                    "time": self.time_text(s.time) if s.time is not None else None,
                    **fact(s),
                }
                for s in doc.statements
            },
            "meetings": {
                m.id: {
                    "trigger": doc.text_of(m.trigger),
                    "mode": m.mode.value,
                    "status": m.status.value,
                    "polarity": m.polarity.value,
                    "participants": [
                        {"actor": p.actor, "role": p.role.value} for p in m.participants
                    ],
                    "time": self.time_text(m.time) if m.time is not None else None,
                    "place": self.place_text(m.place) if m.place is not None else None,
                    "framework": m.framework,
                    "topics": [doc.text_of(t.span) for t in m.topics],
                    "reported_by": m.reported_by,
                    **fact(m),
                }
                for m in doc.meetings
            },
            "times": {
                t.id: {
                    "text": doc.text_of(t.span),
                    "granularity": t.granularity.value,
                    "value": t.value,
                }
                for t in doc.times
            },
            "places": {
                p.id: {"text": doc.text_of(p.span), "name": p.name, "kind": p.kind.value}
                for p in doc.places
            },
        }


def _key() -> str:
    rows = [
        ('<span class="ne-mention" style="--ne-bg: #ffd8a8">name</span>', "a mention of an actor"),
        ('<span class="ne-content ne-q-direct">words</span>', "statement content, direct quote"),
        ('<span class="ne-content ne-q-indirect">words</span>', "statement content, indirect"),
        ('<span class="ne-content ne-q-mixed">words</span>', "statement content, mixed"),
        ('<span class="ne-cue">said</span>', "speech cue"),
        ('<span class="ne-trigger">met</span>', "meeting trigger, badge after it"),
        ('<span class="ne-time">Thursday</span>', "time expression"),
        ('<span class="ne-place">city</span>', "place"),
        ('<span class="ne-topic">topic</span>', "topic of a meeting"),
    ]
    for status in MeetingStatus:
        rows.append(
            (
                f'<span class="ne-badge ne-status-{status.value}">{status.value}</span>',
                f"meeting {status.value}",
            )
        )
    rows.append(('<span class="ne-badge ne-negative">occurred</span>', "denied (negative)"))
    items = "".join(
        f'<li><span class="ne-sample">{sample}</span><span>{meaning}</span></li>'
        for sample, meaning in rows
    )
    modes = ", ".join(f"{label} = {value}" for value, label in _MODE_LABEL.items())
    return (
        f'<section><h3>Key</h3><ul class="ne-key">{items}</ul>'
        f'<p class="ne-muted">Badge modes: {escape(modes)}.</p></section>\n'
    )


def _json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` survive unescaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def _asset(name: str) -> str:
    return files("newsevents.render").joinpath("assets", name).read_text(encoding="utf-8")
