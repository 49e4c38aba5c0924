"""English extraction: the English pack on the engine Arabic uses.

Each construction wire copy uses gets a short sentence of its own: speech verbs in their forms,
quotes before and after the attribution, split and continued quotes, pronoun speakers, titles
and capitalized names, country names and nationality words, meeting words with their mode and
status, and dates. The development-corpus floors sit a little under the figures docs/quality.md
records, so a change that loses English quality fails here.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents as ne
from newsevents.evaluate import Report, evaluate
from newsevents.model import Document, Meeting, Statement
from newsevents.strategies import english_text

HEADLINE = "Border talks\n"
CORPUS = Path(__file__).parent / "corpus" / "en"


def run(body: str, **kwargs: object) -> Document:
    """Extract a one-headline article whose body is ``body``."""
    return ne.extract(HEADLINE + body, **kwargs)  # type: ignore[arg-type]


def statements(doc: Document) -> list[tuple[tuple[str, ...], str | None, str, str]]:
    """(speaker names, cue text, quote kind, content text) of every statement."""
    out = []
    for s in doc.statements:
        speakers = tuple(doc.actor(a).name for a in s.speakers)
        cue = doc.text_of(s.cue) if s.cue is not None else None
        out.append((speakers, cue, s.quote.value, doc.text_of(s.content)))
    return out


def only_statement(doc: Document) -> Statement:
    assert len(doc.statements) == 1, statements(doc)
    return doc.statements[0]


def only_meeting(doc: Document) -> Meeting:
    meetings = [e for e in doc.events if isinstance(e, Meeting)]
    assert len(meetings) == 1, meetings
    return meetings[0]


def names(doc: Document, meeting: Meeting) -> list[str]:
    return [doc.actor(p.actor).name for p in meeting.participants]


# -- language selection -------------------------------------------------------------------


def test_latin_script_picks_the_english_pack() -> None:
    text = HEADLINE + "Foreign Minister Anna Berg said the border would stay open."
    assert ne.parse_article(text).language == "en"
    assert "en" in ne.supported_languages()
    doc = ne.extract(text)
    assert doc.article.language == "en"
    assert statements(doc) == [(("Anna Berg",), "said", "indirect", "the border would stay open")]


def test_language_overrides_detection() -> None:
    text = HEADLINE + "Foreign Minister Anna Berg said the border would stay open."
    assert ne.extract(text, language="ar").statements == ()
    assert len(ne.extract(text, language="en-GB").statements) == 1


@pytest.mark.parametrize("language", ["fr", "de-AT", "xx"])
def test_an_unsupported_language_lists_the_supported_ones(language: str) -> None:
    with pytest.raises(ne.UnsupportedLanguageError) as caught:
        run("Anna Berg said the border would stay open.", language=language)
    assert caught.value.supported == ne.supported_languages()
    assert {"ar", "en"} <= set(caught.value.supported)
    assert "ar, en" in str(caught.value)


def test_a_script_with_no_pack_is_unsupported() -> None:
    with pytest.raises(ne.UnsupportedLanguageError) as caught:
        ne.extract("Συνομιλίες\nΟ υπουργός είπε ότι τα σύνορα θα μείνουν ανοιχτά.")
    assert "en" in caught.value.supported


# -- speech cues --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "lemma", "stance"),
    [
        ("said", "say", ne.Stance.SAY),
        ("says", "say", ne.Stance.SAY),
        ("told reporters", "tell", ne.Stance.SAY),
        ("added", "add", ne.Stance.ADD),
        ("stated", "state", ne.Stance.SAY),
        ("stressed", "stress", ne.Stance.STRESS),
        ("emphasized", "emphasize", ne.Stance.STRESS),
        ("emphasised", "emphasize", ne.Stance.STRESS),
        ("underscored", "underscore", ne.Stance.STRESS),
        ("noted", "note", ne.Stance.NOTE),
        ("warned", "warn", ne.Stance.WARN),
        ("explained", "explain", ne.Stance.EXPLAIN),
        ("affirmed", "affirm", ne.Stance.AFFIRM),
        ("reiterated", "reiterate", ne.Stance.AFFIRM),
        ("insisted", "insist", ne.Stance.AFFIRM),
        ("announced", "announce", ne.Stance.ANNOUNCE),
        ("declared", "declare", ne.Stance.ANNOUNCE),
        ("urged", "urge", ne.Stance.REQUEST),
        ("argued", "argue", ne.Stance.SAY),
    ],
)
def test_speech_verbs_with_a_that_clause(verb: str, lemma: str, stance: ne.Stance) -> None:
    doc = run(f"Foreign Minister Anna Berg {verb} that the border would stay open.")
    s = only_statement(doc)
    assert doc.actor(s.speakers[0]).name == "Anna Berg"
    assert s.cue is not None and doc.text_of(s.cue) == verb.split()[0]
    assert (s.cue_lemma, s.stance, s.quote) == (lemma, stance, ne.QuoteKind.INDIRECT)
    assert doc.text_of(s.content) == "the border would stay open"


@pytest.mark.parametrize(("participle", "lemma"), [("saying", "say"), ("adding", "add")])
def test_participles_after_a_comma_continue_the_subject(participle: str, lemma: str) -> None:
    doc = run(
        f"Anna Berg spoke to reporters on Monday, {participle} that the border would stay open."
    )
    s = only_statement(doc)
    assert (doc.actor(s.speakers[0]).name, s.cue_lemma) == ("Anna Berg", lemma)
    assert doc.text_of(s.content) == "the border would stay open"


def test_a_participle_without_a_comma_reports_nothing() -> None:
    assert run("Officials met in Geneva in calling for calm talks.").statements == ()


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Anna Berg stressed the need for calm.", "stressed", "the need for calm"),
        ("Anna Berg called for calm talks.", "called for", "calm talks"),
        ("Anna Berg denied the reports.", "denied", "the reports"),
        (
            "Anna Berg spoke to reporters, stressing the need for calm.",
            "stressing",
            "the need for calm",
        ),
        (
            "Anna Berg underscored the need for calm but was silent about the border.",
            "underscored",
            "the need for calm",
        ),
    ],
)
def test_assertive_verbs_take_a_noun_phrase(sentence: str, cue: str, content: str) -> None:
    assert statements(run(sentence)) == [(("Anna Berg",), cue, "indirect", content)]


def test_a_clause_without_that() -> None:
    assert statements(run("Anna Berg said Monday there was no deal.")) == [
        (("Anna Berg",), "said", "indirect", "there was no deal")
    ]


# -- quotes and attribution ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ('"We are ready," said Anna Berg.', "Anna Berg", "said"),
        ('"We are ready," Berg told reporters.', "Berg", "told"),
        ('Anna Berg said: "We are ready."', "Anna Berg", "said"),
        ("Anna Berg said, “We are ready.”", "Anna Berg", "said"),
        ('Anna Berg wrote on X: "We are ready."', "Anna Berg", "wrote"),
        ('Anna Berg posted on X: "We are ready."', "Anna Berg", "posted"),
    ],
)
def test_direct_quotes_before_and_after_the_attribution(body: str, speaker: str, cue: str) -> None:
    assert statements(run(body)) == [((speaker,), cue, "direct", "We are ready")]


def test_a_split_quote_makes_two_statements_with_one_verb() -> None:
    expected = [
        (("Berg",), "said", "direct", "We are ready"),
        (("Berg",), "said", "direct", "The door is open"),
    ]
    assert statements(run('"We are ready," Berg said. "The door is open."')) == expected
    two = statements(run('"We are ready," Berg said, "and the door is open."'))
    assert two == [expected[0], (("Berg",), "said", "direct", "and the door is open")]


def test_a_quote_that_goes_on_in_the_next_paragraph_has_no_verb() -> None:
    doc = run('Anna Berg said: "We are ready."\n"The door is open."')
    assert statements(doc) == [
        (("Anna Berg",), "said", "direct", "We are ready"),
        (("Anna Berg",), None, "direct", "The door is open"),
    ]


def test_a_partial_quote_is_mixed_speech() -> None:
    assert statements(run('Anna Berg said the talks were "useful and frank".')) == [
        (("Anna Berg",), "said", "mixed", 'the talks were "useful and frank"')
    ]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            "The border will stay open, the Interior Ministry said.",
            "said",
            "The border will stay open",
        ),
        (
            "The Interior Ministry said in a statement that the border would stay open.",
            "said",
            "the border would stay open",
        ),
        (
            "The border will stay open, according to the Interior Ministry.",
            "according to",
            "The border will stay open",
        ),
    ],
)
def test_a_body_speaks_before_or_after_its_words(body: str, cue: str, content: str) -> None:
    doc = run(body)
    s = only_statement(doc)
    speaker = doc.actor(s.speakers[0])
    assert (speaker.name, speaker.kind) == ("Interior Ministry", ne.ActorKind.ORGANIZATION)
    assert s.cue is not None and doc.text_of(s.cue) == cue
    assert (doc.text_of(s.content), s.quote) == (content, ne.QuoteKind.INDIRECT)


def test_a_clause_after_a_post_posed_attribution_is_not_its_content() -> None:
    doc = run("The talks went well, the Turkish presidency said, as Ankara pushes for a new round.")
    s = only_statement(doc)
    assert doc.actor(s.speakers[0]).name == "Turkish presidency"
    assert doc.text_of(s.content) == "The talks went well"


def test_a_fronted_phrase_is_no_post_posed_content() -> None:
    doc = run('In a call with reporters, an official described the talks as "frank".')
    assert statements(doc) == [(("official",), "described", "mixed", 'the talks as "frank"')]


def test_a_bare_body_noun_refers_back() -> None:
    doc = run(
        "The Interior Ministry closed the crossing on Monday. "
        "The ministry said the border would reopen soon."
    )
    s = only_statement(doc)
    assert doc.actor(s.speakers[0]).name == "Interior Ministry"


def test_a_parenthetical_between_subject_and_verb() -> None:
    assert statements(run("Anna Berg, for her part, said the talks went well.")) == [
        (("Anna Berg",), "said", "indirect", "the talks went well")
    ]


@pytest.mark.parametrize("pronoun", ["She", "He"])
def test_pronoun_speakers_are_the_last_person_named(pronoun: str) -> None:
    doc = run(
        f"President Lena Moss arrived in Geneva on Monday. {pronoun} said the visit was overdue."
    )
    assert statements(doc) == [(("Lena Moss",), "said", "indirect", "the visit was overdue")]


def test_they_speak_for_the_people_just_named_together() -> None:
    doc = run(
        "President Lena Moss and Prime Minister Tom Hale met in Geneva. "
        "They said the talks were useful."
    )
    assert statements(doc) == [
        (("Lena Moss", "Tom Hale"), "said", "indirect", "the talks were useful")
    ]


def test_an_unnamed_official_speaks_as_described() -> None:
    doc = run('"The talks were useful," a senior administration official said.')
    s = only_statement(doc)
    # The description as written, without its article (the corpus convention).
    assert doc.actor(s.speakers[0]).name == "senior administration official"
    assert doc.text_of(s.content) == "The talks were useful"


# -- names and countries ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Mr. John Q. Adams-Smith said the plan was sound.", "John Q. Adams-Smith"),
        ("Saudi Crown Prince Faisal bin Khalid said the region needed calm.", "Faisal bin Khalid"),
        ("Rosa O'Neill told reporters that the region needed calm.", "Rosa O'Neill"),
        ("China's Li Wen said the region needed calm.", "Li Wen"),
        ("President Yoon Mi-rae said the region needed calm.", "Yoon Mi-rae"),
    ],
)
def test_capitalized_names(body: str, name: str) -> None:
    doc = run(body)
    s = only_statement(doc)
    assert doc.actor(s.speakers[0]).name == name
    assert doc.actor(s.speakers[0]).kind is ne.ActorKind.PERSON


def test_a_surname_later_is_the_same_person() -> None:
    doc = run(
        "Mr. John Q. Adams-Smith said the plan was sound. Adams-Smith added that it was cheap."
    )
    first, second = doc.statements
    assert first.speakers == second.speakers
    person = doc.actor(doc.statements[0].speakers[0])
    forms = {doc.text_of(m.span) for m in doc.mentions if m.actor == person.id}
    assert forms == {"John Q. Adams-Smith", "Adams-Smith"}


def test_lower_case_words_are_not_names() -> None:
    doc = run("The need for calm was the strategic development of the week, officials said.")
    assert [a for a in doc.actors if a.kind is ne.ActorKind.PERSON] == []


def test_titles_take_the_nationality_before_them() -> None:
    doc = run("American Secretary of State Ann Lee said the U.S. was ready.")
    lee = doc.actor(only_statement(doc).speakers[0])
    assert [r.title for r in lee.roles] == ["Secretary of State"]
    affiliation = lee.roles[0].affiliation
    assert affiliation is not None and doc.actor(affiliation).identifiers["iso3166"] == "US"


@pytest.mark.parametrize(
    ("written", "iso"),
    [("U.S.", "US"), ("US", "US"), ("United States", "US"), ("UK", "GB"), ("UAE", "AE")],
)
def test_country_names_and_abbreviations(written: str, iso: str) -> None:
    doc = run(f"The {written} backed the plan on Monday.")
    countries = [a for a in doc.actors if a.kind is ne.ActorKind.COUNTRY]
    assert [a.identifiers["iso3166"] for a in countries] == [iso]
    assert [doc.text_of(m.span) for m in doc.mentions] == [written]


def test_the_pronoun_us_is_no_country() -> None:
    doc = run("Anna Berg told us that the plan was sound.")
    assert [a for a in doc.actors if a.kind is ne.ActorKind.COUNTRY] == []


# -- meetings -----------------------------------------------------------------------------

MOSS, HALE = "President Lena Moss", "Prime Minister Tom Hale"


@pytest.mark.parametrize(
    ("body", "trigger", "mode"),
    [
        (f"{MOSS} met {HALE} in Geneva on Monday.", "met", ne.MeetingMode.IN_PERSON),
        (f"{MOSS} and {HALE} held talks in Geneva.", "held talks", ne.MeetingMode.IN_PERSON),
        (f"{MOSS} held a phone call with {HALE}.", "held a phone call", ne.MeetingMode.PHONE),
        (f"{MOSS} spoke by phone with {HALE}.", "spoke by phone", ne.MeetingMode.PHONE),
        (f"{MOSS} and {HALE} held a video call.", "video call", ne.MeetingMode.VIRTUAL),
        (f"{MOSS} and {HALE} held a virtual summit.", "virtual summit", ne.MeetingMode.VIRTUAL),
    ],
)
def test_meeting_words_and_their_mode(body: str, trigger: str, mode: ne.MeetingMode) -> None:
    doc = run(body)
    mt = only_meeting(doc)
    assert doc.text_of(mt.trigger) == trigger
    assert (mt.mode, mt.status, mt.polarity) == (
        mode,
        ne.MeetingStatus.OCCURRED,
        ne.Polarity.POSITIVE,
    )
    assert names(doc, mt) == ["Lena Moss", "Tom Hale"]


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (f"{MOSS} hosted {HALE} in Geneva.", ["host", "guest"]),
        (f"{MOSS} received {HALE} in Geneva.", ["host", "guest"]),
        (f"{MOSS} visited {HALE} in Geneva.", ["guest", "host"]),
    ],
)
def test_hosts_and_guests(body: str, roles: list[str]) -> None:
    mt = only_meeting(run(body))
    assert [p.role.value for p in mt.participants] == roles


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (f"{MOSS} will meet {HALE} next week.", ne.MeetingStatus.PLANNED),
        (f"{MOSS} is expected to meet {HALE} in Geneva.", ne.MeetingStatus.PLANNED),
        (f"{MOSS} is scheduled to hold talks with {HALE}.", ne.MeetingStatus.PLANNED),
        (f"{MOSS} cancelled her meeting with {HALE}.", ne.MeetingStatus.CANCELLED),
        (f"{MOSS} canceled her meeting with {HALE}.", ne.MeetingStatus.CANCELLED),
        (f"{MOSS} postponed her meeting with {HALE}.", ne.MeetingStatus.CANCELLED),
    ],
)
def test_status_cues(body: str, status: ne.MeetingStatus) -> None:
    assert only_meeting(run(body)).status is status


@pytest.mark.parametrize(
    "body", [f"{MOSS} did not meet {HALE}.", f"There was no meeting between {MOSS} and {HALE}."]
)
def test_denied_meetings_are_negative(body: str) -> None:
    assert only_meeting(run(body)).polarity is ne.Polarity.NEGATIVE


def test_a_reference_naming_one_side_keeps_the_status() -> None:
    doc = run(
        f"{MOSS} met {HALE} in Geneva on Monday.\n"
        '"The world will watch what comes out of our meeting," Hale said.'
    )
    assert only_meeting(doc).status is ne.MeetingStatus.OCCURRED


def test_a_later_reference_joins_the_meeting() -> None:
    doc = run(
        f"{MOSS} held a phone call with {HALE} on Monday.\n"
        "Trade was on the agenda.\n"
        "During the call, Moss said the border would stay open."
    )
    mt = only_meeting(doc)
    assert doc.text_of(mt.trigger) == "held a phone call"
    assert [doc.text_of(e) for e in mt.evidence] == ["phone", "call"]


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("May 14, 2024", "2024-05-14"),
        ("14 May 2024", "2024-05-14"),
        ("2024-05-14", "2024-05-14"),
        ("Oct. 22", "2023-10-22"),
        ("last Thursday", "2024-05-16"),
        ("Thursday", "2024-05-16"),
        ("yesterday", "2024-05-19"),
    ],
)
def test_dates(written: str, value: str) -> None:
    article = ne.parse_article(
        HEADLINE + f"{MOSS} met {HALE} on {written} in Geneva.",
        source={"published": dt.date(2024, 5, 20)},
    )
    doc = ne.extract(article)
    assert [(doc.text_of(t.span), t.value) for t in doc.times] == [(written, value)]


def test_last_week_is_a_relative_time() -> None:
    doc = run(f"{MOSS} met {HALE} last week.")
    assert [(doc.text_of(t.span), t.granularity) for t in doc.times] == [
        ("last week", ne.Granularity.RELATIVE)
    ]


# -- any Latin-script text ----------------------------------------------------------------

latin_pieces = st.sampled_from(
    [
        *"abcXYZ .,;:'\"“”«»-—()\n0123456789?!",
        "Mr. ",
        "U.S.",
        " said ",
        " told ",
        "President ",
        " met ",
        "May 14, 2024",
        "'s",
        "Xi",
        " bin ",
        " according to ",
        " the ",
    ]
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(english_text(), st.lists(latin_pieces, max_size=60).map("".join)))
def test_any_latin_text_gives_a_valid_document_or_a_documented_error(text: str) -> None:
    try:
        doc = ne.extract(text, language="en")
    except ne.ParseError as exc:
        # The pieces hold no lone surrogate and the text is short: only a blank one is refused.
        assert exc.code == "empty_text"
        assert not text.strip()
        return
    assert doc.text == text
    assert [i for i in ne.validate(doc) if i.severity == "error"] == []
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    actors = {a.id for a in doc.actors}
    for s in doc.statements:
        assert s.speakers and set(s.speakers) <= actors and not s.content.is_empty


# -- the development corpus ---------------------------------------------------------------


@cache
def report() -> Report:
    return evaluate([CORPUS])


def test_every_english_file_extracts_to_a_valid_document() -> None:
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) == 12
    assert report().failures == ()
    for path in texts:
        text = path.read_text(encoding="utf-8")
        doc = ne.extract(text)
        assert doc.article.language == "en"
        assert [i for i in ne.validate(doc) if i.severity == "error"] == []


@pytest.mark.parametrize(
    ("task", "floor"),
    [
        ("statements", 0.96),
        ("statement_content", 0.96),
        ("meetings", 0.88),
        ("mentions", 0.98),
        ("aliases", 0.99),
    ],
)
def test_f1_floor(task: str, floor: float) -> None:
    score = getattr(report().total, task)
    assert score.f1 is not None
    assert score.f1 >= floor, f"{task}: F1 {score.f1:.3f} fell under {floor}"


@pytest.mark.parametrize(
    ("task", "floor"), [("direct", 0.99), ("meeting_mode", 0.99), ("meeting_status", 0.91)]
)
def test_accuracy_floor(task: str, floor: float) -> None:
    accuracy = getattr(report().total, task)
    assert accuracy.value is not None
    assert accuracy.value >= floor, f"{task}: {accuracy.value:.3f} fell under {floor}"
