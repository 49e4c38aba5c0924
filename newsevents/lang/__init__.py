"""Language packs: the lexicons the extraction engine reads, as validated data.

Each supported language has one TOML file in this package (``ar.toml``); everything the engine
knows about a language (speech cues, meeting words, titles, countries, months, punctuation,
clitics) lives there. :func:`load_lexicon` reads and validates a pack once and caches it; a bad
entry raises :class:`~newsevents.errors.LexiconError` naming the file and the entry. Nothing is
read at ``import newsevents``: packs load when extraction first needs them.

>>> from newsevents.lang import load_lexicon, supported_languages
>>> "ar" in supported_languages()
True
>>> load_lexicon("ar").meta.language
'ar'
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from newsevents.errors import LexiconError, UnsupportedLanguageError
from newsevents.model import ActorKind, MeetingMode, MeetingStatus, Polarity, Stance

__all__ = [
    "FORMAT_VERSION",
    "Lexicon",
    "load_lexicon",
    "load_lexicon_file",
    "supported_languages",
]

FORMAT_VERSION = 1
"""Version of the lexicon file format this release reads."""

Word = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Meta(_Data):
    """Who the pack is for."""

    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    name: Word
    version: Annotated[str, StringConstraints(pattern=r"^\d+\.\d+\.\d+$")]
    format: int = Field(ge=1)


class Morphology(_Data):
    """Clitics and inflection: how the matcher strips words down to stems and expands stems."""

    conjunctions: tuple[Word, ...] = ()
    prepositions: tuple[Word, ...] = ()
    articles: tuple[Word, ...] = ()
    contracted_articles: dict[str, str] = Field(default_factory=dict)
    min_stem: int = Field(default=2, ge=1)
    future_prefixes: tuple[Word, ...] = ()
    future_words: tuple[Word, ...] = ()
    present_prefixes: tuple[Word, ...] = ()
    past_singular: tuple[str, ...] = ("",)
    past_plural: tuple[str, ...] = ()
    present_singular: tuple[str, ...] = ("",)
    present_plural: tuple[str, ...] = ()
    participle_singular: tuple[str, ...] = ("",)
    participle_plural: tuple[str, ...] = ()
    nisba_suffixes: tuple[str, ...] = ("",)
    object_suffixes: tuple[str, ...] = ()
    noun_endings: tuple[str, ...] = ()
    """Endings (as written) that mark a common noun after a preposition («بضربة»)."""


class Punctuation(_Data):
    """Marks the engine needs to tell apart."""

    open_quotes: tuple[Word, ...]
    close_quotes: tuple[Word, ...]
    either_quotes: tuple[Word, ...] = ()
    colons: tuple[Word, ...] = (":",)
    commas: tuple[Word, ...] = (",",)
    sentence_final: tuple[Word, ...] = (".", "!", "?")
    parentheses: tuple[Word, ...] = ("(", ")")
    dashes: tuple[Word, ...] = ("-",)
    abbreviation_periods: bool = False
    """Whether a full stop may belong to an abbreviation («U.S.», «Mr.»): it then ends a clause
    only where the article's sentence segmentation ends a sentence."""


