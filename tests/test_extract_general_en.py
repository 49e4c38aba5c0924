"""English extraction on constructions of news copy beyond the development corpus.

Every rule here is general: attributions whose subject stands before a long parenthetical,
anonymous sources described after their noun, bodies named by several words, progressive and
perfect speech verbs, hosts' verbs, meetings cancelled after the fact and meetings told again.
Each is checked on sentences written for this file.
"""

from __future__ import annotations

import pytest

import newsevents as ne
from newsevents.model import Document, Meeting

LEAD = "Regional talks\nThe weather in the capital was mild on the day of the events below.\n"


def run(body: str) -> Document:
    """Extract an article with a headline, a neutral first paragraph and ``body``."""
    return ne.extract(LEAD + body)


def reports(doc: Document) -> list[tuple[tuple[str, ...], str, str]]:
    """(speaker names, cue text, content text) of every statement."""
    out = []
    for s in doc.statements:
        speakers = tuple(doc.actor(a).name for a in s.speakers)
        cue = doc.text_of(s.cue) if s.cue is not None else ""
        out.append((speakers, cue, doc.text_of(s.content)))
    return out


def meetings(doc: Document) -> list[Meeting]:
    return [e for e in doc.events if isinstance(e, Meeting)]


def who(doc: Document, meeting: Meeting) -> set[str]:
    return {doc.actor(p.actor).name for p in meeting.participants}


# -- subjects separated from their verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "A senior aide, who spoke on condition of anonymity because she was not allowed to"
            " brief reporters on the matter, said the vote would be delayed.",
            "aide",
            "the vote would be delayed",
        ),
        (
            "Halvorsen, who became mayor in the spring after a long campaign, said the bridge"
            " would be rebuilt.",
            "Halvorsen",
            "the bridge would be rebuilt",
        ),
        (
            "The governor, speaking to farmers at a rally in the northern province of the"
            " country, said the tax would be scrapped.",
            "governor",
            "the tax would be scrapped",
        ),
    ],
)
def test_a_long_parenthetical_does_not_hide_the_subject(
    body: str, speaker: str, content: str
) -> None:
    found = reports(run(body))
    assert len(found) == 1, found
    names, _, text = found[0]
    assert speaker in names[0]
    assert text == content


def test_a_long_parenthetical_without_an_opener_is_not_skipped() -> None:
    # A long stretch between commas that no relative pronoun or participle opens is a list,
    # not a parenthetical: the capitalized word before it is not taken for the speaker.
    body = (
        "Oslo, Bergen and the towns along the coast and the islands of the far north of the"
        " country, officials said the roads would close."
    )
    for names, _, _ in reports(run(body)):
        assert "Oslo" not in names


def test_who_after_a_single_capitalized_word_makes_a_person() -> None:
    doc = run("Lindqvist, who chairs the committee, wrote that the budget was balanced.")
    assert reports(doc) == [(("Lindqvist",), "wrote", "the budget was balanced")]
    assert doc.actors[0].kind is ne.ActorKind.PERSON


# -- anonymous sources ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Diplomats familiar with the negotiations said the draft was ready.", "Diplomats"),
        ("Three officials briefed on the plan said the draft was ready.", "officials"),
        ("People close to the prince said the draft was ready.", "People"),
        ("Sources with knowledge of the deal said the draft was ready.", "Sources"),
    ],
)
def test_a_source_described_after_its_noun_speaks(body: str, head: str) -> None:
    found = reports(run(body))
    assert len(found) == 1, found
    names, cue, content = found[0]
    assert head in names[0]
    assert (cue, content) == ("said", "the draft was ready")


# -- verb forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Ann Halvorsen is saying that the bridge will be rebuilt.", "is saying"),
        ("Ann Halvorsen has been saying that the bridge will be rebuilt.", "has been saying"),
        ("Ann Halvorsen was telling reporters that the bridge will be rebuilt.", "was telling"),
    ],
)
def test_progressive_speech_verbs(body: str, cue: str) -> None:
    assert reports(run(body)) == [(("Ann Halvorsen",), cue, "the bridge will be rebuilt")]


# -- bodies named by several words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Exports will fall, the Chilean Mining Ministry said.", "Chilean Mining Ministry"),
        ("The Ministry of Defence said two drones were shot down.", "Ministry of Defence"),
        ("Fees will rise, Norway's Ministry of Culture has said.", "Norway's Ministry of Culture"),
        ("The Department for Transport said the line would reopen.", "Department for Transport"),
    ],
)
def test_a_body_named_by_several_capitalized_words_speaks(body: str, name: str) -> None:
    found = reports(run(body))
    assert len(found) == 1, found
    assert found[0][0] == (name,)
    actor = run(body).actors[0]
    assert actor.kind is ne.ActorKind.ORGANIZATION


