"""The document: one article with the actors, mentions, events, times and places found in it."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Literal, Self

from pydantic import Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails

from ._base import SCHEMA_VERSION, Extensions, Model, custom_error
from .actor import Actor, ActorKind, Mention
from .article import Article, _span_error
from .event import Event, Meeting, Place, Statement, TimeExpr
from .span import Span

__all__ = ["Document", "document_problems"]

Loc = tuple[str | int, ...]


class Document(Model):
    """One article and every fact found in it, each grounded by spans into ``article.text``.

    Building a document checks it as a whole: every span lies inside the text, every id is
    unique, every reference resolves, every meeting has at least two participants (or a group).
    All problems are reported together in one :class:`pydantic.ValidationError` whose line
    errors carry stable codes (see ``docs/validation.md``).
    """

    schema_version: Literal["1.0"] = Field(
        default=SCHEMA_VERSION, description="Version of this JSON form."
    )
    article: Article = Field(description="The article every span points into.")
    actors: tuple[Actor, ...] = Field(default=(), description="Everyone and everything involved.")
    mentions: tuple[Mention, ...] = Field(default=(), description="Where actors are referred to.")
    events: tuple[Event, ...] = Field(default=(), description="Meetings and statements.")
    times: tuple[TimeExpr, ...] = Field(default=(), description="Time expressions.")
    places: tuple[Place, ...] = Field(default=(), description="Places.")
    extensions: Extensions = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Self:
        errors = document_problems(self)
        if errors:
            raise ValidationError.from_exception_data("Document", errors)
        return self

    # -- views -----------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The article text every span points into."""
        return self.article.text

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings among the events, in order."""
        return self._views()[0]

    @property
    def statements(self) -> tuple[Statement, ...]:
        """The statements among the events, in order."""
        return self._views()[1]

    def _views(self) -> tuple[tuple[Meeting, ...], tuple[Statement, ...]]:
        # Cached next to the events they were computed from, so a copy made with
        # ``model_copy(update={"events": ...})`` never serves the old views.
        cached = self.__dict__.get("_cached_views")
        if cached is None or cached[0] is not self.events:
            meetings = tuple(e for e in self.events if isinstance(e, Meeting))
            statements = tuple(e for e in self.events if isinstance(e, Statement))
            cached = (self.events, meetings, statements)
            self.__dict__["_cached_views"] = cached
        return cached[1], cached[2]

    def _actors_by_id(self) -> dict[str, Actor]:
        cached = self.__dict__.get("_cached_actor_index")
        if cached is None or cached[0] is not self.actors:
            cached = (self.actors, {a.id: a for a in self.actors})
            self.__dict__["_cached_actor_index"] = cached
        index: dict[str, Actor] = cached[1]
        return index

    # -- lookups ---------------------------------------------------------------------------

    def text_of(self, span: Span) -> str:
        """The text a span covers."""
        return self.article.text[span.start : span.end]

    def actor(self, id: str) -> Actor:
        """The actor with this id; :class:`KeyError` naming the id if there is none."""
        try:
            return self._actors_by_id()[id]
        except KeyError:
            raise KeyError(f"no actor with id {id!r} in document {self.article.id!r}") from None

    def event(self, id: str) -> Meeting | Statement:
        """The event with this id; :class:`KeyError` naming the id if there is none."""
        for e in self.events:
            if e.id == id:
                return e
        raise KeyError(f"no event with id {id!r} in document {self.article.id!r}")

    def time(self, id: str) -> TimeExpr:
        """The time expression with this id."""
        for t in self.times:
            if t.id == id:
                return t
        raise KeyError(f"no time expression with id {id!r} in document {self.article.id!r}")

    def place(self, id: str) -> Place:
        """The place with this id."""
        for p in self.places:
            if p.id == id:
                return p
        raise KeyError(f"no place with id {id!r} in document {self.article.id!r}")

    def mentions_of(self, actor: str) -> tuple[Mention, ...]:
        """The mentions of one actor, in text order."""
        return tuple(sorted((m for m in self.mentions if m.actor == actor), key=_span_key))

    def statements_by(self, actor: str) -> tuple[Statement, ...]:
        """The statements an actor is a speaker of."""
        return tuple(s for s in self.statements if actor in s.speakers)

    def meetings_of(self, actor: str) -> tuple[Meeting, ...]:
        """The meetings an actor takes part in."""
        return tuple(m for m in self.meetings if any(p.actor == actor for p in m.participants))


def _span_key(m: Mention) -> tuple[int, int]:
    return (m.span.start, m.span.end)


def _fact_spans(
    loc: Loc, fact: Actor | Mention | Meeting | Statement | TimeExpr | Place
) -> Iterator[tuple[Loc, Span]]:
    for i, s in enumerate(fact.evidence):
        yield (*loc, "evidence", i), s


def _spans(doc: Document) -> Iterator[tuple[Loc, Span]]:
    for i, a in enumerate(doc.actors):
        yield from _fact_spans(("actors", i), a)
        for j, r in enumerate(a.roles):
            if r.span is not None:
                yield ("actors", i, "roles", j, "span"), r.span
    for i, m in enumerate(doc.mentions):
        yield ("mentions", i, "span"), m.span
        yield from _fact_spans(("mentions", i), m)
    for i, e in enumerate(doc.events):
        loc: Loc = ("events", i, e.kind)
        if isinstance(e, Meeting):
            yield (*loc, "trigger"), e.trigger
            for j, topic in enumerate(e.topics):
                yield (*loc, "topics", j, "span"), topic.span
        else:
            yield (*loc, "content"), e.content
            if e.cue is not None:
                yield (*loc, "cue"), e.cue
        yield from _fact_spans(loc, e)
    for i, t in enumerate(doc.times):
        yield ("times", i, "span"), t.span
        yield from _fact_spans(("times", i), t)
    for i, p in enumerate(doc.places):
        yield ("places", i, "span"), p.span
        yield from _fact_spans(("places", i), p)


def _error(code: str, message: str, loc: Loc, value: object, **ctx: object) -> InitErrorDetails:
    return InitErrorDetails(type=custom_error(code, message, **ctx), loc=loc, input=value)


def document_problems(doc: Document) -> list[InitErrorDetails]:
    """Every document-level problem of ``doc``, as pydantic error details with stable codes.

    This is the check that runs when a :class:`Document` is built; :func:`newsevents.validate`
    runs it too, for documents built without validation (``model_construct``).
    """
    errors: list[InitErrorDetails] = []
    n = len(doc.article.text)

    # Each rule is first checked in bulk, without building the location of every item; only
    # a document that breaks it is walked again to locate each problem.
    if _max_span_end(doc) > n:
        for loc, span in _spans(doc):
            err = _span_error(span, loc, n)
            if err is not None:
                errors.append(err)

    # ids: one namespace for actors, mentions, events, times and places.
    kinds: dict[str, str] = {}
    collections: tuple[
        tuple[str, tuple[Actor | Mention | Meeting | Statement | TimeExpr | Place, ...]], ...
    ] = (
        ("actors", doc.actors),
        ("mentions", doc.mentions),
        ("events", doc.events),
        ("times", doc.times),
        ("places", doc.places),
    )
    all_ids = [item.id for _, items in collections for item in items]
    unique_ids = len(set(all_ids)) == len(all_ids)
    for field, items in () if unique_ids else collections:
        for i, item in enumerate(items):
            if item.id in kinds:
                errors.append(
                    _error(
                        "duplicate_id",
                        "id '{id}' is already used by {other}; ids must be unique in a document",
                        (field, i, "id"),
                        item.id,
                        id=item.id,
                        other=kinds[item.id],
                    )
                )
            else:
                kinds[item.id] = field

    actors = {a.id: a for a in doc.actors}
    times = {t.id for t in doc.times}
    places = {p.id for p in doc.places}

    def need(ref: str | None, pool: object, code: str, what: str, loc: Loc) -> None:
        if ref is None or ref in pool:  # type: ignore[operator]
            return
        errors.append(
            _error(
                code,
                "{what} '{ref}' does not resolve; add it to the document or fix the id",
                loc,
                ref,
                what=what,
                ref=ref,
            )
        )

    def need_actor(ref: str | None, loc: Loc) -> None:
        need(ref, actors, "unresolved_actor", "actor", loc)

    resolved = _references_resolve(doc, actors.keys(), times, places)
    for i, a in enumerate(() if resolved else doc.actors):
        for j, r in enumerate(a.roles):
            need_actor(r.affiliation, ("actors", i, "roles", j, "affiliation"))
        for j, member in enumerate(a.members):
            need_actor(member, ("actors", i, "members", j))
    for i, m in enumerate(() if resolved else doc.mentions):
        need_actor(m.actor, ("mentions", i, "actor"))
    for i, p in enumerate(() if resolved else doc.places):
        need_actor(p.actor, ("places", i, "actor"))
    for i, e in enumerate(doc.events):
        loc = ("events", i, e.kind)
        if not resolved:
            need_actor(e.reported_by, (*loc, "reported_by"))
            need(e.time, times, "unresolved_time", "time expression", (*loc, "time"))
        if isinstance(e, Meeting):
            if not resolved:
                for j, part in enumerate(e.participants):
                    need_actor(part.actor, (*loc, "participants", j, "actor"))
                need_actor(e.framework, (*loc, "framework"))
                need(e.place, places, "unresolved_place", "place", (*loc, "place"))
            groups = [
                p for p in e.participants if p.actor in actors and actors[p.actor].kind in _GROUPS
            ]
            if len({p.actor for p in e.participants}) < 2 and not groups:
                errors.append(
                    _error(
                        "meeting_too_few_participants",
                        "meeting {id} has {n} distinct participant(s); a meeting needs at least "
                        "two, or one group or organization participant",
                        (*loc, "participants"),
                        [p.actor for p in e.participants],
                        id=e.id,
                        n=len({p.actor for p in e.participants}),
                    )
                )
        elif not resolved:
            for j, sp in enumerate(e.speakers):
                need_actor(sp, (*loc, "speakers", j))
            for j, ab in enumerate(e.about):
                need_actor(ab, (*loc, "about", j))
    return errors


def _max_span_end(doc: Document) -> int:
    """The largest ``end`` among the spans :func:`_spans` yields (0 if there are none)."""
    top = 0
    facts: tuple[tuple[Actor | Mention | Meeting | Statement | TimeExpr | Place, ...], ...] = (
        doc.actors,
        doc.mentions,
        doc.events,
        doc.times,
        doc.places,
    )
    for items in facts:
        for fact in items:
            for s in fact.evidence:
                if s.end > top:
                    top = s.end
    for a in doc.actors:
        for r in a.roles:
            if r.span is not None and r.span.end > top:
                top = r.span.end
    located: tuple[tuple[Mention | TimeExpr | Place, ...], ...] = (
        doc.mentions,
        doc.times,
        doc.places,
    )
    for with_span in located:
        for item in with_span:
            if item.span.end > top:
                top = item.span.end
    for e in doc.events:
        if isinstance(e, Meeting):
            if e.trigger.end > top:
                top = e.trigger.end
            for topic in e.topics:
                if topic.span.end > top:
                    top = topic.span.end
        else:
            if e.content.end > top:
                top = e.content.end
            if e.cue is not None and e.cue.end > top:
                top = e.cue.end
    return top


def _references_resolve(
    doc: Document, actors: Collection[str], times: Collection[str], places: Collection[str]
) -> bool:
    """Whether every id reference of the document resolves (the bulk form of the checks)."""
    actor_refs: set[str | None] = {m.actor for m in doc.mentions}
    actor_refs.update(p.actor for p in doc.places)
    for a in doc.actors:
        actor_refs.update(r.affiliation for r in a.roles)
        actor_refs.update(a.members)
    time_refs: set[str | None] = set()
    place_refs: set[str | None] = set()
    for e in doc.events:
        actor_refs.add(e.reported_by)
        time_refs.add(e.time)
        if isinstance(e, Meeting):
            actor_refs.update(p.actor for p in e.participants)
            actor_refs.add(e.framework)
            place_refs.add(e.place)
        else:
            actor_refs.update(e.speakers)
            actor_refs.update(e.about)
    for refs in (actor_refs, time_refs, place_refs):
        refs.discard(None)
    return (
        all(r in actors for r in actor_refs)
        and all(r in times for r in time_refs)
        and all(r in places for r in place_refs)
    )


_GROUPS = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})
