"""IPTC ninjs 3.1 (News in JSON): export a document, import an article from a ninjs item.

:func:`to_ninjs` writes a ninjs 3.1 news item that validates against the official JSON Schema
(a copy ships in ``newsevents/io/data/ninjs-schema_3.1.json``, MIT licence beside it):

* ``uri`` — the article's URL, else ``urn:newsevents:article:<id>``; ``altIds`` keeps our
  article id (role ``newsevents:article``) and ``standard`` names ninjs 3.1;
* ``headlines`` — the headline (role ``main``) and each subheading (role ``subheading``);
* ``bodies`` — one ``text/plain`` body (role ``main``): the text after the headline, verbatim
  (subheadings stay in place);
* ``people`` / ``organisations`` / ``places`` — the actors by kind (persons; organizations,
  media and groups; countries) and the places, each with our id as ``literal`` and a ``uri``
  from its identifiers (Wikidata, ISO 3166 through IPTC's ``cvx.iptc.org``, GeoNames);
* ``events`` — the meetings (our id as ``id``, the trigger words as ``name``);
* ``subjects`` — the meetings' topics;
* ``infoSources`` — the outlet (role ``publisher``) and every actor a fact is reported by
  (role ``originfo``);
* ``by``, ``firstCreated`` (a publication time with a UTC offset), ``language``.

:func:`from_ninjs` reads a ninjs item into an :class:`~newsevents.model.Article` so a ninjs
feed can be extracted directly. The item is checked first, and a non-conforming item is
rejected as a whole with a :class:`~newsevents.errors.DocumentError` that names every offending
path; nothing is half-imported.

What ninjs cannot carry (statements, spans, mentions, roles, …) is listed in ``docs/interop.md``.

>>> from newsevents.fixtures import seed_document
>>> item = to_ninjs(seed_document())
>>> item["headlines"][0]["role"], item["bodies"][0]["contentType"]
('main', 'text/plain')
>>> from_ninjs(item).text == seed_document().text
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from functools import cache
from html.parser import HTMLParser
from importlib.resources import files
from typing import Any, Final

import regex
from pydantic import BaseModel, ConfigDict, ValidationError

from newsevents.errors import DocumentError, ParseError, Problem, format_path
from newsevents.model import (
    Actor,
    ActorKind,
    Article,
    Document,
    Paragraph,
    ParagraphRole,
    Place,
    Source,
)
from newsevents.parse import parse_article

__all__ = [
    "NINJS_SCHEMA_URI",
    "NINJS_VERSION",
    "from_ninjs",
    "ninjs_schema",
    "to_ninjs",
]

NINJS_VERSION: Final = "3.1"
"""The ninjs version :func:`to_ninjs` writes."""
NINJS_SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"
"""The ``$id`` of the official ninjs 3.1 JSON Schema."""

ALT_ID_ROLE: Final = "newsevents:article"
"""The ``altIds`` role under which our article id is written and read back."""
HEADLINE_MAIN: Final = "main"
HEADLINE_SUBHEADING: Final = "subheading"
BODY_MAIN: Final = "main"
SOURCE_PUBLISHER: Final = "publisher"
SOURCE_ORIGINFO: Final = "originfo"
REL_MENTIONS: Final = "mentions"
REL_ABOUT: Final = "about"

_SCHEMA_FILE: Final = "ninjs-schema_3.1.json"
_WIKIDATA: Final = "http://www.wikidata.org/entity/"
_ISO3166: Final = "http://cvx.iptc.org/iso3166-1a2/"
_GEONAMES: Final = "https://sws.geonames.org/"
_URI_PREFIX: Final = (
    r"[A-Za-z][A-Za-z0-9+.\-]*:(?://(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@?"
    r"\[[0-9A-Fa-f:.vV]+\])?"
)
_URI_CHARS: Final = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
_URI: Final = regex.compile(rf"^{_URI_PREFIX}{_URI_CHARS}*(?:#{_URI_CHARS}*)?\Z")
"""An absolute URI: a scheme, then only the characters RFC 3986 allows (one ``#`` at most;
brackets only around an IP-literal host)."""
_DATE_TIME: Final = regex.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+\-]\d{2}:\d{2})\Z"
)
_ORGANISATIONS: Final = frozenset({ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.GROUP})


@cache
def _schema_text() -> str:
    return files("newsevents.io").joinpath("data", _SCHEMA_FILE).read_text("utf-8")


def ninjs_schema() -> dict[str, Any]:
    """The official ninjs 3.1 JSON Schema (draft 2020-12), as shipped with newsevents.

    A fresh copy on every call, so callers may modify it.
    """
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


# -- export --------------------------------------------------------------------------------


def to_ninjs(doc: Document, *, uri: str | None = None) -> dict[str, Any]:
    """The document as a ninjs 3.1 news item (a JSON-ready dict; a pure function).

    :param uri: the item's ``uri``; by default the article's URL (an IRI, such as an address
        with Arabic letters, is converted to a URI by percent-encoding its UTF-8 bytes, as
        RFC 3987 says), else ``urn:newsevents:article:<article id>``.
    :raises ValueError: ``uri`` is not an absolute URI.
    """
    article = doc.article
    source = article.source
    if uri is None:
        uri = _as_uri(source.url if source is not None and source.url else _urn(article.id))
    elif not _URI.match(uri):
        raise ValueError(
            f"uri {uri!r} is not an absolute URI (a scheme, then RFC 3986 characters only; "
            "percent-encode the others)"
        )

    item: dict[str, Any] = {
        "uri": uri,
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "language": article.language,
        "altIds": [{"role": ALT_ID_ROLE, "value": article.id}],
    }
    if source is not None:
        if source.byline:
            item["by"] = source.byline
        created = _date_time(source.published)
        if created is not None:
            item["firstCreated"] = created

    headline = article.headline
    headlines = []
    if headline is not None:
        headlines.append(
            {
                "role": HEADLINE_MAIN,
                "contentType": "text/plain",
                "value": article.text_of(headline.content),
            }
        )
    headlines.extend(
        {
            "role": HEADLINE_SUBHEADING,
            "contentType": "text/plain",
            "value": article.text_of(p.content),
        }
        for p in article.paragraphs
        if p.role is ParagraphRole.SUBHEADING
    )
    if headlines:
        item["headlines"] = headlines
    body = article.text[headline.span.end :] if headline is not None else article.text
    if body:
        item["bodies"] = [{"role": BODY_MAIN, "contentType": "text/plain", "value": body}]

    people = [_entity(a) for a in doc.actors if a.kind is ActorKind.PERSON]
    organisations = [_entity(a) for a in doc.actors if a.kind in _ORGANISATIONS]
    places = [_entity(a) for a in doc.actors if a.kind is ActorKind.COUNTRY]
    places.extend(_place(p) for p in doc.places)
    for key, values in (("people", people), ("organisations", organisations), ("places", places)):
        if values:
            item[key] = values

    if doc.meetings:
        item["events"] = [
            {"id": m.id, "name": doc.text_of(m.trigger), "rel": REL_MENTIONS} for m in doc.meetings
        ]
    topics = dict.fromkeys(t.label or doc.text_of(t.span) for m in doc.meetings for t in m.topics)
    subjects = [{"name": name, "rel": REL_ABOUT} for name in topics]
    if subjects:
        item["subjects"] = subjects

    info_sources: list[dict[str, Any]] = []
    if source is not None and source.outlet:
        info_sources.append({"name": source.outlet, "role": SOURCE_PUBLISHER})
    reporters = dict.fromkeys(e.reported_by for e in doc.events if e.reported_by is not None)
    for actor_id in reporters:
        entry = _entity(doc.actor(actor_id))
        del entry["rel"]
        info_sources.append({**entry, "role": SOURCE_ORIGINFO})
    if info_sources:
        item["infoSources"] = info_sources
    return item


_URI_CHAR: Final = regex.compile(_URI_CHARS)
_URI_START: Final = regex.compile(_URI_PREFIX)


def _as_uri(iri: str) -> str:
    """``iri`` with every character RFC 3986 does not allow percent-encoded (as UTF-8).

    The first ``#`` is kept as the fragment delimiter; a later ``#``, a ``%`` that starts no
    escape, and brackets other than around an IP-literal host are encoded too.

    >>> _as_uri("https://example.org/مقال 1#x#y")
    'https://example.org/%D9%85%D9%82%D8%A7%D9%84%201#x%23y'
    """
    start = _URI_START.match(iri)
    out: list[str] = [start.group()] if start is not None else []
    fragment = False
    i = start.end() if start is not None else 0
    while i < len(iri):
        match = _URI_CHAR.match(iri, i)
        if match is not None:
            out.append(match.group())
            i = match.end()
            continue
        ch = iri[i]
        if ch == "#" and not fragment:
            fragment = True
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        i += 1
    return "".join(out)


def _urn(article_id: str) -> str:
    return f"urn:newsevents:article:{article_id}"


def _date_time(value: dt.datetime | dt.date | None) -> str | None:
    """A date-time with a UTC offset, as RFC 3339 wants; dates and naive times have none."""
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.isoformat()
    return None


def _actor_uri(actor: Actor) -> str | None:
    ids = actor.identifiers
    if actor.kind is ActorKind.COUNTRY and "iso3166" in ids:
        return _as_uri(_ISO3166 + ids["iso3166"].lower())
    if "wikidata" in ids:
        return _as_uri(_WIKIDATA + ids["wikidata"])
    return None


def _entity(actor: Actor) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": actor.name, "rel": REL_MENTIONS, "literal": actor.id}
    uri = _actor_uri(actor)
    if uri is not None:
        entry["uri"] = uri
    return entry


def _place(place: Place) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": place.name, "rel": REL_MENTIONS, "literal": place.id}
    if "wikidata" in place.identifiers:
        entry["uri"] = _as_uri(_WIKIDATA + place.identifiers["wikidata"])
    elif "geonames" in place.identifiers:
        entry["uri"] = _as_uri(f"{_GEONAMES}{place.identifiers['geonames']}/")
    return entry


# -- import --------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class _Headline(_Strict):
    role: str | None = None
    contentType: str | None = None  # noqa: N815 - ninjs field name
    value: str


class _Body(_Headline):
    charCount: int | None = None  # noqa: N815
    wordCount: int | None = None  # noqa: N815


class _AltId(_Strict):
    role: str | None = None
    value: str | None = None


class _InfoSource(_Strict):
    name: str | None = None
    role: str | None = None
    uri: str | None = None
    literal: str | None = None
    contactInfo: list[dict[str, Any]] | None = None  # noqa: N815


class _Item(BaseModel):
    """The ninjs fields from_ninjs reads; the others are checked against the schema's types."""

    model_config = ConfigDict(strict=True, extra="allow", frozen=True)

    uri: str
    language: str | None = None
    headlines: list[_Headline] = []
    bodies: list[_Body] = []
    altIds: list[_AltId] = []  # noqa: N815
    infoSources: list[_InfoSource] = []  # noqa: N815
    by: str | None = None
    firstCreated: str | None = None  # noqa: N815
    contentCreated: str | None = None  # noqa: N815
    versionCreated: str | None = None  # noqa: N815


