"""The matcher: folded keys, clitic stripping and phrase lookup map back to exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.extraction._matcher import Match, Token, compiled, tokenize
from newsevents.text.normalize import normalize


def scan(text: str) -> tuple[list[Token], list[list[Match]]]:
    comp = compiled("ar")
    tokens = tokenize(normalize(text), comp)
    return tokens, [comp.match_at(tokens, i) if t.word else [] for i, t in enumerate(tokens)]


def cats(text: str, cat: str) -> list[str]:
    """The original text of every token range matched in category ``cat``."""
    tokens, matches = scan(text)
    out = []
    for ms in matches:
        for m in ms:
            if m.cat == cat:
                out.append(text[tokens[m.i].s : tokens[m.j - 1].e])
    return out


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("وقال", "قال"),
        ("فقالت", "قال"),
        ("قالا", "قال"),
        ("يقولون", "قال"),
        ("وأكد", "أكد"),
        ("واكد", "أكد"),  # hamza-less writing
        ("وأكّد", "أكد"),  # shadda
        ("مؤكدا", "أكد"),
        ("مؤكداً", "أكد"),  # tanwin
        ("مشددة", "شدد"),
        ("مشددين", "شدد"),
        ("مشددتين", "شدد"),
        ("وأضاف", "أضاف"),
        ("واضاف", "أضاف"),
        ("بقوله", "قال"),
        ("نفى", "نفى"),
        ("نفي", "نفى"),  # ى written ي
        ("وصفها", "وصف"),
    ],
)
def test_cue_forms_fold_and_strip_to_their_lemma(text: str, lemma: str) -> None:
    tokens, matches = scan(text)
    cue = [m for m in matches[0] if m.cat == "cue"]
    assert cue, text
    assert cue[0].data.cue.lemma == lemma
    # The span of the match is the whole written token, clitics and marks included.
    assert (tokens[0].s, tokens[-1].e) == (0, len(text))


def test_plural_forms_say_there_are_several_speakers() -> None:
    _, matches = scan("أكدا")
    assert matches[0][0].data.plural
    _, matches = scan("أكد")
    assert not matches[0][0].data.plural


def test_participles_are_marked() -> None:
    _, matches = scan("مشيرا")
    assert matches[0][0].data.participle


def test_contracted_article_after_lam() -> None:
    # ل + المكالمة is written للمكالمة: the alef of the article is dropped.
    assert cats("ستكون امتدادا للمكالمة الهاتفية", "trigger") == ["للمكالمة"]
    _, matches = scan("للمكالمة")
    stem = next(m.stem for m in matches[0] if m.cat == "trigger")
    assert stem.text == "مكالمه" or stem.text == "المكالمه"


def test_conjunction_and_article_before_a_country() -> None:
    text = "بين إسرائيل والولايات المتحدة"
    assert cats(text, "country") == ["إسرائيل", "والولايات المتحدة"]
    tokens, matches = scan(text)
    m = next(m for ms in matches for m in ms if m.cat == "country" and m.i == 2)
    # A mention drops the conjunction but keeps the article.
    start = tokens[m.i].s + m.stem.mention_prefix
    assert text[start : tokens[m.j - 1].e] == "الولايات المتحدة"


def test_nisba_variants_with_and_without_hamza_and_alef_maqsura() -> None:
    for word in ("الأمريكي", "الأميركي", "الأمريكى", "الامريكية", "الأمريكيين"):
        _, matches = scan(word)
        nisba = [m for m in matches[0] if m.cat == "nisba"]
        assert nisba and nisba[0].data.iso == "US", word


def test_an_adjective_is_not_the_country_it_looks_like() -> None:
    # «السورية» (the Syrian) is not the country «سورية».
    assert cats("العاصمة السورية", "country") == []
    assert cats("في سورية", "country") == ["سورية"]


def test_diacritics_and_tatweel_map_back_to_exact_offsets() -> None:
    text = "وقَالَ الـرئيس"
    tokens, matches = scan(text)
    assert [text[t.s : t.e] for t in tokens] == ["وقَالَ", "الـرئيس"]
    assert any(m.cat == "cue" for m in matches[0])
    assert any(m.cat == "title" for m in matches[1])


def test_arabic_indic_and_persian_digits_are_numbers() -> None:
    tokens, _ = scan("٢١ ابريل ۲۰۲۵")
    assert [t.key for t in tokens] == ["21", "ابريل", "2025"]


def test_future_prefix_reaches_the_present_verb() -> None:
    _, matches = scan("سيلتقي")
    trig = next(m for m in matches[0] if m.cat == "trigger")
    assert trig.stem.future
    # «سياسة» starts with the same letters but is no verb.
    _, matches = scan("سياسة")
    assert not any(m.cat == "trigger" for m in matches[0])


def test_multiword_phrases_match_across_clitics() -> None:
    assert cats("ومن المقرر أن يلتقي", "status")[:1] == ["ومن المقرر"]
    # The longest phrase at each token; shorter ones inside it start at later tokens.
    assert cats("عبر تقنية الاتصال المرئي", "mode")[0] == "عبر تقنية الاتصال المرئي"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="وفبلكالقدسمنةىيأإآـًٌٍَُِّْ “”«»:،. \n0123٤٥", max_size=80))
def test_tokens_cover_the_text_in_order_and_never_start_on_space(text: str) -> None:
    tokens, matches = scan(text)
    previous = 0
    for t in tokens:
        assert previous <= t.s < t.e <= len(text)
        assert not text[t.s].isspace() and not text[t.e - 1].isspace()
        previous = t.e
    for ms in matches:
        for m in ms:
            assert 0 <= m.i < m.j <= len(tokens)


def test_lexicons_compile_on_first_use_not_on_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsevents; "
        "assert 'newsevents.lang' not in sys.modules, 'lang imported'; "
        "assert 'newsevents.extraction' not in sys.modules; "
        "newsevents.extract('قال الوزير: “نعم”.'); "
        "assert 'newsevents.extraction._matcher' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert "ar" in ne.supported_languages()
