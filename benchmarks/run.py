"""Performance benchmarks of newsevents, as ratios to a physical or peer baseline.

Run from the source tree::

    .venv/bin/python benchmarks/run.py              # full run, prints the table
    .venv/bin/python benchmarks/run.py --quick      # fewer rounds and smaller inputs
    .venv/bin/python benchmarks/run.py --only json  # one group (repeatable)
    .venv/bin/python benchmarks/run.py --write-docs # also rewrite the table in docs/performance.md

Every comparison runs its functions side by side: each round times every function once, in an
order that rotates from round to round, after a garbage collection; a function that is faster
than ``min_time`` is repeated within its sample. A ratio is the median over the rounds of the
per-round ratio, so a slow moment of a shared machine affects both sides of the rounds it hits.
Absolute times (medians) are printed as context only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

import attrs
import orjson
import regex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
DOCS_PAGE = ROOT / "docs" / "performance.md"
BEGIN = "<!-- benchmark results: begin (written by benchmarks/run.py --write-docs) -->"
END = "<!-- benchmark results: end -->"

LETTERS = regex.compile(r"\p{L}+")
"""The physical baseline: one pass of a compiled regex over the text, finding every word."""

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))


# -- settings and results ------------------------------------------------------------------


@attrs.frozen
class Settings:
    """How much work each measurement does."""

    rounds: int = 15
    """Interleaved rounds per comparison (the ratio is the median over them)."""
    min_time: float = 0.05
    """Each sample repeats its function until it has run at least this long (seconds)."""
    growth: tuple[int, ...] = (1, 4, 16, 64)
    """How many copies of the seed the growth measurement extracts."""
    growth_rounds: int = 5
    big_copies: int = 64
    """Copies of the seed in the large document of the loading and dumping measurements."""
    import_runs: int = 25
    """Fresh interpreters per import measurement."""
    batch_files: int = 1000
    """Articles in the batch folder: enough that per-process start-up is a small part."""
    batch_rounds: int = 3
    spin: int = 2_000_000
    """Iterations of each task of the CPU calibration loop."""
    stream_articles: int = 10_000
    stream_checkpoint: int = 1_000


FULL = Settings()
QUICK = Settings(
    rounds=5,
    min_time=0.01,
    growth=(1, 4, 16),
    growth_rounds=3,
    big_copies=16,
    import_runs=5,
    batch_files=48,
    batch_rounds=1,
    spin=500_000,
    stream_articles=500,
    stream_checkpoint=50,
)


@attrs.frozen
class Row:
    """One line of the results table: a ratio of two times measured side by side."""

    group: str
    what: str
    baseline: str
    ratio: float | None
    target: str = ""
    limit: float | None = None
    at_least: bool = False
    """The target is a lower bound (a speed-up) rather than an upper bound."""
    ours: float | None = None
    base: float | None = None
    unit: str = "s"
    note: str = ""

    @property
    def met(self) -> bool | None:
        """Whether the target is met (``None`` when there is no target or no figure)."""
        if self.limit is None or self.ratio is None:
            return None
        return self.ratio >= self.limit if self.at_least else self.ratio <= self.limit


@attrs.define
class Report:
    """Every row of one run, with the notes that go with them."""

    settings: Settings
    rows: list[Row] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(_format_row(row), flush=True)


# -- timing --------------------------------------------------------------------------------


def _calibrate(fn: Callable[[], object], min_time: float) -> int:
    """How many calls make a sample of at least ``min_time`` (at least one)."""
    start = time.perf_counter()
    fn()
    once = time.perf_counter() - start
    if once >= min_time or once <= 0:
        return 1
    return max(1, min(1_000_000, int(min_time / once) + 1))


def side_by_side(
    fns: Sequence[Callable[[], object]], *, rounds: int, min_time: float
) -> tuple[list[float], list[list[float]]]:
    """Time the functions interleaved: ``(median seconds per call, per-round times)``.

    Each round times every function once, in an order rotated by one each round, each sample
    after a full garbage collection.
    """
    loops = [_calibrate(fn, min_time) for fn in fns]
    samples: list[list[float]] = [[] for _ in fns]
    n = len(fns)
    for r in range(rounds):
        for k in range(n):
            i = (k + r) % n
            fn, count = fns[i], loops[i]
            gc.collect()
            start = time.perf_counter()
            for _ in range(count):
                fn()
            samples[i].append((time.perf_counter() - start) / count)
    return [statistics.median(s) for s in samples], samples


def ratio_of(ours: Sequence[float], base: Sequence[float]) -> float:
    """Median of the per-round ratios ``ours / base``."""
    return statistics.median(a / b for a, b in zip(ours, base, strict=True))


# -- inputs --------------------------------------------------------------------------------


def seed_text() -> str:
    from newsevents.fixtures import seed_text as seed

    return seed()


def repeated_seed(copies: int) -> str:
    """The seed article ``copies`` times, as paragraphs of one text."""
    return "\n\n".join([seed_text()] * copies)


def corpus_texts(language: str) -> list[str]:
    """The dev corpus articles of one language, in file order."""
    return [p.read_bytes().decode("utf-8") for p in sorted((CORPUS / language).glob("*.txt"))]


def _supported(language: str) -> bool:
    from newsevents.lang import supported_languages

    return language in supported_languages()


def _usable(language: str) -> bool:
    """Whether the language has a pack that loads (a pack may be under construction)."""
    if not _supported(language):
        return False
    try:
        from newsevents.lang import load_lexicon

        load_lexicon(language)
    except Exception:
        return False
    return True


def stream_texts() -> list[str]:
    """The seed and every dev corpus article whose language pack is usable."""
    texts = [seed_text()]
    for language in ("ar", "en"):
        if _usable(language):
            texts += corpus_texts(language)
    return texts


# -- measurements --------------------------------------------------------------------------


def bench_extract(report: Report) -> None:
    """``extract()`` per article against one ``\\p{L}+`` pass over the same text."""
    from newsevents import extract

    s = report.settings
    seed = seed_text()
    extract(seed)  # compile the language pack outside the timings
    (ours, base), (a, b) = side_by_side(
        [partial(extract, seed), partial(LETTERS.findall, seed)],
        rounds=s.rounds,
        min_time=s.min_time,
    )
    report.add(
        Row(
            "extract",
            f"`extract()`, seed article ({len(seed):,} code points)",
            "one `regex.findall(r'\\p{L}+')` pass",
            ratio_of(a, b),
            "≤ 5×",
            5.0,
            ours=ours,
            base=base,
        )
    )
    for language in ("ar", "en"):
        texts = corpus_texts(language)
        if not texts:
            continue
        what = f"`extract()` per article, dev corpus `{language}` ({len(texts)} articles)"
        if not _supported(language):
            report.add(
                Row(
                    "extract",
                    what,
                    "one `regex.findall(r'\\p{L}+')` pass",
                    None,
                    "≤ 5×",
                    5.0,
                    note=f"not measured: no `{language}` language pack in this build",
                )
            )
            continue

        def ours_fn(texts: list[str] = texts, language: str = language) -> None:
            for t in texts:
                extract(t, language=language)

        def base_fn(texts: list[str] = texts) -> None:
            for t in texts:
                LETTERS.findall(t)

        try:
            ours_fn()
        except Exception as exc:  # a language pack under construction must not stop the run
            first = str(exc).splitlines()[0]
            report.add(Row("extract", what, "", None, "≤ 5×", 5.0, note=f"not measured: {first}"))
            continue
        (ours, base), (a, b) = side_by_side(
            [ours_fn, base_fn], rounds=s.rounds, min_time=s.min_time
        )
        report.add(
            Row(
                "extract",
                what,
                "one `regex.findall(r'\\p{L}+')` pass",
                ratio_of(a, b),
                "≤ 5×",
                5.0,
                ours=ours / len(texts),
                base=base / len(texts),
            )
        )


def bench_growth(report: Report) -> None:
    """Time of ``extract()`` on the seed repeated k times, against the seed once."""
    from newsevents import extract

    s = report.settings
    sizes = s.growth
    texts = [repeated_seed(k) for k in sizes]
    extract(texts[0])
    fns: list[Callable[[], object]] = [partial(extract, t) for t in texts]
    fns += [partial(LETTERS.findall, t) for t in texts]
    medians, samples = side_by_side(fns, rounds=s.growth_rounds, min_time=s.min_time)
    one = samples[0]
    n = len(sizes)
    for i, k in enumerate(sizes):
        if k == sizes[0]:
            continue
        limit = round(k * 70 / 64, 1)
        growth = ratio_of(samples[i], one)
        baseline_growth = ratio_of(samples[n + i], samples[n])
        report.add(
            Row(
                "growth",
                f"`extract()`, seed × {k} ({len(texts[i]):,} code points)",
                f"`extract()`, seed × {sizes[0]}",
                growth,
                f"≤ {limit:g}×",
                limit,
                ours=medians[i],
                base=medians[0],
                note=(
                    f"{growth / k:.2f}× the time per code point; `\\p{{L}}+` pass grows "
                    f"{baseline_growth:.1f}×; `extract()` / pass at × {k}: "
                    f"{ratio_of(samples[i], samples[n + i]):.0f}×"
                ),
            )
        )


def _seed_json() -> bytes:
    from importlib.resources import files

    return files("newsevents.fixtures").joinpath("seed.json").read_bytes()


def _big_json(copies: int) -> bytes:
    from newsevents import extract

    return extract(repeated_seed(copies)).model_dump_json().encode("utf-8")


def bench_json(report: Report) -> None:
    """Loading and dumping against orjson (and msgspec as a compiled peer)."""
    import msgspec
    from _msgspec_schema import DOCUMENT_DECODER

    from newsevents.model import Document
    from newsevents.model.document import document_problems

    s = report.settings
    for label, raw in (
        ("seed document", _seed_json()),
        (f"extracted document, seed × {s.big_copies}", _big_json(s.big_copies)),
    ):
        size = f"{len(raw) / 1024:,.0f} KiB"
        doc = Document.model_validate_json(raw)
        (ours, base, peer, _), (a, b, c, d) = side_by_side(
            [
                partial(Document.model_validate_json, raw),
                partial(orjson.loads, raw),
                partial(DOCUMENT_DECODER.decode, raw),
                partial(document_problems, doc),
            ],
            rounds=s.rounds,
            min_time=s.min_time,
        )
        report.add(
            Row(
                "load",
                f"`Document.model_validate_json`, {label} ({size})",
                "`orjson.loads` of the same bytes",
                ratio_of(a, b),
                "≤ 3×",
                3.0,
                ours=ours,
                base=base,
                note=f"document-level checks: {ratio_of(d, a):.0%} of it",
            )
        )
        report.add(
            Row(
                "load",
                f"msgspec decoder of the same schema (peer), {label}",
                "`orjson.loads` of the same bytes",
                ratio_of(c, b),
                ours=peer,
                base=base,
                note=f"`model_validate_json` / msgspec: {ratio_of(a, c):.1f}×",
            )
        )
        data = orjson.loads(raw)
        struct = DOCUMENT_DECODER.decode(raw)
        encoder = msgspec.json.Encoder()
        (ours, base, peer), (a, b, c) = side_by_side(
            [
                doc.model_dump_json,
                partial(orjson.dumps, data),
                partial(encoder.encode, struct),
            ],
            rounds=s.rounds,
            min_time=s.min_time,
        )
        report.add(
            Row(
                "dump",
                f"`model_dump_json`, {label}",
                "`orjson.dumps` of the same data (dicts)",
                ratio_of(a, b),
                ours=ours,
                base=base,
                note=f"msgspec encoder (peer): {ratio_of(c, b):.1f}× orjson",
            )
        )


_IMPORTS: dict[str, tuple[str, str]] = {
    # name: (setup before the clock starts, timed statement)
    "import pydantic": ("", "import pydantic"),
    "import newsevents": ("", "import newsevents"),
    "from pydantic import BaseModel": ("", "from pydantic import BaseModel"),
    "from newsevents import Document": ("", "from newsevents import Document"),
    "first extract()": (
        "from pathlib import Path; t = (Path({seed!r})).read_text(encoding='utf-8')",
        "import newsevents; newsevents.extract(t)",
    ),
}


def _import_child(setup: str, stmt: str) -> float:
    seed = str(ROOT / "newsevents" / "fixtures" / "seed.txt")
    code = (
        "import time\n"
        + setup.format(seed=seed)
        + "\n_t0 = time.perf_counter()\n"
        + stmt
        + "\nprint(time.perf_counter() - _t0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return float(out.stdout.strip().splitlines()[-1])


def bench_import(report: Report) -> None:
    """Import cost in fresh interpreters, interleaved, medians over many runs."""
    s = report.settings
    names = list(_IMPORTS)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(s.import_runs):
        for k in range(len(names)):
            name = names[(k + r) % len(names)]
            times[name].append(_import_child(*_IMPORTS[name]))
    med = {n: statistics.median(v) for n, v in times.items()}
    report.add(
        Row(
            "import",
            "`import newsevents` (fresh interpreter)",
            "`import pydantic`",
            ratio_of(times["import newsevents"], times["import pydantic"]),
            "≤ 1.3×",
            1.3,
            ours=med["import newsevents"],
            base=med["import pydantic"],
            note="submodules load on first use",
        )
    )
    report.add(
        Row(
            "import",
            "`from newsevents import Document`",
            "`from pydantic import BaseModel`",
            ratio_of(
                times["from newsevents import Document"], times["from pydantic import BaseModel"]
            ),
            ours=med["from newsevents import Document"],
            base=med["from pydantic import BaseModel"],
            note="builds the validators of every model",
        )
    )
    report.add(
        Row(
            "import",
            "`import newsevents` + first `extract()` of the seed",
            "`from pydantic import BaseModel`",
            ratio_of(times["first extract()"], times["from pydantic import BaseModel"]),
            ours=med["first extract()"],
            base=med["from pydantic import BaseModel"],
            note="includes loading and compiling the language pack",
        )
    )
    report.notes.extend(_importtime_notes())


def _importtime_notes(top: int = 6) -> list[str]:
    """Where ``from newsevents import Document`` spends its time (``-X importtime``)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "from newsevents import Document"],
        check=True,
        capture_output=True,
        text=True,
    )
    by_package: dict[str, int] = {}
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            root = m.group(2).split(".")[0]
            by_package[root] = by_package.get(root, 0) + int(m.group(1))
    total = sum(by_package.values())
    heaviest = sorted(by_package.items(), key=lambda kv: -kv[1])[:top]
    parts = ", ".join(f"`{name}` {us / 1000:.0f} ms" for name, us in heaviest)
    return [
        f"`python -X importtime -c 'from newsevents import Document'` (one run): {total / 1000:.0f}"
        f" ms of module execution; by package (own time of its modules): {parts}. The time "
        "under `newsevents` is mostly pydantic building the models' validators and schemas "
        "when the classes are defined."
    ]


