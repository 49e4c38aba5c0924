"""Matching keys map back to exact offsets; offset conversions agree with the encoders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.text import (
    OffsetMap,
    detect_script_language,
    fold,
    normalize,
    skeleton,
    utf8_offset,
    utf16_offset,
)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("الأمريكى", "الامريكي"),
        ("الأميركي", "الاميركي"),
        ("إسرائيل", "اسراءيل"),
        ("المسئولين", "المسءولين"),
        ("المسؤولين", "المسءولين"),
        ("آب", "اب"),
        ("مشدداً", "مشددا"),
        ("عــاجل", "عاجل"),
        ("الخارجيّة", "الخارجيه"),
        ("٢١ ابريل ٢٠٢٥", "21 ابريل 2025"),
        ("۱۴۰۳", "1403"),
        ("ﻻ", "لا"),
        ("Café", "café"),
        ("Cafe\u0301", "cafe"),
        ("a\u00a0b", "a b"),
        ("مؤتمر", "مءتمر"),
        ("ک", "ك"),
    ],
)
def test_fold(written: str, key: str) -> None:
    assert fold(written) == key
    assert normalize(written).key == key


def test_match_maps_back_to_exact_offsets() -> None:
    text = "وقالَ مستشارُ الأمن القومي الأمريكى ـ جيك سوليفان"
    n = normalize(text)
    k = n.key.index("الامريكي")
    start, end = n.span(k, k + len("الامريكي"))
    assert text[start:end] == "الأمريكى"
    k = n.key.index("قال")
    start, end = n.span(k, k + 3)
    assert text[start:end] == "قالَ"  # the trailing fatha belongs to the last letter
    k = n.key.index("مستشار")
    assert text[slice(*n.span(k, k + 6))] == "مستشارُ"


def test_ligature_expansion_maps_both_letters_to_the_ligature() -> None:
    text = "ﻻ بد"
    n = normalize(text)
    assert n.key == "لا بد"
    assert n.span(0, 1) == (0, 1)
    assert n.span(1, 2) == (0, 1)
    assert n.span(0, 2) == (0, 1)
    assert n.span(3, 5) == (2, 4)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.sampled_from(list("ابتةىأإآؤئـ \u064b\u064e\u0651\u0670ﻻﷲ٠٩۴Aa\u0301\u200f\u202bz.،“”"))
    ),
    st.data(),
)
def test_normalize_offsets_are_monotonic_and_in_range(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    assert len(n.key) <= 4 * len(text) + 1
    prev = 0
    for k in range(len(n.key) + 1):
        s = n.start(k)
        assert 0 <= s <= len(text)
        assert s >= prev
        prev = s
    if n.key:
        a = data.draw(st.integers(0, len(n.key) - 1))
        b = data.draw(st.integers(a + 1, len(n.key)))
        start, end = n.span(a, b)
        assert 0 <= start < end <= len(text)
        # Folding the original slice gives back (at least) the matched key.
        assert n.key[a:b] in fold(text[start:end])


@pytest.mark.parametrize("text", ["ab", "اَب", "\u200fب\u064e"])
def test_key_offsets_outside_the_key_map_to_the_ends_of_the_text(text: str) -> None:
    # Offsets past either end of the key clamp to the text, as slicing does; never beyond it.
    n = normalize(text)
    k = len(n.key)
    assert n.start(-3) == n.start(0)
    assert n.start(k + 3) == len(text)
    assert n.end(k + 3) == n.end(k) <= len(text)
    assert n.span(-2, k + 5) == n.span(0, k)


def test_skeleton_merges_transliteration_variants() -> None:
    assert skeleton("ساليفان") == skeleton("سوليفان")
    assert skeleton("هولاتا") == skeleton("هولتا")
    assert skeleton("بايدن") == skeleton("بيدن")
    assert skeleton("بوريطة") != skeleton("بريطانيا")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.data())
def test_offsets_agree_with_encoders(text: str, data: st.DataObject) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    i = data.draw(st.integers(0, len(text)))
    m = OffsetMap.of(text)
    assert utf8_offset(text, i) == len(text[:i].encode("utf-8")) == m.to_utf8(i)
    assert utf16_offset(text, i) == len(text[:i].encode("utf-16-le")) // 2 == m.to_utf16(i)
    assert m.from_utf8(m.to_utf8(i)) == i
    assert m.from_utf16(m.to_utf16(i)) == i


def test_offset_errors() -> None:
    with pytest.raises(IndexError, match="outside the text"):
        utf8_offset("abc", 4)
    m = OffsetMap.of("€")
    with pytest.raises(ValueError, match="character boundary"):
        m.from_utf8(1)
    # Past either end is outside the text, as for the conversions the other way.
    for offset in (-1, 4):
        with pytest.raises(IndexError, match="outside the text"):
            m.from_utf8(offset)
    with pytest.raises(IndexError, match="outside the text"):
        m.from_utf16(2)


def test_language_by_script() -> None:
    assert detect_script_language("قال الرئيس (SCG)") == "ar"
    assert detect_script_language("The president said") == "en"
    assert detect_script_language("Президент") == "ru"
    assert detect_script_language("123 !!!") == "und"
