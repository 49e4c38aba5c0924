"""Checks shared by the tests of the evaluation corpora that are not the development set.

The held-out (``*-heldout``), blind (``*-blind``) and second blind (``*-blind2``) corpora are
built the same way and described the same way, each by a Markdown file in ``tests/corpus``.
Nothing here scores the extractor on them: these checks are about the corpus itself —

* the file format (UTF-8, a headline and three to seven paragraphs, a trailing newline);
* the gold file is canonical JSON with exactly the three gold keys;
* every gold string is an exact substring of its text, statements and meetings in the body,
  and every file exercises both tasks;
* the document gold describes validates and scores F1 = 1 against its gold, directly and
  through ``evaluate``;
* the Markdown file states the counts, the files with no direct quote and a row per file, and
  (where the set is blind) the rule of use;
* no text shares a run of eight words with any other corpus text.

A test module names its set with :class:`CorpusSet` and calls one check per test.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
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

_SCORES = ("statements", "statement_content", "meetings", "mentions", "aliases")
_ACCURACIES = ("direct", "meeting_mode", "meeting_status")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# A run of this many words shared with another corpus text counts as copied wording.
SHARED_WORDS = 8


@attrs.frozen
class CorpusSet:
    """One evaluation set: ``tests/corpus/{lang}-{suffix}`` for each language, and its page.

    ``rule_phrases`` are sentences the page must hold word for word (the rule of use of a
    blind set); ``requires`` are the other sets that must exist beside it, so that the check
    for shared wording cannot pass because a corpus went missing.
    """

    suffix: str
    page: str
    rule_phrases: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()

    def directory(self, lang: str) -> Path:
        """The directory of this set's texts and gold in ``lang``."""
        return CORPUS / f"{lang}-{self.suffix}"

    def gold_files(self, lang: str | None = None) -> list[Path]:
        """The gold files of one language, or of both when ``lang`` is None, sorted."""
        langs = LANGUAGES if lang is None else (lang,)
        return sorted(p for code in langs for p in self.directory(code).glob("*.gold.json"))

    @property
    def page_path(self) -> Path:
        """The Markdown file that describes the set."""
        return CORPUS / self.page

    def page_text(self) -> str:
        """The text of the Markdown file that describes the set."""
        return self.page_path.read_text(encoding="utf-8")


def file_id(path: Path) -> str:
    """A test id for a corpus file: ``en-blind/03.gold.json``."""
    return f"{path.parent.name}/{path.name}"


def text_path(gold_path: Path) -> Path:
    """The text that a gold file annotates."""
    return gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")


def gold_strings(gold: Gold) -> list[tuple[str, str]]:
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


def check_both_languages_are_present(corpus: CorpusSet) -> None:
    """Each language has gold files, every text has its gold, and nothing else is there."""
    for lang in LANGUAGES:
        directory = corpus.directory(lang)
        golds = corpus.gold_files(lang)
        texts = sorted(directory.glob("*.txt"))
        assert golds, lang
        assert [text_path(g) for g in golds] == texts
        assert {p.name for p in directory.iterdir()} == {p.name for p in golds + texts}


def check_text_format(gold_path: Path) -> None:
    """UTF-8, no CR, one trailing newline, a headline and three to seven clean paragraphs."""
    raw = text_path(gold_path).read_bytes()
    text = raw.decode("utf-8")  # UTF-8, or this raises
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    lines = text.split("\n")[:-1]
    assert 4 <= len(lines) <= 8, "a headline and three to seven paragraphs"
    for n, line in enumerate(lines, 1):
        assert line.strip() == line and line, f"line {n} is blank or has outer whitespace"


def check_gold_file_is_written_canonically(gold_path: Path) -> None:
    """The three gold keys, written by ``json.dumps(..., ensure_ascii=False, indent=1)``."""
    raw = gold_path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert set(data) == {"statements", "meetings", "actors"}
    assert raw == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def check_every_gold_string_is_a_substring(gold_path: Path) -> None:
    """Every gold string occurs in the text; events in the body; both tasks present."""
    text, gold = load_gold(gold_path)  # load_gold checks grounding too; check it independently
    missing = [(where, value) for where, value in gold_strings(gold) if value not in text]
    assert missing == [], missing
    # Statements and meetings are annotated in the body only (line 2 onwards).
    body = text[text.index("\n") + 1 :]
    for s in gold.statements:
        assert s.quote in body and s.verb in body, s
    for m in gold.meetings:
        assert m.trigger in body, m
    # Every file exercises both tasks.
    assert gold.statements and gold.meetings


def check_gold_document_scores_one(gold_path: Path) -> None:
    """The document gold describes validates and matches its gold exactly on every task."""
    text, gold = load_gold(gold_path)
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


