"""The fast paths of the foundation agree with straightforward reference implementations.

Each optimized function is compared, on generated inputs, with the plain version it replaced,
so a speed-up can never change a result.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic_core import InitErrorDetails, PydanticCustomError

from newsevents.model import (
    Actor,
    Article,
    Document,
    Meeting,
    Mention,
    Paragraph,
    Place,
    Span,
    Statement,
    TimeExpr,
)
from newsevents.model._base import custom_error
from newsevents.model.article import _layout_errors, _span_error
from newsevents.model.document import _GROUPS, Loc, _error, _spans, document_problems
from newsevents.strategies import documents
from newsevents.text.segment import _SCRIPT_LANGUAGE, detect_script_language

_SCRIPT_CHARS = st.sampled_from(
    [*"abcXYZ éü قالرئيسأَ٣ ש ж Ω 中 한 न 123 .,«»\n\t", "\u200f", "\U0001f600"]
)


def _reference_language(text: str, sample: int = 20000) -> str:
    """Dominant script by counting every code point of every script, one pass per script."""
    head = text[:sample]
    if not regex.findall(r"\p{L}", head):
        return "und"
    best, best_n = "und", 0
    for script, lang in _SCRIPT_LANGUAGE:
        n = len(regex.findall(rf"\p{{{script}}}", head))
        if n > best_n:
            best, best_n = lang, n
    return best


@settings(max_examples=200)
@given(st.lists(_SCRIPT_CHARS, max_size=60).map("".join), st.integers(1, 80))
def test_detect_script_language_matches_reference(text: str, sample: int) -> None:
    assert detect_script_language(text, sample=sample) == _reference_language(text, sample)


def test_detect_script_language_ties_go_to_the_first_script() -> None:
    assert detect_script_language("ab قل") == "ar"
    assert detect_script_language("قل ab") == "ar"


# -- document rules: bulk checks first, locations only for a broken document ---------------


def _reference_problems(doc: Document) -> list[InitErrorDetails]:
    """The document rules as written before their bulk fast paths (the reference)."""
    errors: list[InitErrorDetails] = []
    n = len(doc.article.text)

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
    for field, items in collections:
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

    for i, a in enumerate(doc.actors):
        for j, r in enumerate(a.roles):
            need_actor(r.affiliation, ("actors", i, "roles", j, "affiliation"))
        for j, member in enumerate(a.members):
            need_actor(member, ("actors", i, "members", j))
    for i, m in enumerate(doc.mentions):
        need_actor(m.actor, ("mentions", i, "actor"))
    for i, p in enumerate(doc.places):
        need_actor(p.actor, ("places", i, "actor"))
    for i, e in enumerate(doc.events):
        loc = ("events", i, e.kind)
        need_actor(e.reported_by, (*loc, "reported_by"))
        need(e.time, times, "unresolved_time", "time expression", (*loc, "time"))
        if isinstance(e, Meeting):
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
        else:
            for j, sp in enumerate(e.speakers):
                need_actor(sp, (*loc, "speakers", j))
            for j, ab in enumerate(e.about):
                need_actor(ab, (*loc, "about", j))
    return errors


def _comparable(errors: list[InitErrorDetails]) -> list[tuple[Any, ...]]:
    out = []
    for err in errors:
        kind = err["type"]
        assert isinstance(kind, PydanticCustomError)
        out.append((kind.type, kind.message(), err.get("loc"), repr(err.get("input"))))
    return out


def _far(span: Span, n: int) -> Span:
    return Span.model_construct(start=span.start, end=n + 3)


def _break(doc: Document, data: st.DataObject) -> Document:
    """The document with a few of its rules broken, built without validation."""
    n = len(doc.article.text)
    update: dict[str, Any] = {}
    mentions = list(doc.mentions)
    events = list(doc.events)
    times = list(doc.times)
    actors = list(doc.actors)
    choices = data.draw(
        st.sets(
            st.sampled_from(
                [
                    "mention_actor",
                    "mention_span",
                    "duplicate_id",
                    "event_refs",
                    "event_spans",
                    "time_span",
                    "evidence",
                    "role_refs",
                    "lone_participant",
                ]
            ),
            min_size=1,
            max_size=3,
        )
    )
    if mentions and "mention_actor" in choices:
        i = data.draw(st.integers(0, len(mentions) - 1))
        mentions[i] = mentions[i].model_copy(update={"actor": "no-such-actor"})
    if mentions and "mention_span" in choices:
        i = data.draw(st.integers(0, len(mentions) - 1))
        mentions[i] = mentions[i].model_copy(update={"span": _far(mentions[i].span, n)})
    if mentions and actors and "duplicate_id" in choices:
        mentions[0] = mentions[0].model_copy(update={"id": actors[-1].id})
    if events and "event_refs" in choices:
        i = data.draw(st.integers(0, len(events) - 1))
        e = events[i]
        change: dict[str, Any] = {"reported_by": "ghost", "time": "no-time"}
        if isinstance(e, Meeting):
            change |= {"place": "nowhere", "framework": "ghost2"}
        else:
            change |= {"about": (*e.about, "ghost3")}
        events[i] = e.model_copy(update=change)
    if events and "event_spans" in choices:
        i = data.draw(st.integers(0, len(events) - 1))
        e = events[i]
        if isinstance(e, Meeting):
            events[i] = e.model_copy(update={"trigger": _far(e.trigger, n)})
        else:
            events[i] = e.model_copy(update={"content": _far(e.content, n)})
    if events and "lone_participant" in choices:
        for i, e in enumerate(events):
            if isinstance(e, Meeting):
                events[i] = e.model_copy(update={"participants": e.participants[:1]})
                break
    if times and "time_span" in choices:
        times[0] = times[0].model_copy(update={"span": _far(times[0].span, n)})
    if actors and "evidence" in choices:
        actors[0] = actors[0].model_copy(update={"evidence": (Span(start=0, end=n + 1),)})
    if actors and "role_refs" in choices:
        a = actors[-1]
        actors[-1] = a.model_copy(update={"members": ("ghost4",)})
    update |= {
        "mentions": tuple(mentions),
        "events": tuple(events),
        "times": tuple(times),
        "actors": tuple(actors),
    }
    return doc.model_copy(update=update)


_DOCS = settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@_DOCS
@given(documents())
def test_document_problems_valid_documents_have_none(doc: Document) -> None:
    assert document_problems(doc) == [] == _reference_problems(doc)


@_DOCS
@given(documents(min_events=1), st.data())
def test_document_problems_match_reference_on_broken_documents(
    doc: Document, data: st.DataObject
) -> None:
    broken = _break(doc, data)
    expected = _comparable(_reference_problems(broken))
    assert _comparable(document_problems(broken)) == expected


def test_document_problems_match_reference_on_the_broken_seed() -> None:
    from newsevents.fixtures import seed_document

    doc = seed_document()
    n = len(doc.text)
    meeting = doc.meetings[0]
    broken = doc.model_copy(
        update={
            "mentions": (
                doc.mentions[0].model_copy(update={"actor": "ghost", "id": doc.actors[0].id}),
                *doc.mentions[1:],
            ),
            "events": tuple(
                e.model_copy(
                    update={"participants": e.participants[:1], "trigger": _far(e.trigger, n)}
                )
                if e is meeting
                else e
                for e in doc.events
            ),
        }
    )
    expected = _comparable(_reference_problems(broken))
    assert {code for code, *_ in expected} >= {
        "unresolved_actor",
        "duplicate_id",
        "span_out_of_text",
        "meeting_too_few_participants",
    }
    assert _comparable(document_problems(broken)) == expected


# -- article layout ------------------------------------------------------------------------


def _reference_layout_errors(article: Article) -> list[InitErrorDetails]:
    """Paragraph rules as written before their bulk fast path (the reference)."""
    n = len(article.text)
    errors: list[InitErrorDetails] = []
    previous_end = 0
    for i, p in enumerate(article.paragraphs):
        for name, span in (("span", p.span), ("content", p.content)):
            err = _span_error(span, ("paragraphs", i, name), n)
            if err is not None:
                errors.append(err)
        if p.span.start < previous_end:
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "paragraphs_unordered",
                        "paragraph starts at {start}, before the previous one ends at {end}; "
                        "paragraphs must be in text order and must not overlap",
                        start=p.span.start,
                        end=previous_end,
                    ),
                    loc=("paragraphs", i, "span"),
                    input=p.span.model_dump(),
                )
            )
        previous_end = max(previous_end, p.span.end)
        if not p.span.contains(p.content):
            errors.append(
                InitErrorDetails(
                    type=custom_error(
                        "content_outside_paragraph",
                        "content {content} is not inside the paragraph span {span}",
                        content=str(p.content),
                        span=str(p.span),
                    ),
                    loc=("paragraphs", i, "content"),
                    input=p.content.model_dump(),
                )
            )
        for j, s in enumerate(p.sentences):
            if not p.span.contains(s):
                errors.append(
                    InitErrorDetails(
                        type=custom_error(
                            "sentence_outside_paragraph",
                            "sentence {sentence} is not inside its paragraph {span}",
                            sentence=str(s),
                            span=str(p.span),
                        ),
                        loc=("paragraphs", i, "sentences", j),
                        input=s.model_dump(),
                    )
                )
    return errors


@st.composite
def _layouts(draw: st.DrawFn) -> Article:
    """An article whose paragraphs are arbitrary (often broken) spans, built unvalidated."""
    n = draw(st.integers(1, 40))
    offsets = st.integers(0, n + 3)

    def span() -> Span:
        a, b = draw(offsets), draw(offsets)
        return Span.model_construct(start=min(a, b), end=max(a, b))

    paragraphs = tuple(
        Paragraph.model_construct(
            span=span(),
            content=span(),
            sentences=tuple(span() for _ in range(draw(st.integers(0, 3)))),
        )
        for _ in range(draw(st.integers(0, 5)))
    )
    return Article.model_construct(id="a", language="en", text="x" * n, paragraphs=paragraphs)


@settings(max_examples=300)
@given(_layouts())
def test_layout_errors_match_reference(article: Article) -> None:
    assert _comparable(_layout_errors(article)) == _comparable(_reference_layout_errors(article))


def test_layout_errors_of_a_parsed_article_are_none() -> None:
    from newsevents.fixtures import seed_document

    article = seed_document().article
    assert _layout_errors(article) == [] == _reference_layout_errors(article)


# -- normalization -------------------------------------------------------------------------


def test_irregular_class_matches_exactly_the_deleted_and_expanded_characters() -> None:
    from newsevents.text.normalize import _IRREGULAR, _TABLE

    every = "".join(chr(cp) for cp in range(0x30000) if not 0xD800 <= cp <= 0xDFFF)
    found = {ord(m.group()) for m in _IRREGULAR.finditer(every)}
    assert found == {cp for cp, rep in _TABLE.items() if len(rep) != 1}


_KEY_CHARS = st.sampled_from(
    [*"قال الرئيسأإآىة ab.\n", "\u064e", "\u0651", "\u0640", "\u200f", "\ufefb", "\ufdf2", "٣"]
)


@settings(max_examples=300)
@given(st.lists(_KEY_CHARS, max_size=30).map("".join), st.data())
def test_span_matches_start_and_end(text: str, data: st.DataObject) -> None:
    from newsevents.text.normalize import normalize

    norm = normalize(text)
    k = len(norm.key)
    start = data.draw(st.integers(-2, k + 2))
    end = data.draw(st.integers(-2, k + 2))
    if end <= start:
        expected = (norm.start(start), norm.start(start))
    else:
        expected = (norm.start(start), norm.end(end))
    assert norm.span(start, end) == expected


# -- models: descriptions come from Field(description=...) ---------------------------------


def _model_classes() -> list[type[Any]]:
    import importlib
    import pkgutil

    import newsevents
    from newsevents.model._base import Model

    for info in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        importlib.import_module(info.name)
    found: list[type[Any]] = []
    todo: list[type[Any]] = [Model]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_no_model_field_is_described_only_by_a_docstring() -> None:
    """Models do not read attribute docstrings (that would parse their source at import), so
    a field documented only by a docstring would lose its description in the JSON Schema."""
    import ast
    import inspect
    import textwrap

    undocumented: list[str] = []
    for cls in _model_classes():
        try:
            source = textwrap.dedent(inspect.getsource(cls))
        except (OSError, TypeError):
            continue
        body = ast.parse(source).body[0]
        assert isinstance(body, ast.ClassDef)
        for stmt, after in zip(body.body, body.body[1:], strict=False):
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            documented = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
            name = stmt.target.id
            field = cls.model_fields.get(name)
            if documented and field is not None and not field.description:
                undocumented.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert undocumented == [], "use Field(description=...) for: " + ", ".join(undocumented)
