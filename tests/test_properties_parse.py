"""Properties of parse_article on arbitrary and news-like text.

The text is kept exactly, the paragraphs tile it in order, sentences lie inside their
paragraph's content in order, nothing but whitespace falls outside the contents, the layout
passes the model's own validation, and the only errors are TypeError and ParseError.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.model import Article
from newsevents.strategies import arabic_text, english_text, mixed_text, news_text

PARSE_CODES = frozenset({"empty_text", "text_too_long", "invalid_character"})

_surrogate = st.integers(min_value=0xD800, max_value=0xDFFF).map(chr)

#: Any text at all: every Unicode category, lone surrogates, line breaks of every kind.
arbitrary_text: st.SearchStrategy[str] = st.one_of(
    st.text(),
    st.text(st.characters(exclude_categories=())),
    st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\u2028\u2029\u00a0.؟!«»“”\"'…:")),
    st.builds(lambda a, s, b: a + s + b, st.text(max_size=20), _surrogate, st.text(max_size=20)),
)

#: Texts for parse_article: arbitrary text and every kind of news-like text.
parse_inputs: st.SearchStrategy[str] = st.one_of(
    arbitrary_text, news_text(), arabic_text(), english_text(), mixed_text()
)


def check_parse(text: str) -> None:
    """Every property parse_article promises for ``text``; raises AssertionError if one fails."""
    try:
        article = ne.parse_article(text)
    except ne.ParseError as exc:
        assert exc.code in PARSE_CODES, exc.code
        if exc.code == "empty_text":
            assert not text.strip()
        elif exc.code == "invalid_character":
            assert exc.offset is not None and 0xD800 <= ord(text[exc.offset]) <= 0xDFFF
        else:
            assert len(text) > ne.MAX_TEXT_LENGTH
        return
    assert text.strip(), "whitespace-only text must raise ParseError(empty_text)"
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    assert article.text == text
    check_layout(article)


def check_layout(article: Article) -> None:
    """The paragraphs tile the text; contents and sentences are trimmed, ordered, inside."""
    text = article.text
    paragraphs = article.paragraphs
    assert paragraphs, "a text with non-whitespace has at least one paragraph"
    assert paragraphs[0].span.start == 0
    assert paragraphs[-1].span.end == len(text)
    covered: list[tuple[int, int]] = []
    for before, after in itertools.pairwise(paragraphs):
        assert before.span.end == after.span.start, "paragraphs must tile the text"
    for p in paragraphs:
        assert p.span.start < p.span.end
        assert p.span.contains(p.content)
        content = text[p.content.start : p.content.end]
        assert content and content == content.strip()
        assert not text[p.span.start : p.content.start].strip()
        assert not text[p.content.end : p.span.end].strip()
        previous = p.content.start
        for s in p.sentences:
            assert p.content.contains(s)
            assert s.start >= previous and s.start < s.end
            sentence = text[s.start : s.end]
            assert sentence == sentence.strip()
            covered.append((s.start, s.end))
            previous = s.end
        assert p.sentences, "a paragraph with content has at least one sentence"
    # Nothing is lost: every non-whitespace character is inside some sentence.
    inside = bytearray(len(text))
    for first, last in covered:
        inside[first:last] = b"\x01" * (last - first)
    assert all(inside[i] or text[i].isspace() for i in range(len(text)))
    # The layout built without validation passes the model's validation, and survives JSON.
    assert Article.model_validate(article.model_dump()) == article
    assert Article.model_validate_json(article.model_dump_json()) == article


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parse_inputs)
def test_parse_article_keeps_text_and_tiles_it(text: str) -> None:
    check_parse(text)


@settings(max_examples=50, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.binary(), st.lists(st.text(), max_size=2)))
def test_parse_article_rejects_non_str_with_type_error(value: object) -> None:
    try:
        ne.parse_article(value)  # type: ignore[arg-type]
    except TypeError as exc:
        assert type(value).__name__ in str(exc)
    else:
        raise AssertionError("parse_article accepted a non-str")


@settings(max_examples=100, deadline=None)
@given(news_text(), st.sampled_from(["\r\n", "\r", "\u2028", "\x85"]))
def test_line_endings_are_kept(text: str, ending: str) -> None:
    plain_text = text.replace("\r\n", "\n")
    converted = plain_text.replace("\n", ending)
    article = ne.parse_article(converted)
    assert article.text == converted
    check_layout(article)
    plain = ne.parse_article(plain_text)
    assert len(article.paragraphs) == len(plain.paragraphs)


def test_whitespace_only_is_empty_text() -> None:
    for text in ("", " ", "\r\n\r\n", "\u2029\u00a0\t"):
        try:
            ne.parse_article(text)
        except ne.ParseError as exc:
            assert exc.code == "empty_text"
        else:
            raise AssertionError(f"{text!r} was accepted")


def test_crlf_layout_matches_lf_layout() -> None:
    # A hard-wrapped text with blank lines: the CR and LF of one CRLF are one line break,
    # so the wrapped first line joins the next one under both conventions.
    lf = "0 0 0 0 0\n0.\n\n0.\n"
    crlf = lf.replace("\n", "\r\n")
    spans_lf = [(p.content.start, p.content.end) for p in ne.parse_article(lf).paragraphs]
    spans_crlf = [(p.content.start, p.content.end) for p in ne.parse_article(crlf).paragraphs]
    assert spans_lf == [(0, 12), (14, 16)]
    assert spans_crlf == [(0, 13), (17, 19)]
