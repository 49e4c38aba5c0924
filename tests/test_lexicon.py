"""Language packs: loading, validation with errors that name the entry, caching."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import newsevents as ne
from newsevents.errors import LexiconError, UnsupportedLanguageError
from newsevents.lang import FORMAT_VERSION, Lexicon, load_lexicon, load_lexicon_file

PACK = Path(ne.__file__).parent / "lang" / "ar.toml"


def test_supported_languages_and_the_public_names() -> None:
    assert "ar" in ne.supported_languages()
    assert ne.load_lexicon is load_lexicon
    assert ne.Lexicon is Lexicon


def test_the_arabic_pack_loads_once() -> None:
    lex = load_lexicon("ar")
    assert lex is load_lexicon("ar-EG")  # region subtags share the pack
    assert lex.meta.language == "ar" and lex.meta.format <= FORMAT_VERSION


def test_the_arabic_pack_covers_the_month_systems() -> None:
    systems = load_lexicon("ar").months.systems()
    assert set(systems) >= {"mashriq", "levant", "maghreb", "morocco"}
    assert all(len(names) == 12 for names in systems.values())
    assert systems["maghreb"][3] == "أفريل" and systems["morocco"][10] == "نونبر"


def test_cues_carry_a_stance_and_continuation_cues_are_marked() -> None:
    cues = {c.lemma: c for c in load_lexicon("ar").cue}
    assert cues["قال"].stance == ne.Stance.SAY
    assert cues["أضاف"].continuation and cues["شدد"].continuation
    assert cues["أكد"].complement == "np"


def test_unsupported_language_lists_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        load_lexicon("fr")
    assert "ar" in info.value.supported
    assert "ar" in str(info.value)


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "xx.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


MINIMAL = """
[meta]
language = "xx"
name = "Test"
version = "0.1.0"
format = 1

[punctuation]
open_quotes = ["“"]
close_quotes = ["”"]
"""


def test_a_minimal_pack_is_valid(tmp_path: Path) -> None:
    lex = load_lexicon_file(write(tmp_path, MINIMAL))
    assert lex.meta.language == "xx" and lex.cue == ()


def test_a_bad_entry_is_named_with_its_file_and_lemma(tmp_path: Path) -> None:
    bad = MINIMAL + '\n[[cue]]\nlemma = "say"\nstance = "shout"\nforms = ["said"]\n'
    path = write(tmp_path, bad)
    with pytest.raises(LexiconError) as info:
        load_lexicon_file(path)
    message = str(info.value)
    assert path in message
    assert "cue[0] (say).stance" in message


def test_every_problem_is_listed(tmp_path: Path) -> None:
    bad = MINIMAL + (
        '\n[[cue]]\nlemma = "say"\nstance = "shout"\nforms = ["said"]\n'
        '\n[[country]]\niso = "usa"\nname = "US"\nnames = ["US"]\n'
    )
    with pytest.raises(LexiconError) as info:
        load_lexicon_file(write(tmp_path, bad))
    problems = "\n".join(info.value.problems)
    assert "cue[0] (say).stance" in problems
    assert "country[0] (US).iso" in problems


def test_semantic_problems(tmp_path: Path) -> None:
    bad = MINIMAL + '\n[[cue]]\nlemma = "say"\nstance = "say"\n\n[months]\nshort = ["jan"]\n'
    with pytest.raises(LexiconError) as info:
        load_lexicon_file(write(tmp_path, bad))
    problems = info.value.problems
    assert any("cue[0] (say): lists no form" in p for p in problems)
    assert any("months.short" in p for p in problems)


@pytest.mark.parametrize("value", ["5", '"abcdefghijkl"', '{ jan = "x" }'])
def test_a_month_system_that_is_not_a_list_is_a_lexicon_error(tmp_path: Path, value: str) -> None:
    # Twelve characters in one string are not twelve month names.
    with pytest.raises(LexiconError) as info:
        load_lexicon_file(write(tmp_path, MINIMAL + f"\n[months]\nshort = {value}\n"))
    assert any(p.startswith("months.short: ") for p in info.value.problems)


def test_a_pack_that_is_not_utf8_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_bytes(MINIMAL.encode("utf-8") + b"\n# caf\xe9\n")
    with pytest.raises(LexiconError, match="not valid UTF-8") as info:
        load_lexicon_file(str(path))
    assert info.value.source == str(path)


def test_not_toml_at_all(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon_file(write(tmp_path, "[meta\n"))


def test_a_newer_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="newer"):
        load_lexicon_file(write(tmp_path, MINIMAL.replace("format = 1", "format = 99")))


def test_the_pack_file_is_plain_toml_with_unique_countries() -> None:
    data = tomllib.loads(PACK.read_text(encoding="utf-8"))
    isos = [c["iso"] for c in data["country"]]
    assert len(isos) == len(set(isos))
    assert {"US", "IL", "IR", "SA", "EG", "JO", "PS", "DZ", "MA", "TN"} <= set(isos)
