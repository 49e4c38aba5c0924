"""Build broken documents on purpose and read what newsevents says is wrong, and where.

Run: python examples/validate_findings.py
"""

from __future__ import annotations

import json
from typing import Any

import newsevents as ne
from newsevents.errors import DocumentError
from newsevents.validation import CODES

TEXT = "الوزير يستقبل السفير\nوقال الوزير إن “اللقاء كان مثمرا”.\n"


def sound() -> dict[str, Any]:
    """A small valid document as plain JSON data."""
    article = ne.parse_article(TEXT, id="example")
    cue = TEXT.index("وقال")
    quote = TEXT.index("“") + 1
    guest = TEXT.index("السفير")
    return {
        "article": json.loads(article.model_dump_json()),
        "actors": [
            {"id": "minister", "kind": "person", "name": "الوزير"},
            {"id": "ambassador", "kind": "person", "name": "السفير"},
        ],
        "mentions": [
            {"id": "m1", "actor": "minister", "span": {"start": 0, "end": 6}, "form": "nominal"},
            {
                "id": "m2",
                "actor": "ambassador",
                "span": {"start": guest, "end": guest + len("السفير")},
                "form": "nominal",
            },
        ],
        "events": [
            {
                "kind": "statement",
                "id": "s1",
                "speakers": ["minister"],
                "cue": {"start": cue, "end": cue + 4},
                "content": {"start": quote, "end": TEXT.index("”")},
                "quote": "direct",
            }
        ],
    }


def main() -> None:
    doc = ne.load(json.dumps(sound(), ensure_ascii=False))
    print("a sound document has no findings:", ne.validate(doc))
    assert ne.validate(doc) == []

    # Hard rules: the document cannot be built, and every problem is reported at once.
    broken = sound()
    broken["mentions"][0]["span"] = {"start": 0, "end": 500}  # past the end of the text
    broken["events"][0]["speakers"] = ["minister", "nobody"]  # an actor that does not exist
    broken["mentions"][1]["id"] = "m1"  # an id used twice
    try:
        ne.load(json.dumps(broken, ensure_ascii=False))
    except DocumentError as exc:
        print(f"\n{len(exc.problems)} problems, each with a code and a path:")
        for problem in exc.problems:
            print(f"  {problem.code:18} {problem.path:28} {problem.message}")
        assert set(exc.codes) == {"span_out_of_text", "unresolved_actor", "duplicate_id"}

    # Softer findings: the document builds, but validate() points at likely mistakes.
    odd = sound()
    odd["events"][0]["content"] = {"start": TEXT.index("إن"), "end": TEXT.index("”")}
    odd["actors"].append({"id": "nobody", "kind": "person", "name": "أحد"})
    findings = ne.validate(ne.load(json.dumps(odd, ensure_ascii=False)))
    print(f"\n{len(findings)} findings from validate():")
    for issue in findings:
        print(f"  {issue.severity.value:8} {issue.code:18} {issue.path}")
        print(f"           {issue.message}")
    assert {i.code for i in findings} >= {"quote_unmarked", "actor_unmentioned"}

    print("\nwhat each code means:")
    for code in sorted({i.code for i in findings}):
        severity, meaning = CODES[code]
        print(f"  {code}: {meaning} ({severity.value})")


if __name__ == "__main__":
    main()
