"""extract(): inputs, errors, options, and properties on arbitrary and quote-heavy text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.errors import ParseError, UnsupportedLanguageError


def test_a_direct_quote_with_cue_before() -> None:
    doc = ne.extract("خبر\nوقال الوزير أحمد سالم: “سنواصل الحوار مع الجميع”.\n")
    (s,) = doc.statements
    assert doc.actor(s.speakers[0]).name == "أحمد سالم"
    assert s.cue is not None and doc.text_of(s.cue) == "وقال"
    assert doc.text_of(s.content) == "سنواصل الحوار مع الجميع"
    assert s.quote is ne.QuoteKind.DIRECT
    assert s.method == "rule:ar.quote.cue_before"


def test_a_quote_before_its_cue() -> None:
    doc = ne.extract("خبر\n“سنواصل الحوار مع الجميع”، قال الوزير أحمد سالم.\n")
    (s,) = doc.statements
    assert doc.text_of(s.content) == "سنواصل الحوار مع الجميع"
    assert s.method == "rule:ar.quote.cue_after"
    assert doc.actor(s.speakers[0]).name == "أحمد سالم"


def test_reported_speech_drops_the_complementizer() -> None:
    doc = ne.extract("خبر\nوأكد وزير الخارجية أحمد سالم أن المحادثات كانت مثمرة.\n")
    (s,) = doc.statements
    assert doc.text_of(s.content) == "المحادثات كانت مثمرة"
    assert s.quote is ne.QuoteKind.INDIRECT and s.stance is ne.Stance.AFFIRM


def test_partly_quoted_content_is_mixed() -> None:
    doc = ne.extract("خبر\nوأكد الوزير أحمد سالم أهمية “الحوار المباشر” بين البلدين.\n")
    (s,) = doc.statements
    assert s.quote is ne.QuoteKind.MIXED
    assert doc.text_of(s.content) == "أهمية “الحوار المباشر” بين البلدين"


def test_evaluative_and_discussion_verbs_are_not_statements() -> None:
    text = "خبر\nوأشاد الوزير أحمد سالم بالجهود. وبحث الوزير مع نظيره الملفات.\n"
    assert ne.extract(text).statements == ()


def test_scare_quotes_around_a_name_are_not_speech() -> None:
    doc = ne.extract("خبر\nولجأ الوزراء إلى عقد لقاء افتراضي مع “عباس” بعد منعهم.\n")
    assert doc.statements == ()


def test_a_phone_call_between_two_people() -> None:
    text = (
        "اتصال\n"
        "أجرى الملك عبدالله الثاني اتصالا هاتفيا مع الرئيس المصري عبدالفتاح السيسي، "
        "تناول تنسيق الجهود.\n"
    )
    (m,) = ne.extract(text).meetings
    assert (m.mode, m.status) == (ne.MeetingMode.PHONE, ne.MeetingStatus.OCCURRED)
    assert len(m.participants) == 2


def test_a_denied_meeting_is_negative() -> None:
    text = "نفي\nنفى وزير الخارجية أحمد سالم مزاعم لقاء مع نظيره الإيراني حسن علي.\n"
    meetings = ne.extract(text).meetings
    assert all(m.polarity is ne.Polarity.NEGATIVE for m in meetings)


def test_an_article_keeps_its_source_and_language_can_be_forced() -> None:
    article = ne.parse_article("خبر\nوقال الوزير أحمد سالم: “نعم”.\n", id="a1")
    doc = ne.extract(article)
    assert doc.article is article
    assert ne.extract("قال: “نعم”.", language="ar-EG").article.language == "ar-EG"


@pytest.mark.parametrize("value", [None, 3, b"text", ["text"]])
def test_non_text_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        ne.extract(value)


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        ne.extract(text)


def test_an_unsupported_language_lists_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"supported languages: .*ar"):
        ne.extract("قال: “نعم”.", language="fr")


WORDS = [
    "وقال",
    "قالت",
    "وأضاف",
    "مشيرا",
    "إلى",
    "أن",
    "إن",
    "الرئيس",
    "الأمريكي",
    "جو",
    "بايدن",
    "وزير",
    "الخارجية",
    "الإسرائيلي",
    "إيال",
    "هولتا",
    "اجتماع",
    "افتراضي",
    "اتصال",
    "هاتفي",
    "سيلتقي",
    "الخميس",
    "ديسمبر",
    "بحسب",
    "موقع",
    "والا",
    "الجانبان",
    "نظيره",
    "مع",
    "بين",
    "و",
    "في",
    "واشنطن",
    "البيت",
    "الأبيض",
    "٢٠٢٢",
    "لم",
    "يلتق",
]
MARKS = ["“", "”", "«", "»", '"', ":", "،", ".", "\n", " ", "ـ", "\u064e", "(", ")"]

arabic_news = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS)), min_size=1, max_size=120
).map(lambda parts: " ".join(parts))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(arabic_news, st.text(max_size=200)))
def test_extract_on_arbitrary_text_gives_a_valid_document(text: str) -> None:
    try:
        doc = ne.extract(text, language="ar")
    except ParseError as exc:
        # Only these two refusals are possible here (the text is far under the length limit);
        # any other ParseError, or one on a text that has neither fault, is a defect.
        if not text.strip():
            assert exc.code == "empty_text"
        else:
            assert exc.code == "invalid_character"
            assert any("\ud800" <= ch <= "\udfff" for ch in text)
        return
    assert doc.text == text
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
    for m in doc.mentions:
        piece = doc.text_of(m.span)
        assert piece == piece.strip() and piece
    for s in doc.statements:
        assert s.speakers and not s.content.is_empty
    for mt in doc.meetings:
        assert len({p.actor for p in mt.participants}) >= 2


def test_an_article_without_layout_is_read_as_parse_article_lays_it_out() -> None:
    # Article.paragraphs may be left empty; quotes and sentences are still found in the text,
    # and the document keeps the article as given.
    text = (
        "Talks\nJoe Biden said: “We will go on talking with everyone.”\n"
        "Putin said that the talks went well.\n"
    )
    bare = ne.Article(id="x", language="en", text=text)
    doc = ne.extract(bare)
    assert doc.article is bare
    laid_out = ne.extract(ne.parse_article(text, language="en", id="x"))
    assert doc.model_dump(exclude={"article"}) == laid_out.model_dump(exclude={"article"})
    assert [(s.quote.value, doc.text_of(s.content)) for s in doc.statements] == [
        ("direct", "We will go on talking with everyone"),
        ("indirect", "the talks went well"),
    ]


_CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize("newline", ["\r", "\u2028", "\x85", "\x0c"])
@pytest.mark.parametrize(
    "path",
    [*sorted(_CORPUS.glob("ar-heldout/*.txt"))[:4], *sorted(_CORPUS.glob("en-heldout/*.txt"))[:2]],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_the_line_terminator_does_not_change_what_is_extracted(path: Path, newline: str) -> None:
    # Each terminator is one code point, as LF is, so every offset stays where it was.
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert "\n" in text
    with_lf = ne.extract(text).model_dump(exclude={"article"})
    other = ne.extract(text.replace("\n", newline)).model_dump(exclude={"article"})
    assert other == with_lf


@pytest.mark.parametrize(
    "text",
    [
        "“" * 20000,
        "قال: “" + "كلمة " * 5000,
        "وقال" * 5000,
        "ب" + "\u064e" * 20000,
        "«»" * 5000 + "\n" + "”“" * 5000,
    ],
    ids=["marks", "unclosed", "no-spaces", "combining-marks", "mark-pairs"],
)
def test_pathological_texts_finish(text: str) -> None:
    doc = ne.extract(text, language="ar")
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []


def test_a_text_without_letters_has_nothing_to_extract() -> None:
    doc = ne.extract("2024. — 15:30\n")
    assert doc.article.language == "und"
    assert (doc.actors, doc.mentions, doc.events, doc.times) == ((), (), (), ())


def speakers_of(text: str) -> list[tuple[str, str]]:
    doc = ne.extract("خبر\n" + text + "\n")
    return [(doc.actor(s.speakers[0]).name, doc.text_of(s.content)) for s in doc.statements]


def test_a_definite_one_word_title_takes_a_name_not_a_genitive() -> None:
    text = "استقبل رئيس الوزراء أحمد سالم الضيف.\nوأكد الرئيس السيسي خلال اللقاء ضرورة وقف التصعيد."
    assert speakers_of(text) == [("السيسي", "ضرورة وقف التصعيد")]


def test_a_title_with_its_institution_in_construct() -> None:
    text = "وقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس إن الحل دبلوماسي."
    assert speakers_of(text) == [("نيد برايس", "الحل دبلوماسي")]


def test_one_unknown_word_between_a_cue_and_its_content_is_the_speaker() -> None:
    assert speakers_of("وشدد الصفدي على أن الحوار مستمر.") == [("الصفدي", "الحوار مستمر")]


def test_a_participle_belongs_to_the_subject_of_its_sentence() -> None:
    text = (
        "وقال الوزير أحمد سالم إن الزيارة ناجحة.\n"
        "من جانبه، أعرب الوزير خالد ناصر عن تقديره، مؤكدا أن التعاون سيستمر."
    )
    assert speakers_of(text)[-1] == ("خالد ناصر", "التعاون سيستمر")


def test_a_family_name_shaped_like_a_nisba_ends_the_name() -> None:
    doc = ne.extract(
        "زيارة\nاستقبل الملك عبدالله الثاني رئيس الوزراء العراقي محمد شياع السوداني.\n"
    )
    names = {a.name for a in doc.actors if a.kind is ne.ActorKind.PERSON}
    assert names == {"عبدالله الثاني", "محمد شياع السوداني"}
    (m,) = doc.meetings
    assert {doc.actor(p.actor).name for p in m.participants} == names


def test_a_body_that_speaks_without_antecedent() -> None:
    doc = ne.extract("خبر\nوأضافت الوزارة في بيان أن الوزير سيزور بغداد.\n")
    (s,) = doc.statements
    assert doc.actor(s.speakers[0]).kind is ne.ActorKind.ORGANIZATION


def test_a_back_reference_does_not_make_a_second_meeting() -> None:
    text = (
        "لقاء\n"
        "استقبل الرئيس أحمد سالم وزير الخارجية خالد ناصر في القصر.\n"
        "وتسلم الرئيس خلال اللقاء رسالة من الملك سعيد فهد.\n"
    )
    assert len(ne.extract(text).meetings) == 1


def test_a_joint_title_names_the_last_two_holders_of_the_title() -> None:
    text = (
        "قمة\n"
        "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف.\n"
        "ونقل عطاف رسالة من الرئيس الجزائري عبد المجيد تبون، على أن يلتقي الرئيسان في الربيع.\n"
    )
    doc = ne.extract(text)
    planned = [m for m in doc.meetings if m.status is ne.MeetingStatus.PLANNED]
    assert len(planned) == 1
    names = {doc.actor(p.actor).name for p in planned[0].participants}
    assert names == {"قيس سعيد", "عبد المجيد تبون"}
