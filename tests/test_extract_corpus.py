"""Quality floors of extract() on the Arabic development corpus.

The floors sit a little under the figures the engine reaches (docs/quality.md records them), so
a change that loses quality fails here. Every file must extract without error and validate.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import newsevents as ne
from newsevents.evaluate import Report, evaluate

CORPUS = Path(__file__).parent / "corpus" / "ar"
TEXTS = sorted(CORPUS.glob("*.txt"))


@cache
def report() -> Report:
    return evaluate([CORPUS])


def test_the_corpus_is_there() -> None:
    assert len(TEXTS) == 16


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_file_extracts_to_a_valid_document(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = ne.extract(text)
    assert doc.text == text
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
    assert ne.Document.model_validate_json(doc.model_dump_json()) == doc


def test_no_file_fails() -> None:
    assert report().failures == ()


@pytest.mark.parametrize(
    ("task", "floor"),
    [
        ("statements", 0.98),
        ("statement_content", 0.98),
        ("meetings", 0.91),
        ("mentions", 0.94),
        ("aliases", 0.99),
    ],
)
def test_f1_floor(task: str, floor: float) -> None:
    score = getattr(report().total, task)
    assert score.f1 is not None
    assert score.f1 >= floor, f"{task}: F1 {score.f1:.3f} fell under {floor}"


@pytest.mark.parametrize(
    ("task", "floor"),
    [("direct", 0.99), ("meeting_mode", 0.99), ("meeting_status", 0.99)],
)
def test_accuracy_floor(task: str, floor: float) -> None:
    acc = getattr(report().total, task)
    assert acc.value is not None
    assert acc.value >= floor, f"{task}: accuracy {acc.value:.3f} fell under {floor}"
