"""Hypothesis strategies for newsevents: news-like text and valid documents, for your own tests.

Install with the ``testing`` extra (``pip install 'newsevents[testing]'``), then::

    from hypothesis import given
    from newsevents.strategies import documents

    @given(documents(language="ar", min_events=1))
    def test_my_exporter(doc):
        assert my_exporter(doc)

Every strategy here is *valid by construction*: every span lies inside the article text, every
reference resolves, ids are unique, meetings have two participants or a group, statements have
a speaker and non-empty content, and :func:`newsevents.validate` reports no error for a
generated document. (``st.builds(Document)`` cannot do this: it ignores the model's patterns
and cross-references, and makes invalid objects.)

The generated text is news-like, built from small word lists: a headline and paragraphs;
Arabic with clitics (و ف ب ل ك ال), diacritics, tatweel, Arabic-Indic and Persian digits and
bidi marks; English; or Arabic with English names mixed in; quotes of every kind (“” «» "" ‘’
„“ ‹›); LF, CRLF and blank-line layouts. Facts are placed where the text states them: a direct
statement's content is the text between its quotation marks, a mention spans the actor's name.

All options are keyword-only; where an option takes a strategy you may pass ``st.just(value)``.
With the package installed, ``st.from_type(Document)`` (and ``Article``, ``Span``, ``Actor``,
``Mention``, ``Statement``, ``Meeting``, ``Source``) uses these strategies.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal, TypeVar

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "newsevents.strategies needs hypothesis; install it with: pip install 'newsevents[testing]'"
    ) from exc

import attrs
import regex

from newsevents.errors import ParseError
from newsevents.model import (
    Actor,
    ActorKind,
    Article,
    Document,
    Granularity,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Mention,
    MentionForm,
    Name,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    Polarity,
    QuoteKind,
    Role,
    Source,
    Span,
    Stance,
    Statement,
    TimeExpr,
    Topic,
    Translation,
)
from newsevents.parse import parse_article

__all__ = [
    "QUOTE_PAIRS",
    "actors",
    "arabic_text",
    "articles",
    "documents",
    "english_text",
    "extensions",
    "ids",
    "meetings",
    "mentions",
    "mixed_text",
    "news_text",
    "sources",
    "spans",
    "statements",
]

T = TypeVar("T")
Language = Literal["ar", "en"]

QUOTE_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("“", "”"),
    ("«", "»"),
    ('"', '"'),
    ("‘", "’"),
    ("„", "“"),
    ("‹", "›"),
)
"""The (opening, closing) quotation marks generated text uses."""

# -- word lists (test data) ------------------------------------------------------------------


@attrs.frozen
class _Words:
    """The small vocabulary one language's generated text is made of."""

    persons: tuple[str, ...]
    organizations: tuple[str, ...]
    countries: tuple[str, ...]
    media: tuple[str, ...]
    groups: tuple[str, ...]
    titles: tuple[str, ...]
    cues: tuple[tuple[str, str, Stance], ...]
    """(form as written, lemma, stance)."""
    that: tuple[str, ...]
    triggers: tuple[str, ...]
    and_: str
    in_: str
    on: str
    to_discuss: str
    weekdays: tuple[tuple[str, int], ...]
    months: tuple[tuple[str, int], ...]
    places: tuple[tuple[str, PlaceKind], ...]
    filler: tuple[str, ...]
    ends: tuple[str, ...]


_AR: Final = _Words(
    persons=(
        "جيك سوليفان",
        "جيك ساليفان",
        "إيال هولتا",
        "أنتوني بلينكن",
        "محمد الأحمد",
        "سارة خليل",
        "عمر حسن",
        "ليلى منصور",
        "يوسف عبد الله",
    ),
    organizations=(
        "الأمم المتحدة",
        "وزارة الخارجية",
        "البيت الأبيض",
        "مجلس الأمن",
        "الجامعة العربية",
    ),
    countries=("مصر", "الأردن", "إسرائيل", "الولايات المتحدة", "إيران", "لبنان"),
    media=("موقع والا", "قناة الجزيرة", "وكالة الأنباء"),
    groups=("المسؤولون الأمريكيون", "المتظاهرون", "الوفد المصري"),
    titles=("مستشار الأمن القومي", "وزير الخارجية", "المتحدث باسم الحكومة", "رئيس الوزراء"),
    cues=(
        ("قال", "قال", Stance.SAY),
        ("وقال", "قال", Stance.SAY),
        ("أضاف", "أضاف", Stance.ADD),
        ("وأضاف", "أضاف", Stance.ADD),
        ("أوضح", "أوضح", Stance.EXPLAIN),
        ("أكد", "أكد", Stance.AFFIRM),
        ("وأكد", "أكد", Stance.AFFIRM),
        ("شدد", "شدد", Stance.STRESS),
        ("أشار", "أشار", Stance.NOTE),
        ("حذر", "حذر", Stance.WARN),
        ("نفى", "نفى", Stance.DENY),
        ("أعلن", "أعلن", Stance.ANNOUNCE),
    ),
    that=("أن", "إن"),
    triggers=("التقى", "اجتمع", "بحث", "استقبل", "اتصل"),
    and_="و",
    in_="في",
    on="يوم",
    to_discuss="لبحث",
    weekdays=(("الخميس", 4), ("الأحد", 7), ("الاثنين", 1), ("الثلاثاء", 2)),
    months=(("ديسمبر", 12), ("كانون الأول", 12), ("يناير", 1), ("آذار", 3)),
    places=(
        ("واشنطن", PlaceKind.CITY),
        ("القاهرة", PlaceKind.CITY),
        ("عمّان", PlaceKind.CITY),
        ("القدس", PlaceKind.CITY),
        ("البيت الأبيض", PlaceKind.BUILDING),
    ),
    filler=(
        "الحكومة",
        "الملف",
        "الأمن",
        "المنطقة",
        "الاتفاق",
        "المفاوضات",
        "الاقتصاد",
        "السلام",
        "التعاون",
        "اليوم",
        "الجديد",
        "بشأن",
        "حول",
        "في",
        "على",
        "من",
        "إلى",
        "عن",
        "التي",
        "هذا",
        "الوضع",
        "الأزمة",
        "المساعدات",
        "القرار",
        "الشعب",
        "الطرفين",
        "مسؤول",
        "كبير",
        "المقبل",
        "الإقليمي",
        "الأمريكى",
        "الأميركي",
    ),
    ends=(".", ".", "؟", "!", "…"),
)

