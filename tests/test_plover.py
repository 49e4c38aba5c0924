"""PLOVER/CAMEO event records: categories, modes, codes as strings, spans inside the text."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from newsevents import Document, Meeting
from newsevents.fixtures import seed_document
from newsevents.io import cameo_crosswalk, to_plover

from ._interop import documents, sample_document

# The full published table, in the shared reference folder beside the working tree.
CROSSWALK = Path(__file__).resolve().parents[2] / "shared" / "reference" / "CAMEO2PLOVER-2021.txt"


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Records by event id (the part of the record id after ``<article id>:``)."""
    return {r["id"].split(":", 1)[1]: r for r in records}


def replace_event(doc: Document, event_id: str, **changes: Any) -> Document:
    data = doc.model_dump()
    for e in data["events"]:
        if e["id"] == event_id:
            e.update(changes)
    return Document.model_validate(data)


def test_fixture_call_is_consult_phone_and_planned_talks_are_agree() -> None:
    doc = seed_document()
    records = by_id(to_plover(doc))
    call = records["e4"]  # the Biden–Bennett phone call
    assert (call["event"], call["mode"], call["cameo"]) == ("CONSULT", "phone", "041")
    assert {call["source_name"], call["target_name"]} == {"Joe Biden", "Naftali Bennett"}
    assert call["event_text"] == "للمكالمة الهاتفية"
    talks = records["e3"]  # the planned White House talks
    assert (talks["event"], talks["cameo"], talks["context"]) == ("AGREE", "036", ["diplomatic"])
    assert (talks["source_id"], talks["target_id"]) == ("hulata", "sullivan")  # guest → host
    scg = records["e1"]  # the virtual SCG meeting: remote, so CAMEO's telephone code
    assert (scg["event"], scg["mode"], scg["cameo"]) == ("CONSULT", "phone", "041")
    assert scg["others"] == ["agency-reps"]
    assert scg["cite_info"]["reported_by"] == "White House"


def test_fixture_statements_get_cameo_01_codes_by_stance() -> None:
    records = by_id(to_plover(seed_document()))
    assert records["s10"]["cameo"] == "012"  # «محذرا»: a warning, a pessimistic comment
    assert records["s3"]["cameo"] == "019"  # «واتفق»: express accord
    assert records["s5"]["cameo"] == "010"
    assert all(records[f"s{i}"]["event"] is None for i in (3, 5, 10))
    assert records["s5"]["text_info"]["quote"] == "direct"
    only_events = to_plover(seed_document(), statements=False)
    assert {r["event"] for r in only_events} == {"CONSULT", "AGREE"}


def test_codes_are_strings_with_leading_zeros_in_json() -> None:
    raw = json.dumps(to_plover(seed_document()))
    records = json.loads(raw)
    assert all(isinstance(r["cameo"], str) and len(r["cameo"]) >= 3 for r in records)
    assert '"cameo": "041"' in raw


def test_actor_codes_fall_back_to_the_role_affiliation() -> None:
    records = by_id(to_plover(seed_document()))
    assert (records["e4"]["actor"], records["e4"]["recipient"]) == ("USA", "ISR")
    assert records["s2"]["actor"] == "USAGOV"  # the White House has its own code


def test_spans_point_at_the_words() -> None:
    doc = sample_document()
    records = by_id(to_plover(doc))
    call = records["call"]
    assert call["date"] == "2022-01-06" and call["date_source"] == "event"
    start, end = call["text_info"]["event"]
    assert doc.text[start:end] == "the call"
    start, end = call["text_info"]["source"]
    assert doc.text[start:end] == "Alpha"
    s, e = call["text_info"]["sentence_span"]
    assert doc.text[s:e] == call["text_info"]["sentence"]
    warned = records["s2"]
    assert doc.text.__getitem__(slice(*warned["text_info"]["content"])) == "the plan could fail"
    assert warned["date_source"] == "story" and warned["date"] == "2022-01-06"
    assert warned["cite_info"]["reported_by"] == "Daily News"


