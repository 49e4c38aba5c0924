"""The ``newsevents`` command: extract, validate, show, and print the JSON Schema.

Exit status (the same for every subcommand):

* ``0`` — success: every input was processed, and ``validate`` found nothing at or above the
  ``--fail-on`` severity.
* ``1`` — some input failed (missing or unreadable file, text that is empty or not UTF-8,
  malformed or invalid JSON, a language with no lexicon) or ``validate`` found errors; each
  failing input is reported on standard error with its path, and the other inputs are still
  processed.
* ``2`` — usage error: unknown option or format, ``--language`` not supported, several
  inputs with a one-document format and no output directory.
* ``3`` — the output could not be written (e.g. ``-o`` names a directory that cannot be made).
* ``130`` — interrupted (Ctrl-C).

Run ``newsevents --help`` or ``newsevents COMMAND --help`` for the options.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import multiprocessing
import multiprocessing.context
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from enum import IntEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, NoReturn

import attrs
from pydantic import ValidationError

from newsevents._version import __version__

if TYPE_CHECKING:
    from newsevents.model import Document

__all__ = ["ExitCode", "available_formats", "main"]

PROG: Final = "newsevents"


class ExitCode(IntEnum):
    """The exit status of the ``newsevents`` command."""

    OK = 0
    """Everything succeeded."""
    FAILED = 1
    """Some input failed, or ``validate`` found errors."""
    USAGE = 2
    """The command line is wrong."""
    OUTPUT = 3
    """The output could not be written."""
    INTERRUPTED = 130
    """Interrupted by the user."""


class _UsageError(Exception):
    """A command line that cannot work; reported as one line, exit status 2."""


class _OutputError(Exception):
    """An output that cannot be written; reported as one line, exit status 3."""


# -- formats -------------------------------------------------------------------------------

# Every output format with the suffix of its files, in the order --help lists them.
_SUFFIX: Final = {
    "summary": ".txt",
    "json": ".json",
    "jsonl": ".jsonl",
    "html": ".html",
    "ninjs": ".ninjs.json",
    "jsonld": ".jsonld",
    "plover": ".plover.json",
}
# Formats whose outputs can be concatenated into one stream.
_STREAMING: Final = frozenset({"summary", "jsonl"})


def available_formats() -> tuple[str, ...]:
    """The output formats ``newsevents extract --format`` offers.

    >>> available_formats()
    ('summary', 'json', 'jsonl', 'html', 'ninjs', 'jsonld', 'plover')
    """
    return tuple(_SUFFIX)


def _render(doc: Document, fmt: str, full: bool) -> str:
    """``doc`` in output format ``fmt``, as text ending with a newline."""
    if fmt == "summary":
        from newsevents.render import to_summary

        return to_summary(doc, max_content=None if full else 120)
    if fmt == "json":
        return doc.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        return doc.model_dump_json() + "\n"
    if fmt == "html":
        from newsevents.render import to_html

        return to_html(doc)
    from newsevents.io import to_jsonld, to_ninjs, to_plover

    exporters: dict[str, Callable[[Document], object]] = {
        "ninjs": to_ninjs,
        "jsonld": to_jsonld,
        "plover": to_plover,
    }
    return json.dumps(exporters[fmt](doc), ensure_ascii=False, indent=2) + "\n"


# -- extraction, in this process or in workers ---------------------------------------------


@attrs.frozen
class _Job:
    """One input of ``extract``: a file to read, or text already read (standard input)."""

    label: str
    path: str | None
    text: str | None
    fmt: str
    language: str | None
    full: bool
    debug: bool


@attrs.frozen
class _Outcome:
    label: str
    output: str | None = None
    error: str | None = None
    code: str | None = None
    unsupported_language: str | None = None


def _read_text(path: str) -> str:
    """A text file as ``str``: UTF-8, a leading byte-order mark dropped, line ends kept."""
    data = Path(path).read_bytes()
    return data.decode("utf-8-sig")


def _describe(exc: BaseException) -> tuple[str, str]:
    """A one-line message and a code for an expected failure of one input."""
    from newsevents.errors import DocumentError, NewsEventsError, ParseError

    if isinstance(exc, FileNotFoundError):
        return "no such file", "file_not_found"
    if isinstance(exc, IsADirectoryError):
        return "is a directory", "is_a_directory"
    if isinstance(exc, PermissionError):
        return "permission denied", "permission_denied"
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"not valid UTF-8 text (byte {exc.start}: {exc.reason}); convert it to UTF-8",
            "invalid_utf8",
        )
    if isinstance(exc, DocumentError):
        first = exc.problems[0] if exc.problems else None
        more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        detail = f"{first}{more}" if first is not None else "invalid document"
        where = f"line {exc.line}: " if exc.line is not None else ""
        return where + detail, exc.code
    if isinstance(exc, ParseError):
        parts = [f"line {exc.line}"] if exc.line is not None else []
        if exc.offset is not None:
            parts.append(f"offset {exc.offset}")
        where = f"{', '.join(parts)}: " if parts else ""
        return where + exc.message, exc.code
    if isinstance(exc, NewsEventsError):
        message = str(exc)
        return message.removesuffix(f" [{exc.code}]"), exc.code
    if isinstance(exc, OSError):
        return exc.strerror or str(exc), "os_error"
    return f"unexpected {type(exc).__name__}: {exc} (please report this)", "internal_error"


def _work(job: _Job) -> _Outcome:
    """Extract and render one input; never raises for a bad input."""
    from newsevents.errors import NewsEventsError, UnsupportedLanguageError
    from newsevents.extraction import extract

    try:
        text = job.text if job.text is not None else _read_text(str(job.path))
        doc = extract(text, language=job.language)
        return _Outcome(job.label, output=_render(doc, job.fmt, job.full))
    except UnsupportedLanguageError as exc:
        message, code = _describe(exc)
        return _Outcome(job.label, error=message, code=code, unsupported_language=exc.language)
    except (OSError, UnicodeDecodeError, NewsEventsError, ValidationError) as exc:
        if isinstance(exc, ValidationError):
            from newsevents.errors import DocumentError

            exc = DocumentError.from_validation_error(exc)
        message, code = _describe(exc)
        return _Outcome(job.label, error=message, code=code)
    except Exception as exc:
        message, code = _describe(exc)
        if job.debug:
            message += "\n" + traceback.format_exc().rstrip()
        return _Outcome(job.label, error=message, code=code)


# -- inputs --------------------------------------------------------------------------------


@attrs.frozen
class _Input:
    """An input of ``extract``: where to read it, how to name it, and where its output goes."""

    label: str
    path: str | None
    stem: Path
    problem: str | None = None


def _collect(arguments: Sequence[str]) -> list[_Input]:
    """Files, directories (every ``*.txt`` below, sorted) and ``-``, in the order given."""
    inputs: list[_Input] = []
    stdin_seen = False
    for arg in arguments:
        if arg == "-":
            if stdin_seen:
                raise _UsageError("'-' (standard input) can be given only once")
            stdin_seen = True
            inputs.append(_Input("<stdin>", None, Path("stdin")))
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                # "." and "/" have no name of their own; the stem only has to be a valid name.
                stem = Path(path.name or path.resolve().name or "input")
                inputs.append(_Input(arg, None, stem, problem="no *.txt files in it"))
            for p in found:
                rel = p.relative_to(path)
                inputs.append(_Input(str(p), str(p), rel.with_suffix("")))
        else:
            inputs.append(_Input(arg, arg, Path(path.name).with_suffix("")))
    return inputs


def _unique_names(inputs: Sequence[_Input], suffix: str) -> list[Path]:
    """Output paths (relative to the output directory), made unique in input order."""
    taken: set[Path] = set()
    out: list[Path] = []
    for item in inputs:
        candidate = item.stem.with_name(item.stem.name + suffix)
        n = 2
        while candidate in taken:
            candidate = item.stem.with_name(f"{item.stem.name}-{n}{suffix}")
            n += 1
        taken.add(candidate)
        out.append(candidate)
    return out


# -- reporting -----------------------------------------------------------------------------


class _Progress:
    """A one-line progress indicator on standard error, shown only when it is a terminal."""

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 1
        self.done = 0
        self.failed = 0

    def _clear(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")

    def step(self, label: str, ok: bool) -> None:
        self.done += 1
        self.failed += 0 if ok else 1
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 24)).columns
        failed = f", {self.failed} failed" if self.failed else ""
        head = f"[{self.done}/{self.total}{failed}] "
        room = max(width - len(head) - 1, 10)
        tail = label if len(label) <= room else "…" + label[-(room - 1) :]
        self._clear()
        self.stream.write(head + tail)
        self.stream.flush()

    def error(self, message: str) -> None:
        self._clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def finish(self) -> None:
        self._clear()
        self.stream.flush()


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


# -- subcommands ---------------------------------------------------------------------------


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _open_output(out: str | None) -> IO[str]:
    if out is None or out == "-":
        return sys.stdout
    target = Path(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return target.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _OutputError(f"cannot write {out}: {exc.strerror or exc}") from None


def _check_language(language: str | None) -> None:
    """Reject a ``--language`` with no lexicon before any work (only its primary subtag counts)."""
    if language is None:
        return
    from newsevents.lang import supported_languages

    supported = supported_languages()
    if language.split("-", 1)[0].lower() not in supported:
        raise _UsageError(
            f"language {language!r} is not supported; supported languages: {', '.join(supported)}"
        )


def _cmd_extract(args: argparse.Namespace) -> int:
    fmt: str = args.format
    _check_language(args.language)
    inputs = _collect(args.inputs)
    many = len(args.inputs) > 1 or any(Path(a).is_dir() for a in args.inputs if a != "-")
    streaming = fmt in _STREAMING
    out_dir: Path | None = None
    if not streaming and many:
        if args.output is None or args.output == "-":
            raise _UsageError(
                f"several inputs with --format {fmt} need -o DIRECTORY (one file per input); "
                "or use --format jsonl for one stream"
            )
        out_dir = Path(args.output)
        if out_dir.exists() and not out_dir.is_dir():
            raise _UsageError(f"-o {args.output}: several inputs need a directory, not a file")
    elif not streaming and args.output is not None and Path(args.output).is_dir():
        out_dir = Path(args.output)
    names = _unique_names(inputs, _SUFFIX[fmt])

    stdin_text: str | None = None
    if any(i.label == "<stdin>" for i in inputs):
        data = sys.stdin.buffer.read()
        try:
            stdin_text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            message, _ = _describe(exc)
            _error(f"<stdin>: {message}")
            stdin_text = None
            inputs = [
                attrs.evolve(i, problem=message) if i.label == "<stdin>" else i for i in inputs
            ]

    jobs: list[_Job | None] = [
        None
        if item.problem is not None
        else _Job(
            label=item.label,
            path=item.path,
            text=stdin_text if item.label == "<stdin>" else None,
            fmt=fmt,
            language=args.language,
            full=args.full,
            debug=args.debug,
        )
        for item in inputs
    ]
    progress = _Progress(len(inputs), sys.stderr, enabled=args.progress and sys.stderr.isatty())
    stream = _open_output(args.output) if out_dir is None else None
    failed = 0
    try:
        for item, name, outcome in zip(inputs, names, _run(jobs, args.jobs), strict=True):
            if outcome is None:
                if item.label == "<stdin>" and item.problem is not None:
                    failed += 1  # already reported when standard input was read
                    progress.step(item.label, ok=False)
                    continue
                failed += 1
                progress.error(f"{PROG}: {item.label}: {item.problem}")
                progress.step(item.label, ok=False)
                continue
            if outcome.error is not None:
                if outcome.unsupported_language is not None and args.language is not None:
                    progress.finish()
                    raise _UsageError(outcome.error)
                failed += 1
                progress.error(f"{PROG}: {item.label}: {outcome.error}")
                progress.step(item.label, ok=False)
                continue
            assert outcome.output is not None
            if out_dir is not None:
                _write(out_dir / name, outcome.output)
            else:
                assert stream is not None
                if fmt == "summary" and len(inputs) > 1:
                    stream.write(f"== {item.label} ==\n")
                stream.write(outcome.output)
                if fmt == "summary" and len(inputs) > 1:
                    stream.write("\n")
                stream.flush()
            progress.step(item.label, ok=True)
    finally:
        progress.finish()
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if failed and len(inputs) > 1:
        _error(f"{failed} of {len(inputs)} inputs failed")
    return ExitCode.FAILED if failed else ExitCode.OK


def _run(jobs: Sequence[_Job | None], workers: int) -> Iterator[_Outcome | None]:
    """Outcomes in input order; with ``workers > 1``, computed in worker processes."""
    real = [j for j in jobs if j is not None]
    if workers <= 1 or len(real) <= 1:
        for job in jobs:
            yield None if job is None else _work(job)
        return
    executor: Executor = ProcessPoolExecutor(
        max_workers=min(workers, len(real)), mp_context=_warm_context(real)
    )
    try:
        # Jobs travel in chunks (about eight per worker) to keep the traffic between processes
        # small next to the work; map keeps the input order.
        chunk = max(1, len(real) // (workers * 8))
        results = executor.map(_work, real, chunksize=chunk)
        for job in jobs:
            yield None if job is None else next(results)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _warm_context(jobs: Sequence[_Job]) -> multiprocessing.context.BaseContext | None:
    """Prepare the parent so that forked workers start warm.

    Where processes can fork, the language packs the jobs need are loaded and compiled once in
    the parent and the heap is frozen out of the collector's reach (``gc.freeze``), so each
    worker inherits them instead of compiling them again and copying pages the collector
    touches. Elsewhere (spawn), workers compile on first use.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    from newsevents.extraction._matcher import compiled
    from newsevents.lang import supported_languages

    wanted = {j.language for j in jobs if j.language is not None}
    if any(j.language is None for j in jobs):
        wanted.update(supported_languages())
    for language in sorted(wanted & set(supported_languages())):
        compiled(language)
    gc.freeze()
    return multiprocessing.get_context("fork")


