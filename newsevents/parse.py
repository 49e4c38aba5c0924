"""Raw news text → :class:`~newsevents.model.Article`."""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any, Final

import regex
from pydantic import TypeAdapter, ValidationError

from .errors import DocumentError, ParseError
from .model import Article, Paragraph, ParagraphRole, Source
from .text.segment import (
    detect_script_language,
    has_line_break,
    is_final_punctuation,
    paragraphs,
    sentences,
)

__all__ = ["MAX_TEXT_LENGTH", "parse_article"]

MAX_TEXT_LENGTH: Final = 10_000_000
"""The longest text, in code points, that :func:`parse_article` and ``extract`` accept."""

HEADLINE_MAX: Final = 300
SUBHEADING_MAX: Final = 200

_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def parse_article(
    text: str,
    *,
    language: str | None = None,
    id: str | None = None,
    source: Source | dict[str, Any] | None = None,
) -> Article:
    """Parse raw news text into an :class:`Article` with exact paragraph and sentence spans.

    The text is kept exactly as given (line endings, normalization form, bidi marks and
    surrounding whitespace). The paragraphs' spans tile the text in order; the first paragraph
    is the headline when it does not end like a sentence, and a later short line without final
    punctuation that is followed by more text is a subheading.

    :param text: the article, headline first.
    :param language: BCP 47 tag; detected from the script of the letters when omitted.
    :param id: the article id; by default derived from a hash of the text.
    :param source: publication details, as a :class:`Source` or a mapping of its fields.
    :raises TypeError: ``text`` is not a ``str``.
    :raises ParseError: the text is empty or only whitespace (``empty_text``), longer than
        :data:`MAX_TEXT_LENGTH` (``text_too_long``), or holds a lone surrogate
        (``invalid_character``).
    :raises DocumentError: ``language``, ``id`` or ``source`` is not valid.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article() needs the text as str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise ParseError(
            f"text is {len(text):,} code points long, over the limit of {MAX_TEXT_LENGTH:,}; "
            "split it into articles",
            code="text_too_long",
        )
    if not text.strip():
        raise ParseError("text is empty or only whitespace", code="empty_text")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ParseError(
            f"lone surrogate U+{ord(bad.group()):04X}; decode the input as UTF-8 first",
            code="invalid_character",
            offset=bad.start(),
        )

    slices = paragraphs(text)
    roles = _roles(text, slices)
    # One call into pydantic-core builds (and checks) every paragraph: cheaper than a
    # model_construct() per span, which runs in Python.
    paras = _paragraphs_adapter().validate_python(
        [
            {
                "span": {"start": p.start, "end": p.end},
                "content": {"start": p.content_start, "end": p.content_end},
                "role": role,
                "sentences": [
                    {"start": s, "end": e}
                    for s, e in sentences(text, p.content_start, p.content_end)
                ],
            }
            for p, role in zip(slices, roles, strict=True)
        ]
    )
    if id is None:
        id = "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    try:
        src = Source.model_validate(source) if isinstance(source, dict) else source
    except ValidationError as exc:
        raise DocumentError.from_validation_error(exc, prefix=("source",)) from None
    try:
        # The layout was built from the text itself, so only the user's fields need checking:
        # validate a paragraph-less article, then attach the proven paragraphs.
        bare = Article(
            id=id,
            language=language if language is not None else detect_script_language(text),
            text=text,
            source=src,
        )
    except ValidationError as exc:
        raise DocumentError.from_validation_error(exc) from None
    return bare.model_copy(update={"paragraphs": paras})


@cache
def _paragraphs_adapter() -> TypeAdapter[tuple[Paragraph, ...]]:
    return TypeAdapter(tuple[Paragraph, ...])


def _roles(text: str, slices: list[Any]) -> list[ParagraphRole]:
    roles = [ParagraphRole.BODY] * len(slices)
    if len(slices) < 2:
        return roles
    first = text[slices[0].content_start : slices[0].content_end]
    if len(first) <= HEADLINE_MAX and not _HEADLINE_END.search(first) and not has_line_break(first):
        roles[0] = ParagraphRole.HEADLINE
    for i in range(1, len(slices) - 1):
        line = text[slices[i].content_start : slices[i].content_end]
        if (
            len(line) <= SUBHEADING_MAX
            and not is_final_punctuation(line)
            and not has_line_break(line)
        ):
            roles[i] = ParagraphRole.SUBHEADING
    return roles


# A headline may ask or exclaim; it does not end with a full stop, a colon or an ellipsis.
_HEADLINE_END = regex.compile(r"[.…:;؛۔][\"'»”’)\]\s]*+$")
