"""Spans: half-open ranges of code points into ``Article.text``, and provenance."""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import Field, Strict, model_validator

from ._base import Extensions, Method, Model, custom_error

__all__ = ["Fact", "Span"]


class Span(Model):
    """A half-open ``[start, end)`` range of code-point offsets into ``Article.text``.

    Offsets are Python ``str`` indices, so ``text[span.start:span.end]`` is the spanned text.
    Use :meth:`utf8` or :meth:`utf16` for byte offsets (e.g. for JavaScript consumers).
    """

    start: Annotated[int, Strict()] = Field(
        ge=0, description="Offset of the first code point, counted from 0."
    )
    end: Annotated[int, Strict()] = Field(
        ge=0, description="Offset just past the last code point; `end >= start`."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise custom_error(
                "span_reversed",
                "span {start}..{end} ends before it starts; swap the offsets",
                start=self.start,
                end=self.end,
            )
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def __str__(self) -> str:
        return f"{self.start}..{self.end}"

    @property
    def is_empty(self) -> bool:
        """Whether the span covers no code point."""
        return self.end == self.start

    def slice(self, text: str) -> str:
        """The spanned part of ``text``."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span (a span contains itself)."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def utf8(self, text: str) -> tuple[int, int]:
        """The span as UTF-8 byte offsets into ``text``."""
        from newsevents.text.offsets import utf8_offset

        return utf8_offset(text, self.start), utf8_offset(text, self.end)

    def utf16(self, text: str) -> tuple[int, int]:
        """The span as UTF-16 code-unit offsets into ``text`` (JavaScript string indices)."""
        from newsevents.text.offsets import utf16_offset

        return utf16_offset(text, self.start), utf16_offset(text, self.end)


class Fact(Model):
    """Provenance carried by every extracted fact: where it comes from and how sure we are."""

    evidence: tuple[Span, ...] = Field(
        default=(),
        description=(
            "Spans of the article text that support the fact beyond its own spans "
            "(e.g. the clause that states a meeting's mode)."
        ),
    )
    confidence: Annotated[float, Strict()] = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How sure the producer is, from 0 (a guess) to 1 (certain).",
    )
    method: Method = "manual"
    extensions: Extensions = Field(default_factory=dict)