@attrs.frozen
class _Finding:
    severity: str
    path: str
    message: str
    code: str
    line: int | None = None


def _findings_of(raw: str | bytes) -> list[_Finding]:
    """Every finding about one JSON document: load problems, else ``validate()`` findings."""
    from newsevents.errors import DocumentError
    from newsevents.io.json import load
    from newsevents.validation import validate

    try:
        doc = load(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    except DocumentError as exc:
        return [_Finding("error", p.path, p.message, p.code) for p in exc.problems]
    return [_Finding(i.severity.value, i.path, i.message, i.code) for i in validate(doc)]


def _validate_source(label: str, data: bytes, jsonl: bool) -> tuple[int, list[_Finding]]:
    """(number of documents, findings) of one file's contents."""
    if not jsonl:
        return 1, _findings_of(data)
    count = 0
    findings: list[_Finding] = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        count += 1
        findings.extend(attrs.evolve(f, line=number) for f in _findings_of(line))
    return count, findings


def _looks_like_jsonl(data: bytes) -> bool:
    """Standard input is JSON Lines when it is not one JSON value."""
    try:
        json.loads(data)
    except ValueError:
        lines = [ln for ln in data.splitlines() if ln.strip()]
        return len(lines) > 1
    return False


_RANK: Final = {"error": 0, "warning": 1, "info": 2}


def _cmd_validate(args: argparse.Namespace) -> int:
    threshold = _RANK[args.fail_on]
    failed_inputs = 0
    failing = 0
    totals = {"error": 0, "warning": 0, "info": 0}
    documents = 0
    out = sys.stdout
    for arg in args.files:
        label = "<stdin>" if arg == "-" else arg
        try:
            data = sys.stdin.buffer.read() if arg == "-" else Path(arg).read_bytes()
        except OSError as exc:
            message, _ = _describe(exc)
            _error(f"{label}: {message}")
            failed_inputs += 1
            continue
        if arg == "-":
            jsonl = _looks_like_jsonl(data)
        else:
            jsonl = Path(arg).suffix.lower() in {".jsonl", ".ndjson"}
        count, findings = _validate_source(label, data, jsonl)
        documents += count
        if jsonl and count == 0:
            _error(f"{label}: no documents in it")
            failed_inputs += 1
            continue
        for f in findings:
            totals[f.severity] += 1
            if _RANK[f.severity] <= threshold:
                failing += 1
            where = f"{label}:{f.line}" if f.line is not None else label
            out.write(f"{where}: {f.severity}: {f.path}: {f.message} [{f.code}]\n")
        if not findings and not args.quiet:
            out.write(f"{label}: ok ({count} document{'s' if count != 1 else ''})\n")
    if not args.quiet:
        out.write(
            f"{documents} document{'s' if documents != 1 else ''}: {totals['error']} errors, "
            f"{totals['warning']} warnings, {totals['info']} info\n"
        )
    out.flush()
    return ExitCode.FAILED if failing or failed_inputs else ExitCode.OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from newsevents.io.json import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=args.indent) + "\n"
    if args.output is None or args.output == "-":
        sys.stdout.write(text)
    else:
        _write(Path(args.output), text)
    return ExitCode.OK


