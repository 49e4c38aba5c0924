"""Actors: gazetteer and lexicon lookup, title and honorific patterns, name variants, coreference.

Everything language-specific comes from the compiled pack; this module only knows shapes:
a title phrase, then its complement (an institution, a country, a nisba), then honorifics, then
a name; a name is a short run of words that are not lexicon words, joined by name links.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsevents.model import Actor, ActorKind, MentionForm
from newsevents.text.normalize import fold, skeleton

from ._matcher import Compiled, Match, Token

__all__ = ["ActorC", "Actors", "MentionC", "find_actors", "same_name", "same_token"]


@attrs.frozen
class _TitleKey:
    """One distinct title of a person: its text, folded words, bare words and country."""

    title: str
    words: frozenset[str]
    bare: frozenset[str]
    country: str | None


@attrs.define(eq=False)
class ActorC:
    """An actor being built."""

    kind: ActorKind
    name: str
    names: list[str] = attrs.field(factory=list)
    tokens: list[list[str]] = attrs.field(factory=list)
    """Folded name tokens of each person name form."""
    iso: str | None = None
    country: str | None = None
    """ISO code of the country a person or organization belongs to."""
    titles: list[tuple[str, int, int, str | None]] = attrs.field(factory=list)
    former: set[str] = attrs.field(factory=set)
    """The titles the person was introduced with as no longer held («الأسبق», "former")."""
    members: list[ActorC] = attrs.field(factory=list)
    gazetteer: Actor | None = None
    method: str = "rule:names"
    confidence: float = 0.7
    key: str | None = None
    last_seen: int = 0
    unnamed: bool = False
    """Made from a description of an unnamed speaker («مصدر دبلوماسي»)."""

    def add_name(self, text: str) -> None:
        """Record a written form of the name."""
        if text and text not in self.names:
            self.names.append(text)


@attrs.define(eq=False)
class MentionC:
    """A mention being built: tokens ``[i, j)`` are its words; its phrase starts at ``np_i``."""

    actor: ActorC
    s: int
    e: int
    i: int
    j: int
    np_i: int
    form: MentionForm
    method: str
    confidence: float = 0.8


_POOL = 256
"""At most this many candidate antecedents are scored for a nominal mention."""
_FORMER_BACK = 3
"""How many words before a title may mark it former («former Japanese Prime Minister»)."""
PARENTHETICAL = 40
"""How many tokens a parenthetical opened by a relative pronoun or participle may span."""
SHORT_PARENTHETICAL = 9
"""How many tokens any other parenthetical between a subject and its verb may span."""


class Letters(dict[str, str]):
    """Letter classes for comparing name words, and the native names that are never variants."""

    fixed: frozenset[str] = frozenset()


def _similar_map(comp: Compiled) -> Letters:
    out = Letters()
    for group in comp.lexicon.syntax.similar_letters:
        letters = fold(group)
        for ch in letters:
            out.setdefault(ch, letters[0])
    out.fixed = comp.sets["common_given"]
    return out


def phonetic(token: str, classes: dict[str, str]) -> str:
    """A key that equal for transliteration variants: skeleton, then letter classes."""
    sk = skeleton(token)
    return "".join(classes.get(ch, ch) for ch in sk)


def _edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:k] + b[k + 1 :] == a for k in range(len(b)))


def same_token(a: str, b: str, classes: dict[str, str], *, loose: bool = False) -> bool:
    """Whether two name words are spellings of one name word.

    Equal when folded; or with the same first letter class, similar length and equal
    phonetic keys (long vowels dropped, similar-sounding letters merged). ``loose`` also
    accepts one edit between longer words (for the middle words of a full name).
    """
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if not fa or not fb or fa[0] != fb[0]:
        # Transliterations keep the first letter («جان» is not «كان»).
        return False
    fixed: frozenset[str] = getattr(classes, "fixed", frozenset())
    if fa in fixed or fb in fixed:
        # Native given names differ by their long vowels (محمد, محمود): no variants.
        return False
    if classes.get(fa[0], fa[0]) != classes.get(fb[0], fb[0]):
        return False
    if abs(len(fa) - len(fb)) > 2:
        return False
    if phonetic(fa, classes) == phonetic(fb, classes):
        return True
    return loose and min(len(fa), len(fb)) >= 5 and _edit1(fa, fb)


def same_name(a: Sequence[str], b: Sequence[str], classes: dict[str, str]) -> bool:
    """Whether two person names (as word lists) can name one person.

    One word against several: it must match the last word (a surname). Several against
    several: first and last words match and the middle words match loosely, or the shorter name
    is the head or the tail of the longer one (two words at least).
    """
    if not a or not b:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 1:
        return same_token(a[0], b[-1], classes)
    if len(a) == len(b):
        return all(
            same_token(x, y, classes, loose=0 < k < len(a) - 1 or len(a) >= 3)
            for k, (x, y) in enumerate(zip(a, b, strict=True))
        ) and same_token(a[-1], b[-1], classes)
    head = all(same_token(x, y, classes) for x, y in zip(a, b[: len(a)], strict=True))
    tail = all(same_token(x, y, classes) for x, y in zip(a, b[-len(a) :], strict=True))
    return head or tail


@attrs.define
class Actors:
    """The actors of one document, with lookup by lexicon key and by name."""

    comp: Compiled
    classes: dict[str, str]
    actors: list[ActorC] = attrs.field(factory=list)
    by_key: dict[str, ActorC] = attrs.field(factory=dict)
    persons_by_last: dict[str, list[ActorC]] = attrs.field(factory=dict)
    persons_by_first: dict[str, list[ActorC]] = attrs.field(factory=dict)
    by_head: dict[str, ActorC] = attrs.field(factory=dict)

    def keyed(self, key: str, make: Any) -> ActorC:
        """The actor for a lexicon key, made on first use."""
        actor = self.by_key.get(key)
        if actor is None:
            actor = make()
            actor.key = key
            self.by_key[key] = actor
            self.actors.append(actor)
        return actor

    def country(self, entry: Any) -> ActorC:
        """The actor of a lexicon country."""
        return self.keyed(
            f"country:{entry.iso}",
            lambda: ActorC(
                ActorKind.COUNTRY,
                entry.names[0],
                iso=entry.iso,
                method="rule:lexicon.country",
                confidence=0.9,
            ),
        )

    def person(self, words: list[str], text: str, pos: int) -> ActorC:
        """The person with this name, merging spelling variants; made if new."""
        folded = [fold(w) for w in words]
        last = phonetic(folded[-1], self.classes)
        candidates = [
            p
            for p in self.persons_by_last.get(last, [])
            if any(same_name(folded, t, self.classes) for t in p.tokens)
        ]
        if len(folded) == 1 and not candidates:
            for p in self.persons_by_first.get(phonetic(folded[0], self.classes), []):
                if any(len(t) > 1 and same_token(folded[0], t[0], self.classes) for t in p.tokens):
                    candidates.append(p)
        if len(folded) > 2 and not candidates and self.comp.lexicon.syntax.capitalized_names:
            # «Mohamed bin Zayed» after «Mohamed bin Zayed Al Nahyan»: the head of a longer name.
            for p in self.persons_by_first.get(phonetic(folded[0], self.classes), []):
                if any(len(t) > 2 and same_name(folded, t, self.classes) for t in p.tokens):
                    candidates.append(p)
        if len(folded) > 1:
            # A fuller name may match several one-word entries; prefer multi-word matches.
            multi = [p for p in candidates if any(len(t) > 1 for t in p.tokens)]
            candidates = multi or candidates
        if candidates:
            actor = max(candidates, key=lambda p: p.last_seen)
            if len(folded) > 1 and all(len(t) == 1 for t in actor.tokens):
                actor.name = text
        else:
            actor = ActorC(
                ActorKind.PERSON,
                text,
                method=f"rule:{self.comp.lexicon.meta.language}.actor.person",
            )
            self.actors.append(actor)
        if folded not in actor.tokens:
            actor.tokens.append(folded)
            self.persons_by_last.setdefault(last, []).append(actor)
            if len(folded) > 1:
                first = phonetic(folded[0], self.classes)
                self.persons_by_first.setdefault(first, []).append(actor)
        if len(folded) >= 2 and len(folded) >= max(len(t) for t in actor.tokens):
            actor.name = text
        actor.add_name(text)
        actor.last_seen = pos
        return actor

    def named(self, text: str, kind: ActorKind, method: str, pos: int) -> ActorC:
        """The organization, medium or group with this (folded) name; made if new.

        The article of the first word does not count («متحدث باسم …» = «المتحدث باسم …»).
        """
        words = fold(text).split()
        for a in self.comp.articles:
            if words and words[0].startswith(a) and len(words[0]) > len(a) + 1:
                words[0] = words[0][len(a) :]
        key = f"{kind.value}:{' '.join(words)}"
        actor = self.keyed(key, lambda: ActorC(kind, text, method=method, confidence=0.7))
        actor.add_name(text)
        actor.last_seen = pos
        if words and kind in (ActorKind.ORGANIZATION, ActorKind.MEDIA):
            self.by_head[words[0]] = actor
        return actor


def find_actors(
    text: str,
    tokens: Sequence[Token],
    matches: Sequence[list[Match]],
    comp: Compiled,
    gazetteer: Sequence[Actor],
    quotes_at: dict[int, tuple[int, int]],
) -> tuple[Actors, list[MentionC]]:
    """Find actors and their mentions in one left-to-right pass, then sweep for name variants."""
    reg = Actors(comp, _similar_map(comp))
    finder = _Finder(text, tokens, matches, comp, reg, quotes_at)
    finder.body_start = next((t.s for t in tokens if t.brk), 0)
    finder.gazetteer(gazetteer)
    finder.scan()
    finder.sweep()
    finder.resolve_nominals()
    mentions = sorted(finder.mentions, key=lambda m: (m.s, m.e))
    return reg, mentions


def _cat(ms: list[Match], cat: str) -> Match | None:
    for m in ms:
        if m.cat == cat:
            return m
    return None


class _Finder:
    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        matches: Sequence[list[Match]],
        comp: Compiled,
        reg: Actors,
        quotes_at: dict[int, tuple[int, int]],
    ) -> None:
        self.text = text
        self.t = tokens
        self.m = matches
        self.comp = comp
        self.reg = reg
        self.mentions: list[MentionC] = []
        self.covered: set[int] = set()
        self.nominals: list[tuple[MentionC, str, str | None]] = []
        self.nominal_words: dict[int, str] = {}
        """The folded words of each nominal mention's title, its country left out."""
        self.quotes_at = quotes_at
        self.title_keys: dict[int, tuple[int, dict[tuple[str, str | None], _TitleKey]]] = {}
        """Per person: how many of its titles were read, and each distinct (title, country)."""
        self.gaz_index: dict[str, list[tuple[list[str], ActorC]]] = {}
        self.after_plural = False
        self.body_start = 0
        self.lang = comp.lexicon.meta.language
        self.cased = comp.lexicon.syntax.capitalized_names
        self.heads_last = comp.lexicon.syntax.subject_first
        # The first token at or after each token that a head noun starts at (``n`` if none).
        self.next_head = [len(tokens)] * (len(tokens) + 1)
        for k in range(len(tokens) - 1, -1, -1):
            head = _cat(matches[k], "head") is not None
            self.next_head[k] = k if head else self.next_head[k + 1]
        # The first line is the headline when there are several: its capitals are title case.
        self.body_tok = next((k for k, tok in enumerate(tokens) if tok.brk), 0)

    # -- helpers -------------------------------------------------------------------------

    def word(self, k: int) -> bool:
        return 0 <= k < len(self.t) and self.t[k].word

    def definite(self, k: int) -> bool:
        tok = self.t[k]
        key = tok.key
        raw = self.text[tok.s : tok.e]
        for a in self.comp.articles:
            for c in ("", *self.comp.conj, *self.comp.preps):
                if key[len(c) :].startswith(a) and key.startswith(c):
                    # The article is written as listed; «ألباريس» folds like «الباريس» but
                    # its first letter is no article.
                    return raw[len(c) : len(c) + len(a)] == a or len(raw) != len(key)
        return any(st.definite for st in tok.stems)

    def punct(self, k: int, group: frozenset[str]) -> bool:
        return 0 <= k < len(self.t) and not self.t[k].word and self.t[k].key in group

    def add(
        self,
        actor: ActorC,
        i: int,
        j: int,
        np_i: int,
        form: MentionForm,
        method: str,
        *,
        stem_prefix: int = 0,
        confidence: float = 0.8,
    ) -> MentionC:
        s = self.t[i].s
        if stem_prefix:
            s = self._offset_after(i, stem_prefix)
        e = self.t[j - 1].e
        m = MentionC(actor, s, e, i, j, np_i, form, method, confidence)
        self.mentions.append(m)
        self.covered.update(range(i, j))
        actor.last_seen = i
        if form is MentionForm.NAME:
            actor.add_name(self.text[s:e])
        return m

    def _offset_after(self, i: int, prefix: int) -> int:
        # Original offset of the key character `prefix` characters into token i.
        tok = self.t[i]
        span = tok.e - tok.s
        if span == tok.ke - tok.ks:
            return tok.s + prefix
        # Diacritics inside the clitics: walk the original text counting key letters.
        from newsevents.text.normalize import fold as _fold

        count = 0
        pos = tok.s
        while pos < tok.e and count < prefix:
            count += len(_fold(self.text[pos]))
            pos += 1
        while pos < tok.e and not _fold(self.text[pos]):
            pos += 1
        return pos

    # -- gazetteer -----------------------------------------------------------------------

    def _strip_article(self, word: str) -> str:
        for a in self.comp.articles:
            if word.startswith(a) and len(word) > len(a) + 1:
                return word[len(a) :]
        return word

    def gazetteer(self, actors: Sequence[Actor]) -> None:
        for a in actors:
            c = ActorC(
                a.kind,
                a.name,
                names=[a.name, *(n.text for n in a.names)],
                gazetteer=a,
                method="rule:gazetteer",
                confidence=0.95,
                key=f"gazetteer:{a.id}",
            )
            self.reg.actors.append(c)
            self.reg.by_key[c.key or ""] = c
            for name in c.names:
                words = [w for w in fold(name).split() if w]
                if words:
                    self.gaz_index.setdefault(words[0], []).append((words, c))
                    if a.kind is ActorKind.PERSON:
                        c.tokens.append(words)
                        last = phonetic(words[-1], self.reg.classes)
                        self.reg.persons_by_last.setdefault(last, []).append(c)

    def gaz_at(self, i: int) -> tuple[int, ActorC, int] | None:
        best: tuple[int, ActorC, int] | None = None
        for st in self.t[i].stems:
            for words, actor in self.gaz_index.get(st.text, ()):
                j = i + 1
                for w in words[1:]:
                    if j >= len(self.t) or w not in self.t[j].texts:
                        break
                    j += 1
                else:
                    if best is None or j > best[0]:
                        best = (j, actor, st.mention_prefix)
        return best

    # -- the scan ------------------------------------------------------------------------

    def scan(self) -> None:
        i = 0
        n = len(self.t)
        while i < n:
            if not self.t[i].word:
                i += 1
                continue
            i = self.step(i)

    def step(self, i: int) -> int:
        ms = self.m[i]
        gaz = self.gaz_at(i) if self.gaz_index else None
        if gaz is not None:
            j, actor, pre = gaz
            self.add(actor, i, j, i, MentionForm.NAME, "rule:gazetteer", stem_prefix=pre)
            return j
        if self.heads_last:
            end = self._head_last_org(i)
            if end > i:
                return end
        if not ms:
            return self._unmatched(i)
        org = _cat(ms, "org")
        country = _cat(ms, "country")
        title = _cat(ms, "title")
        counterpart = _cat(ms, "counterpart")
        best = max(
            (x for x in (org, country, title, counterpart) if x is not None),
            key=lambda x: x.j - x.i,
            default=None,
        )
        if best is not None and best is org and org is not None:
            return self.org_entry(org)
        if best is not None and best is country and country is not None:
            return self.country_entry(country)
        if title is not None or counterpart is not None:
            head = title or counterpart
            assert head is not None
            if title is not None and not title.data and self.name_before(i):
                return self.title_complement(title.j)[0]
            return self.titled(i, head, counterpart is not None and title is None)
        cue = _cat(ms, "cue")
        if cue is not None and not cue.data.participle:
            j = self.honorifics(cue.j)
            end = self.name_words(j)
            if end - j >= 2 and (
                end >= len(self.t)
                or not self.t[end].word
                or _cat(self.m[end], "comp") is not None
                or self.comp.in_set(self.t[end], "stop")
            ):
                return self.name_person(j, np_i=cue.j, method=f"rule:{self.lang}.actor.subject")
            np_next = (
                cue.data.cue.complement == "np"
                and end < len(self.t)
                and self.t[end].word
                and self.comp.is_known(self.t[end])
                and not self.m[end]
                and not self.comp.in_set(self.t[end], "stop")
            )
            told = (
                end + 1 < len(self.t)
                and self.t[end].word
                and self.t[end].key[:1] in self.comp.preps
                and self._marker(end + 1)
            )
            # «أكد ألبارس دعم بلاده …»: a noun that never starts a name begins the complement;
            # «وقال ترامب للصحفيين: …»: an addressee stands between the speaker and the quote.
            if (
                end - j == 1
                and j == cue.j
                and end < len(self.t)
                and (self._marker(end) or np_next or told)
            ):
                # «وشدد الصفدي على أن …»: one unknown word between a cue and its content.
                return self.name_person(j, np_i=cue.j, method=f"rule:{self.lang}.actor.subject")
            return cue.j
        if _cat(ms, "honor") is not None:
            j = self.honorifics(i)
            if j > i:
                end = self.name_person(j, np_i=i, method=f"rule:{self.lang}.actor.honorific")
                if end > j:
                    return end
            return max(i + 1, j)
        head = _cat(ms, "head")
        if head is not None:
            return self.org_pattern(head)
        return self._unmatched(i)

    def _unmatched(self, i: int) -> int:
        """:meth:`step` at a word that starts no lexicon phrase: a name in capitals, or none."""
        if self.cased and self._acronym_subject(i):
            # «ISNA reported …»: a word in capitals that speaks is a body, not a person.
            raw = self.text[self.t[i].s : self.t[i].e]
            actor = self.reg.named(
                raw, ActorKind.ORGANIZATION, f"rule:{self.lang}.actor.acronym", i
            )
            self.add(actor, i, i + 1, i, MentionForm.NAME, f"rule:{self.lang}.actor.acronym")
            return i + 1
        if self.cased and self._capitalized_name_at(i):
            return max(
                i + 1, self.name_person(i, np_i=i, method=f"rule:{self.lang}.actor.capitalized")
            )
        return i + 1

    def _affiliation_before(self, i: int) -> str | None:
        """The country of a nationality word or country name (possessive too) before ``i``."""
        end = i
        if (
            i >= 2
            and len(self.t[i - 1].key) == 1
            and not self.t[i - 2].word
            and self.t[i - 2].s == self.t[i - 3].e
        ):
            end = i - 2
        for y in range(max(0, end - 5), end):
            for m in self.m[y]:
                if m.j == end and m.cat in ("nisba", "country"):
                    iso: str = m.data.iso
                    return iso
        return None

    def _head_last_org(self, i: int) -> int:
        """A body named by modifiers before a final head noun: «the Russia Foreign Ministry»,
        «the external affairs ministry», «Seoul's foreign ministry». Returns its end or ``i``.
        """
        n = len(self.t)
        if self.next_head[i] >= i + 7:
            # The scan below looks at most seven tokens ahead for the head noun.
            return i
        k = i
        named = False
        nationality = False
        named_by_place = False
        person_word = False
        cased_word = False
        possessive = False
        owner: Match | None = None
        if self._possessive_tail(i):
            # The letter after an apostrophe («governor's») ends a word; no name starts there.
            return i
        while k < min(i + 7, n) and self.t[k].word and (k == i or not self.t[k].brk):
            ms = self.m[k]
            head = _cat(ms, "head")
            if head is not None and head.data != "with_nisba" and k > i:
                org = _cat(self.m[i], "org")
                proper = self.t[head.j - 1].cap
                if cased_word and not proper:
                    return i
                if (org is not None and org.j >= head.j) or not (
                    named or proper or (nationality and head.data == "organization")
                ):
                    # «Chinese state media»: a nationality and a media noun name no outlet;
                    # «the IRNA news agency» is the agency known by name.
                    return i
                if not proper and person_word and not (named_by_place or nationality or possessive):
                    # «the Yoon administration»: a person's name, not a body's.
                    return i
                if org is not None and not proper:
                    # «the ISNA news agency»: the agency known by name, described after it.
                    end = self.org_entry(org)
                    known = self.reg.by_key[f"org:{org.data.name}"]
                    self.add(
                        known,
                        end,
                        head.j,
                        i,
                        MentionForm.NOMINAL,
                        f"rule:{self.lang}.actor.head_last",
                    )
                    return head.j
                if head.j < n and _cat(self.m[head.j], "title") is not None:
                    # «foreign ministry spokesman X»: the home body inside a job title.
                    return i
                kind = ActorKind.MEDIA if head.data == "media" else ActorKind.ORGANIZATION
                end = self._head_complement(head.j) if proper else head.j
                text = self.text[self.t[i].s : self.t[end - 1].e]
                actor = self.reg.named(text, kind, f"rule:{self.lang}.actor.head_last", i)
                for x in (head.stem.text, self.t[head.j - 1].key):
                    self.reg.by_head[x] = actor
                # «the Russia Foreign Ministry» is a name; «the Turkish presidency», «the
                # external affairs ministry» describe the body without naming it.
                form = MentionForm.NAME if self.t[head.j - 1].cap else MentionForm.NOMINAL
                start = i
                if possessive and not proper:
                    # The person is named in their own right; the body is the rest.
                    self.name_person(i, np_i=i, method=f"rule:{self.lang}.actor.possessor")
                    start = i + 3
                elif owner is not None and not proper:
                    # «Israel's military»: the country keeps its name; the body is the rest.
                    start = self.country_entry(owner) + 2
                self.add(actor, start, end, i, form, f"rule:{self.lang}.actor.head_last")
                return end
            if (
                head is not None
                and head.data != "with_nisba"
                and k == i
                and self.t[k].cap
                and self._head_complement(head.j) > head.j
            ):
                # «Ministry of Foreign Affairs»: a capitalized head completed after it.
                end = self._head_complement(head.j)
                kind = ActorKind.MEDIA if head.data == "media" else ActorKind.ORGANIZATION
                text = self.text[self.t[i].s : self.t[end - 1].e]
                actor = self.reg.named(text, kind, f"rule:{self.lang}.actor.head_last", i)
                self.add(actor, i, end, i, MentionForm.NAME, f"rule:{self.lang}.actor.head_last")
                return end
            place = _cat(ms, "country") or _cat(ms, "city") or _cat(ms, "org")
            if place is not None:
                named = True
                named_by_place = True
                k = place.j
                # A possessive after it: «Seoul's».
                if (
                    k + 1 < n
                    and not self.t[k].word
                    and self.t[k].s == self.t[k - 1].e
                    and self.t[k + 1].s == self.t[k].e
                    and len(self.t[k + 1].key) == 1
                ):
                    if place.i == i and _cat(ms, "country") is place:
                        owner = place
                    k += 2
                continue
            if _cat(ms, "nisba") is not None:
                nationality = True
                k = (_cat(ms, "nisba") or ms[0]).j
                continue
            title = _cat(ms, "title")
            if title is not None and k + 2 < n and self._possessive_tail(title.j + 1):
                # «the governor's office», «the prime minister's office»: a body described by
                # the holder of a title.
                named = True
                named_by_place = True
                k = title.j + 2
                continue
            if self.comp.in_set(self.t[k], "qualifier"):
                named = True
                named_by_place = True
                k += 1
                continue
            if self.t[k].cap and not self.comp.is_known(self.t[k]) and not ms:
                named = True
                person_word = True
                k += 1
                if (
                    k + 1 < n
                    and not self.t[k].word
                    and self.t[k].s == self.t[k - 1].e
                    and self.t[k + 1].s == self.t[k].e
                    and len(self.t[k + 1].key) == 1
                ):
                    # «Netanyahu's office»: a person's body, named by the possessive.
                    possessive = k - 1 == i
                    k += 2
                continue
            if self.t[k].cap and not ms and not self.comp.in_set(self.t[k], "stop"):
                # «the Saudi Energy Ministry»: a capitalized common word names the body's field
                # when a capitalized head noun closes the name.
                cased_word = True
                k += 1
                continue
            break
        return i

    def _second_member(self, k: int, np_i: int, affiliation: str | None) -> int:
        """«الرئيسان X وY»: the second name of a plural title, after a conjunction proclitic.

        The name needs two words of its own (the conjunction left out) that no lexicon entry
        claims; returns the end of that name or ``k``.
        """
        n = len(self.t)
        if k >= n or not self.t[k].word or self.t[k].brk or self.m[k]:
            return k
        tok = self.t[k]
        if tok.key[:1] not in self.comp.conj or len(tok.key) < 3 or self.definite(k):
            return k
        if any(st.text in self.comp.known for st in tok.stems):
            return k
        end = self.name_words(k)
        if end - k < 2:
            return k
        words = [tok.key[1:], *(self.t[x].key for x in range(k + 1, end))]
        start = self._offset_after(k, 1)
        text = self.text[start : self.t[end - 1].e]
        actor = self.reg.person(words, text, k)
        if affiliation and actor.country is None:
            actor.country = affiliation
        self.add(
            actor,
            k,
            end,
            np_i,
            MentionForm.NAME,
            f"rule:{self.lang}.actor.title",
            stem_prefix=1,
        )
        return end

    def _possessive_tail(self, k: int) -> bool:
        """Token ``k`` is the one letter of a possessive glued to an apostrophe after a word."""
        return (
            2 <= k < len(self.t)
            and len(self.t[k].key) == 1
            and self.t[k].word
            and not self.t[k - 1].word
            and self.t[k].s == self.t[k - 1].e
            and self.t[k - 1].s == self.t[k - 2].e
            and self.t[k - 2].word
        )

    def _head_complement(self, j: int) -> int:
        """End of «of Foreign Affairs», «for Education» after a capitalized head ending at
        ``j``: a complement link, an optional article and capitalized words that are no known
        name of their own; ``j`` when there is none.
        """
        n = len(self.t)
        if j >= n or not self.comp.in_set(self.t[j], "head_link"):
            return j
        k = j + 1
        if k < n and _cat(self.m[k], "demonstrative") is not None and not self.t[k].cap:
            k += 1
        end = j
        while k < n and self.t[k].word and not self.t[k].brk and k < j + 7:
            tok = self.t[k]
            if tok.cap and not self.m[k] and not self.comp.in_set(tok, "stop"):
                k += 1
                end = k
                continue
            break
        return end

    def _acronym_subject(self, i: int) -> bool:
        """An unknown word written in capitals as the subject of a speech verb."""
        tok = self.t[i]
        raw = self.text[tok.s : tok.e]
        if i < self.body_tok or self.m[i] or self.comp.is_known(tok) or len(raw) < 2:
            return False
        if not (raw.isupper() and raw.isalpha()):
            return False
        k = i + 1
        while k < min(i + 3, len(self.t)) and self.comp.in_set(self.t[k], "stop"):
            k += 1
        cue = _cat(self.m[k], "cue") if k < len(self.t) else None
        return cue is not None and not cue.data.participle

    def _capitalized_name_at(self, i: int) -> bool:
        """A run of capitalized words that is a person's name by itself: two words or more
        («Rami Ayyub»), or one word as the subject of a speech verb («Erdogan said»).
        """
        tok = self.t[i]
        known = self.comp.is_known(tok) and not self._bare_initial(i)
        if not tok.cap or self.m[i] or known or i < self.body_tok:
            return False
        end = self._cased_name_words(i)
        if end - i >= 2:
            return True
        if end == i:
            return False
        if (
            end + 1 < len(self.t)
            and self.punct(end, self.comp.commas)
            and self.comp.in_set(self.t[end + 1], "person_rel")
        ):
            # «Merz, who took office in May, …»: a relative pronoun for people only.
            return True
        if end + 1 < len(self.t) and self.punct(end, self.comp.commas) and self._speaks_after(end):
            # «Blinken, in remarks to reporters, said …»: the subject before a parenthetical.
            return True
        k = end
        while k < min(end + 2, len(self.t)) and self.comp.in_set(self.t[k], "stop"):
            k += 1
        cue = _cat(self.m[k], "cue") if k < len(self.t) else None
        return cue is not None and not cue.data.participle

    def _speaks_after(self, comma: int) -> bool:
        """Whether a parenthetical opened by the comma at ``comma`` closes with a comma and a
        speech verb: short, or of any length when a relative pronoun or participle opens it.
        """
        if not self.comp.sets["paren_open"]:
            return False
        n = len(self.t)
        opened = self.comp.in_set(self.t[comma + 1], "paren_open")
        reach = PARENTHETICAL if opened else SHORT_PARENTHETICAL
        for k in range(comma + 2, min(n, comma + 1 + reach)):
            tok = self.t[k]
            if not tok.word and (tok.key in self.comp.finals or k in self.quotes_at):
                return False
            if _cat(self.m[k], "cue") is not None:
                return False
            if self.punct(k, self.comp.commas):
                nxt = k + 1
                while nxt < min(n, k + 3) and self.comp.in_set(self.t[nxt], "stop"):
                    nxt += 1
                cue = _cat(self.m[nxt], "cue") if nxt < n else None
                return cue is not None and not cue.data.participle
        return False

    def _bare_initial(self, k: int) -> bool:
        """A single capital letter, no stopword («A», «I»), right before a capitalized word of
        the same line that is no lexicon word: an initial without its full stop.
        """
        tok = self.t[k]
        raw = self.text[tok.s : tok.e]
        nxt = k + 1
        return (
            len(raw) == 1
            and raw.isupper()
            and not self.m[k]
            and not self.comp.in_set(tok, "stop")
            and nxt < len(self.t)
            and self.t[nxt].word
            and self.t[nxt].cap
            and not self.t[nxt].brk
            and not self.m[nxt]
            and not self.comp.is_known(self.t[nxt])
        )

    def _cased_name_words(self, k: int) -> int:
        """End of a name of capitalized words starting at ``k``: name links inside it, words
        joined by a dash or an apostrophe («Suk-yeol», «O'Brien»), initials («George W. Bush»).
        """
        comp = self.comp
        n = len(self.t)
        start = k
        content = 0
        while k < n and content < 5:
            tok = self.t[k]
            if not tok.word or (k > start and tok.brk) or any(ch.isdigit() for ch in tok.key):
                break
            if content and comp.in_set(tok, "link") and k + 1 < n and self.t[k + 1].cap:
                k += 1
                continue
            if (
                content
                and comp.in_set(tok, "link")
                and k + 2 < n
                and self.t[k + 1].key in comp.dashes
                and self.t[k + 1].s == tok.e
                and self.t[k + 2].s == self.t[k + 1].e
                and self.t[k + 2].cap
            ):
                # «Mohammed Shia al-Sudani»: a lower-case link glued by a dash to the surname.
                k += 2
                continue
            if self._bare_initial(k):
                # «S Jaishankar»: an initial written without its full stop.
                content += 1
                k += 1
                continue
            if not tok.cap or self.m[k] or comp.is_known(tok):
                break
            content += 1
            k += 1
            if k + 1 < n and not self.t[k].word and self.t[k].s == self.t[k - 1].e:
                nxt = self.t[k + 1]
                glued = nxt.s == self.t[k].e and nxt.word
                if glued and (self.t[k].key in comp.dashes or nxt.cap) and not nxt.brk:
                    # «Suk-yeol», «O'Brien»: the joined word belongs to the name.
                    k += 2
                    continue
                if len(tok.key) == 1 and nxt.cap and not glued:
                    # An initial with its full stop.
                    k += 1
                    continue
        while k > start and not self.t[k - 1].word:
            k -= 1
        return k

    def _marker(self, k: int) -> bool:
        """Whether token ``k`` opens a content: a colon, a quote, a complementizer (after an
        optional preposition).
        """
        tok = self.t[k]
        if not tok.word:
            return tok.key in self.comp.colons or k in self.quotes_at
        if _cat(self.m[k], "comp") is not None:
            return True
        nxt = k + 1
        return (
            _cat(self.m[k], "cueprep") is not None
            and nxt < len(self.t)
            and (_cat(self.m[nxt], "comp") is not None or nxt in self.quotes_at)
        )

    def _marker_after(self, k: int) -> bool:
        """Whether a content marker follows within a few words («الوزارة في بيان أن …»)."""
        for x in range(k, min(k + 5, len(self.t))):
            if self._marker(x):
                return True
            if not self.t[x].word and self.t[x].key in self.comp.finals:
                return False
        return False

    def name_before(self, i: int) -> bool:
        """«ناصر بوريطة، وزير …»: a name just before a comma and a title."""
        if not self.punct(i - 1, self.comp.commas):
            return False
        k = i - 2
        start = None
        count = 0
        while k >= 0 and count < 5 and self.t[k].word and k not in self.covered:
            tok = self.t[k]
            if self.comp.is_known(tok) and tok.key not in self.comp.sets["link"]:
                break
            if any(ch.isdigit() for ch in tok.key):
                break
            start = k
            count += 1
            if tok.brk:
                break
            k -= 1
        if start is None:
            return False
        # Without a boundary before it, keep the last two words (and their links).
        if count > 2:
            start = i - 3
            while start > 0 and self.t[start - 1].key in self.comp.sets["link"]:
                start -= 2
            start = max(start, i - 1 - count)
        end = self.name_words(start)
        if end != i - 1 or end - start < 2:
            return False
        self.name_person(
            start, np_i=start, method=f"rule:{self.lang}.actor.apposition", line_start=True
        )
        return True

    def org_entry(self, m: Match, np_i: int | None = None) -> int:
        entry = m.data
        kind = ActorKind(entry.kind)
        actor = self.reg.keyed(
            f"org:{entry.name}",
            lambda: ActorC(
                kind, entry.names[0], method="rule:lexicon.organization", confidence=0.9
            ),
        )
        if entry.country is not None:
            actor.country = entry.country
        if self.heads_last:
            # «the European Commission» … «the Commission»: its head noun refers back to it.
            for name in entry.names:
                words = fold(name).split()
                if len(words) > 1:
                    self.reg.by_head[words[-1]] = actor
        self.add(
            actor,
            m.i,
            m.j,
            m.i if np_i is None else np_i,
            MentionForm.NAME,
            "rule:lexicon.organization",
            stem_prefix=m.stem.mention_prefix,
            confidence=0.9,
        )
        return m.j

    def country_entry(self, m: Match) -> int:
        actor = self.reg.country(m.data)
        self.add(
            actor,
            m.i,
            m.j,
            m.i,
            MentionForm.NAME,
            "rule:lexicon.country",
            stem_prefix=m.stem.mention_prefix,
            confidence=0.9,
        )
        return m.j

    def honorifics(self, k: int) -> int:
        while self.word(k) and (
            _cat(self.m[k], "honor") is not None or self.comp.in_set(self.t[k], "honor")
        ):
            honor = _cat(self.m[k], "honor")
            k = max(k + 1, honor.j) if honor is not None else k + 1
        return k

    def name_words(self, k: int, *, after_honorific: bool = False) -> int:
        """End of a name starting at token ``k`` (``k`` itself if there is none)."""
        if self.cased:
            return self._cased_name_words(k)
        comp = self.comp
        start = k
        if (
            after_honorific
            and k + 1 < len(self.t)
            and self.t[k].word
            and not self.m[k]
            and comp.in_set(self.t[k], "stop")
            and self.t[k + 1].word
            and not comp.is_known(self.t[k + 1])
        ):
            # «الشيخ صباح الأحمد»: after an honorific a common word is a given name.
            end = self.name_words(k + 1)
            return end if end > k + 1 else k
        content = 0
        last_def = False
        n = len(self.t)
        plain_def = False
        marks = comp.sets["non_name_marks"]
        while k < n and content < 4:
            tok = self.t[k]
            if not tok.word or any(ch.isdigit() for ch in tok.key) or (k > start and tok.brk):
                break
            if marks and any(ch in marks for ch in self.text[tok.s : tok.e]):
                # Tanwin: an adverb or an accusative noun («لاحقاً»), never a name in news.
                break
            if comp.in_set(tok, "link") and tok.key in comp.sets["link"]:
                nxt_tok = self.t[k + 1] if k + 1 < n else None
                if (
                    nxt_tok is not None
                    and nxt_tok.word
                    # «عبد الله»: a compound after a link, whatever its stems look like.
                    and (not comp.in_set(nxt_tok, "stop") or nxt_tok.key in comp.sets["compound"])
                ):
                    k += 2
                    content += 1
                    last_def = True
                    continue
                break
            if content and tok.key in comp.sets["compound"]:
                k += 1
                continue
            if (
                k > start
                and tok.key[:1] in comp.conj
                and (
                    content >= 2
                    or any(st.text in comp.known for st in tok.stems[1:])
                    or (self.m[k] and any(m.stem.prefix for m in self.m[k]))
                )
            ):
                break
            if (
                content >= 2
                and last_def
                and not self.m[k]
                and self.definite(k)
                and k + 1 < n
                and self.definite(k + 1)
                and _cat(self.m[k + 1], "nisba") is not None
            ):
                # «بدر عبد العاطي الموقف الأردني»: a noun and its nisba adjective after the
                # name are its object, not a family name.
                break
            if (
                not self.cased
                and content >= 2
                and last_def
                and not self.m[k]
                and self.definite(k)
                and k + 1 < n
                and self.t[k + 1].word
                and not self.t[k + 1].brk
                and not self.m[k + 1]
                and self.definite(k + 1)
                and (
                    k + 2 >= n
                    or not self.t[k + 2].word
                    or self.t[k + 2].brk
                    or comp.is_known(self.t[k + 2])
                )
            ):
                # «دعا أيمن الصفدي المجتمع الدولي إلى …»: after a family name with the article, a
                # noun and its adjective that end the phrase are the verb's object.
                break
            if (comp.is_known(tok) or self.m[k]) and not (
                last_def and content and not self.m[k] and self.definite(k)
            ):
                # A title word can be a name word («توفيق سلطان», «حسين أمير عبداللهيان»)
                # when the name goes on with an unknown word or ends right after it.
                only_title = (
                    self.m[k]
                    and all(m.cat in ("title", "honor") for m in self.m[k])
                    and not (comp.in_set(tok, "stop"))
                )
                if not (content and only_title and (not self.definite(k) or content == 1)):
                    break
                nxt = self.t[k + 1] if k + 1 < n else None
                ends = (
                    nxt is None
                    or not nxt.word
                    or nxt.brk
                    or comp.in_set(nxt, "stop")
                    or (comp.is_known(nxt) and nxt.key[:1] in comp.conj)
                )
                goes_on = (
                    nxt is not None
                    and nxt.word
                    and not nxt.brk
                    and not comp.is_known(nxt)
                    and not self.m[k + 1]
                    and not self.definite(k + 1)
                )
                if not (ends or (goes_on and not self.definite(k))):
                    break
            definite = self.definite(k)
            if content >= 1 and definite and content >= 2 and not last_def:
                break
            if plain_def and not definite:
                # A family name with the article ends a name («… البوسعيدي جلسة»).
                break
            if content >= 1 and any(
                st.prefix > 0
                and tok.key[:1] in comp.preps
                and (
                    st.definite
                    or st.text in comp.known
                    or any(
                        st.text.endswith(suf) and st.text[: -len(suf)] in comp.known
                        for suf in comp.suffixes
                    )
                )
                for st in tok.stems[1:]
            ):
                # «ترامب للصحفيين», «… بالعاصمة», «… لشكره»: a preposition ends the name.
                break
            if (
                content >= 2
                and tok.key[:1] in comp.preps
                and any(self.text[tok.s : tok.e].endswith(f) for f in comp.noun_endings)
            ):
                # «قاسم سليماني بضربة»: a preposition and a feminine noun, not a third name.
                break
            if (
                content == 0
                and self.after_plural
                and any(st.prefix > 0 and len(st.text) >= 5 for st in tok.stems[1:])
            ):
                break
            if k - start >= 2 and not definite and tok.key[:1] in comp.present[:1]:
                break
            content += 1
            last_def = definite
            plain_def = definite
            k += 1
        return k

    def name_person(
        self,
        k: int,
        np_i: int,
        method: str,
        *,
        title: str | None = None,
        affiliation: str | None = None,
        plural: bool = False,
        line_start: bool = False,
    ) -> int:
        if k < len(self.t) and self.t[k].brk and not line_start and k > np_i:
            return k
        honored = k > 0 and (
            _cat(self.m[k - 1], "honor") is not None or self.comp.in_set(self.t[k - 1], "honor")
        )
        end = self.name_words(k, after_honorific=honored)
        if end == k:
            return k
        nisba = _cat(self.m[end], "nisba") if end < len(self.t) else None
        if nisba is not None:
            after = self.t[nisba.j] if nisba.j < len(self.t) else None
            last = after is None or not after.word or after.brk or self.comp.is_known(after)
            if self.definite(end) and end - k >= 2 and last:
                # «محمد شياع السوداني»: a family name shaped like a nisba ends the name.
                end = nisba.j
            else:
                # «مصدر دبلوماسي روسي»: adjectives, not a name.
                return k
        elif end - k >= 2 and self._family_name_at(end):
            # «خليفة شاهين المرر أن …»: a last word with the article that ends the phrase is
            # the family name.
            end += 1
        if plural and end - k < 2:
            return k
        words = [self.t[x].key for x in range(k, end)]
        text = self.text[self.t[k].s : self.t[end - 1].e]
        actor = self.reg.person(words, text, k)
        if affiliation and actor.country is None:
            actor.country = affiliation
        if title is not None:
            actor.titles.append(
                (title, self.t[np_i].s, self.t[k - 1].e if k > np_i else 0, affiliation)
            )
            if self._former_title(np_i, k):
                actor.former.add(title)
        self.add(actor, k, end, np_i, MentionForm.NAME, method)
        return self.apposition(end, actor)

    def _former_title(self, np_i: int, k: int) -> bool:
        """Whether the title phrase ``[np_i, k)`` or the words just before it mark it former."""
        lo = np_i
        while lo > 0 and np_i - lo < _FORMER_BACK and self.t[lo - 1].word:
            lo -= 1
        return any(self.comp.in_set(self.t[x], "former") for x in range(lo, k))

    def _nisba_surname(self, i: int, surnames: set[str]) -> bool:
        """Whether the demonym at token ``i`` is the family name of a person named in full.

        «وقال السوداني», «أن السوداني أبلغ»: it stands where a name stands (after a verb, a
        complementizer, a preposition or punctuation), not after a noun it could describe
        («رئيس الوزراء السوداني»).
        """
        ms = self.m[i]
        if not ms or any(m.cat != "nisba" for m in ms):
            return False
        if not any(st.text in surnames for st in self.t[i].stems):
            return False
        if i == 0 or not self.t[i - 1].word or self.t[i].brk:
            return True
        prev = self.t[i - 1]
        return self.comp.in_set(prev, "stop") or any(
            m.cat in ("cue", "comp", "trigger", "cueprep", "placeprep", "with", "from")
            for m in self.m[i - 1]
        )

    def _family_name_at(self, k: int) -> bool:
        """Whether token ``k`` is an unknown word with the article that ends a phrase.

        The phrase ends at punctuation, a line break, a lexicon word or the end of the text.
        """
        n = len(self.t)
        if k >= n:
            return False
        tok = self.t[k]
        if (
            not tok.word
            or tok.brk
            or self.m[k]
            or self.comp.is_known(tok)
            or not self.definite(k)
            or any(ch.isdigit() for ch in tok.key)
        ):
            return False
        if tok.key[:1] in self.comp.preps and any(
            tok.key[1:].startswith(a) for a in self.comp.articles
        ):
            # «ماركو روبيو بالضغط على …»: a preposition before the article starts a complement.
            return False
        after = self.t[k + 1] if k + 1 < n else None
        if (
            after is not None
            and after.word
            and not after.brk
            and not self.m[k + 1]
            and self.definite(k + 1)
        ):
            # «أيمن الصفدي المجتمع الدولي»: a noun and its adjective, not a family name.
            return False
        return after is None or not after.word or after.brk or self.comp.is_known(after)

    def apposition(self, k: int, actor: ActorC) -> int:
        """«X، وزير …», «X وزير الخارجية»: a title after a name describes the person named.

        Not when another name follows the title («استقبل X رئيس الوزراء Y»).
        """
        comma = self.punct(k, self.comp.commas)
        first = k + 1 if comma else k
        if not self.word(first) or self.t[first].brk:
            return k
        title = _cat(self.m[first], "title")
        if title is None or title.data or title.stem.prefix:
            # «X، ووزير …» starts the next person of a list, not a title of X.
            return k
        end, affiliation, _ = self.title_complement(title.j)
        if not comma:
            after = self.honorifics(end)
            if after < len(self.t) and self.name_words(after) > after:
                return k
        k = first - 1
        actor.titles.append(
            (
                self.text[self.t[k + 1].s : self.t[end - 1].e],
                self.t[k + 1].s,
                self.t[end - 1].e,
                affiliation,
            )
        )
        if affiliation and actor.country is None:
            actor.country = affiliation
        return end

    def title_complement(self, k: int, *, bare: bool = False) -> tuple[int, str | None, int]:
        """Consume what completes a title: institution, country, nisba. Returns (end, iso, n).

        ``bare``: the title is one definite word («الرئيس»), which takes no genitive.
        """
        affiliation: str | None = None
        n = 0
        bare_title = bare
        limit = k + 12
        while k < len(self.t) and k < limit and self.t[k].word and not self.t[k].brk:
            ms = self.m[k]
            country = _cat(ms, "country")
            nisba = _cat(ms, "nisba")
            org = _cat(ms, "org")
            if (
                country is None
                and _cat(ms, "honor") is not None
                and k + 1 < len(self.t)
                and _cat(self.m[k + 1], "country") is not None
            ):
                k += 1
                continue
            if country is not None:
                actor = self.reg.country(country.data)
                self.add(
                    actor,
                    k,
                    country.j,
                    k,
                    MentionForm.NAME,
                    "rule:lexicon.country",
                    stem_prefix=country.stem.mention_prefix,
                    confidence=0.9,
                )
                affiliation = affiliation or country.data.iso
                k = country.j
            elif nisba is not None:
                affiliation = nisba.data.iso
                k = nisba.j
            elif org is not None:
                self.org_entry(org)
                k = org.j
            elif (
                _cat(ms, "head") is not None and not self.definite(k - 1) and not (self.definite(k))
            ):
                # «المتحدث باسم وزارة الخارجية …»: the institution of the title, in construct.
                k = (_cat(ms, "head") or org or ms[0]).j
            elif (
                n > 0
                and self.t[k].key[:1] in self.comp.conj
                and not self.definite(k)
                and not self.m[k]
                and k + 1 < len(self.t)
                and self.t[k + 1].word
                and self.definite(k + 1)
                and _cat(self.m[k + 1], "honor") is None
                and _cat(self.m[k + 1], "title") is None
            ):
                # «وزير الخارجية والهجرة وشؤون المصريين بالخارج»: a coordinated construct.
                k += 2
            elif (
                _cat(ms, "honor") is None
                and _cat(ms, "title") is None
                and _cat(ms, "counterpart") is None
                and not self.comp.in_set(self.t[k], "stop")
                and not any(
                    _cat(ms, c)
                    for c in (
                        "cue",
                        "trigger",
                        "relative",
                        "weekday",
                        "status",
                        "mode",
                        "month",
                        "joint",
                    )
                )
                and self.definite(k)
                # A definite one-word title is not in construct: after «الرئيس» a definite
                # word is a name («الرئيس السيسي»), after «رئيس» a genitive («رئيس الوزراء»).
                and not (n == 0 and bare_title)
            ):
                k += 1
            else:
                break
            n += 1
        return k, affiliation, n

    def _quoted_words(self, k: int, close: int) -> list[int]:
        """The word tokens inside the quotation opened at token ``k`` and closing at ``close``.

        At most four are collected (a quoted name has one to three words), so the scan stops
        at the closing mark or soon after the opening one, never running on to the text's end.
        """
        words: list[int] = []
        for x in range(k + 1, len(self.t)):
            if self.t[x].s >= close or len(words) > 3:
                break
            if self.t[x].word:
                words.append(x)
        return words

    def titled(self, i: int, head: Match, counterpart: bool) -> int:
        """A title (or a counterpart noun), its complement, honorifics and a name."""
        plural = bool(head.data) if not counterpart else False
        bare = head.j - head.i == 1 and self.definite(head.i)
        k, affiliation, _ = self.title_complement(head.j, bare=bare)
        if self.heads_last and affiliation is None:
            # «Chinese President Xi», «his Turkish counterpart», «U.S. President Bush».
            affiliation = self._affiliation_before(i)
        # «ونظيره من الجمهورية الفرنسية، X»: the country the title belongs to.
        if k + 1 < len(self.t) and self.t[k].word and self.t[k].key in self.comp.sets["from"]:
            c = _cat(self.m[k + 1], "country")
            if c is not None:
                self.country_entry(c)
                affiliation = affiliation or c.data.iso
                k = c.j
        # The title as a role reads without a glued conjunction or preposition («ورئيس …»).
        title_text = self.text[self._offset_after(i, head.stem.mention_prefix) : self.t[k - 1].e]
        # «السفير المصري في لبنان محمد …»: a place phrase between title and name.
        if _cat(self.m[k], "placeprep") is not None if k < len(self.t) else False:
            after = k + 1
            c = _cat(self.m[after], "country") if after < len(self.t) else None
            city = _cat(self.m[after], "city") if after < len(self.t) else None
            nxt = (c or city).j if (c or city) is not None else after  # type: ignore[union-attr]
            if (c or city) is not None and self.name_words(self.honorifics(nxt)) > self.honorifics(
                nxt
            ):
                k = nxt
        # «الأمين العام، X» and «رئيس الجمهورية، X»: a name after a comma.
        if self.punct(k, self.comp.commas) and self.word(k + 1):
            after = self.honorifics(k + 1)
            end = self.name_words(after)
            if end > after and (
                end >= len(self.t) or not self.t[end].word or self.comp.is_known(self.t[end])
            ):
                k = k + 1
        k2 = self.honorifics(k)
        # A second title before the name («وزير الخارجية الأمير فيصل …»).
        for _ in range(2):
            inner = _cat(self.m[k2], "title") if k2 < len(self.t) else None
            if inner is None or inner.data or self.t[k2].brk:
                break
            after = self.honorifics(inner.j)
            if self.name_words(after) == after:
                break
            k2 = after
        self.after_plural = plural
        end = self.name_person(
            k2,
            np_i=i,
            method=f"rule:{self.lang}.actor.title",
            title=title_text if not counterpart else None,
            affiliation=affiliation,
            plural=plural,
        )
        self.after_plural = False
        if end > k2 and plural:
            end = self._second_member(end, i, affiliation)
        if end > k2:
            return end
        # No name: a nominal mention, resolved once every name is known.
        m = MentionC(
            ActorC(ActorKind.PERSON, title_text),
            self.t[i].s,
            self.t[k - 1].e,
            i,
            k,
            i,
            MentionForm.NOMINAL,
            f"rule:{self.lang}.coref.nominal",
            0.6,
        )
        kind = "counterpart" if counterpart else ("plural" if plural else "title")
        m.actor.name = head.stem.text
        # The words of the title itself, without its country: «وزير الخارجية القطري» →
        # «وزير الخارجية», to tell it from «وزير الدولة» when both are Qatari.
        words = [head.stem.text]
        x = head.i + 1
        while x < k:
            ms = self.m[x]
            place = _cat(ms, "country") or _cat(ms, "nisba")
            if place is not None:
                x = max(place.j, x + 1)
                continue
            if self.t[x].word and self.t[x].key not in self.comp.sets["from"]:
                words.append(self.t[x].key)
            x += 1
        self.nominal_words[id(m)] = " ".join(fold(w) for w in words)
        self.nominals.append((m, kind, affiliation))
        return max(k, i + 1)

    def org_pattern(self, head: Match) -> int:
        """«موقع “والا”», «وزارة الخارجية الجزائرية», bare «الوزارة» (the last such body)."""
        i, k = head.i, head.j
        kind = ActorKind.MEDIA if head.data == "media" else ActorKind.ORGANIZATION
        if head.data == "with_nisba":
            nis = _cat(self.m[k], "nisba") if k < len(self.t) and not self.t[k].brk else None
            if nis is None:
                return k
            s0 = self._offset_after(i, head.stem.mention_prefix)
            actor = self.reg.named(
                self.text[s0 : self.t[nis.j - 1].e], kind, f"rule:{self.lang}.actor.org_pattern", i
            )
            actor.country = actor.country or nis.data.iso
            self.add(
                actor,
                i,
                nis.j,
                i,
                MentionForm.NAME,
                f"rule:{self.lang}.actor.org_pattern",
                stem_prefix=head.stem.mention_prefix,
                confidence=0.7,
            )
            return nis.j
        # A quoted name right after the head.
        if k < len(self.t) and not self.t[k].word and k in self.quotes_at:
            qs, qe = self.quotes_at[k]
            words = self._quoted_words(k, qe)
            if 1 <= len(words) <= 3:
                name = self.text[qs:qe]
                org = None
                for x in words:
                    org = _cat(self.m[x], "org")
                    if org is not None:
                        break
                if org is not None:
                    self.org_entry(org, np_i=i)
                    actor = self.reg.by_key[f"org:{org.data.name}"]
                else:
                    actor = self.reg.named(name, kind, f"rule:{self.lang}.actor.quoted_name", i)
                    self.add(
                        actor,
                        words[0],
                        words[-1] + 1,
                        i,
                        MentionForm.NAME,
                        f"rule:{self.lang}.actor.quoted_name",
                    )
                end = words[-1] + 2
                while end < len(self.t) and _cat(self.m[end], "nisba") is not None:
                    nis = _cat(self.m[end], "nisba")
                    assert nis is not None
                    actor.country = actor.country or nis.data.iso
                    end = nis.j
                return end
        end, affiliation, n = self.title_complement(k)
        # A quoted name after the phrase («وكالة الأنباء الفلسطينية “وفا”»).
        if n and end < len(self.t) and end in self.quotes_at:
            qs, qe = self.quotes_at[end]
            words = self._quoted_words(end, qe)
            if 1 <= len(words) <= 3:
                phrase = self.text[self.t[i].s : self.t[end - 1].e]
                org = _cat(self.m[words[0]], "org")
                if org is not None:
                    self.org_entry(org, np_i=i)
                    actor = self.reg.by_key[f"org:{org.data.name}"]
                else:
                    actor = self.reg.named(
                        self.text[qs:qe], kind, f"rule:{self.lang}.actor.quoted_name", i
                    )
                    self.add(
                        actor,
                        words[0],
                        words[-1] + 1,
                        i,
                        MentionForm.NAME,
                        f"rule:{self.lang}.actor.quoted_name",
                    )
                actor.add_name(phrase)
                self.add(
                    actor,
                    i,
                    end,
                    i,
                    MentionForm.NAME,
                    f"rule:{self.lang}.actor.org_pattern",
                    stem_prefix=head.stem.mention_prefix,
                )
                return words[-1] + 2
        if n == 0:
            # A bare head: the last body named with it; with none, the body as written when it
            # speaks («وأضافت الوزارة في بيان أن …»).
            if (
                self.definite(i)
                and not self.heads_last
                and self.last_with_head(head) is None
                and self._marker_after(k)
            ):
                s0 = self._offset_after(i, head.stem.mention_prefix)
                named = self.reg.named(
                    self.text[s0 : self.t[k - 1].e], kind, f"rule:{self.lang}.actor.org_pattern", i
                )
                self.add(
                    named,
                    i,
                    k,
                    i,
                    MentionForm.NOMINAL,
                    f"rule:{self.lang}.actor.org_pattern",
                    stem_prefix=head.stem.mention_prefix,
                    confidence=0.5,
                )
                return k
            if (
                self.definite(i)
                or (self.heads_last and i > 0 and _cat(self.m[i - 1], "demonstrative") is not None)
                # «a Commission spokesperson»: a capitalized head names the body by itself.
                or (self.heads_last and self.t[i].cap and self.t[k - 1].cap)
            ):
                target = self.last_with_head(head)
                if target is not None:
                    # «the Commission»: a capitalized head stands as the body's short name.
                    cased = self.heads_last and self.t[k - 1].cap
                    m = MentionC(
                        target,
                        self.t[i].s + 0,
                        self.t[k - 1].e,
                        i,
                        k,
                        i,
                        MentionForm.NAME if cased else MentionForm.NOMINAL,
                        f"rule:{self.lang}.coref.head",
                        0.6,
                    )
                    m.s = self._offset_after(i, head.stem.mention_prefix)
                    self.mentions.append(m)
                    self.covered.update(range(i, k))
            return k
        s = self._offset_after(i, head.stem.mention_prefix)
        text = self.text[s : self.t[end - 1].e]
        actor = self.reg.named(text, kind, f"rule:{self.lang}.actor.org_pattern", i)
        actor.country = actor.country or affiliation
        self.add(
            actor,
            i,
            end,
            i,
            MentionForm.NAME,
            f"rule:{self.lang}.actor.org_pattern",
            stem_prefix=head.stem.mention_prefix,
            confidence=0.7,
        )
        # «(SCG)»: an abbreviation in parentheses names the same body.
        if (
            self.punct(end, self.comp.parens)
            and self.word(end + 1)
            and self.punct(end + 2, self.comp.parens)
        ):
            actor.add_name(
                self.t[end + 1].key.upper()
                if self.t[end + 1].key.isascii()
                else self.text[self.t[end + 1].s : self.t[end + 1].e]
            )
        return end

    def last_with_head(self, head: Match) -> ActorC | None:
        stem = self._strip_article(head.stem.text)
        found = self.reg.by_head.get(stem)
        if found is None and head.data == "media":
            # «الوكالة»: the last agency or outlet named in the text.
            media = [a for a in self.reg.actors if a.kind is ActorKind.MEDIA and not a.gazetteer]
            found = max(media, key=lambda a: a.last_seen, default=None)
        return found

    # -- name variants everywhere --------------------------------------------------------

    def sweep(self) -> None:
        """Mentions of known people anywhere (headline too): full names, surnames, given names."""
        classes = self.reg.classes
        persons = [a for a in self.reg.actors if a.kind is ActorKind.PERSON and a.tokens]
        if not persons:
            return
        first_idx: dict[str, list[tuple[list[str], ActorC]]] = {}
        last_idx: dict[str, set[int]] = {}
        given_idx: dict[str, set[int]] = {}
        common = self.comp.sets["common_given"]
        # Two-letter given names and surnames («Xi», «Yi») are names where names are capitalized.
        shortest = 2 if self.cased else 3
        for n, p in enumerate(persons):
            for words in p.tokens:
                first_idx.setdefault(phonetic(words[0], classes), []).append((words, p))
                if len(words[-1]) >= 3 and words[-1] not in common:
                    last_idx.setdefault(phonetic(words[-1], classes), set()).add(n)
                if len(words) > 1 and len(words[0]) >= shortest and words[0] not in common:
                    given_idx.setdefault(phonetic(words[0], classes), set()).add(n)
        # «محمد شياع السوداني»: a family name that is also a demonym.
        surnames = {w[-1] for p in persons for w in p.tokens if len(w) > 1}
        i = 0
        n_tok = len(self.t)
        while i < n_tok:
            tok = self.t[i]
            if (
                not tok.word
                or i in self.covered
                or (self.comp.is_known(tok) and not self._nisba_surname(i, surnames))
                # «نيقوسيا» is the city, not a spelling of «نيكوس».
                or _cat(self.m[i], "city") is not None
                or (self.cased and not tok.cap and i >= self.body_tok and len(tok.key) < 6)
            ):
                i += 1
                continue
            done = False
            for st in tok.stems:
                if st.definite and not st.text:
                    continue
                key = phonetic(st.text, classes)
                best: tuple[int, ActorC] | None = None
                for words, p in first_idx.get(key, ()):
                    if len(words) < 2:
                        continue
                    j = i
                    ok = True
                    for w_i, w in enumerate(words):
                        if j >= n_tok or j in self.covered or not self.t[j].word:
                            ok = False
                            break
                        txt = st.text if j == i else self.t[j].key
                        if not same_token(txt, w, classes, loose=0 < w_i < len(words) - 1):
                            ok = False
                            break
                        j += 1
                    if ok and (best is None or j > best[0]):
                        best = (j, p)
                if best is not None:
                    self.add(
                        best[1],
                        i,
                        best[0],
                        i,
                        MentionForm.NAME,
                        f"rule:{self.lang}.actor.variant",
                        stem_prefix=st.mention_prefix,
                    )
                    i = best[0]
                    done = True
                    break
                owners = last_idx.get(key) or (
                    given_idx.get(key) if len(given_idx.get(key, ())) == 1 else None
                )
                if owners and len(st.text) >= (2 if self.cased else 3):
                    cands = [persons[x] for x in owners]
                    cands = [
                        p
                        for p in cands
                        if any(
                            same_token(st.text, w[-1], classes)
                            or (len(w) > 1 and same_token(st.text, w[0], classes))
                            for w in p.tokens
                        )
                    ]
                    if cands:
                        p = max(cands, key=lambda a: a.last_seen if a.last_seen <= i else -1)
                        self.add(
                            p,
                            i,
                            i + 1,
                            i,
                            MentionForm.NAME,
                            f"rule:{self.lang}.actor.surname",
                            stem_prefix=st.mention_prefix,
                            confidence=0.7,
                        )
                        i += 1
                        done = True
                        break
            if not done:
                i += 1

    # -- nominal coreference -------------------------------------------------------------

    def resolve_nominals(self) -> None:
        persons = [a for a in self.reg.actors if a.kind is ActorKind.PERSON]
        self.positions: dict[int, list[int]] = {}
        for mc in sorted(self.mentions, key=lambda x: x.i):
            self.positions.setdefault(id(mc.actor), []).append(mc.i)
        by_country: dict[str | None, list[ActorC]] = {}
        for p in persons:
            by_country.setdefault(p.country, []).append(p)
        for m, kind, affiliation in self.nominals:
            if kind == "plural" or (kind == "counterpart" and affiliation is None):
                continue
            title = fold(m.actor.name)
            pool = by_country.get(affiliation, []) if affiliation is not None else persons
            # «وزير الخارجية» is a full title; «الوزير» only its head.
            full = m.j - m.i >= 2
            target = self._resolve(
                m.i,
                title,
                affiliation,
                kind,
                pool[:_POOL],
                full_title=full,
                words=self.nominal_words.get(id(m), title),
            )
            headline = bool(self.t[m.i].s < self.body_start)
            if (
                target is None
                and affiliation is not None
                and kind in ("title", "counterpart")
                and not headline
            ):
                # «الوزير السعودي» when the minister's country was never stated: the one
                # person with that title and no known country.
                unknown = [p for p in by_country.get(None, []) if p.country is None][:_POOL]
                found = self._resolve(m.i, title, None, kind, unknown)
                titled = [p for p in unknown if found is not None and p is found]
                if titled:
                    target = titled[0]
                    target.country = affiliation
            if target is not None:
                m.actor = target
                m.method = (
                    f"rule:{self.lang}.coref.counterpart" if kind == "counterpart" else m.method
                )
                self.mentions.append(m)

    def _resolve(
        self,
        at: int,
        title: str,
        affiliation: str | None,
        kind: str,
        persons: list[ActorC],
        *,
        full_title: bool = False,
        words: str = "",
    ) -> ActorC | None:
        def score(p: ActorC) -> tuple[int, int]:
            pos = self.positions.get(id(p), [])
            k = bisect_right(pos, at - 1) - 1
            if k >= 0:
                return (1, pos[k])
            return (0, -(pos[0] if pos else 0))

        cands = persons
        if affiliation is not None:
            cands = [p for p in cands if p.country == affiliation]
        if kind == "title":
            head = title.split()[0] if title else ""
            heads = {head}
            for a in self.comp.articles:
                if head.startswith(a):
                    heads.add(head[len(a) :])
            with_title = [p for p in cands if any(heads & key.words for key in self._titles_of(p))]
            if with_title:
                cands = with_title
                # «رئيس الوزراء» after «رئيس البرلمان»: when some holders were introduced
                # with every word of the title (and its country), only they are meant.
                core = self._bare_words(words or title)
                exact = [
                    p
                    for p in cands
                    if any(
                        self._holds(core, key.bare)
                        and (affiliation is None or key.country in (None, affiliation))
                        for key in self._titles_of(p)
                    )
                ]
                if exact:
                    cands = exact
                # "the minister said" is a current holder, not «رئيس الوزراء الأسبق».
                current = [
                    p for p in cands if any(key.title not in p.former for key in self._titles_of(p))
                ]
                if current:
                    cands = current
            elif affiliation is None:
                return None
            if affiliation is None and full_title and len(cands) > 1:
                # «وأكد وزير الخارجية» with no country among two foreign ministers: a full
                # title left bare is the home official, the first of them the body names.
                lead = min(cands, key=self._first_in_body)
                if self._first_in_body(lead) < at:
                    return lead
        if not cands:
            return None
        return max(cands, key=score)

    def _titles_of(self, p: ActorC) -> Iterable[_TitleKey]:
        """The distinct titles ``p`` was introduced with, folded once each.

        A person's title list grows with every titled mention, so it is read incrementally:
        each resolution costs the number of distinct titles, not of mentions so far.
        """
        read, keys = self.title_keys.get(id(p), (0, {}))
        for title, _s, _e, country in p.titles[read:]:
            if (title, country) not in keys:
                folded = fold(title)
                keys[(title, country)] = _TitleKey(
                    title, frozenset(folded.split()), frozenset(self._bare_words(folded)), country
                )
        self.title_keys[id(p)] = (len(p.titles), keys)
        return keys.values()

    def _bare_words(self, title: str) -> set[str]:
        """The words of a folded title without their article («الخارجية» → «خارجيه»)."""
        out: set[str] = set()
        for w in title.split():
            for a in self.comp.articles:
                if w.startswith(a) and len(w) > len(a) + 1:
                    w = w[len(a) :]
                    break
            out.add(w)
        return out

    @staticmethod
    def _holds(core: set[str], words: frozenset[str] | set[str]) -> bool:
        """Whether a title's words hold every core word, a proclitic or two allowed."""
        return all(
            w in words or any(len(v) - len(w) in (1, 2) and v.endswith(w) for v in words)
            for w in core
        )

    def _first_in_body(self, p: ActorC) -> int:
        """Token of the first mention of ``p`` after the headline (a large number if none)."""
        for pos in self.positions.get(id(p), []):
            if self.t[pos].s >= self.body_start:
                return pos
        return len(self.t)
