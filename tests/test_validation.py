"""validate(): hard rules re-checked as errors, and the softer findings, each with its code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import regex

from newsevents import Document, Issue, Severity, validate
from newsevents.validation import CODES

from .test_model import base

DOCS = Path(__file__).resolve().parent.parent / "docs" / "validation.md"


def findings(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(i.code, i.path) for i in validate(Document.model_validate(data))]


def test_sound_document_has_no_findings() -> None:
    assert findings(base()) == []


def test_direct_quote_without_marks() -> None:
    data = base()
    data["events"][1]["content"] = {"start": 30, "end": 35}  # «الرئيس» — not inside “…”
    data["events"][1]["content"] = {"start": 25, "end": 31}
    assert ("quote_unmarked", "events[1].statement.content") in findings(data)


def test_mixed_quote_without_marks() -> None:
    data = base()
    data["events"][1]["quote"] = "mixed"
    assert findings(data) == [("mixed_quote_unmarked", "events[1].statement.content")]
    data["events"][1]["content"] = {"start": 35, "end": 47}  # “اللقاء مهم” with its marks
    assert findings(data) == []


def test_name_mention_that_matches_no_name() -> None:
    data = base()
    data["mentions"][0]["form"] = "name"
    assert findings(data) == []  # «الرئيس» is the actor's name
    data["mentions"][0]["span"] = {"start": 13, "end": 19}  # «الوزير»
    issues = validate(Document.model_validate(data))
    assert [(i.code, i.path) for i in issues] == [("mention_name_mismatch", "mentions[0].span")]
    assert "add it to the actor's names" in issues[0].message


def test_name_matching_sees_through_clitics_and_spelling() -> None:
    text = "وقال هولتا ولجيك سوليفان والأمريكى\n"
    data: dict[str, Any] = {
        "article": {"id": "a", "language": "ar", "text": text},
        "actors": [
            {
                "id": "h",
                "kind": "person",
                "name": "Eyal Hulata",
                "names": [{"text": "إيال هولتا"}],
            },
            {"id": "j", "kind": "person", "name": "جيك سوليفان"},
            {"id": "u", "kind": "country", "name": "الأمريكي"},
        ],
        "mentions": [
            {"id": "m1", "actor": "h", "span": {"start": 5, "end": 10}},
            {"id": "m2", "actor": "j", "span": {"start": 11, "end": 24}},
            {"id": "m3", "actor": "u", "span": {"start": 25, "end": 34}},
        ],
    }
    assert findings(data) == []


def test_untrimmed_and_grapheme_splitting_spans() -> None:
    data = base()
    data["mentions"][0]["span"] = {"start": 0, "end": 7}  # «الرئيس » with the space
    assert findings(data) == [("span_untrimmed", "mentions[0].span")]
    text = "قالَ الرئيس\n"
    data2: dict[str, Any] = {
        "article": {"id": "a", "language": "ar", "text": text},
        "actors": [{"id": "p", "kind": "person", "name": "الرئيس"}],
        "mentions": [{"id": "m", "actor": "p", "span": {"start": 5, "end": 11}}],
        "events": [
            {
                "kind": "statement",
                "id": "s",
                "speakers": ["p"],
                "cue": {"start": 0, "end": 3},  # cuts «قالَ» before its fatha
                "content": {"start": 5, "end": 11},
            }
        ],
    }
    assert findings(data2) == [("span_splits_grapheme", "events[0].statement.cue")]


def test_duplicate_mention_and_unmentioned_actor() -> None:
    data = base()
    data["mentions"].append(dict(data["mentions"][0], id="m9"))
    data["actors"].append({"id": "x", "kind": "country", "name": "مصر"})
    got = validate(Document.model_validate(data))
    assert [(i.code, i.severity) for i in got] == [
        ("duplicate_mention", Severity.WARNING),
        ("actor_unmentioned", Severity.INFO),
    ]


def test_hard_rules_are_reported_for_unvalidated_documents() -> None:
    good = Document.model_validate(base())
    broken_statement = good.events[1].model_copy(update={"speakers": ("ghost",)})
    broken = Document.model_construct(
        article=good.article,
        actors=good.actors,
        mentions=good.mentions,
        events=(good.events[0], broken_statement),
        times=(),
        places=(),
        extensions={},
    )
    got = validate(broken)
    assert got[0] == Issue(
        code="unresolved_actor",
        severity=Severity.ERROR,
        path="events[1].statement.speakers[0]",
        message=got[0].message,
    )
    assert "'ghost'" in got[0].message


def test_every_code_is_documented() -> None:
    page = DOCS.read_text(encoding="utf-8")
    documented = set(regex.findall(r"^\| `([a-z_]+)` \|", page, flags=regex.MULTILINE))
    assert documented == set(CODES)
