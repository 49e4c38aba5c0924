"""extract() on the seed article: the facts a reader of the article finds in it."""

from __future__ import annotations

from functools import cache

import pytest

import newsevents as ne
from newsevents import (
    Document,
    MeetingMode,
    MeetingStatus,
    MentionForm,
    Polarity,
    QuoteKind,
    Stance,
)
from newsevents.fixtures import seed_text
from newsevents.text.normalize import fold


@cache
def doc() -> Document:
    return ne.extract(seed_text())


def actor_named(d: Document, spelling: str) -> str:
    """The id of the one actor that holds ``spelling`` among its names."""
    found = [a.id for a in d.actors if spelling in {a.name, *(n.text for n in a.names)}]
    assert len(found) == 1, (spelling, found)
    return found[0]


def test_the_output_is_valid() -> None:
    assert [i for i in ne.validate(doc()) if i.severity == "error"] == []
    assert doc().text == seed_text()


def test_one_actor_each_for_sullivan_and_hulata_with_every_spelling() -> None:
    d = doc()
    sullivan = actor_named(d, "جيك ساليفان")
    assert actor_named(d, "جيك سوليفان") == sullivan
    hulata = actor_named(d, "إيال هولاتا")
    assert actor_named(d, "إيال هولتا") == hulata
    assert actor_named(d, "هولتا") == hulata
    assert sullivan != hulata
    # «جيك (سوليفان)» inside the quote: the first name alone is Sullivan too.
    texts = {d.text_of(m.span) for m in d.mentions_of(sullivan)}
    assert {"جيك ساليفان", "جيك سوليفان", "جيك"} <= texts


@pytest.mark.parametrize(
    ("cue", "lemma", "stance"),
    [
        ("وقال", "قال", Stance.SAY),
        ("مشددا", "شدد", Stance.STRESS),
        ("وأضاف", "أضاف", Stance.ADD),
        ("مشيرا", "أشار", Stance.NOTE),
        ("وأوضح", "أوضح", Stance.EXPLAIN),
        ("محذرا", "حذر", Stance.WARN),
    ],
)
def test_six_direct_quotes_by_hulata_with_their_cue(cue: str, lemma: str, stance: Stance) -> None:
    d = doc()
    hulata = actor_named(d, "إيال هولتا")
    found = [s for s in d.statements if s.cue is not None and d.text_of(s.cue) == cue]
    assert len(found) == 1, cue
    s = found[0]
    assert s.speakers == (hulata,)
    assert s.quote is QuoteKind.DIRECT
    assert fold(s.cue_lemma or "") == fold(lemma)
    assert s.stance is stance
    assert s.method.startswith("rule:ar.quote.")
    content = d.text_of(s.content)
    # The content is what stands between the marks, without the marks.
    assert content and content[0] not in "“”" and content[-1] not in "“”"
    assert d.text[s.content.start - 1] == "“" and d.text[s.content.end] == "”"


def test_carried_over_speakers_have_an_implicit_mention_on_the_verb() -> None:
    d = doc()
    hulata = actor_named(d, "إيال هولتا")
    implicit = {d.text_of(m.span) for m in d.mentions_of(hulata) if m.form is MentionForm.IMPLICIT}
    assert {"وأضاف", "مشيرا", "وأوضح", "محذرا", "مشددا"} <= implicit


def test_the_joint_affirmation_has_both_advisers_as_speakers() -> None:
    d = doc()
    joint = [s for s in d.statements if s.cue is not None and d.text_of(s.cue) == "أكدا"]
    assert len(joint) == 1
    assert set(joint[0].speakers) == {actor_named(d, "جيك ساليفان"), actor_named(d, "إيال هولاتا")}
    assert d.text_of(joint[0].content).startswith("عزمهما")


def test_walla_is_a_source_not_a_quote() -> None:
    d = doc()
    walla = actor_named(d, "والا")
    assert d.actor(walla).kind is ne.ActorKind.MEDIA
    # «موقع “والا”» is a quoted name: no statement has it as content.
    assert not any(d.text_of(s.content) == "والا" for s in d.statements)
    # The facts inside «وبحسب موقع “والا” … فإنه …» are reported by Walla.
    reported = [m for m in d.meetings if m.reported_by == walla]
    assert reported
    assert any(m.mode is MeetingMode.PHONE for m in reported)


def meeting(d: Document, trigger: str) -> ne.Meeting:
    found = [m for m in d.meetings if d.text_of(m.trigger) == trigger]
    assert len(found) == 1, (trigger, [d.text_of(m.trigger) for m in d.meetings])
    return found[0]


def test_the_meetings_of_the_seed() -> None:
    d = doc()
    sullivan, hulata = actor_named(d, "جيك ساليفان"), actor_named(d, "إيال هولاتا")
    pair = {sullivan, hulata}
    assert all(m.polarity is Polarity.POSITIVE for m in d.meetings)

    scg = meeting(d, "اجتماعا افتراضيا")
    assert (scg.mode, scg.status) == (MeetingMode.VIRTUAL, MeetingStatus.OCCURRED)
    assert {p.actor for p in scg.participants} == pair
    assert scg.framework is not None
    assert "المجموعة الاستشارية" in d.actor(scg.framework).name

    december = meeting(d, "اجتماع")
    assert december.status is MeetingStatus.OCCURRED
    assert december.time is not None and d.text_of(d.time(december.time).span) == "ديسمبر"

    talks = meeting(d, "محادثات")
    assert (talks.mode, talks.status) == (MeetingMode.IN_PERSON, MeetingStatus.PLANNED)
    assert {p.actor for p in talks.participants} == pair
    assert talks.place is not None and d.place(talks.place).name == "البيت الأبيض"

    call = meeting(d, "للمكالمة")
    assert (call.mode, call.status) == (MeetingMode.PHONE, MeetingStatus.OCCURRED)
    names = {d.actor(p.actor).name for p in call.participants}
    assert names == {"جو بايدن", "نفتالي بينيت"}

    regular = [m for m in d.meetings if m.status is MeetingStatus.RECURRING]
    assert len(regular) == 1
    assert {p.actor for p in regular[0].participants} == pair
    assert regular[0].mode is MeetingMode.PHONE


def test_the_headline_is_not_read_for_events() -> None:
    d = doc()
    headline = d.article.paragraphs[0].content
    assert not any(headline.contains(s.content) for s in d.statements)
    assert not any(headline.contains(m.trigger) for m in d.meetings)


def test_every_fact_says_how_it_was_found() -> None:
    d = doc()
    facts = [*d.actors, *d.mentions, *d.events, *d.times, *d.places]
    assert all(f.method.startswith("rule:") for f in facts)
    assert all(0 < f.confidence <= 1 for f in facts)


def test_countries_carry_their_iso_code_and_roles_point_to_them() -> None:
    d = doc()
    israel = actor_named(d, "إسرائيل")
    assert d.actor(israel).identifiers == {"iso3166": "IL"}
    hulata = d.actor(actor_named(d, "إيال هولتا"))
    assert any(r.affiliation == israel for r in hulata.roles)
