"""Pairing quotation marks: mismatched, reversed, stray and unclosed marks, in linear time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.extraction._quotes import Quote, pair_quotes

OPEN = "“«„‹‘"
CLOSE = "”»›’"
EITHER = '"”“'


def pairs(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotes(text)]


def quotes(text: str) -> list[Quote]:
    return pair_quotes(text, 0, len(text), openers=OPEN, closers=CLOSE, either=EITHER)


def test_curly_guillemets_and_straight_quotes() -> None:
    assert pairs("قال: “نعم”.") == ["نعم"]
    assert pairs("قال «لا» ثم «نعم».") == ["لا", "نعم"]
    assert pairs('قال "ربما" وسكت.') == ["ربما"]


def test_reversed_marks_pair_by_context() -> None:
    # ”…” (a closing mark used to open) and “…“ (an opening mark used to close).
    assert pairs("تبون: ”تونس لا تسقط”") == ["تونس لا تسقط"]
    assert pairs("أن “بايدن يعتزم الاتصال“.") == ["بايدن يعتزم الاتصال"]


def test_a_stray_closing_mark_is_skipped() -> None:
    assert pairs("مكافحة الارهاب.” ثم قال “نعم”.") == ["نعم"]


def test_an_unclosed_quote_runs_to_the_end_without_the_full_stop() -> None:
    found = quotes("مشددا على “ضرورة تهيئة الأجواء.")
    assert [(q.closed, "مشددا على “ضرورة تهيئة الأجواء."[q.start : q.end]) for q in found] == [
        (False, "ضرورة تهيئة الأجواء")
    ]


def test_spaces_inside_the_marks_are_not_quoted() -> None:
    assert pairs("قال: « نعم »") == ["نعم"]


def test_no_space_before_the_mark() -> None:
    assert pairs("بقوله :”تونس دائما واقفة”") == ["تونس دائما واقفة"]


def test_only_the_given_range_is_read() -> None:
    text = "“أ” “ب” “ج”"
    assert [
        text[q.start : q.end] for q in pair_quotes(text, 4, 7, openers=OPEN, closers=CLOSE)
    ] == ["ب"]


def test_tens_of_thousands_of_marks() -> None:
    text = "“" * 30000 + "نص" + "”" * 30000
    found = quotes(text)
    # The mark next to the word opens, the one after it closes; the rest are stray.
    assert [(q.open, q.close, text[q.start : q.end]) for q in found] == [(29999, 30002, "نص")]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet='أبت ثج“”«»"‹›.،:\n', max_size=120))
def test_quotes_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    found = quotes(text)
    previous_end = -1
    for q in found:
        assert previous_end <= q.open < q.start <= q.end <= len(text)
        if q.close is not None:
            assert q.end <= q.close < len(text)
            assert text[q.close] in OPEN + CLOSE + EITHER
        assert text[q.open] in OPEN + CLOSE + EITHER
        assert q.end > q.start
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
        previous_end = q.outer_end
