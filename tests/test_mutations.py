"""Mutated JSON documents: load() rejects every one with a typed error, never half-builds.

Each example takes a valid generated document's JSON and applies one mutation that makes it
invalid: a wrong type, a dangling reference, a reversed or out-of-range span, an unknown
field, a removed required field, a duplicated id, truncated bytes, invalid UTF-8, deep
nesting. load() must raise a DocumentError (a NewsEventsError) whose problems each carry a
code and a path; no other exception, and never a Document.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.strategies import documents

JSON = Any


@attrs.frozen
class Mutant:
    """A document's JSON after one mutation, and what was done to it."""

    data: bytes | str
    what: str


def _paths(node: JSON, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path to a value of the document, outside users' extensions."""
    out: list[tuple[str | int, ...]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "extensions":
                continue
            out.append((*path, k))
            out.extend(_paths(v, (*path, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((*path, i))
            out.extend(_paths(v, (*path, i)))
    return out


def _get(node: JSON, path: tuple[str | int, ...]) -> JSON:
    for part in path:
        node = node[part]
    return node


def _wrong_type(value: JSON) -> list[JSON]:
    """Values that no lax conversion can turn into something of ``value``'s type."""
    # (Never null, which an optional field accepts, nor true, which lax mode reads as 1.)
    if isinstance(value, dict):
        return [[], "x", 7]
    if isinstance(value, list):
        return [{}, 7, {"a": 1}]
    if isinstance(value, bool):
        return [{}, [], "maybe"]
    if isinstance(value, int | float):
        return [{}, [], "not a number"]
    if isinstance(value, str):
        return [{}, []]  # not a number: a date-time field reads numbers as Unix time
    # null where null is allowed: an array fits no optional field (an empty object would fit
    # an optional model whose fields are all optional, such as article.source).
    return [[], [1, 2]]


_REQUIRED = {
    "article": ["id", "language", "text"],
    "actors": ["id", "kind", "name"],
    "mentions": ["id", "actor", "span"],
    "events": ["id", "kind"],
    "times": ["id", "span", "granularity"],
    "places": ["id", "span", "name"],
}


@st.composite
def mutants(draw: st.DrawFn) -> Mutant:
    """A valid generated document's JSON with one invalidating mutation applied."""
    doc = draw(documents(min_events=1, max_actors=4, max_events=3))
    raw = json.loads(ne.dump(doc))
    text_len = len(doc.article.text)
    kind = draw(
        st.sampled_from(
            (
                "wrong_type",
                "dangling_reference",
                "reversed_span",
                "span_out_of_text",
                "negative_offset",
                "unknown_field",
                "removed_field",
                "duplicate_id",
                "truncated",
                "invalid_utf8",
                "deep_nesting",
                "not_an_object",
                "empty_speakers",
                "bad_id",
            )
        )
    )
    if kind == "truncated":
        data = ne.dump(doc).encode("utf-8")
        cut = draw(st.integers(min_value=0, max_value=len(data) - 1))
        return Mutant(data[:cut], f"truncated at byte {cut}")
    if kind == "invalid_utf8":
        data = ne.dump(doc).encode("utf-8")
        at = draw(st.integers(min_value=0, max_value=len(data)))
        bad = draw(st.sampled_from((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x80")))
        return Mutant(data[:at] + bad + data[at:], f"byte(s) {bad!r} inserted at {at}")
    if kind == "deep_nesting":
        depth = draw(st.sampled_from((300, 1000, 10_000)))
        raw["extensions"] = {}
        text = json.dumps(raw)
        nested = "[" * depth + "]" * depth
        return Mutant(text[:-2] + '"deep": ' + nested + "}}", f"{depth} nested arrays")
    if kind == "not_an_object":
        value = draw(st.sampled_from(([raw], "x", 1, None, [])))
        return Mutant(json.dumps(value).encode(), f"document replaced by {type(value).__name__}")

    events = raw["events"]
    if kind == "wrong_type":
        paths = _paths(raw)
        path = draw(st.sampled_from(paths))
        parent = _get(raw, path[:-1])
        original = parent[path[-1]]
        parent[path[-1]] = draw(st.sampled_from(_wrong_type(original)))
        what = f"wrong type at {path}"
    elif kind == "dangling_reference":
        refs: list[tuple[dict[str, Any], str]] = [(m, "actor") for m in raw["mentions"]]
        for e in events:
            if e["kind"] == "statement":
                refs.append((e, "speakers"))
            else:
                refs.extend((p, "actor") for p in e["participants"])
            refs.extend((e, f) for f in ("time", "place", "reported_by") if e.get(f))
        holder, field = draw(st.sampled_from(refs))
        ghost = "ghost-" + draw(st.text(alphabet="abc123", min_size=1, max_size=5))
        holder[field] = [ghost] if field == "speakers" else ghost
        what = f"dangling {field}"
    elif kind in {"reversed_span", "span_out_of_text", "negative_offset"}:
        span_paths = [
            p
            for p in _paths(raw)
            if isinstance(_get(raw, p), dict) and set(_get(raw, p)) == {"start", "end"}
        ]
        span = _get(raw, draw(st.sampled_from(span_paths)))
        if kind == "reversed_span":
            span["start"], span["end"] = span["end"] + 1, span["start"]
        elif kind == "span_out_of_text":
            span["end"] = text_len + draw(st.integers(min_value=1, max_value=2**40))
        else:
            span["start"] = -draw(st.integers(min_value=1, max_value=10))
        what = kind
    elif kind == "unknown_field":
        # Models only: ``identifiers`` is a free mapping, where any key is allowed.
        objects = [raw] + [
            _get(raw, p)
            for p in _paths(raw)
            if isinstance(_get(raw, p), dict) and p[-1] != "identifiers"
        ]
        target = draw(st.sampled_from(objects))
        target["unexpected_" + draw(st.text(alphabet="xyz", max_size=4))] = draw(
            st.sampled_from((1, "x", None, [], {}))
        )
        what = "unknown field"
    elif kind == "removed_field":
        collection = draw(st.sampled_from([c for c in _REQUIRED if c == "article" or raw[c]]))
        holder = (
            raw["article"] if collection == "article" else draw(st.sampled_from(raw[collection]))
        )
        field = draw(st.sampled_from(_REQUIRED[collection]))
        del holder[field]
        what = f"removed {collection}.{field}"
    elif kind == "duplicate_id":
        items = [x for c in ("actors", "mentions", "events", "times", "places") for x in raw[c]]
        first, second = draw(st.lists(st.sampled_from(items), min_size=2, max_size=2, unique_by=id))
        second["id"] = first["id"]
        what = f"duplicate id {first['id']!r}"
    elif kind == "empty_speakers":
        statements = [e for e in events if e["kind"] == "statement"]
        meetings = [e for e in events if e["kind"] == "meeting"]
        if statements:
            draw(st.sampled_from(statements))["speakers"] = []
            what = "statement without speakers"
        else:
            draw(st.sampled_from(meetings))["participants"] = []
            what = "meeting without participants"
    else:  # bad_id
        items = [x for c in ("actors", "mentions", "events") for x in raw[c]]
        draw(st.sampled_from(items))["id"] = draw(
            st.sampled_from(("", " a", "a b", "-a", "x" * 129))
        )
        what = "id breaking the id pattern"
    as_bytes = draw(st.booleans())
    text = json.dumps(raw, ensure_ascii=draw(st.booleans()))
    return Mutant(text.encode("utf-8") if as_bytes else text, what)


def check_load_rejects(mutant: Mutant) -> None:
    """load() raises a typed error naming the path of every problem; nothing else happens."""
    try:
        doc = ne.load(mutant.data)
    except ne.DocumentError as exc:
        assert exc.problems, mutant.what
        for problem in exc.problems:
            assert problem.code and problem.path and problem.message, problem
        assert isinstance(exc, ne.NewsEventsError) and isinstance(exc, ValueError)
    except ne.ParseError as exc:
        assert exc.code, mutant.what
    else:
        raise AssertionError(f"load() accepted a document with {mutant.what}: {doc!r:.200}")


def check_jsonl_rejects(mutant: Mutant) -> None:
    """A bad line in JSON Lines stops iteration with a typed error that names the line."""
    good = ne.dump(ne.fixtures.seed_document())
    data = mutant.data if isinstance(mutant.data, bytes) else mutant.data.encode("utf-8")
    if b"\n" in data or b"\r" in data or not data.strip():
        return  # not a single JSON Lines line
    stream = io.BytesIO(good.encode() + b"\n" + data + b"\n")
    loaded: list[ne.Document] = []
    with pytest.raises(ne.NewsEventsError) as info:
        loaded.extend(ne.iter_jsonl(stream))
    assert len(loaded) == 1
    assert getattr(info.value, "line", None) == 2


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutants())
def test_load_rejects_every_mutation(mutant: Mutant) -> None:
    check_load_rejects(mutant)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutants())
def test_jsonl_rejects_every_mutation_with_its_line(mutant: Mutant) -> None:
    check_jsonl_rejects(mutant)


_LEAKS: list[tuple[str, Callable[[], str]]] = [
    ("json array", lambda: "[1, 2]"),
    ("json with a byte order mark", lambda: "\ufeff" + ne.dump(ne.fixtures.seed_document())),
    ("json after a newline and array", lambda: "\n  [{}]"),
    ("json with an embedded NUL", lambda: '{"a": "\x00"}\x00'),
]


@pytest.mark.parametrize(("label", "make"), _LEAKS, ids=[label for label, _ in _LEAKS])
def test_load_json_text_that_is_not_a_document_raises_document_error(
    label: str, make: Callable[[], str]
) -> None:
    with pytest.raises(ne.DocumentError) as info:
        ne.load(make())
    assert info.value.problems[0].path == "$"


def test_load_missing_path_still_raises_file_not_found(tmp_path: Any) -> None:
    with pytest.raises(FileNotFoundError):
        ne.load(str(tmp_path / "missing.json"))


def test_deep_nesting_is_rejected_not_a_recursion_error() -> None:
    raw = json.loads(ne.dump(ne.fixtures.seed_document()))
    raw["extensions"] = {}
    text = json.dumps(raw)[:-2] + '"deep": ' + "[" * 10_000 + "]" * 10_000 + "}}"
    with pytest.raises(ne.DocumentError) as info:
        ne.load(text)
    assert info.value.codes == ("json_invalid",)


def test_jsonl_text_file_that_does_not_decode_raises_parse_error(tmp_path: Any) -> None:
    path = tmp_path / "bad.jsonl"
    good = ne.dump(ne.fixtures.seed_document()).encode("utf-8")
    path.write_bytes(good + b"\n" + b'{"a": "\xff"}\n')
    with open(path, encoding="utf-8") as fh, pytest.raises(ne.ParseError) as info:
        list(ne.iter_jsonl(fh))
    assert info.value.code == "invalid_utf8"
    assert info.value.source == str(path)
    # Given the path (read as bytes), the exact line is named.
    with pytest.raises(ne.DocumentError) as exact:
        list(ne.iter_jsonl(path))
    assert exact.value.line == 2
