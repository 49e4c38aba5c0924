"""Matching keys for text: normalization that never alters the stored text.

Arabic is written with optional diacritics, decorative tatweel, several forms of alef with and
without hamza, ى for final ي (and the reverse), ة for final ه, presentation-form ligatures and
three sets of digits. Matching must see through all of that while every match still maps back to
exact offsets in the original text. :func:`normalize` returns the *key* (a folded copy used only
for matching) together with an offset map back to the original.

The folding, character by character:

* deleted: Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks),
  tatweel, Latin combining marks (NFD text), bidi and zero-width controls, soft hyphen, BOM;
* alef with hamza or madda (أ إ آ ٱ ٲ ٳ) → ا; ى and Persian ی → ي; ة → ه; Persian ک → ك;
  ۀ → ه; hamza on a seat (ؤ ئ) → ء, since the seat varies by region (مسئول/مسؤول) while the
  hamza itself is rarely dropped;
* Arabic-Indic (٠–٩) and Persian (۰–۹) digits → ASCII digits;
* presentation forms (ﻻ, ﷲ, …) → their NFKC letters (a ligature may become several letters,
  each mapped back to the ligature);
* Latin capitals → small letters; every space character → U+0020.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

import attrs
import regex

__all__ = ["Normalized", "fold", "normalize", "skeleton"]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}

    def delete(first: int, last: int | None = None) -> None:
        for cp in range(first, (last if last is not None else first) + 1):
            table[cp] = ""

    delete(0x0610, 0x061A)  # Arabic signs above/below (Quranic)
    delete(0x064B, 0x065F)  # harakat, tanwin, shadda, sukun, hamza marks
    delete(0x0670)  # superscript (dagger) alef
    delete(0x06D6, 0x06DC)  # Quranic annotation signs
    delete(0x06DF, 0x06E4)
    delete(0x06E7, 0x06E8)
    delete(0x06EA, 0x06ED)
    delete(0x0640)  # tatweel
    delete(0x0300, 0x036F)  # Latin combining marks (NFD input)
    delete(0x200B, 0x200F)  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    delete(0x202A, 0x202E)  # bidi embeddings and overrides
    delete(0x2066, 0x2069)  # bidi isolates
    delete(0x061C)  # Arabic letter mark
    delete(0x00AD)  # soft hyphen
    delete(0xFEFF)  # BOM / zero-width no-break space

    for src, dst in {
        "أإآٱٲٳ": "ا",
        "ىی": "ي",
        "ؤئ": "ء",
        "ةۀ": "ه",
        "ک": "ك",
    }.items():
        for ch in src:
            table[ord(ch)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    for cp in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009):
        table[cp] = " "
    for cp in range(0x41, 0x5B):
        table[cp] = chr(cp + 32)
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[cp] = low
    # Presentation forms: fold through NFKC, then through the table itself.
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch or unicodedata.category(ch) == "Cn":
            continue
        table[cp] = "".join(table.get(ord(c), c) for c in decomposed)
    return table


def _char_class(code_points: list[int]) -> str:
    """A regex character class of the code points, written as ranges (matched much faster
    than a class listing hundreds of single characters).
    """
    ranges: list[list[int]] = []
    for cp in sorted(code_points):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = (
        regex.escape(chr(a)) if a == b else f"{regex.escape(chr(a))}-{regex.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


_TABLE = _build_table()
# Characters the key deletes or expands: where key offsets and original offsets part.
_IRREGULAR = regex.compile(_char_class([cp for cp, rep in _TABLE.items() if len(rep) != 1]))
_COMBINING = frozenset(
    cp for cp, rep in _TABLE.items() if rep == "" and unicodedata.combining(chr(cp))
)


@attrs.frozen
class Normalized:
    """A matching key for a text, with a map from key offsets back to the original.

    ``key`` is only for matching; report offsets with :meth:`span`, which maps a key range back
    to the original text and widens it over diacritics that belong to its last letter.
    """

    original: str
    key: str
    _kpos: tuple[int, ...] = attrs.field(repr=False)
    _delta: tuple[int, ...] = attrs.field(repr=False)

    def start(self, k: int) -> int:
        """Original offset of the key character at ``k`` (``len(key)`` maps to the end).

        Offsets outside the key clamp to its ends, as slicing does.
        """
        if k >= len(self.key):
            return len(self.original)
        k = max(k, 0)
        return k + self._delta[bisect_right(self._kpos, k) - 1]

    def end(self, k: int) -> int:
        """Original offset just past the key character ``k - 1``, over its diacritics."""
        k = min(k, len(self.key))
        if k <= 0:
            return self.start(0) if self.key else 0
        pos = self.start(k - 1) + 1
        text = self.original
        while pos < len(text) and ord(text[pos]) in _COMBINING:
            pos += 1
        return pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the key range ``[start, end)``."""
        if 0 <= start < end <= len(self.key):
            # The common case, called once per token: :meth:`start` and :meth:`end` inlined.
            kpos = self._kpos
            if len(kpos) == 1:
                # Nothing deleted or expanded, hence no diacritic to extend over either.
                return start, end
            delta = self._delta
            pos = end + delta[bisect_right(kpos, end - 1) - 1]
            text = self.original
            n = len(text)
            while pos < n and ord(text[pos]) in _COMBINING:
                pos += 1
            return start + delta[bisect_right(kpos, start) - 1], pos
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)

    def finditer(self, pattern: regex.Pattern[str]) -> Iterator[tuple[int, int, regex.Match[str]]]:
        """Search the key; yield original ``(start, end, match)`` for each match."""
        for m in pattern.finditer(self.key):
            s, e = self.span(m.start(), m.end())
            yield s, e, m


def normalize(text: str) -> Normalized:
    """Fold ``text`` to its matching key, keeping a map back to exact original offsets.

    >>> n = normalize("وقالَ الأمريكى")
    >>> n.key
    'وقال الامريكي'
    >>> n.span(1, 4), "وقالَ الأمريكى"[slice(*n.span(1, 4))]
    ((1, 5), 'قالَ')
    """
    key = text.translate(_TABLE)
    kpos: list[int] = [0]
    delta: list[int] = [0]
    if len(key) != len(text) or _IRREGULAR.search(text) is not None:
        shift = 0  # original offset minus key offset
        for m in _IRREGULAR.finditer(text):
            i = m.start()
            rep = _TABLE[ord(text[i])]
            k = i - shift
            if not rep:
                shift += 1
                kpos.append(k)
                delta.append(shift)
            else:
                for t in range(1, len(rep)):
                    kpos.append(k + t)
                    delta.append(shift - t)
                shift -= len(rep) - 1
                kpos.append(k + len(rep))
                delta.append(shift)
    return Normalized(text, key, tuple(kpos), tuple(delta))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The matching key of a short string (a lexicon entry, a name), without the offset map."""
    return text.translate(_TABLE)


_LONG_VOWELS = regex.compile(r"(?<=\S)[اوي]")
_LATIN_VOWELS = regex.compile(r"(?<=\p{Latin})[aeiouy]+")


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A transliteration skeleton: the folded name without long vowels after a word's first letter.

    Arabic renderings of foreign names differ mostly in their long vowels
    (ساليفان/سوليفان, هولاتا/هولتا); the skeleton makes them equal.

    >>> skeleton("ساليفان") == skeleton("سوليفان"), skeleton("هولاتا") == skeleton("هولتا")
    (True, True)
    """
    key = fold(name)
    key = _LONG_VOWELS.sub("", key)
    return str(_LATIN_VOWELS.sub("", key))