def test_a_lower_case_head_after_a_capitalized_word_names_no_body() -> None:
    doc = run("The Mining ministry spokesman Per Olsen said exports would fall.")
    assert all(a.name != "Mining ministry" for a in doc.actors)


def test_a_head_noun_that_opens_a_name_without_a_complement_still_closes_one() -> None:
    doc = run(
        "The Foreign Ministry said it had summoned the envoy."
        " The ministry said the talks would go on."
    )
    assert [r[0] for r in reports(doc)] == [("Foreign Ministry",), ("Foreign Ministry",)]


# -- meetings ------------------------------------------------------------------------------


def test_a_call_named_in_an_adjunct_is_the_meeting() -> None:
    doc = run(
        "Prime Minister Ana Lopes discussed fishing quotas with President Jon Berg"
        " in a telephone call on Friday."
    )
    (meeting,) = meetings(doc)
    assert who(doc, meeting) == {"Ana Lopes", "Jon Berg"}
    assert meeting.mode is ne.MeetingMode.PHONE
    assert doc.text_of(meeting.trigger) == "telephone call"


def test_a_call_adjunct_after_a_meeting_verb_is_no_second_meeting() -> None:
    doc = run("Prime Minister Ana Lopes spoke with President Jon Berg in a phone call on Friday.")
    (meeting,) = meetings(doc)
    assert meeting.mode is ne.MeetingMode.PHONE


@pytest.mark.parametrize(
    "body",
    [
        "A summit between President Ana Lopes and President Jon Berg has been postponed.",
        "The meeting of Prime Minister Ana Lopes with President Jon Berg was called off.",
    ],
)
def test_a_meeting_noun_whose_predicate_calls_it_off_is_cancelled(body: str) -> None:
    (meeting,) = meetings(run(body))
    assert meeting.status is ne.MeetingStatus.CANCELLED


def test_a_later_clause_does_not_cancel_the_meeting() -> None:
    doc = run(
        "The meeting between President Ana Lopes and President Jon Berg went ahead"
        " although the signing was postponed."
    )
    (meeting,) = meetings(doc)
    assert meeting.status is ne.MeetingStatus.OCCURRED


def test_a_meeting_verb_is_not_cancelled_by_a_later_verb() -> None:
    doc = run(
        "President Ana Lopes met President Jon Berg at the palace in the old town on Friday"
        " and then postponed the election."
    )
    (meeting,) = meetings(doc)
    assert meeting.status is ne.MeetingStatus.OCCURRED


# -- names ---------------------------------------------------------------------------------


def mentions(doc: Document) -> list[tuple[str, str, str]]:
    return [(doc.text_of(m.span), m.form.value, doc.actor(m.actor).name) for m in doc.mentions]


def test_an_initial_without_a_full_stop_belongs_to_the_name() -> None:
    doc = run("Finance Minister K Venkataraman said that the deficit would narrow.")
    assert reports(doc) == [(("K Venkataraman",), "said", "the deficit would narrow")]


def test_a_capital_article_is_no_initial() -> None:
    doc = run("A Reuters photographer said that the road was closed.")
    assert all(name != "A Reuters" for _, _, name in mentions(doc))


def test_a_name_that_ends_in_a_sign_speaks() -> None:
    doc = run("Output will rise in March, OPEC+ said.")
    assert reports(doc) == [(("OPEC+",), "said", "Output will rise in March")]


def test_a_known_body_is_named_again_by_its_capitalized_head() -> None:
    doc = run(
        "The European Commission proposed new rules on Tuesday."
        " The Commission said that fines were possible."
    )
    assert ("Commission", "name", "European Commission") in mentions(doc)
    assert reports(doc) == [(("European Commission",), "said", "fines were possible")]


def test_a_readout_from_a_body_is_its_statement() -> None:
    doc = run("The leaders agreed to expand trade, according to a readout from the White House.")
    assert reports(doc) == [
        (("White House",), "according to", "The leaders agreed to expand trade")
    ]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("Lindqvist wrote on X that the budget was balanced.", "X"),
        ("Lindqvist said in an interview with Le Monde that the budget was balanced.", "Le Monde"),
    ],
)
def test_platforms_and_outlets_are_media(body: str, outlet: str) -> None:
    doc = run(body)
    (actor,) = [a for a in doc.actors if a.name == outlet]
    assert actor.kind is ne.ActorKind.MEDIA
    assert reports(doc)[0][0] == ("Lindqvist",)