_EN: Final = _Words(
    persons=(
        "Jake Sullivan",
        "Eyal Hulata",
        "Antony Blinken",
        "Sarah Khalil",
        "Omar Hassan",
        "Layla Mansour",
        "John O'Neill",
    ),
    organizations=("United Nations", "State Department", "White House", "Security Council"),
    countries=("Egypt", "Jordan", "Israel", "United States", "Iran", "Lebanon"),
    media=("Walla", "Reuters", "Al Jazeera"),
    groups=("US officials", "protesters", "the Egyptian delegation"),
    titles=("national security adviser", "foreign minister", "government spokesman"),
    cues=(
        ("said", "say", Stance.SAY),
        ("added", "add", Stance.ADD),
        ("explained", "explain", Stance.EXPLAIN),
        ("stressed", "stress", Stance.STRESS),
        ("noted", "note", Stance.NOTE),
        ("warned", "warn", Stance.WARN),
        ("denied", "deny", Stance.DENY),
        ("announced", "announce", Stance.ANNOUNCE),
        ("told reporters", "tell", Stance.SAY),
    ),
    that=("that",),
    triggers=("met", "held talks with", "spoke by phone with", "received"),
    and_="and",
    in_="in",
    on="on",
    to_discuss="to discuss",
    weekdays=(("Thursday", 4), ("Sunday", 7), ("Monday", 1)),
    months=(("December", 12), ("January", 1), ("March", 3)),
    places=(
        ("Washington", PlaceKind.CITY),
        ("Cairo", PlaceKind.CITY),
        ("Amman", PlaceKind.CITY),
        ("the White House", PlaceKind.BUILDING),
    ),
    filler=(
        "the",
        "government",
        "talks",
        "security",
        "region",
        "agreement",
        "negotiations",
        "economy",
        "peace",
        "cooperation",
        "today",
        "new",
        "about",
        "on",
        "in",
        "of",
        "to",
        "with",
        "officials",
        "crisis",
        "aid",
        "decision",
        "both",
        "sides",
        "senior",
        "next",
        "week",
        "U.S.",
        "Mr.",
        "3.5",
        "percent",
    ),
    ends=(".", ".", "?", "!"),
)

_WORDS: Final[dict[str, _Words]] = {"ar": _AR, "en": _EN}

_CLITICS: Final = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول")
_DIACRITICS: Final = ("\u064e", "\u064f", "\u0650", "\u0652", "\u0651", "\u0651\u064e", "\u064b")
_DIACRITICS_MORE: Final = ("\u064c", "\u064d", "\u0670")
_TATWEEL: Final = "\u0640"
_BIDI_MARKS: Final = ("\u200f", "\u200e", "\u061c", "\u2067", "\u2069", "\u202b", "\u202c")
_DIGITS: Final = {
    "ascii": "0123456789",
    "arabic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
}
_PARAGRAPH_BREAKS: Final = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\n\n")
_METHODS: Final = ("manual", "rule:ar.quote.cue_before", "rule:en.meeting", "model:crf/1.0")
_ID_HEAD: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ID_TAIL: Final = _ID_HEAD + "_.:-"
# Runs of graphemes that start with a character Python does not strip (\x1c-\x1f are
# whitespace to str.strip but not to \s).
_GRAPHEME_WORD = regex.compile(r"(?:(?=[^\s\x1c-\x1f])\X)+")

# -- small building blocks -------------------------------------------------------------------
# Strategies built once: drawing from a prebuilt strategy is far cheaper than building one.

_BOOL: Final = st.booleans()
_UNIT: Final = st.floats(min_value=0.0, max_value=1.0)
_CONFIDENCE: Final = st.sampled_from((1.0, 0.9, 0.5, 0.0)) | _UNIT


@functools.cache
def _between(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=low, max_value=high)


@functools.cache
def _members(options: type[enum.Enum]) -> tuple[Any, ...]:
    return tuple(options)


def _pick(draw: st.DrawFn, options: Iterable[T]) -> T:
    """One of ``options``, shrinking towards the first."""
    seq: Sequence[T] = (
        options if isinstance(options, Sequence) else _members(options)  # type: ignore[arg-type]
    )
    return seq[draw(_between(0, len(seq) - 1))]


def _maybe(draw: st.DrawFn, options: Sequence[T]) -> T | None:
    """None, or one of ``options`` when there are any."""
    if not options or draw(_BOOL):
        return None
    return _pick(draw, options)


def _distinct(draw: st.DrawFn, options: Sequence[T], n: int) -> list[T]:
    """``n`` distinct items of ``options`` (by position), in drawn order."""
    pool = list(options)
    return [pool.pop(draw(_between(0, len(pool) - 1))) for _ in range(n)]


def _shuffled(draw: st.DrawFn, items: Sequence[T]) -> list[T]:
    return _distinct(draw, items, len(items))


def ids() -> st.SearchStrategy[str]:
    """Valid identifiers (``^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$``).

    >>> from hypothesis import given
    >>> from newsevents.strategies import ids
    >>> @given(ids())
    ... def test(value):
    ...     assert 1 <= len(value) <= 13
    >>> test()
    """
    return st.builds(
        str.__add__,
        st.sampled_from(_ID_HEAD),
        st.text(alphabet=_ID_TAIL, max_size=12),
    )


def _json_values(max_leaves: int) -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**63), max_value=2**63)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=20)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=max_leaves,
    )


def extensions(*, max_leaves: int = 6) -> st.SearchStrategy[dict[str, Any]]:
    """Users' ``extensions`` mappings: any JSON value (finite floats, any text) under any key.

    Values are nested a few levels deep at most, well inside what JSON loaders accept.
    """
    return st.dictionaries(st.text(max_size=10), _json_values(max_leaves), max_size=3)


