"""The fast paths of the foundation agree with straightforward reference implementations.

Each optimized function is compared, on generated inputs, with the plain version it replaced,
so a speed-up can never change a result.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.text.segment import _SCRIPT_LANGUAGE, detect_script_language

_SCRIPT_CHARS = st.sampled_from(
    [*"abcXYZ éü قالرئيسأَ٣ ש ж Ω 中 한 न 123 .,«»\n\t", "\u200f", "\U0001f600"]
)


def _reference_language(text: str, sample: int = 20000) -> str:
    """Dominant script by counting every code point of every script, one pass per script."""
    head = text[:sample]
    if not regex.findall(r"\p{L}", head):
        return "und"
    best, best_n = "und", 0
    for script, lang in _SCRIPT_LANGUAGE:
        n = len(regex.findall(rf"\p{{{script}}}", head))
        if n > best_n:
            best, best_n = lang, n
    return best


@settings(max_examples=200)
@given(st.lists(_SCRIPT_CHARS, max_size=60).map("".join), st.integers(1, 80))
def test_detect_script_language_matches_reference(text: str, sample: int) -> None:
    assert detect_script_language(text, sample=sample) == _reference_language(text, sample)


def test_detect_script_language_ties_go_to_the_first_script() -> None:
    assert detect_script_language("ab قل") == "ar"
    assert detect_script_language("قل ab") == "ar"
