"""The hand-annotated seed document, checked fact by fact through the public API."""

from __future__ import annotations

import doctest
import importlib.util
from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import (
    ActorKind,
    Document,
    Granularity,
    Meeting,
    MeetingMode,
    MeetingStatus,
    MentionForm,
    ParagraphRole,
    ParticipantRole,
    PlaceKind,
    QuoteKind,
    Span,
    Stance,
    Statement,
    validate,
)
from newsevents.fixtures import SEED_ID, seed_document, seed_text

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "annotate_seed.py"
DOCS = ROOT / "docs" / "fixture.md"

ACTORS = {
    "sullivan": ActorKind.PERSON,
    "hulata": ActorKind.PERSON,
    "biden": ActorKind.PERSON,
    "bennett": ActorKind.PERSON,
    "white-house": ActorKind.ORGANIZATION,
    "walla": ActorKind.MEDIA,
    "us": ActorKind.COUNTRY,
    "israel": ActorKind.COUNTRY,
    "iran": ActorKind.COUNTRY,
    "scg": ActorKind.ORGANIZATION,
    "iran-proxies": ActorKind.GROUP,
    "agency-reps": ActorKind.GROUP,
    "us-israeli-officials": ActorKind.GROUP,
}

# cue as written -> (dictionary form, stance), for Hulata's six direct quotes, in text order.
HULATA_CUES = {
    "وقال": ("قال", Stance.SAY),
    "مشددا": ("شدد", Stance.STRESS),
    "وأضاف": ("أضاف", Stance.ADD),
    "مشيرا": ("أشار", Stance.NOTE),
    "وأوضح": ("أوضح", Stance.EXPLAIN),
    "محذرا": ("حذر", Stance.WARN),
}


@pytest.fixture(scope="module")
def doc() -> Document:
    return seed_document()


