"""Actors (people, organizations, countries, media, groups) and their mentions in the text."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from ._base import Id, Model
from .article import LanguageTag
from .span import Fact, Span

__all__ = ["Actor", "ActorKind", "Mention", "MentionForm", "Name", "Role"]


class ActorKind(StrEnum):
    """What sort of actor."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    MEDIA = "media"
    GROUP = "group"
    """An unnamed or collective set of people («المسؤولون الأمريكيون», 'Iran's proxies')."""


class Name(Model):
    """One way the actor is written, in any script."""

    text: str = Field(min_length=1, description="The name as written («جيك سوليفان»).")
    lang: LanguageTag | None = Field(default=None, description="Language of this form.")


class Role(Model):
    """A position the actor holds, e.g. national security adviser of Israel."""

    title: str = Field(min_length=1, description="The title («مستشار الأمن القومي»).")
    affiliation: Id | None = Field(
        default=None, description="Id of the actor the role belongs to (a country, a body)."
    )
    span: Span | None = Field(default=None, description="Where the title is stated, if it is.")


IdentifierKey = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class Actor(Fact):
    """A participant of the news: someone who speaks, meets, or is spoken of."""

    id: Id
    kind: ActorKind = Field(description="Person, organization, country, media or group.")
    name: str = Field(min_length=1, description="Canonical display name (any script).")
    names: tuple[Name, ...] = Field(
        default=(),
        description="Every form the actor is written in: spellings, transliterations, aliases.",
    )
    roles: tuple[Role, ...] = Field(default=(), description="Positions the actor holds.")
    members: tuple[Id, ...] = Field(
        default=(),
        description="For groups and organizations: ids of member actors, when they are known.",
    )
    identifiers: dict[IdentifierKey, str] = Field(
        default_factory=dict,
        description="Identifiers in other systems: `wikidata` (Q…), `cameo` (USAGOV), `iso3166`.",
        examples=[{"wikidata": "Q30", "cameo": "USA", "iso3166": "US"}],
    )


class MentionForm(StrEnum):
    """How an actor is referred to (ACE's NAM/NOM/PRO, plus Arabic's implicit subject)."""

    NAME = "name"
    """A proper name: «جيك ساليفان», «هولتا», 'Blinken'."""
    NOMINAL = "nominal"
    """A description: «نظيره الأمريكي», 'the Israeli national security adviser'."""
    PRONOUN = "pronoun"
    """A pronoun or pronominal suffix: 'he', «ـه»."""
    IMPLICIT = "implicit"
    """No word at all: the subject carried by a verb («وأضاف»); the span is the verb."""


class Mention(Fact):
    """One place in the text that refers to an actor."""

    id: Id
    actor: Id = Field(description="Id of the actor referred to.")
    span: Span = Field(description="The words that refer to the actor.")
    form: MentionForm = Field(default=MentionForm.NAME, description="How the actor is referred to.")