def from_ninjs(item: Mapping[str, Any] | str | bytes) -> Article:
    """An :class:`~newsevents.model.Article` from a ninjs news item (a dict or JSON text).

    The text is the ``main`` headline, a line break, and the ``main`` body (a ``text/plain``
    one is preferred; an HTML/XHTML body is turned into one paragraph per block element).
    The headline becomes the first paragraph with role ``headline``; ``subheading`` headlines
    mark the body paragraphs with the same text as subheadings. The article id is read from
    ``altIds`` (role ``newsevents:article``), else derived from a hash of ``uri``; ``source``
    takes the outlet (``infoSources`` role ``publisher``), the URL (an http(s) ``uri``), the
    byline (``by``) and the publication time (``firstCreated``, else ``contentCreated``,
    else ``versionCreated``).

    :raises ParseError: ``item`` is JSON text that does not parse or nests too deeply
        (``invalid_json``), or bytes that do not decode (``invalid_utf8``).
    :raises DocumentError: the item does not conform to ninjs 3.1 (``ninjs_invalid``,
        ``ninjs_unknown_property``), has no headline and no usable body (``ninjs_no_text``),
        or its language or id do not fit the model; each problem names its ninjs path.
    """
    if isinstance(item, str | bytes):
        try:
            item = json.loads(item)
        except json.JSONDecodeError as exc:
            raise ParseError(f"not JSON: {exc.msg}", code="invalid_json", offset=exc.pos) from None
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"the bytes are not valid {exc.encoding} ({exc.reason}); pass UTF-8 JSON",
                code="invalid_utf8",
                offset=exc.start,
            ) from None
        except RecursionError:
            raise ParseError("JSON nested too deeply to read", code="invalid_json") from None
    if not isinstance(item, Mapping):
        raise DocumentError(
            [
                Problem(
                    "ninjs_invalid",
                    "$",
                    f"a ninjs item is a JSON object, not {type(item).__name__}",
                )
            ],
            title="ninjs item",
        )
    problems = _shape_problems(item)
    nulls, cleaned = _without_nulls(item)
    problems.extend(nulls)
    parsed: _Item | None = None
    try:
        parsed = _Item.model_validate(cleaned)
    except ValidationError as exc:
        problems.extend(
            Problem("ninjs_invalid", format_path(e["loc"]), str(e["msg"]))
            for e in exc.errors(include_url=False)
        )
    if parsed is not None:
        problems.extend(_format_problems(parsed))
    if problems or parsed is None:
        raise DocumentError(problems, title="ninjs item")
    return _article(parsed)


