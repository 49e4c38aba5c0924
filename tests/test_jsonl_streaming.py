"""JSON Lines streams in constant memory; our JSON round trip is lossless."""

from __future__ import annotations

import gc
import io
import weakref
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from newsevents import Document, JsonlWriter, dump, iter_jsonl, load, parse_article

from ._interop import documents

N = 10_000


def small_documents(n: int) -> list[Document]:
    template = Document(article=parse_article("Headline\nOne short body line.\n", id="d0"))
    return [
        template.model_copy(update={"article": template.article.model_copy(update={"id": f"d{i}"})})
        for i in range(n)
    ]


def test_streaming_keeps_at_most_a_couple_of_documents_alive(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with JsonlWriter(path) as writer:
        for doc in small_documents(N):
            writer.write(doc)
    assert writer.count == N
    assert sum(1 for _ in path.open("rb")) == N

    alive = 0
    peak = 0
    seen = 0

    def finalized() -> None:
        nonlocal alive
        alive -= 1

    gc.collect()
    for doc in iter_jsonl(path):
        assert doc.article.id == f"d{seen}"
        seen += 1
        alive += 1
        peak = max(peak, alive)
        weakref.finalize(doc, finalized)
    del doc
    gc.collect()
    assert seen == N
    assert alive == 0  # every document yielded was freed
    # The reader holds no document back: at any moment only the one being looked at (and,
    # while the loop variable is rebound, the previous one) exists.
    assert peak <= 2


def test_a_reader_that_keeps_documents_is_seen_by_the_counter(tmp_path: Path) -> None:
    """The counting above can fail: keeping the documents makes the peak grow."""
    path = tmp_path / "few.jsonl"
    with JsonlWriter(path) as writer:
        writer.write_all(small_documents(50))
    kept = []
    alive = 0
    peak = 0

    def finalized() -> None:
        nonlocal alive
        alive -= 1

    for doc in iter_jsonl(path):
        alive += 1
        peak = max(peak, alive)
        weakref.finalize(doc, finalized)
        kept.append(doc)
    assert peak == 50


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_json_round_trip_is_lossless(doc: Document) -> None:
    assert load(dump(doc)) == doc
    assert load(dump(doc, indent=2)) == doc
    buffer = io.StringIO()
    with JsonlWriter(buffer) as writer:
        writer.write(doc)
        writer.write(doc)
    buffer.seek(0)
    assert list(iter_jsonl(buffer)) == [doc, doc]
    assert dump(load(dump(doc))) == dump(doc)