def sources() -> st.SearchStrategy[Source]:
    """Publication details: outlet, URL, date or time-zone-aware date-time, byline, country."""
    offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
    )
    published = st.none() | st.dates() | st.datetimes(timezones=st.none() | offsets)
    return st.builds(
        Source,
        outlet=st.none() | st.sampled_from(("Asharq Al-Awsat", "الشرق الأوسط", "Reuters")),
        url=st.none()
        | st.builds(
            "https://example.org/news/{}".format, st.integers(min_value=0, max_value=10**9)
        ),
        published=published,
        byline=st.none() | st.sampled_from(("واشنطن: علي بردى", "By Jane Doe")),
        country=st.none() | st.sampled_from(("EG", "SA", "US", "LB", "AE")),
    )


def _translations() -> st.SearchStrategy[Translation | None]:
    return st.none() | st.builds(
        Translation,
        source_language=st.sampled_from(("ar", "en", "he", "fr")),
        method=st.sampled_from(("human", "machine", "unknown")),
        original_id=st.none() | ids(),
    )


_IDS: Final = ids()
_EXTENSIONS: Final = extensions()
_MAYBE_EXTENSIONS: Final[st.SearchStrategy[dict[str, Any]]] = st.just({}) | _EXTENSIONS
_SOURCES: Final = sources()
_TRANSLATIONS: Final = _translations()


def _strategy(
    value: T | st.SearchStrategy[T] | None, default: st.SearchStrategy[T]
) -> st.SearchStrategy[T]:
    if value is None:
        return default
    if isinstance(value, st.SearchStrategy):
        return value
    return st.just(value)


# -- text ------------------------------------------------------------------------------------