def _cmd_show(args: argparse.Namespace) -> int:
    from newsevents.errors import NewsEventsError
    from newsevents.io.json import iter_jsonl, load
    from newsevents.render import to_summary

    _check_language(args.language)
    limit = None if args.full else 120
    failed = 0
    out = sys.stdout
    first = True
    for arg in args.files:
        label = "<stdin>" if arg == "-" else arg
        suffix = Path(arg).suffix.lower()
        try:
            data = sys.stdin.buffer.read() if arg == "-" else Path(arg).read_bytes()
            jsonl = _looks_like_jsonl(data) if arg == "-" else suffix in {".jsonl", ".ndjson"}
            docs: Iterable[Any]
            if jsonl:
                docs = iter_jsonl(io.BytesIO(data))
            elif suffix == ".json" or data.lstrip().startswith(b"{"):
                docs = [load(data)]
            else:
                text = data.decode("utf-8-sig")
                from newsevents.extraction import extract

                docs = [extract(text, language=args.language)]
            # JSON Lines are shown as they are read: the documents before a bad line show.
            for doc in docs:
                out.write("" if first else "\n")
                first = False
                if jsonl or len(args.files) > 1:
                    out.write(f"== {label} ==\n")
                out.write(to_summary(doc, max_content=limit))
                out.flush()
        except (OSError, UnicodeDecodeError, NewsEventsError) as exc:
            message, _ = _describe(exc)
            _error(f"{label}: {message}")
            failed += 1
    return ExitCode.FAILED if failed else ExitCode.OK