class Syntax(_Data):
    """Function words that shape clauses."""

    complementizers: tuple[Word, ...] = ()
    cue_prepositions: tuple[Word, ...] = ()
    attribution: tuple[Word, ...] = ()
    resumptives: tuple[Word, ...] = ()
    counterparts: tuple[Word, ...] = ()
    joint_subjects: tuple[Word, ...] = ()
    joint_titles: dict[str, str] = Field(default_factory=dict)
    """Joint words that name the two holders of a title («الرئيسان» → «رئيس»)."""
    name_links: tuple[Word, ...] = ()
    name_compounds: tuple[Word, ...] = ()
    common_given_names: tuple[Word, ...] = ()
    similar_letters: tuple[Word, ...] = ()
    non_name_marks: tuple[Word, ...] = ()
    """Marks no word of a name carries (Arabic tanwin: «لاحقاً» is an adverb, not a name)."""
    non_name_words: tuple[Word, ...] = ()
    honorifics: tuple[Word, ...] = ()
    first_person: tuple[Word, ...] = ()
    documents: tuple[Word, ...] = ()
    pronoun_references: tuple[Word, ...] = ()
    honorific_pronouns: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Pronoun references that stand for an honorific, and the honorifics they stand for
    («سموه» → «سمو», "his highness" → "highness", "h.h."): such a pronoun means the person the
    article first introduced with one of those honorifics (in the body, else the headline),
    whoever was named or spoke since. An honorific is matched word by word, a word with or
    without its article; each pronoun should also be listed in ``pronoun_references``."""
    guest_references: tuple[Word, ...] = ()
    """Words that mean the guest of an audience told just before («استقبل X Y … وأكد الضيف»,
    "the visiting minister said"): as a speaker, such a word is the person received by the host
    of the last hosting verb in that sentence or the one before, not the host."""
    stopwords: tuple[Word, ...] = ()
    former_titles: tuple[Word, ...] = ()
    """Words that mark a title as no longer held («الأسبق», «الراحل», "former", "late"), before
    the title or in its complement: a title phrase without a name («وقال رئيس الوزراء», "the
    minister said") means a current holder of the title when one matches, not a former one."""
    capitalized_names: bool = False
    """Whether names are written with capital letters (Latin script): a name is then a run of
    capitalized words (name links excepted), and a lexicon name written in capitals («US»,
    «WHO») matches only text in capitals."""
    parenthetical_openers: tuple[Word, ...] = ()
    """Words that open a parenthetical between a subject and its verb («Merz, who took office in
    May, said», «The minister, speaking in Cairo, said»): the subject is looked for before such a
    parenthetical however long it is, up to the start of the sentence."""
    person_relatives: tuple[Word, ...] = ()
    """Relative pronouns that refer to people only: a single capitalized word before a comma and
    one of them («Merz, who …») is a person's name."""
    quantifiers: tuple[Word, ...] = ()
    """Articles and numbers before an unnamed source («a senior official», «three diplomats»):
    they belong to its description."""
    affiliations: tuple[Word, ...] = ()
    """Prepositions that tie a speaker's description to the body it belongs to («a spokesman
    for the ministry», «an official at the embassy»): the description speaks."""
    source_modifiers: tuple[Word, ...] = ()
    """Phrases that describe an unnamed source after its noun («diplomats familiar with the
    matter», «people briefed on the talks»): the source's words run on to the verb."""
    subject_first: bool = False
    """Whether the subject precedes its verb («Blinken said …»): speakers are looked for before
    the cue first, the content may come before the cue («…, the ministry said.»), nationality
    words precede the title they qualify and head nouns close the names of bodies."""


class Cue(_Data):
    """A speech verb (or noun) with all its forms."""

    lemma: Word
    stance: Stance
    past: tuple[Word, ...] = ()
    present: tuple[Word, ...] = ()
    participles: tuple[Word, ...] = ()
    forms: tuple[Word, ...] = ()
    plural_forms: tuple[Word, ...] = ()
    complement: Literal["clause", "np"] = "clause"
    marker_required: bool = False
    continuation: bool = False


class MeetingTrigger(_Data):
    """A word that states a meeting."""

    lemma: Word
    mode: MeetingMode = MeetingMode.UNKNOWN
    forms: tuple[Word, ...] = Field(min_length=1)
    possessive_forms: tuple[Word, ...] = ()
    """Forms with a possessive suffix («محادثاته»): they refer to a meeting already told."""
    tense: Literal["past", "present", "noun"] = "noun"
    roles: Literal["symmetric", "host_guest", "guest_host", "receiver_caller"] = "symmetric"
    needs_modifier: bool = False
    needs_person: bool = False
    family: Literal["meeting", "call", "visit"] = "meeting"


class ModeModifier(_Data):
    """Words next to a trigger that say how the participants meet."""

    mode: MeetingMode
    forms: tuple[Word, ...] = Field(min_length=1)


class StatusCue(_Data):
    """Words in a trigger's clause that say where the meeting stands in time, or deny it."""

    status: MeetingStatus | None = None
    polarity: Polarity | None = None
    scope: Literal["adjacent", "near", "clause"] = "near"
    """``adjacent``: the words right before the trigger, even a definite one; ``near``: a few
    words around an indefinite trigger; ``clause``: anywhere before the trigger in its clause."""
    forms: tuple[Word, ...] = Field(min_length=1)


class Titles(_Data):
    """Role titles of people."""

    person: tuple[Word, ...] = ()
    plural: tuple[Word, ...] = ()
    unnamed_speakers: tuple[Word, ...] = ()


class Country(_Data):
    """A country: its ISO 3166-1 code, names and nisba stems."""

    iso: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    name: Word
    names: tuple[Word, ...] = Field(min_length=1)
    nisba: tuple[Word, ...] = ()


class Organization(_Data):
    """An organization or medium known by name."""

    name: Word
    kind: ActorKind
    names: tuple[Word, ...] = Field(min_length=1)
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    place: Literal["building", "city"] | None = None


class Heads(_Data):
    """Head nouns of organization and media names not listed by name."""

    media: tuple[Word, ...] = ()
    organization: tuple[Word, ...] = ()
    with_nisba: tuple[Word, ...] = ()
    qualifiers: tuple[Word, ...] = ()
    """Lower-case words a body's name may hold before a final head noun («foreign ministry»);
    read only when ``syntax.subject_first`` is set."""
    complement_links: tuple[Word, ...] = ()
    """Prepositions that join a capitalized head noun to the capitalized words that complete
    the body's name («Ministry of Foreign Affairs», «Department for Education»); read only when
    ``syntax.subject_first`` is set."""


class Places(_Data):
    """Cities and buildings."""

    city: tuple[Word, ...] = ()
    building: tuple[Word, ...] = ()


class MeetingContext(_Data):
    """Words around a meeting: its framework, topics, participants and place."""

    framework: tuple[Word, ...] = ()
    topic: tuple[Word, ...] = ()
    between: tuple[Word, ...] = ()
    members: tuple[Word, ...] = ()
    clause_breaks: tuple[Word, ...] = ()
    demonstratives: tuple[Word, ...] = ()
    with_: tuple[Word, ...] = Field(default=(), alias="with")
    from_: tuple[Word, ...] = Field(default=(), alias="from")
    place_prepositions: tuple[Word, ...] = ()
    words_before: int = Field(default=10, ge=1)
    """How many words before a meeting word its participants may stand."""
    refer_back_paragraphs: int | None = Field(default=None, ge=1, le=12)
    """When set, a meeting word that refers back («the meeting», «this visit») joins the last
    compatible meeting within this many paragraphs that shares a person with it, and a
    hypothetical or cancelled meeting never joins one that is not («would wrap up talks»)."""
    nested_triggers: bool = True
    """Whether a meeting word inside a longer one («call» in «held a phone call») also counts
    as a trigger of its own."""


class Months(_Data):
    """Month names, one list of twelve per naming system."""

    model_config = ConfigDict(frozen=True, extra="allow")

    def systems(self) -> dict[str, tuple[str, ...]]:
        """Every naming system with its twelve names."""
        extra = self.model_extra or {}
        return {k: tuple(v) for k, v in extra.items()}


class Relative(_Data):
    """A relative time expression and its offset from the publication date."""

    forms: tuple[Word, ...] = Field(min_length=1)
    unit: Literal["day", "week", "month", "year"]
    offset: int


class TimeDirection(_Data):
    """Words that tie a weekday or month to the past or the future."""

    past: tuple[Word, ...] = ()
    future: tuple[Word, ...] = ()
    year_words: tuple[Word, ...] = ()


class DateOrder(_Data):
    """How dates are written beyond «14 May 2024»."""

    month_first: bool = False
    """Whether the day may follow the month name («May 14, 2024», «Oct. 22»)."""
    direction_first: bool = False
    """Whether a past or future word comes before the weekday or month («last Thursday»)."""


class Lexicon(_Data):
    """A language pack as loaded and validated from its file."""

    meta: Meta
    morphology: Morphology = Morphology()
    punctuation: Punctuation
    syntax: Syntax = Syntax()
    cue: tuple[Cue, ...] = ()
    meeting: tuple[MeetingTrigger, ...] = ()
    mode: tuple[ModeModifier, ...] = ()
    status: tuple[StatusCue, ...] = ()
    titles: Titles = Titles()
    country: tuple[Country, ...] = ()
    organization: tuple[Organization, ...] = ()
    heads: Heads = Heads()
    places: Places = Places()
    meeting_context: MeetingContext = MeetingContext()
    weekdays: dict[str, Annotated[int, Field(ge=1, le=7)]] = Field(default_factory=dict)
    months: Months = Months()
    relative: tuple[Relative, ...] = ()
    time_direction: TimeDirection = TimeDirection()
    dates: DateOrder = DateOrder()


def supported_languages() -> tuple[str, ...]:
    """The language codes that have a pack, sorted (``("ar",)``)."""
    return _available()


@cache
def _available() -> tuple[str, ...]:
    names = [
        entry.name[: -len(".toml")]
        for entry in resources.files(__name__).iterdir()
        if entry.name.endswith(".toml")
    ]
    return tuple(sorted(names))


def load_lexicon(language: str) -> Lexicon:
    """The validated pack for ``language`` (a BCP 47 tag; only its primary subtag counts).

    Loaded once and cached. :raises UnsupportedLanguageError: there is no pack for the language.
    :raises LexiconError: the pack does not validate; the message names the file and entry.
    """
    primary = language.split("-", 1)[0].lower()
    if primary not in _available():
        raise UnsupportedLanguageError(language, _available())
    return _load_packaged(primary)


@cache
def _load_packaged(primary: str) -> Lexicon:
    resource = resources.files(__name__).joinpath(f"{primary}.toml")
    return _parse(resource.read_text(encoding="utf-8"), f"newsevents/lang/{primary}.toml")


def load_lexicon_file(path: str) -> Lexicon:
    """Load and validate a pack from a file (for writing and testing new language packs).

    :raises OSError: the file cannot be read (e.g. :class:`FileNotFoundError`).
    :raises LexiconError: the file is not UTF-8 TOML, or the pack does not validate.
    """
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, [f"not valid UTF-8 (byte {exc.start}: {exc.reason})"]) from None
    return _parse(raw, path)


