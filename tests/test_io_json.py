"""load/dump/iter_jsonl: strict loading, paths and line numbers in errors, lossless round trip."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents import Document, DocumentError, JsonlWriter, dump, dump_jsonl, iter_jsonl, load

from .test_model import base


def doc() -> Document:
    return Document.model_validate(base())


def test_load_from_str_bytes_and_path(tmp_path: Path) -> None:
    d = doc()
    raw = dump(d)
    assert load(raw) == d
    assert load(raw.encode("utf-8")) == d
    path = tmp_path / "doc.json"
    path.write_text(dump(d, indent=2), encoding="utf-8")
    assert load(path) == d
    assert load(str(path)) == d


def test_load_reports_every_problem_with_code_and_path(tmp_path: Path) -> None:
    data: dict[str, Any] = base()
    data["mentions"][0]["actor"] = "ghost"
    data["events"][1]["content"] = {"start": 0, "end": 10_000}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load(path)
    err = info.value
    assert err.source == str(path)
    assert sorted(err.codes) == ["span_out_of_text", "unresolved_actor"]
    assert {p.path for p in err.problems} == {
        "mentions[0].actor",
        "events[1].statement.content",
    }
    assert str(path) in str(err)
    assert "2 problems" in str(err)


def test_load_malformed_json() -> None:
    with pytest.raises(DocumentError) as info:
        load(b'{"article": ')
    assert info.value.codes == ("json_invalid",)
    with pytest.raises(TypeError):
        load(3)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        load("/nonexistent/doc.json")


def test_jsonl_round_trip_and_line_numbers(tmp_path: Path) -> None:
    d = doc()
    path = tmp_path / "docs.jsonl"
    assert dump_jsonl([d, d], path) == 2
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n")  # blank lines are skipped
        fh.write('{"article": {"id": "x"}}\n')
    got = iter_jsonl(path)
    assert next(got) == d
    assert next(got) == d
    with pytest.raises(DocumentError) as info:
        next(got)
    assert info.value.line == 4
    assert info.value.source == str(path)
    assert "line 4" in str(info.value)


def test_iter_jsonl_is_lazy_and_takes_open_files() -> None:
    d = doc()
    buf = io.StringIO()
    with JsonlWriter(buf) as w:
        w.write(d)
        w.write(d)
    assert w.count == 2
    lines = io.StringIO(buf.getvalue() + "not json\n")
    it = iter_jsonl(lines)
    assert next(it) == d
    assert next(it) == d
    with pytest.raises(DocumentError) as info:
        next(it)
    assert info.value.line == 3


def test_iter_jsonl_invalid_utf8(tmp_path: Path) -> None:
    from newsevents import ParseError

    path = tmp_path / "bad.jsonl"
    path.write_bytes(dump(doc()).encode() + b"\n\xff\xfe\n")
    it = iter_jsonl(path)
    next(it)
    with pytest.raises((DocumentError, ParseError)) as info:
        next(it)
    assert getattr(info.value, "line", None) == 2
