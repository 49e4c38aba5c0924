"""The blind corpus (``tests/corpus/ar-blind``, ``tests/corpus/en-blind``) is well formed.

These texts measure how extraction generalizes to text nobody has tuned on, so nothing here
scores the extractor on them (``python -m newsevents.evaluate tests/corpus/ar-blind`` reports
that, and ``docs/quality.md`` records it); there are no floors on extraction figures. The tests
check the corpus itself: the file format, that every gold string is grounded in its text, that
the gold agrees with the model (the document gold describes validates and scores F1 = 1 against
it), that ``BLIND.md`` describes exactly these files and counts, and that no text shares a run of
eight words with any other corpus file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from newsevents import validate
from newsevents.evaluate import (
    Accuracy,
    Gold,
    Score,
    evaluate,
    gold_document,
    load_gold,
    score_document,
)

CORPUS = Path(__file__).parent / "corpus"
LANGUAGES = ("ar", "en")
BLIND_DIRS = {lang: CORPUS / f"{lang}-blind" for lang in LANGUAGES}
BLIND_FILES = sorted(p for d in BLIND_DIRS.values() for p in d.glob("*.gold.json"))
BLIND_MD = CORPUS / "BLIND.md"

_SCORES = ("statements", "statement_content", "meetings", "mentions", "aliases")
_ACCURACIES = ("direct", "meeting_mode", "meeting_status")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# A run of this many words shared with another corpus text counts as copied wording.
_SHARED_WORDS = 8


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _text_path(gold_path: Path) -> Path:
    return gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")


def _gold_strings(gold: Gold) -> list[tuple[str, str]]:
    """Every non-empty string of the gold with its JSON path."""
    out: list[tuple[str, str]] = []
    for i, s in enumerate(gold.statements):
        out += [
            (f"statements[{i}].speaker", s.speaker),
            (f"statements[{i}].verb", s.verb),
            (f"statements[{i}].quote", s.quote),
        ]
    for i, m in enumerate(gold.meetings):
        out.append((f"meetings[{i}].trigger", m.trigger))
        out += [(f"meetings[{i}].participants[{j}]", p) for j, p in enumerate(m.participants)]
    for i, a in enumerate(gold.actors):
        out += [(f"actors[{i}].mentions[{j}]", m) for j, m in enumerate(a.mentions)]
    return [(path, value) for path, value in out if value]


def test_both_languages_are_present() -> None:
    for lang, directory in BLIND_DIRS.items():
        golds = sorted(directory.glob("*.gold.json"))
        texts = sorted(directory.glob("*.txt"))
        assert golds, lang
        # Every text has its gold and nothing else lives in the directory.
        assert [_text_path(g) for g in golds] == texts
        assert {p.name for p in directory.iterdir()} == {p.name for p in golds + texts}


@pytest.mark.parametrize("path", BLIND_FILES, ids=_id)
def test_text_format(path: Path) -> None:
    raw = _text_path(path).read_bytes()
    text = raw.decode("utf-8")  # UTF-8, or this raises
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    lines = text.split("\n")[:-1]
    assert 4 <= len(lines) <= 8, "a headline and three to seven paragraphs"
    for n, line in enumerate(lines, 1):
        assert line.strip() == line and line, f"line {n} is blank or has outer whitespace"


@pytest.mark.parametrize("path", BLIND_FILES, ids=_id)
def test_gold_file_is_written_canonically(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert set(data) == {"statements", "meetings", "actors"}
    assert raw == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("path", BLIND_FILES, ids=_id)
def test_every_gold_string_is_a_substring_of_the_text(path: Path) -> None:
    text, gold = load_gold(path)  # load_gold checks grounding too; check it independently
    missing = [(where, value) for where, value in _gold_strings(gold) if value not in text]
    assert missing == []
    # Statements and meetings are annotated in the body only (line 2 onwards).
    body = text[text.index("\n") + 1 :]
    for s in gold.statements:
        assert s.quote in body and s.verb in body, s
    for m in gold.meetings:
        assert m.trigger in body, m
    # Every file exercises both tasks.
    assert gold.statements and gold.meetings


@pytest.mark.parametrize("path", BLIND_FILES, ids=_id)
def test_gold_document_validates_and_scores_one_against_its_gold(path: Path) -> None:
    text, gold = load_gold(path)
    doc = gold_document(text, gold)
    assert [i for i in validate(doc) if i.severity == "error"] == []
    metrics = score_document(doc, gold)
    for name in _SCORES:
        score: Score = getattr(metrics, name)
        assert (score.fp, score.fn) == (0, 0), name
        assert score.f1 == (1.0 if score.tp else None), name
    assert metrics.statements.tp == len(gold.statements)
    assert metrics.meetings.tp == len(gold.meetings)
    for name in _ACCURACIES:
        accuracy: Accuracy = getattr(metrics, name)
        assert accuracy.correct == accuracy.total, name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_perfect_extractor_through_evaluate(lang: str) -> None:
    golds = dict(map(load_gold, BLIND_FILES))
    report = evaluate([BLIND_DIRS[lang]], extractor=lambda text: gold_document(text, golds[text]))
    assert not report.failures
    assert len(report.files) == len(list(BLIND_DIRS[lang].glob("*.gold.json")))
    for name in _SCORES:
        assert getattr(report.total, name).f1 == 1.0, name


def _golds(lang: str) -> list[tuple[str, Gold]]:
    return [(p.name[:2], load_gold(p)[1]) for p in sorted(BLIND_DIRS[lang].glob("*.gold.json"))]


def _count_line(lang: str) -> str:
    doc = BLIND_MD.read_text(encoding="utf-8")
    prefix = f"* {lang}-blind/: "
    lines = [line for line in doc.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, f"BLIND.md has no single count line for {lang}-blind/"
    return lines[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind_md_states_the_counts(lang: str) -> None:
    golds = [g for _, g in _golds(lang)]
    meetings = [m for g in golds for m in g.meetings]
    statuses = ", ".join(
        f"{status} {n}"
        for status in ("held", "planned", "reported_past")
        if (n := sum(m.status == status for m in meetings))
    )
    expected = (
        f"* {lang}-blind/: {len(golds)} files, "
        f"{sum(len(g.statements) for g in golds)} statements "
        f"({sum(s.direct for g in golds for s in g.statements)} direct), "
        f"{len(meetings)} meetings ({statuses}; "
    )
    line = _count_line(lang)
    assert line.startswith(expected)
    modes = regex.search(r"; ([^)]*)\)", line)
    assert modes is not None
    stated = {name: int(n) for n, name in (part.split(" ")[::-1] for part in modes[1].split(", "))}
    counted = {mode: sum(m.mode == mode for m in meetings) for mode in stated}
    assert stated == counted
    assert sum(stated.values()) == len(meetings), "every mode with a meeting is stated"
    assert line.endswith(f"{sum(len(g.actors) for g in golds)} actors.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind_md_lists_the_files_with_no_direct_quote(lang: str) -> None:
    doc = BLIND_MD.read_text(encoding="utf-8")
    after = doc.split(_count_line(lang), 1)[1].split("\n", 2)[1]
    listed = regex.findall(r"\b\d\d\b", after.split("**", 2)[2].split(".", 1)[0])
    assert listed == [stem for stem, g in _golds(lang) if not any(s.direct for s in g.statements)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind_md_has_a_row_per_file(lang: str) -> None:
    doc = BLIND_MD.read_text(encoding="utf-8")
    section = doc.split(f"## {lang}-blind/", 1)[1].split("\n## ", 1)[0]
    rows = regex.findall(r"^\| (\d\d) \|", section, flags=regex.M)
    assert rows == [stem for stem, _ in _golds(lang)]


def test_blind_md_states_the_rule() -> None:
    doc = BLIND_MD.read_text(encoding="utf-8")
    assert "this set is for measuring, not tuning" in doc
    assert "a fresh blind set must be written" in doc


def _word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_wording_is_shared_with_any_other_corpus_file() -> None:
    others = sorted(CORPUS.glob("*/*.txt"))
    assert any(p.parent.name == "ar" for p in others), "the development corpus is missing"
    assert any(p.parent.name.endswith("-heldout") for p in others), "the held-out corpus is missing"
    runs = {p: _word_runs(p.read_text(encoding="utf-8"), _SHARED_WORDS) for p in others}
    shared: dict[str, list[str]] = {}
    for path in map(_text_path, BLIND_FILES):
        for other, other_runs in runs.items():
            if other == path:
                continue
            common = runs[path] & other_runs
            if common:
                shared[f"{_id(path)} ~ {_id(other)}"] = sorted(" ".join(r) for r in common)
    assert shared == {}