@cache
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("annotate_seed", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reading(doc: Document, text: str) -> set[tuple[str, MentionForm]]:
    """(actor, form) of every mention whose text is exactly ``text``."""
    return {(m.actor, m.form) for m in doc.mentions if doc.text_of(m.span) == text}


def _statement_with_cue(doc: Document, cue: str) -> Statement:
    found = [s for s in doc.statements if s.cue is not None and doc.text_of(s.cue) == cue]
    assert len(found) == 1, cue
    return found[0]


def _meeting_with_trigger(doc: Document, trigger: str) -> Meeting:
    found = [m for m in doc.meetings if doc.text_of(m.trigger) == trigger]
    assert len(found) == 1, trigger
    return found[0]


# -- the document as a whole ----------------------------------------------------------------


def test_validates_without_any_finding(doc: Document) -> None:
    assert validate(doc) == []


def test_is_cached_and_public(doc: Document) -> None:
    assert seed_document() is doc
    assert newsevents.fixtures.seed_document() is doc
    assert set(newsevents.fixtures.__all__) == {"SEED_ID", "seed_document", "seed_text"}


def test_article(doc: Document) -> None:
    assert doc.text == seed_text()
    assert doc.article.id == SEED_ID
    assert doc.article.language == "ar"
    roles = [p.role for p in doc.article.paragraphs]
    assert len(roles) == 13
    assert roles[0] is ParagraphRole.HEADLINE
    assert roles[7] is ParagraphRole.SUBHEADING
    assert roles.count(ParagraphRole.BODY) == 11


def test_every_fact_is_manual(doc: Document) -> None:
    facts = [*doc.actors, *doc.mentions, *doc.events, *doc.times, *doc.places]
    assert {f.method for f in facts} == {"manual"}
    assert all(0.0 < f.confidence <= 1.0 for f in facts)


def test_counts(doc: Document) -> None:
    assert len(doc.actors) == 13
    assert len(doc.statements) == 10
    assert len(doc.meetings) == 6
    assert len(doc.times) == 3
    assert len(doc.places) == 5
    forms = Counter(m.form for m in doc.mentions)
    assert forms == {
        MentionForm.NAME: 27,
        MentionForm.NOMINAL: 42,
        MentionForm.PRONOUN: 13,
        MentionForm.IMPLICIT: 6,
    }


def test_ids_are_readable_and_in_text_order(doc: Document) -> None:
    assert [m.id for m in doc.mentions] == [f"m{i}" for i in range(1, len(doc.mentions) + 1)]
    starts = [m.span.start for m in doc.mentions]
    assert starts == sorted(starts)
    assert [s.id for s in doc.statements] == [f"s{i}" for i in range(1, 11)]
    assert [m.id for m in doc.meetings] == [f"e{i}" for i in range(1, 7)]
    assert [t.id for t in doc.times] == ["t1", "t2", "t3"]
    assert [p.id for p in doc.places] == ["p1", "p2", "p3", "p4", "p5"]


def test_the_package_docstring_example(doc: Document) -> None:
    first = doc.statements[0]
    assert first.cue is not None
    assert doc.text_of(first.cue) == "أكدا"


# -- actors -----------------------------------------------------------------------------------


def test_actors_and_kinds(doc: Document) -> None:
    assert {a.id: a.kind for a in doc.actors} == ACTORS


@pytest.mark.parametrize(
    ("actor", "spellings"),
    [
        ("sullivan", {"جيك ساليفان", "جيك سوليفان", "Jake Sullivan"}),
        ("hulata", {"إيال هولاتا", "إيال هولتا", "Eyal Hulata"}),
        ("biden", {"جو بايدن", "Joe Biden"}),
        ("bennett", {"نفتالي بينيت", "Naftali Bennett"}),
        ("white-house", {"البيت الأبيض", "White House"}),
        ("walla", {"والا", "Walla"}),
        ("us", {"الولايات المتحدة", "United States"}),
        ("israel", {"إسرائيل", "Israel"}),
        ("iran", {"إيران", "Iran"}),
        ("scg", {"المجموعة الاستشارية الاستراتيجية بين الولايات المتحدة وإسرائيل", "SCG"}),
    ],
)
def test_every_spelling_is_a_name(doc: Document, actor: str, spellings: set[str]) -> None:
    names = {n.text for n in doc.actor(actor).names}
    assert spellings <= names
    assert all(n.lang in {"ar", "en"} for n in doc.actor(actor).names)


def test_every_name_mention_is_written_as_one_of_the_names(doc: Document) -> None:
    for m in doc.mentions:
        if m.form is not MentionForm.NAME:
            continue
        written = doc.text_of(m.span)
        names = [n.text for n in doc.actor(m.actor).names]
        assert any(written in name.split() or written == name for name in names), (m.id, written)


@pytest.mark.parametrize(
    ("actor", "title", "affiliation", "stated"),
    [
        ("sullivan", "مستشار الأمن القومي", "us", "مستشار الأمن القومي الأمريكى"),
        ("hulata", "مستشار الأمن القومي", "israel", "مستشار الأمن القومي الإسرائيلي"),
        ("biden", "الرئيس", "us", "الرئيس الأمريكي"),
        ("bennett", "رئيس الوزراء", "israel", "رئيس الوزراء الإسرائيلي"),
    ],
)
def test_roles(doc: Document, actor: str, title: str, affiliation: str, stated: str) -> None:
    (role,) = doc.actor(actor).roles
    assert role.title == title
    assert role.affiliation == affiliation
    assert role.span is not None
    assert doc.text_of(role.span) == stated


def test_identifiers(doc: Document) -> None:
    assert doc.actor("us").identifiers == {"cameo": "USA", "iso3166": "US", "wikidata": "Q30"}
    assert doc.actor("israel").identifiers["cameo"] == "ISR"
    assert doc.actor("iran").identifiers["cameo"] == "IRN"
    assert doc.actor("white-house").identifiers == {"cameo": "USAGOV"}
    assert doc.actor("biden").identifiers == {"wikidata": "Q6279"}


def test_group_members(doc: Document) -> None:
    assert doc.actor("scg").members == ("us", "israel")
    assert set(doc.actor("us-israeli-officials").members) == {"sullivan", "hulata", "agency-reps"}


def test_every_actor_is_mentioned_in_the_text(doc: Document) -> None:
    for actor in doc.actors:
        assert doc.mentions_of(actor.id), actor.id


# -- mentions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "form"),
    [
        ("جيك ساليفان", "sullivan", MentionForm.NAME),
        ("جيك سوليفان", "sullivan", MentionForm.NAME),
        ("جيك", "sullivan", MentionForm.NAME),
        ("سوليفان", "sullivan", MentionForm.NAME),
        ("إيال هولاتا", "hulata", MentionForm.NAME),
        ("إيال هولتا", "hulata", MentionForm.NAME),
        ("هولتا", "hulata", MentionForm.NAME),
        ("جو بايدن", "biden", MentionForm.NAME),
        ("نفتالي بينيت", "bennett", MentionForm.NAME),
        ("والا", "walla", MentionForm.NAME),
        ("SCG", "scg", MentionForm.NAME),
        ("البيت الأبيض", "white-house", MentionForm.NAME),
        ("نظيره الأمريكي", "sullivan", MentionForm.NOMINAL),
        ("نظيره الإسرائيلي", "hulata", MentionForm.NOMINAL),
        ("مستشار الأمن القومي الأمريكى", "sullivan", MentionForm.NOMINAL),
        ("مستشار الأمن القومي الإسرائيلي", "hulata", MentionForm.NOMINAL),
        ("الرئيس الأمريكي", "biden", MentionForm.NOMINAL),
        ("رئيس الوزراء الإسرائيلي", "bennett", MentionForm.NOMINAL),
        ("رئيس الوزراء", "bennett", MentionForm.NOMINAL),
        ("وكلائها", "iran-proxies", MentionForm.NOMINAL),
        ("المسؤولون", "us-israeli-officials", MentionForm.NOMINAL),
        ("المسؤولون الأمريكيون والإسرائيليون", "us-israeli-officials", MentionForm.NOMINAL),
        ("المجموعة", "scg", MentionForm.NOMINAL),
        ("الإيراني", "iran", MentionForm.NOMINAL),
        ("الإيرانية", "iran", MentionForm.NOMINAL),
        ("الأمريكى", "us", MentionForm.NOMINAL),
        ("الإسرائيليون", "israel", MentionForm.NOMINAL),
    ],
)
def test_mention(doc: Document, text: str, actor: str, form: MentionForm) -> None:
    assert (actor, form) in _reading(doc, text)


