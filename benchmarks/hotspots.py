"""Where the time goes: a deterministic profile (cProfile) of extraction or loading.

    .venv/bin/python benchmarks/hotspots.py extract-seed     # extract() on the seed, 40 times
    .venv/bin/python benchmarks/hotspots.py extract-ar       # the Arabic dev corpus, 3 times
    .venv/bin/python benchmarks/hotspots.py extract-en       # the English dev corpus, 3 times
    .venv/bin/python benchmarks/hotspots.py load             # model_validate_json, 1 MiB doc

Prints the newsevents functions by cumulative time, each as a share of the whole run. A
deterministic profiler inflates the share of functions that make many small calls; confirm a
finding with a sampling profiler (``pyinstrument``) or a side-by-side timing before acting.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _big_json, corpus_texts, seed_text


def _workload(target: str) -> Callable[[], object]:
    from newsevents import extract
    from newsevents.model import Document

    if target == "extract-seed":
        texts = [seed_text()] * 40
    elif target in ("extract-ar", "extract-en"):
        texts = corpus_texts(target.rsplit("-", 1)[1]) * 3
    elif target == "load":
        raw = _big_json(64)
        Document.model_validate_json(raw)
        return lambda: [Document.model_validate_json(raw) for _ in range(5)]
    else:
        raise SystemExit(f"unknown target {target!r}")
    extract(texts[0])  # the language pack compiles outside the profile

    def work() -> None:
        for t in texts:
            extract(t)

    return work


def profile(target: str, top: int = 30) -> list[tuple[str, float, float, int]]:
    """``(function, cumulative share, own share, calls)`` of the heaviest newsevents functions."""
    work = _workload(target)
    prof = cProfile.Profile()
    prof.enable()
    work()
    prof.disable()
    stats = pstats.Stats(prof)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = max(ct for _, _, _, ct, _ in raw.values())
    rows = []
    for (filename, line, name), (_, calls, tt, ct, _) in raw.items():
        if "newsevents" not in filename:
            continue
        short = filename[filename.index("newsevents") :]
        rows.append((f"{short}:{line}({name})", ct / total, tt / total, calls))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Profile extraction or loading with cProfile.")
    p.add_argument("target", choices=["extract-seed", "extract-ar", "extract-en", "load"])
    p.add_argument("--top", type=int, default=30)
    args = p.parse_args(argv)
    print(f"{'cumulative':>10} {'own':>6} {'calls':>8}  function")
    for name, cum, own, calls in profile(args.target, args.top):
        print(f"{cum:>10.1%} {own:>6.1%} {calls:>8}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
