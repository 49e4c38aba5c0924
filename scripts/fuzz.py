"""Fuzz newsevents offline: parse_article, load() on mutated JSON, and extract().

    .venv/bin/python scripts/fuzz.py --examples 50000 --target all --seed 1

Runs the same properties as the test suite (tests/test_properties_parse.py,
tests/test_mutations.py, tests/test_properties_extract.py) for many more examples, with
hypothesis, in batches with successive seeds. ``--engine atheris`` drives parse and load with
atheris' coverage-guided byte mutation instead, where atheris is installed.

Prints one summary line per target and a total line; exits 1 when a property fails (the
shrunk reproducing input is saved under ``--out``) and 2 on bad usage. Every example runs
under a generous wall-clock guard (``--hang-seconds``) that only catches hangs, never
measures speed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import re
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("parse", "load", "extract")


class HangError(Exception):
    """An example ran past the hang guard."""


def _module(name: str) -> ModuleType:
    path = ROOT / "tests" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_fuzz_{name}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _target(name: str) -> tuple[st.SearchStrategy[Any], Callable[[Any], None]] | str:
    """The strategy and the check of a target, or why it cannot run."""
    if name == "parse":
        parse = _module("test_properties_parse")
        return parse.parse_inputs, parse.check_parse
    if name == "load":
        mutations = _module("test_mutations")

        def check(mutant: Any) -> None:
            mutations.check_load_rejects(mutant)
            mutations.check_jsonl_rejects(mutant)

        return mutations.mutants(), check
    extract = _module("test_properties_extract")
    if extract.extractor() is None:
        return "newsevents.extract is not available in this build"
    return extract.extract_inputs, extract.check_extract


def _save(out: Path, target: str, seed: int, value: Any, error: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"{target}-seed{seed}"
    record: dict[str, Any] = {"target": target, "seed": seed, "error": error}
    data = getattr(value, "data", value)
    if isinstance(data, bytes | bytearray):
        stem.with_suffix(".bin").write_bytes(bytes(data))
        record["input_file"] = str(stem.with_suffix(".bin"))
        record["what"] = getattr(value, "what", None)
    else:
        record["input"] = data
        record["what"] = getattr(value, "what", None)
    path = stem.with_suffix(".json")
    path.write_text(json.dumps(record, ensure_ascii=True, indent=2), encoding="utf-8")
    return path


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise HangError("example ran past the hang guard")


def run_hypothesis(
    target: str, examples: int, seed: int, batch: int, hang: float, out: Path
) -> tuple[int, str | None]:
    """Run ``examples`` examples of a target; return how many ran and a failure, if any."""
    found = _target(target)
    if isinstance(found, str):
        return 0, f"skipped: {found}"
    strategy, check = found
    ran = 0
    last: list[Any] = [None]
    signal.signal(signal.SIGALRM, _alarm)

    def prop(value: Any) -> None:
        nonlocal ran
        ran += 1
        last[0] = value
        signal.setitimer(signal.ITIMER_REAL, hang)
        try:
            check(value)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    done = 0
    index = 0
    while done < examples:
        size = min(batch, examples - done)
        batch_seed = seed * 1_000_003 + index
        test = settings(
            max_examples=size,
            deadline=None,
            database=None,
            phases=(Phase.generate, Phase.shrink),
            suppress_health_check=list(HealthCheck),
            print_blob=False,
        )(given(strategy)(prop))
        try:
            hypothesis_seed(batch_seed)(test)()
        except BaseException as exc:  # any failure of the property, shrunk by hypothesis
            if isinstance(exc, KeyboardInterrupt):
                raise
            error = "".join(traceback.format_exception(exc))
            path = _save(out, target, batch_seed, last[0], error)
            return ran, f"FAILED at seed {batch_seed}: {type(exc).__name__}; input saved to {path}"
        done += size
        index += 1
        print(f"  {target}: {done}/{examples}", file=sys.stderr, flush=True)
    return ran, None


def run_atheris(target: str, examples: int, out: Path) -> tuple[int, str | None]:
    """Coverage-guided byte fuzzing of parse_article or load() with atheris.

    libFuzzer ends its process when it is done, so it runs in a child process and this one
    reports on it.
    """
    if importlib.util.find_spec("atheris") is None:
        return 0, "skipped: atheris is not installed"
    child = subprocess.run(
        [sys.executable, __file__, "--atheris-child", target, str(examples), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    done = re.search(r"Done (\d+) runs", child.stderr)
    ran = int(done.group(1)) if done else 0
    if child.returncode != 0:
        saved = sorted(out.glob(f"{target}-seed0.*"))
        tail = child.stderr.strip().splitlines()[-1:] or ["no output"]
        return ran, f"FAILED (atheris exit {child.returncode}: {tail[0]}); input saved to {saved}"
    return ran, None


def _atheris_child(target: str, examples: int, out: Path) -> None:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with atheris.instrument_imports():
        import newsevents as ne
        import newsevents.parse
        import newsevents.text.segment

    parse = _module("test_properties_parse")

    def one(data: bytes) -> None:
        try:
            if target == "parse":
                parse.check_parse(data.decode("utf-8", "surrogatepass"))
            else:
                with contextlib.suppress(ne.NewsEventsError):
                    ne.load(data)
        except UnicodeDecodeError:
            return
        except BaseException as exc:
            _save(out, target, 0, data, "".join(traceback.format_exception(exc)))
            raise

    atheris.Setup([sys.argv[0], f"-runs={examples}"], one)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--atheris-child"]:
        _atheris_child(argv[1], int(argv[2]), Path(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, required=True, help="examples per target")
    parser.add_argument("--target", choices=(*TARGETS, "all"), default="all")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--batch", type=int, default=1000, help="examples per hypothesis run")
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument(
        "--hang-seconds",
        type=float,
        default=120.0,
        help="wall-clock guard per example, to catch hangs only (default 120)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("test-artifacts/fuzz-failures"),
        help="where failing inputs go (default test-artifacts/fuzz-failures)",
    )
    args = parser.parse_args(argv)
    if args.examples < 1 or args.batch < 1:
        parser.error("--examples and --batch must be positive")
    targets = TARGETS if args.target == "all" else (args.target,)
    started = time.monotonic()
    total = 0
    failed = False
    for target in targets:
        t0 = time.monotonic()
        problem: str | None
        if args.engine == "atheris":
            if target == "extract" or args.target == "all":
                ran, problem = 0, "skipped: atheris drives one target per run (parse or load)"
            else:
                ran, problem = run_atheris(target, args.examples, args.out)
        else:
            ran, problem = run_hypothesis(
                target, args.examples, args.seed, args.batch, args.hang_seconds, args.out
            )
        total += ran
        failed = failed or (problem is not None and not problem.startswith("skipped"))
        status = "ok" if problem is None else problem
        print(
            f"fuzz {target}: {ran} examples, {status} ({time.monotonic() - t0:.0f} s)", flush=True
        )
    verdict = "FAILED" if failed else "ok"
    print(
        f"fuzz total: {total} examples, seed {args.seed}, engine {args.engine}, {verdict} "
        f"({time.monotonic() - started:.0f} s)",
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
