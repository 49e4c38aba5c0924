"""The README's quickstart: exactly two commands, and CI runs the README's test command."""

from __future__ import annotations

import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_COMMAND = ".venv/bin/python -m pytest"


def quickstart() -> list[str]:
    """The lines of the fenced ``sh`` block right under the README's ``## Quickstart``."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("## Quickstart")
    rest = lines[start + 1 :]
    while rest and not rest[0].strip():
        rest.pop(0)
    assert rest and rest[0].strip() == "```sh", "a ```sh block must follow ## Quickstart"
    end = rest.index("```", 1)
    return [line for line in rest[1:end] if line.strip()]


def test_quickstart_is_two_commands() -> None:
    commands = quickstart()
    assert len(commands) == 2, commands
    assert not any(c.rstrip().endswith("\\") for c in commands), "no continued lines"


def test_first_command_installs_and_extracts_the_seed() -> None:
    first = quickstart()[0]
    steps = [shlex.split(step) for step in first.split("&&")]
    assert any("install" in step and any(".[dev]" in a for a in step) for step in steps)
    last = steps[-1]
    assert last[-2:] == ["extract", "seeds/000_ef31a7b566bf2a4c.txt"]
    assert last[0].endswith("newsevents")
    assert (ROOT / last[-1]).is_file()


def test_second_command_is_the_test_command_and_ci_runs_it_verbatim() -> None:
    assert quickstart()[1] == TEST_COMMAND
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert TEST_COMMAND in [line.strip() for line in ci]
