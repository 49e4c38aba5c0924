"""The English language pack: what it lists, and the switches it turns on for the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsevents as ne
from newsevents.lang import load_lexicon, load_lexicon_file

PACK = Path(ne.__file__).parent / "lang" / "en.toml"


def test_the_english_pack_loads_for_every_region() -> None:
    lex = load_lexicon("en")
    assert lex is load_lexicon("en-US") is load_lexicon("EN-gb")
    assert (lex.meta.language, lex.meta.name) == ("en", "English")
    assert load_lexicon_file(str(PACK)) == lex


def test_the_engine_switches_are_on_for_english_and_off_for_arabic() -> None:
    en, ar = load_lexicon("en"), load_lexicon("ar")
    assert en.syntax.capitalized_names and en.syntax.subject_first
    assert en.punctuation.abbreviation_periods
    assert en.dates.month_first and en.dates.direction_first
    assert not en.meeting_context.nested_triggers
    assert en.meeting_context.refer_back_paragraphs is not None
    assert not (ar.syntax.capitalized_names or ar.syntax.subject_first)
    assert not ar.punctuation.abbreviation_periods
    assert not (ar.dates.month_first or ar.dates.direction_first)
    assert ar.meeting_context.nested_triggers
    assert ar.meeting_context.refer_back_paragraphs is None
    assert ar.meeting_context.words_before == 10
    assert ar.heads.qualifiers == ()


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", {"say", "says", "said", "saying"}),
        ("tell", {"tell", "tells", "told", "telling"}),
        ("add", {"add", "adds", "added", "adding"}),
        ("emphasize", {"emphasized", "emphasised", "emphasizing", "emphasising"}),
        ("call for", {"call for", "calls for", "called for", "calling for"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
    ],
)
def test_cues_list_every_tense(lemma: str, forms: set[str]) -> None:
    cues = [c for c in load_lexicon("en").cue if c.lemma == lemma]
    assert cues, lemma
    listed = {f for c in cues for f in (*c.forms, *c.participles)}
    assert forms <= listed


def test_assertive_cues_take_noun_phrases_and_say_takes_clauses() -> None:
    cues = {c.lemma: c for c in load_lexicon("en").cue}
    for lemma in ("stress", "emphasize", "underscore", "note", "reiterate", "deny", "call for"):
        assert cues[lemma].complement == "np", lemma
    assert cues["say"].complement == "clause"
    assert cues["add"].continuation


@pytest.mark.parametrize(
    ("adjective", "iso"),
    [
        ("American", "US"),
        ("Israeli", "IL"),
        ("Chinese", "CN"),
        ("British", "GB"),
        ("Emirati", "AE"),
        ("South Korean", "KR"),
    ],
)
def test_nationality_words_point_to_countries(adjective: str, iso: str) -> None:
    countries = {c.iso: c for c in load_lexicon("en").country}
    assert adjective in countries[iso].nisba


@pytest.mark.parametrize(
    ("name", "iso"), [("U.S.", "US"), ("US", "US"), ("UK", "GB"), ("UAE", "AE")]
)
def test_country_abbreviations_are_names(name: str, iso: str) -> None:
    countries = {c.iso: c for c in load_lexicon("en").country}
    assert name in countries[iso].names


def test_meeting_words_carry_their_mode() -> None:
    modes = {f: t.mode for t in load_lexicon("en").meeting for f in t.forms}
    assert modes["met"] is ne.MeetingMode.IN_PERSON
    assert modes["phone call"] is ne.MeetingMode.PHONE
    assert modes["telephone conversation"] is ne.MeetingMode.PHONE
    assert modes["video call"] is ne.MeetingMode.VIRTUAL
    assert modes["virtual summit"] is ne.MeetingMode.VIRTUAL


def test_months_and_weekdays() -> None:
    lex = load_lexicon("en")
    systems = lex.months.systems()
    assert systems["full"][4] == "May" and systems["abbreviated"][9] == "Oct."
    assert all(len(names) == 12 for names in systems.values())
    assert lex.weekdays["Monday"] == 1 and lex.weekdays["Sunday"] == 7


def test_a_bad_switch_is_reported_with_its_entry(tmp_path: Path) -> None:
    raw = PACK.read_text(encoding="utf-8").replace(
        "refer_back_paragraphs = 8", "refer_back_paragraphs = 0"
    )
    bad = tmp_path / "en.toml"
    bad.write_text(raw, encoding="utf-8")
    with pytest.raises(ne.LexiconError) as caught:
        load_lexicon_file(str(bad))
    assert "meeting_context.refer_back_paragraphs" in str(caught.value)
