"""The model's field rules and document-level rules: each broken document gets its own code."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from newsevents import (
    Actor,
    ActorKind,
    Article,
    Document,
    Meeting,
    MeetingMode,
    Mention,
    Participant,
    Span,
    Statement,
    parse_article,
)

TEXT = "الرئيس يلتقي الوزير\nوقال الرئيس إن “اللقاء مهم”.\n"


def base() -> dict[str, Any]:
    """A small valid document as plain data, to break one rule at a time."""
    article = parse_article(TEXT, id="a")
    return {
        "article": article.model_dump(),
        "actors": [
            {"id": "p1", "kind": "person", "name": "الرئيس"},
            {"id": "p2", "kind": "person", "name": "الوزير"},
        ],
        "mentions": [
            {"id": "m1", "actor": "p1", "span": {"start": 0, "end": 6}, "form": "nominal"},
        ],
        "events": [
            {
                "kind": "meeting",
                "id": "e1",
                "participants": [{"actor": "p1"}, {"actor": "p2"}],
                "trigger": {"start": 7, "end": 12},
                "mode": "in_person",
                "status": "occurred",
            },
            {
                "kind": "statement",
                "id": "s1",
                "speakers": ["p1"],
                "cue": {"start": 20, "end": 24},
                "cue_lemma": "قال",
                "content": {"start": 36, "end": 46},
                "quote": "direct",
            },
        ],
    }


def errors_of(data: dict[str, Any]) -> list[tuple[str, str]]:
    from newsevents.errors import format_path

    with pytest.raises(ValidationError) as info:
        Document.model_validate(data)
    return [(e["type"], format_path(e["loc"])) for e in info.value.errors()]


def test_base_document_is_valid() -> None:
    doc = Document.model_validate(base())
    assert doc.text_of(doc.statements[0].content) == "اللقاء مهم"
    assert doc.text_of(doc.meetings[0].trigger) == "يلتقي"
    assert doc.actor("p1").name == "الرئيس"


def test_span_reversed() -> None:
    data = base()
    data["events"][1]["content"] = {"start": 46, "end": 36}
    assert errors_of(data) == [("span_reversed", "events[1].statement.content")]


def test_span_out_of_text() -> None:
    data = base()
    data["mentions"][0]["span"] = {"start": 0, "end": 999}
    assert errors_of(data) == [("span_out_of_text", "mentions[0].span")]


def test_duplicate_id_across_collections() -> None:
    data = base()
    data["events"][1]["id"] = "p1"
    assert errors_of(data) == [("duplicate_id", "events[1].id")]


def test_unresolved_actor_everywhere() -> None:
    data = base()
    data["mentions"][0]["actor"] = "nobody"
    data["events"][0]["participants"][1]["actor"] = "ghost"
    data["events"][1]["speakers"] = ["p1", "ghost"]
    data["events"][1]["reported_by"] = "ghost"
    data["actors"][0]["roles"] = [{"title": "رئيس", "affiliation": "ghost"}]
    assert sorted(errors_of(data)) == sorted(
        [
            ("unresolved_actor", "mentions[0].actor"),
            ("unresolved_actor", "events[0].meeting.participants[1].actor"),
            ("unresolved_actor", "events[1].statement.speakers[1]"),
            ("unresolved_actor", "events[1].statement.reported_by"),
            ("unresolved_actor", "actors[0].roles[0].affiliation"),
        ]
    )


def test_unresolved_time_and_place() -> None:
    data = base()
    data["events"][0]["time"] = "t9"
    data["events"][0]["place"] = "p9"
    assert errors_of(data) == [
        ("unresolved_time", "events[0].meeting.time"),
        ("unresolved_place", "events[0].meeting.place"),
    ]


def test_meeting_needs_two_participants_or_a_group() -> None:
    data = base()
    data["events"][0]["participants"] = [{"actor": "p1"}, {"actor": "p1", "role": "host"}]
    assert errors_of(data) == [("meeting_too_few_participants", "events[0].meeting.participants")]
    data["actors"].append({"id": "g1", "kind": "group", "name": "المسؤولون"})
    data["events"][0]["participants"] = [{"actor": "g1"}]
    data["mentions"].append({"id": "m2", "actor": "g1", "span": {"start": 13, "end": 19}})
    assert Document.model_validate(data).meetings[0].participants[0].actor == "g1"


def test_statement_needs_a_speaker() -> None:
    data = base()
    data["events"][1]["speakers"] = []
    assert errors_of(data) == [("statement_no_speaker", "events[1].statement")]


def test_statement_needs_content() -> None:
    data = base()
    data["events"][1]["content"] = {"start": 36, "end": 36}
    assert errors_of(data) == [("statement_empty_content", "events[1].statement")]


def test_all_problems_are_reported_together() -> None:
    data = base()
    data["mentions"][0]["span"] = {"start": 0, "end": 999}
    data["mentions"][0]["actor"] = "ghost"
    data["events"][0]["participants"] = [{"actor": "p1"}]
    data["events"][1]["id"] = "e1"
    codes = sorted(code for code, _ in errors_of(data))
    assert codes == [
        "duplicate_id",
        "meeting_too_few_participants",
        "span_out_of_text",
        "unresolved_actor",
    ]


def test_paragraph_rules() -> None:
    data = base()
    paragraphs = data["article"]["paragraphs"]
    paragraphs[1]["span"] = {"start": 10, "end": len(TEXT)}
    paragraphs[1]["sentences"] = [{"start": 0, "end": 3}]
    paragraphs[0]["content"] = {"start": 0, "end": 500}
    got = errors_of(data)
    assert ("paragraphs_unordered", "article.paragraphs[1].span") in got
    assert ("sentence_outside_paragraph", "article.paragraphs[1].sentences[0]") in got
    assert ("span_out_of_text", "article.paragraphs[0].content") in got
    assert ("content_outside_paragraph", "article.paragraphs[0].content") in got


def test_unknown_fields_are_rejected_with_their_path() -> None:
    data = base()
    data["events"][1]["speaker"] = "p1"
    assert ("extra_forbidden", "events[1].statement.speaker") in errors_of(data)


def test_unknown_event_kind() -> None:
    data = base()
    data["events"][0]["kind"] = "protest"
    assert errors_of(data)[0][0] == "union_tag_invalid"


def test_models_are_frozen() -> None:
    doc = Document.model_validate(base())
    with pytest.raises(ValidationError):
        doc.actors[0].name = "x"  # type: ignore[misc]


def test_extensions_survive_round_trip() -> None:
    data = base()
    data["extensions"] = {"x-desk": {"editor": "ف", "ids": [1, 2.5, None, True]}}
    data["events"][1]["extensions"] = {"score": 0.5}
    doc = Document.model_validate(data)
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.extensions["x-desk"] == {"editor": "ف", "ids": [1, 2.5, None, True]}


def test_lookups() -> None:
    doc = Document.model_validate(base())
    assert doc.event("s1").kind == "statement"
    assert [m.id for m in doc.mentions_of("p1")] == ["m1"]
    assert [s.id for s in doc.statements_by("p1")] == ["s1"]
    assert [m.id for m in doc.meetings_of("p2")] == ["e1"]
    with pytest.raises(KeyError, match="no actor with id 'zz'"):
        doc.actor("zz")
    with pytest.raises(KeyError, match="no event"):
        doc.event("zz")


def test_span_helpers() -> None:
    span = Span(start=2, end=5)
    assert len(span) == 3
    assert str(span) == "2..5"
    assert span.contains(Span(start=3, end=5))
    assert not span.contains(Span(start=1, end=5))
    assert span.overlaps(Span(start=4, end=9))
    assert not span.overlaps(Span(start=5, end=9))
    text = "a😀€bcd"
    assert span.utf8(text) == (5, 10)
    assert span.utf16(text) == (3, 6)


def test_field_rules() -> None:
    with pytest.raises(ValidationError, match="string_pattern_mismatch"):
        Actor(id="bad id", kind=ActorKind.PERSON, name="x")
    with pytest.raises(ValidationError, match="less_than_equal"):
        Mention(id="m", actor="a", span=Span(start=0, end=1), confidence=1.5)
    with pytest.raises(ValidationError, match="string_pattern_mismatch"):
        Mention(id="m", actor="a", span=Span(start=0, end=1), method="guess")
    with pytest.raises(ValidationError, match="string_pattern_mismatch"):
        Article(id="a", language="Arabic", text="x")
    with pytest.raises(ValidationError, match="greater_than_equal"):
        Span(start=-1, end=2)


def test_event_union_dispatches_on_kind() -> None:
    m = Meeting(
        id="e",
        participants=(Participant(actor="a"), Participant(actor="b")),
        trigger=Span(start=0, end=1),
        mode=MeetingMode.PHONE,
    )
    s = Statement(id="s", speakers=("a",), content=Span(start=0, end=1))
    assert m.kind == "meeting"
    assert s.kind == "statement"


def test_views_follow_copies() -> None:
    doc = Document.model_validate(base())
    assert len(doc.statements) == 1
    assert doc.actor("p2").name == "الوزير"
    emptied = doc.model_copy(update={"events": (), "actors": doc.actors[:1]})
    assert emptied.statements == ()
    assert emptied.meetings == ()
    with pytest.raises(KeyError):
        emptied.actor("p2")
    assert len(doc.statements) == 1
    assert Document.model_validate(base()) == doc  # caches never affect equality
    assert "_cached_views" not in doc.model_dump_json()


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), [1, [2.0, float("-inf")]]])
def test_extensions_refuse_non_finite_numbers(bad: object) -> None:
    data = base()
    data["extensions"] = {"x": bad}
    assert errors_of(data) == [("extension_not_finite", "extensions")]


def test_extensions_refuse_deep_nesting() -> None:
    from newsevents.model._base import MAX_EXTENSION_DEPTH

    deep: object = "leaf"
    for _ in range(MAX_EXTENSION_DEPTH):
        deep = [deep]
    data = base()
    data["extensions"] = {"x": deep}
    assert errors_of(data) == [("extension_too_deep", "extensions")]
    data["extensions"] = {"x": deep[0]}  # type: ignore[index]
    doc = Document.model_validate(data)
    assert Document.model_validate_json(doc.model_dump_json()) == doc
