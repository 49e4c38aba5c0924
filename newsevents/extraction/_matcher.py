"""Tokens with stems, and one-pass phrase matching against a compiled language pack.

The text is folded once (:func:`newsevents.text.normalize.normalize`) and tokenized once. Each
word token gets its candidate stems: the word itself, then the word with the pack's proclitics
(conjunction, preposition, article, contracted article) stripped, and — after the pack's future
prefix — the present-tense verb it carries. Lexicon phrases are stored in a hash table keyed on
their first word; a phrase matches at a token when its first word is one of the token's stems
and each following word is one of the next tokens' stems. The scan is linear in the number of
tokens (the work per token is bounded by the number of stems and of phrases sharing a word).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

import attrs
import regex

from newsevents.lang import Lexicon, load_lexicon
from newsevents.text.normalize import Normalized, fold

__all__ = ["Compiled", "Match", "Stem", "Token", "compiled", "tokenize"]

_TOKEN = regex.compile(r"[\p{L}\p{N}_@]++|[^\s\p{L}\p{N}_@\p{M}]")


@attrs.frozen(slots=True)
class Stem:
    """A candidate stem of a token: its text and how many key characters of clitics precede it."""

    text: str
    prefix: int
    """Key characters stripped before the stem (all proclitics)."""
    mention_prefix: int
    """Key characters a mention drops (conjunction and preposition, not the article)."""
    definite: bool = False
    future: bool = False


@attrs.define(slots=True)
class Token:
    """One token of the matching key, with its original offsets."""

    i: int
    ks: int
    ke: int
    s: int
    e: int
    key: str
    word: bool
    stems: tuple[Stem, ...] = ()

    texts: frozenset[str] = frozenset()
    """The texts of all candidate stems."""
    known: bool = False
    """Whether the word is a lexicon word (:meth:`Compiled.is_known`)."""
    starts: tuple[tuple[Stem, Phrase], ...] = ()
    """The phrases that can start at the token (:attr:`WordType.starts`)."""
    brk: bool = False
    """Whether a line break separates the token from the one before."""
    cap: bool = False
    """Whether the word starts with a capital letter in the original text."""
    lower: bool = False
    """Whether the word has no capital letter in the original text."""


@attrs.frozen(slots=True)
class Phrase:
    """A lexicon phrase: its folded words, its category and its payload."""

    words: tuple[str, ...]
    cat: str
    data: Any = None
    cased: bool = False
    """Written in capitals in the pack («US», «WHO»): matches only words not all in lower case."""


@attrs.frozen(slots=True)
class Match:
    """A phrase matched at tokens ``[i, j)``, through the stem ``stem`` of token ``i``."""

    cat: str
    data: Any
    i: int
    j: int
    stem: Stem


@attrs.frozen(slots=True)
class WordType:
    """What the matcher knows of a folded word whatever its place: stems, their texts, and
    whether it is a lexicon word. Computed once per distinct word (see :attr:`Compiled.word`).
    """

    stems: tuple[Stem, ...]
    texts: frozenset[str]
    known: bool
    starts: tuple[tuple[Stem, Phrase], ...]
    """The phrases that can start at the word, each with the stem it starts from, in the
    order :meth:`Compiled.match_at` tries them.
    """


_WORD_TYPES = 1 << 16
"""How many distinct words a compiled pack remembers (least recently used ones go first)."""


def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(fold(text)))


@attrs.define
class Compiled:
    """A language pack compiled for matching: phrase tables and word sets."""

    lexicon: Lexicon
    index: dict[str, list[Phrase]]
    conj: tuple[str, ...]
    preps: tuple[str, ...]
    articles: tuple[str, ...]
    contracted: tuple[tuple[str, str], ...]
    futures: tuple[str, ...]
    present: tuple[str, ...]
    min_stem: int
    open_q: frozenset[str]
    close_q: frozenset[str]
    either_q: frozenset[str]
    colons: frozenset[str]
    commas: frozenset[str]
    finals: frozenset[str]
    parens: frozenset[str]
    dashes: frozenset[str]
    suffixes: tuple[str, ...]
    noun_endings: tuple[str, ...]
    joint_titles: dict[str, str]
    honorific_pronouns: dict[str, tuple[tuple[str, ...], ...]]
    """Folded pronoun reference → the honorifics it stands for, each as its token keys."""
    possessive: set[str]
    known: frozenset[str]
    """Every single word of every phrase (names never contain these)."""
    sets: dict[str, frozenset[str]]
    """Folded single-word sets by category (stopwords, links, honorifics …)."""
    word: Callable[[str], WordType] = attrs.field(init=False)
    """The :class:`WordType` of a token key, from a bounded cache (the pack must be complete
    before the first call: the cache does not see phrases or sets added later).
    """

    def __attrs_post_init__(self) -> None:
        self.word = lru_cache(maxsize=_WORD_TYPES)(self._word_type)

    def _word_type(self, key: str) -> WordType:
        stems = self.stems(key) if _is_word(key) else (Stem(key, 0, 0),)
        starts = tuple(
            (st, ph)
            for st in stems
            for ph in self.index.get(st.text, ())
            # «السورية» is an adjective, not the country «سورية»; «المتابعة» is a noun, not
            # the participle «متابعة».
            if not (st.definite and ph.cat in _NAMES_WITHOUT_ARTICLE)
        )
        return WordType(stems, frozenset(st.text for st in stems), self._known(key, stems), starts)

    def add(self, text: str, cat: str, data: Any = None, *, cased: bool = False) -> None:
        """Add one phrase to the tables."""
        words = _words(text)
        if not words:
            return
        self.index[words[0]].append(Phrase(words, cat, data, cased))

    def stems(self, key: str) -> tuple[Stem, ...]:
        """The candidate stems of a word, least stripped first."""
        out: list[Stem] = [Stem(key, 0, 0)]
        seen = {key}
        n = self.min_stem

        def push(text: str, prefix: int, mprefix: int, definite: bool, future: bool) -> None:
            if len(text) >= n and text not in seen:
                seen.add(text)
                out.append(Stem(text, prefix, mprefix, definite, future))

        for c in ("", *self.conj):
            if not key.startswith(c) or len(key) - len(c) < n:
                continue
            r1 = key[len(c) :]
            for p in ("", *self.preps):
                if not r1.startswith(p) or len(r1) - len(p) < n:
                    continue
                r2 = r1[len(p) :]
                pre = len(c) + len(p)
                push(r2, pre, pre, False, False)
                for a in self.articles:
                    if r2.startswith(a) and len(r2) - len(a) >= n:
                        push(r2[len(a) :], pre + len(a), pre, True, False)
            for contracted, art in self.contracted:
                if r1.startswith(contracted) and len(r1) - len(contracted) >= n:
                    rest = r1[len(contracted) :]
                    push(art + rest, len(c), len(c), False, False)
                    push(rest, len(c) + len(contracted), len(c), True, False)
            for f in self.futures:
                if (
                    r1.startswith(f)
                    and r1[len(f) : len(f) + 1] in self.present
                    and len(r1) - len(f) >= n + 1
                ):
                    push(r1[len(f) :], len(c) + len(f), len(c), False, True)
        return tuple(out)

    def in_set(self, tok: Token, name: str) -> bool:
        """Whether one of the token's stems is in the named word set."""
        words = self.sets.get(name)
        if not words or not tok.word:
            return False
        return not words.isdisjoint(tok.texts)

    def is_known(self, tok: Token) -> bool:
        """Whether the token is a lexicon word (so it cannot be part of a name).

        Stems left after stripping a clitic count only when they are long enough not to be
        the tail of a name («فيصل» is not ف + «يصل»).
        """
        return tok.known

    def _known(self, key: str, stems: tuple[Stem, ...]) -> bool:
        """:meth:`is_known` of a word with the key ``key`` and the stems ``stems``."""
        if any(
            st.text in self.known and (st.prefix == 0 or st.definite or len(st.text) >= 4)
            for st in stems
        ):
            return True
        stop = self.sets.get("stop", frozenset())
        return any(
            key.endswith(suf) and key[: -len(suf)] in stop
            for suf in self.suffixes
            if len(key) > len(suf) + 1
        )

    def match_at(self, tokens: Sequence[Token], i: int) -> list[Match]:
        """Every phrase that matches at token ``i``, longest first within each category."""
        tok = tokens[i]
        starts = tok.starts
        if not starts:
            return []
        found: dict[str, Match] = {}
        for st, ph in starts:
            if ph.cased and tok.lower:
                # «US» the country is not «us» the pronoun.
                continue
            j = i + 1
            ok = True
            for w in ph.words[1:]:
                if j >= len(tokens) or w not in tokens[j].texts:
                    ok = False
                    break
                j += 1
            if not ok:
                continue
            prev = found.get(ph.cat)
            if prev is None or j > prev.j or (j == prev.j and st.prefix < prev.stem.prefix):
                found[ph.cat] = Match(ph.cat, ph.data, i, j, st)
        return sorted(found.values(), key=lambda m: (-(m.j - m.i), m.cat))


