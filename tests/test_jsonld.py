"""schema.org JSON-LD: the export expands offline (pyld) to the triples it should."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from pyld import jsonld  # type: ignore[import-untyped]

from newsevents import Document, Meeting, QuoteKind
from newsevents.fixtures import seed_document
from newsevents.io import schema_org_context, schema_org_document_loader, to_jsonld

from ._interop import documents, sample_document

S = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
Triple = tuple[str, str, str]


def triples(obj: dict[str, Any]) -> set[Triple]:
    """Subject, predicate, object (IRIs, blank nodes or literal values), expanded offline."""
    dataset = jsonld.to_rdf(obj, {"documentLoader": schema_org_document_loader()})
    return {
        (t["subject"]["value"], t["predicate"]["value"], t["object"]["value"])
        for t in dataset["@default"]
    }


def subjects(found: set[Triple], predicate: str, obj: str) -> set[str]:
    return {s for s, p, o in found if p == predicate and o == obj}


def objects(found: set[Triple], subject: str, predicate: str) -> set[str]:
    return {o for s, p, o in found if s == subject and p == predicate}


def test_fixture_hulata_speaks_six_quotations() -> None:
    doc = seed_document()
    found = triples(to_jsonld(doc))
    base = "urn:newsevents:article:000_ef31a7b566bf2a4c"
    hulata = f"{base}#hulata"
    assert objects(found, hulata, RDF_TYPE) == {S + "Person"}
    spoken = subjects(found, S + "spokenByCharacter", hulata)
    assert len(spoken) == 6
    assert all(objects(found, q, RDF_TYPE) == {S + "Quotation"} for q in spoken)
    assert all(
        "urn:newsevents:QuoteKind:direct" in objects(found, q, S + "additionalType") for q in spoken
    )
    assert all(objects(found, q, S + "isPartOf") == {base} for q in spoken)
    texts = {next(iter(objects(found, q, S + "text"))) for q in spoken}
    assert texts == {
        doc.text_of(s.content) for s in doc.statements_by("hulata") if s.quote is QuoteKind.DIRECT
    }
    # The joint, indirect affirmation he makes with Sullivan («أكدا») is a Claim they author.
    (joint,) = subjects(found, S + "author", hulata)
    assert objects(found, joint, RDF_TYPE) == {S + "Claim"}
    assert objects(found, joint, S + "author") == {hulata, f"{base}#sullivan"}
    assert objects(found, joint, S + "appearance") == {base}


def test_fixture_scg_meeting_is_online() -> None:
    found = triples(to_jsonld(seed_document()))
    base = "urn:newsevents:article:000_ef31a7b566bf2a4c"
    scg_meeting = f"{base}#e1"
    assert objects(found, scg_meeting, RDF_TYPE) == {S + "Event"}
    assert objects(found, scg_meeting, S + "eventAttendanceMode") == {
        S + "OnlineEventAttendanceMode"
    }
    assert objects(found, scg_meeting, S + "eventStatus") == {S + "EventScheduled"}
    (series,) = objects(found, scg_meeting, S + "superEvent")
    assert objects(found, series, S + "organizer") == {f"{base}#scg"}
    planned = f"{base}#e3"
    assert objects(found, planned, S + "eventAttendanceMode") == {S + "OfflineEventAttendanceMode"}
    assert objects(found, planned, S + "location") == {f"{base}#p3"}
    assert objects(found, planned, S + "organizer") == {f"{base}#sullivan"}
    assert objects(found, f"{base}#us", RDF_TYPE) == {S + "Country"}
    assert objects(found, f"{base}#us", S + "sameAs") == {"http://www.wikidata.org/entity/Q30"}


def test_sample_article_node() -> None:
    doc = sample_document()
    obj = to_jsonld(doc)
    assert obj["@context"] == "https://schema.org"
    found = triples(obj)
    article = "https://news.example.org/2022/01/06/leaders"
    assert objects(found, article, RDF_TYPE) == {S + "NewsArticle"}
    assert objects(found, article, S + "headline") == {"Leaders agree to meet again"}
    assert objects(found, article, S + "inLanguage") == {"en"}
    assert objects(found, article, S + "datePublished") == {"2022-01-06T10:00:00+00:00"}
    assert objects(found, article, S + "url") == {article}
    (publisher,) = objects(found, article, S + "publisher")
    assert objects(found, publisher, S + "name") == {"Example Wire"}
    (body,) = objects(found, article, S + "articleBody")
    assert doc.text.endswith(body)
    assert len(objects(found, article, S + "mentions")) == len(doc.actors)


def test_sample_events_and_statuses() -> None:
    obj = to_jsonld(sample_document())
    found = triples(obj)
    base = "https://news.example.org/2022/01/06/leaders#"
    assert objects(found, base + "call", S + "eventAttendanceMode") == {
        S + "OnlineEventAttendanceMode"
    }
    assert objects(found, base + "call", S + "startDate") == {"2022-01-06"}
    assert objects(found, base + "call", S + "attendee") == {base + "alpha", base + "beta"}
    # "did not meet in Rome": an Event node would assert it, so there is none.
    assert not objects(found, base + "rome", RDF_TYPE)
    assert objects(found, base + "s2", S + "additionalType") == {
        "urn:newsevents:QuoteKind:indirect",
        "urn:newsevents:Stance:warn",
    }
    assert objects(found, base + "officials", RDF_TYPE) == {S + "Organization"}
    assert objects(found, base + "daily", RDF_TYPE) == {S + "NewsMediaOrganization"}
    assert objects(found, base + "alpha", S + "jobTitle") == {"President"}
    assert objects(found, base + "alpha", S + "affiliation") == {base + "usa"}


@pytest.mark.parametrize(
    ("changes", "mode", "status"),
    [
        ({"status": "cancelled"}, "OnlineEventAttendanceMode", "EventCancelled"),
        (
            {"status": "planned", "mode": "in_person"},
            "OfflineEventAttendanceMode",
            "EventScheduled",
        ),
        ({"status": "unknown", "mode": "written"}, None, None),
        ({"status": "ongoing", "mode": "virtual"}, "OnlineEventAttendanceMode", "EventScheduled"),
    ],
)
def test_modes_and_statuses(changes: dict[str, Any], mode: str | None, status: str | None) -> None:
    data = sample_document().model_dump()
    data["events"][0].update(changes)
    found = triples(to_jsonld(Document.model_validate(data)))
    call = "https://news.example.org/2022/01/06/leaders#call"
    assert objects(found, call, S + "eventAttendanceMode") == ({S + mode} if mode else set())
    assert objects(found, call, S + "eventStatus") == ({S + status} if status else set())


def test_hypothetical_meetings_are_not_events() -> None:
    data = sample_document().model_dump()
    data["events"][0]["status"] = "hypothetical"
    obj = to_jsonld(Document.model_validate(data))
    assert "https://news.example.org/2022/01/06/leaders#call" not in {
        n["@id"] for n in obj["@graph"]
    }


def test_the_loader_never_fetches() -> None:
    loader = schema_org_document_loader()
    assert loader("https://schema.org")["document"] == schema_org_context()
    with pytest.raises(ValueError, match="offline"):
        loader("https://example.org/context.jsonld")
    assert schema_org_context()["@context"]["@vocab"] == S


def test_base_option() -> None:
    obj = to_jsonld(sample_document(), base="https://example.org/a#ignored")
    assert obj["@graph"][0]["@id"] == "https://example.org/a"
    assert obj["@graph"][1]["@id"] == "https://example.org/a#alpha"
    with pytest.raises(ValueError, match="absolute IRI"):
        to_jsonld(sample_document(), base="relative/path")
    with pytest.raises(ValueError, match="absolute IRI"):
        to_jsonld(sample_document(), base="https://example.org/a\n")


@settings(max_examples=30, deadline=None)
@given(documents())
def test_generated_documents_expand_offline(doc: Document) -> None:
    obj = to_jsonld(doc)
    assert json.loads(json.dumps(obj)) == obj
    expanded = jsonld.expand(obj, {"documentLoader": schema_org_document_loader()})
    assert expanded
    found = triples(obj)
    quotations = subjects(found, RDF_TYPE, S + "Quotation")
    claims = subjects(found, RDF_TYPE, S + "Claim")
    direct = [s for s in doc.statements if s.quote is QuoteKind.DIRECT]
    assert len(quotations) == len(direct)
    assert len(claims) == len(doc.statements) - len(direct)
    events = subjects(found, RDF_TYPE, S + "Event")
    held = [
        m
        for m in doc.events
        if isinstance(m, Meeting) and m.polarity == "positive" and m.status != "hypothetical"
    ]
    assert len(events) == len(held)
    for q in quotations:
        assert objects(found, q, S + "spokenByCharacter")
        assert len(objects(found, q, S + "text")) == 1
    for c in claims:
        assert objects(found, c, S + "author")
        assert len(objects(found, c, S + "text")) == 1
    # Every predicate is a schema.org term (nothing fell out of the vocabulary).
    assert all(p.startswith(S) or p == RDF_TYPE for _, p, _ in found)
