"""The article: its exact text, its paragraphs and sentences, and where it came from."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails

from ._base import SCHEMA_VERSION, Extensions, Id, Model, custom_error
from .span import Span

__all__ = [
    "Article",
    "LanguageTag",
    "Paragraph",
    "ParagraphRole",
    "Source",
    "Translation",
]

LanguageTag = Annotated[
    str,
    Field(
        pattern=r"^(?:[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Z]{2}|[0-9]{3}))?|und)$",
        description="BCP 47 language tag (`ar`, `en`, `ar-EG`, `zh-Hant-TW`); `und` if unknown.",
        examples=["ar", "en", "ar-EG"],
    ),
]


class ParagraphRole(StrEnum):
    """What a paragraph is in the article's layout."""

    HEADLINE = "headline"
    SUBHEADING = "subheading"
    BODY = "body"


class Paragraph(Model):
    """One paragraph of the article.

    ``span`` covers the paragraph *with* the line breaks that follow it, so the paragraphs of an
    article tile its text from the first to the last code point; ``content`` is the same
    paragraph without surrounding whitespace.
    """

    span: Span = Field(description="The paragraph and the whitespace after it.")
    content: Span = Field(description="The paragraph without leading or trailing whitespace.")
    role: ParagraphRole = Field(default=ParagraphRole.BODY, description="Layout role.")
    sentences: tuple[Span, ...] = Field(
        default=(), description="Sentences, in order, each without surrounding whitespace."
    )


class Source(Model):
    """Where the article was published."""

    outlet: str | None = Field(default=None, min_length=1, description="Name of the outlet.")
    url: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$",
        description="Address of the article (any absolute URI).",
    )
    published: dt.datetime | dt.date | None = Field(
        default=None,
        description=(
            "Publication date or date-time (ISO 8601). Relative times in the text "
            "(«الخميس», 'Thursday') are resolved against it."
        ),
    )
    byline: str | None = Field(default=None, min_length=1, description="Author line as printed.")
    country: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 code of the outlet's country.",
    )

    @field_validator("published", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: object) -> object:
        # A bare ISO date stays a date and anything longer is a date-time, so a value keeps its
        # type through a JSON round trip.
        if isinstance(value, str) and len(value.strip()) == 10:
            return dt.date.fromisoformat(value.strip())
        return value


class Translation(Model):
    """Provenance of a text that is a translation of another."""

    source_language: LanguageTag = Field(description="Language of the original.")
    method: Literal["human", "machine", "unknown"] = Field(
        default="unknown", description="How the translation was made."
    )
    original_id: str | None = Field(default=None, description="Id of the original article.")


class Article(Model):
    """A news article: the exact text as given, with its layout and source.

    The text is stored exactly as given (line endings, normalization form, bidi marks and
    surrounding whitespace included); every span in a :class:`Document` points into it.
    """

    schema_version: Literal["1.0"] = Field(
        default=SCHEMA_VERSION, description="Version of this JSON form."
    )
    id: Id = Field(description="Identifier of the article.")
    language: LanguageTag = Field(description="Main language of the text.")
    text: str = Field(min_length=1, description="The full text, headline included, unaltered.")
    paragraphs: tuple[Paragraph, ...] = Field(
        default=(), description="Paragraphs in order; the first may be the headline."
    )
    source: Source | None = Field(default=None, description="Publication details.")
    translation: Translation | None = Field(
        default=None, description="Set when the text is a translation."
    )
    extensions: Extensions = Field(default_factory=dict)

    @model_validator(mode="after")
    def _layout_inside_text(self) -> Self:
        errors = _layout_errors(self)
        if errors:
            raise ValidationError.from_exception_data("Article", errors)
        return self

    @property
    def headline(self) -> Paragraph | None:
        """The headline paragraph, if the article has one."""
        for p in self.paragraphs:
            if p.role is ParagraphRole.HEADLINE:
                return p
        return None

    def text_of(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph whose span contains ``offset``, if any."""
        for p in self.paragraphs:
            if p.span.start <= offset < p.span.end:
                return p
        return None


def _span_error(span: Span, loc: tuple[str | int, ...], n: int) -> InitErrorDetails | None:
    if span.end <= n:
        return None
    return InitErrorDetails(
        type=custom_error(
            "span_out_of_text",
            "span {span} ends past the end of the text ({length} code points); "
            "offsets are code points into Article.text",
            span=str(span),
            length=n,
        ),
        loc=loc,
        input=span.model_dump(),
    )


def _layout_sound(paragraphs: tuple[Paragraph, ...], n: int) -> bool:
    """Whether the layout breaks none of the rules :func:`_layout_errors` reports (in bulk)."""
    previous_end = 0
    for p in paragraphs:
        span, content = p.span, p.content
        if (
            span.end > n
            or content.end > n
            or span.start < previous_end
            or content.start < span.start
            or content.end > span.end
        ):
            return False
        if span.end > previous_end:
            previous_end = span.end
        for s in p.sentences:
            if s.start < span.start or s.end > span.end:
                return False
    return True


def _layout_errors(article: Article) -> list[InitErrorDetails]:
    n = len(article.text)
    errors: list[InitErrorDetails] = []
    if _layout_sound(article.paragraphs, n):
        return errors
    previous_end = 0
    for i, p in enumerate(article.paragraphs):
        for name, span in (("span", p.span), ("content", p.content)):
            err = _span_error(span, ("paragraphs", i, name), n)
            if err is not None:
                errors.append(err)
        if p.span.start < previous_end:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "paragraphs_unordered",
                        "paragraph starts at {start}, before the previous one ends at {end}; "
                        "paragraphs must be in text order and must not overlap",
                        start=p.span.start,
                        end=previous_end,
                    ),
                    loc=("paragraphs", i, "span"),
                    input=p.span.model_dump(),
                )
            )
        previous_end = max(previous_end, p.span.end)
        if not p.span.contains(p.content):
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "content_outside_paragraph",
                        "content {content} is not inside the paragraph span {span}",
                        content=str(p.content),
                        span=str(p.span),
                    ),
                    loc=("paragraphs", i, "content"),
                    input=p.content.model_dump(),
                )
            )
        for j, s in enumerate(p.sentences):
            if not p.span.contains(s):
                errors.append(
                    InitErrorDetails(
                        type=custom_error(
                            "sentence_outside_paragraph",
                            "sentence {sentence} is not inside its paragraph {span}",
                            sentence=str(s),
                            span=str(p.span),
                        ),
                        loc=("paragraphs", i, "sentences", j),
                        input=s.model_dump(),
                    )
                )
    return errors
