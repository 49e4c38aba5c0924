"""Export the seed article to IPTC ninjs 3.1 and to schema.org JSON-LD.

Run: python examples/export_formats.py [OUTPUT_DIRECTORY]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from newsevents.fixtures import seed_document
from newsevents.io import to_jsonld, to_ninjs


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    doc = seed_document()

    item = to_ninjs(doc)
    (out / "seed.ninjs.json").write_text(
        json.dumps(item, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    print("ninjs fields:", ", ".join(sorted(item)))
    print("  people:", [p.get("name") for p in item.get("people", [])][:4])

    graph = to_jsonld(doc)
    (out / "seed.jsonld").write_text(
        json.dumps(graph, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    nodes = graph.get("@graph", [graph])
    types = sorted({str(n.get("@type")) for n in nodes if isinstance(n, dict)})
    print("JSON-LD node types:", ", ".join(types))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
