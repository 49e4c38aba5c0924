"""Every script in examples/ runs with the project's Python, exits 0 and says what it should."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))

# What each example must print (a few words of its real output).
EXPECTED: dict[str, list[str]] = {
    "seed_statements.py": ["10 statements", "Jake Sullivan + Eyal Hulata → أكدا"],
    "extract_article.py": ["language: ar", "statements (", "meetings (", "validation errors: 0"],
    "validate_findings.py": [
        "a sound document has no findings: []",
        "span_out_of_text",
        "mentions[0].span",
        "unresolved_actor",
        "events[0].statement.speakers[1]",
        "duplicate_id",
        "quote_unmarked",
    ],
    "export_formats.py": ["ninjs fields:", "JSON-LD node types:", "written to"],
    "property_test_downstream.py": ["quote_rows held for 60 generated documents"],
    "batch_to_jsonl.py": ["cairo.txt: ar", "tunis.txt: ar", "skipped empty.txt", "2 documents"],
    "html_view.py": ["10 statements, right to left", "open file://"],
}


def test_every_example_has_expectations() -> None:
    assert {p.name for p in EXAMPLES} == set(EXPECTED)
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for words in EXPECTED[script.name]:
        assert words in done.stdout, f"{words!r} not in the output of {script.name}"
    left = [p.name for p in tmp_path.iterdir() if p.name != ".hypothesis"]
    assert left == [], "examples write to scratch folders only"