def test_a_lower_case_link_glued_to_the_surname_belongs_to_the_name() -> None:
    doc = run("Prime Minister Omar Zaki al-Hamdani said that the vote was fair.")
    assert reports(doc) == [(("Omar Zaki al-Hamdani",), "said", "the vote was fair")]


@pytest.mark.parametrize("subject", ["Critics", "Protesters", "Lawmakers", "Investigators"])
def test_a_plural_description_at_the_start_of_a_sentence_is_no_name(subject: str) -> None:
    doc = run(f"{subject} said that the plan was too costly.")
    (found,) = reports(doc)
    assert found[1:] == ("said", "the plan was too costly")
    assert all(form != "name" for _, form, _ in mentions(doc))


@pytest.mark.parametrize(
    "body",
    [
        "The bridge will stay shut, according to two engineers.",
        "The bridge will stay shut, according to a senior engineer.",
        "The bridge will stay shut, three engineers said.",
        "The bridge will stay shut, two people familiar with the repairs said.",
    ],
)
def test_a_number_or_article_before_an_unnamed_source(body: str) -> None:
    found = reports(run(body))
    assert [f[2] for f in found] == ["The bridge will stay shut"]
    assert found[0][0][0].split()[-1] in {"engineer", "engineers", "familiar"}


def test_a_participle_after_a_post_posed_attribution_starts_a_statement_of_its_own() -> None:
    doc = run("The dam is safe, Danish engineers said on Monday, adding that repairs would start.")
    assert [(r[1], r[2]) for r in reports(doc)] == [
        ("said", "The dam is safe"),
        ("adding", "repairs would start"),
    ]
    assert len({r[0] for r in reports(doc)}) == 1


def test_a_participle_after_an_attribution_with_no_words_before_it_is_its_content() -> None:
    doc = run("Ann Halvorsen said on Monday, adding that repairs would start.")
    assert [r[2] for r in reports(doc)] == ["repairs would start"]


def test_a_capitalized_modifier_belongs_to_an_unnamed_speaker() -> None:
    doc = run("The dam is safe, a Ministry engineer said.")
    assert [r[2] for r in reports(doc)] == ["The dam is safe"]


@pytest.mark.parametrize(
    "body",
    [
        "Lindqvist, in remarks to reporters, said that the budget was balanced.",
        "Lindqvist, at a rally in the north of the country on a cold evening in the rain, said"
        " that the budget was balanced.",
    ],
)
def test_a_single_name_before_a_parenthetical_speaks(body: str) -> None:
    assert reports(run(body)) == [(("Lindqvist",), "said", "the budget was balanced")]


def test_a_list_of_places_before_a_verb_is_no_parenthetical() -> None:
    doc = run("Lindqvist arrived in Oslo, Bergen and Tromso, where the budget was debated.")
    assert reports(doc) == []
    assert all(
        a.name not in {"Oslo", "Bergen"} or a.kind is not ne.ActorKind.PERSON for a in doc.actors
    )


@pytest.mark.parametrize("noun", ["talks", "ties", "relations"])
def test_a_clause_without_that_may_open_with_a_common_headline_noun(noun: str) -> None:
    doc = run(f"Ann Halvorsen said {noun} would improve.")
    assert reports(doc) == [(("Ann Halvorsen",), "said", f"{noun} would improve")]


def test_an_article_after_a_verb_with_a_noun_phrase_opens_its_content() -> None:
    doc = run("Ann Halvorsen stressed the need for calm.")
    assert reports(doc) == [(("Ann Halvorsen",), "stressed", "the need for calm")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The dam is safe, a spokeswoman for the Energy Ministry said.", "spokeswoman"),
        ("A spokesman for Mayor Ann Halvorsen said that the dam was safe.", "spokesman"),
        ("The interior minister of Norway said that the dam was safe.", "interior minister"),
    ],
)
def test_a_description_tied_to_its_body_speaks(body: str, speaker: str) -> None:
    (found,) = reports(run(body))
    assert found[0] == (speaker,)


def test_a_title_of_a_body_before_a_name_stays_the_name() -> None:
    doc = run("The head of the Red Cross Jan Egeland said that the dam was safe.")
    (found,) = reports(doc)
    assert found[0][0].endswith("Egeland")