# -- the parser ----------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and one line on a usage error."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.USAGE, f"{self.prog}: error: {message}\n(see {self.prog} --help)\n")


_EPILOG: Final = (
    "exit status: 0 success; 1 some input failed or validation found errors; "
    "2 usage error; 3 output could not be written; 130 interrupted"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsevents`` command."""
    parser = _Parser(
        prog=PROG,
        description="News events (actors, statements, meetings) from Arabic and English text.",
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show a traceback for unexpected errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="extract documents from text files",
        description=(
            "Extract actors, statements, meetings, times and places from news text. Inputs "
            "are files, directories (every *.txt below them) or '-' for standard input; "
            "outputs come in input order."
        ),
        epilog=_EPILOG,
    )
    ex.add_argument("inputs", nargs="+", metavar="PATH", help="text file, directory, or '-'")
    formats = available_formats()
    ex.add_argument(
        "-f",
        "--format",
        choices=formats,
        default="summary",
        metavar="FORMAT",
        help=f"output format: {', '.join(formats)} (default: summary)",
    )
    ex.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=(
            "output file; for several inputs with a one-document format (json, html, ...) "
            "a directory, with one file per input (default: standard output)"
        ),
    )
    ex.add_argument("--language", metavar="TAG", help="language of the texts (default: detect)")
    ex.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="extract in N worker processes (default: 1)",
    )
    ex.add_argument(
        "--full", action="store_true", help="summary: show long texts in full, not cut at 120"
    )
    ex.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress line on standard error (shown only when it is a terminal)",
    )
    ex.set_defaults(handler=_cmd_extract)

    va = sub.add_parser(
        "validate",
        help="check documents in JSON or JSON Lines files",
        description=(
            "Load each document and print every finding: problems that prevent loading, with "
            "their code and path, and the findings of newsevents.validate(). Files ending in "
            ".jsonl or .ndjson are JSON Lines; '-' reads standard input."
        ),
        epilog=_EPILOG,
    )
    va.add_argument("files", nargs="+", metavar="FILE", help="a .json or .jsonl file, or '-'")
    va.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="error",
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    va.add_argument("-q", "--quiet", action="store_true", help="print findings only")
    va.set_defaults(handler=_cmd_validate)

    sc = sub.add_parser(
        "schema",
        help="print the JSON Schema of a document",
        description="Print the JSON Schema (draft 2020-12) of a serialized document.",
    )
    sc.add_argument("-o", "--output", metavar="FILE", help="write it to FILE")
    sc.add_argument("--indent", type=int, default=2, metavar="N", help="indentation (default: 2)")
    sc.set_defaults(handler=_cmd_schema)

    sh = sub.add_parser(
        "show",
        help="print a readable summary of documents",
        description=(
            "Print the actors, statements, meetings, times and places of a document as "
            "tables. FILE is a document in JSON (.json), JSON Lines (.jsonl), or a text file, "
            "which is extracted first."
        ),
        epilog=_EPILOG,
    )
    sh.add_argument("files", nargs="+", metavar="FILE", help="a .json, .jsonl or text file")
    sh.add_argument("--language", metavar="TAG", help="language of a text file (default: detect)")
    sh.add_argument("--full", action="store_true", help="show long texts in full")
    sh.set_defaults(handler=_cmd_show)
    return parser


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be 1 or more")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsevents`` command with ``argv`` (default: ``sys.argv[1:]``).

    Returns the exit status (see :class:`ExitCode`); prints one line on standard error for
    every failure, never a traceback unless ``--debug`` is given.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return int(handler(args))
    except _UsageError as exc:
        _error(f"error: {exc}")
        return ExitCode.USAGE
    except _OutputError as exc:
        _error(f"error: {exc}")
        return ExitCode.OUTPUT
    except KeyboardInterrupt:
        _error("interrupted")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except Exception as exc:
        if args.debug:
            raise
        _error(f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)")
        return ExitCode.FAILED