def test_negated_cancelled_and_hypothetical_meetings_are_not_written() -> None:
    doc = sample_document()
    assert "rome" not in by_id(to_plover(doc))  # "did not meet in Rome"
    for status in ("cancelled", "hypothetical"):
        changed = replace_event(doc, "call", status=status)
        assert "call" not in by_id(to_plover(changed))
    assert "call" in by_id(to_plover(replace_event(doc, "call", status="unknown")))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"mode": "virtual"}, ("CONSULT", "phone", "041", "alpha")),
        ({"mode": "written"}, ("CONSULT", "", "040", "alpha")),
        ({"mode": "unknown"}, ("CONSULT", "", "040", "alpha")),
        (
            {
                "mode": "in_person",
                "participants": [{"actor": "alpha", "role": "guest"}, {"actor": "beta"}],
            },
            ("CONSULT", "visit", "042", "alpha"),
        ),
        (
            {
                "mode": "in_person",
                "participants": [{"actor": "alpha"}, {"actor": "beta", "role": "host"}],
            },
            ("CONSULT", "visit", "043", "beta"),
        ),
        # The Élysée stands for Beta: Alpha visits Beta.
        ({"mode": "in_person", "place": "pl2"}, ("CONSULT", "visit", "042", "alpha")),
        (
            {
                "mode": "in_person",
                "participants": [{"actor": "alpha"}, {"actor": "beta"}, {"actor": "daily"}],
            },
            ("CONSULT", "multilateral", "040", "alpha"),
        ),
        ({"mode": "in_person"}, ("CONSULT", "", "040", "alpha")),
        ({"status": "planned", "mode": "phone"}, ("AGREE", "", "036", "alpha")),
    ],
)
def test_meeting_modes(changes: dict[str, Any], expected: tuple[str, str, str, str]) -> None:
    record = by_id(to_plover(replace_event(sample_document(), "call", **changes)))["call"]
    assert (record["event"], record["mode"], record["cameo"], record["source_id"]) == expected


def test_third_location() -> None:
    doc = sample_document().model_dump()
    doc["places"][2]["actor"] = "usa"  # Rome standing for a third party
    doc["events"][0].update(mode="in_person", place="pl3")
    record = by_id(to_plover(Document.model_validate(doc)))["call"]
    assert (record["event"], record["mode"], record["cameo"]) == ("CONSULT", "third-party", "044")


def test_criticism_and_request_have_plover_events() -> None:
    doc = sample_document()
    criticize = by_id(to_plover(replace_event(doc, "s2", stance="criticize")))["s2"]
    assert (criticize["event"], criticize["mode"], criticize["cameo"]) == (
        "ACCUSE",
        "disapprove",
        "111",
    )
    assert criticize["target_id"] == "alpha"
    request = by_id(to_plover(replace_event(doc, "s2", stance="request")))["s2"]
    assert (request["event"], request["cameo"]) == ("REQUEST", "020")
    deny = by_id(to_plover(replace_event(doc, "s2", stance="deny")))["s2"]
    assert deny["cameo"] == "010"


def test_one_group_meeting_has_the_group_on_both_sides() -> None:
    record = by_id(to_plover(seed_document()))["e2"]
    assert record["source_id"] == record["target_id"] == "scg"


def test_shipped_crosswalk_lines_are_the_published_ones() -> None:
    shipped = (
        files("newsevents.io").joinpath("data", "cameo2plover-2021-subset.txt").read_text("utf-8")
    )
    lines = [line for line in shipped.splitlines() if line and not line.startswith("#")]
    assert {line.split(":")[0] for line in lines} == set(cameo_crosswalk())
    if CROSSWALK.exists():
        published = set(CROSSWALK.read_text("utf-8").splitlines())
        assert all(line in published for line in lines)
    entry = cameo_crosswalk()["041"]
    assert (entry.event, entry.mode, entry.context) == ("CONSULT", "phone", ())
    assert files("newsevents.io").joinpath("data", "CAMEO2PLOVER-LICENSE.txt").is_file()


@settings(max_examples=40, deadline=None)
@given(documents())
def test_generated_records_are_well_formed(doc: Document) -> None:
    records = to_plover(doc)
    n = len(doc.text)
    written = {r["id"] for r in records}
    assert len(written) == len(records)
    for e in doc.events:
        skipped = isinstance(e, Meeting) and (
            e.polarity == "negative" or e.status in ("cancelled", "hypothetical")
        )
        assert (f"{doc.article.id}:{e.id}" in written) is not skipped
    for r in records:
        assert isinstance(r["cameo"], str) and r["cameo"].isdigit() and len(r["cameo"]) >= 3
        assert r["event"] is None or r["event"].isupper()
        assert isinstance(r["mode"], str)
        for key in ("event", "source", "target", "sentence_span", "content"):
            span = r["text_info"].get(key)
            if span is not None:
                assert 0 <= span[0] <= span[1] <= n
        assert json.loads(json.dumps(r)) == r
