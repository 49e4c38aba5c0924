"""GDELT Global Knowledge Graph 2.1 fields: quotations, persons and organizations.

The GKG is a tab-separated file with one record per article. This module writes (and reads
back) the fields newsevents can fill from a :class:`~newsevents.model.Document`:

* ``V2.1QUOTATIONS`` — :func:`gkg_quotations`: ``offset|length|verb|quote`` blocks joined by
  ``#``; :func:`parse_gkg_quotations` reads them back.
* ``V1PERSONS`` / ``V2ENHANCEDPERSONS`` — :func:`gkg_persons`: ``;``-joined names, or
  ``name,offset`` pairs joined by ``;``.
* ``V1ORGANIZATIONS`` / ``V2ENHANCEDORGANIZATIONS`` — :func:`gkg_organizations`, the same forms.
  :func:`parse_gkg_names` and :func:`parse_gkg_enhanced_names` read both forms back.

Offsets are **code points** into ``Article.text`` (Python ``str`` indices), the same unit as
every span of the model. GDELT itself counts characters of the text it processed (for
non-English articles, its English machine translation), so its offsets and ours coincide only
for the original text of an English article.

Delimiters are never escaped in the GKG: GDELT removes them from the values. Here every
``|``, ``#``, ``;`` and ``,`` inside a value, and every tab, line break and other control
character (which would break the tab-separated record), is replaced by one space. Replacing
one character by one character keeps a quote as long as its span, so ``length`` is always
``len(quote)``.

>>> from newsevents.fixtures import seed_document
>>> doc = seed_document()
>>> blocks = parse_gkg_quotations(gkg_quotations(doc))
>>> len(blocks)
6
>>> doc.text[blocks[0].offset : blocks[0].offset + blocks[0].length] == blocks[0].quote
True
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Final

import regex
from pydantic import Field

from newsevents.errors import ParseError
from newsevents.model import ActorKind, Document, MentionForm, QuoteKind, Statement
from newsevents.model._base import Model

__all__ = [
    "GkgQuotation",
    "clean_gkg_field",
    "gkg_organizations",
    "gkg_persons",
    "gkg_quotations",
    "parse_gkg_enhanced_names",
    "parse_gkg_names",
    "parse_gkg_quotations",
]

PERSON_KINDS: Final = frozenset({ActorKind.PERSON})
"""Actor kinds written to the persons fields."""
ORGANIZATION_KINDS: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.MEDIA})
"""Actor kinds written to the organizations fields (countries and unnamed groups are not)."""

_UNSAFE: Final = regex.compile(r"[|#;,\p{Cc}\p{Zl}\p{Zp}]")


class GkgQuotation(Model):
    """One block of a ``V2.1QUOTATIONS`` field."""

    offset: int = Field(ge=0, description="Code-point offset of the quote in the article text.")
    length: int = Field(ge=0, description="Length of the quote in code points.")
    verb: str = Field(description="The verb that introduces the quote, as written; may be empty.")
    quote: str = Field(description="The quote, with delimiters replaced by spaces.")


def clean_gkg_field(value: str) -> str:
    r"""``value`` with every GKG delimiter and control character replaced by one space.

    The result has the same length as ``value``.

    >>> clean_gkg_field("a|b#c;d,e\tf")
    'a b c d e f'
    """
    return _UNSAFE.sub(" ", value)


def gkg_quotations(doc: Document, *, kinds: Collection[QuoteKind] = (QuoteKind.DIRECT,)) -> str:
    """The ``V2.1QUOTATIONS`` field of ``doc``: ``offset|length|verb|quote`` blocks, ``#``-joined.

    The GKG records quotations, the words set in quotation marks, so by default only
    :attr:`~newsevents.model.QuoteKind.DIRECT` statements are written; pass ``kinds`` to add
    mixed or indirect ones. ``offset`` and ``length`` are code points of the statement's
    ``content`` span; ``verb`` is the cue as written (empty when the statement has none).
    Blocks are in text order. The speaker is not part of the field: the GKG has no place for it.
    """
    wanted = frozenset(kinds)
    statements = sorted(
        (e for e in doc.events if isinstance(e, Statement) and e.quote in wanted),
        key=lambda s: (s.content.start, s.content.end),
    )
    blocks = []
    for s in statements:
        verb = doc.text_of(s.cue) if s.cue is not None else ""
        quote = doc.text_of(s.content)
        blocks.append(
            f"{s.content.start}|{len(s.content)}|{clean_gkg_field(verb).strip()}|"
            f"{clean_gkg_field(quote)}"
        )
    return "#".join(blocks)


def parse_gkg_quotations(field: str) -> list[GkgQuotation]:
    """Read a ``V2.1QUOTATIONS`` field back into its blocks (the inverse of :func:`gkg_quotations`).

    An empty field has no blocks. The quote is the rest of the block after the third ``|``.

    :raises ParseError: a block has fewer than four fields, or an offset or length that is not
        a non-negative integer (code ``gkg_invalid``; ``offset`` is the block's position in
        ``field``).
    """
    if not field:
        return []
    out: list[GkgQuotation] = []
    position = 0
    for n, block in enumerate(field.split("#"), start=1):
        parts = block.split("|", 3)
        if len(parts) != 4:
            raise ParseError(
                f"quotation block {n} has {len(parts)} field(s); expected offset|length|verb|quote",
                code="gkg_invalid",
                offset=position,
            )
        offset, length = (
            _non_negative(p, what, n, position)
            for p, what in zip(parts[:2], ("offset", "length"), strict=True)
        )
        out.append(GkgQuotation(offset=offset, length=length, verb=parts[2], quote=parts[3]))
        position += len(block) + 1
    return out


def gkg_persons(doc: Document, *, enhanced: bool = False) -> str:
    """The ``V1PERSONS`` field (``enhanced=False``) or ``V2ENHANCEDPERSONS`` (``enhanced=True``).

    See :func:`gkg_organizations` for the two forms.
    """
    return _names(doc, PERSON_KINDS, enhanced=enhanced)


def gkg_organizations(doc: Document, *, enhanced: bool = False) -> str:
    """The ``V1ORGANIZATIONS`` or ``V2ENHANCEDORGANIZATIONS`` field of ``doc``.

    The V1 form is the actors' canonical names joined by ``;``, each once, in the order of
    their first mention (actors never mentioned by name follow, in document order). The
    enhanced form has one ``name,offset`` pair per *name* mention (nominal, pronoun and
    implicit mentions are not names), in text order; ``offset`` is the code-point start of
    the mention. Delimiters inside names are replaced by spaces.
    """
    return _names(doc, ORGANIZATION_KINDS, enhanced=enhanced)


def parse_gkg_names(field: str) -> list[str]:
    """Read a V1 names field (``V1PERSONS``, ``V1ORGANIZATIONS``): the ``;``-separated names."""
    return [] if not field else field.split(";")


def parse_gkg_enhanced_names(field: str) -> list[tuple[str, int]]:
    """Read a V2 enhanced names field into ``(name, offset)`` pairs.

    :raises ParseError: a pair has no ``,`` or its offset is not a non-negative integer
        (code ``gkg_invalid``).
    """
    if not field:
        return []
    out: list[tuple[str, int]] = []
    position = 0
    for n, pair in enumerate(field.split(";"), start=1):
        name, comma, offset = pair.rpartition(",")
        if not comma:
            raise ParseError(
                f"name {n} ({pair!r}) has no ',offset' part", code="gkg_invalid", offset=position
            )
        out.append((name, _non_negative(offset, "offset", n, position)))
        position += len(pair) + 1
    return out


def _non_negative(value: str, what: str, n: int, position: int) -> int:
    if not value.isascii() or not value.isdigit():
        raise ParseError(
            f"block {n}: {what} {value!r} is not a non-negative integer",
            code="gkg_invalid",
            offset=position,
        )
    return int(value)


def _names(doc: Document, kinds: frozenset[ActorKind], *, enhanced: bool) -> str:
    actors = {a.id: a for a in doc.actors if a.kind in kinds}
    named = sorted(
        (m for m in doc.mentions if m.actor in actors and m.form is MentionForm.NAME),
        key=lambda m: (m.span.start, m.span.end),
    )
    if enhanced:
        pairs = ((clean_gkg_field(actors[m.actor].name).strip(), m.span.start) for m in named)
        return ";".join(f"{name},{offset}" for name, offset in pairs if name)
    order: dict[str, None] = dict.fromkeys(m.actor for m in named)
    order.update(dict.fromkeys(actors))
    return ";".join(_unique(clean_gkg_field(actors[a].name).strip() for a in order))


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
