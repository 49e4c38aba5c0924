"""The exceptions newsevents raises.

Every error the library raises on bad input derives from :class:`NewsEventsError`, and the
value errors also derive from :class:`ValueError` so that callers who already catch
``ValueError`` keep working. Each error says *what* is wrong and *where* (a path into the
document, a line number, a character offset) and carries a stable ``code``.

Building a model directly (``Document(...)``, ``Document.model_validate_json(...)``) raises
pydantic's :class:`pydantic.ValidationError`, whose line errors carry the same stable codes as
their ``type``; :func:`newsevents.load` and :func:`newsevents.iter_jsonl` turn it into a
:class:`DocumentError` that also knows the file and line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = [
    "DocumentError",
    "LexiconError",
    "NewsEventsError",
    "ParseError",
    "Problem",
    "UnsupportedLanguageError",
    "format_path",
]


def format_path(loc: Iterable[str | int]) -> str:
    """Render a pydantic ``loc`` tuple as a readable path, e.g. ``events[3].content.end``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not out:
            out = part
        else:
            out += f".{part}"
    return out or "$"


@attrs.frozen
class Problem:
    """One problem found while building or loading a document."""

    code: str
    """Stable, machine-readable code (e.g. ``span_out_of_text``); see ``docs/validation.md``."""
    path: str
    """Where in the document, e.g. ``events[3].content``; ``$`` is the document itself."""
    message: str
    """What is wrong, in words, naming the fix where one is known."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""

    code: str = "newsevents_error"


class ParseError(NewsEventsError, ValueError):
    """Input text or JSON that cannot be parsed.

    ``offset`` is a code-point offset into the text (or a byte offset into JSON input) when the
    problem has a position; ``line`` is a 1-based line number for line-oriented input.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str = "parse_error",
        offset: int | None = None,
        line: int | None = None,
        source: str | None = None,
    ) -> None:
        self.code = code
        self.offset = offset
        self.line = line
        self.source = source
        where = []
        if source is not None:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        if offset is not None:
            where.append(f"offset {offset}")
        prefix = f"{', '.join(where)}: " if where else ""
        self.message = message
        super().__init__(f"{prefix}{message} [{code}]")


class DocumentError(NewsEventsError, ValueError):
    """A document (or article) that is not valid, with *all* of its problems.

    ``problems`` lists every problem found, each with its stable code and path. ``source`` and
    ``line`` say which file and which JSON Lines line held the document, when known.
    """

    code = "invalid_document"

    def __init__(
        self,
        problems: Sequence[Problem],
        *,
        source: str | None = None,
        line: int | None = None,
        title: str = "document",
    ) -> None:
        self.problems = tuple(problems)
        self.source = source
        self.line = line
        where = []
        if source is not None:
            where.append(source)
        if line is not None:
            where.append(f"line {line}")
        prefix = f"{', '.join(where)}: " if where else ""
        n = len(self.problems)
        head = f"{prefix}invalid {title}: {n} problem{'s' if n != 1 else ''}"
        body = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(head + body)

    @classmethod
    def from_validation_error(
        cls,
        error: ValidationError,
        *,
        source: str | None = None,
        line: int | None = None,
        prefix: Sequence[str | int] = (),
    ) -> DocumentError:
        """Wrap a pydantic :class:`~pydantic.ValidationError`, keeping every line error."""
        problems = [
            Problem(
                code=str(e["type"]),
                path=format_path((*prefix, *e["loc"])),
                message=str(e["msg"]),
            )
            for e in error.errors(include_url=False)
        ]
        return cls(problems, source=source, line=line, title=error.title)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of all problems, in order."""
        return tuple(p.code for p in self.problems)


class UnsupportedLanguageError(NewsEventsError, ValueError):
    """A language with no lexicon; the message lists the supported ones."""

    code = "unsupported_language"

    def __init__(self, language: str, supported: Iterable[str]) -> None:
        self.language = language
        self.supported = tuple(sorted(supported))
        super().__init__(
            f"language {language!r} is not supported; supported languages: "
            f"{', '.join(self.supported)} [{self.code}]"
        )


class LexiconError(NewsEventsError, ValueError):
    """A language lexicon file that does not validate; names the file and the entry."""

    code = "invalid_lexicon"

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        body = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(f"{source}: invalid lexicon [{self.code}]{body}")