def _without_nulls(item: Mapping[str, Any]) -> tuple[list[Problem], dict[str, Any]]:
    """Explicit ``null``s in the fields that are read (ninjs allows none), and a copy without.

    The typed models treat a missing property and a ``null`` alike; the schema does not.
    """
    problems: list[Problem] = []

    def null(path: str) -> None:
        problems.append(Problem("ninjs_invalid", path, "null is not allowed; omit the property"))

    cleaned: dict[str, Any] = {}
    for key, value in item.items():
        if key in _Item.model_fields and value is None:
            null(str(key))
            continue
        if key in _Item.model_fields and isinstance(value, list):
            entries: list[Any] = []
            for i, entry in enumerate(value):
                if isinstance(entry, Mapping):
                    for k, v in entry.items():
                        if v is None:
                            null(f"{key}[{i}].{k}")
                    entry = {k: v for k, v in entry.items() if v is not None}
                entries.append(entry)
            value = entries
        cleaned[key] = value
    return problems, cleaned


def _shape_problems(item: Mapping[str, Any]) -> list[Problem]:
    """Unknown properties, and the JSON types of the top-level properties we do not read."""
    schema = _schema()
    defs = schema["$defs"]
    properties: dict[str, Any] = defs["ninjsType"]["properties"]
    problems = []
    for key, value in item.items():
        spec = properties.get(key)
        if spec is None:
            problems.append(
                Problem(
                    "ninjs_unknown_property",
                    str(key),
                    f"{key!r} is not a ninjs 3.1 property (the schema allows no other)",
                )
            )
            continue
        if key in _Item.model_fields:
            continue
        message = _type_problem(value, _resolve(spec, defs), defs)
        if message is not None:
            problems.append(Problem("ninjs_invalid", str(key), message))
    return problems