def _parse(raw: str, source: str) -> Lexicon:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(source, [f"not valid TOML: {exc}"]) from None
    try:
        lexicon = Lexicon.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            where = _entry_name(data, err["loc"])
            problems.append(f"{where}: {err['msg']}")
        raise LexiconError(source, problems) from None
    if lexicon.meta.format > FORMAT_VERSION:
        raise LexiconError(
            source,
            [f"meta.format: format {lexicon.meta.format} is newer than {FORMAT_VERSION}"],
        )
    problems = _semantic_problems(lexicon)
    if problems:
        raise LexiconError(source, problems)
    return lexicon


def _entry_name(data: object, loc: tuple[int | str, ...]) -> str:
    """A readable path to the failing entry, naming it by its lemma or name when it has one."""
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int):
            label = f"[{part}]"
            if isinstance(node, list) and 0 <= part < len(node):
                node = node[part]
                if isinstance(node, dict):
                    named = node.get("lemma") or node.get("name") or node.get("iso")
                    if isinstance(named, str):
                        label = f"[{part}] ({named})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return "".join(parts) or "$"


def _semantic_problems(lex: Lexicon) -> list[str]:
    problems: list[str] = []
    # The raw values: systems() would turn a string of twelve letters into twelve "names".
    for system, names in (lex.months.model_extra or {}).items():
        if not isinstance(names, list) or len(names) != 12:
            problems.append(f"months.{system}: a month system lists exactly 12 names")
        elif not all(isinstance(n, str) and n.strip() for n in names):
            problems.append(f"months.{system}: every month name is a non-empty string")
    for i, c in enumerate(lex.cue):
        if not (c.past or c.present or c.participles or c.forms or c.plural_forms):
            problems.append(f"cue[{i}] ({c.lemma}): lists no form")
    for i, s in enumerate(lex.status):
        if s.status is None and s.polarity is None:
            problems.append(f"status[{i}]: give a status or a polarity")
    isos = [c.iso for c in lex.country]
    for iso in sorted({i for i in isos if isos.count(i) > 1}):
        problems.append(f"country ({iso}): listed more than once")
    for i, o in enumerate(lex.organization):
        if o.country is not None and o.country not in isos:
            problems.append(f"organization[{i}] ({o.name}): country {o.country} is not listed")
    return problems
