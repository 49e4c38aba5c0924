"""The evaluation sets beside the development corpus are well formed.

``tests/corpus/{ar,en}-heldout`` (``HELDOUT.md``), ``-blind`` (``BLIND.md``) and ``-blind2``
(``BLIND2.md``) are original compositions that measure how extraction generalizes, so nothing
here scores the extractor on them (``python -m newsevents.evaluate tests/corpus/ar-blind``
reports that, and ``docs/quality.md`` records it); there are no floors on extraction figures.
The tests check each corpus itself: the file format, that every gold string is grounded in its
text, that the gold agrees with the model (the document gold describes validates and scores
F1 = 1 against it), that its page describes exactly these files and counts and states its rule
of use, and that no text shares a run of eight words with any other corpus file. The checks
are those of ``tests/_corpus_checks.py``.
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

_MEASURE_ONLY = "this set is for measuring, not tuning"
_REPLACE = "a fresh blind set must be written"

SETS = (
    CorpusSet(suffix="heldout", page="HELDOUT.md"),
    CorpusSet(
        suffix="blind",
        page="BLIND.md",
        rule_phrases=(_MEASURE_ONLY, _REPLACE),
        requires=("heldout",),
    ),
    CorpusSet(
        suffix="blind2",
        page="BLIND2.md",
        rule_phrases=(
            _MEASURE_ONLY,
            "never read, grep or `--explain` it to write rules",
            _REPLACE,
        ),
        requires=("heldout", "blind"),
    ),
)
FILES = [path for corpus in SETS for path in corpus.gold_files()]
BY_LANGUAGE = [pytest.param(c, lang, id=f"{lang}-{c.suffix}") for c in SETS for lang in LANGUAGES]
WITH_RULES = [pytest.param(c, id=c.suffix) for c in SETS if c.rule_phrases]


@pytest.mark.parametrize("corpus", SETS, ids=lambda c: c.suffix)
def test_both_languages_are_present(corpus: CorpusSet) -> None:
    check_both_languages_are_present(corpus)


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_text_format(path: Path) -> None:
    check_text_format(path)


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_gold_file_is_written_canonically(path: Path) -> None:
    check_gold_file_is_written_canonically(path)


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_every_gold_string_is_a_substring_of_the_text(path: Path) -> None:
    check_every_gold_string_is_a_substring(path)


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_gold_document_validates_and_scores_one_against_its_gold(path: Path) -> None:
    check_gold_document_scores_one(path)


@pytest.mark.parametrize(("corpus", "lang"), BY_LANGUAGE)
def test_perfect_extractor_through_evaluate(corpus: CorpusSet, lang: str) -> None:
    check_perfect_extractor_through_evaluate(corpus, lang)


@pytest.mark.parametrize(("corpus", "lang"), BY_LANGUAGE)
def test_page_states_the_counts(corpus: CorpusSet, lang: str) -> None:
    check_page_states_the_counts(corpus, lang)


@pytest.mark.parametrize(("corpus", "lang"), BY_LANGUAGE)
def test_page_lists_the_files_with_no_direct_quote(corpus: CorpusSet, lang: str) -> None:
    check_page_lists_the_files_with_no_direct_quote(corpus, lang)


@pytest.mark.parametrize(("corpus", "lang"), BY_LANGUAGE)
def test_page_has_a_row_per_file(corpus: CorpusSet, lang: str) -> None:
    check_page_has_a_row_per_file(corpus, lang)


@pytest.mark.parametrize("corpus", WITH_RULES)
def test_page_states_the_rule(corpus: CorpusSet) -> None:
    check_page_states_the_rule(corpus)


@pytest.mark.parametrize("corpus", SETS, ids=lambda c: c.suffix)
def test_no_wording_is_shared_with_any_other_corpus_file(corpus: CorpusSet) -> None:
    check_no_wording_is_shared_with_any_other_corpus_file(corpus)
