"""The public surface: a snapshot of ``newsevents.__all__``, every name importable, lazily."""

from __future__ import annotations

import subprocess
import sys

import newsevents

# Changing this list is changing the public API: update the changelog too.
CORE = {
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
    "fixtures",
    "io",
    "iter_jsonl",
    "json_schema",
    "load",
    "model",
    "parse_article",
    "render",
    "text",
    "validate",
}


def test_all_is_sorted_and_holds_the_core() -> None:
    names = list(newsevents.__all__)
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    assert len(names) == len(set(names))
    assert set(names) >= CORE


def test_every_public_name_resolves() -> None:
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None, name
    assert callable(newsevents.validate)
    assert callable(newsevents.parse_article)


def test_unknown_attribute() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = newsevents.nope


def test_import_is_lazy() -> None:
    code = (
        "import sys, newsevents; "
        "print(any(m.startswith(('newsevents.model', 'newsevents.lang', 'pydantic')) "
        "for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