_NAMES_WITHOUT_ARTICLE = frozenset({"country", "org", "city", "building", "cue"})


def tokenize(norm: Normalized, comp: Compiled) -> list[Token]:
    """Tokenize the matching key once: words (with stems) and single punctuation marks."""
    out: list[Token] = []
    cased = comp.lexicon.syntax.capitalized_names
    original = norm.original
    word_type = comp.word
    prev_end = 0
    key_text = norm.key
    for m in _TOKEN.finditer(key_text):
        ks, ke = m.span()
        s, e = norm.span(ks, ke)
        if e <= s:
            continue
        key = m.group()
        word = _is_word(key)
        wt = word_type(key)
        brk = not _LINE_BREAKS.isdisjoint(key_text[prev_end:ks])
        prev_end = ke
        tok = Token(len(out), ks, ke, s, e, key, word, wt.stems, wt.texts, wt.known, wt.starts, brk)
        if cased and word:
            tok.cap = original[s].isupper()
            tok.lower = not any(ch.isupper() for ch in original[s:e])
        out.append(tok)
    return out


# Every line terminator of str.splitlines, as the paragraph splitter knows them.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _is_word(key: str) -> bool:
    """Whether a token key is a word (the rest are single punctuation marks)."""
    return key[0].isalnum() or key[0] in "_@"


