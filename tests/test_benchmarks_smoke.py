"""The benchmark runner works: every measurement runs once on tiny inputs and yields figures.

No timing is asserted here (the suite runs on shared machines); ``benchmarks/run.py`` is run
on its own to measure.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("orjson")
pytest.importorskip("msgspec")


def _load() -> ModuleType:
    name = "newsevents_benchmarks_run"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bench = _load()

TINY = bench.Settings(
    rounds=1,
    min_time=0.0,
    growth=(1, 2),
    growth_rounds=1,
    big_copies=2,
    import_runs=1,
    batch_files=2,
    batch_rounds=1,
    spin=1000,
    stream_articles=3,
    stream_checkpoint=1,
)


@pytest.mark.parametrize("name", sorted(bench.MEASUREMENTS))
def test_measurement_yields_figures(name: str) -> None:
    report = bench.run(TINY, [name])
    assert report.rows, f"{name} produced no row"
    for row in report.rows:
        assert row.group
        assert row.what
        if row.ratio is None:
            assert row.note.startswith("not measured"), row
            continue
        assert math.isfinite(row.ratio)
        assert row.ratio > 0
        for value in (row.ours, row.base):
            assert value is not None
            assert math.isfinite(value)
            assert value > 0


def test_side_by_side_interleaves_and_counts() -> None:
    calls: list[str] = []
    medians, samples = bench.side_by_side(
        [lambda: calls.append("a"), lambda: calls.append("b")], rounds=4, min_time=0.0
    )
    assert len(medians) == 2
    assert [len(s) for s in samples] == [4, 4]
    # one calibration call each, then the order alternates from round to round
    assert calls == ["a", "b", "a", "b", "b", "a", "a", "b", "b", "a"]


def test_row_verdict() -> None:
    at_most = bench.Row("g", "w", "b", 2.0, "≤ 3×", 3.0)
    at_least = bench.Row("g", "w", "b", 1.5, "≥ 1.8×", 1.8, at_least=True)
    unmeasured = bench.Row("g", "w", "b", None, "≤ 3×", 3.0)
    assert at_most.met is True
    assert at_least.met is False
    assert unmeasured.met is None


def test_write_docs_replaces_only_the_results(tmp_path: Path) -> None:
    page = tmp_path / "performance.md"
    page.write_text(
        f"# Performance\n\nintro\n\n{bench.BEGIN}\nold\n{bench.END}\n\n## Notes\n\nkept\n",
        encoding="utf-8",
    )
    report = bench.Report(TINY)
    report.rows.append(bench.Row("g", "thing", "base", 1.25, "≤ 3×", 3.0, ours=2e-3, base=1e-3))
    report.notes.append("a note")
    bench.write_docs(bench.markdown(report, "cmd --quick"), page)
    text = page.read_text(encoding="utf-8")
    assert "old" not in text
    assert "intro" in text
    assert text.endswith("## Notes\n\nkept\n")
    assert "| thing | base | 1.25× | ≤ 3× | met | 2.0 ms vs 1.0 ms |" in text
    assert "cmd --quick" in text
    assert "- a note" in text
    assert text.count(bench.BEGIN) == 1
