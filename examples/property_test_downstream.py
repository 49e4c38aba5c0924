"""Property-test your own code with newsevents' hypothesis strategies.

``quote_rows`` stands for a function of yours that consumes documents: it flattens the
statements into rows for a spreadsheet. ``newsevents.strategies.documents()`` generates valid
documents (Arabic and English, every kind of quote, joint statements ...), and hypothesis
looks for one that breaks the function's promises.

Needs the ``testing`` extra (hypothesis). Run: python examples/property_test_downstream.py
"""

from __future__ import annotations

from hypothesis import given, settings

from newsevents import Document
from newsevents.strategies import documents


def quote_rows(doc: Document) -> list[tuple[str, str, str]]:
    """One row per statement and speaker: (speaker name, cue or "", content)."""
    rows = []
    for s in doc.statements:
        cue = doc.text_of(s.cue) if s.cue is not None else ""
        for speaker in s.speakers:
            rows.append((doc.actor(speaker).name, cue, doc.text_of(s.content)))
    return rows


examples_seen = 0


@settings(max_examples=60, deadline=None)
@given(documents(min_events=1))
def test_quote_rows(doc: Document) -> None:
    global examples_seen
    examples_seen += 1
    rows = quote_rows(doc)
    # One row per (statement, speaker), each with the statement's exact words.
    assert len(rows) == sum(len(s.speakers) for s in doc.statements)
    for _, _, content in rows:
        assert content and content in doc.text


def main() -> None:
    test_quote_rows()
    print(f"quote_rows held for {examples_seen} generated documents")


if __name__ == "__main__":
    main()
