"""Shared building blocks of the model: the base class, identifiers, provenance."""

from __future__ import annotations

from typing import Annotated, Any, Final

from pydantic import BaseModel, ConfigDict, Field, JsonValue
from pydantic_core import PydanticCustomError

__all__ = [
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

Extensions = Annotated[
    dict[str, JsonValue],
    Field(
        description=(
            "Users' own fields. Any JSON value under any key; kept verbatim through JSON round "
            "trips and ignored by newsevents itself."
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