def test_every_occurrence_of_a_surface_name_is_mentioned(doc: Document) -> None:
    for text, actor in [
        ("هولتا", "hulata"),
        ("إيران", "iran"),
        ("إسرائيل", "israel"),
        ("الولايات المتحدة", "us"),
        ("البيت الأبيض", "white-house"),
    ]:
        spans = {(m.span.start, m.span.end) for m in doc.mentions_of(actor)}
        at = doc.text.find(text)
        while at != -1:
            end = at + len(text)
            # Skip the letters of a longer word (إسرائيل inside الإسرائيلي).
            if not doc.text[end : end + 1].isalpha():
                assert any(s <= at and end <= e for s, e in spans), (text, at)
            at = doc.text.find(text, at + 1)


def test_headline_dual_is_one_mention_per_adviser(doc: Document) -> None:
    dual = "مستشارا الأمن القومي الأميركي والإسرائيلي"
    assert _reading(doc, dual) == {
        ("sullivan", MentionForm.NOMINAL),
        ("hulata", MentionForm.NOMINAL),
    }
    headline = doc.article.paragraphs[0].content
    in_headline = [m for m in doc.mentions if headline.contains(m.span)]
    assert {m.actor for m in in_headline if doc.text_of(m.span) == "هما"} == {"sullivan", "hulata"}
    assert ("sullivan", MentionForm.NOMINAL) in _reading(doc, "مستشارا الأمن القومي")
    assert ("hulata", MentionForm.NOMINAL) in _reading(doc, "مستشارا الأمن القومي")


def test_implicit_subjects_share_the_cue_span(doc: Document) -> None:
    implicit = [m for m in doc.mentions if m.form is MentionForm.IMPLICIT]
    assert {m.actor for m in implicit} == {"hulata"}
    texts = [doc.text_of(m.span) for m in implicit]
    assert texts == ["مشددا", "وأضاف", "أتحدث", "مشيرا", "وأوضح", "محذرا"]
    cues = {(s.cue.start, s.cue.end) for s in doc.statements_by("hulata") if s.cue is not None}
    carried = [m for m in implicit if doc.text_of(m.span) != "أتحدث"]
    assert all((m.span.start, m.span.end) in cues for m in carried)


def test_pronoun_suffixes(doc: Document) -> None:
    pronouns = [m for m in doc.mentions if m.form is MentionForm.PRONOUN]
    for m in pronouns:
        # A suffix ends its word: the next character is not a letter.
        assert not doc.text[m.span.end : m.span.end + 1].isalpha(), m.id
        assert doc.text_of(m.span) in {"ه", "ها", "هما", "هم"}
    by_actor = Counter(m.actor for m in pronouns)
    assert by_actor == {
        "sullivan": 3,
        "hulata": 4,
        "iran": 2,
        "us-israeli-officials": 2,
        "us": 2,
    }


