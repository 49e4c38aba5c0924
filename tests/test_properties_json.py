"""Generated documents survive every JSON path losslessly and match the committed JSON Schema."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.model import Document
from newsevents.strategies import documents

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema" / "document.schema.json"

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def validator() -> Any:
    """A draft 2020-12 validator for the committed schema (or the generated one)."""
    if SCHEMA_FILE.exists():
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    else:
        schema = ne.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@FAST
@given(documents())
def test_model_json_round_trip_is_lossless(doc: Document) -> None:
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.article.text == doc.article.text
    assert again.model_dump_json() == doc.model_dump_json()


@FAST
@given(documents(), st.sampled_from([None, 2]))
def test_dump_load_round_trip_is_lossless(doc: Document, indent: int | None) -> None:
    text = ne.dump(doc, indent=indent)
    assert ne.load(text) == doc
    assert ne.load(text.encode("utf-8")) == doc


@FAST
@given(documents(), st.sampled_from(["ascii", "unicode"]))
def test_python_json_round_trip_is_lossless(doc: Document, mode: str) -> None:
    # Through the standard library, as another program would: parse and re-serialize.
    raw = json.loads(ne.dump(doc))
    again = json.dumps(raw, ensure_ascii=mode == "ascii")
    assert ne.load(again) == doc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(max_events=3), min_size=0, max_size=5))
def test_json_lines_round_trip_is_lossless(docs: list[Document]) -> None:
    buffer = io.StringIO()
    assert ne.dump_jsonl(docs, buffer) == len(docs)
    lines = buffer.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == len(docs) + 1
    assert list(ne.iter_jsonl(io.StringIO(buffer.getvalue()))) == docs
    assert list(ne.iter_jsonl(io.BytesIO(buffer.getvalue().encode("utf-8")))) == docs


@FAST
@given(documents())
def test_generated_documents_match_the_json_schema(doc: Document) -> None:
    errors = sorted(validator().iter_errors(json.loads(ne.dump(doc))), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:3]]


@FAST
@given(documents())
def test_generated_documents_have_no_error_findings(doc: Document) -> None:
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
