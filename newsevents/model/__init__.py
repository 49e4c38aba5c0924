"""The newsevents data model: pydantic v2, frozen, one offset space (code points into the text)."""

from ._base import SCHEMA_VERSION, Id
from .actor import Actor, ActorKind, Mention, MentionForm, Name, Role
from .article import Article, LanguageTag, Paragraph, ParagraphRole, Source, Translation
from .document import Document, document_problems
from .event import (
    Event,
    Granularity,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    Polarity,
    QuoteKind,
    Stance,
    Statement,
    TimeExpr,
    Topic,
)
from .span import Fact, Span

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "Document",
    "Event",
    "Fact",
    "Granularity",
    "Id",
    "LanguageTag",
    "Meeting",
    "MeetingMode",
    "MeetingStatus",
    "Mention",
    "MentionForm",
    "Name",
    "Paragraph",
    "ParagraphRole",
    "Participant",
    "ParticipantRole",
    "Place",
    "PlaceKind",
    "Polarity",
    "QuoteKind",
    "Role",
    "Source",
    "Span",
    "Stance",
    "Statement",
    "TimeExpr",
    "Topic",
    "Translation",
    "document_problems",
]