_JSON_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


def _resolve(spec: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec`` merged with the local definition its ``$ref`` names, if any."""
    ref = spec.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {**defs[ref.rsplit("/", 1)[-1]], **spec}
    return spec


def _type_problem(value: Any, spec: Mapping[str, Any], defs: Mapping[str, Any]) -> str | None:
    expected = spec.get("type")
    if isinstance(expected, str):
        ok = isinstance(value, _JSON_TYPES[expected]) and not (
            expected in ("integer", "number") and isinstance(value, bool)
        )
        if not ok:
            return f"must be of JSON type {expected}, not {type(value).__name__}"
    date_time = spec.get("format") == "date-time"
    if isinstance(value, str) and date_time and _parse_date_time(value) is None:
        return f"{value!r} is not an RFC 3339 date-time"
    if isinstance(value, str) and spec.get("format") == "uri" and not _URI.match(value):
        return f"{value!r} is not an absolute URI"
    if "enum" in spec and value not in spec["enum"]:
        return f"{value!r} is not one of {', '.join(map(repr, spec['enum']))}"
    if "minimum" in spec and isinstance(value, int) and value < spec["minimum"]:
        return f"{value} is less than the minimum {spec['minimum']}"
    if "maximum" in spec and isinstance(value, int) and value > spec["maximum"]:
        return f"{value} is greater than the maximum {spec['maximum']}"
    items = spec.get("items")
    if isinstance(value, list | tuple) and isinstance(items, Mapping):
        shallow = {
            k: v for k, v in _resolve(items, defs).items() if k in ("type", "enum", "format")
        }
        for i, element in enumerate(value):
            message = _type_problem(element, shallow, defs)
            if message is not None:
                return f"item [{i}]: {message}"
    return None


def _format_problems(item: _Item) -> list[Problem]:
    problems = []
    if not _URI.match(item.uri):
        problems.append(Problem("ninjs_invalid", "uri", f"{item.uri!r} is not an absolute URI"))
    for i, src in enumerate(item.infoSources):
        if src.uri is not None and not _URI.match(src.uri):
            problems.append(
                Problem(
                    "ninjs_invalid", f"infoSources[{i}].uri", f"{src.uri!r} is not an absolute URI"
                )
            )
    for name in ("firstCreated", "contentCreated", "versionCreated"):
        value = getattr(item, name)
        if value is not None and _parse_date_time(value) is None:
            problems.append(
                Problem(
                    "ninjs_invalid",
                    name,
                    f"{value!r} is not an RFC 3339 date-time (YYYY-MM-DDThh:mm:ss with an offset)",
                )
            )
    return problems


def _parse_date_time(value: str) -> dt.datetime | None:
    if not _DATE_TIME.match(value):
        return None
    try:
        return dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return None


@cache
def _schema() -> dict[str, Any]:
    return ninjs_schema()


def _article(item: _Item) -> Article:
    headline = _pick_headline(item.headlines)
    body = _pick_body(item.bodies)
    if headline is None and not body:
        raise DocumentError(
            [
                Problem(
                    "ninjs_no_text",
                    "bodies",
                    "the item has no main headline and no text/plain or HTML body to read",
                )
            ],
            title="ninjs item",
        )
    parts = [p for p in (headline, body) if p]
    text = "\n".join(parts)

    article_id = (
        next((a.value for a in item.altIds if a.role == ALT_ID_ROLE and a.value), None)
        or "ninjs-" + hashlib.sha256(item.uri.encode("utf-8")).hexdigest()[:16]
    )
    published = None
    for value in (item.firstCreated, item.contentCreated, item.versionCreated):
        if value is not None:
            published = _parse_date_time(value)
            break
    outlet = next((s.name for s in item.infoSources if s.role == SOURCE_PUBLISHER and s.name), None)
    url = item.uri if regex.match(r"(?i)^https?://", item.uri) else None
    source = None
    if outlet or url or item.by or published:
        source = Source(outlet=outlet, url=url, byline=item.by or None, published=published)
    try:
        article = parse_article(text, language=item.language, id=article_id, source=source)
    except DocumentError as exc:
        raise DocumentError(
            [Problem(p.code, _NINJS_PATHS.get(p.path, p.path), p.message) for p in exc.problems],
            title="ninjs item",
        ) from None
    except ParseError as exc:  # the text itself: too long, a lone surrogate, only whitespace
        raise DocumentError(
            [Problem(exc.code, "bodies", exc.message)], title="ninjs item"
        ) from None
    return _with_roles(article, headline, item.headlines)


_NINJS_PATHS: Final = {
    "id": "altIds",
    "language": "language",
    "source.url": "uri",
    "source.byline": "by",
    "source.outlet": "infoSources",
    "source.published": "firstCreated",
}
"""Where the article fields that from_ninjs fills come from in the ninjs item."""


def _pick_headline(headlines: list[_Headline]) -> str | None:
    for h in headlines:
        if h.role == HEADLINE_MAIN and h.value.strip():
            return h.value
    for h in headlines:
        if h.role is None and h.value.strip():
            return h.value
    return None


def _plain(content_type: str | None) -> bool:
    return content_type is None or content_type.split(";")[0].strip().lower() == "text/plain"


def _markup(content_type: str | None) -> bool:
    return content_type is not None and "html" in content_type.lower()


def _pick_body(bodies: list[_Body]) -> str:
    ordered = sorted(bodies, key=lambda b: b.role != BODY_MAIN)
    for b in ordered:
        if _plain(b.contentType) and b.value.strip():
            return b.value
    for b in ordered:
        if _markup(b.contentType) and b.value.strip():
            return _html_to_text(b.value)
    return ""


def _with_roles(article: Article, headline: str | None, headlines: list[_Headline]) -> Article:
    subheadings = {h.value.strip() for h in headlines if h.role == HEADLINE_SUBHEADING}
    paragraphs = []
    for i, p in enumerate(article.paragraphs):
        content = article.text_of(p.content)
        if i == 0 and headline is not None and len(article.paragraphs) > 1:
            role = ParagraphRole.HEADLINE
        elif subheadings:
            role = ParagraphRole.SUBHEADING if content in subheadings else ParagraphRole.BODY
        elif p.role is ParagraphRole.HEADLINE:
            role = ParagraphRole.BODY if headline is None else p.role
        else:
            role = p.role
        paragraphs.append(
            p
            if role is p.role
            else Paragraph.model_construct(
                span=p.span, content=p.content, role=role, sentences=p.sentences
            )
        )
    return article.model_copy(update={"paragraphs": tuple(paragraphs)})


_BLOCKS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED: Final = frozenset({"script", "style", "template"})
_SPACES: Final = regex.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._current)).strip()
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def _html_to_text(markup: str) -> str:
    r"""Plain text of an HTML/XHTML body: one line per block element, whitespace collapsed.

    >>> _html_to_text("<p>One  <b>two</b></p>\n<p>Three &amp; four</p>")
    'One two\nThree & four'
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    collector._flush()
    return "\n".join(collector.paragraphs)