class _Builder:
    """Text built piece by piece, handing out the span of every piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, piece: str) -> Span:
        start = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return Span(start=start, end=self.pos)

    def text(self) -> str:
        return "".join(self.parts)


def _decorate(draw: st.DrawFn, word: str, language: str) -> str:
    """A word as news text may write it: with a clitic, diacritics, tatweel or other digits."""
    if language != "ar":
        return word
    how = _pick(draw, ("plain", "plain", "plain", "clitic", "diacritics", "tatweel"))
    if how == "clitic" and not word.startswith(("ال", "و")):
        clitic: str = _pick(draw, _CLITICS)
        return clitic + word
    letters = [i for i, ch in enumerate(word) if "\u0621" <= ch <= "\u064a"]
    if how == "diacritics" and letters:
        i = _pick(draw, letters)
        mark: str = _pick(draw, _DIACRITICS + _DIACRITICS_MORE)
        return word[: i + 1] + mark + word[i + 1 :]
    if how == "tatweel" and len(letters) > 2:
        i = _pick(draw, letters[:-1])
        return word[: i + 1] + _TATWEEL * draw(_between(1, 3)) + word[i + 1 :]
    return word


def _number(draw: st.DrawFn, language: str) -> str:
    digits = (
        _DIGITS[_pick(draw, ("ascii", "arabic", "persian"))]
        if language == "ar"
        else _DIGITS["ascii"]
    )
    n = draw(_between(0, 99999))
    return str(n).translate(str.maketrans("0123456789", digits))


def _space(draw: st.DrawFn, language: str) -> str:
    if language == "ar" and draw(_between(0, 9)) == 0:
        return " " + _pick(draw, _BIDI_MARKS) + " "
    return " "


def _words(
    draw: st.DrawFn, words: _Words, language: str, *, min_size: int = 1, max_size: int = 8
) -> str:
    n = draw(_between(min_size, max_size))
    out: list[str] = []
    for _ in range(n):
        if draw(_between(0, 11)) == 0:
            out.append(_number(draw, language))
        else:
            out.append(_decorate(draw, _pick(draw, words.filler), language))
        out.append(_space(draw, language))
    return "".join(out[:-1])


def _mixed_name(draw: st.DrawFn) -> str:
    """An English name inside Arabic text, the way Arabic outlets sometimes print it."""
    name = _pick(draw, _EN.persons + _EN.media)
    return _pick(draw, ("({})", "\u200e{}\u200e", "{}")).format(name)


@st.composite
def _news_text(
    draw: st.DrawFn,
    language: str | None,
    mixed: bool,
    min_paragraphs: int,
    max_paragraphs: int,
) -> str:
    lang = language or _pick(draw, ("ar", "en"))
    words = _WORDS[lang]
    pieces: list[str] = []
    if draw(_BOOL):
        pieces.append(_words(draw, words, lang, min_size=2, max_size=9))  # headline
        pieces.append(_pick(draw, _PARAGRAPH_BREAKS))
    n = draw(_between(min_paragraphs, max_paragraphs))
    for i in range(n):
        for j in range(draw(_between(1, 3))):
            if j:
                pieces.append(" ")
            pieces.append(_sentence(draw, words, lang, mixed))
        if i + 1 < n:
            pieces.append(_pick(draw, _PARAGRAPH_BREAKS))
    if draw(_between(0, 7)) == 0:
        pieces.append(_pick(draw, ("\n", "\r\n", " ")))
    return "".join(pieces)


def _sentence(draw: st.DrawFn, words: _Words, lang: str, mixed: bool) -> str:
    kind = _pick(draw, ("plain", "plain", "quote", "unclosed", "nested"))
    body = _words(draw, words, lang)
    if mixed and draw(_BOOL):
        body = body + " " + _mixed_name(draw)
    end = _pick(draw, words.ends)
    if kind == "plain":
        return body + end
    opening, closing = _pick(draw, QUOTE_PAIRS)
    cue = _pick(draw, words.cues)[0]
    name = _pick(draw, words.persons)
    inner = _words(draw, words, lang)
    if kind == "unclosed":
        return f"{cue} {name}: {opening}{inner}{end}"
    if kind == "nested":
        o2, c2 = _pick(draw, QUOTE_PAIRS)
        inner = f"{inner} {o2}{_words(draw, words, lang, max_size=3)}{c2}"
    return f"{cue} {name}: {opening}{inner}{closing}{end}"


def news_text(
    *,
    language: Language | None = None,
    mixed: bool = False,
    min_paragraphs: int = 1,
    max_paragraphs: int = 6,
) -> st.SearchStrategy[str]:
    """News-like text: an optional headline, then paragraphs of one to three sentences.

    Sentences may quote someone with any kind of quotation marks, leave a quote unclosed, or
    nest one quote inside another. Arabic words come with clitics, diacritics and tatweel,
    numbers in ASCII, Arabic-Indic or Persian digits, and bidi marks between words; paragraphs
    are separated by LF, CRLF or blank lines. With ``mixed=True`` English names appear inside
    Arabic text.

    :param language: ``"ar"`` or ``"en"``; either when omitted.

    >>> from hypothesis import given
    >>> from newsevents.strategies import news_text
    >>> @given(news_text(language="ar", max_paragraphs=2))
    ... def test(text):
    ...     assert text.strip()
    >>> test()
    """
    if language not in (None, "ar", "en"):
        raise InvalidArgument(f"language must be 'ar', 'en' or None, not {language!r}")
    if not 1 <= min_paragraphs <= max_paragraphs:
        raise InvalidArgument(
            f"need 1 <= min_paragraphs <= max_paragraphs, got {min_paragraphs}, {max_paragraphs}"
        )
    return _news_text(language, mixed, min_paragraphs, max_paragraphs)


def arabic_text(*, min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[str]:
    """Arabic news-like text (see :func:`news_text`)."""
    return news_text(language="ar", min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs)


def english_text(*, min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[str]:
    """English news-like text (see :func:`news_text`)."""
    return news_text(language="en", min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs)


def mixed_text(*, min_paragraphs: int = 1, max_paragraphs: int = 6) -> st.SearchStrategy[str]:
    """Arabic news-like text with English names in it (see :func:`news_text`)."""
    return news_text(
        language="ar", mixed=True, min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs
    )


# -- spans and standalone facts --------------------------------------------------------------


@st.composite
def _spans(draw: st.DrawFn, length: int, min_length: int, max_length: int | None) -> Span:
    if min_length > length:
        raise InvalidArgument(f"min_length={min_length} is longer than the text ({length})")
    longest = length if max_length is None else min(max_length, length)
    size = draw(_between(min_length, max(min_length, longest)))
    start = draw(_between(0, length - size))
    return Span(start=start, end=start + size)


def spans(
    text: str | None = None, *, min_length: int = 0, max_length: int | None = None
) -> st.SearchStrategy[Span]:
    """Spans inside ``text`` (``0 <= start <= end <= len(text)``).

    Without a text, spans anywhere in the first thousand code points.

    >>> from hypothesis import given
    >>> from newsevents.strategies import spans
    >>> text = "وقال سوليفان"
    >>> @given(spans(text=text, min_length=1))
    ... def test(span):
    ...     assert 1 <= len(span.slice(text)) == len(span)
    >>> test()
    """
    length = 1000 if text is None else len(text)
    if min_length < 0 or (max_length is not None and max_length < min_length):
        raise InvalidArgument(f"bad span lengths: min_length={min_length}, max_length={max_length}")
    return _spans(length, min_length, max_length)


def _kind_words(words: _Words, kind: ActorKind) -> tuple[str, ...]:
    return {
        ActorKind.PERSON: words.persons,
        ActorKind.ORGANIZATION: words.organizations,
        ActorKind.COUNTRY: words.countries,
        ActorKind.MEDIA: words.media,
        ActorKind.GROUP: words.groups,
    }[kind]


_IDENTIFIERS: Final = st.dictionaries(
    st.sampled_from(("wikidata", "cameo", "iso3166")),
    st.integers(min_value=1, max_value=10**7).map("Q{}".format),
    max_size=2,
)


@st.composite
def _actors(
    draw: st.DrawFn,
    id: st.SearchStrategy[str],
    kind: st.SearchStrategy[ActorKind],
    language: st.SearchStrategy[str],
    name: st.SearchStrategy[str] | None,
) -> Actor:
    lang = draw(language)
    k = draw(kind)
    words = _WORDS[lang]
    canonical = draw(name) if name is not None else _pick(draw, _kind_words(words, k))
    other = _EN if lang == "ar" else _AR
    pool = _kind_words(other, k)
    aliases = _distinct(draw, pool, draw(_between(0, min(2, len(pool)))))
    return Actor(
        id=draw(id),
        kind=k,
        name=canonical,
        names=(
            Name(text=canonical, lang=lang),
            *(Name(text=a, lang="en" if lang == "ar" else "ar") for a in aliases),
        ),
        identifiers=draw(_IDENTIFIERS),
        confidence=draw(_UNIT),
        method=_pick(draw, _METHODS),
        extensions=draw(_MAYBE_EXTENSIONS),
    )


def actors(
    *,
    id: st.SearchStrategy[str] | None = None,
    kind: ActorKind | st.SearchStrategy[ActorKind] | None = None,
    language: Language | st.SearchStrategy[str] | None = None,
    name: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Actor]:
    """Actors with names (and aliases in the other script) that fit their kind.

    Standalone actors have no roles or members: those refer to other actors, which only a
    document can hold (see :func:`documents`).

    >>> from hypothesis import given
    >>> from newsevents import ActorKind
    >>> from newsevents.strategies import actors
    >>> @given(actors(kind=ActorKind.COUNTRY, language="ar"))
    ... def test(actor):
    ...     assert actor.kind is ActorKind.COUNTRY and actor.names[0].text == actor.name
    >>> test()
    """
    return _actors(
        _strategy(id, ids()),
        _strategy(kind, st.sampled_from(ActorKind)),
        _strategy(language, st.sampled_from(("ar", "en"))),
        name,
    )


@st.composite
def _mentions(
    draw: st.DrawFn, text: str | None, actor: st.SearchStrategy[str], id: st.SearchStrategy[str]
) -> Mention:
    form = _pick(draw, MentionForm)
    return Mention(
        id=draw(id),
        actor=draw(actor),
        span=draw(spans(text, min_length=1 if text else 0)),
        form=form,
        confidence=draw(_UNIT),
        method=_pick(draw, _METHODS),
    )


def mentions(
    *,
    text: str | None = None,
    actor: str | st.SearchStrategy[str] | None = None,
    id: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Mention]:
    """Mentions of ``actor`` (an id) with a span inside ``text``.

    >>> from hypothesis import given
    >>> from newsevents.strategies import mentions
    >>> @given(mentions(text="قال هولتا", actor="hulata"))
    ... def test(m):
    ...     assert m.actor == "hulata" and m.span.end <= 9
    >>> test()
    """
    return _mentions(text, _strategy(actor, ids()), _strategy(id, ids()))


@st.composite
def _statements(
    draw: st.DrawFn,
    text: str | None,
    speakers: st.SearchStrategy[tuple[str, ...]],
    id: st.SearchStrategy[str],
    quote: st.SearchStrategy[QuoteKind],
) -> Statement:
    who = draw(speakers)
    if not who:
        raise InvalidArgument("a statement needs at least one speaker")
    if text is not None and not text:
        raise InvalidArgument("a statement needs a non-empty text for its content")
    has_cue = draw(_BOOL)
    return Statement(
        id=draw(id),
        speakers=who,
        content=draw(spans(text, min_length=1)),
        quote=draw(quote),
        cue=draw(spans(text, min_length=1)) if has_cue else None,
        cue_lemma=_pick(draw, [c[1] for c in _AR.cues + _EN.cues]) if has_cue else None,
        stance=_pick(draw, Stance),
        confidence=draw(_UNIT),
        method=_pick(draw, _METHODS),
    )


def statements(
    *,
    text: str | None = None,
    speakers: Sequence[str] | st.SearchStrategy[tuple[str, ...]] | None = None,
    id: st.SearchStrategy[str] | None = None,
    quote: QuoteKind | st.SearchStrategy[QuoteKind] | None = None,
) -> st.SearchStrategy[Statement]:
    """Statements: at least one speaker, a non-empty content span inside ``text``.

    >>> from hypothesis import given
    >>> from newsevents.strategies import statements
    >>> @given(statements(text="قال: «نعم».", speakers=["a1", "a2"]))
    ... def test(s):
    ...     assert s.speakers == ("a1", "a2") and not s.content.is_empty
    >>> test()
    """
    if speakers is None:
        who: st.SearchStrategy[tuple[str, ...]] = st.lists(
            ids(), min_size=1, max_size=2, unique=True
        ).map(tuple)
    elif isinstance(speakers, st.SearchStrategy):
        who = speakers
    else:
        who = st.just(tuple(speakers))
    return _statements(
        text, who, _strategy(id, ids()), _strategy(quote, st.sampled_from(QuoteKind))
    )


@st.composite
def _meetings(
    draw: st.DrawFn,
    text: str | None,
    participants: st.SearchStrategy[tuple[str, ...]],
    id: st.SearchStrategy[str],
) -> Meeting:
    who = draw(participants)
    if len(set(who)) < 2:
        raise InvalidArgument("a standalone meeting needs at least two distinct participants")
    roles = [_pick(draw, ParticipantRole) for _ in who]
    topics = draw(st.lists(spans(text, min_length=1), max_size=2)) if (text is None or text) else []
    return Meeting(
        id=draw(id),
        participants=tuple(Participant(actor=a, role=r) for a, r in zip(who, roles, strict=True)),
        trigger=draw(spans(text)),
        mode=_pick(draw, MeetingMode),
        status=_pick(draw, MeetingStatus),
        polarity=_pick(draw, Polarity),
        topics=tuple(Topic(span=s) for s in topics),
        confidence=draw(_UNIT),
        method=_pick(draw, _METHODS),
    )


def meetings(
    *,
    text: str | None = None,
    participants: Sequence[str] | st.SearchStrategy[tuple[str, ...]] | None = None,
    id: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings between at least two distinct participants, with spans inside ``text``.

    (A meeting with a single *group* participant is valid in a document, which knows the
    actors' kinds; :func:`documents` generates those too.)

    >>> from hypothesis import given
    >>> from newsevents.strategies import meetings
    >>> @given(meetings(text="التقى سوليفان هولتا", participants=["sullivan", "hulata"]))
    ... def test(m):
    ...     assert {p.actor for p in m.participants} == {"sullivan", "hulata"}
    >>> test()
    """
    if participants is None:
        who: st.SearchStrategy[tuple[str, ...]] = st.lists(
            ids(), min_size=2, max_size=4, unique=True
        ).map(tuple)
    elif isinstance(participants, st.SearchStrategy):
        who = participants
    else:
        who = st.just(tuple(participants))
    return _meetings(text, who, _strategy(id, ids()))


