"""Regenerate the committed JSON Schema of a Document (docs/schema/document.schema.json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsevents

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "schema" / "document.schema.json"


def render() -> str:
    """The schema as committed: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(newsevents.json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
