"""Time expressions: month systems, digits, weekdays and relative words, resolved by date."""

from __future__ import annotations

import datetime as dt

import pytest

import newsevents as ne
from newsevents import Granularity


def times(text: str, published: dt.date | None = None) -> list[tuple[str, Granularity, str | None]]:
    article = ne.parse_article(
        "خبر\n" + text + "\n",
        source={"published": published.isoformat()} if published else None,
    )
    doc = ne.extract(article)
    return [(doc.text_of(t.span), t.granularity, t.value) for t in doc.times]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في 22 أفريل 2024 بدأت القمة.", "2024-04-22"),  # Maghrebi
        ("في 22 افريل 2024 بدأت القمة.", "2024-04-22"),
        ("في 5 جوان 2023 بدأت القمة.", "2023-06-05"),
        ("في 3 جويلية 2023 بدأت القمة.", "2023-07-03"),
        ("في 1 أوت 2023 بدأت القمة.", "2023-08-01"),
        ("في 1 نونبر 2025 بدأت القمة.", "2025-11-01"),  # Moroccan
        ("في 9 يوليوز 2025 بدأت القمة.", "2025-07-09"),
        ("في 9 غشت 2025 بدأت القمة.", "2025-08-09"),
        ("في 9 دجنبر 2025 بدأت القمة.", "2025-12-09"),
        ("في 9 شتنبر 2025 بدأت القمة.", "2025-09-09"),
        ("في 10 كانون الأول 2021 بدأت القمة.", "2021-12-10"),  # Levantine
        ("في 10 كانون الثاني 2021 بدأت القمة.", "2021-01-10"),
        ("في 10 تشرين الثاني 2021 بدأت القمة.", "2021-11-10"),
        ("في 10 حزيران 2021 بدأت القمة.", "2021-06-10"),
        ("في 7 يونية 2014 بدأت القمة.", "2014-06-07"),  # Egyptian
        ("في 7 يولية 2014 بدأت القمة.", "2014-07-07"),
        ("في ٢١ ابريل ٢٠٢٥ بدأت القمة.", "2025-04-21"),  # Arabic-Indic digits
        ("في ۲۱ مايو ۲۰۲۵ بدأت القمة.", "2025-05-21"),  # Persian digits
        ("في 22 أغسطس/آب 2022 بدأت القمة.", "2022-08-22"),  # dual names
    ],
)
def test_dates_in_every_month_system(text: str, value: str) -> None:
    found = times(text)
    assert [(g, v) for _, g, v in found] == [(Granularity.DAY, value)]


def test_numeric_dates() -> None:
    assert times("بتاريخ 2024/5/14 التقى الوزيران.")[0][1:] == (Granularity.DAY, "2024-05-14")
    assert times("بتاريخ 14/5/2024 التقى الوزيران.")[0][1:] == (Granularity.DAY, "2024-05-14")


def test_a_month_without_a_year_is_its_last_occurrence_before_publication() -> None:
    published = dt.date(2022, 1, 20)
    assert times("منذ اجتماع المجموعة في ديسمبر.", published) == [
        ("ديسمبر", Granularity.MONTH, "2021-12")
    ]
    assert times("منذ اجتماع المجموعة في يناير.", published) == [
        ("يناير", Granularity.MONTH, "2022-01")
    ]


def test_a_weekday_is_the_day_of_that_weekday_up_to_publication() -> None:
    published = dt.date(2022, 1, 21)  # a Friday
    found = times("أكد الوزير، الخميس، موقفه.", published)
    assert found == [("الخميس", Granularity.WEEKDAY, "2022-01-20")]
    # With «المقبل» it is the next one.
    assert times("يلتقي الوزيران الخميس المقبل.", published)[0][2] == "2022-01-27"


def test_relative_words_move_from_the_publication_date() -> None:
    published = dt.date(2022, 1, 21)
    found = {t: v for t, _, v in times("قال أمس إنه سيسافر غدا وعاد اليوم.", published)}
    assert found == {"أمس": "2022-01-20", "غدا": "2022-01-22", "اليوم": "2022-01-21"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("أكد الوزير، الخميس، موقفه.", dt.date(1, 1, 1), [("الخميس", Granularity.WEEKDAY, None)]),
        ("قال أمس إنه سيسافر.", dt.date(1, 1, 1), [("أمس", Granularity.RELATIVE, None)]),
        ("قال إنه سيسافر غدا.", dt.date(9999, 12, 31), [("غدا", Granularity.RELATIVE, None)]),
        (
            "يلتقي الوزيران الخميس المقبل.",
            dt.date(9999, 12, 31),
            [("الخميس المقبل", Granularity.WEEKDAY, None)],
        ),
        (
            "يلتقي الوزيران في يناير المقبل.",
            dt.date(9999, 12, 31),
            [("يناير", Granularity.MONTH, None)],
        ),
        (
            "منذ اجتماع المجموعة في ديسمبر.",
            dt.date(1, 1, 20),
            [("ديسمبر", Granularity.MONTH, None)],
        ),
    ],
)
def test_a_date_past_the_calendar_is_left_unresolved(
    text: str, published: dt.date, expected: list[tuple[str, Granularity, str | None]]
) -> None:
    # Years 1 and 9999 are valid publication dates; what would fall outside them stays
    # unresolved instead of failing.
    assert times(text, published) == expected


def test_without_a_publication_date_nothing_is_guessed() -> None:
    assert times("أكد الوزير، الخميس، موقفه.") == [("الخميس", Granularity.WEEKDAY, None)]


def test_a_year_after_a_year_word() -> None:
    assert times("سيكون عام 2022 صعبا.") == [("عام 2022", Granularity.YEAR, "2022")]
