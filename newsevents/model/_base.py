"""Shared building blocks of the model: the base class, identifiers, provenance."""

from __future__ import annotations

import math
from typing import Annotated, Any, Final

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, JsonValue
from pydantic_core import PydanticCustomError

__all__ = [
    "MAX_EXTENSION_DEPTH",
    "SCHEMA_VERSION",
    "Extensions",
    "Id",
    "Method",
    "Model",
    "custom_error",
]

SCHEMA_VERSION: Final = "1.0"
"""Version of the JSON form of the model. Breaking changes bump it and ship a migration."""

Id = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$",
        description=(
            "Identifier, unique within its document: ASCII letters, digits and `_.:-`, "
            "starting with a letter or digit, at most 128 characters."
        ),
        examples=["a1", "hulata", "s3"],
    ),
]
"""An identifier, unique within one document across actors, mentions, events, times, places."""

Method = Annotated[
    str,
    Field(
        pattern=r"^(manual|(rule|model|import):[A-Za-z0-9_.:/\-]+)$",
        description=(
            "What produced the fact: `manual` for hand annotation, `rule:<name>` for a rule of "
            "the extraction engine, `model:<name>` for a learned model, `import:<format>` for "
            "facts imported from another format."
        ),
        examples=["manual", "rule:ar.quote.cue_before"],
    ),
]

MAX_EXTENSION_DEPTH: Final = 64
"""How deeply arrays and objects may nest inside an ``extensions`` value."""


def _check_extensions(value: dict[str, JsonValue]) -> dict[str, JsonValue]:
    """Refuse what JSON cannot carry back: non-finite numbers and very deep nesting."""
    stack: list[tuple[JsonValue, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise custom_error(
                "extension_not_finite",
                "extensions hold {value}, which JSON cannot represent; store it as a string",
                value=repr(item),
            )
        if isinstance(item, dict | list):
            if depth > MAX_EXTENSION_DEPTH:
                raise custom_error(
                    "extension_too_deep",
                    "extensions nest deeper than {limit} levels; flatten them",
                    limit=MAX_EXTENSION_DEPTH,
                )
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return value


Extensions = Annotated[
    dict[str, JsonValue],
    AfterValidator(_check_extensions),
    Field(
        description=(
            "Users' own fields. Any JSON value under any key (finite numbers, at most "
            f"{MAX_EXTENSION_DEPTH} levels deep); kept verbatim through JSON round trips and "
            "ignored by newsevents itself."
        ),
    ),
]


class Model(BaseModel):
    """Base of every newsevents model: frozen, no unknown fields, validated on assignment."""

    # Fields are described with Field(description=...), never by an attribute docstring:
    # use_attribute_docstrings would read and parse every model's source at import time.
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        validate_default=False,
        ser_json_inf_nan="strings",
    )


def custom_error(code: str, message: str, **context: Any) -> PydanticCustomError:
    """A pydantic error with one of newsevents' stable codes as its ``type``."""
    return PydanticCustomError(code, message, context or None)