# -- articles --------------------------------------------------------------------------------


def _article(
    draw: st.DrawFn, text: str, language: str, id: str | None, with_source: bool
) -> Article:
    if not text:
        raise InvalidArgument("an article needs a non-empty text")
    source = draw(_SOURCES) if with_source else None
    try:
        article = parse_article(text, language=language, id=id, source=source)
    except ParseError as exc:
        if exc.code != "empty_text":
            raise InvalidArgument(f"text cannot be an article text: {exc}") from None
        # Only whitespace: a valid article without paragraphs.
        article = Article(id=id or "blank", language=language, text=text, source=source)
    return article.model_copy(
        update={
            "translation": draw(_TRANSLATIONS),
            "extensions": draw(_MAYBE_EXTENSIONS),
        }
    )


@st.composite
def _articles(
    draw: st.DrawFn,
    text: st.SearchStrategy[str] | None,
    language: st.SearchStrategy[str],
    id: st.SearchStrategy[str],
    mixed: bool | None,
) -> Article:
    lang = draw(language)
    if text is None:
        mix = draw(_BOOL) if mixed is None else mixed
        raw = draw(news_text(language="ar" if mix else lang, mixed=mix))  # type: ignore[arg-type]
    else:
        raw = draw(text)
    return _article(draw, raw, lang, draw(id), draw(_BOOL))


