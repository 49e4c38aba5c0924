"""Time expressions: weekdays, months of every naming system, dates, years, relative words.

Resolution follows the publication date when it is known: a weekday is the date of that
weekday in the week up to publication (or after it, with a future word such as «المقبل»); a
month without a year is its nearest past occurrence (nearest future one with a future word);
relative words («أمس», «غدا», «الأسبوع المقبل») move from the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from newsevents.model import Granularity

from ._matcher import Compiled, Match, Token

__all__ = ["TimeC", "find_times"]

_NUMERIC_DATE = regex.compile(
    r"(?<![\d/.-])(?:(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?![\d/.-])"
)


@attrs.define
class TimeC:
    """A time expression being built (original offsets)."""

    s: int
    e: int
    i: int
    j: int
    granularity: Granularity
    value: str | None = None
    weekday: int | None = None
    method: str = "rule:time"


def _date(published: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _number(tok: Token | None, lo: int, hi: int) -> int | None:
    if tok is None or not tok.key.isdigit() or len(tok.key) > 4:
        return None
    v = int(tok.key)
    return v if lo <= v <= hi else None


def _shift_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _in_calendar(year: int) -> bool:
    """Whether ``year`` is one :class:`datetime.date` can hold (a value beyond is unresolved)."""
    return dt.MINYEAR <= year <= dt.MAXYEAR


def _moved(d: dt.date, days: int) -> dt.date | None:
    """``d`` moved by ``days``, or ``None`` past either end of the calendar."""
    try:
        return d + dt.timedelta(days=days)
    except OverflowError:
        return None


def find_times(
    text: str,
    tokens: Sequence[Token],
    matches: Sequence[list[Match]],
    comp: Compiled,
    published: dt.date | dt.datetime | None,
    lang: str,
) -> list[TimeC]:
    """Every time expression, in text order, without overlaps."""
    pub = _date(published)
    order = comp.lexicon.dates
    out: list[TimeC] = []
    n = len(tokens)

    def tok(k: int) -> Token | None:
        return tokens[k] if 0 <= k < n else None

    def direction(k: int) -> int:
        t = tok(k)
        if t is None or not t.word:
            return 0
        for m in matches[k]:
            if m.cat == "tpast":
                return -1
            if m.cat == "tfuture":
                return 1
        return 0

    i = 0
    while i < n:
        ms = matches[i]
        cats = {m.cat: m for m in ms}
        if "month" in cats:
            m = cats["month"]
            month = m.data[0]
            j = m.j
            # «أغسطس/آب»: a second name of the same month after a slash.
            t = tok(j)
            if t is not None and t.key == "/" and j + 1 < n:
                for m2 in matches[j + 1]:
                    if m2.cat == "month" and m2.data[0] == month:
                        j = m2.j
            day = _number(tok(m.i - 1), 1, 31)
            year = _number(tok(j), 1900, 2200)
            start_i = m.i - 1 if day is not None else m.i
            end_j = j + 1 if year is not None else j
            if order.month_first and day is None and year is None:
                # «May 14, 2024», «Oct. 22»: the day after the month, then a comma and the year.
                day = _number(tok(j), 1, 31)
                if day is not None:
                    end_j = j + 1
                    after = tok(j + 1)
                    comma = after is not None and not after.word and after.key in comp.commas
                    year = _number(tok(j + 2) if comma else None, 1900, 2200)
                    if year is not None:
                        end_j = j + 3
            d = direction(end_j)
            if order.direction_first and d == 0:
                d = direction(start_i - 1)
                if d:
                    start_i -= 1
            if year is None and pub is not None:
                year = pub.year
                if d <= 0 and (month, day or 1) > (pub.month, pub.day):
                    year -= 1
                elif d > 0 and (month, day or 31) < (pub.month, pub.day):
                    year += 1
                if not _in_calendar(year):
                    year = None
            if year is not None and day is not None and _valid(year, month, day):
                gran, value = Granularity.DAY, f"{year:04d}-{month:02d}-{day:02d}"
            elif year is not None:
                gran, value = Granularity.MONTH, f"{year:04d}-{month:02d}"
            else:
                gran, value = (Granularity.DAY if day else Granularity.MONTH), None
            out.append(
                TimeC(
                    tokens[start_i].s,
                    tokens[end_j - 1].e,
                    start_i,
                    end_j,
                    gran,
                    value,
                    method=f"rule:{lang}.time.month",
                )
            )
            i = end_j
            continue
        if "weekday" in cats:
            m = cats["weekday"]
            wd = int(m.data)
            d = direction(m.j)
            before = order.direction_first and d == 0 and direction(m.i - 1) != 0
            if before:
                # «last Thursday», «next Monday».
                d = direction(m.i - 1)
            value = None
            if pub is not None:
                delta = (pub.isoweekday() - wd) % 7
                if d > 0 or (d == 0 and _future_context(tokens, matches, m.i)):
                    target = _moved(pub, (wd - pub.isoweekday()) % 7 or 7)
                elif d < 0 and delta == 0:
                    target = _moved(pub, -7)
                else:
                    target = _moved(pub, -delta)
                value = target.isoformat() if target is not None else None
            end_j = m.j + 1 if d and not before else m.j
            out.append(
                TimeC(
                    tokens[m.i - 1 if before else m.i].s,
                    tokens[end_j - 1].e,
                    m.i - 1 if before else m.i,
                    end_j,
                    Granularity.WEEKDAY,
                    value,
                    wd,
                    method=f"rule:{lang}.time.weekday",
                )
            )
            i = end_j
            continue
        if "relative" in cats:
            m = cats["relative"]
            rel = m.data
            value = None
            if pub is not None:
                if rel.unit in ("day", "week"):
                    moved = _moved(pub, rel.offset * (7 if rel.unit == "week" else 1))
                    value = moved.isoformat() if moved is not None else None
                elif rel.unit == "month":
                    y, mo = _shift_months(pub, rel.offset)
                    value = f"{y:04d}-{mo:02d}" if _in_calendar(y) else None
                elif _in_calendar(pub.year + rel.offset):
                    value = f"{pub.year + rel.offset:04d}"
            gran = Granularity.RELATIVE
            if value is not None:
                gran = {
                    "day": Granularity.DAY,
                    "week": Granularity.RELATIVE,
                    "month": Granularity.MONTH,
                    "year": Granularity.YEAR,
                }[rel.unit]
                if rel.unit == "week":
                    value = None
            out.append(
                TimeC(
                    tokens[m.i].s,
                    tokens[m.j - 1].e,
                    m.i,
                    m.j,
                    gran,
                    value,
                    method=f"rule:{lang}.time.relative",
                )
            )
            i = m.j
            continue
        if "yearword" in cats:
            m = cats["yearword"]
            year = _number(tok(m.j), 1900, 2200)
            if year is not None:
                out.append(
                    TimeC(
                        tokens[m.i].s,
                        tokens[m.j].e,
                        m.i,
                        m.j + 1,
                        Granularity.YEAR,
                        f"{year:04d}",
                        method=f"rule:{lang}.time.year",
                    )
                )
                i = m.j + 1
                continue
        t = tokens[i]
        if t.key.isdigit() and len(t.key) in (1, 2, 4) and i + 4 < n + 1:
            found = _numeric(text, tokens, i, lang)
            if found is not None:
                out.append(found)
                i = found.j
                continue
        i += 1
    return out


def _future_context(tokens: Sequence[Token], matches: Sequence[list[Match]], i: int) -> bool:
    # A weekday right after a future word («غدا الأربعاء») or in a future clause.
    for k in range(max(0, i - 2), i):
        for m in matches[k]:
            if m.cat == "relative" and m.data.offset > 0:
                return True
            if m.cat == "status" and m.data.status is not None and m.data.status.value == "planned":
                return True
        if any(st.future for st in tokens[k].stems):
            return True
    return False


def _numeric(text: str, tokens: Sequence[Token], i: int, lang: str) -> TimeC | None:
    start = tokens[i].s
    stop = tokens[min(i + 4, len(tokens) - 1)].e
    m = _NUMERIC_DATE.match(_fold_digits(text[start:stop]))
    if m is None:
        return None
    if m.group(1):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
    if not _valid(y, mo, d):
        return None
    end = start + m.end()
    j = i
    while j < len(tokens) and tokens[j].s < end:
        j += 1
    return TimeC(
        start,
        end,
        i,
        j,
        Granularity.DAY,
        f"{y:04d}-{mo:02d}-{d:02d}",
        method=f"rule:{lang}.time.numeric",
    )


def _fold_digits(s: str) -> str:
    from newsevents.text.normalize import fold

    out = fold(s)
    return out if len(out) == len(s) else s
