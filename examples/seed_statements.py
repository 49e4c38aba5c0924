"""Load the hand-annotated seed article and print who said what, with which verb.

Run: python examples/seed_statements.py
"""

from __future__ import annotations

from newsevents.fixtures import seed_document


def main() -> None:
    doc = seed_document()
    print(f"{doc.article.id}: {len(doc.statements)} statements")
    for s in doc.statements:
        speakers = " + ".join(doc.actor(a).name for a in s.speakers)
        cue = doc.text_of(s.cue) if s.cue is not None else "—"
        content = doc.text_of(s.content)
        short = content if len(content) <= 60 else content[:59] + "…"
        print(f"{s.id:>4}  {speakers} → {cue} [{s.stance.value}, {s.quote.value}]")
        print(f"      {short}")
        # Every fact points into the text: the span is where the words are.
        assert doc.text[s.content.start : s.content.end] == content


if __name__ == "__main__":
    main()