def test_mentions_leave_out_a_glued_conjunction(doc: Document) -> None:
    # «وإسرائيل», «ومستشار», «ونظيره»: the conjunction is not part of the mention.
    for text in ["إسرائيل", "مستشار الأمن القومي الإسرائيلي", "نظيره الإسرائيلي"]:
        glued = [m for m in doc.mentions if doc.text_of(m.span) == text]
        assert any(doc.text[m.span.start - 1] == "و" for m in glued), text


# -- statements -------------------------------------------------------------------------------


def test_six_direct_quotes_by_hulata(doc: Document) -> None:
    direct = [s for s in doc.statements if s.quote is QuoteKind.DIRECT]
    assert len(direct) == 6
    cues: list[str] = []
    for s in direct:
        assert s.speakers == ("hulata",)
        assert s.cue is not None
        cue = doc.text_of(s.cue)
        cues.append(cue)
        assert (s.cue_lemma, s.stance) == HULATA_CUES[cue]
        # Exactly inside the curly quotation marks.
        assert doc.text[s.content.start - 1] == "“"
        assert doc.text[s.content.end] == "”"
        assert "“" not in doc.text_of(s.content)
        assert "”" not in doc.text_of(s.content)
    assert cues == list(HULATA_CUES)


def test_carried_over_speaker_points_at_the_last_name(doc: Document) -> None:
    for cue in ["مشددا", "وأضاف", "مشيرا", "وأوضح", "محذرا"]:
        s = _statement_with_cue(doc, cue)
        assert [doc.text_of(e) for e in s.evidence] == ["هولتا"]
        (named,) = s.evidence
        assert named.end < s.content.start
    assert _statement_with_cue(doc, "وأضاف").content.start > 0


def test_noting_with_a_fully_quoted_clause_is_direct(doc: Document) -> None:
    s = _statement_with_cue(doc, "مشيرا")
    assert s.quote is QuoteKind.DIRECT
    assert doc.text_of(s.content).startswith("إسرائيل والولايات المتحدة لا تتفقان")


def test_joint_affirmation(doc: Document) -> None:
    s = _statement_with_cue(doc, "أكدا")
    assert s.speakers == ("sullivan", "hulata")
    assert s.stance is Stance.AFFIRM
    assert s.cue_lemma == "أكد"
    assert s.quote is QuoteKind.INDIRECT
    assert doc.text_of(s.content) == "عزمهما لمواجهة تهديدات إيران ووكلائها"
    assert s.time is not None
    assert doc.text_of(doc.time(s.time).span) == "الخميس"
    assert s.about == ("iran", "iran-proxies")
    # The headline restates it: evidence, not a second statement.
    (headline,) = s.evidence
    assert doc.text_of(headline).startswith("يؤكدان")
    assert doc.article.paragraphs[0].content.contains(headline)
    assert doc.statements_by("sullivan") == (s,)


def test_officials_agree(doc: Document) -> None:
    s = _statement_with_cue(doc, "واتفق")
    assert s.speakers == ("us-israeli-officials",)
    assert (s.stance, s.cue_lemma, s.quote) == (Stance.AGREE, "اتفق", QuoteKind.INDIRECT)
    assert doc.text_of(s.content).startswith("سيبقون على تنسيق وثيق")
    assert doc.text_of(s.content).endswith("لأمنهم القومي")
    assert s.reported_by == "white-house"


def test_white_house_reports_the_meeting(doc: Document) -> None:
    s = _statement_with_cue(doc, "نقله")
    assert s.speakers == ("white-house",)
    assert (s.stance, s.cue_lemma, s.quote) == (Stance.REPORT, "نقل", QuoteKind.INDIRECT)
    assert doc.text_of(s.content).startswith("وجاء الاجتماع ضمن إطار")
    assert doc.text_of(s.content).endswith("(SCG)")
    assert [doc.text_of(e) for e in s.evidence] == ["وفق ما نقله البيت الأبيض في بيان"]


def test_walla_report(doc: Document) -> None:
    s = _statement_with_cue(doc, "وبحسب")
    assert s.speakers == ("walla",)
    assert (s.stance, s.cue_lemma, s.quote) == (Stance.REPORT, "بحسب", QuoteKind.INDIRECT)
    assert doc.text_of(s.content).startswith("تم التخطيط لرحلة هولتا")
    assert doc.text_of(s.content).endswith("نفتالي بينيت")
    # «“والا”» is a quoted name, not a quotation.
    (name,) = [m for m in doc.mentions_of("walla") if m.form is MentionForm.NAME]
    assert doc.text[name.span.start - 1] == "“"
    assert not any(s_.content == name.span for s_ in doc.statements)
    for trigger in ["محادثات", "للمكالمة الهاتفية"]:
        assert _meeting_with_trigger(doc, trigger).reported_by == "walla"


