"""Properties of extract() on arbitrary and news-like text.

extract() raises only its documented errors (ParseError; UnsupportedLanguageError for text in
a script with no lexicon), keeps the text exactly, and returns a document that validates,
round-trips through JSON and has the same layout parse_article() gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.model import Article, Document
from newsevents.strategies import arabic_text, articles, english_text, mixed_text

try:
    from .test_properties_parse import arbitrary_text, check_layout
except ImportError:  # run from another directory or by the fuzz script
    import importlib.util
    import pathlib

    _spec = importlib.util.spec_from_file_location(
        "_properties_parse", pathlib.Path(__file__).with_name("test_properties_parse.py")
    )
    assert _spec is not None and _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    arbitrary_text = _module.arbitrary_text
    check_layout = _module.check_layout


def extractor() -> Callable[..., Document] | None:
    """``newsevents.extract`` when the installed version has it."""
    try:
        fn: Callable[..., Document] = getattr(ne, "extract")  # noqa: B009
    except AttributeError:
        return None
    return fn


needs_extract = pytest.mark.skipif(
    extractor() is None, reason="newsevents.extract is not available in this build"
)

#: Texts for extract(): arbitrary text and every kind of news-like text.
extract_inputs: st.SearchStrategy[str] = st.one_of(
    arbitrary_text, arabic_text(), english_text(), mixed_text()
)


def check_extract(text: str, *, news_like: bool = False) -> None:
    """Every property extract() promises for ``text``; raises AssertionError if one fails."""
    extract = extractor()
    assert extract is not None
    try:
        doc = extract(text)
    except ne.UnsupportedLanguageError as exc:
        assert not news_like, f"news-like text rejected: {exc}"
        assert exc.supported
        return
    except ne.ParseError as exc:
        assert not news_like, f"news-like text rejected: {exc}"
        assert exc.code, exc
        return
    assert isinstance(doc, Document)
    assert doc.article.text == text
    errors = [i for i in ne.validate(doc) if i.severity == "error"]
    assert not errors, errors
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    assert ne.load(ne.dump(doc)) == doc
    if doc.article.paragraphs:
        check_layout(doc.article)
    actors = {a.id for a in doc.actors}
    for s in doc.statements:
        assert s.speakers and set(s.speakers) <= actors
        assert not s.content.is_empty


@needs_extract
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extract_inputs)
def test_extract_on_any_text_raises_only_documented_errors(text: str) -> None:
    check_extract(text)


@needs_extract
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(arabic_text(), english_text(), mixed_text()))
def test_extract_accepts_news_like_text(text: str) -> None:
    check_extract(text, news_like=True)


@needs_extract
@pytest.mark.parametrize("value", [None, 1, b"bytes", ["text"]])
def test_extract_rejects_non_str(value: Any) -> None:
    extract = extractor()
    assert extract is not None
    with pytest.raises(TypeError):
        extract(value)


@needs_extract
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(language="ar") | articles(language="en"))
def test_extract_on_a_generated_article_keeps_the_article(article: Article) -> None:
    extract = extractor()
    assert extract is not None
    doc = extract(article)
    assert doc.article == article
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
    assert ne.load(ne.dump(doc)) == doc
