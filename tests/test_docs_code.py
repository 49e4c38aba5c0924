"""Every ```python block in docs/*.md and README.md runs, so the documentation cannot rot.

The blocks of one page share a namespace and run in order, as a reader would run them. A
block made of ``>>>`` prompts runs as a doctest (its printed output is checked). A block opts
out only with a visible title, ```python title="not run"```, shown above the block on the
site; opt-outs are counted and kept rare.

The blocks run in a scratch directory in which ``seeds/`` is the repository's, so relative
paths in the docs work and nothing is written into the source tree.
"""

from __future__ import annotations

import doctest
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
OPT_OUT = 'title="not run"'
MAX_OPT_OUTS = 3

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    language: str
    info: str
    source: str

    @property
    def runs(self) -> bool:
        return self.language in {"python", "py", "pycon"} and OPT_OUT not in self.info

    @property
    def is_doctest(self) -> bool:
        return self.source.lstrip().startswith(">>>")


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, with their 1-based first line."""
    found: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if match is None:
            i += 1
            continue
        indent, fence, info = match["indent"], match["fence"], match["info"].strip()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (
            lines[j].strip().startswith(fence) and set(lines[j].strip()) == {fence[0]}
        ):
            line = lines[j]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        language = info.split()[0].lower() if info else ""
        found.append(Block(page, i + 2, language, info, "\n".join(body) + "\n"))
        i = j + 1
    return found


def _run_doctest(block: Block, namespace: dict[str, object]) -> None:
    name = f"{block.page.name}:{block.line}"
    test = doctest.DocTestParser().get_doctest(
        block.source, namespace, name, str(block.page), block.line - 1
    )
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    if runner.failures:
        pytest.fail(f"doctest in {name} failed:\n{''.join(report)}", pytrace=False)


def _run_code(block: Block, namespace: dict[str, object]) -> None:
    # Pad with blank lines so tracebacks point at the line in the Markdown file.
    code = compile("\n" * (block.line - 1) + block.source, str(block.page), "exec")
    exec(code, namespace)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _pages_with_code() -> list[Path]:
    return [p for p in PAGES if any(b.runs for b in blocks(p))]


@pytest.mark.parametrize("page", _pages_with_code(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_code_blocks_run(page: Path, scratch: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for block in blocks(page):
        if not block.runs:
            continue
        if block.is_doctest:
            _run_doctest(block, namespace)
        else:
            _run_code(block, namespace)
    assert os.getcwd() == str(scratch)


def test_the_main_pages_have_code_that_runs() -> None:
    with_code = {p.name for p in _pages_with_code()}
    assert {"index.md", "tutorial.md", "cli.md", "README.md"} <= with_code


def test_opt_outs_are_rare() -> None:
    opted = [
        f"{b.page.name}:{b.line}"
        for p in PAGES
        for b in blocks(p)
        if b.language in {"python", "py", "pycon"} and not b.runs
    ]
    assert len(opted) <= MAX_OPT_OUTS, f"too many blocks opt out of running: {opted}"


def test_fence_parser_reads_nested_and_titled_blocks(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text(
        "# T\n\n- item\n\n    ```python\n    x = 1\n    ```\n\n"
        '```python title="not run"\nraise SystemExit\n```\n\n````md\n```python\ninner\n```\n````\n',
        encoding="utf-8",
    )
    found = blocks(page)
    assert [(b.language, b.source, b.runs) for b in found] == [
        ("python", "x = 1\n", True),
        ("python", "raise SystemExit\n", False),
        ("md", "```python\ninner\n```\n", False),
    ]
    assert found[0].line == 6
