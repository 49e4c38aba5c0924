"""Cutting a stretch of text into segments at every annotation boundary.

Annotations may nest or overlap in any way (a mention inside a statement's content, a cue that
is also a mention, two contents that cross). HTML elements can only nest, so the view cuts the
text at every boundary of every annotation: inside one segment the set of covering annotations
is constant, and each segment becomes one element that carries all of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Generic, TypeVar

import attrs

__all__ = ["Mark", "Segment", "segments"]

T = TypeVar("T")


@attrs.frozen
class Mark(Generic[T]):
    """An annotation over ``[start, end)`` with a payload that says what it is."""

    start: int
    end: int
    payload: T


@attrs.frozen
class Segment(Generic[T]):
    """A maximal stretch ``[start, end)`` covered by exactly the marks in ``marks``."""

    start: int
    end: int
    marks: tuple[Mark[T], ...]


def segments(start: int, end: int, marks: Iterable[Mark[T]]) -> list[Segment[T]]:
    """Cut ``[start, end)`` at every boundary of ``marks`` that falls inside it.

    The segments tile ``[start, end)`` in order, none is empty, and each carries the marks that
    cover it, in the order the marks were given. Marks are clipped to ``[start, end)``; empty
    marks and marks outside the range cover nothing.

    >>> [(s.start, s.end, [m.payload for m in s.marks])
    ...  for s in segments(0, 10, [Mark(2, 6, "a"), Mark(4, 8, "b")])]
    [(0, 2, []), (2, 4, ['a']), (4, 6, ['a', 'b']), (6, 8, ['b']), (8, 10, [])]
    """
    if end <= start:
        return []
    inside: list[tuple[int, Mark[T]]] = [
        (i, m) for i, m in enumerate(marks) if m.start < m.end and m.start < end and m.end > start
    ]
    cuts: set[int] = {start, end}
    for _, m in inside:
        cuts.add(max(m.start, start))
        cuts.add(min(m.end, end))
    bounds = sorted(cuts)
    opening: dict[int, list[tuple[int, Mark[T]]]] = {}
    for i, m in inside:
        opening.setdefault(max(m.start, start), []).append((i, m))
    active: dict[int, Mark[T]] = {}
    out: list[Segment[T]] = []
    for a, b in itertools.pairwise(bounds):
        for i, m in opening.get(a, ()):
            active[i] = m
        for i in [i for i, m in active.items() if m.end <= a]:
            del active[i]
        out.append(Segment(a, b, tuple(active[i] for i in sorted(active))))
    return out
