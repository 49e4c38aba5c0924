"""Pairing quotation marks tolerantly, in one left-to-right pass.

News copy mixes “…”, «…» and "…", reverses marks (”…”), leaves stray marks and forgets to close
quotes. A mark is read by its context first (a mark after a space and before a letter opens; a
mark after a letter or punctuation and before a space, punctuation or the end closes) and by its
shape second. A closer with nothing open is skipped; an opener while a quote is open is skipped;
a quote still open at the end of its paragraph runs to the paragraph's end (without the final
full stop). The pass is linear in the number of marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import attrs
import regex

__all__ = ["Quote", "pair_quotes"]


@attrs.frozen(slots=True)
class Quote:
    """A quotation: the marks' offsets and the inner span (original offsets)."""

    open: int
    """Offset of the opening mark."""
    close: int | None
    """Offset of the closing mark; ``None`` when the quote is unclosed."""
    start: int
    """Start of the quoted words (after the opening mark and spaces)."""
    end: int
    """End of the quoted words (before the closing mark, spaces and, if unclosed, a full stop)."""

    @property
    def closed(self) -> bool:
        """Whether the quote has a closing mark."""
        return self.close is not None

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or the quoted words if unclosed)."""
        return self.close + 1 if self.close is not None else self.end


@cache
def _marks_pattern(marks: str) -> regex.Pattern[str]:
    return regex.compile("[" + regex.escape(marks) + "]")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def pair_quotes(
    text: str,
    start: int,
    end: int,
    *,
    openers: Iterable[str],
    closers: Iterable[str],
    either: Iterable[str] = (),
    finals: Iterable[str] = (".",),
) -> list[Quote]:
    """Pair the quotation marks of ``text[start:end]`` (one paragraph) into quotes.

    >>> [(q.start, q.end) for q in pair_quotes('قال: “نعم” و”لا”.', 0, 17,
    ...     openers="“«", closers="”»", either='"”“')]
    [(6, 9), (13, 15)]
    """
    op = frozenset(openers)
    cl = frozenset(closers)
    ei = frozenset(either)
    fin = frozenset(finals)
    marks = op | cl | ei
    quotes: list[Quote] = []
    open_at: int | None = None
    pattern = _marks_pattern("".join(sorted(marks)))
    for found in pattern.finditer(text, start, end):
        pos = found.start()
        ch = found.group()
        before = text[pos - 1] if pos > start else ""
        after = text[pos + 1] if pos + 1 < end else ""
        opens_ctx = (_is_space(before) or not before.isalnum()) and (after.isalnum())
        closes_ctx = (before.isalnum() or (before != "" and not _is_space(before))) and (
            _is_space(after) or not after.isalnum()
        )
        if open_at is None:
            if (
                opens_ctx
                or (ch in op and (not closes_ctx or after.isalnum()))
                or (ch in ei and not closes_ctx)
            ):
                open_at = pos
            continue
        # A quote is open: this mark closes it unless it clearly opens a new one.
        if closes_ctx or ch in cl or (ch in ei and not opens_ctx):
            if ch in op and opens_ctx and not closes_ctx:
                continue
            quotes.append(_make(text, open_at, pos, fin))
            open_at = None
    if open_at is not None:
        quotes.append(_make(text, open_at, None, fin, end))
    return [q for q in quotes if q.end > q.start]


def _make(text: str, o: int, c: int | None, finals: frozenset[str], end: int = 0) -> Quote:
    s = o + 1
    e = c if c is not None else end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if c is None:
        while e > s and (text[e - 1] in finals or text[e - 1].isspace()):
            e -= 1
    return Quote(o, c, s, e)
