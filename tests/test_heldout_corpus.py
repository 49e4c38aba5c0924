"""The held-out corpus (``tests/corpus/ar-heldout``, ``tests/corpus/en-heldout``) is well formed.

These texts measure how extraction generalizes, so nothing here scores the extractor on them
(``python -m newsevents.evaluate tests/corpus/ar-heldout`` reports that). The tests check the
corpus itself: the file format, that every gold string is grounded in its text, that the gold
agrees with the model (the document gold describes scores F1 = 1 against it), that
``HELDOUT.md`` describes exactly these files and counts, and that no text reuses wording from
the development corpus.
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
HELDOUT_DIRS = {lang: CORPUS / f"{lang}-heldout" for lang in LANGUAGES}
HELDOUT_FILES = sorted(p for d in HELDOUT_DIRS.values() for p in d.glob("*.gold.json"))
DEV_TEXTS = sorted(p for lang in LANGUAGES for p in (CORPUS / lang).glob("*.txt"))
HELDOUT_MD = CORPUS / "HELDOUT.md"

_SCORES = ("statements", "statement_content", "meetings", "mentions", "aliases")
_ACCURACIES = ("direct", "meeting_mode", "meeting_status")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# A run of this many words shared with a development text counts as copied wording.
_SHARED_WORDS = 8


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _text_path(gold_path: Path) -> Path:
    return gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")


def _gold_strings(gold: Gold) -> list[tuple[str, str]]:
    """Every string of the gold with its JSON path."""
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
    for lang, directory in HELDOUT_DIRS.items():
        golds = sorted(directory.glob("*.gold.json"))
        texts = sorted(directory.glob("*.txt"))
        assert golds, lang
        # Every text has its gold and nothing else lives in the directory.
        assert [_text_path(g) for g in golds] == texts
        assert {p.name for p in directory.iterdir()} == {p.name for p in golds + texts}


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=_id)
def test_text_format(path: Path) -> None:
    raw = _text_path(path).read_bytes()
    text = raw.decode("utf-8")  # UTF-8, or this raises
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    lines = text.split("\n")[:-1]
    assert 4 <= len(lines) <= 8, "a headline and three to seven paragraphs"
    for n, line in enumerate(lines, 1):
        assert line.strip() == line and line, f"line {n} is blank or has outer whitespace"


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=_id)
def test_gold_file_is_written_canonically(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert set(data) == {"statements", "meetings", "actors"}
    assert raw == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=_id)
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


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=_id)
def test_gold_document_scores_one_against_its_gold(path: Path) -> None:
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
    golds = dict(map(load_gold, HELDOUT_FILES))
    report = evaluate([HELDOUT_DIRS[lang]], extractor=lambda text: gold_document(text, golds[text]))
    assert not report.failures
    assert len(report.files) == len(list(HELDOUT_DIRS[lang].glob("*.gold.json")))
    for name in _SCORES:
        assert getattr(report.total, name).f1 == 1.0, name


def _counts(lang: str) -> tuple[int, int, int, int, int]:
    files = sorted(HELDOUT_DIRS[lang].glob("*.gold.json"))
    golds = [load_gold(p)[1] for p in files]
    return (
        len(files),
        sum(len(g.statements) for g in golds),
        sum(s.direct for g in golds for s in g.statements),
        sum(len(g.meetings) for g in golds),
        sum(len(g.actors) for g in golds),
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_md_states_the_counts(lang: str) -> None:
    files, statements, direct, meetings, actors = _counts(lang)
    doc = HELDOUT_MD.read_text(encoding="utf-8")
    expected = (
        f"{lang}-heldout/: {files} files, {statements} statements ({direct} direct), "
        f"{meetings} meetings"
    )
    assert expected in doc
    assert f"{actors} actors" in doc.split(expected, 1)[1].split("\n", 1)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_heldout_md_has_a_row_per_file(lang: str) -> None:
    doc = HELDOUT_MD.read_text(encoding="utf-8")
    section = doc.split(f"## {lang}-heldout/", 1)[1].split("\n## ", 1)[0]
    rows = regex.findall(r"^\| (\d\d) \|", section, flags=regex.M)
    stems = [p.name[:2] for p in sorted(HELDOUT_DIRS[lang].glob("*.gold.json"))]
    assert rows == stems


def _word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_wording_is_shared_with_the_development_corpus() -> None:
    dev: set[tuple[str, ...]] = set()
    for p in DEV_TEXTS:
        dev |= _word_runs(p.read_text(encoding="utf-8"), _SHARED_WORDS)
    assert dev, "the development corpus is missing"
    shared = {
        _id(p): sorted(
            " ".join(run) for run in _word_runs(p.read_text(encoding="utf-8"), _SHARED_WORDS) & dev
        )
        for p in map(_text_path, HELDOUT_FILES)
    }
    assert {k: v for k, v in shared.items() if v} == {}
