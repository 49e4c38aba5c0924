"""parse_article: layout, sentences, language, exact text, documented errors only."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import DocumentError, ParagraphRole, ParseError, parse_article
from newsevents.parse import MAX_TEXT_LENGTH

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ef31a7b566bf2a4c.txt"


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_layout() -> None:
    article = parse_article(seed())
    assert article.language == "ar"
    roles = [p.role for p in article.paragraphs]
    assert len(roles) == 13
    assert roles[0] is ParagraphRole.HEADLINE
    assert roles[7] is ParagraphRole.SUBHEADING  # line 8 has no final punctuation
    assert all(r is ParagraphRole.BODY for i, r in enumerate(roles) if i not in (0, 7))
    assert article.text_of(article.paragraphs[7].content) == (
        "مستشار الأمن القومي الإسرائيلي إلى واشنطن لبحث ملف إيران"
    )
    # Paragraph 12 has two sentences: «… لقاء شخصي وجها لوجه”، مشيرا …» is one, it ends at «.»
    twelve = article.paragraphs[11]
    assert len(twelve.sentences) == 2
    assert article.text_of(twelve.sentences[0]).endswith("عبر الهاتف وفي مكالمات الفيديو.")


def test_text_is_kept_exactly() -> None:
    text = "\ufeff  عنوان\r\n\r\nوقال\u200f الرئيس: “نعم”.\r\n  \n"
    article = parse_article(text)
    assert article.text == text
    assert article.paragraphs[0].span.start == 0
    assert article.paragraphs[-1].span.end == len(text)
    assert article.text_of(article.paragraphs[0].content) == "\ufeff  عنوان".strip()


def test_english_sentences_and_abbreviations() -> None:
    text = (
        "Blinken to meet Lavrov\n"
        "U.S. Secretary of State Antony Blinken met Mr. Lavrov on Monday. "
        'They spoke for 3.5 hours.The talks ended. "We agreed," he said.\n'
    )
    article = parse_article(text)
    assert article.language == "en"
    body = article.paragraphs[1]
    got = [article.text_of(s) for s in body.sentences]
    assert got == [
        "U.S. Secretary of State Antony Blinken met Mr. Lavrov on Monday.",
        "They spoke for 3.5 hours.",
        "The talks ended.",
        '"We agreed," he said.',
    ]


def test_headline_question_and_single_paragraph() -> None:
    article = parse_article("Will they meet?\nOfficials said talks were likely.\n")
    assert article.paragraphs[0].role is ParagraphRole.HEADLINE
    single = parse_article("Only one paragraph without a period")
    assert [p.role for p in single.paragraphs] == [ParagraphRole.BODY]


def test_hard_wrapped_text_with_blank_lines() -> None:
    text = "Title line\n\nFirst paragraph wraps\nhere and ends.\n\nSecond one.\n"
    article = parse_article(text)
    contents = [article.text_of(p.content) for p in article.paragraphs]
    assert contents == ["Title line", "First paragraph wraps\nhere and ends.", "Second one."]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\x85"])
def test_the_roles_do_not_depend_on_the_line_terminator(newline: str) -> None:
    # A hard-wrapped first paragraph is body text, whichever line break wraps it.
    lines = [
        ["Line one of a wrapped", "paragraph continues"],
        ["Second paragraph here.", "Another short line"],
        ["Third."],
    ]
    text = (newline * 2).join(newline.join(p) for p in lines)
    roles = [p.role for p in parse_article(text, language="en").paragraphs]
    assert roles == [
        ParagraphRole.BODY,
        ParagraphRole.BODY,
        ParagraphRole.SUBHEADING,
        ParagraphRole.BODY,
    ]


def test_options() -> None:
    article = parse_article(
        "نص", language="ar-EG", id="x1", source={"outlet": "الأهرام", "published": "2024-05-14"}
    )
    assert article.id == "x1"
    assert article.language == "ar-EG"
    assert article.source is not None
    assert str(article.source.published) == "2024-05-14"
    assert parse_article("نص").id == parse_article("نص").id  # stable default id


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"language": "Arabic"}, "language"),
        ({"id": "has space"}, "id"),
        ({"source": {"url": "not a url"}}, "source.url"),
        ({"source": {"outlet": "X", "bad": 1}}, "source.bad"),
    ],
)
def test_bad_options_raise_document_error(kwargs: dict[str, object], path: str) -> None:
    with pytest.raises(DocumentError) as info:
        parse_article("نص", **kwargs)  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == [path]


def test_errors() -> None:
    with pytest.raises(TypeError, match="not bytes"):
        parse_article(b"text")  # type: ignore[arg-type]
    for blank in ("", "   ", "\n\r\n\t\u3000"):
        with pytest.raises(ParseError) as info:
            parse_article(blank)
        assert info.value.code == "empty_text"
    with pytest.raises(ParseError) as info:
        parse_article("a" * (MAX_TEXT_LENGTH + 1))
    assert info.value.code == "text_too_long"
    with pytest.raises(ParseError) as info:
        parse_article("abc\ud800def")
    assert info.value.code == "invalid_character"
    assert info.value.offset == 3


news_chars = st.sampled_from(
    list("ابتثجحخدذرسشصطعغفقكلمنهويىةأإآؤئءـ،؛؟.!:“”«»\"' \n\r\t\u200f\u064e\u0651٠١٩0123ABCabc")
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.text(news_chars)))
def test_parse_preserves_text_and_tiles(text: str) -> None:
    try:
        article = parse_article(text)
    except ParseError as exc:
        # Generated text holds no lone surrogate and is short: only a blank one is refused.
        assert exc.code == "empty_text"
        assert not text.strip()
        return
    assert article.text == text
    spans = [p.span for p in article.paragraphs]
    assert spans, "a non-blank text has at least one paragraph"
    assert spans[0].start == 0
    assert spans[-1].end == len(text)
    for a, b in itertools.pairwise(spans):
        assert a.end == b.start
    for p in article.paragraphs:
        content = article.text_of(p.content)
        assert content and content == content.strip()
        for s in p.sentences:
            assert p.content.contains(s)
            sentence = article.text_of(s)
            assert sentence and sentence == sentence.strip()
