"""Name variants of one person merge; unrelated names do not; mentions find every spelling."""

from __future__ import annotations

import pytest

import newsevents as ne
from newsevents import ActorKind, MentionForm
from newsevents.extraction._actors import _similar_map, same_name, same_token
from newsevents.extraction._matcher import compiled


def classes() -> dict[str, str]:
    return _similar_map(compiled("ar"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ساليفان", "سوليفان"),
        ("هولاتا", "هولتا"),
        ("هوكشتاين", "هوكستين"),
        ("هيغ", "هيج"),
        ("فهمي", "فهمى"),
        ("أحمد", "احمد"),
        ("عبدالله", "عبدالله"),
    ],
)
def test_spellings_of_one_name_word_merge(a: str, b: str) -> None:
    assert same_token(a, b, classes())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("بوريطة", "بريطانيا"),
        ("بوتين", "بايدن"),
        ("سلمان", "سلامة"),
        ("عباس", "عيسى"),
        ("محمد", "محمود"),
    ],
)
def test_unrelated_name_words_do_not_merge(a: str, b: str) -> None:
    assert not same_token(a, b, classes())


def test_full_names_surnames_and_heads() -> None:
    c = classes()
    assert same_name(["جيك", "ساليفان"], ["جيك", "سوليفان"], c)
    assert same_name(["هولتا"], ["إيال", "هولاتا"], c)
    assert same_name(["فيصل", "بن", "فرحان"], ["فيصل", "بن", "فرحان", "بن", "عبدالله"], c)
    assert same_name(["عبد", "المجيد", "تبون"], ["عبد", "المديد", "تبون"], c)
    # Same surname, another given name: two people.
    assert not same_name(["رشاد", "سلامة"], ["بولس", "سلامة"], c)
    assert not same_name(["محمد", "بن", "سلمان"], ["فيصل", "بن", "فرحان"], c)


def test_one_actor_per_person_across_spellings_in_a_text() -> None:
    text = (
        "لقاء مرتقب\n"
        "قال المبعوث الأمريكي آموس هوكشتاين إن “الحل ممكن”.\n"
        "وأضاف هوكستين أن المحادثات ستستمر.\n"
        "وقال وزير الخارجية المغربي ناصر بوريطة إن بريطانيا شريك مهم.\n"
    )
    doc = ne.extract(text)
    people = [a for a in doc.actors if a.kind is ActorKind.PERSON]
    hochstein = [a for a in people if "هوكشتاين" in a.name or "هوكستين" in a.name]
    assert len(hochstein) == 1
    spellings = {doc.text_of(m.span) for m in doc.mentions_of(hochstein[0].id)}
    assert {"آموس هوكشتاين", "هوكستين"} <= spellings
    bourita = next(a for a in people if "بوريطة" in a.name)
    britain = next(a for a in doc.actors if a.identifiers.get("iso3166") == "GB")
    assert bourita.id != britain.id
    assert all(m.actor != bourita.id for m in doc.mentions if doc.text_of(m.span) == "بريطانيا")


def test_a_demonym_alone_makes_no_actor() -> None:
    doc = ne.extract("اجتماع\nوقال مسؤول أمريكي إن المحادثات إيجابية.\n")
    assert not any(a.kind is ActorKind.COUNTRY for a in doc.actors)


def test_nominal_mentions_resolve_to_the_named_person() -> None:
    text = (
        "زيارة\n"
        "استقبل الرئيس الفلسطيني محمود عباس وزير الدفاع الإسرائيلي بيني جانتس.\n"
        "وأكد الرئيس الفلسطيني أهمية الحوار.\n"
    )
    doc = ne.extract(text)
    abbas = next(a for a in doc.actors if a.name == "محمود عباس")
    nominal = [m for m in doc.mentions_of(abbas.id) if m.form is MentionForm.NOMINAL]
    assert [doc.text_of(m.span) for m in nominal] == ["الرئيس الفلسطيني"]
    statement = doc.statements[0]
    assert statement.speakers == (abbas.id,)


def test_gazetteer_actors_keep_their_ids() -> None:
    known = ne.Actor(
        id="hulata",
        kind=ActorKind.PERSON,
        name="Eyal Hulata",
        names=(ne.Name(text="إيال هولتا", lang="ar"),),
    )
    doc = ne.extract("زيارة\nوقال إيال هولتا إن “الحوار مستمر”.\n", gazetteer=[known])
    assert doc.actor("hulata") == known
    assert doc.statements[0].speakers == ("hulata",)
    assert [m.actor for m in doc.mentions if doc.text_of(m.span) == "إيال هولتا"] == ["hulata"]


def test_gazetteer_actors_bring_the_actors_they_refer_to() -> None:
    # The country and the body are never named in the text, yet the person's role and the
    # body's members point to them: the document keeps them so that every reference resolves.
    country = ne.Actor(id="il", kind=ActorKind.COUNTRY, name="Israel")
    person = ne.Actor(
        id="hulata",
        kind=ActorKind.PERSON,
        name="Eyal Hulata",
        names=(ne.Name(text="إيال هولتا", lang="ar"),),
        roles=(ne.Role(title="national security adviser", affiliation="nsc"),),
    )
    body = ne.Actor(id="nsc", kind=ActorKind.ORGANIZATION, name="NSC", members=("il",))
    doc = ne.extract(
        "زيارة\nوقال إيال هولتا إن “الحوار مستمر”.\n", gazetteer=[person, body, country]
    )
    assert [a.id for a in doc.actors] == ["hulata", "nsc", "il"]
    assert doc.actor("hulata") == person
    assert ne.validate(doc) == []


@pytest.mark.parametrize(
    ("gazetteer", "code", "path"),
    [
        (
            [ne.Actor(id="x", kind=ActorKind.PERSON, name="X", members=("nobody",))],
            "unresolved_actor",
            "gazetteer[0].members[0]",
        ),
        (
            [
                ne.Actor(id="x", kind=ActorKind.PERSON, name="X"),
                ne.Actor(id="x", kind=ActorKind.COUNTRY, name="Y"),
            ],
            "duplicate_id",
            "gazetteer[1].id",
        ),
    ],
)
def test_a_gazetteer_that_does_not_hold_together_is_refused(
    gazetteer: list[ne.Actor], code: str, path: str
) -> None:
    with pytest.raises(ne.DocumentError) as info:
        ne.extract("زيارة\nوقال إيال هولتا إن “الحوار مستمر”.\n", gazetteer=gazetteer)
    assert [(p.code, p.path) for p in info.value.problems] == [(code, path)]
