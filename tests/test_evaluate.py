"""The evaluation harness: gold loading, lenient matching, the scores, the corpus, the CLI."""

from __future__ import annotations

import doctest
import itertools
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsevents.evaluate as ev
from newsevents import (
    Actor,
    ActorKind,
    Document,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Mention,
    MentionForm,
    Participant,
    Polarity,
    QuoteKind,
    Span,
    Statement,
    parse_article,
    validate,
)
from newsevents.evaluate import (
    Gold,
    GoldError,
    Metrics,
    Score,
    evaluate,
    explain,
    gold_document,
    load_gold,
    main,
    names_match,
    parse_gold,
    render_table,
    score_document,
)

CORPUS = Path(__file__).parent / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*/*.gold.json"))

TEXT = (
    "Leaders talk in Cairo\n"
    'Ali Hassan said that the talks went well. "We agree on everything," Ali added.\n'
    "Ali met Omar Khalid for talks in Cairo on Monday.\n"
)
GOLD: dict[str, Any] = {
    "statements": [
        {
            "speaker": "Ali Hassan",
            "verb": "said",
            "quote": "the talks went well",
            "direct": False,
        },
        {"speaker": "Ali", "verb": "added", "quote": "We agree on everything", "direct": True},
    ],
    "meetings": [
        {
            "participants": ["Ali", "Omar Khalid"],
            "mode": "in_person",
            "status": "held",
            "trigger": "met",
        }
    ],
    "actors": [
        {"name": "Ali Hassan", "kind": "person", "mentions": ["Ali Hassan", "Ali"]},
        {"name": "Omar Khalid", "kind": "person", "mentions": ["Omar Khalid"]},
    ],
}


def gold_of(data: dict[str, Any], text: str = TEXT) -> Gold:
    return parse_gold(json.dumps(data), text)


def at(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


class Builder:
    """Builds predicted documents over a text with spans given as substrings."""

    def __init__(self, text: str = TEXT) -> None:
        self.text = text
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        self.events: list[Statement | Meeting] = []

    def actor(self, name: str, kind: ActorKind = ActorKind.PERSON) -> str:
        actor_id = f"a{len(self.actors) + 1}"
        self.actors.append(Actor(id=actor_id, kind=kind, name=name))
        return actor_id

    def mention(
        self, actor: str, surface: str, nth: int = 0, form: MentionForm = MentionForm.NAME
    ) -> None:
        self.mentions.append(
            Mention(
                id=f"m{len(self.mentions) + 1}",
                actor=actor,
                span=at(self.text, surface, nth),
                form=form,
            )
        )

    def statement(
        self,
        speakers: Sequence[str],
        content: str,
        quote: QuoteKind = QuoteKind.INDIRECT,
        nth: int = 0,
    ) -> None:
        self.events.append(
            Statement(
                id=f"e{len(self.events) + 1}",
                speakers=tuple(speakers),
                content=at(self.text, content, nth),
                quote=quote,
            )
        )

    def meeting(
        self,
        participants: Sequence[str],
        trigger: str,
        *,
        nth: int = 0,
        mode: MeetingMode = MeetingMode.IN_PERSON,
        status: MeetingStatus = MeetingStatus.OCCURRED,
        polarity: Polarity = Polarity.POSITIVE,
    ) -> None:
        self.events.append(
            Meeting(
                id=f"e{len(self.events) + 1}",
                participants=tuple(Participant(actor=p) for p in participants),
                trigger=at(self.text, trigger, nth),
                mode=mode,
                status=status,
                polarity=polarity,
            )
        )

    def build(self) -> Document:
        return Document(
            article=parse_article(self.text),
            actors=tuple(self.actors),
            mentions=tuple(self.mentions),
            events=tuple(self.events),
        )


def counts(score: Score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


# -- scores --------------------------------------------------------------------------------


def test_score_ratios() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75
    assert s.recall == 0.6
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))
    assert counts(s + Score(tp=1, fp=0, fn=0)) == (4, 1, 2)


def test_nothing_to_score_is_none_not_one() -> None:
    empty = Score()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    only_predictions = Score(fp=2)
    assert (only_predictions.precision, only_predictions.recall) == (0.0, None)
    assert only_predictions.f1 == 0.0
    only_gold = Score(fn=2)
    assert (only_gold.precision, only_gold.recall, only_gold.f1) == (None, 0.0, 0.0)
    assert ev.Accuracy().value is None


def test_scores_serialize_with_derived_values() -> None:
    data = json.loads(Score(tp=1, fp=1, fn=0).model_dump_json())
    assert data == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 2 / 3}


def test_empty_gold_and_empty_prediction() -> None:
    text = "Headline\nNothing happened today.\n"
    m = score_document(Builder(text).build(), gold_of({}, text))
    for name in ("statements", "statement_content", "meetings", "mentions", "aliases"):
        assert counts(getattr(m, name)) == (0, 0, 0)
        assert getattr(m, name).f1 is None
    assert m.direct.value is None


# -- the perfect document ------------------------------------------------------------------


def test_gold_document_scores_one_everywhere() -> None:
    gold = gold_of(GOLD)
    doc = gold_document(TEXT, gold)
    m = score_document(doc, gold)
    assert counts(m.statements) == (2, 0, 0)
    assert counts(m.statement_content) == (2, 0, 0)
    assert counts(m.meetings) == (1, 0, 0)
    # "Ali Hassan" once, "Ali" twice more (not inside "Ali Hassan"), "Omar Khalid" once.
    assert counts(m.mentions) == (4, 0, 0)
    # The three mentions of Ali Hassan make three pairs.
    assert counts(m.aliases) == (3, 0, 0)
    assert (m.direct.value, m.meeting_mode.value, m.meeting_status.value) == (1.0, 1.0, 1.0)


def test_gold_document_shape() -> None:
    doc = gold_document(TEXT, gold_of(GOLD))
    assert [a.name for a in doc.actors] == ["Ali Hassan", "Omar Khalid"]
    assert [doc.text_of(m.span) for m in doc.mentions] == [
        "Ali Hassan",
        "Ali",
        "Ali",
        "Omar Khalid",
    ]
    first, second = doc.statements
    assert doc.text_of(first.content) == "the talks went well"
    assert first.cue is not None and doc.text_of(first.cue) == "said"
    assert (first.quote, second.quote) == (QuoteKind.INDIRECT, QuoteKind.DIRECT)
    (meeting,) = doc.meetings
    assert doc.text_of(meeting.trigger) == "met"
    assert meeting.status is MeetingStatus.OCCURRED
    assert [p.actor for p in meeting.participants] == ["a1", "a2"]
    assert not [i for i in validate(doc) if i.severity == "error"]


def test_gold_document_unnamed_speaker_and_lone_participant() -> None:
    text = "Headline\nA senior official said the visit was useful. Ali will visit next week.\n"
    gold = gold_of(
        {
            "statements": [
                {
                    "speaker": "senior official",
                    "verb": "said",
                    "quote": "the visit was useful",
                    "direct": False,
                }
            ],
            "meetings": [
                {
                    "participants": ["Ali"],
                    "mode": "in_person",
                    "status": "planned",
                    "trigger": "visit",
                }
            ],
            "actors": [{"name": "Ali", "kind": "person", "mentions": ["Ali"]}],
        },
        text,
    )
    doc = gold_document(text, gold)
    speaker = doc.actor(doc.statements[0].speakers[0])
    assert (speaker.kind, speaker.name) == (ActorKind.GROUP, "senior official")
    assert [m.form for m in doc.mentions_of(speaker.id)] == [MentionForm.NOMINAL]
    (meeting,) = doc.meetings
    names = [doc.actor(p.actor).name for p in meeting.participants]
    assert names == ["Ali", ev.UNNAMED_COUNTERPART]
    # The trigger that fits the participant is the second "visit", in Ali's sentence.
    assert meeting.trigger == at(text, "visit", 1)
    m = score_document(doc, gold)
    assert counts(m.meetings) == (1, 0, 0)
    assert counts(m.statements) == (1, 0, 0)


def test_gold_document_rejects_ungrounded_gold() -> None:
    bad = Gold.model_validate_json(json.dumps({"actors": [GOLD["actors"][1]]}))
    with pytest.raises(GoldError, match="gold_not_in_text"):
        gold_document("Headline\nNo names here.\n", bad)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_gold_is_consistent_with_the_model(path: Path) -> None:
    text, gold = load_gold(path)
    doc = gold_document(text, gold)
    assert not [i for i in validate(doc) if i.severity == "error"]
    m = score_document(doc, gold)
    for name in ("statements", "statement_content", "meetings", "mentions", "aliases"):
        score: Score = getattr(m, name)
        assert score.fp == 0 and score.fn == 0, name
        assert score.f1 == (1.0 if score.tp else None), name
    assert counts(m.statements) == (len(gold.statements), 0, 0)
    assert counts(m.meetings) == (len(gold.meetings), 0, 0)
    for name in ("direct", "meeting_mode", "meeting_status"):
        accuracy: ev.Accuracy = getattr(m, name)
        assert accuracy.correct == accuracy.total, name


@pytest.mark.parametrize("language", ["ar", "en"])
def test_corpus_perfect_extractor_through_evaluate(language: str) -> None:
    golds = dict(map(load_gold, CORPUS_FILES))

    def perfect(text: str) -> Document:
        return gold_document(text, golds[text])

    report = evaluate([CORPUS / language], extractor=perfect)
    assert len(report.files) == len(list((CORPUS / language).glob("*.gold.json")))
    assert not report.failures
    for name in ("statements", "statement_content", "meetings", "mentions", "aliases"):
        assert getattr(report.total, name).f1 == 1.0
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    # The counts SOURCES.md states for the corpus.
    if language == "ar":
        assert "ar/: 16 files, 47 statements (18 direct), 25 meetings" in sources
        expected = (47, 18, 25)
    else:
        assert "en/: 12 files, 68 statements (22 direct), 14 meetings" in sources
        expected = (68, 22, 14)
    total = report.total
    direct = sum(
        1
        for p in (CORPUS / language).glob("*.gold.json")
        for s in load_gold(p)[1].statements
        if s.direct
    )
    assert (total.statements.tp, direct, total.meetings.tp) == expected


# -- statements ----------------------------------------------------------------------------


def test_statement_speaker_and_direct() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.mention(omar, "Omar Khalid")
    b.statement([ali], "the talks went well")
    # Right content, wrong speaker, wrong quote kind.
    b.statement([omar], "We agree on everything", QuoteKind.INDIRECT)
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.statements) == (1, 1, 1)
    assert counts(m.statement_content) == (2, 0, 0)
    assert (m.direct.correct, m.direct.total) == (1, 2)


def test_mixed_quote_counts_as_not_direct() -> None:
    b = Builder()
    ali = b.actor("Ali Hassan")
    b.statement([ali], "the talks went well", QuoteKind.MIXED)
    b.statement([ali], "We agree on everything", QuoteKind.MIXED)
    m = score_document(b.build(), gold_of(GOLD))
    assert (m.direct.correct, m.direct.total) == (1, 2)


def test_speaker_matched_through_mentions_and_names() -> None:
    b = Builder()
    # The actor's canonical name shares nothing with the gold speaker: its mention does.
    someone = b.actor("Person 1")
    b.mention(someone, "Ali", 1)
    b.statement([someone], "the talks went well")
    # A joint statement: one of the speakers is enough.
    omar = b.actor("Omar Khalid")
    b.statement([omar, someone], "We agree on everything", QuoteKind.DIRECT)
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.statements) == (2, 0, 0)


@pytest.mark.parametrize(
    ("content", "matches"),
    [
        ("the talks went well", True),
        ("said that the talks went well.", True),  # complementizer and full stop
        ("talks", True),  # contained in the gold quote
        ('Ali Hassan said that the talks went well. "We agree', True),  # contains it
        ('well. "We agree on everything," Ali added', True),  # contains the second quote
        ('went well. "We', False),  # 2 of 4 gold tokens plus one more: Jaccard 0.4
        ("Leaders talk", False),
    ],
)
def test_content_overlap_rule(content: str, matches: bool) -> None:
    b = Builder()
    ali = b.actor("Ali Hassan")
    b.statement([ali], content)
    m = score_document(b.build(), gold_of(GOLD))
    assert m.statement_content.tp == int(matches)


def test_one_to_one_matching_counts_a_duplicate_once() -> None:
    b = Builder()
    ali = b.actor("Ali Hassan")
    b.statement([ali], "the talks went well")
    b.statement([ali], "that the talks went well")
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.statement_content) == (1, 1, 1)


def test_one_to_one_matching_finds_the_larger_matching() -> None:
    # The wide prediction could take either gold quote; the narrow one only the first.
    b = Builder()
    ali = b.actor("Ali Hassan")
    b.statement([ali], 'the talks went well. "We agree on everything')
    b.statement([ali], "the talks")
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.statement_content) == (2, 0, 0)


def test_repeated_quote_occurrences() -> None:
    text = "Headline\nAli said: peace now.\nOmar said: peace now.\n"
    data = {
        "statements": [
            {"speaker": "Ali", "verb": "said", "quote": "peace now", "direct": True},
            {"speaker": "Omar", "verb": "said", "quote": "peace now", "direct": True},
        ],
        "actors": [
            {"name": "Ali", "kind": "person", "mentions": ["Ali"]},
            {"name": "Omar", "kind": "person", "mentions": ["Omar"]},
        ],
    }
    gold = gold_of(data, text)
    b = Builder(text)
    ali, omar = b.actor("Ali"), b.actor("Omar")
    b.statement([ali], "peace now", QuoteKind.DIRECT, nth=0)
    b.statement([omar], "peace now", QuoteKind.DIRECT, nth=1)
    assert counts(score_document(b.build(), gold).statements) == (2, 0, 0)
    doc = gold_document(text, gold)
    assert [s.content for s in doc.statements] == [at(text, "peace now", n) for n in (0, 1)]
    only_one = Builder(text)
    only_one.statement([only_one.actor("Ali")], "peace now", QuoteKind.DIRECT, nth=1)
    assert counts(score_document(only_one.build(), gold).statements) == (1, 0, 1)


def test_statement_in_headline_is_not_scored() -> None:
    text = "Ali says peace is near\nAli said that peace is near.\n"
    gold = gold_of(
        {
            "statements": [
                {"speaker": "Ali", "verb": "said", "quote": "peace is near", "direct": False}
            ],
            "actors": [{"name": "Ali", "kind": "person", "mentions": ["Ali"]}],
        },
        text,
    )
    b = Builder(text)
    ali = b.actor("Ali")
    b.statement([ali], "peace is near", nth=0)  # the headline: neither right nor wrong
    assert counts(score_document(b.build(), gold).statements) == (0, 0, 1)
    b.statement([ali], "peace is near", nth=1)
    assert counts(score_document(b.build(), gold).statements) == (1, 0, 0)


# -- meetings ------------------------------------------------------------------------------


def meeting_gold(**changes: Any) -> Gold:
    data = json.loads(json.dumps(GOLD))
    data["meetings"][0].update(changes)
    return gold_of(data)


def test_meeting_by_trigger_with_mode_and_status() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.meeting([ali, omar], "met", mode=MeetingMode.PHONE, status=MeetingStatus.PLANNED)
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.meetings) == (1, 0, 0)
    assert (m.meeting_mode.correct, m.meeting_mode.total) == (0, 1)
    assert (m.meeting_status.correct, m.meeting_status.total) == (0, 1)


@pytest.mark.parametrize(
    ("gold_status", "predicted", "agrees"),
    [
        ("held", MeetingStatus.OCCURRED, True),
        ("held", MeetingStatus.ONGOING, True),
        ("reported_past", MeetingStatus.OCCURRED, True),
        ("reported_past", MeetingStatus.RECURRING, True),
        ("reported_past", MeetingStatus.PLANNED, False),
        ("planned", MeetingStatus.PLANNED, True),
        ("planned", MeetingStatus.OCCURRED, False),
        ("held", MeetingStatus.UNKNOWN, False),
    ],
)
def test_meeting_status_mapping(gold_status: str, predicted: MeetingStatus, agrees: bool) -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.meeting([ali, omar], "met", status=predicted)
    m = score_document(b.build(), meeting_gold(status=gold_status))
    assert (m.meeting_status.correct, m.meeting_status.total) == (int(agrees), 1)


def test_meeting_by_participants_in_the_same_sentence() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.mention(ali, "Ali", 2)
    b.meeting([ali, omar], "talks", nth=1)  # "for talks", not the gold trigger "met"
    assert counts(score_document(b.build(), gold_of(GOLD)).meetings) == (1, 0, 0)


def test_meeting_with_another_trigger_needs_two_participants() -> None:
    b = Builder()
    ali, other = b.actor("Ali Hassan"), b.actor("Someone Else")
    b.meeting([ali, other], "talks", nth=1)
    assert counts(score_document(b.build(), gold_of(GOLD)).meetings) == (0, 1, 1)


def test_meeting_with_another_trigger_in_another_sentence_does_not_match() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.meeting([ali, omar], "talks", nth=0)  # "the talks went well", line 2
    assert counts(score_document(b.build(), gold_of(GOLD)).meetings) == (0, 1, 1)


@pytest.mark.parametrize(
    ("status", "polarity"),
    [
        (MeetingStatus.CANCELLED, Polarity.POSITIVE),
        (MeetingStatus.HYPOTHETICAL, Polarity.POSITIVE),
        (MeetingStatus.OCCURRED, Polarity.NEGATIVE),
    ],
)
def test_negated_cancelled_hypothetical_meetings_are_left_out(
    status: MeetingStatus, polarity: Polarity
) -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.meeting([ali, omar], "talks", nth=0, status=status, polarity=polarity)
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.meetings) == (0, 0, 1)
    # Even on the gold trigger, such a meeting is not a match.
    b.meeting([ali, omar], "met", status=status, polarity=polarity)
    assert counts(score_document(b.build(), gold_of(GOLD)).meetings) == (0, 0, 1)


def test_meeting_in_headline_is_not_scored() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.meeting([ali, omar], "talk")  # "Leaders talk in Cairo"
    assert counts(score_document(b.build(), gold_of(GOLD)).meetings) == (0, 0, 1)


def test_meetings_sharing_a_trigger_word_pair_by_participants() -> None:
    text = "Headline\nAli received Omar.\nAli received Sami.\n"
    data = {
        "meetings": [
            {
                "participants": ["Ali", name],
                "mode": mode,
                "status": "held",
                "trigger": "received",
            }
            for name, mode in (("Omar", "in_person"), ("Sami", "phone"))
        ],
        "actors": [{"name": n, "kind": "person", "mentions": [n]} for n in ("Ali", "Omar", "Sami")],
    }
    gold = gold_of(data, text)
    b = Builder(text)
    ali, omar, sami = b.actor("Ali"), b.actor("Omar"), b.actor("Sami")
    b.meeting([ali, sami], "received", nth=1, mode=MeetingMode.PHONE)
    b.meeting([ali, omar], "received", nth=0, mode=MeetingMode.IN_PERSON)
    m = score_document(b.build(), gold)
    assert counts(m.meetings) == (2, 0, 0)
    assert (m.meeting_mode.correct, m.meeting_mode.total) == (2, 2)
    doc = gold_document(text, gold)
    assert [mt.trigger for mt in doc.meetings] == [at(text, "received", n) for n in (0, 1)]


# -- mentions and aliases ------------------------------------------------------------------


def test_name_mentions_and_alias_pairs() -> None:
    b = Builder()
    ali, ali2, omar = b.actor("Ali Hassan"), b.actor("Ali"), b.actor("Omar Khalid")
    b.mention(ali, "Ali Hassan")
    b.mention(ali2, "Ali", 1)  # split off from Ali Hassan
    b.mention(ali2, "Ali", 2)
    b.mention(omar, "Khalid")  # part of "Omar Khalid": contained
    b.mention(omar, "Cairo", 1)  # not a gold mention
    b.mention(omar, "Leaders", form=MentionForm.NOMINAL)  # not a name: not scored
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.mentions) == (4, 1, 0)
    # Gold links the three Ali mentions (3 pairs); the prediction keeps only "Ali"–"Ali".
    assert counts(m.aliases) == (1, 0, 2)


def test_alias_pairs_across_different_gold_actors_are_false_links() -> None:
    b = Builder()
    blob = b.actor("Everyone")
    b.mention(blob, "Ali Hassan")
    b.mention(blob, "Omar Khalid")
    m = score_document(b.build(), gold_of(GOLD))
    assert counts(m.aliases) == (0, 1, 0)


def test_gold_mentions_are_whole_words() -> None:
    text = "Xi visits Xinjiang\nXi met the US delegation, not the USA team, in Xinjiang.\n"
    gold = gold_of(
        {
            "actors": [
                {"name": "Xi Jinping", "kind": "person", "mentions": ["Xi"]},
                {"name": "United States", "kind": "country", "mentions": ["US"]},
            ]
        },
        text,
    )
    spans = [(s, e) for s, e, _ in ev._gold_mentions(text, gold)]
    assert spans == [
        (at(text, "Xi").start, at(text, "Xi").end),
        (at(text, "Xi", 2).start, at(text, "Xi", 2).end),
        (at(text, "US").start, at(text, "US").end),
    ]


def test_gold_mentions_arabic_proclitics_and_longest_first() -> None:
    text = "عنوان\nزار الرئيس الجزائر والجزائر العاصمة، وقالت الرئاسة الجزائرية وروسيا اليوم.\n"
    gold = gold_of(
        {
            "actors": [
                {"name": "Algeria", "kind": "country", "mentions": ["الجزائر"]},
                {"name": "Russia", "kind": "country", "mentions": ["روسيا"]},
                {"name": "RT", "kind": "media", "mentions": ["روسيا اليوم"]},
            ]
        },
        text,
    )
    found = [(text[s:e], i) for s, e, i in ev._gold_mentions(text, gold)]
    # Bare and with «و»; not inside the adjective «الجزائرية»; «روسيا» inside «روسيا اليوم»
    # belongs to the longer name.
    assert found == [("الجزائر", 0), ("الجزائر", 0), ("روسيا اليوم", 2)]


def test_predicted_mention_with_proclitic_matches() -> None:
    text = "عنوان\nوصل الوفد إلى الجزائر ثم غادر والجزائر تستعد.\n"
    gold = gold_of(
        {"actors": [{"name": "Algeria", "kind": "country", "mentions": ["الجزائر"]}]}, text
    )
    b = Builder(text)
    dz = b.actor("الجزائر", ActorKind.COUNTRY)
    b.mention(dz, "الجزائر")
    b.mention(dz, "والجزائر")  # the whole word, clitic included
    m = score_document(b.build(), gold)
    assert counts(m.mentions) == (2, 0, 0)
    assert counts(m.aliases) == (1, 0, 0)


# -- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Biden", "Joe Biden", True),
        ("Joe Biden", "President Joe Biden", True),
        ("senior administration official", "a senior administration official", True),
        ("Biden", "Xi", False),
        ("Xi", "Xinjiang", False),
        ("White House", "House of Commons", False),
        ("الجانبان", "للجانبين", True),
        ("فهمى", "نبيل فهمي", True),
        ("الوزارة", "وزارة الخارجية الجزائرية", True),
        ("سوليفان", "ساليفان", True),
        ("هيج", "فهمى", False),
        ("", "Biden", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same
    assert names_match(b, a) is same


def test_module_doctests() -> None:
    result = doctest.testmod(ev, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


# -- the matching --------------------------------------------------------------------------


def brute_force(n_pred: int, n_gold: int, edges: dict[tuple[int, int], float]) -> tuple[int, int]:
    """The best (pairs, total quality in steps) over every one-to-one matching."""
    best = (0, 0)
    golds = list(range(n_gold))
    for perm in itertools.permutations(golds + [-1] * n_pred, n_pred):
        pairs = [(p, g) for p, g in enumerate(perm) if g >= 0 and (p, g) in edges]
        quality = sum(round(edges[pair] * (ev._QUALITY_STEPS - 1)) for pair in pairs)
        best = max(best, (len(pairs), quality))
    return best


@st.composite
def graphs(draw: st.DrawFn) -> tuple[int, int, dict[tuple[int, int], float]]:
    n_pred = draw(st.integers(1, 4))
    n_gold = draw(st.integers(1, 4))
    cells = [(p, g) for p in range(n_pred) for g in range(n_gold)]
    chosen = draw(st.lists(st.sampled_from(cells), unique=True))
    qualities = st.floats(0, 1, allow_nan=False)
    return n_pred, n_gold, {cell: draw(qualities) for cell in chosen}


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_matching_is_one_to_one_and_optimal(
    graph: tuple[int, int, dict[tuple[int, int], float]],
) -> None:
    n_pred, n_gold, edges = graph
    pairs = ev._match(n_pred, n_gold, edges)
    assert all(pair in edges for pair in pairs)
    assert len({p for p, _ in pairs}) == len(pairs) == len({g for _, g in pairs})
    quality = sum(round(edges[pair] * (ev._QUALITY_STEPS - 1)) for pair in pairs)
    assert (len(pairs), quality) == brute_force(n_pred, n_gold, edges)


# -- a synthetic corpus: perfect and degraded extractors -----------------------------------

NAMES = ("Alder", "Brisk", "Corvo", "Dunmore", "Elkan", "Fenwick")
WORDS = ("peace", "trade", "talks", "water", "borders", "grain", "energy", "security")


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    people = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
    lines = ["Headline of the day"]
    statements = []
    meetings = []
    for n in range(draw(st.integers(1, 5))):
        speaker = draw(st.sampled_from(people))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5))
        quote = " ".join([*words, "matter", str(n)])
        direct = draw(st.booleans())
        if direct:
            lines.append(f'{speaker} said: "{quote}."')
        else:
            lines.append(f"{speaker} said that {quote}.")
        statements.append({"speaker": speaker, "verb": "said", "quote": quote, "direct": direct})
    for n in range(draw(st.integers(0, 2))):
        a, b = draw(st.lists(st.sampled_from(people), min_size=2, max_size=2, unique=True))
        mode = draw(st.sampled_from(["in_person", "phone", "virtual", "unknown"]))
        status = draw(st.sampled_from(["held", "planned", "reported_past"]))
        lines.append(f"{a} met {b} in round {n}.")
        meetings.append({"participants": [a, b], "mode": mode, "status": status, "trigger": "met"})
    text = "\n".join(lines) + "\n"
    actors = [{"name": p, "kind": "person", "mentions": [p]} for p in people if p in text.split()]
    return text, {"statements": statements, "meetings": meetings, "actors": actors}


def without_events(doc: Document, keep: Callable[[int], bool]) -> Document:
    events = tuple(e for i, e in enumerate(doc.statements) if keep(i))
    return Document(
        article=doc.article,
        actors=doc.actors,
        mentions=doc.mentions,
        events=events + doc.meetings,
    )


@settings(max_examples=40, deadline=None)
@given(articles(), st.data())
def test_perfect_and_degraded_extractors(article: tuple[str, dict[str, Any]], data: Any) -> None:
    text, raw = article
    gold = gold_of(raw, text)
    perfect = gold_document(text, gold)
    m = score_document(perfect, gold)
    assert m.statements.f1 == 1.0
    assert m.meetings.f1 == (1.0 if gold.meetings else None)
    assert m.mentions.f1 == 1.0
    n = len(gold.statements)
    kept = data.draw(st.sets(st.integers(0, n - 1)))
    degraded = score_document(without_events(perfect, kept.__contains__), gold)
    assert counts(degraded.statements) == (len(kept), 0, n - len(kept))
    assert degraded.statements.recall == len(kept) / n
    assert degraded.statements.precision == (1.0 if kept else None)
    assert counts(degraded.meetings) == counts(m.meetings)


# -- gold files ----------------------------------------------------------------------------


def write_pair(folder: Path, stem: str, text: str, gold: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{stem}.gold.json"
    path.write_text(gold if isinstance(gold, str) else json.dumps(gold), encoding="utf-8")
    return path


def test_load_gold_reads_either_file(tmp_path: Path) -> None:
    path = write_pair(tmp_path, "01", TEXT, GOLD)
    text, gold = load_gold(path)
    assert text == TEXT
    assert load_gold(tmp_path / "01.txt") == (text, gold)
    assert gold.meetings[0].status is ev.GoldMeetingStatus.HELD


def test_load_gold_keeps_line_endings(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_bytes(TEXT.replace("\n", "\r\n").encode())
    (tmp_path / "01.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    text, _ = load_gold(tmp_path / "01.gold.json")
    assert "\r\n" in text


@pytest.mark.parametrize(
    ("gold", "code", "where"),
    [
        ("{not json", "json_invalid", "$"),
        ({"statements": [{"speaker": "Ali"}]}, "missing", "statements[0].verb"),
        (
            {"statements": [{**GOLD["statements"][0], "direct": "yes"}]},
            "bool_type",
            "statements[0].direct",
        ),
        ({"meetings": [{**GOLD["meetings"][0], "status": "done"}]}, "enum", "meetings[0].status"),
        (
            {"actors": [{"name": "X", "kind": "person", "mentions": []}], "extra": 1},
            "extra_forbidden",
            "extra",
        ),
        (
            {"statements": [{**GOLD["statements"][0], "quote": "not in the text"}]},
            "gold_not_in_text",
            "statements[0].quote",
        ),
        (
            {"meetings": [{**GOLD["meetings"][0], "participants": ["Ali", "Nobody"]}]},
            "gold_not_in_text",
            "meetings[0].participants[1]",
        ),
        (
            # An empty participant names no one: refused, not a crash in gold_document().
            {"meetings": [{**GOLD["meetings"][0], "participants": ["Ali", ""]}]},
            "string_too_short",
            "meetings[0].participants[1]",
        ),
    ],
)
def test_bad_gold_names_file_path_and_code(
    tmp_path: Path, gold: Any, code: str, where: str
) -> None:
    path = write_pair(tmp_path, "07", TEXT, gold)
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert (code, where) in [(p.code, p.path) for p in info.value.problems]
    assert isinstance(info.value, ValueError)


# -- evaluate and the command line ---------------------------------------------------------


def extractor_from(gold: dict[str, Any]) -> Callable[[str], Document]:
    def extract(text: str) -> Document:
        return gold_document(text, gold_of(gold, text))

    return extract


def test_evaluate_reports_failures_and_micro_averages(tmp_path: Path) -> None:
    write_pair(tmp_path, "01", TEXT, GOLD)
    write_pair(tmp_path, "02", "Headline\nNothing to see.\n", "[")
    crash_text = "Headline\nAli Hassan said that talks went well.\n"
    write_pair(
        tmp_path,
        "03",
        crash_text,
        {
            "statements": [
                {
                    "speaker": "Ali Hassan",
                    "verb": "said",
                    "quote": "talks went well",
                    "direct": False,
                }
            ],
            "actors": [GOLD["actors"][0]],
        },
    )
    perfect = extractor_from(GOLD)

    def extractor(text: str) -> Document:
        if text == crash_text:
            raise RuntimeError("boom")
        return perfect(text)

    report = evaluate([tmp_path], extractor=extractor)
    by_name = {Path(f.path).name: f for f in report.files}
    assert list(by_name) == ["01.gold.json", "02.gold.json", "03.gold.json"]
    assert by_name["01.gold.json"].error is None
    assert by_name["02.gold.json"].error_kind == "gold"
    assert by_name["02.gold.json"].metrics is None
    crashed = by_name["03.gold.json"]
    assert crashed.error_kind == "extractor"
    assert crashed.error == "RuntimeError: boom"
    assert crashed.metrics is not None
    # A failed file counts as extracting nothing: its gold statement is missed.
    assert counts(crashed.metrics.statements) == (0, 0, 1)
    assert counts(report.total.statements) == (2, 0, 1)
    assert counts(report.total.mentions) == (4, 0, 1)
    assert [Path(f.path).name for f in report.failures] == ["02.gold.json", "03.gold.json"]


def test_evaluate_rejects_wrong_documents(tmp_path: Path) -> None:
    write_pair(tmp_path, "01", TEXT, GOLD)
    report = evaluate([tmp_path], extractor=lambda text: gold_document(TEXT + "x", Gold()))
    assert report.files[0].error == (
        "ValueError: the extractor returned a document of a different text"
    )
    report = evaluate([tmp_path], extractor=lambda text: "nope")  # type: ignore[arg-type,return-value]
    assert report.files[0].error == "TypeError: the extractor returned str, not a Document"


def test_evaluate_paths(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        evaluate([tmp_path / "missing"], extractor=extractor_from(GOLD))
    with pytest.raises(FileNotFoundError, match=r"no \.gold\.json files"):
        evaluate([tmp_path], extractor=extractor_from(GOLD))
    path = write_pair(tmp_path, "01", TEXT, GOLD)
    report = evaluate([path, tmp_path / "01.txt"], extractor=extractor_from(GOLD))
    assert len(report.files) == 2
    assert report.total.statements.tp == 4
    single = evaluate(str(tmp_path), extractor=extractor_from(GOLD))
    assert [f.path for f in single.files] == [str(path)]


def test_default_extractor_is_imported_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsevents

    sentinel = extractor_from(GOLD)
    monkeypatch.setattr(newsevents, "extract", sentinel, raising=False)
    assert ev._default_extractor() is sentinel
    monkeypatch.delattr(newsevents, "extract", raising=False)
    from newsevents.extraction import extract

    assert ev._default_extractor() is extract


def test_render_table(tmp_path: Path) -> None:
    write_pair(tmp_path, "01", TEXT, GOLD)
    write_pair(tmp_path, "02", TEXT, "[")
    report = evaluate([tmp_path], extractor=extractor_from(GOLD))
    table = render_table(report)
    assert "| statement + speaker | 1.000 | 1.000 | 1.000 | 2 | 0 | 0 |" in table
    assert "| alias pairs | 1.000 | 1.000 | 1.000 | 3 | 0 | 0 |" in table
    assert "| meeting status | 1.000 | 1 | 1 |" in table
    assert "1 of 2 files scored" in table
    assert "01.gold.json" not in table
    rows = render_table(report, per_file=True)
    assert f"| {tmp_path / '01.gold.json'} | 1.000 | 1.000 | 1.000 |" in rows
    assert f"| {tmp_path / '02.gold.json'} | invalid gold |" in rows


def test_main_json_and_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pair(tmp_path / "corpus", "01", TEXT, GOLD)
    module = tmp_path / "my_extractor.py"
    module.write_text(
        "import json\n"
        "from newsevents.evaluate import gold_document, parse_gold\n"
        f"GOLD = {json.dumps(GOLD)!r}\n"
        "def perfect(text):\n"
        "    return gold_document(text, parse_gold(GOLD, text))\n"
        "def broken(text):\n"
        "    raise ValueError('no')\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    corpus = str(tmp_path / "corpus")

    assert main([corpus, "--extractor", "my_extractor:perfect", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["statements"]["f1"] == 1.0
    assert data["files"][0]["metrics"]["meetings"]["tp"] == 1

    assert main([corpus, "--extractor", "my_extractor:broken"]) == 0
    out = capsys.readouterr()
    assert "| statement + speaker | n/a | 0.000 | 0.000 | 0 | 0 | 2 |" in out.out
    assert "extractor error: ValueError: no" in out.err
    assert str(tmp_path / "corpus" / "01.gold.json") in out.err
    assert main([corpus, "--extractor", "my_extractor:broken", "--fail-on-crash"]) == 1
    capsys.readouterr()
    assert main([corpus, "--extractor", "my_extractor:broken", "--explain"]) == 0
    assert "- statements: missed at " in capsys.readouterr().out

    assert main([corpus, "--extractor", "my_extractor:perfect", "--fail-on-crash"]) == 0
    capsys.readouterr()
    assert main([str(tmp_path / "nowhere"), "--extractor", "my_extractor:perfect"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main([corpus, "--extractor", "my_extractor"]) == 2
    assert "MODULE:NAME" in capsys.readouterr().err


def test_metrics_add_up() -> None:
    a = Metrics(statements=Score(tp=1, fn=1), direct=ev.Accuracy(correct=1, total=2))
    b = Metrics(statements=Score(tp=2, fp=1), direct=ev.Accuracy(correct=0, total=1))
    total = a + b
    assert counts(total.statements) == (3, 1, 1)
    assert (total.direct.correct, total.direct.total) == (1, 3)


def test_quality_page_examples_run() -> None:
    page = (Path(__file__).parent.parent / "docs" / "quality.md").read_text(encoding="utf-8")
    blocks = page.split("```python\n")[1:]
    assert blocks
    for block in blocks:
        exec(compile(block.split("```")[0], "docs/quality.md", "exec"), {})


def test_explain_lists_each_error() -> None:
    b = Builder()
    ali, omar = b.actor("Ali Hassan"), b.actor("Omar Khalid")
    b.mention(ali, "Ali Hassan")
    b.mention(omar, "Cairo", 1)
    b.statement([omar], "the talks went well")  # wrong speaker
    b.meeting([ali, omar], "met", mode=MeetingMode.PHONE, status=MeetingStatus.PLANNED)
    b.meeting([ali, omar], "talks", nth=0)  # another sentence: spurious
    doc = b.build()
    found = [(f.task, f.kind, f.span) for f in explain(doc, gold_of(GOLD))]
    assert found == [
        ("statements", "disagrees", at(TEXT, "the talks went well")),
        ("statements", "missed", at(TEXT, "We agree on everything")),
        ("meetings", "spurious", at(TEXT, "talks")),
        ("meeting_mode", "disagrees", at(TEXT, "met")),
        ("meeting_status", "disagrees", at(TEXT, "met")),
        ("mentions", "missed", at(TEXT, "Ali", 1)),
        ("mentions", "missed", at(TEXT, "Ali", 2)),
        ("mentions", "missed", at(TEXT, "Omar Khalid")),
        ("mentions", "spurious", at(TEXT, "Cairo", 1)),
    ]
    first = explain(doc, gold_of(GOLD))[0]
    assert str(first) == (
        f"statements: disagrees at {at(TEXT, 'the talks went well')}; "
        "gold: Ali Hassan | said | the talks went well (not direct); "
        "predicted: Omar Khalid |  | the talks went well (indirect)"
    )
    assert explain(gold_document(TEXT, gold_of(GOLD)), gold_of(GOLD)) == []


def test_explain_through_evaluate_and_the_table(tmp_path: Path) -> None:
    write_pair(tmp_path, "01", TEXT, GOLD)
    empty = Builder().build
    quiet = evaluate([tmp_path], extractor=lambda text: empty())
    assert quiet.files[0].findings == ()
    loud = evaluate([tmp_path], extractor=lambda text: empty(), explain=True)
    kinds = [(f.task, f.kind) for f in loud.files[0].findings]
    assert kinds.count(("statements", "missed")) == 2
    assert kinds.count(("mentions", "missed")) == 4
    table = render_table(loud)
    assert f"{tmp_path / '01.gold.json'}:" in table
    assert "- meetings: missed at " in table


JOINT_TEXT = (
    "Headline\n"
    "Ali met Omar. Both leaders stressed that trade must grow. Omar said that ties are good.\n"
)
JOINT_GOLD: dict[str, Any] = {
    "statements": [
        {
            "speaker": "Both leaders",
            "verb": "stressed",
            "quote": "trade must grow",
            "direct": False,
        },
        {"speaker": "Omar", "verb": "said", "quote": "ties are good", "direct": False},
    ],
    "actors": [
        {"name": "Ali", "kind": "person", "mentions": ["Ali"]},
        {"name": "Omar", "kind": "person", "mentions": ["Omar"]},
    ],
}


def test_joint_speakers_match_a_plural_phrase() -> None:
    gold = gold_of(JOINT_GOLD, JOINT_TEXT)
    b = Builder(JOINT_TEXT)
    ali, omar = b.actor("Ali"), b.actor("Omar")
    b.statement([ali, omar], "trade must grow")
    assert counts(score_document(b.build(), gold).statements) == (1, 0, 1)


def test_joint_rule_needs_several_speakers_and_the_same_sentence() -> None:
    gold = gold_of(JOINT_GOLD, JOINT_TEXT)
    alone = Builder(JOINT_TEXT)
    alone.statement([alone.actor("Ali")], "trade must grow")
    assert counts(score_document(alone.build(), gold).statements) == (0, 1, 2)
    # The second gold speaker is a named actor: a joint prediction is not enough.
    pair = Builder(JOINT_TEXT)
    pair.statement([pair.actor("Ali"), pair.actor("Sami")], "ties are good")
    assert counts(score_document(pair.build(), gold).statements) == (0, 1, 2)
    elsewhere = JOINT_TEXT.replace("Omar said that", "Omar said. Later: that")
    gold2 = gold_of(
        {
            **JOINT_GOLD,
            "statements": [
                JOINT_GOLD["statements"][0],
                {
                    "speaker": "Both leaders",
                    "verb": "said",
                    "quote": "ties are good",
                    "direct": False,
                },
            ],
        },
        elsewhere,
    )
    far = Builder(elsewhere)
    far.statement([far.actor("Ali"), far.actor("Omar")], "ties are good")
    assert counts(score_document(far.build(), gold2).statements) == (0, 1, 2)