def _expand(lex: Lexicon, cue_stems: Iterable[str], singular: Sequence[str]) -> list[str]:
    return [stem + suf for stem in cue_stems for suf in singular]


def _present(lex: Lexicon, forms: Iterable[str], suffixes: Sequence[str]) -> list[str]:
    out: list[str] = []
    prefixes = lex.morphology.present_prefixes
    for form in forms:
        f = fold(form)
        bases = [f]
        if f[:1] in prefixes:
            bases = [p + f[1:] for p in prefixes]
        out.extend(b + s for b in bases for s in suffixes)
    return out


@cache
def compiled(language: str) -> Compiled:
    """The compiled matcher for a language (built on first use, then cached)."""
    lex = load_lexicon(language)
    return _compile(lex)


def _compile(lex: Lexicon) -> Compiled:
    mo = lex.morphology
    pu = lex.punctuation
    sy = lex.syntax
    comp = Compiled(
        lexicon=lex,
        index=defaultdict(list),
        conj=tuple(fold(c) for c in mo.conjunctions),
        preps=tuple(fold(p) for p in mo.prepositions),
        articles=tuple(fold(a) for a in mo.articles),
        contracted=tuple((fold(k), fold(v)) for k, v in mo.contracted_articles.items()),
        futures=tuple(fold(f) for f in mo.future_prefixes),
        present=tuple(fold(p) for p in mo.present_prefixes),
        min_stem=mo.min_stem,
        open_q=frozenset(pu.open_quotes),
        close_q=frozenset(pu.close_quotes),
        either_q=frozenset(pu.either_quotes),
        colons=frozenset(pu.colons),
        commas=frozenset(pu.commas),
        finals=frozenset(pu.sentence_final),
        parens=frozenset(pu.parentheses),
        dashes=frozenset(pu.dashes),
        suffixes=tuple(fold(x) for x in mo.object_suffixes),
        noun_endings=tuple(mo.noun_endings),
        joint_titles={fold(k): fold(v) for k, v in sy.joint_titles.items()},
        honorific_pronouns={
            fold(k): tuple(_words(h) for h in v) for k, v in sy.honorific_pronouns.items()
        },
        possessive=set(),
        known=frozenset(),
        sets={},
    )
    add = comp.add

    # Speech cues, with their inflected forms.
    for cue in lex.cue:
        singular: list[str] = [*cue.forms]
        plural: list[str] = [*cue.plural_forms]
        singular += _expand(lex, cue.past, mo.past_singular)
        plural += _expand(lex, cue.past, mo.past_plural)
        singular += _present(lex, cue.present, mo.present_singular)
        plural += _present(lex, cue.present, mo.present_plural)
        part_s = _expand(lex, cue.participles, mo.participle_singular)
        part_p = _expand(lex, cue.participles, mo.participle_plural)
        for forms, is_plural, participle in (
            (singular, False, False),
            (plural, True, False),
            (part_s, False, True),
            (part_p, True, True),
        ):
            for form in forms:
                add(form, "cue", CueForm(cue, is_plural, participle))
                for suffix in mo.object_suffixes if not participle else ():
                    if len(_words(form)) == 1:
                        add(form + suffix, "cue", CueForm(cue, is_plural, participle))

    for trig in lex.meeting:
        for form in trig.forms:
            add(form, "trigger", trig)
        for form in trig.possessive_forms:
            add(form, "trigger", trig)
            comp.possessive.add(_words(form)[0])
    for mod in lex.mode:
        for form in mod.forms:
            add(form, "mode", mod.mode)
    for status in lex.status:
        for form in status.forms:
            add(form, "status", status)
    for t in lex.titles.person:
        add(t, "title", False)
    for t in lex.titles.plural:
        add(t, "title", True)
    for t in lex.titles.unnamed_speakers:
        add(t, "unnamed", None)
    cased = sy.capitalized_names

    def capitals(name: str) -> bool:
        return cased and any(ch.isupper() for ch in name) and not any(ch.islower() for ch in name)

    for country in lex.country:
        for name in country.names:
            add(name, "country", country, cased=capitals(name))
        for stem in country.nisba:
            for suf in mo.nisba_suffixes:
                words = _words(stem)
                add(" ".join((*words[:-1], words[-1] + fold(suf))), "nisba", country)
    for org in lex.organization:
        for name in org.names:
            add(name, "org", org, cased=capitals(name))
    for h in lex.heads.media:
        add(h, "head", "media")
    for h in lex.heads.organization:
        add(h, "head", "organization")
    for h in lex.heads.with_nisba:
        add(h, "head", "with_nisba")
    for c in lex.places.city:
        add(c, "city", c)
    for b in lex.places.building:
        add(b, "building", b)
    ctx = lex.meeting_context
    for cat, words in (
        ("framework", ctx.framework),
        ("topic", ctx.topic),
        ("between", ctx.between),
        ("members", ctx.members),
        ("clausebreak", ctx.clause_breaks),
        ("demonstrative", ctx.demonstratives),
        ("with", ctx.with_),
        ("from", ctx.from_),
        ("placeprep", ctx.place_prepositions),
        ("comp", sy.complementizers),
        ("cueprep", sy.cue_prepositions),
        ("attr", sy.attribution),
        ("resump", sy.resumptives),
        ("counterpart", sy.counterparts),
        ("joint", sy.joint_subjects),
        ("honor", sy.honorifics),
        ("pronref", sy.pronoun_references),
        ("guestref", sy.guest_references),
        ("document", sy.documents),
        ("srcmod", sy.source_modifiers),
        ("futword", mo.future_words),
        ("tpast", lex.time_direction.past),
        ("tfuture", lex.time_direction.future),
        ("yearword", lex.time_direction.year_words),
    ):
        for w in words:
            add(w, cat, w)
    for name, day in lex.weekdays.items():
        add(name, "weekday", day)
    for system, names in lex.months.systems().items():
        for n, name in enumerate(names, start=1):
            add(name, "month", (n, system))
    for rel in lex.relative:
        for form in rel.forms:
            add(form, "relative", rel)

    known: set[str] = set()
    for phrases in comp.index.values():
        for ph in phrases:
            if ph.cat not in ("city",):
                known.update(ph.words)
    known.update(fold(w) for w in sy.stopwords)
    known.update(fold(w) for w in sy.non_name_words)
    comp.known = frozenset(known)

    def fset(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w for word in words for w in _words(word))

    comp.sets = {
        "stop": fset(sy.stopwords),
        "link": fset(sy.name_links),
        "compound": fset(sy.name_compounds),
        "common_given": fset(sy.common_given_names),
        "honor": fset(sy.honorifics),
        "pronref": fset(sy.pronoun_references),
        "joint": fset(sy.joint_subjects),
        "counterpart": fset(sy.counterparts),
        "comp": frozenset(fold(c) for c in sy.complementizers if len(_words(c)) == 1),
        "cueprep": fset(sy.cue_prepositions),
        "document": fset(sy.documents),
        "first_person": fset(sy.first_person),
        "non_name_marks": frozenset(sy.non_name_marks),
        "from": fset(lex.meeting_context.from_),
        "qualifier": fset(lex.heads.qualifiers),
        "paren_open": fset(sy.parenthetical_openers),
        "person_rel": fset(sy.person_relatives),
        "quant": fset(sy.quantifiers),
        "affil": fset(sy.affiliations),
        "head_link": fset(lex.heads.complement_links),
        "former": fset(sy.former_titles),
    }
    return comp


@attrs.frozen(slots=True)
class CueForm:
    """A cue form: its entry, whether it names several speakers, whether it is a participle."""

    cue: Any
    plural: bool
    participle: bool