def test_statement_about_lists_other_actors_mentioned_in_the_content(doc: Document) -> None:
    for s in doc.statements:
        inside = {m.actor for m in doc.mentions if s.content.contains(m.span)}
        assert set(s.about) == inside - set(s.speakers), s.id


# -- meetings ---------------------------------------------------------------------------------


def test_scg_virtual_meeting(doc: Document) -> None:
    m = _meeting_with_trigger(doc, "اجتماعا افتراضيا")
    assert (m.mode, m.status) == (MeetingMode.VIRTUAL, MeetingStatus.OCCURRED)
    assert [p.actor for p in m.participants] == ["sullivan", "hulata", "agency-reps"]
    assert m.framework == "scg"
    assert m.reported_by == "white-house"
    assert m.time is None  # «الخميس» dates the affirmation; the meeting came «قبل ذلك».
    topics = [doc.text_of(t.span) for t in m.topics]
    assert topics[0] == "لبحث ملفات أمنية واستراتيجية تهم البلدين"
    assert "التدريبات العسكرية القادمة" in topics
    assert "التقدم في البرنامج النووي الإيراني" in topics
    assert all(t.label for t in m.topics)
    assert "وقبل ذلك" in [doc.text_of(e) for e in m.evidence]


def test_previous_group_meeting_in_december(doc: Document) -> None:
    m = _meeting_with_trigger(doc, "اجتماع")
    assert [p.actor for p in m.participants] == ["scg"]
    assert doc.actor("scg").kind is ActorKind.ORGANIZATION
    assert m.status is MeetingStatus.OCCURRED
    assert m.mode is MeetingMode.UNKNOWN
    assert m.time is not None
    assert doc.text_of(doc.time(m.time).span) == "ديسمبر"


def test_white_house_talks(doc: Document) -> None:
    m = _meeting_with_trigger(doc, "محادثات")
    assert (m.mode, m.status) == (MeetingMode.IN_PERSON, MeetingStatus.PLANNED)
    roles = {p.actor: p.role for p in m.participants}
    assert roles == {"sullivan": ParticipantRole.HOST, "hulata": ParticipantRole.GUEST}
    assert m.place is not None
    place = doc.place(m.place)
    assert (place.name, place.kind, place.actor) == (
        "White House",
        PlaceKind.BUILDING,
        "white-house",
    )
    assert "حول الملف الإيراني" in [doc.text_of(t.span) for t in m.topics]
    assert m.reported_by == "walla"


def test_biden_bennett_call(doc: Document) -> None:
    m = _meeting_with_trigger(doc, "للمكالمة الهاتفية")
    assert (m.mode, m.status) == (MeetingMode.PHONE, MeetingStatus.OCCURRED)
    assert {p.actor for p in m.participants} == {"biden", "bennett"}


def test_recurring_calls_one_event_per_medium(doc: Document) -> None:
    recurring = [m for m in doc.meetings if m.status is MeetingStatus.RECURRING]
    assert {m.mode for m in recurring} == {MeetingMode.PHONE, MeetingMode.VIRTUAL}
    for m in recurring:
        assert {p.actor for p in m.participants} == {"hulata", "sullivan"}
        assert m.reported_by == "hulata"
        assert "بشكل متكرر" in [doc.text_of(e) for e in m.evidence]
    assert doc.text_of(_meeting_with_trigger(doc, "مكالمات الفيديو").trigger) == "مكالمات الفيديو"
    assert "عبر الهاتف" in [doc.text_of(e) for e in _meeting_with_trigger(doc, "أتحدث").evidence]


def test_meetings_of(doc: Document) -> None:
    assert len(doc.meetings_of("hulata")) == 4
    assert len(doc.meetings_of("sullivan")) == 4
    assert len(doc.meetings_of("biden")) == 1


# -- times and places -------------------------------------------------------------------------


def test_times(doc: Document) -> None:
    thursday, december, year = doc.times
    assert doc.text_of(thursday.span) == "الخميس"
    assert (thursday.granularity, thursday.weekday) == (Granularity.WEEKDAY, 4)
    assert doc.text_of(december.span) == "ديسمبر"
    assert december.granularity is Granularity.MONTH
    assert doc.text_of(year.span) == "2022"
    assert (year.granularity, year.value) == (Granularity.YEAR, "2022")


