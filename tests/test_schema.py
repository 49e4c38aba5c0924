"""The committed JSON Schema matches the model, and serialized documents validate against it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import jsonschema

import newsevents
from newsevents import Document

from .test_model import base

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "schema" / "document.schema.json"


def _render() -> str:
    spec = importlib.util.spec_from_file_location(
        "update_schema", ROOT / "scripts" / "update_schema.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rendered = module.render()
    assert isinstance(rendered, str)
    return rendered


def test_committed_schema_has_not_drifted() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == _render(), (
        "the model changed: run `python scripts/update_schema.py` and commit the schema "
        "(bump SCHEMA_VERSION and add a migration if the change is breaking)"
    )


def test_schema_is_versioned_and_valid_draft_2020_12() -> None:
    schema = newsevents.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"].endswith(newsevents.SCHEMA_VERSION)
    assert schema["properties"]["schema_version"]["const"] == newsevents.SCHEMA_VERSION


def test_documents_validate_against_the_committed_schema() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    doc = Document.model_validate(base())
    validator.validate(json.loads(doc.model_dump_json()))
    from newsevents.fixtures import seed_document

    validator.validate(json.loads(seed_document().model_dump_json()))


def test_schema_rejects_what_the_model_rejects() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = json.loads(Document.model_validate(base()).model_dump_json())
    data["events"][0]["mode"] = "telepathy"
    data["actors"][0]["nickname"] = "x"
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert [list(e.path) for e in errors] == [["actors", 0], ["events", 0]]
