"""Convert code-point offsets (Python ``str`` indices) to UTF-8 and UTF-16 offsets and back."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

import attrs

__all__ = ["OffsetMap", "utf8_offset", "utf16_offset"]


def _check(text: str, offset: int) -> None:
    if not 0 <= offset <= len(text):
        raise IndexError(f"offset {offset} is outside the text (0..{len(text)})")


def utf8_offset(text: str, offset: int) -> int:
    """The UTF-8 byte offset of code-point ``offset`` in ``text``."""
    _check(text, offset)
    return len(text[:offset].encode("utf-8", "surrogatepass"))


def utf16_offset(text: str, offset: int) -> int:
    """The UTF-16 code-unit offset (a JavaScript string index) of code-point ``offset``."""
    _check(text, offset)
    head = text[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF)


@attrs.frozen
class OffsetMap:
    """Many conversions over one text in O(log n) each, after one O(n) pass.

    >>> m = OffsetMap.of("a€😀b")
    >>> m.to_utf8(3), m.to_utf16(3), m.from_utf16(4)
    (8, 4, 3)
    """

    _utf8: tuple[int, ...]
    _utf16: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> OffsetMap:
        """Build the map for ``text``."""

        def width8(ch: str) -> int:
            o = ord(ch)
            return 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4

        utf8 = (0, *accumulate(width8(ch) for ch in text))
        utf16 = (0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text))
        return cls(utf8, utf16)

    def _get(self, table: tuple[int, ...], offset: int) -> int:
        if not 0 <= offset < len(table):
            raise IndexError(f"offset {offset} is outside the text (0..{len(table) - 1})")
        return table[offset]

    def to_utf8(self, offset: int) -> int:
        """UTF-8 byte offset of a code-point offset."""
        return self._get(self._utf8, offset)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 code-unit offset of a code-point offset."""
        return self._get(self._utf16, offset)

    def from_utf8(self, offset: int) -> int:
        """Code-point offset of a UTF-8 byte offset; ``ValueError`` inside a character,
        ``IndexError`` outside the text.
        """
        return self._back(self._utf8, offset, "UTF-8 byte")

    def from_utf16(self, offset: int) -> int:
        """Code-point offset of a UTF-16 offset; ``ValueError`` inside a surrogate pair,
        ``IndexError`` outside the text.
        """
        return self._back(self._utf16, offset, "UTF-16")

    def _back(self, table: tuple[int, ...], offset: int, unit: str) -> int:
        if not 0 <= offset <= table[-1]:
            raise IndexError(f"{unit} offset {offset} is outside the text (0..{table[-1]})")
        i = bisect_right(table, offset) - 1
        if i < 0 or table[i] != offset:
            raise ValueError(f"{unit} offset {offset} does not fall on a character boundary")
        return i
