"""The second blind corpus (``tests/corpus/ar-blind2``, ``tests/corpus/en-blind2``) is well formed.

These texts measure how extraction does on ordinary news copy that nobody has tuned on, so
nothing here scores the extractor on them (``python -m newsevents.evaluate
tests/corpus/ar-blind2`` reports that, and ``docs/quality.md`` records it); there are no floors
on extraction figures. The tests check the corpus itself: the file format, that every gold
string is grounded in its text, that the gold agrees with the model (the document gold
describes validates and scores F1 = 1 against it), that ``BLIND2.md`` describes exactly these
files and counts and states its rule of use, and that no text shares a run of eight words with
any other corpus file. The checks are those of ``tests/_corpus_checks.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._corpus_checks import (
    LANGUAGES,
    CorpusSet,
    check_both_languages_are_present,
    check_every_gold_string_is_a_substring,
    check_gold_document_scores_one,
    check_gold_file_is_written_canonically,
    check_no_wording_is_shared_with_any_other_corpus_file,
    check_page_has_a_row_per_file,
    check_page_lists_the_files_with_no_direct_quote,
    check_page_states_the_counts,
    check_page_states_the_rule,
    check_perfect_extractor_through_evaluate,
    check_text_format,
    file_id,
)

BLIND2 = CorpusSet(
    suffix="blind2",
    page="BLIND2.md",
    rule_phrases=(
        "this set is for measuring, not tuning",
        "never read, grep or `--explain` it to write rules",
        "a fresh blind set must be written",
    ),
    requires=("heldout", "blind"),
)
BLIND2_FILES = BLIND2.gold_files()


def test_both_languages_are_present() -> None:
    check_both_languages_are_present(BLIND2)


@pytest.mark.parametrize("path", BLIND2_FILES, ids=file_id)
def test_text_format(path: Path) -> None:
    check_text_format(path)


@pytest.mark.parametrize("path", BLIND2_FILES, ids=file_id)
def test_gold_file_is_written_canonically(path: Path) -> None:
    check_gold_file_is_written_canonically(path)


@pytest.mark.parametrize("path", BLIND2_FILES, ids=file_id)
def test_every_gold_string_is_a_substring_of_the_text(path: Path) -> None:
    check_every_gold_string_is_a_substring(path)


@pytest.mark.parametrize("path", BLIND2_FILES, ids=file_id)
def test_gold_document_validates_and_scores_one_against_its_gold(path: Path) -> None:
    check_gold_document_scores_one(path)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_perfect_extractor_through_evaluate(lang: str) -> None:
    check_perfect_extractor_through_evaluate(BLIND2, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind2_md_states_the_counts(lang: str) -> None:
    check_page_states_the_counts(BLIND2, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind2_md_lists_the_files_with_no_direct_quote(lang: str) -> None:
    check_page_lists_the_files_with_no_direct_quote(BLIND2, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blind2_md_has_a_row_per_file(lang: str) -> None:
    check_page_has_a_row_per_file(BLIND2, lang)


def test_blind2_md_states_the_rule() -> None:
    check_page_states_the_rule(BLIND2)


def test_no_wording_is_shared_with_any_other_corpus_file() -> None:
    check_no_wording_is_shared_with_any_other_corpus_file(BLIND2)
