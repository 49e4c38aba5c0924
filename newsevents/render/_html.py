"""A document as one self-contained HTML page: the article with its facts highlighted."""

from __future__ import annotations

import json
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
    Polarity,
    Span,
    Statement,
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
_LATIN_SCRIPTS: Final = frozenset({"latn", "cyrl", "grek"})
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
    article = doc.article
    colors = actor_colors(doc)
    if title is None:
        headline = article.headline
        title = doc.text_of(headline.content) if headline is not None else article.id
    direction = "rtl" if is_rtl(article.language) else "ltr"
    marks = list(_marks(doc))
    body = "\n".join(_paragraph(doc, p, marks, colors) for p in _layout(doc))
    lang = escape(article.language)
    return "".join(
        [
            "<!DOCTYPE html>\n",
            f'<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="newsevents">\n',
            f"<title>{escape(title)}</title>\n<style>\n{_asset('view.css')}</style>\n",
            "</head>\n<body>\n",
            _header(doc),
            '<div class="ne-layout">\n',
            f'<main class="ne-article" id="ne-article" lang="{lang}" dir="{direction}">\n',
            body,
            "\n</main>\n",
            _side(doc, colors),
            "</div>\n",
            '<script type="application/json" id="ne-data">',
            _json_for_script(_data(doc, colors)),
            "</script>\n<script>\n",
            _asset("view.js"),
            "</script>\n</body>\n</html>\n",
        ]
    )


# -- the article ---------------------------------------------------------------------------


@attrs.frozen
class _Ann:
    """What a mark stands for: ``kind`` is mention, content, cue, trigger, topic, time, place."""

    kind: str
    id: str
    actor: str | None = None
    speakers: tuple[str, ...] = ()
    quote: str | None = None


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


def _paragraph(doc: Document, p: Paragraph, marks: list[Mark[_Ann]], colors: dict[str, str]) -> str:
    tag = {ParagraphRole.HEADLINE: "h1", ParagraphRole.SUBHEADING: "h2"}.get(p.role, "p")
    ends = {m.payload.id: m.end for m in marks if m.payload.kind == "trigger"}
    meetings = {m.id: m for m in doc.meetings}
    parts: list[str] = []
    for seg in segments(p.content.start, p.content.end, marks):
        text = escape(doc.text[seg.start : seg.end])
        if not seg.marks:
            parts.append(text)
            continue
        parts.append(_segment(doc, text, [m.payload for m in seg.marks], colors))
        for ann in _unique(m.payload for m in seg.marks):
            if ann.kind == "trigger" and ends[ann.id] == seg.end:
                parts.append(_badge(doc, meetings[ann.id]))
    return f"<{tag}>{''.join(parts)}</{tag}>"


def _unique(anns: Iterable[_Ann]) -> list[_Ann]:
    seen: dict[tuple[str, str], _Ann] = {}
    for a in anns:
        seen.setdefault((a.kind, a.id), a)
    return list(seen.values())


def _segment(doc: Document, text: str, anns: list[_Ann], colors: dict[str, str]) -> str:
    def ids(kind: str) -> list[str]:
        return list(dict.fromkeys(a.id for a in anns if a.kind == kind))

    mentions = [a for a in anns if a.kind == "mention"]
    actors = list(dict.fromkeys(a.actor for a in mentions if a.actor is not None))
    speakers = list(
        dict.fromkeys(s for a in anns if a.kind in {"content", "cue"} for s in a.speakers)
    )
    classes = ["ne-seg"]
    attrs_: list[tuple[str, list[str]]] = [
        ("data-m", ids("mention")),
        ("data-a", actors),
        ("data-s", ids("content")),
        ("data-cue", ids("cue")),
        ("data-sp", speakers),
        ("data-mt", list(dict.fromkeys(ids("trigger") + ids("topic")))),
        ("data-t", ids("time")),
        ("data-p", ids("place")),
    ]
    for kind in ("mention", "content", "cue", "trigger", "topic", "time", "place"):
        if any(a.kind == kind for a in anns):
            classes.append(f"ne-{kind}")
    quotes = [a.quote for a in anns if a.kind == "content" and a.quote is not None]
    if quotes:
        classes.append(f"ne-q-{quotes[0]}")
    style = ""
    if actors:
        shades = [colors.get(a, "#dee2e6") for a in actors]
        if len(shades) == 1:
            style = f' style="--ne-bg: {shades[0]}"'
        else:
            step = 100 / len(shades)
            stops = ", ".join(
                f"{c} {i * step:.2f}% {(i + 1) * step:.2f}%" for i, c in enumerate(shades)
            )
            style = f' style="--ne-bg: linear-gradient({stops})"'
    data = "".join(f' {name}="{escape(" ".join(v))}"' for name, v in attrs_ if v)
    tip = escape(_tooltip(doc, anns))
    return f'<span class="{" ".join(classes)}"{data}{style} title="{tip}">{text}</span>'


