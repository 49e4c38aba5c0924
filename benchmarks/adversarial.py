"""How parse_article (and extract, where it exists) scale on adversarial text, 1 to 5 MB.

    .venv/bin/python benchmarks/adversarial.py [--sizes 1,2,3,4,5] [--cases quotes,...]

For each case and size, prints the seconds taken (the best of ``--repeat`` runs, each after
a garbage collection, as ``timeit`` does, so a busy moment on a shared machine does not count),
seconds per MB, and the ratio of the time per MB to the time per MB at the first size: about
1.0 means linear growth; a ratio that keeps rising with the size means super-linear growth.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable

import newsevents as ne

MB = 1_000_000


def _fill(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


CASES: dict[str, Callable[[int], str]] = {
    "quote_marks": _fill("“"),
    "mixed_quote_marks": _fill("«»“”\"‘’„‹›'"),
    "unclosed_quotes_ar": _fill("قال الوزير: «كلام كلام "),
    "cues_without_content": _fill("وقال: "),
    "one_char": _fill("a"),
    "full_stops": _fill("."),
    "combining_marks": lambda n: "ا" + "\u064e" * (n - 1),
    "no_spaces_glued_stops": _fill("كلمة."),
    "sentences": _fill("قال إن الوضع صعب. "),
    "abbreviations": _fill("U.S. Mr. No. 3.5 "),
    "hard_wrapped_paragraph": lambda n: "x\n\n" + _fill("a wrapped line\n")(n - 3),
    "short_paragraphs_crlf": _fill("A short paragraph.\r\n\r\n"),
    "one_char_lines": _fill("x\n"),
}


def _time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn(text)
        best = min(best, time.perf_counter() - start)
        del result
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,2,3,4,5", help="sizes in MB (default 1,2,3,4,5)")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument(
        "--functions", default="parse_article,extract", help="parse_article, extract or both"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.cases.split(",")
    unknown = [n for n in names if n not in CASES]
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}; known: {', '.join(CASES)}")

    wanted = args.functions.split(",")
    functions: dict[str, Callable[[str], object]] = {}
    if "parse_article" in wanted:
        functions["parse_article"] = ne.parse_article
    extract = getattr(ne, "extract", None)
    if "extract" in wanted and extract is not None:
        functions["extract"] = extract
    elif "extract" in wanted:
        print("extract: not available in this build")
    ne.parse_article("warm up")

    print(f"{'function':14} {'case':24} {'MB':>3} {'seconds':>9} {'s/MB':>8} {'ratio':>6}")
    worst = 0.0
    for fname, fn in functions.items():
        for name in names:
            base: float | None = None
            for size in sizes:
                text = CASES[name](size * MB)
                try:
                    seconds = _time(fn, text, args.repeat)
                except ne.NewsEventsError as exc:
                    print(f"{fname:14} {name:24} {size:>3} raised {type(exc).__name__}: {exc}")
                    break
                per_mb = seconds / size
                base = per_mb if base is None else base
                ratio = per_mb / base if base > 0 else 1.0
                worst = max(worst, ratio)
                print(
                    f"{fname:14} {name:24} {size:>3} {seconds:9.3f} {per_mb:8.3f} {ratio:6.2f}",
                    flush=True,
                )
    print(f"highest ratio of time per MB to the first size: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
