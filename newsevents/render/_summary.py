"""A document as plain-text tables for a terminal: actors, statements, meetings, times, places.

Text in any script is printed as it is, in logical order; a terminal that implements the
Unicode bidirectional algorithm shows Arabic right to left.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import regex

from newsevents.model import Document, Span

__all__ = ["display_width", "to_summary"]

_NONE = "—"


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: combining marks take none, wide CJK two.

    >>> display_width("abc"), display_width("مُحَمَّد"), display_width("日本")
    (3, 4, 4)
    """
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in {"Mn", "Me", "Cf"}:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1
    return width


def _flat(text: str) -> str:
    """``text`` on one line and inert in a terminal: whitespace runs become one space, and
    control characters (an escape sequence could clear or retitle the terminal) show as
    their Unicode control pictures (C0, DEL) or as U+FFFD (C1).
    """
    return _CONTROL.sub(_control_picture, " ".join(text.split()))


_CONTROL = regex.compile(r"\p{Cc}")


def _control_picture(m: regex.Match[str]) -> str:
    cp = ord(m.group())
    return chr(0x2400 + cp) if cp < 0x20 else "\u2421" if cp == 0x7F else "\ufffd"


def _clip(text: str, limit: int | None) -> str:
    flat = _flat(text)
    if limit is None or len(flat) <= limit:
        return flat
    return flat[: max(limit - 1, 1)].rstrip() + "…"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Rows aligned in columns; the last column is left ragged (it holds free text)."""
    rows = [[_flat(cell) for cell in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row[:-1]):
            widths[i] = max(widths[i], display_width(cell))
    lines = []
    for row in [list(headers), *rows]:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row[:-1])]
        lines.append((indent + "  ".join([*cells, row[-1]])).rstrip())
    return lines


def to_summary(doc: Document, *, max_content: int | None = 120) -> str:
    """A readable summary of ``doc`` as aligned plain-text tables.

    Sections: the article (id, language, size, headline, source), then actors (id, kind,
    names), statements (speaker → cue → content, with stance and quote kind), meetings (mode,
    status, participants, time, place), times and places. Empty sections are left out.

    :param max_content: longest stretch of article text shown in one cell, in code points
        (longer ones end with "…"); ``None`` shows everything.
    """
    a = doc.article
    out = [
        f"Article {a.id} · {a.language} · {len(a.text):,} characters · "
        f"{len(a.paragraphs)} paragraphs"
    ]
    if a.headline is not None:
        out.append(f"Headline: {_clip(doc.text_of(a.headline.content), max_content)}")
    if a.source is not None:
        bits = [
            str(v)
            for v in (a.source.outlet, a.source.published, a.source.url, a.source.byline)
            if v is not None
        ]
        if bits:
            out.append("Source: " + _flat(" · ".join(bits)))

    def name(id: str) -> str:
        try:
            return doc.actor(id).name
        except KeyError:
            return id

    def text(span: Span | None) -> str:
        return _NONE if span is None else _clip(doc.text_of(span), max_content)

    def time(id: str | None) -> str:
        if id is None:
            return _NONE
        try:
            t = doc.time(id)
        except KeyError:
            return id
        return _clip(doc.text_of(t.span), max_content) + (f" ({t.value})" if t.value else "")

    def place(id: str | None) -> str:
        if id is None:
            return _NONE
        try:
            return doc.place(id).name
        except KeyError:
            return id

    if doc.actors:
        out += ["", f"Actors ({len(doc.actors)})"]
        rows = []
        for actor in doc.actors:
            also = [n.text for n in actor.names if n.text != actor.name]
            roles = [r.title for r in actor.roles]
            extra = ", ".join(dict.fromkeys(also))
            if roles:
                extra += ("; " if extra else "") + "roles: " + ", ".join(roles)
            rows.append(
                [
                    actor.id,
                    actor.kind.value,
                    str(len(doc.mentions_of(actor.id))),
                    actor.name + (f"  ({extra})" if extra else ""),
                ]
            )
        out += _table(["ID", "KIND", "MENTIONS", "NAME (ALSO WRITTEN)"], rows)
    if doc.statements:
        out += ["", f"Statements ({len(doc.statements)})"]
        rows = [
            [
                s.id,
                s.stance.value,
                s.quote.value,
                " + ".join(name(x) for x in s.speakers)
                + " → "
                + text(s.cue)
                + " → "
                + text(s.content),
            ]
            for s in doc.statements
        ]
        out += _table(["ID", "STANCE", "QUOTE", "SPEAKER → CUE → CONTENT"], rows)
    if doc.meetings:
        out += ["", f"Meetings ({len(doc.meetings)})"]
        rows = [
            [
                m.id,
                m.mode.value,
                m.status.value + (" (denied)" if m.polarity.value == "negative" else ""),
                text(m.trigger),
                time(m.time),
                place(m.place),
                ", ".join(f"{name(p.actor)} ({p.role.value})" for p in m.participants),
            ]
            for m in doc.meetings
        ]
        out += _table(["ID", "MODE", "STATUS", "TRIGGER", "TIME", "PLACE", "PARTICIPANTS"], rows)
    if doc.times:
        out += ["", f"Times ({len(doc.times)})"]
        rows = [[t.id, t.granularity.value, t.value or _NONE, text(t.span)] for t in doc.times]
        out += _table(["ID", "GRANULARITY", "VALUE", "TEXT"], rows)
    if doc.places:
        out += ["", f"Places ({len(doc.places)})"]
        rows = [[p.id, p.kind.value, p.name, text(p.span)] for p in doc.places]
        out += _table(["ID", "KIND", "NAME", "TEXT"], rows)
    if not (doc.actors or doc.events or doc.times or doc.places):
        out += ["", "No actors, events, times or places."]
    return "\n".join(out) + "\n"
