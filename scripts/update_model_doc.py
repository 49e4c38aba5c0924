"""Regenerate docs/model.md: every model and field, from the models' own descriptions."""

from __future__ import annotations

import sys
import typing
from enum import Enum
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from newsevents import model

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "model.md"

INTRO = """\
# The data model

Every fact newsevents knows is grounded in the article's own text. A `Span` is a half-open
`[start, end)` pair of **code-point offsets into `Article.text`** (Python `str` indices); the
headline is part of the text, so facts in a headline are grounded like any other. The text is
stored exactly as given: no Unicode normalization, no stripping, line endings kept.
`Span.utf8(text)` and `Span.utf16(text)` (and `newsevents.text.OffsetMap` for many
conversions) give byte offsets for other consumers.

All models are pydantic v2 models: frozen, `extra="forbid"` (an unknown field is an error), and
serialized as versioned JSON (`schema_version`). The JSON Schema is committed as
[`schema/document.schema.json`](schema/document.schema.json). Facts (actors, mentions,
events, times, places) derive from `Fact` and carry provenance: `evidence` spans, a
`confidence` in `[0, 1]` and the `method` that produced them (`manual`, `rule:<name>`,
`model:<name>`, `import:<format>`), plus an `extensions` mapping for users' own fields
that survives every round trip.

Ids are unique in one namespace across a document's actors, mentions, events, times and places;
references between objects (a statement's speakers, a meeting's participants, `reported_by`,
`framework`, a role's affiliation, …) are ids, and every one must resolve (see
[validation](validation.md)).

```python
import newsevents as ne
from newsevents.fixtures import seed_document

doc = seed_document()
hulata = doc.actor("hulata")
quotes = [s for s in doc.statements_by("hulata") if s.quote is ne.QuoteKind.DIRECT]
assert len(quotes) == 6
assert all(doc.text_of(s.content) for s in quotes)
first = quotes[0].content
assert doc.text_of(first) == doc.article.text[first.start : first.end]
```

The rest of this page is generated from the models (`python scripts/update_model_doc.py`);
a test keeps it in step with the code.
"""

MODELS: list[type[BaseModel]] = [
    model.Document,
    model.Article,
    model.Paragraph,
    model.Source,
    model.Translation,
    model.Span,
    model.Actor,
    model.Name,
    model.Role,
    model.Mention,
    model.Meeting,
    model.Participant,
    model.Topic,
    model.Statement,
    model.TimeExpr,
    model.Place,
]
ENUMS: list[type[Enum]] = [
    model.ParagraphRole,
    model.ActorKind,
    model.MentionForm,
    model.MeetingMode,
    model.MeetingStatus,
    model.Polarity,
    model.ParticipantRole,
    model.QuoteKind,
    model.Stance,
    model.Granularity,
    model.PlaceKind,
]


def _type_name(annotation: object) -> str:
    if annotation is None or annotation is type(None):
        return "null"
    text = repr(annotation) if not isinstance(annotation, type) else annotation.__name__
    if isinstance(annotation, type):
        return text
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return " | ".join(_type_name(a) for a in args)
    if origin is typing.Literal:
        return " | ".join(f'"{a}"' for a in args)
    if origin is tuple:
        return f"tuple[{_type_name(args[0])}, ...]"
    if origin is dict:
        return f"dict[{_type_name(args[0])}, {_type_name(args[1])}]"
    return text.replace("typing.", "")


def _default(field: FieldInfo) -> str:
    if field.default_factory is not None:
        return "`{}`" if field.default_factory is dict else "(computed)"
    if field.default is PydanticUndefined:
        return "required"
    value = field.default
    if isinstance(value, Enum):
        value = value.value
    if value == ():
        return "`[]`"
    return f"`{value!r}`".replace("'", '"') if value is not None else "`null`"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ").strip()


def render() -> str:
    """The whole page as committed."""
    out = [INTRO]
    for m in MODELS:
        out.append(f"\n## `{m.__name__}`\n\n{_cell(m.__doc__).split('  ')[0]}\n")
        out.append("| field | type | default | description |\n|---|---|---|---|")
        for name, field in m.model_fields.items():
            out.append(
                f"| `{name}` | `{_cell(_type_name(field.annotation))}` | {_default(field)} "
                f"| {_cell(field.description)} |"
            )
    out.append("\n## Enumerations\n")
    for e in ENUMS:
        values = ", ".join(f"`{member.value}`" for member in e)
        out.append(f"- **`{e.__name__}`**: {values}. {_cell(e.__doc__)}")
    return "\n".join(out) + "\n"


def main() -> int:
    DOC_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
