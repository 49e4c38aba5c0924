"""Document-level findings beyond the hard rules: ``validate(doc) -> list[Issue]``.

The hard rules (spans inside the text, ids unique, references resolve, …) run whenever a
:class:`~newsevents.model.Document` is built, and an invalid document cannot be built.
:func:`validate` re-runs them (so documents made with ``model_construct`` are checked too) and
adds softer findings: things that are allowed but probably wrong. Every finding has a stable
``code``, a ``severity``, a ``path`` and a message that names the fix. The codes are listed in
``docs/validation.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Final

import regex
from pydantic import Field
from pydantic_core import PydanticCustomError

from .errors import format_path
from .model import Document, MentionForm, QuoteKind, Span, Statement
from .model._base import Model
from .model.document import document_problems
from .text.normalize import fold

__all__ = ["CODES", "Issue", "Severity", "validate"]


class Severity(StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    """The document breaks a rule; building it would have failed."""
    WARNING = "warning"
    """Allowed, but almost certainly a mistake."""
    INFO = "info"
    """Worth a look."""


class Issue(Model):
    """One finding of :func:`validate`."""

    code: str = Field(description="Stable code, listed in docs/validation.md.")
    severity: Severity
    path: str = Field(description="Where in the document, e.g. `events[2].statement.content`.")
    message: str = Field(description="What is wrong and how to fix it.")

    def __str__(self) -> str:
        return f"{self.severity}: {self.path}: {self.message} [{self.code}]"


CODES: Final[dict[str, tuple[Severity, str]]] = {
    # Hard rules (also raised when a Document is built).
    "span_reversed": (Severity.ERROR, "A span ends before it starts."),
    "span_out_of_text": (Severity.ERROR, "A span ends past the end of the article text."),
    "paragraphs_unordered": (Severity.ERROR, "Paragraphs overlap or are out of text order."),
    "content_outside_paragraph": (Severity.ERROR, "A paragraph's content is outside its span."),
    "sentence_outside_paragraph": (Severity.ERROR, "A sentence is outside its paragraph."),
    "duplicate_id": (Severity.ERROR, "Two items of the document share an id."),
    "unresolved_actor": (Severity.ERROR, "A reference names no actor of the document."),
    "unresolved_time": (Severity.ERROR, "A reference names no time expression."),
    "unresolved_place": (Severity.ERROR, "A reference names no place."),
    "meeting_too_few_participants": (
        Severity.ERROR,
        "A meeting has fewer than two participants and no group participant.",
    ),
    "statement_no_speaker": (Severity.ERROR, "A statement has no speaker."),
    "statement_empty_content": (Severity.ERROR, "A statement's content span is empty."),
    # Softer findings.
    "quote_unmarked": (
        Severity.WARNING,
        "A direct quote's content is not enclosed by quotation marks.",
    ),
    "mixed_quote_unmarked": (
        Severity.WARNING,
        "A mixed quote's content holds no quotation marks.",
    ),
    "mention_name_mismatch": (
        Severity.WARNING,
        "A name mention's text matches none of its actor's names.",
    ),
    "span_untrimmed": (
        Severity.WARNING,
        "A mention, cue, trigger or content span starts or ends with whitespace.",
    ),
    "span_splits_grapheme": (
        Severity.WARNING,
        "A span boundary falls inside a grapheme (e.g. between a letter and its diacritic).",
    ),
    "duplicate_mention": (Severity.WARNING, "Two mentions of one actor share a span."),
    "actor_unmentioned": (
        Severity.INFO,
        "An actor has no mention and no event refers to it.",
    ),
}
"""Every code :func:`validate` can report, with its severity and a one-line description."""

_OPEN_QUOTES: Final = "\"'«“„‘‚‹「『"
_CLOSE_QUOTES: Final = "\"'»”“’‘›」』"
_ANY_QUOTE = regex.compile(r"[\"«»“”„‘’‚‹›「」『』]")
_GRAPHEME = regex.compile(r"\X")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Proclitics that may glue to a name in Arabic (و ف ب ل ك, optionally + ال).
_PROCLITIC = regex.compile(r"^(?:[وف]?[بلك]?(?:ال)?|[وف]?ل)")


def validate(doc: Document) -> list[Issue]:
    """Every finding about ``doc``: hard-rule violations (as errors) and softer findings.

    An empty list means the document is sound. The findings are ordered by severity, then path.
    """
    issues: list[Issue] = []
    for err in document_problems(doc):
        kind = err["type"]
        assert isinstance(kind, PydanticCustomError)  # document rules always use our codes
        issues.append(_issue(kind.type, format_path(err.get("loc", ())), kind.message()))
    for check in _CHECKS:
        issues.extend(check(doc))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    issues.sort(key=lambda i: (order[i.severity], i.path, i.code))
    return issues


def _issue(code: str, path: str, message: str) -> Issue:
    return Issue(code=code, severity=CODES[code][0], path=path, message=message)


def _in_text(doc: Document, span: Span) -> bool:
    return span.end <= len(doc.article.text)


def _quotes(doc: Document) -> Iterator[Issue]:
    text = doc.article.text
    for i, e in enumerate(doc.events):
        if not isinstance(e, Statement) or not _in_text(doc, e.content):
            continue
        path = f"events[{i}].statement.content"
        if e.quote is QuoteKind.DIRECT and not _enclosed(text, e.content):
            yield _issue(
                "quote_unmarked",
                path,
                f"direct quote {e.id} at {e.content} is not enclosed by quotation marks; "
                "widen or narrow the span to the marks, or set quote to 'indirect'",
            )
        if e.quote is QuoteKind.MIXED and not _ANY_QUOTE.search(doc.text_of(e.content)):
            yield _issue(
                "mixed_quote_unmarked",
                path,
                f"mixed quote {e.id} at {e.content} holds no quotation marks; "
                "set quote to 'indirect', or span the quoted words too",
            )


def _enclosed(text: str, span: Span) -> bool:
    """Whether a quotation mark stands just before and just after the span (spaces allowed)."""
    before = text[: span.start].rstrip()
    after = text[span.end :].lstrip()
    inner = text[span.start : span.end]
    opened = (before[-1:] and before[-1] in _OPEN_QUOTES) or inner[:1] in _OPEN_QUOTES
    closed = (after[:1] and after[0] in _CLOSE_QUOTES) or inner[-1:] in _CLOSE_QUOTES
    return bool(opened) and bool(closed)


def _name_tokens(text: str) -> list[str]:
    return [_PROCLITIC.sub("", t) or t for t in _TOKEN.findall(fold(text))]


def _mentions(doc: Document) -> Iterator[Issue]:
    actors = {a.id: a for a in doc.actors}
    seen: dict[tuple[str, int, int], int] = {}
    for i, m in enumerate(doc.mentions):
        key = (m.actor, m.span.start, m.span.end)
        if key in seen:
            yield _issue(
                "duplicate_mention",
                f"mentions[{i}]",
                f"mention {m.id} repeats mentions[{seen[key]}] (same actor, same span {m.span}); "
                "remove one",
            )
        else:
            seen[key] = i
        actor = actors.get(m.actor)
        if actor is None or m.form is not MentionForm.NAME or not _in_text(doc, m.span):
            continue
        written = doc.text_of(m.span)
        if not _matches_a_name(written, [actor.name, *(n.text for n in actor.names)]):
            yield _issue(
                "mention_name_mismatch",
                f"mentions[{i}].span",
                f"mention {m.id} reads {written!r}, which matches no name of actor "
                f"{actor.id!r}; add it to the actor's names, or set form to 'nominal'",
            )


def _matches_a_name(written: str, names: list[str]) -> bool:
    mention = _name_tokens(written)
    if not mention:
        return False
    raw = set(_TOKEN.findall(fold(written)))
    for name in names:
        tokens = _name_tokens(name)
        full = set(_TOKEN.findall(fold(name))) | set(tokens)
        if all(t in full for t in mention) or raw <= full:
            return True
    return False


def _spans(doc: Document) -> Iterator[Issue]:
    text = doc.article.text

    def targets() -> Iterator[tuple[str, Span]]:
        for i, m in enumerate(doc.mentions):
            yield f"mentions[{i}].span", m.span
        for i, e in enumerate(doc.events):
            if isinstance(e, Statement):
                yield f"events[{i}].statement.content", e.content
                if e.cue is not None:
                    yield f"events[{i}].statement.cue", e.cue
            else:
                yield f"events[{i}].meeting.trigger", e.trigger

    boundaries: set[int] | None = None
    for path, span in targets():
        if span.is_empty or not _in_text(doc, span):
            continue
        piece = text[span.start : span.end]
        if piece != piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trimmed = piece.strip()
            yield _issue(
                "span_untrimmed",
                path,
                f"span {span} has surrounding whitespace; trim it to "
                f"{span.start + lead}..{span.start + lead + len(trimmed)}",
            )
        if boundaries is None:
            boundaries = _grapheme_boundaries(text)
        for edge in (span.start, span.end):
            if edge not in boundaries:
                yield _issue(
                    "span_splits_grapheme",
                    path,
                    f"span {span} cuts a grapheme at offset {edge}; move the boundary so a "
                    "letter keeps its diacritics",
                )
                break


def _grapheme_boundaries(text: str) -> set[int]:
    out = {0}
    out.update(m.end() for m in _GRAPHEME.finditer(text))
    return out


def _unmentioned(doc: Document) -> Iterator[Issue]:
    used: set[str] = {m.actor for m in doc.mentions}
    for e in doc.events:
        if isinstance(e, Statement):
            used.update(e.speakers)
            used.update(e.about)
        else:
            used.update(p.actor for p in e.participants)
            if e.framework is not None:
                used.add(e.framework)
        if e.reported_by is not None:
            used.add(e.reported_by)
    for a in doc.actors:
        used.update(r.affiliation for r in a.roles if r.affiliation is not None)
        used.update(a.members)
    used.update(p.actor for p in doc.places if p.actor is not None)
    for i, a in enumerate(doc.actors):
        if a.id not in used:
            yield _issue(
                "actor_unmentioned",
                f"actors[{i}]",
                f"actor {a.id!r} has no mention and nothing refers to it; add its mentions or "
                "remove it",
            )


_CHECKS: Final[tuple[Callable[[Document], Iterator[Issue]], ...]] = (
    _quotes,
    _mentions,
    _spans,
    _unmentioned,
)
