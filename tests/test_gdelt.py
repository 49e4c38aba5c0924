"""GDELT GKG 2.1 fields: quotations, persons and organizations, and their parsers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import Document, ParseError, QuoteKind, Statement
from newsevents.fixtures import seed_document
from newsevents.io import (
    GkgQuotation,
    gkg_organizations,
    gkg_persons,
    gkg_quotations,
    parse_gkg_enhanced_names,
    parse_gkg_names,
    parse_gkg_quotations,
)
from newsevents.io.gdelt import clean_gkg_field

from ._interop import documents, sample_document


def test_fixture_quotations_parse_back_to_the_six_direct_quotes() -> None:
    doc = seed_document()
    field = gkg_quotations(doc)
    blocks = parse_gkg_quotations(field)
    direct = sorted(
        (s for s in doc.statements if s.quote is QuoteKind.DIRECT), key=lambda s: s.content.start
    )
    assert len(direct) == 6
    assert len(blocks) == 6
    for block, s in zip(blocks, direct, strict=True):
        assert (block.offset, block.length) == (s.content.start, len(s.content))
        assert block.quote == doc.text_of(s.content)
        assert s.cue is not None
        assert block.verb == doc.text_of(s.cue)
    assert [b.verb for b in blocks] == ["وقال", "مشددا", "وأضاف", "مشيرا", "وأوضح", "محذرا"]
    assert "\t" not in field and "\n" not in field


def test_delimiters_inside_a_quote_become_spaces_and_keep_the_length() -> None:
    doc = sample_document()
    field = gkg_quotations(doc)
    assert field == "72|26|said|we will talk   again  soon"
    (block,) = parse_gkg_quotations(field)
    assert block.length == len(block.quote) == 26
    assert doc.text[block.offset : block.offset + block.length] == "we will talk | again; soon"


def test_kinds_selects_which_statements_are_written() -> None:
    doc = sample_document()
    everything = parse_gkg_quotations(gkg_quotations(doc, kinds=tuple(QuoteKind)))
    assert [b.verb for b in everything] == ["said", "warned", "said"]
    assert [b.offset for b in everything] == sorted(b.offset for b in everything)
    assert gkg_quotations(doc, kinds=()) == ""


def test_a_statement_without_a_cue_has_an_empty_verb() -> None:
    doc = sample_document()
    s1 = doc.event("s1")
    assert isinstance(s1, Statement)
    events = tuple(e.model_copy(update={"cue": None}) if e.id == "s1" else e for e in doc.events)
    bare = Document.model_validate({**doc.model_dump(), "events": [e.model_dump() for e in events]})
    assert parse_gkg_quotations(gkg_quotations(bare))[0].verb == ""


def test_persons_and_organizations_v1_and_enhanced() -> None:
    doc = sample_document()
    assert gkg_persons(doc) == "Alpha;Beta"
    assert gkg_organizations(doc) == "Daily News"
    pairs = parse_gkg_enhanced_names(gkg_persons(doc, enhanced=True))
    assert pairs == [("Alpha", 60), ("Beta", 129), ("Beta", 135), ("Alpha", 217), ("Beta", 227)]
    for name, offset in pairs:
        assert doc.text.startswith(name, offset)
    # Countries and unnamed groups are not organizations in the GKG sense.
    assert "officials" not in gkg_organizations(doc)
    assert parse_gkg_enhanced_names(gkg_organizations(doc, enhanced=True)) == [("Daily News", 190)]


def test_fixture_persons() -> None:
    doc = seed_document()
    names = parse_gkg_names(gkg_persons(doc))
    assert set(names) == {"Jake Sullivan", "Eyal Hulata", "Joe Biden", "Naftali Bennett"}
    for name, offset in parse_gkg_enhanced_names(gkg_persons(doc, enhanced=True)):
        (mention,) = [m for m in doc.mentions if m.span.start == offset and m.form == "name"]
        assert doc.actor(mention.actor).name == name
    orgs = parse_gkg_names(gkg_organizations(doc))
    assert "White House" in orgs and "Walla" in orgs
    assert "United States" not in orgs


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("12|3|said", "3 field"),
        ("x|3|said|abc", "offset 'x'"),
        ("1|-3|said|abc", "length '-3'"),
        ("1|3|said|abc#", "1 field"),
        ("1|٣|said|abc", "length '٣'"),
    ],
)
def test_parse_gkg_quotations_rejects_malformed_blocks(field: str, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_gkg_quotations(field)
    assert info.value.code == "gkg_invalid"
    assert message in str(info.value)


def test_parse_error_offsets_point_at_the_bad_block() -> None:
    with pytest.raises(ParseError) as info:
        parse_gkg_quotations("1|2|v|ab#3|x|v|cd")
    assert info.value.offset == len("1|2|v|ab#")
    with pytest.raises(ParseError) as info:
        parse_gkg_enhanced_names("Alpha,1;Beta")
    assert info.value.offset == len("Alpha,1;")
    with pytest.raises(ParseError):
        parse_gkg_enhanced_names("Alpha,x")


def test_empty_fields_parse_to_nothing() -> None:
    assert parse_gkg_quotations("") == []
    assert parse_gkg_names("") == []
    assert parse_gkg_enhanced_names("") == []


_FIELD_TEXT = st.text(st.characters(codec="utf-8"), max_size=20)


@given(_FIELD_TEXT)
def test_clean_field_keeps_length_and_removes_every_delimiter(value: str) -> None:
    cleaned = clean_gkg_field(value)
    assert len(cleaned) == len(value)
    assert not set(cleaned) & set("|#;,\t\n\r")


@given(st.lists(st.tuples(st.integers(0, 10**6), _FIELD_TEXT, _FIELD_TEXT), max_size=5))
def test_quotation_blocks_round_trip(raw: list[tuple[int, str, str]]) -> None:
    blocks = [
        GkgQuotation(offset=o, length=len(q), verb=clean_gkg_field(v), quote=clean_gkg_field(q))
        for o, v, q in raw
    ]
    field = "#".join(f"{b.offset}|{b.length}|{b.verb}|{b.quote}" for b in blocks)
    assert parse_gkg_quotations(field) == blocks


@settings(max_examples=40, deadline=None)
@given(documents())
def test_generated_documents_round_trip_through_the_gkg_fields(doc: Document) -> None:
    for kinds in ((QuoteKind.DIRECT,), tuple(QuoteKind)):
        blocks = parse_gkg_quotations(gkg_quotations(doc, kinds=kinds))
        statements = [s for s in doc.statements if s.quote in kinds]
        assert len(blocks) == len(statements)
        spans = sorted((s.content.start, len(s.content)) for s in statements)
        assert [(b.offset, b.length) for b in blocks] == spans
        for b in blocks:
            assert b.quote == clean_gkg_field(doc.text[b.offset : b.offset + b.length])
    for field in (gkg_persons, gkg_organizations):
        names = parse_gkg_names(field(doc))
        assert len(names) == len(set(names))
        for name, offset in parse_gkg_enhanced_names(field(doc, enhanced=True)):
            assert 0 <= offset < len(doc.text)
            assert name in names