def test_places(doc: Document) -> None:
    washington = [p for p in doc.places if p.name == "Washington"]
    assert len(washington) == doc.text.count("واشنطن") == 3
    assert all(p.kind is PlaceKind.CITY for p in washington)
    assert all(doc.text_of(p.span) == "واشنطن" for p in washington)
    white_house = [p for p in doc.places if p.name == "White House"]
    assert len(white_house) == 2
    assert all(p.actor == "white-house" and p.kind is PlaceKind.BUILDING for p in white_house)


# -- JSON -------------------------------------------------------------------------------------


def test_json_round_trip_is_lossless(doc: Document) -> None:
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.model_dump_json() == doc.model_dump_json()
    assert newsevents.load(newsevents.dump(doc)) == doc


def test_extensions_survive_a_round_trip(doc: Document) -> None:
    extra = {"annotator": "newsevents", "reviewed": True, "notes": [1, {"x": None}]}
    tagged = doc.model_copy(update={"extensions": extra})
    again = Document.model_validate_json(tagged.model_dump_json())
    assert again.extensions == extra
    assert again == tagged
    assert seed_document().extensions == {}


def test_committed_json_regenerates_byte_for_byte() -> None:
    committed = files("newsevents.fixtures").joinpath("seed.json").read_text(encoding="utf-8")
    rendered = _script().render()
    assert isinstance(rendered, str)
    assert rendered == committed
    assert _script().main(["--check"]) == 0


def test_locator_finds_whole_words_only() -> None:
    module = _script()
    at = module.Locator(seed_document().article)
    # «إسرائيل» after the proclitic و counts; inside «الإسرائيلي» it does not.
    span = at.find("إسرائيل", 3)
    assert seed_document().text[span.start - 1] == "و"
    with pytest.raises(LookupError, match="occurrence 1 does not exist"):
        at.find("إسرائيل", 3, 1)
    with pytest.raises(LookupError):
        at.suffix(span, "ها")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_locator_returns_the_words_it_was_given(data: st.DataObject) -> None:
    module = _script()
    article = seed_document().article
    at = module.Locator(article)
    index = data.draw(st.integers(0, len(article.paragraphs) - 1))
    para = article.paragraphs[index].content
    words = article.text_of(para).split()
    word = data.draw(st.sampled_from(words)).strip("،.:“”()")
    assume(word)
    # A whole token is always a whole word, so it is always found.
    span = at.find(word, index)
    assert isinstance(span, Span)
    assert article.text_of(span) == word
    assert para.contains(span)


# -- docs/fixture.md --------------------------------------------------------------------------


def _table_rows(prefix: str) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and cells[0][:1] == prefix and cells[0][1:].isdigit():
            rows[cells[0]] = cells
    return rows


def _guillemets(cell: str) -> str:
    return cell[cell.index("«") + 1 : cell.index("»")]


def test_docs_examples_run() -> None:
    result = doctest.testfile(str(DOCS), module_relative=False, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_docs_statement_table_matches(doc: Document) -> None:
    rows = _table_rows("s")
    assert list(rows) == [s.id for s in doc.statements]
    for s in doc.statements:
        ident, speakers, cue, stance, quote, content, reported_by, _time = rows[s.id]
        assert speakers.split(", ") == list(s.speakers), ident
        assert s.cue is not None
        assert _guillemets(cue) == doc.text_of(s.cue), ident
        assert f"({s.cue_lemma})" in cue, ident
        assert (stance, quote) == (s.stance.value, s.quote.value), ident
        assert doc.text_of(s.content).startswith(_guillemets(content).split(" …")[0]), ident
        assert reported_by == (s.reported_by or "—"), ident


def test_docs_meeting_table_matches(doc: Document) -> None:
    rows = _table_rows("e")
    assert list(rows) == [m.id for m in doc.meetings]
    for m in doc.meetings:
        ident, trigger, participants, mode, status, _time, _place, framework, reported_by = rows[
            m.id
        ]
        assert _guillemets(trigger) == doc.text_of(m.trigger), ident
        listed = [p.split(" (")[0] for p in participants.split(", ")]
        assert listed == [p.actor for p in m.participants], ident
        assert (mode, status) == (m.mode.value, m.status.value), ident
        assert framework == (m.framework or "—"), ident
        assert reported_by == (m.reported_by or "—"), ident