def articles(
    *,
    text: st.SearchStrategy[str] | None = None,
    language: Language | st.SearchStrategy[str] | None = None,
    id: st.SearchStrategy[str] | None = None,
    mixed: bool | None = None,
) -> st.SearchStrategy[Article]:
    r"""Articles parsed from news-like text (or from ``text``), with source and extensions.

    >>> from hypothesis import given, strategies as st
    >>> from newsevents.strategies import articles
    >>> @given(articles(text=st.just("Talks end\n\nThey met."), language="en"))
    ... def test(article):
    ...     assert article.headline is not None and article.text.endswith("met.")
    >>> test()
    """
    return _articles(
        text, _strategy(language, st.sampled_from(("ar", "en"))), _strategy(id, ids()), mixed
    )


# -- documents -------------------------------------------------------------------------------


@attrs.define
class _Doc:
    """What a document under construction has so far."""

    draw: st.DrawFn
    prefix: str
    count: int = 0
    actors: list[Actor] = attrs.field(factory=list)
    mentions: list[Mention] = attrs.field(factory=list)
    events: list[Meeting | Statement] = attrs.field(factory=list)
    times: list[TimeExpr] = attrs.field(factory=list)
    places: list[Place] = attrs.field(factory=list)
    evidence: list[Span] = attrs.field(factory=list)

    def new_id(self, what: str) -> str:
        self.count += 1
        return f"{self.prefix}{what}{self.count}"

    def mention(self, actor: Actor, span: Span, form: MentionForm = MentionForm.NAME) -> None:
        self.mentions.append(
            Mention(
                id=self.new_id("m"),
                actor=actor.id,
                span=span,
                form=form,
                confidence=self.confidence(),
                method=self.method(),
            )
        )

    def confidence(self) -> float:
        return self.draw(_CONFIDENCE)

    def method(self) -> str:
        return _pick(self.draw, _METHODS)

    def fact_extras(self) -> dict[str, Any]:
        extra: dict[str, Any] = {"confidence": self.confidence(), "method": self.method()}
        if self.evidence and self.draw(_between(0, 3)) == 0:
            extra["evidence"] = (_pick(self.draw, self.evidence),)
        if self.draw(_between(0, 5)) == 0:
            extra["extensions"] = self.draw(_EXTENSIONS)
        return extra


_GROUPLIKE: Final = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})


def _cast(draw: st.DrawFn, state: _Doc, lang: str, n: int, mixed: bool) -> None:
    """Draw ``n`` actors whose names fit their kinds (persons first, so meetings can happen)."""
    words = _WORDS[lang]
    used: set[str] = set()
    for i in range(n):
        kind = ActorKind.PERSON if i < 2 else _pick(draw, ActorKind)
        pool = [w for w in _kind_words(words, kind) if w not in used]
        if mixed and kind is ActorKind.PERSON and draw(_BOOL):
            pool = [w for w in _EN.persons if w not in used] or pool
        if not pool:
            kind = ActorKind.PERSON
            pool = [w for w in words.persons + _EN.persons if w not in used]
        name = _pick(draw, pool)
        used.add(name)
        state.actors.append(
            Actor(
                id=state.new_id("a"),
                kind=kind,
                name=name,
                names=(Name(text=name, lang="en" if name in _EN.persons else lang),),
                identifiers=draw(_IDENTIFIERS),
                **state.fact_extras(),
            )
        )
    # Roles and members that refer to other actors of the document.
    affiliations = [
        a for a in state.actors if a.kind in {ActorKind.COUNTRY, ActorKind.ORGANIZATION}
    ]
    persons = [a for a in state.actors if a.kind is ActorKind.PERSON]
    for i, a in enumerate(state.actors):
        update: dict[str, Any] = {}
        if a.kind is ActorKind.PERSON and draw(_BOOL):
            aff = _maybe(draw, affiliations)
            update["roles"] = (
                Role(title=_pick(draw, words.titles), affiliation=aff.id if aff else None),
            )
        if a.kind in _GROUPLIKE and persons and draw(_BOOL):
            update["members"] = tuple(
                m.id for m in _distinct(draw, persons, draw(_between(0, min(2, len(persons)))))
            )
        if update:
            state.actors[i] = a.model_copy(update=update)


def _name(b: _Builder, state: _Doc, actor: Actor, glue: str = "") -> None:
    if glue:
        b.add(glue)
    state.mention(actor, b.add(actor.name))


def _statement(draw: st.DrawFn, b: _Builder, state: _Doc, words: _Words, lang: str) -> None:
    persons = [a for a in state.actors if a.kind is not ActorKind.GROUP] or state.actors
    speaker = _pick(draw, persons)
    speakers = [speaker]
    cue_form, lemma, stance = _pick(draw, words.cues)
    quote = _pick(draw, QuoteKind)
    start = b.pos
    if lang == "en":
        _name(b, state, speaker)
        b.add(" ")
        cue = b.add(cue_form)
    else:
        cue = b.add(cue_form)
        b.add(" ")
        _name(b, state, speaker)
        others = [a for a in persons if a is not speaker]
        if others and draw(_between(0, 3)) == 0:
            second = _pick(draw, others)
            b.add(" ")
            _name(b, state, second, glue=words.and_)
            speakers.append(second)
    if quote is QuoteKind.DIRECT:
        opening, closing = _pick(draw, QUOTE_PAIRS)
        b.add(": " + opening)
        content = b.add(_words(draw, words, lang))
        b.add(closing)
    else:
        b.add(" " + _pick(draw, words.that) + " ")
        first = _words(draw, words, lang)
        if quote is QuoteKind.MIXED:
            opening, closing = _pick(draw, QUOTE_PAIRS)
            first += f" {opening}{_words(draw, words, lang, max_size=4)}{closing}"
        content = b.add(first)
    about: tuple[str, ...] = ()
    if len(state.actors) > len(speakers) and draw(_between(0, 3)) == 0:
        about = (_pick(draw, [a for a in state.actors if a not in speakers]).id,)
    time = _maybe_time(draw, b, state, words, lang)
    b.add(_pick(draw, words.ends))
    media = [a.id for a in state.actors if a.kind is ActorKind.MEDIA]
    sentence = Span(start=start, end=b.pos)
    state.evidence.append(sentence)
    state.events.append(
        Statement(
            id=state.new_id("s"),
            speakers=tuple(a.id for a in speakers),
            content=content,
            quote=quote,
            cue=cue,
            cue_lemma=lemma,
            stance=stance,
            about=about,
            time=time,
            reported_by=_maybe(draw, media),
            **state.fact_extras(),
        )
    )