def test_a_persons_office_speaks_and_the_person_is_still_named() -> None:
    doc = run("The dam is safe, Halvorsen's office said.")
    assert reports(doc) == [(("Halvorsen's office",), "said", "The dam is safe")]
    assert ("Halvorsen", "name", "Halvorsen") in mentions(doc)


def test_a_joint_statement_speaks_for_the_body_quoted_last() -> None:
    doc = run(
        "The Energy Ministry said that the dam was safe."
        " Repairs will start in May, a joint statement said."
    )
    assert [r[2] for r in reports(doc)] == ["the dam was safe", "Repairs will start in May"]


def test_a_capitalized_modifier_before_a_titled_speaker_ends_the_content_before_it() -> None:
    doc = run(
        "The European Commission fined the firm on Monday. Prices rose in March,"
        " a Commission spokesperson said."
    )
    assert [r[2] for r in reports(doc)] == ["Prices rose in March"]
    assert sum(1 for m in mentions(doc) if m == ("Commission", "name", "European Commission")) == 1


@pytest.mark.parametrize("trigger", ["an annual summit", "an informal summit", "direct talks"])
def test_meeting_nouns_with_an_adjective(trigger: str) -> None:
    doc = run(f"President Ana Lopes and President Jon Berg held {trigger} in Lisbon.")
    (meeting,) = meetings(doc)
    assert doc.text_of(meeting.trigger) == trigger.removeprefix("an ")


def test_a_countrys_body_with_a_lower_case_head_keeps_the_country_named() -> None:
    doc = run("Norway's military said that the drill was over.")
    assert reports(doc) == [(("Norway's military",), "said", "the drill was over")]
    assert ("Norway", "name", "Norway") in mentions(doc)


@pytest.mark.parametrize(
    "body",
    [
        "Ann Halvorsen invited Jon Berg to Oslo.",
        "Ann Halvorsen asked Jon Berg to attend the launch.",
        "Ann Halvorsen accused Jon Berg of lying.",
    ],
)
def test_a_verb_that_reports_only_before_a_marker_takes_no_bare_clause(body: str) -> None:
    assert reports(run(body)) == []


def test_a_verb_that_reports_only_before_a_marker_reports_with_one() -> None:
    doc = run("Ann Halvorsen accused Jon Berg of lying, and asked that the funds be returned.")
    assert [r[1:] for r in reports(doc)] == [("asked", "the funds be returned")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“The dam is safe,” said a senior engineer, who spoke on condition of anonymity.",
            "senior engineer",
        ),
        ("The dam is safe, said the engineer, who asked not to be named.", "engineer"),
    ],
)
def test_an_inverted_description_with_its_article_speaks(body: str, speaker: str) -> None:
    (found,) = reports(run(body))
    assert found[0] == (speaker,)
    assert found[1:] == ("said", "The dam is safe")


def test_a_post_posed_source_after_a_report_is_its_layer_not_its_content() -> None:
    doc = run(
        "Mayor Ann Halvorsen said on Monday that the dam was safe, Norwegian state media reported."
    )
    (statement,) = doc.statements
    assert doc.text_of(statement.content) == "the dam was safe"
    assert statement.reported_by is not None
    assert "media" in doc.actor(statement.reported_by).name


def test_a_call_told_before_its_source_keeps_its_two_sides() -> None:
    doc = run("President Ana Lopes received a call from President Jon Berg, the presidency said.")
    (meeting,) = meetings(doc)
    assert who(doc, meeting) == {"Ana Lopes", "Jon Berg"}
    assert reports(doc)[0][2] == "President Ana Lopes received a call from President Jon Berg"


def test_a_medium_that_opens_the_sentence_qualifies_a_later_verb() -> None:
    doc = run(
        "In a phone call requested by the other side, Prime Minister Ana Lopes spoke with"
        " President Jon Berg."
    )
    (meeting,) = meetings(doc)
    assert who(doc, meeting) == {"Ana Lopes", "Jon Berg"}
    assert meeting.mode is ne.MeetingMode.PHONE


def test_spoke_without_a_medium_is_no_meeting() -> None:
    assert meetings(run("Prime Minister Ana Lopes spoke with reporters in Lisbon.")) == []


def test_a_body_named_only_by_its_head_noun_speaks() -> None:
    doc = run("The storm hit the coast on Friday, the presidency said.")
    assert reports(doc) == [(("presidency",), "said", "The storm hit the coast on Friday")]