def check_perfect_extractor_through_evaluate(corpus: CorpusSet, lang: str) -> None:
    """``evaluate`` with the perfect extractor scores every file and F1 = 1 on every task."""
    golds = dict(map(load_gold, corpus.gold_files()))
    report = evaluate(
        [corpus.directory(lang)], extractor=lambda text: gold_document(text, golds[text])
    )
    assert not report.failures
    assert len(report.files) == len(corpus.gold_files(lang))
    for name in _SCORES:
        assert getattr(report.total, name).f1 == 1.0, name


def _golds(corpus: CorpusSet, lang: str) -> list[tuple[str, Gold]]:
    return [(p.name[:2], load_gold(p)[1]) for p in corpus.gold_files(lang)]


def _count_line(corpus: CorpusSet, lang: str) -> str:
    prefix = f"* {lang}-{corpus.suffix}/: "
    lines = [line for line in corpus.page_text().splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, f"{corpus.page} has no single count line for {lang}-{corpus.suffix}/"
    return lines[0]


def check_page_states_the_counts(corpus: CorpusSet, lang: str) -> None:
    """The count line: files, statements, direct quotes, meetings by status and mode, actors."""
    golds = [g for _, g in _golds(corpus, lang)]
    meetings = [m for g in golds for m in g.meetings]
    statuses = ", ".join(
        f"{status} {n}"
        for status in ("held", "planned", "reported_past")
        if (n := sum(m.status == status for m in meetings))
    )
    expected = (
        f"* {lang}-{corpus.suffix}/: {len(golds)} files, "
        f"{sum(len(g.statements) for g in golds)} statements "
        f"({sum(s.direct for g in golds for s in g.statements)} direct), "
        f"{len(meetings)} meetings ({statuses}; "
    )
    line = _count_line(corpus, lang)
    assert line.startswith(expected), (line, expected)
    modes = regex.search(r"; ([^)]*)\)", line)
    assert modes is not None
    stated = {name: int(n) for n, name in (part.split(" ")[::-1] for part in modes[1].split(", "))}
    counted = {mode: sum(m.mode == mode for m in meetings) for mode in stated}
    assert stated == counted, (stated, counted)
    assert sum(stated.values()) == len(meetings), "every mode with a meeting is stated"
    actors = sum(len(g.actors) for g in golds)
    assert line.endswith(f"{actors} actors."), (line, actors)


def check_page_lists_the_files_with_no_direct_quote(corpus: CorpusSet, lang: str) -> None:
    """The line after the count line lists exactly the files with no direct quote."""
    after = corpus.page_text().split(_count_line(corpus, lang), 1)[1].split("\n", 2)[1]
    listed = regex.findall(r"\b\d\d\b", after.split("**", 2)[2].split(".", 1)[0])
    expected = [stem for stem, g in _golds(corpus, lang) if not any(s.direct for s in g.statements)]
    assert listed == expected, (listed, expected)


def check_page_has_a_row_per_file(corpus: CorpusSet, lang: str) -> None:
    """The language's section of the page has one table row per file, in order."""
    section = corpus.page_text().split(f"## {lang}-{corpus.suffix}/", 1)[1].split("\n## ", 1)[0]
    rows = regex.findall(r"^\| (\d\d) \|", section, flags=regex.M)
    stems = [stem for stem, _ in _golds(corpus, lang)]
    assert rows == stems, (rows, stems)


def check_page_states_the_rule(corpus: CorpusSet) -> None:
    """The page holds every sentence of the set's rule of use."""
    assert corpus.rule_phrases, f"{corpus.page} has no rule to check"
    doc = corpus.page_text()
    for phrase in corpus.rule_phrases:
        assert phrase in doc, phrase


def _word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def check_no_wording_is_shared_with_any_other_corpus_file(corpus: CorpusSet) -> None:
    """No text of the set shares a run of eight words with any other text in the corpus."""
    others = sorted(CORPUS.glob("*/*.txt"))
    present = {p.parent.name for p in others}
    for name in ("ar", "en", *corpus.requires):
        assert any(d == name or d.endswith(f"-{name}") for d in present), f"{name} is missing"
    runs = {p: _word_runs(p.read_text(encoding="utf-8"), SHARED_WORDS) for p in others}
    shared: dict[str, list[str]] = {}
    for path in map(text_path, corpus.gold_files()):
        for other, other_runs in runs.items():
            if other == path:
                continue
            common = runs[path] & other_runs
            if common:
                shared[f"{file_id(path)} ~ {file_id(other)}"] = sorted(" ".join(r) for r in common)
    assert shared == {}, shared