def _tooltip(doc: Document, anns: list[_Ann]) -> str:
    lines: list[str] = []
    for a in _unique(anns):
        if a.kind == "mention" and a.actor is not None:
            actor = _actor(doc, a.actor)
            lines.append(
                f"{actor.name} ({actor.kind.value})" if actor is not None else f"actor {a.actor}"
            )
        elif a.kind in {"content", "cue"}:
            s = doc.event(a.id)
            if isinstance(s, Statement):
                who = " + ".join(_name(doc, x) for x in s.speakers)
                cue = doc.text_of(s.cue) if s.cue is not None else "—"
                part = "cue" if a.kind == "cue" else "content"
                lines.append(
                    f"{part} of {s.id}: {who} → {cue} ({s.stance.value}, {s.quote.value} quote)"
                )
        elif a.kind in {"trigger", "topic"}:
            m = doc.event(a.id)
            if isinstance(m, Meeting):
                who = ", ".join(_name(doc, p.actor) for p in m.participants)
                part = "meeting" if a.kind == "trigger" else "topic of meeting"
                lines.append(f"{part} {m.id}: {m.mode.value}, {m.status.value} — {who}")
        elif a.kind == "time":
            t = doc.time(a.id)
            value = f" = {t.value}" if t.value else ""
            lines.append(f"time {t.id}: {t.granularity.value}{value}")
        elif a.kind == "place":
            pl = doc.place(a.id)
            lines.append(f"place {pl.id}: {pl.name} ({pl.kind.value})")
    return "\n".join(dict.fromkeys(lines))


def _badge(doc: Document, m: Meeting) -> str:
    classes = ["ne-badge", f"ne-status-{m.status.value}", f"ne-mode-{m.mode.value}"]
    if m.polarity is Polarity.NEGATIVE:
        classes.append("ne-negative")
    mode = _MODE_LABEL[m.mode.value]
    label = f'{_STATUS_LABEL[m.status]} · <span class="ne-mode">{mode}</span>'
    who = ", ".join(_name(doc, p.actor) for p in m.participants)
    tip = f"meeting {m.id}: {m.status.value}, {m.mode.value}, {m.polarity.value} — {who}"
    return (
        f'<span class="{" ".join(classes)}" data-mt="{escape(m.id)}" dir="ltr" lang="en" '
        f'title="{escape(tip)}">{label}</span>'
    )


_STATUS_LABEL: Final = {s: s.value for s in MeetingStatus}
_MODE_LABEL: Final = {
    "in_person": "in person",
    "virtual": "video",
    "phone": "phone",
    "written": "written",
    "unknown": "mode unknown",
}


# -- the side panel ------------------------------------------------------------------------


def _actor(doc: Document, id: str) -> Actor | None:
    try:
        return doc.actor(id)
    except KeyError:
        return None


def _name(doc: Document, id: str) -> str:
    actor = _actor(doc, id)
    return actor.name if actor is not None else id


def _bdi(text: str) -> str:
    return f"<bdi>{escape(text)}</bdi>"


def _chip(doc: Document, id: str, colors: dict[str, str], note: str = "") -> str:
    """A button that selects an actor: colour swatch, name, and an optional (HTML) note."""
    color = colors.get(id, "#dee2e6")
    return (
        f'<button type="button" class="ne-actor" data-actor="{escape(id)}">'
        f'<span class="ne-swatch" style="--ne-bg: {color}"></span>{_bdi(_name(doc, id))}'
        f"{note}</button>"
    )


def _header(doc: Document) -> str:
    a = doc.article
    bits = [f"<b>{escape(a.id)}</b>", f"language {escape(a.language)}"]
    if a.source is not None:
        if a.source.outlet:
            bits.append(_bdi(a.source.outlet))
        if a.source.published is not None:
            bits.append(escape(a.source.published.isoformat()))
        if a.source.url:
            bits.append(f"<bdi>{escape(a.source.url)}</bdi>")
    counts = (
        f"{len(doc.actors)} actors · {len(doc.mentions)} mentions · "
        f"{len(doc.statements)} statements · {len(doc.meetings)} meetings"
    )
    bits.append(counts)
    return f'<header class="ne-top" dir="ltr" lang="en">{" · ".join(bits)}</header>\n'


def _side(doc: Document, colors: dict[str, str]) -> str:
    out = ['<aside class="ne-side" dir="ltr" lang="en">\n']
    out.append('<section class="ne-legend"><h3>Actors</h3><ul class="ne-actors">')
    for actor in doc.actors:
        n = len(doc.mentions_of(actor.id))
        note = f" <small>{escape(actor.kind.value)} · {n}×</small>"
        out.append(f"<li>{_chip(doc, actor.id, colors, note)}</li>")
    out.append("</ul></section>\n")
    out.append(_key())
    out.append(f'<section><h3>Statements ({len(doc.statements)})</h3><ol class="ne-statements">')
    for s in doc.statements:
        who = " + ".join(_chip(doc, x, colors) for x in s.speakers)
        cue = _bdi(doc.text_of(s.cue)) if s.cue is not None else '<span class="ne-muted">—</span>'
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
        who = ", ".join(_chip(doc, p.actor, colors) for p in m.participants)
        where = []
        if m.time is not None:
            where.append("when " + _bdi(_time_text(doc, m.time)))
        if m.place is not None:
            where.append("where " + _bdi(_place_text(doc, m.place)))
        out.append(
            f'<li class="ne-meeting" data-mt="{escape(m.id)}">{_badge(doc, m)} '
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


def _time_text(doc: Document, id: str) -> str:
    try:
        return doc.text_of(doc.time(id).span)
    except KeyError:
        return id


def _place_text(doc: Document, id: str) -> str:
    try:
        return doc.place(id).name
    except KeyError:
        return id


# -- data for the script -------------------------------------------------------------------


def _data(doc: Document, colors: dict[str, str]) -> dict[str, Any]:
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
                "statements": [s.id for s in doc.statements_by(a.id)],
                "meetings": [m.id for m in doc.meetings_of(a.id)],
                "color": colors[a.id],
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
                "time": _time_text(doc, s.time) if s.time is not None else None,
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
                "participants": [{"actor": p.actor, "role": p.role.value} for p in m.participants],
                "time": _time_text(doc, m.time) if m.time is not None else None,
                "place": _place_text(doc, m.place) if m.place is not None else None,
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