def _maybe_time(draw: st.DrawFn, b: _Builder, state: _Doc, words: _Words, lang: str) -> str | None:
    if draw(_between(0, 2)):
        return None
    which = _pick(draw, ("weekday", "month", "year"))
    b.add(" " + words.on + " ")
    if which == "weekday":
        text, day = _pick(draw, words.weekdays)
        span, gran, value, weekday = b.add(text), Granularity.WEEKDAY, None, day
    elif which == "month":
        text, month = _pick(draw, words.months)
        span, gran, value, weekday = b.add(text), Granularity.MONTH, f"2022-{month:02d}", None
    else:
        year = draw(_between(1990, 2030))
        digits = _pick(draw, ("ascii", "arabic", "persian")) if lang == "ar" else "ascii"
        written = str(year).translate(str.maketrans("0123456789", _DIGITS[digits]))
        span, gran, value, weekday = b.add(written), Granularity.YEAR, str(year), None
    t = TimeExpr(id=state.new_id("t"), span=span, granularity=gran, value=value, weekday=weekday)
    state.times.append(t)
    return t.id


def _meeting(draw: st.DrawFn, b: _Builder, state: _Doc, words: _Words, lang: str) -> None:
    groups = [a for a in state.actors if a.kind in _GROUPLIKE]
    solo = len(state.actors) < 2 or (bool(groups) and draw(_between(0, 3)) == 0)
    start = b.pos
    if solo:
        host = _pick(draw, groups)
        _name(b, state, host)
        b.add(" ")
        trigger = b.add(_pick(draw, words.triggers))
        participants: tuple[Participant, ...] = (
            Participant(actor=host.id, role=ParticipantRole.PARTICIPANT),
        )
    else:
        host, guest = _distinct(draw, state.actors, 2)
        if lang == "en":
            _name(b, state, host)
            b.add(" ")
            trigger = b.add(_pick(draw, words.triggers))
            b.add(" ")
        else:
            trigger = b.add(_pick(draw, words.triggers))
            b.add(" ")
            _name(b, state, host)
            b.add(" " + _pick(draw, ("مع", "و")) + " ")
        _name(b, state, guest)
        participants = (
            Participant(actor=host.id, role=ParticipantRole.HOST),
            Participant(
                actor=guest.id,
                role=_pick(draw, (ParticipantRole.GUEST, ParticipantRole.PARTICIPANT)),
            ),
        )
    place = None
    if draw(_BOOL):
        b.add(" " + words.in_ + " ")
        name, kind = _pick(draw, words.places)
        p = Place(id=state.new_id("p"), span=b.add(name), name=name, kind=kind)
        state.places.append(p)
        place = p.id
    time = _maybe_time(draw, b, state, words, lang)
    topics: tuple[Topic, ...] = ()
    if draw(_BOOL):
        b.add(" " + words.to_discuss + " ")
        topics = (Topic(span=b.add(_words(draw, words, lang, max_size=4))),)
    b.add(_pick(draw, words.ends))
    state.evidence.append(Span(start=start, end=b.pos))
    frameworks = [a.id for a in state.actors if a.kind is ActorKind.ORGANIZATION]
    state.events.append(
        Meeting(
            id=state.new_id("e"),
            participants=participants,
            trigger=trigger,
            mode=_pick(draw, MeetingMode),
            status=_pick(draw, MeetingStatus),
            polarity=_pick(draw, Polarity),
            time=time,
            place=place,
            framework=_maybe(draw, frameworks),
            topics=topics,
            **state.fact_extras(),
        )
    )


def _filler(
    draw: st.DrawFn, b: _Builder, state: _Doc, words: _Words, lang: str, actor: Actor | None
) -> None:
    b.add(_words(draw, words, lang))
    if actor is not None:
        b.add(" ")
        _name(
            b,
            state,
            actor,
            glue=_pick(draw, ("", "", words.and_ if lang == "ar" else "")),
        )
    b.add(_pick(draw, words.ends))


@st.composite
def _documents(
    draw: st.DrawFn,
    language: st.SearchStrategy[str],
    text: st.SearchStrategy[str] | None,
    mixed: bool | None,
    min_actors: int,
    max_actors: int,
    min_events: int,
    max_events: int,
) -> Document:
    lang = draw(language)
    if lang not in _WORDS:
        raise InvalidArgument(f"language must be 'ar' or 'en', not {lang!r}")
    state = _Doc(draw, prefix=_pick(draw, ("", "x-", "doc1.", "n:", "A_")))
    floor = max(min_actors, 1 if min_events else 0)
    n_actors = draw(_between(floor, max(floor, max_actors)))
    mix = (lang == "ar" and draw(_BOOL)) if mixed is None else mixed
    if text is not None:
        return _documents_over(draw, state, draw(text), lang, n_actors, min_events, max_events)
    _cast(draw, state, lang, n_actors, mix)
    words = _WORDS[lang]
    b = _Builder()
    if draw(_between(0, 7)) == 0:
        b.add(_pick(draw, ("\n", " ", "\ufeff")))
    # Headline (possibly naming the first actor).
    b.add(_words(draw, words, lang, min_size=2, max_size=7))
    if draw(_BOOL) and state.actors:
        b.add(" ")
        _name(b, state, state.actors[0])
    b.add(_pick(draw, _PARAGRAPH_BREAKS))

    n_events = draw(_between(min_events, max(min_events, max_events)))
    if not state.actors:
        n_events = 0
    plan: list[str] = ["event"] * n_events + ["filler"] * draw(_between(0, 3))
    plan = _shuffled(draw, plan) if plan else ["filler"]
    unmentioned = list(state.actors)
    for i, item in enumerate(plan):
        if i:
            b.add(_pick(draw, (" ", " ", *_PARAGRAPH_BREAKS)))
        if item == "event":
            can_meet = len(state.actors) >= 2 or any(a.kind in _GROUPLIKE for a in state.actors)
            if not can_meet or draw(_BOOL):
                _statement(draw, b, state, words, lang)
            else:
                _meeting(draw, b, state, words, lang)
        else:
            _filler(draw, b, state, words, lang, None)
    mentioned = {m.actor for m in state.mentions}
    for actor in unmentioned:
        if actor.id not in mentioned:
            b.add(_pick(draw, _PARAGRAPH_BREAKS))
            _filler(draw, b, state, words, lang, actor)
    if draw(_between(0, 7)) == 0:
        b.add(_pick(draw, ("\n", "\r\n")))
    article = _article(draw, b.text(), lang, draw(_IDS), draw(_BOOL))
    return _finish(draw, state, article)


