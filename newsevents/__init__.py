"""newsevents: typed, span-grounded news events from Arabic and English news text.

>>> import newsevents as ne
>>> doc = ne.fixtures.seed_document()
>>> ne.validate(doc)
[]
>>> doc.text_of(doc.statements[0].cue)
'أكدا'

Everything listed in ``__all__`` is public API. Submodules load on first use, so
``import newsevents`` stays cheap; lexicons load and compile when extraction first needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import fixtures, io, model, render, text
    from .errors import (
        DocumentError,
        LexiconError,
        NewsEventsError,
        ParseError,
        Problem,
        UnsupportedLanguageError,
    )
    from .extraction import extract
    from .io.json import JsonlWriter, dump, dump_jsonl, iter_jsonl, json_schema, load
    from .lang import Lexicon, load_lexicon, supported_languages
    from .model import (
        SCHEMA_VERSION,
        Actor,
        ActorKind,
        Article,
        Document,
        Event,
        Granularity,
        Meeting,
        MeetingMode,
        MeetingStatus,
        Mention,
        MentionForm,
        Name,
        Paragraph,
        ParagraphRole,
        Participant,
        ParticipantRole,
        Place,
        PlaceKind,
        Polarity,
        QuoteKind,
        Role,
        Source,
        Span,
        Stance,
        Statement,
        TimeExpr,
        Topic,
        Translation,
    )
    from .parse import MAX_TEXT_LENGTH, parse_article
    from .validation import Issue, Severity, validate

__all__ = [
    "MAX_TEXT_LENGTH",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "Document",
    "DocumentError",
    "Event",
    "Granularity",
    "Issue",
    "JsonlWriter",
    "Lexicon",
    "LexiconError",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Mention",
    "MentionForm",
    "Name",
    "NewsEventsError",
    "Paragraph",
    "ParagraphRole",
    "ParseError",
    "Participant",
    "ParticipantRole",
    "Place",
    "PlaceKind",
    "Polarity",
    "Problem",
    "QuoteKind",
    "Role",
    "Severity",
    "Source",
    "Span",
    "Stance",
    "Statement",
    "TimeExpr",
    "Topic",
    "Translation",
    "UnsupportedLanguageError",
    "__version__",
    "dump",
    "dump_jsonl",
    "extract",
    "fixtures",
    "io",
    "iter_jsonl",
    "json_schema",
    "load",
    "load_lexicon",
    "model",
    "parse_article",
    "render",
    "supported_languages",
    "text",
    "validate",
]

_SUBMODULES = frozenset({"fixtures", "io", "model", "render", "text"})
_WHERE: dict[str, str] = {
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "Actor",
            "ActorKind",
            "Article",
            "Document",
            "Event",
            "Granularity",
            "Meeting",
            "MeetingMode",
            "MeetingStatus",
            "Mention",
            "MentionForm",
            "Name",
            "Paragraph",
            "ParagraphRole",
            "Participant",
            "ParticipantRole",
            "Place",
            "PlaceKind",
            "Polarity",
            "QuoteKind",
            "Role",
            "Source",
            "Span",
            "Stance",
            "Statement",
            "TimeExpr",
            "Topic",
            "Translation",
        ),
        ".model",
    ),
    **dict.fromkeys(
        (
            "DocumentError",
            "LexiconError",
            "NewsEventsError",
            "ParseError",
            "Problem",
            "UnsupportedLanguageError",
        ),
        ".errors",
    ),
    **dict.fromkeys(
        ("JsonlWriter", "dump", "dump_jsonl", "iter_jsonl", "json_schema", "load"), ".io.json"
    ),
    "MAX_TEXT_LENGTH": ".parse",
    "parse_article": ".parse",
    "extract": ".extraction",
    "Lexicon": ".lang",
    "load_lexicon": ".lang",
    "supported_languages": ".lang",
    "Issue": ".validation",
    "Severity": ".validation",
    "validate": ".validation",
}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