def _batch_dir(root: Path, count: int) -> Path:
    """A folder of ``count`` articles, cycling through the dev corpus and the seed."""
    texts = stream_texts()
    folder = root / "articles"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return folder


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _cli_extract(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers) of one CLI batch run."""
    cpu = _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "newsevents",
            "extract",
            str(folder),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--jobs",
            str(jobs),
            "--no-progress",
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start, _cpu(resource.RUSAGE_CHILDREN) - cpu


def _extract_file(path: str) -> int:
    from newsevents import extract

    return len(extract(Path(path).read_text(encoding="utf-8")).model_dump_json())


def _pool_extract(paths: list[str], jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its workers) of extracting ``paths``."""
    cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    if jobs == 1:
        for p in paths:
            _extract_file(p)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(_extract_file, paths, chunksize=max(1, len(paths) // (jobs * 8))))
    wall = time.perf_counter() - start
    return wall, _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - cpu


_POOL_CHILD = """
import gc, json, sys
sys.path.insert(0, {bench!r})
from run import _extract_file, _pool_extract
paths = json.loads(open({paths!r}, encoding="utf-8").read())
_extract_file(paths[0])  # compile the language pack before the workers fork
gc.collect()
gc.freeze()  # forked workers then share the parent's objects instead of copying them
print(json.dumps(_pool_extract(paths, {jobs})))
"""


def _spin(n: int) -> int:
    """Pure CPU work with no memory traffic: what two processes can do at best right now."""
    total = 0
    for i in range(n):
        total += i * i
    return total


_SPIN_CHILD = """
import json, sys, time
from concurrent.futures import ProcessPoolExecutor
sys.path.insert(0, {bench!r})
from run import _spin
tasks = [{n}] * 8
start = time.perf_counter()
if {jobs} == 1:
    for t in tasks:
        _spin(t)
else:
    with ProcessPoolExecutor(max_workers={jobs}) as pool:
        list(pool.map(_spin, tasks))
print(time.perf_counter() - start)
"""


def _spin_in_child(jobs: int, n: int) -> float:
    code = _SPIN_CHILD.format(bench=str(Path(__file__).resolve().parent), n=n, jobs=jobs)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def _pool_in_child(paths_file: Path, jobs: int) -> tuple[float, float]:
    """:func:`_pool_extract` in a fresh interpreter, warmed up, timing the batch alone."""
    code = _POOL_CHILD.format(
        bench=str(Path(__file__).resolve().parent), paths=str(paths_file), jobs=jobs
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu)


def bench_batch(report: Report) -> None:
    """A folder on 2 worker processes against 1: the CLI end to end, and the work alone.

    The machine may be shared, so the CPU time of each run is recorded as well: CPU time on
    2 processes against 1 shows what parallel work costs regardless of what else runs.
    """
    s = report.settings
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as tmp:
        folder = _batch_dir(Path(tmp), s.batch_files)
        paths_file = Path(tmp) / "paths.json"
        paths_file.write_text(
            json.dumps(sorted(str(p) for p in folder.glob("*.txt"))), encoding="utf-8"
        )
        cli: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        pool: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        spin: dict[int, list[float]] = {1: [], 2: []}
        for r in range(s.batch_rounds):
            for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                cli[jobs].append(_cli_extract(folder, Path(tmp) / f"out{jobs}.jsonl", jobs))
                pool[jobs].append(_pool_in_child(paths_file, jobs))
                spin[jobs].append(_spin_in_child(jobs, s.spin))
    cores = os.cpu_count() or 1
    report.add(
        Row(
            "batch",
            "calibration: a pure-Python CPU loop in 8 tasks, 2 processes: speed-up",
            "the same on 1 process",
            ratio_of(spin[1], spin[2]),
            ours=statistics.median(spin[2]),
            base=statistics.median(spin[1]),
            note="what the shared machine allowed two processes during these runs",
        )
    )
    labels = ("`newsevents extract DIR --jobs 2`", "`ProcessPoolExecutor` of 2, warmed up")
    for label, t in zip(labels, (cli, pool), strict=True):
        wall = {j: [w for w, _ in t[j]] for j in (1, 2)}
        cpu = {j: [c for _, c in t[j]] for j in (1, 2)}
        report.add(
            Row(
                "batch",
                f"{label}, {s.batch_files} articles: speed-up",
                "the same on 1 process",
                ratio_of(wall[1], wall[2]),
                "≥ 1.8×",
                1.8,
                at_least=True,
                ours=statistics.median(wall[2]),
                base=statistics.median(wall[1]),
                note=(
                    f"CPU time on 2 processes: {ratio_of(cpu[2], cpu[1]):.2f}× that on 1, so at "
                    f"most {2 / ratio_of(cpu[2], cpu[1]):.2f}× on 2 idle cores; {cores} cores, "
                    f"load average {load_before:.1f} before the runs"
                ),
            )
        )


_STREAM_CHILD = """
import gc, json, resource, sys, time
sys.path.insert(0, {bench!r})
from run import stream_texts
from newsevents import extract, parse_article
from newsevents.io.json import JsonlWriter
total, checkpoint = {total}, {checkpoint}
texts = stream_texts()
def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def resident():
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 1024
    except OSError:
        return rss()
marks = {{}}
extract(texts[0])
marks["warm"] = rss()
start = time.perf_counter()
chars = 0
with open({devnull!r}, "w", encoding="utf-8") as out, JsonlWriter(out) as w:
    for i in range(total):
        text = texts[i % len(texts)]
        chars += len(text)
        w.write(extract(parse_article(text, id=f"n{{i}}")))
        if i + 1 == checkpoint:
            gc.collect()
            marks["checkpoint"] = rss()
            marks["checkpoint_now"] = resident()
gc.collect()
marks["end"] = rss()
marks["end_now"] = resident()
marks["seconds"] = time.perf_counter() - start
marks["chars"] = chars
print(json.dumps(marks))
"""


def stream_peaks(total: int, checkpoint: int) -> dict[str, float]:
    """Peak RSS (KiB) of a fresh process extracting ``total`` articles as a stream."""
    code = _STREAM_CHILD.format(
        bench=str(Path(__file__).resolve().parent),
        total=total,
        checkpoint=checkpoint,
        devnull=os.devnull,
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_memory(report: Report) -> None:
    """Peak memory of a stream: after ``checkpoint`` articles against after ``total``."""
    s = report.settings
    marks = stream_peaks(s.stream_articles, s.stream_checkpoint)
    report.add(
        Row(
            "memory",
            f"peak RSS after {s.stream_articles:,} articles extracted as a stream",
            f"peak RSS after {s.stream_checkpoint:,}",
            marks["end"] / marks["checkpoint"],
            "≤ 1.05× (flat)",
            1.05,
            ours=marks["end"] / 1024,
            base=marks["checkpoint"] / 1024,
            unit="MiB",
            note=(
                f"after the first article: {marks['warm'] / 1024:.0f} MiB; "
                f"{s.stream_articles / marks['seconds']:.0f} articles/s, "
                f"{marks['chars'] / marks['seconds'] / 1e6:.2f} M code points/s"
            ),
        )
    )
    report.add(
        Row(
            "memory",
            f"resident memory after {s.stream_articles:,} articles",
            f"resident memory after {s.stream_checkpoint:,}",
            marks["end_now"] / marks["checkpoint_now"],
            "≤ 1.05× (flat)",
            1.05,
            ours=marks["end_now"] / 1024,
            base=marks["checkpoint_now"] / 1024,
            unit="MiB",
            note="after a garbage collection, from /proc/self/statm",
        )
    )


MEASUREMENTS: dict[str, Callable[[Report], None]] = {
    "extract": bench_extract,
    "growth": bench_growth,
    "json": bench_json,
    "import": bench_import,
    "batch": bench_batch,
    "memory": bench_memory,
}


# -- output --------------------------------------------------------------------------------


def _fmt_time(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit != "s":
        return f"{value:,.0f} {unit}"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} µs"


def _fmt_ratio(row: Row) -> str:
    if row.ratio is None:
        return "—"
    return f"{row.ratio:.2f}×" if row.ratio < 10 else f"{row.ratio:.0f}×"


def _verdict(row: Row) -> str:
    met = row.met
    return "" if met is None else ("met" if met else "**not met**")


def _format_row(row: Row) -> str:
    times = f"{_fmt_time(row.ours, row.unit)} vs {_fmt_time(row.base, row.unit)}"
    return (
        f"[{row.group}] {row.what} / {row.baseline}: {_fmt_ratio(row)}"
        f" (target {row.target or '—'} {_verdict(row)}) {times} {row.note}"
    )


def machine_line() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = []
    for name in ("pydantic", "pydantic_core", "regex", "orjson", "msgspec"):
        from importlib.metadata import PackageNotFoundError, version

        try:
            versions.append(f"{name} {version(name.replace('_', '-'))}")
        except PackageNotFoundError:
            continue
    commit = ""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = ""
    with contextlib.suppress(OSError, AttributeError):
        load = " (load average {:.1f} {:.1f} {:.1f})".format(*os.getloadavg())
    return (
        f"{when}; {cpu}, {os.cpu_count()} cores{load}; "
        f"{platform.system()} {platform.release()}; "
        f"CPython {platform.python_version()}; {', '.join(versions)}"
        + (f"; commit {commit}" if commit else "")
    )


def markdown(report: Report, command: str) -> str:
    """The results as the Markdown section of ``docs/performance.md``."""
    lines = [
        BEGIN,
        "",
        f"Measured {machine_line()}.",
        "",
        "Reproduce with:",
        "",
        "```bash",
        command,
        "```",
        "",
        "| Measured | Against | Ratio | Target | | Times (ours vs baseline) | Notes |",
        "|---|---|---:|---|---|---|---|",
    ]
    for row in report.rows:
        times = (
            f"{_fmt_time(row.ours, row.unit)} vs {_fmt_time(row.base, row.unit)}"
            if row.ours is not None
            else ""
        )
        lines.append(
            f"| {row.what} | {row.baseline} | {_fmt_ratio(row)} | {row.target} | "
            f"{_verdict(row)} | {times} | {row.note} |"
        )
    if report.notes:
        lines.append("")
        lines.extend(f"- {n}" for n in report.notes)
    lines += ["", END]
    return "\n".join(lines)


def write_docs(section: str, page: Path = DOCS_PAGE) -> None:
    """Replace the results section of the page (between the markers), keeping the rest."""
    text = page.read_text(encoding="utf-8") if page.exists() else "# Performance\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    page.write_text(text, encoding="utf-8")


# -- command line --------------------------------------------------------------------------


def run(settings: Settings, only: Sequence[str] = ()) -> Report:
    """Run the measurements (all, or those named in ``only``) and return their rows."""
    report = Report(settings)
    for name, fn in MEASUREMENTS.items():
        if only and name not in only:
            continue
        fn(report)
    return report


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="fewer rounds, smaller inputs")
    p.add_argument(
        "--write-docs", action="store_true", help=f"rewrite the results in {DOCS_PAGE.name}"
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        choices=sorted(MEASUREMENTS),
        help="run only this measurement (repeatable)",
    )
    p.add_argument("--rounds", type=int, help="override the number of interleaved rounds")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    settings = QUICK if args.quick else FULL
    if args.rounds:
        settings = attrs.evolve(settings, rounds=args.rounds)
    command = ".venv/bin/python benchmarks/run.py" + (" --quick" if args.quick else "")
    report = run(settings, args.only)
    for note in report.notes:
        print(note)
    if args.write_docs:
        if args.only:
            print("--write-docs needs a full set of measurements; not written", file=sys.stderr)
            return 2
        write_docs(markdown(report, command))
        print(f"wrote {DOCS_PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
