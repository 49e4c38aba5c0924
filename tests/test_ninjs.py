"""IPTC ninjs 3.1: exports validate against the official schema; imports reject bad items whole."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

from newsevents import Document, DocumentError, ParagraphRole, ParseError
from newsevents.errors import format_path
from newsevents.fixtures import seed_document
from newsevents.io import from_ninjs, ninjs_schema, to_ninjs
from newsevents.io.ninjs import _URI, _as_uri

from ._interop import documents, sample_document

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"  # present in a working tree, maybe not in CI
EXAMPLE = (
    Path(__file__).resolve().parent / "interop" / "ninjs-3.1-example-complex_text_article.json"
)
GEOJSON = "https://geojson.org/schema/GeoJSON.json"


@cache
def validator() -> Draft202012Validator:
    """The official schema, with format checks, and no network (GeoJSON is stubbed)."""
    registry: Registry[Any] = Registry().with_resource(
        GEOJSON, DRAFT202012.create_resource({"type": "object"})
    )
    return Draft202012Validator(
        ninjs_schema(),
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_paths(item: Any) -> set[str]:
    """Where the official schema finds errors, as our paths (``headlines[0].value``)."""
    out = set()
    for error in validator().iter_errors(item):
        path = list(error.absolute_path)
        if error.validator in ("required", "additionalProperties", "unevaluatedProperties"):
            for name in regex.findall(r"'([^']+)'", error.message):
                out.add(format_path([*path, name]))
        else:
            out.add(format_path(path))
    return out


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return data


def test_the_validator_is_strict_about_formats() -> None:
    assert schema_paths({"uri": "not a uri"}) == {"uri"}
    assert schema_paths({"uri": "urn:x:y", "firstCreated": "2022-12-16"}) == {"firstCreated"}
    assert schema_paths({"uri": "urn:x:y"}) == set()


def test_fixture_export_validates_against_the_official_schema() -> None:
    doc = seed_document()
    item = to_ninjs(doc)
    assert schema_paths(item) == set()
    assert item["uri"] == "urn:newsevents:article:000_ef31a7b566bf2a4c"
    assert item["language"] == "ar"
    assert item["headlines"][0] == {
        "role": "main",
        "contentType": "text/plain",
        "value": doc.text.split("\n", 1)[0],
    }
    subheadings = [h["value"] for h in item["headlines"] if h["role"] == "subheading"]
    assert subheadings == ["مستشار الأمن القومي الإسرائيلي إلى واشنطن لبحث ملف إيران"]
    (body,) = item["bodies"]
    assert body["role"] == "main" and body["contentType"] == "text/plain"
    assert doc.text == item["headlines"][0]["value"] + "\n" + body["value"]
    people = {p["literal"]: p for p in item["people"]}
    assert set(people) == {"sullivan", "hulata", "biden", "bennett"}
    assert people["biden"]["uri"] == "http://www.wikidata.org/entity/Q6279"
    places = {p["literal"]: p for p in item["places"]}
    assert places["us"]["uri"] == "http://cvx.iptc.org/iso3166-1a2/us"
    assert {e["id"] for e in item["events"]} == {m.id for m in doc.meetings}
    sources = {(s["name"], s["role"]) for s in item["infoSources"]}
    assert sources == {
        ("White House", "originfo"),
        ("Walla", "originfo"),
        ("Eyal Hulata", "originfo"),
    }
    assert item["altIds"] == [{"role": "newsevents:article", "value": doc.article.id}]


def test_fixture_round_trips_to_the_same_article() -> None:
    doc = seed_document()
    article = from_ninjs(to_ninjs(doc))
    assert article.text == doc.text
    assert article.id == doc.article.id
    assert article.language == "ar"
    assert [p.role for p in article.paragraphs] == [p.role for p in doc.article.paragraphs]
    assert [p.span for p in article.paragraphs] == [p.span for p in doc.article.paragraphs]


def test_sample_export_and_round_trip_keep_the_source() -> None:
    doc = sample_document()
    item = to_ninjs(doc)
    assert schema_paths(item) == set()
    assert item["uri"] == "https://news.example.org/2022/01/06/leaders"
    assert item["firstCreated"] == "2022-01-06T10:00:00+00:00"
    assert item["by"] == "A. Reporter"
    assert {"name": "Example Wire", "role": "publisher"} in item["infoSources"]
    assert item["subjects"] == [{"name": "Paris", "rel": "about"}]
    article = from_ninjs(json.dumps(item))
    assert article.text == doc.text
    assert article.source == doc.article.source
    assert [p.role for p in article.paragraphs] == [p.role for p in doc.article.paragraphs]


def test_date_only_publication_is_not_written_as_a_date_time() -> None:
    doc = sample_document().model_dump()
    doc["article"]["source"]["published"] = "2022-01-06"
    item = to_ninjs(Document.model_validate(doc))
    assert "firstCreated" not in item
    assert schema_paths(item) == set()


def test_uri_option() -> None:
    item = to_ninjs(sample_document(), uri="urn:example:1")
    assert item["uri"] == "urn:example:1"
    with pytest.raises(ValueError, match="absolute URI"):
        to_ninjs(sample_document(), uri="no scheme")
    # A trailing line break is not part of a URI (a pattern's "$" would let it through).
    with pytest.raises(ValueError, match="absolute URI"):
        to_ninjs(sample_document(), uri="urn:example:1\n")


def test_an_item_uri_with_a_line_break_is_refused() -> None:
    data = example()
    data["uri"] += "\n"
    with pytest.raises(DocumentError) as info:
        from_ninjs(data)
    assert ("ninjs_invalid", "uri") in [(p.code, p.path) for p in info.value.problems]


def test_official_example_imports() -> None:
    data = example()
    assert schema_paths(data) == set()
    article = from_ninjs(data)
    assert article.language == "en"
    assert article.text.startswith("Captain of wrecked cruise ship on trial in Italy\nGROSSETO")
    assert article.paragraphs[0].role is ParagraphRole.HEADLINE
    assert article.source is not None
    assert article.source.url == data["uri"]
    assert article.source.byline == "Paulo Santalucia and Frances d'Emilio"
    assert article.source.published is not None
    assert article.source.published.isoformat() == "2013-07-09T10:37:00+00:00"
    assert regex.fullmatch(r"ninjs-[0-9a-f]{16}", article.id)
    assert article.id == from_ninjs(example()).id  # stable


def test_html_body_is_read_when_there_is_no_plain_one() -> None:
    data = example()
    data["bodies"] = [b for b in data["bodies"] if b["contentType"] != "text/plain"]
    article = from_ninjs(data)
    body = [article.text_of(p.content) for p in article.paragraphs[1:]]
    assert len(body) == 4
    assert body[0].startswith("GROSSETO, Italy (AP) -- The trial")
    assert body[3].endswith("Schettino has denied wrongdoing.")


Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[str | int], value: Any) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return apply


def _delete(key: str) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        del data[key]

    return apply


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (_delete("uri"), "uri"),
        (_set(["uri"], "not a uri"), "uri"),
        (_set(["headlines", 0, "value"], 5), "headlines[0].value"),
        (_set(["bodies", 0, "extra"], "x"), "bodies[0].extra"),
        (_set(["bodies", 1, "value"], None), "bodies[1].value"),
        (_set(["foo"], 1), "foo"),
        (_set(["urgency"], 42), "urgency"),
        (_set(["type"], "article"), "type"),
        (_set(["versionCreated"], "yesterday"), "versionCreated"),
        (_set(["people"], "Francesco Schettino"), "people"),
        (_set(["language"], 7), "language"),
        (_set(["headlines"], {"role": "main"}), "headlines"),
    ],
)
def test_non_conforming_items_are_rejected_with_the_schema_path(
    mutate: Mutation, path: str
) -> None:
    data = example()
    mutate(data)
    assert path in schema_paths(data)  # the official schema agrees the item is bad, there
    with pytest.raises(DocumentError) as info:
        from_ninjs(data)
    paths = {p.path for p in info.value.problems}
    assert path in paths
    assert all(code.startswith("ninjs_") for code in info.value.codes)


def test_every_problem_is_reported_at_once() -> None:
    data = example()
    data["foo"] = 1
    data["headlines"][0]["value"] = 5
    data["urgency"] = 0
    with pytest.raises(DocumentError) as info:
        from_ninjs(data)
    assert {p.path for p in info.value.problems} == {"foo", "headlines[0].value", "urgency"}
    assert "invalid ninjs item: 3 problems" in str(info.value)


def test_items_without_text_and_with_a_bad_language_are_rejected() -> None:
    with pytest.raises(DocumentError) as info:
        from_ninjs({"uri": "urn:x:1"})
    assert info.value.codes == ("ninjs_no_text",)
    data = example()
    data["language"] = "English"
    with pytest.raises(DocumentError) as info:
        from_ninjs(data)
    assert [p.path for p in info.value.problems] == ["language"]


def test_a_body_that_is_not_text_is_rejected_with_the_reason() -> None:
    data = example()
    data["headlines"] = []
    data["bodies"] = [{"contentType": "text/plain", "value": "bad \ud800 surrogate"}]
    with pytest.raises(DocumentError) as info:
        from_ninjs(data)
    assert [(p.code, p.path) for p in info.value.problems] == [("invalid_character", "bodies")]


def test_json_text_input() -> None:
    assert from_ninjs(json.dumps(example()).encode("utf-8")).language == "en"
    with pytest.raises(ParseError) as info:
        from_ninjs('{"uri": ')
    assert info.value.code == "invalid_json"
    with pytest.raises(DocumentError):
        from_ninjs("[1, 2]")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"uri": "caf\xe9"}', "invalid_utf8"),
        (b"\xff\xfe\x00", "invalid_utf8"),
        ("[" * 100_000, "invalid_json"),
    ],
)
def test_json_text_that_does_not_decode_is_a_parse_error(data: str | bytes, code: str) -> None:
    with pytest.raises(ParseError) as info:
        from_ninjs(data)
    assert info.value.code == code


def test_the_input_is_not_modified() -> None:
    data = example()
    before = copy.deepcopy(data)
    from_ninjs(data)
    assert data == before


def test_shipped_schema_and_licence_are_the_official_ones() -> None:
    data = files("newsevents.io").joinpath("data")
    shipped = data.joinpath("ninjs-schema_3.1.json").read_bytes()
    assert json.loads(shipped)["$id"].startswith("http://www.iptc.org/std/ninjs/ninjs-schema_3.1")
    assert "MIT License" in data.joinpath("ninjs-LICENSE.txt").read_text("utf-8")
    reference = REFERENCE / "ninjs-schema_3.1.json"
    if reference.exists():
        assert shipped == reference.read_bytes()


@settings(max_examples=40, deadline=None)
@given(documents())
def test_generated_documents_export_valid_ninjs_and_read_back(doc: Document) -> None:
    item = to_ninjs(doc)
    assert schema_paths(item) == set()
    assert json.loads(json.dumps(item)) == item
    article = from_ninjs(item)
    body = item.get("bodies", [{"value": ""}])[0]["value"]
    if body.strip():
        assert article.text.endswith(body)
    if doc.article.headline is not None:
        assert article.text.startswith(item["headlines"][0]["value"])
    assert article.id == doc.article.id
    assert article.language == doc.article.language


def test_an_iri_source_url_becomes_a_valid_uri() -> None:
    data = sample_document().model_dump()
    data["article"]["source"]["url"] = "https://news.example.org/مقالات/قمة_بغداد?id=1|2"
    item = to_ninjs(Document.model_validate(data))
    assert item["uri"] == (
        "https://news.example.org/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/"
        "%D9%82%D9%85%D8%A9_%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF?id=1%7C2"
    )
    assert schema_paths(item) == set()


@given(st.text(st.characters(codec="utf-8"), max_size=30))
def test_any_iri_is_encoded_to_a_uri_the_validator_accepts(tail: str) -> None:
    uri = _as_uri("https://example.org/" + tail)
    assert validate_rfc3986(uri)
    assert _URI.match(uri)
    assert _as_uri(uri) == uri  # already a URI: unchanged


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["text", "full", "usable", "a:b", "2013-07-09T10:37:00Z", "http://x.org/"]),
)
_KEYS = st.sampled_from([*sorted(ninjs_schema()["$defs"]["ninjsType"]["properties"]), "bogus"])


@settings(max_examples=150, deadline=None)
@given(_KEYS, st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)))
def test_from_ninjs_rejects_exactly_what_the_official_schema_rejects(key: str, value: Any) -> None:
    data = example()
    data[key] = value
    schema_bad = schema_paths(data)
    try:
        from_ninjs(data)
    except DocumentError as exc:
        ours = {
            p.path.split("[")[0].split(".")[0]
            for p in exc.problems
            if p.code.startswith("ninjs_") and p.code != "ninjs_no_text"
        }
    else:
        ours = set()
    assert {p.split("[")[0].split(".")[0] for p in schema_bad} == ours
