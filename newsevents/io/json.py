"""Our own JSON and JSON Lines: strict loading with clear errors, streaming both ways."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from pydantic import ValidationError

from newsevents.errors import DocumentError, ParseError
from newsevents.model import Document

__all__ = ["JsonlWriter", "dump", "dump_jsonl", "iter_jsonl", "json_schema", "load"]

PathLike = str | os.PathLike[str]


def load(source: str | bytes | bytearray | PathLike) -> Document:
    """Load one :class:`Document` from JSON text, JSON bytes, or a path to a JSON file.

    A ``str`` that starts with ``{`` or ``[`` (after whitespace or a byte-order mark), or that
    holds a line break or a NUL, is JSON; any other ``str`` is a path.

    :raises DocumentError: the JSON is malformed or the document is invalid; every problem is
        listed with its code and path (``json_invalid`` for malformed input).
    :raises FileNotFoundError: the path does not exist.
    """
    name: str | None = None
    if isinstance(source, bytes | bytearray):
        data: str | bytes | bytearray = source
    elif isinstance(source, str) and _is_json_text(source):
        data = source
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        name = str(path)
        data = path.read_bytes()
    else:
        raise TypeError(f"load() takes JSON str/bytes or a path, not {type(source).__name__}")
    try:
        return Document.model_validate_json(data)
    except ValidationError as exc:
        raise DocumentError.from_validation_error(exc, source=name) from None


def _is_json_text(text: str) -> bool:
    """Whether a ``str`` given to :func:`load` is JSON text rather than a path.

    JSON that is not a document (an array, text after a byte-order mark) must fail as a
    :class:`DocumentError`, not as a confusing file error.
    """
    return text.lstrip(" \t\r\n\ufeff").startswith(("{", "[")) or any(c in text for c in "\n\x00")


def dump(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (the inverse of :func:`load`; lossless)."""
    return doc.model_dump_json(indent=indent)


def iter_jsonl(source: PathLike | IO[str] | IO[bytes]) -> Iterator[Document]:
    """Stream documents from a JSON Lines file, one at a time, in constant memory.

    Blank lines are skipped. A bad line stops the iteration with a :class:`DocumentError`
    that names the file and the 1-based line number; the documents before it were yielded.

    :param source: a path, or an open text or binary file.
    """
    if isinstance(source, str | os.PathLike):
        name = str(source)
        with open(source, "rb") as fh:
            yield from _iter_lines(fh, name)
    else:
        yield from _iter_lines(source, getattr(source, "name", None))


def _iter_lines(fh: IO[str] | IO[bytes], name: Any) -> Iterator[Document]:
    label = name if isinstance(name, str) else None
    for number, line in enumerate(_decoded_lines(fh, label), start=1):
        if not line.strip():
            continue
        try:
            yield Document.model_validate_json(line)
        except ValidationError as exc:
            raise DocumentError.from_validation_error(exc, source=label, line=number) from None
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"line is not valid UTF-8 ({exc.reason})",
                code="invalid_utf8",
                source=label,
                line=number,
                offset=exc.start,
            ) from None


def _decoded_lines(fh: IO[str] | IO[bytes], label: str | None) -> Iterator[str | bytes]:
    """The lines of ``fh``; a text file that does not decode raises :class:`ParseError`."""
    lines: Iterator[str | bytes] = iter(fh)
    read = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            # A text file decodes ahead in blocks, so the bad byte may lie a few lines further.
            raise ParseError(
                f"the text after line {read} is not valid UTF-8 ({exc.reason}); open the file "
                "in binary mode (or pass its path) to find the exact line",
                code="invalid_utf8",
                source=label,
                line=read + 1,
            ) from None
        read += 1
        yield line


class JsonlWriter:
    r"""Write documents to a JSON Lines file one at a time (a context manager).

    >>> import io
    >>> from newsevents.fixtures import seed_document
    >>> buf = io.StringIO()
    >>> with JsonlWriter(buf) as w:
    ...     w.write(seed_document())
    >>> buf.getvalue().count(chr(10))
    1
    """

    def __init__(self, target: PathLike | IO[str]) -> None:
        if isinstance(target, str | os.PathLike):
            self._fh: IO[str] = open(target, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            self._owned = True
        else:
            self._fh = target
            self._owned = False
        self.count = 0
        """How many documents were written."""

    def write(self, doc: Document) -> None:
        """Append one document as one line."""
        self._fh.write(doc.model_dump_json())
        self._fh.write("\n")
        self.count += 1

    def write_all(self, docs: Iterable[Document]) -> int:
        """Append every document; return how many were written."""
        before = self.count
        for doc in docs:
            self.write(doc)
        return self.count - before

    def close(self) -> None:
        """Flush, and close the file if this writer opened it."""
        if self._owned:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def dump_jsonl(docs: Iterable[Document], target: PathLike | IO[str]) -> int:
    """Write documents as JSON Lines; return how many were written."""
    with JsonlWriter(target) as w:
        return w.write_all(docs)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialized :class:`Document`.

    The committed copy is ``docs/schema/document.schema.json``; a test keeps the two equal.
    """
    from newsevents.model import SCHEMA_VERSION

    schema = Document.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:newsevents:schema:document:{SCHEMA_VERSION}",
        "title": "newsevents Document",
        "description": (
            f"A news article with the actors, mentions, meetings and statements found in it "
            f"(schema version {SCHEMA_VERSION})."
        ),
        **{k: v for k, v in schema.items() if k not in {"title", "description"}},
    }
