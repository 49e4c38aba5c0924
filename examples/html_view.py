"""Write the seed article as an annotated HTML page and print where it is.

Run: python examples/html_view.py [OUTPUT.html]

Open the page in a browser: mentions are coloured per actor, statement contents are
underlined with their cue boxed, meetings carry a status and mode badge, and hovering or
clicking shows the details. The page is one self-contained file that works offline.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from newsevents.fixtures import seed_document
from newsevents.render import to_html


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "seed.html"
    doc = seed_document()
    page = to_html(doc)
    target.write_text(page, encoding="utf-8")
    print(f"{len(page):,} characters, {len(doc.statements)} statements, right to left")
    print(f"open file://{target.resolve()}")


if __name__ == "__main__":
    main()