def _finish(draw: st.DrawFn, state: _Doc, article: Article) -> Document:
    return Document(
        article=article,
        actors=tuple(state.actors),
        mentions=tuple(_shuffled(draw, state.mentions)),
        events=tuple(state.events),
        times=tuple(state.times),
        places=tuple(state.places),
        extensions=draw(_MAYBE_EXTENSIONS),
    )


def _trimmed_word(match: regex.Match[str]) -> Span | None:
    """The match without the whitespace a grapheme may still carry, or None if nothing is left."""
    piece = match.group()
    core = piece.strip()
    if not core:
        return None
    start = match.start() + len(piece) - len(piece.lstrip())
    return Span(start=start, end=start + len(core))


def _documents_over(
    draw: st.DrawFn,
    state: _Doc,
    raw: str,
    lang: str,
    n_actors: int,
    min_events: int,
    max_events: int,
) -> Document:
    """A document over a given text: facts sit on its words (runs of non-space graphemes)."""
    article = _article(draw, raw, lang, draw(_IDS), draw(_BOOL))
    words = [w for w in map(_trimmed_word, _GRAPHEME_WORD.finditer(raw)) if w is not None]
    if not words:
        if min_events:
            raise InvalidArgument(f"text {raw!r} has no words to place {min_events} event(s) on")
        n_actors = 0
    for _ in range(n_actors):
        at = _pick(draw, words)
        name = at.slice(raw)
        actor = Actor(
            id=state.new_id("a"),
            kind=_pick(draw, ActorKind),
            name=name,
            **state.fact_extras(),
        )
        state.actors.append(actor)
        state.mention(actor, at)
    n_events = draw(_between(min_events, max(min_events, max_events)))
    if not state.actors:
        n_events = 0
    state.evidence.extend(words[:5])
    for _ in range(n_events):
        if len(state.actors) >= 2 and draw(_BOOL):
            pair = _distinct(draw, state.actors, 2)
            state.events.append(
                Meeting(
                    id=state.new_id("e"),
                    participants=tuple(Participant(actor=a.id) for a in pair),
                    trigger=_pick(draw, words),
                    mode=_pick(draw, MeetingMode),
                    status=_pick(draw, MeetingStatus),
                    **state.fact_extras(),
                )
            )
        else:
            cue = _maybe(draw, words)
            state.events.append(
                Statement(
                    id=state.new_id("s"),
                    speakers=(_pick(draw, state.actors).id,),
                    content=_pick(draw, words),
                    quote=QuoteKind.INDIRECT,
                    cue=cue,
                    cue_lemma=cue.slice(raw) if cue is not None else None,
                    stance=_pick(draw, Stance),
                    **state.fact_extras(),
                )
            )
    return _finish(draw, state, article)


def documents(
    *,
    language: Language | st.SearchStrategy[str] | None = None,
    text: st.SearchStrategy[str] | None = None,
    mixed: bool | None = None,
    min_actors: int = 0,
    max_actors: int = 6,
    min_events: int = 0,
    max_events: int = 5,
) -> st.SearchStrategy[Document]:
    """Valid documents: an article and the actors, mentions, statements, meetings, times and
    places its text states.

    The text is written along with the facts: «وقال جيك سوليفان: “…”.» yields a statement whose
    cue is «وقال», whose speaker is mentioned by name and whose content is the text between the
    marks; «التقى … مع … في واشنطن يوم الخميس» yields a meeting with a place and a time. Direct,
    indirect and mixed quotes, joint statements, group meetings, roles with affiliations,
    evidence spans, confidences, methods and users' extensions all occur. With ``text``, facts
    are placed on the words of the given text instead.

    Every generated document builds without error and :func:`newsevents.validate` reports no
    error-severity finding for it.

    :param language: ``"ar"`` or ``"en"`` (or a strategy of them); either when omitted.
    :param text: a strategy of article texts to use instead of generated news text.
    :param mixed: put English names in Arabic text (``None``: sometimes).
    :param min_actors: fewest actors (at least one whenever ``min_events`` > 0).
    :param max_actors: most actors.
    :param min_events: fewest events (statements and meetings).
    :param max_events: most events.

    >>> from hypothesis import given
    >>> import newsevents as ne
    >>> from newsevents.strategies import documents
    >>> @given(documents(language="ar", min_events=1, max_actors=3))
    ... def test(doc):
    ...     assert doc.events and len(doc.actors) <= 3
    ...     assert not [i for i in ne.validate(doc) if i.severity == "error"]
    >>> test()
    """
    for name, lo, hi in (("actors", min_actors, max_actors), ("events", min_events, max_events)):
        if not 0 <= lo <= hi:
            raise InvalidArgument(f"need 0 <= min_{name} <= max_{name}, got {lo}, {hi}")
    if min_events and max_actors == 0:
        raise InvalidArgument("events need actors: max_actors must be at least 1")
    return _documents(
        _strategy(language, st.sampled_from(("ar", "en"))),
        text,
        mixed,
        min_actors,
        max_actors,
        min_events,
        max_events,
    )
