"""Segmentation with exact offsets: paragraphs (with their layout role) and sentences.

Nothing here copies or alters the text: every result is a pair of code-point offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import attrs
import regex

__all__ = [
    "ParagraphSlice",
    "detect_script_language",
    "has_line_break",
    "is_final_punctuation",
    "paragraphs",
    "sentences",
]

# Every line terminator Python's str.splitlines knows, CRLF as one.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A line break followed by at least one more (blank lines). The breaks are atomic so that the
# CR and LF of one CRLF never count as two breaks.
_BLANK_RUN = regex.compile(
    r"(?>\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])"
    r"(?:[^\S\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*+(?>\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]))++"
)
_CLOSERS = "\"'»”’)]}›"
_FINAL = regex.compile(r"[.!?؟…:;؛۔](?:[" + regex.escape(_CLOSERS) + r"\s]*+)$")
_SENTENCE_END = regex.compile(
    # A run of terminal punctuation, optional closing quotes/brackets, then a space or the end.
    r"[.!?؟…۔]++[" + regex.escape(_CLOSERS) + r"]*+(?=\s|$)"
    # A full stop glued to the next sentence: Arabic letter after, or a Latin word of 3+ letters
    # before and a capital after ("talks.The").
    r"|(?<=\p{Arabic}{2})\.(?=\p{Arabic})"
    r"|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})"
)
_ABBREVIATION = regex.compile(r"(?:^|[\s(])(?:\p{Lu}\p{Ll}?|\p{L}(?:\.\p{L})+|\p{Lu}\p{Ll}{2}\.?)$")
_NEXT = regex.compile(r"\s*+(.)", regex.DOTALL)


@attrs.frozen
class ParagraphSlice:
    """A paragraph found by :func:`paragraphs`: its tiling span and its trimmed content."""

    start: int
    end: int
    content_start: int
    content_end: int


def has_line_break(text: str) -> bool:
    """Whether ``text`` holds a line terminator (any that :meth:`str.splitlines` knows)."""
    return _LINE_BREAK.search(text) is not None


def is_final_punctuation(line: str) -> bool:
    """Whether a line ends like a sentence (., !, ?, ؟, …, :, ; possibly inside quotes)."""
    return _FINAL.search(line) is not None


def paragraphs(text: str) -> list[ParagraphSlice]:
    """Split ``text`` into paragraphs whose spans tile it from offset 0 to ``len(text)``.

    A paragraph is a line. When the text also has blank lines, it may be hard-wrapped: then a
    single line break ends a paragraph only after a line that ends like a sentence, and blank
    lines always do. Whitespace before the first paragraph and after each paragraph belongs to
    it, so the spans tile.
    """
    blank_runs = list(_BLANK_RUN.finditer(text))
    raw: list[tuple[int, int]] = []
    pos = 0  # start of the current paragraph
    line_start = 0  # start of the current line: only the last line decides, so the cost is linear
    for m in _LINE_BREAK.finditer(text):
        if blank_runs and not _ends_paragraph(text, line_start, m.start(), m.end(), blank_runs):
            line_start = m.end()
            continue
        raw.append((pos, m.start()))
        pos = line_start = m.end()
    raw.append((pos, len(text)))

    out: list[ParagraphSlice] = []
    for start, end in raw:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        cs = start + lead
        ce = cs + len(stripped)
        out.append(ParagraphSlice(start, end, cs, ce))
    if not out:
        return out
    # Tile: each paragraph runs to the start of the next; the first starts at 0.
    tiled: list[ParagraphSlice] = []
    for i, p in enumerate(out):
        start = 0 if i == 0 else tiled[-1].end
        end = out[i + 1].content_start if i + 1 < len(out) else len(text)
        tiled.append(ParagraphSlice(start, end, p.content_start, p.content_end))
    return tiled


def _ends_paragraph(
    text: str, line_start: int, break_start: int, break_end: int, blank_runs: list[regex.Match[str]]
) -> bool:
    i = bisect_right(blank_runs, break_start, key=regex.Match.start) - 1
    if i >= 0 and blank_runs[i].start() <= break_start < blank_runs[i].end():
        return True
    line = text[line_start:break_start]
    return not line.strip() or is_final_punctuation(line)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans (trimmed of whitespace) within ``text[start:end]``."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        if m.group().startswith(".") and len(m.group().rstrip(_CLOSERS)) == 1:
            before = text[max(start, m.start() - 12) : m.start()]
            nxt = _NEXT.match(text, cut, end)
            following = nxt.group(1) if nxt else ""
            # "U.S. officials", "Mr. Blinken", "No. 10", "3.5": not sentence ends.
            if following and (following.islower() or following.isdigit()):
                continue
            if _ABBREVIATION.search(before) and following[:1].isupper():
                continue
        yield from _trimmed(text, pos, cut)
        pos = cut
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        s = start + len(chunk) - len(chunk.lstrip())
        yield s, s + len(stripped)


_SCRIPT_LANGUAGE = (
    ("Arabic", "ar"),
    ("Latin", "en"),
    ("Hebrew", "he"),
    ("Cyrillic", "ru"),
    ("Greek", "el"),
    ("Han", "zh"),
    ("Hangul", "ko"),
    ("Devanagari", "hi"),
)
# Runs of each script, not single characters: a run is one match (and one string) per word.
_SCRIPT_PATTERNS = tuple(
    (regex.compile(rf"\p{{{script}}}+"), lang) for script, lang in _SCRIPT_LANGUAGE
)
_LETTER = regex.compile(r"\p{L}")


def detect_script_language(text: str, *, sample: int = 20000) -> str:
    """A BCP 47 tag guessed from the dominant script of the letters: ``ar`` for Arabic script,
    ``en`` for Latin, and so on; ``und`` when there are no letters.

    Only the first ``sample`` code points are looked at, so the cost is bounded.
    """
    head = text[:sample]
    if _LETTER.search(head) is None:
        return "und"
    best, best_n = "und", 0
    for pattern, lang in _SCRIPT_PATTERNS:
        n = sum(map(len, pattern.findall(head)))  # code points of the script
        if n > best_n:
            best, best_n = lang, n
    return best
