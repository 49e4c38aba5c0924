"""Events (meetings and statements), and the times and places they refer to."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import Field, Strict, model_validator

from ._base import Id, Model, custom_error
from .span import Fact, Span

__all__ = [
    "Event",
    "Granularity",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Participant",
    "ParticipantRole",
    "Place",
    "PlaceKind",
    "Polarity",
    "QuoteKind",
    "Stance",
    "Statement",
    "TimeExpr",
    "Topic",
]


class Granularity(StrEnum):
    """How precise a time expression is."""

    DATETIME = "datetime"
    DAY = "day"
    WEEKDAY = "weekday"
    MONTH = "month"
    YEAR = "year"
    RELATIVE = "relative"
    """«اليوم», «أمس», 'next week': resolvable only against the publication date."""


class TimeExpr(Fact):
    """A time expression in the text («الخميس», «ديسمبر», «2022»), resolved when possible."""

    id: Id
    span: Span = Field(description="The words of the expression.")
    granularity: Granularity = Field(description="How precise the expression is.")
    value: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$",
        description=(
            "ISO 8601 value at the expression's granularity (`2022`, `2022-12`, `2022-12-16`), "
            "when it can be resolved from the text or the publication date."
        ),
    )
    weekday: Annotated[int, Strict()] | None = Field(
        default=None, ge=1, le=7, description="ISO weekday (1 = Monday) for weekday expressions."
    )


class PlaceKind(StrEnum):
    """What sort of place."""

    CITY = "city"
    COUNTRY = "country"
    REGION = "region"
    BUILDING = "building"
    OTHER = "other"


class Place(Fact):
    """A place in the text where something happens (Washington, the White House)."""

    id: Id
    span: Span = Field(description="Where the place is named.")
    name: str = Field(min_length=1, description="Canonical name of the place.")
    kind: PlaceKind = Field(default=PlaceKind.OTHER, description="City, country, building, …")
    actor: Id | None = Field(
        default=None,
        description="Id of the actor the place also stands for (the White House), if any.",
    )
    identifiers: dict[str, str] = Field(
        default_factory=dict, description="Identifiers in other systems (`wikidata`, `geonames`)."
    )


class Topic(Model):
    """What an event is about, as stated in the text («لبحث ملف إيران»)."""

    span: Span = Field(description="The words that state the topic.")
    label: str | None = Field(default=None, min_length=1, description="Short normalized label.")


class ParticipantRole(StrEnum):
    """The part a participant plays in a meeting."""

    HOST = "host"
    GUEST = "guest"
    PARTICIPANT = "participant"


class Participant(Model):
    """An actor taking part in a meeting."""

    actor: Id = Field(description="Id of the participating actor.")
    role: ParticipantRole = Field(
        default=ParticipantRole.PARTICIPANT, description="Host, guest, or plain participant."
    )


class MeetingMode(StrEnum):
    """How the participants meet (ACE separates Meet from Phone-Write; PLOVER has modes)."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    PHONE = "phone"
    WRITTEN = "written"
    UNKNOWN = "unknown"


class MeetingStatus(StrEnum):
    """Where the meeting stands in time, as the article tells it."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    HYPOTHETICAL = "hypothetical"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class Polarity(StrEnum):
    """Whether the text asserts the event or denies it («لم يلتق»)."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Meeting(Fact):
    """An encounter between actors: talks, a call, a visit, an audience, a summit."""

    kind: Literal["meeting"] = Field(default="meeting", description="Event type tag.")
    id: Id
    participants: tuple[Participant, ...] = Field(
        description="Who meets: at least two, or one group participant."
    )
    trigger: Span = Field(description="The word or phrase that states the meeting.")
    mode: MeetingMode = Field(default=MeetingMode.UNKNOWN, description="How they meet.")
    status: MeetingStatus = Field(
        default=MeetingStatus.UNKNOWN, description="Held, planned, recurring, cancelled, …"
    )
    polarity: Polarity = Field(
        default=Polarity.POSITIVE, description="`negative` when the text denies the meeting."
    )
    time: Id | None = Field(default=None, description="Id of a time expression of the document.")
    place: Id | None = Field(default=None, description="Id of a place of the document.")
    framework: Id | None = Field(
        default=None, description="Id of the actor under whose frame the meeting is held."
    )
    topics: tuple[Topic, ...] = Field(default=(), description="What the meeting is about.")
    reported_by: Id | None = Field(
        default=None, description="Id of the actor the article attributes the report to."
    )


class QuoteKind(StrEnum):
    """How the content of a statement is rendered."""

    DIRECT = "direct"
    """The speaker's own words, usually in quotation marks."""
    INDIRECT = "indirect"
    """Reported speech: a clause after «أن»/'that', or a noun-phrase complement."""
    MIXED = "mixed"
    """Reported speech with quoted words inside it."""


class Stance(StrEnum):
    """What the speech act does, from the cue verb."""

    SAY = "say"
    ADD = "add"
    EXPLAIN = "explain"
    STRESS = "stress"
    NOTE = "note"
    WARN = "warn"
    AFFIRM = "affirm"
    AGREE = "agree"
    DENY = "deny"
    ANNOUNCE = "announce"
    REPORT = "report"
    DESCRIBE = "describe"
    REQUEST = "request"
    CRITICIZE = "criticize"
    OTHER = "other"


class Statement(Fact):
    """An attributed speech act: who said what, with which verb, where in the text."""

    kind: Literal["statement"] = Field(default="statement", description="Event type tag.")
    id: Id
    speakers: tuple[Id, ...] = Field(
        description="Ids of the speaking actors; more than one for a joint statement («أكدا»)."
    )
    content: Span = Field(description="What was said (inside the quotation marks if direct).")
    quote: QuoteKind = Field(
        default=QuoteKind.INDIRECT, description="Direct, indirect or mixed speech."
    )
    cue: Span | None = Field(
        default=None,
        description="The speech verb or attribution phrase («وقال», «بحسب»); none if absent.",
    )
    cue_lemma: str | None = Field(
        default=None, min_length=1, description="Dictionary form of the cue («قال» for «وقال»)."
    )
    stance: Stance = Field(default=Stance.SAY, description="What the speech act does.")
    reported_by: Id | None = Field(
        default=None, description="Id of the actor through whom the statement is reported."
    )
    about: tuple[Id, ...] = Field(default=(), description="Ids of actors the statement is about.")
    time: Id | None = Field(default=None, description="Id of a time expression of the document.")

    @model_validator(mode="after")
    def _speaker_and_content(self) -> Self:
        if not self.speakers:
            raise custom_error(
                "statement_no_speaker",
                "statement {id} has no speaker; add the id of the actor who said it",
                id=self.id,
            )
        if self.content.is_empty:
            raise custom_error(
                "statement_empty_content",
                "statement {id} has an empty content span {span}; span what was said",
                id=self.id,
                span=str(self.content),
            )
        return self


Event = Annotated[Meeting | Statement, Field(discriminator="kind")]
"""An event of a document: a :class:`Meeting` or a :class:`Statement`, told apart by ``kind``."""
