"""Statements and meetings, from cue and trigger matches, quotes and actor mentions.

Statements: a cue (verb, participle or attribution phrase) outside quotation marks; its subject
is the noun phrase right after it (Arabic puts the verb first), or — for continuation cues and
verbs with no subject — the last speaker; its content is a quote after a colon or right after
the cue, a clause after a complementizer, a noun phrase (assertive cues), or a quote just before
the cue. Meetings: a trigger word; participants are the actors named in its clause; mode comes
from the trigger and the modifiers next to it; status from tense and status words nearby.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs

from newsevents.lang import StatusCue
from newsevents.model import (
    ActorKind,
    MeetingMode,
    MeetingStatus,
    MentionForm,
    ParagraphRole,
    Polarity,
    QuoteKind,
    Stance,
)
from newsevents.model.article import Article
from newsevents.text.normalize import fold

from ._actors import PARENTHETICAL, SHORT_PARENTHETICAL, ActorC, Actors, MentionC
from ._matcher import Compiled, Match, Token
from ._quotes import Quote
from ._times import TimeC

__all__ = ["Events", "MeetingC", "StatementC"]


@attrs.define(eq=False)
class StatementC:
    """A statement being built."""

    speakers: list[ActorC]
    cue_s: int
    cue_e: int
    lemma: str | None
    stance: Stance
    content_s: int
    content_e: int
    quote: QuoteKind
    rule: str
    confidence: float
    cue_tok: int
    sentence: int
    reported_by: ActorC | None = None
    time: TimeC | None = None
    evidence: list[tuple[int, int]] = attrs.field(factory=list)


@attrs.define(eq=False)
class MeetingC:
    """A meeting being built."""

    participants: list[tuple[ActorC, str]]
    trig_s: int
    trig_e: int
    trig_tok: int
    mode: MeetingMode
    status: MeetingStatus
    polarity: Polarity
    rule: str
    confidence: float
    sentence: int
    paragraph: int
    lemma: str
    definite: bool
    time: TimeC | None = None
    place: tuple[int, int, str, str, ActorC | None] | None = None
    framework: ActorC | None = None
    topics: list[tuple[int, int]] = attrs.field(factory=list)
    reported_by: ActorC | None = None
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
    mode_explicit: bool = False
    status_explicit: bool = False
    strong: bool = False
    """Whether the trigger clearly refers back (a demonstrative, «بينهما»)."""


def _cat(ms: list[Match], cat: str) -> Match | None:
    for m in ms:
        if m.cat == cat:
            return m
    return None


_LOOK_BACK = 64
"""How far back (in items) look-backs for antecedents and earlier meetings go."""
_NESTED_WINDOW = 24
"""How far back (in tokens) a verb looks for the reporter that quotes its subject."""
_NESTED_TAIL = 8
"""How many tokens a quoted source's description may run on before its verb."""
_ADVERBIAL_WORDS = 3
"""The longest preposition phrase read as an adverbial between a cue and its «أن» clause."""
_CLAUSE_BACK = 40
"""How far back (in tokens) a participle looks for the clause it ends."""
_SUBJECT_PLACE = 2
"""How many words may stand before a sentence's subject (its verb, an article, a nationality)."""
_OBJECT_MARKS = ("cueprep", "placeprep", "with", "from")
"""Categories of the word before a noun phrase that make it an object, not a subject."""
_HONORIFIC_BACK = 6
"""How many words before a title phrase its honorific may stand («صاحب السمو الملكي الأمير»)."""
_PAREN_TOKENS = 12
"""How many tokens a parenthetical between commas after a cue may span («، خلال اتصال …،»)."""
_PREDICATE_REACH = 24
"""How many tokens after a meeting noun its predicate («… has been postponed») is read."""
_CLAUSE_CAP = 400
"""The longest clause, in tokens, that content and status scans read (keeps time linear)."""

_STATUS_RANK = {
    MeetingStatus.CANCELLED: 5,
    MeetingStatus.HYPOTHETICAL: 4,
    MeetingStatus.RECURRING: 3,
    MeetingStatus.PLANNED: 2,
    MeetingStatus.OCCURRED: 1,
}


class Events:
    """Finds the statements and meetings of one document."""

    def __init__(
        self,
        text: str,
        article: Article,
        tokens: Sequence[Token],
        matches: Sequence[list[Match]],
        comp: Compiled,
        actors: Actors,
        mentions: list[MentionC],
        quotes: list[Quote],
        times: list[TimeC],
    ) -> None:
        self.text = text
        self.article = article
        self.t = tokens
        self.m = matches
        self.comp = comp
        self.reg = actors
        self.mentions = mentions
        self.quotes = quotes
        self.times = times
        self.lang = comp.lexicon.meta.language
        n = len(tokens)
        self.by_np: dict[int, list[MentionC]] = {}
        self.by_tok: dict[int, MentionC] = {}
        for mc in mentions:
            self.by_np.setdefault(mc.np_i, []).append(mc)
            for k in range(mc.i, mc.j):
                self.by_tok.setdefault(k, mc)
        # Paragraph and sentence of every token; the quote a token is inside.
        self.para = [0] * n
        self.sent = [0] * n
        self.roles: list[ParagraphRole] = []
        para_starts = [p.content.start for p in article.paragraphs]
        sent_starts: list[int] = []
        for para in article.paragraphs:
            self.roles.append(para.role)
            sent_starts.extend(s.start for s in para.sentences)
        # Tokens, paragraphs and sentences are all in text order: one walk assigns them.
        p = s = 0
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for k, tok in enumerate(tokens):
            while p + 1 < len(para_starts) and para_starts[p + 1] <= tok.s:
                p += 1
            while s + 1 < len(sent_starts) and sent_starts[s + 1] <= tok.s:
                s += 1
            self.para[k] = p
            self.sent[k] = s
            starts.setdefault(p, k)
            ends[p] = k + 1
        self.pstart = starts
        self.pend = ends
        self.in_quote = [-1] * n
        self.quote_open: dict[int, int] = {}
        qi = 0
        for k, tok in enumerate(tokens):
            while qi < len(quotes) and quotes[qi].outer_end <= tok.s and quotes[qi].open < tok.s:
                qi += 1
            if qi < len(quotes):
                q = quotes[qi]
                if tok.s == q.open:
                    self.quote_open[k] = qi
                elif q.open < tok.s < q.outer_end or (q.close is None and q.open < tok.s < q.end):
                    self.in_quote[k] = qi
        # Token bounds of every sentence, and mentions in text order (for look-backs).
        self.sent_lo = [0] * n
        self.sent_hi = [0] * n
        k = 0
        while k < n:
            j = k
            while j < n and self.sent[j] == self.sent[k]:
                j += 1
            for x in range(k, j):
                self.sent_lo[x] = k
                self.sent_hi[x] = j
            k = j
        ordered = sorted(mentions, key=lambda x: x.i)
        self.person_pos = [m.i for m in ordered if m.actor.kind is ActorKind.PERSON]
        self.person_at = [m.actor for m in ordered if m.actor.kind is ActorKind.PERSON]
        orgs = (ActorKind.ORGANIZATION, ActorKind.MEDIA)
        self.org_pos = [m.i for m in ordered if m.actor.kind in orgs]
        self.org_at = [m.actor for m in ordered if m.actor.kind in orgs]
        self.quote_by_close = {q.close: qi for qi, q in enumerate(quotes) if q.close is not None}
        self.token_starts = [t.s for t in tokens]
        self.by_sentence: dict[int, list[StatementC]] = {}
        self.time_starts = [tc.s for tc in times]
        self.statements: list[StatementC] = []
        self.meetings: list[MeetingC] = []
        self.implicit: list[MentionC] = []
        self.extra_mentions: list[MentionC] = []
        self.last_speakers: list[ActorC] = []
        self.last_para = 0
        self.sentence_source: dict[int, ActorC] = {}
        self.used_quotes: set[int] = set()
        self.trigger_toks: set[int] = set()
        self.svo = comp.lexicon.syntax.subject_first
        ctx = comp.lexicon.meeting_context
        self.nested = ctx.nested_triggers
        self.words_before = ctx.words_before
        self.refer_back = ctx.refer_back_paragraphs
        self.abbreviations = comp.lexicon.punctuation.abbreviation_periods

    # -- small helpers -------------------------------------------------------------------

    def body(self, k: int) -> bool:
        return self.roles[self.para[k]] is ParagraphRole.BODY if self.roles else True

    def punct(self, k: int, group: frozenset[str]) -> bool:
        return 0 <= k < len(self.t) and not self.t[k].word and self.t[k].key in group

    def is_final(self, k: int) -> bool:
        final = self.punct(k, self.comp.finals) or (not self.t[k].word and self.t[k].key in (".",))
        if final and self.abbreviations and self.t[k].key == ".":
            return self._ends_sentence(k)
        return final

    def words_in_quote(self, qi: int) -> int:
        q = self.quotes[qi]
        return len(self.text[q.start : q.end].split())

    def last_persons(self, before: int, count: int = 2) -> list[ActorC]:
        """The last ``count`` distinct people mentioned before token ``before``."""
        seen: list[ActorC] = []
        k = bisect_right(self.person_pos, before - 1) - 1
        steps = 0
        while k >= 0 and steps < _LOOK_BACK:
            actor = self.person_at[k]
            if actor not in seen:
                seen.append(actor)
                if len(seen) == count:
                    break
            k -= 1
            steps += 1
        return list(reversed(seen))

    def joint_actors(
        self, at: int, *, fallback: bool = True, word: int | None = None
    ) -> list[ActorC]:
        """The people a joint word means.

        The two last named with its title («الرئيسان» → the last two presidents), else the
        people of the last meeting, else the last two people named.
        """
        head = self._joint_title(word)
        if head is not None:
            found: list[ActorC] = []
            k = bisect_right(self.person_pos, at - 1) - 1
            steps = 0
            while k >= 0 and steps < _LOOK_BACK and len(found) < 2:
                actor = self.person_at[k]
                if actor not in found and any(
                    head in _title_words(t[0], self.comp.articles) for t in actor.titles
                ):
                    found.append(actor)
                k -= 1
                steps += 1
            if len(found) == 2:
                return list(reversed(found))
        for mt in self.meetings[-1:-_LOOK_BACK:-1]:
            people = [a for a, _ in mt.participants if a.kind is ActorKind.PERSON]
            if mt.trig_tok < at and len(people) >= 2:
                return people
        return self.last_persons(at, 2) if fallback else []

    # -- subjects ------------------------------------------------------------------------

    def subject(self, k: int, *, plural: bool) -> tuple[list[ActorC], int, MentionC | None]:
        """The noun phrase at token ``k`` as speakers; ``([], k, None)`` if there is none."""
        n = len(self.t)
        while (
            k < n
            and self.quote_open.get(k) is not None
            and self.words_in_quote(self.quote_open[k]) <= 3
        ):
            k += 1
        if k >= n or not self.t[k].word:
            return [], k, None
        if not self.svo and k + 1 < n and self.comp.in_set(self.t[k], "quant"):
            # «عن ثلاثة مصادر مطلعة»: the number before an unnamed source.
            k += 1
        ms = self.m[k]
        doc = _cat(ms, "document")
        if doc is not None:
            after = doc.j
            if self.svo and after + 1 < n and _cat(self.m[after], "from") is not None:
                # «a readout from the White House», «a statement by the ministry».
                after += 1
                while after + 1 < n and _cat(self.m[after], "demonstrative") is not None:
                    after += 1
            for mc in self.by_np.get(after, []):
                if mc.actor.kind in (ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.COUNTRY):
                    return [mc.actor], mc.j, mc
            # «البيان», «المصدر»: the issuer spoken of last.
            for st in self.statements[-1:-_LOOK_BACK:-1]:
                sp = st.speakers[0]
                if sp.kind in (ActorKind.ORGANIZATION, ActorKind.MEDIA):
                    return [sp], doc.j, None
            org = self._last_org(k)
            if org is not None:
                return [org], doc.j, None
        guestref = _cat(ms, "guestref")
        if guestref is not None:
            guest = self._guest_before(k)
            if guest is not None:
                # «استقبل X Y … وأكد الضيف»: the guest, not the host who spoke of last.
                return [guest], guestref.j, None
        if _cat(ms, "joint") is not None:
            m = _cat(ms, "joint")
            assert m is not None
            actors = self.joint_actors(k, word=k)
            if actors:
                # «الجانبان»: a group of the people last seen together, named as written.
                s0, e0 = self.t[k].s, self.t[m.j - 1].e
                group = ActorC(
                    ActorKind.GROUP,
                    self.text[s0:e0],
                    names=[self.text[s0:e0]],
                    members=list(actors),
                    method=f"rule:{self.lang}.actor.joint",
                    confidence=0.6,
                )
                self.reg.actors.append(group)
                mc = MentionC(
                    group,
                    s0,
                    e0,
                    k,
                    m.j,
                    k,
                    MentionForm.NOMINAL,
                    f"rule:{self.lang}.coref.joint",
                    0.6,
                )
                self.extra_mentions.append(mc)
                return [group], m.j, mc
        found = self.by_np.get(k)
        if not found:
            # «وأكد صاحب السمو رئيس الدولة …»: honorifics before the noun phrase.
            h = k
            while h < n and _cat(self.m[h], "honor") is not None:
                h = (_cat(self.m[h], "honor") or ms[0]).j
            if h > k and h < n:
                found = self.by_np.get(h) or ([self.by_tok[h]] if h in self.by_tok else [])
        if found:
            mc = max(found, key=lambda x: (x.actor.kind is ActorKind.PERSON, x.j))
            speakers = [mc.actor]
            end = max(x.j for x in found)
            # Conjoined subjects («X ونظيره Y») for plural cues and plural titles.
            title = _cat(ms, "title")
            if plural or (title is not None and title.data):
                while end < n and self.t[end].word and self.t[end].key[:1] in self.comp.conj:
                    nxt = self.by_np.get(end)
                    if not nxt:
                        break
                    other = max(nxt, key=lambda x: x.j)
                    if other.actor not in speakers:
                        speakers.append(other.actor)
                    end = max(x.j for x in nxt)
            nx = end
            while (
                nx < n
                and not self.t[nx].word
                and self.t[nx].key in (self.comp.close_q | self.comp.either_q)
            ):
                nx += 1
            if nx < n and _cat(self.m[nx], "nisba") is not None:
                end = nx
            while end < n and _cat(self.m[end], "nisba") is not None:
                end = (_cat(self.m[end], "nisba") or ms[0]).j
            return speakers, end, mc
        if k in self.by_tok:
            mc = self.by_tok[k]
            return [mc.actor], mc.j, mc
        if _cat(ms, "pronref") is not None:
            persons = self.last_persons(k, 1)
            lead = self._lead_person()
            pron = _cat(ms, "pronref")
            assert pron is not None
            honored = self._honored_person(pron)
            if honored is not None:
                # «وأكد سموه», "His Highness said": the person introduced with that honorific.
                return [honored], pron.j, None
            if (
                lead is not None
                and pron.j == k + 1
                and any(self.t[k].key.endswith(suf) for suf in self.comp.suffixes)
            ):
                # «وأكد سيادته»: an honorific with a pronoun suffix is the person the
                # article is about, whoever spoke last («هذا الأخير» is the last one named).
                return [lead], k + 1, None
            if self.last_speakers:
                # «معاليه» is one person: the first member of a group that spoke last.
                first = self.last_speakers[0]
                return (first.members or [first])[:1], k + 1, None
            if lead is not None:
                return [lead], k + 1, None
            if persons:
                return persons, k + 1, None
        title = _cat(ms, "title")
        unnamed = _cat(ms, "unnamed")
        # «وقالت الخارجية في بيان», «وأوضح مكتب رئيس الوزراء»: a body described by its head.
        body = _cat(ms, "head")
        if body is not None and body.data == "media":
            body = None
        if (
            unnamed is not None
            or (title is not None and not title.data)
            or _cat(ms, "city")
            or body is not None
        ):
            head = unnamed or title or _cat(ms, "city") or body
            assert head is not None
            head_tok = self.t[head.j - 1]
            head_def = any(head_tok.key.startswith(a) for a in self.comp.articles) or any(
                st.definite for st in self.t[k].stems
            )
            # An indefinite body head is a construct: its genitive phrase names the body.
            end = self._np_end(head.j, None if head is body and not head_def else head_def)
            s = self.t[k].s + 0
            text = self.text[s : self.t[end - 1].e]
            plural_np = title is not None and bool(title.data)
            kind = ActorKind.GROUP if plural_np else ActorKind.PERSON
            if (
                (_cat(ms, "city") is not None or body is not None)
                and unnamed is None
                and title is None
            ):
                kind = ActorKind.ORGANIZATION
            actor = self.reg.named(text, kind, f"rule:{self.lang}.actor.unnamed", k)
            actor.unnamed = True
            mc = MentionC(
                actor,
                s,
                self.t[end - 1].e,
                k,
                end,
                k,
                MentionForm.NOMINAL,
                f"rule:{self.lang}.actor.unnamed",
                0.6,
            )
            self.extra_mentions.append(mc)
            self.by_np.setdefault(k, []).append(mc)
            return [actor], end, mc
        return [], k, None

    def _clause_subject(self, c: int) -> ActorC | None:
        """The person after the last «، فيما», «، كما» … before token ``c`` in its sentence.

        ``None`` when a speech verb stands between them.
        """
        lo = max(self.sent_lo[c], c - _CLAUSE_BACK)
        for x in range(c - 1, lo, -1):
            if _cat(self.m[x], "cue") is not None and self.in_quote[x] < 0:
                return None
            if _cat(self.m[x], "clausebreak") is not None and self.punct(x - 1, self.comp.commas):
                words = 0
                for y in range(x + 1, c):
                    mc = self.by_tok.get(y)
                    if mc is not None and mc.actor.kind is ActorKind.PERSON:
                        return mc.actor
                    if self.t[y].word:
                        words += 1
                        if words > 6:
                            return None
                return None
        return None

    def _sentence_subject(self, c: int, *, described: bool = False) -> ActorC | None:
        """The person a sentence starts with (its first verb's subject), before token ``c``.

        ``described``: a title phrase that names nobody known («وأعرب وزير الخارجية الأردني
        عن …», "The Jordanian foreign minister voiced …") in the subject's place is the
        subject too, as an unnamed speaker described by it.
        """
        words = 0
        for y in range(self.sent_lo[c], c):
            if _cat(self.m[y], "cue") is not None and self.in_quote[y] < 0:
                return None
            mc = self.by_tok.get(y)
            if mc is not None and mc.actor.kind is ActorKind.PERSON:
                return mc.actor
            title = _cat(self.m[y], "title")
            if (
                described
                and words <= _SUBJECT_PLACE
                and title is not None
                and not title.data
                and self.in_quote[y] < 0
                and not (y > 0 and any(m.cat in _OBJECT_MARKS for m in self.m[y - 1]))
                and self.t[y].key[:1] not in self.comp.preps
            ):
                if self.svo:
                    # "The Jordanian foreign minister voiced …": the title ends the phrase,
                    # its article and nationality open it.
                    return self._described_before(y, title.j)
                found, _, _ = self.subject(y, plural=False)
                if len(found) == 1 and found[0].kind is ActorKind.PERSON:
                    return found[0]
            pron = _cat(self.m[y], "pronref")
            if pron is not None:
                honored = self._honored_person(pron)
                if honored is not None:
                    return honored
                first = self.last_speakers[0] if self.last_speakers else self._lead_person()
                return (first.members or [first])[0] if first is not None else None
            if self.t[y].word:
                words += 1
                if words > 6:
                    return None
        return None

    def _described_before(self, y: int, end: int) -> ActorC:
        """An unnamed person described by the title phrase ending at ``end`` (subject first)."""
        start = y
        lo = self.sent_lo[y]
        while start > lo and any(
            m.cat in ("demonstrative", "nisba", "country") for m in self.m[start - 1]
        ):
            start -= 1
        s, e = self.t[start].s, self.t[end - 1].e
        actor = self.reg.named(
            self.text[s:e], ActorKind.PERSON, f"rule:{self.lang}.actor.unnamed", start
        )
        actor.unnamed = True
        mc = MentionC(
            actor,
            s,
            e,
            start,
            end,
            start,
            MentionForm.NOMINAL,
            f"rule:{self.lang}.actor.unnamed",
            0.6,
        )
        self.extra_mentions.append(mc)
        self.by_np.setdefault(start, []).append(mc)
        return actor

    def _joint_title(self, word: int | None) -> str | None:
        """The title a joint word stands for («الرئيسان» → «رئيس»), from the pack."""
        if word is None or word >= len(self.t):
            return None
        for st in self.t[word].stems:
            head = self.comp.joint_titles.get(st.text)
            if head is not None:
                return head
        return None

    def _honored_person(self, pron: Match) -> ActorC | None:
        """The person an honorific pronoun means: the first introduced with its honorific.

        «سموه» after «صاحب السمو الشيخ …» or «سمو وزير الخارجية …» is that person, even when
        others were named or spoke since. A person mentioned in the body comes before one of
        the headline; ``None`` when the pack gives the pronoun no honorific or nobody before
        it was introduced with one.
        """
        keys = [self.t[x].key for x in range(pron.i, pron.j)]
        honorific = self.comp.honorific_pronouns.get(" ".join(keys)) or (
            self.comp.honorific_pronouns.get(" ".join([pron.stem.text, *keys[1:]]))
        )
        if honorific is None:
            return None
        found: ActorC | None = None
        for mc in sorted(self.mentions, key=lambda x: x.i):
            if mc.i >= pron.i:
                break
            if mc.actor.kind is not ActorKind.PERSON or not self._introduced_with(mc, honorific):
                continue
            if self.body(mc.i):
                return mc.actor
            found = found or mc.actor
        return found

    def _introduced_with(self, mc: MentionC, honorifics: tuple[tuple[str, ...], ...]) -> bool:
        """Whether one of the honorifics stands in the phrase before the name of ``mc``.

        The phrase runs back over titles and honorifics («سمو وزير الخارجية السعودي فيصل»,
        "H.H. Sheikh Abdullah"), up to a comma, the end of a sentence or another person's
        mention. An honorific is a run of token keys; a word may carry the article.
        """
        lo = max(self.sent_lo[mc.i], min(mc.np_i, mc.i) - _HONORIFIC_BACK)
        start = mc.i
        while start - 1 >= lo:
            x = start - 1
            if not self.t[x].word and (self.punct(x, self.comp.commas) or self.is_final(x)):
                break
            other = self.by_tok.get(x)
            if other is not None and other.actor is not mc.actor:
                break
            start = x
        for form in honorifics:
            for x in range(start, mc.i - len(form) + 1):
                if all(w in self._forms(x + d) for d, w in enumerate(form)):
                    return True
        return False

    def _forms(self, x: int) -> set[str]:
        """The key of token ``x``, its stems, and both without the article."""
        tok = self.t[x]
        forms = {tok.key, *tok.texts}
        for form in list(forms):
            for a in self.comp.articles:
                if form.startswith(a):
                    forms.add(form[len(a) :])
        return forms

    def _lead_person(self) -> ActorC | None:
        """The first person named in the body, whom «معاليه» means before anyone has spoken."""
        for pos, actor in zip(self.person_pos, self.person_at, strict=True):
            if self.body(pos):
                return actor
        return None

    def _last_org(self, before: int) -> ActorC | None:
        k = bisect_right(self.org_pos, before - 1) - 1
        return self.org_at[k] if k >= 0 else None

    def _np_end(self, k: int, head_definite: bool | None = None) -> int:
        n = len(self.t)
        limit = k + 5
        while k < n and k < limit and self.t[k].word:
            tok = self.t[k]
            ms = self.m[k]
            if head_definite is not None and _cat(ms, "nisba") is None:
                definite = any(st.definite for st in tok.stems) or any(
                    tok.key.startswith(a) for a in self.comp.articles
                )
                if definite != head_definite and not self.comp.in_set(tok, "stop"):
                    break
            if any(m.cat in ("cue", "comp", "trigger", "relative", "weekday", "attr") for m in ms):
                break
            if tok.key in self.comp.preps:
                # «مصدر دبلوماسي لـ…»: a preposition written apart ends the phrase.
                break
            if self.comp.in_set(tok, "stop") and tok.key in self.comp.sets["stop"]:
                break
            if (
                tok.key[:1] in self.comp.preps
                and any(st.prefix and not st.definite and len(st.text) >= 3 for st in tok.stems[1:])
                and _cat(ms, "nisba") is None
            ):
                break
            if k in self.by_tok and self.by_tok[k].actor.kind is ActorKind.COUNTRY:
                break
            k += 1
        return k

    # -- clause ends ---------------------------------------------------------------------

    def clause_end(self, k: int, *, stop_at_cues: bool = True) -> int:
        """End (exclusive) of the clause starting at ``k``: sentence end outside quotes, the
        paragraph's end, or the next cue that starts a new report («، مشيرا …»).
        """
        n = len(self.t)
        pend = self.pend.get(self.para[k], n) if k < n else n
        pend = min(pend, k + _CLAUSE_CAP)
        start_q = self.in_quote[k] if k < n else -1
        j = k
        while j < pend:
            tok = self.t[j]
            inside = (self.in_quote[j] >= 0 and self.in_quote[j] != start_q) or (
                start_q >= 0 and self.in_quote[j] == start_q
            )
            if not tok.word and self.is_final(j) and not inside and j > k:
                # «..» inside running text and decimals are not ends.
                break
            if (
                self.svo
                and stop_at_cues
                and j > k
                and not inside
                and self.punct(j, self.comp.commas)
                and self._post_attribution(j + 1)
            ):
                # «… would not negotiate, Iranian state media reported.»: the source's layer.
                break
            if stop_at_cues and j > k and not inside and tok.word:
                cue = _cat(self.m[j], "cue")
                attr = _cat(self.m[j], "attr")
                prev_comma = self.punct(j - 1, self.comp.commas) or (
                    j > 0 and _cat(self.m[j - 1], "clausebreak") is not None
                )
                if (
                    cue is not None
                    and (cue.data.participle or prev_comma or tok.key[:1] in self.comp.conj)
                    and (not cue.data.cue.marker_required or self._has_marker(cue.j))
                ):
                    break
                if attr is not None and prev_comma:
                    break
            j += 1
        return j

    def _post_attribution(self, k: int) -> bool:
        """Whether a post-posed attribution starts at token ``k``: a short noun phrase that
        names or describes a source, then a finite speech verb that closes the sentence
        («…, Iranian state media reported.», «…, the ministry said on Sunday.»).
        """
        n = len(self.t)
        if k >= n or not self.t[k].word or self.in_quote[k] >= 0:
            return False
        if self.comp.in_set(self.t[k], "stop") and not any(
            _cat(self.m[k], c) is not None for c in ("demonstrative", "pronref", "document")
        ):
            return False
        words = 0
        for y in range(k, min(n, k + 12)):
            if not self.t[y].word:
                # «Ukraine's foreign minister, Andrii Sybiha, said»: a possessive and the
                # commas of an apposition stay inside the noun phrase.
                glued = 0 < y < n - 1 and self.t[y - 1].e == self.t[y].s == self.t[y + 1].s - 1
                if not (glued or self.punct(y, self.comp.commas)) or self.t[y].brk:
                    return False
                continue
            words += 1
            if words > 8:
                return False
            cue = _cat(self.m[y], "cue")
            if cue is not None:
                if cue.data.participle or y == k:
                    return False
                named = any(
                    z in self.by_tok
                    or any(
                        _cat(self.m[z], c) is not None
                        for c in ("unnamed", "title", "head", "pronref", "document", "joint")
                    )
                    for z in range(k, y)
                )
                return named and self._ends_report(cue.j)
        return False

    def _has_marker(self, k: int) -> bool:
        for x in range(k, min(k + 12, len(self.t))):
            if _cat(self.m[x], "comp") is not None or self.punct(x, self.comp.colons):
                return True
            if x in self.quote_open:
                return True
            if self.is_final(x):
                return False
        return False

    def trim(self, s: int, e: int) -> tuple[int, int]:
        """Trim spaces and clause punctuation (not quotation marks) from both ends."""
        junk = (
            set(self.comp.commas)
            | set(self.comp.finals)
            | set(self.comp.colons)
            | set(self.comp.dashes)
        )
        while s < e and (self.text[s].isspace() or self.text[s] in junk):
            s += 1
        while e > s and (self.text[e - 1].isspace() or self.text[e - 1] in junk):
            e -= 1
        return s, e

    # -- statements ----------------------------------------------------------------------

    def find_statements(self) -> None:
        n = len(self.t)
        k = 0
        while k < n:
            tok = self.t[k]
            if not tok.word or self.in_quote[k] >= 0 or not self.body(k):
                k += 1
                continue
            if self._inside_direct(tok.s):
                k += 1
                continue
            attr = _cat(self.m[k], "attr")
            cue = _cat(self.m[k], "cue")
            if attr is not None and (cue is None or attr.j >= cue.j):
                k = max(k + 1, self.attribution(attr))
                continue
            if cue is not None:
                k = max(k + 1, self.cue(cue))
                continue
            k += 1
        if self.svo:
            self._continued_quotes()
        for st in self.statements:
            if st.reported_by is None:
                src = self.sentence_source.get(st.sentence)
                if src is not None and src not in st.speakers:
                    st.reported_by = src

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or after ``offset``."""
        return bisect_left(self.token_starts, offset)

    def _inside_direct(self, offset: int) -> bool:
        for st in self.statements[-4:]:
            if st.quote is QuoteKind.DIRECT and st.content_s <= offset < st.content_e:
                return True
        return False

    def content_after(
        self, k: int, cue: Match | None, np_ok: bool
    ) -> tuple[int, int, QuoteKind, str, int] | None:
        """Find the content after the subject: (start, end, kind, rule, next token)."""
        n = len(self.t)
        pend = self.pend.get(self.para[min(k, n - 1)], n) if n else n
        # Parenthetical segments between commas: «، في تصريحات تلفزيونية،», «، بحسب “وفا”،».
        for _ in range(4):
            if k < pend and self.punct(k, self.comp.commas):
                k += 1
            seg_end = None
            for x in range(k, min(k + _PAREN_TOKENS, pend)):
                if self.punct(x, self.comp.commas):
                    seg_end = x
                    break
                if (
                    _cat(self.m[x], "comp") is not None
                    or self.punct(x, self.comp.colons)
                    or self.is_final(x)
                    or (x in self.quote_open and self.words_in_quote(self.quote_open[x]) > 3)
                    or (x > k and _cat(self.m[x], "cue") is not None)
                ):
                    break
            if seg_end is None:
                break
            seg_text_start = k
            attr_m = next(
                (
                    _cat(self.m[x], "attr")
                    for x in range(seg_text_start, seg_end)
                    if _cat(self.m[x], "attr") is not None
                ),
                None,
            )
            if attr_m is not None:
                src, _, _ = self.subject(attr_m.j, plural=False)
                if src:
                    self.sentence_source[self.sent[attr_m.i]] = src[0]
            elif np_ok and (
                not (
                    # An adverbial: it starts with a particle, a preposition or a time word.
                    self.comp.in_set(self.t[k], "stop")
                    or any(_cat(self.m[k], c) is not None for c in ("relative", "weekday", "month"))
                )
                # «أعلنت الوزارة عن تلقي …»: the cue's own preposition opens its complement.
                or (_cat(self.m[k], "cueprep") is not None and not self._skipped(cue, k))
            ):
                break
            k = seg_end + 1
        if k >= pend:
            return self._next_paragraph_content(k, cue)
        # Skip a lone pronoun or preposition («أكد فيها …»).
        start = k
        if (
            np_ok
            and self.comp.in_set(self.t[k], "stop")
            and _cat(self.m[k], "comp") is None
            and self.t[k].word
            and k + 1 < pend
            and self.t[k + 1].word
            and not self.comp.in_set(self.t[k + 1], "stop")
            # «described the talks as …»: an article opens the noun phrase, it is no lone word.
            and not (
                self.svo
                and (
                    _cat(self.m[k], "demonstrative") is not None
                    or self.comp.in_set(self.t[k], "quant")
                )
            )
        ):
            start = k + 1
            obj = self.t[start]
            if (
                _cat(self.m[k], "cueprep") is None
                and start + 1 < pend
                and self.t[start + 1].word
                and (
                    any(st.definite for st in obj.stems)
                    or _cat(self.m[start], "document") is not None
                )
                and _cat(self.m[start], "comp") is None
            ):
                # «أكد خلال اللقاء ضرورة …», «أكد في بيان أهمية …»: a preposition phrase.
                start += 1
        # «أكد مصدر لـ"الشرق الأوسط" أن …», «أفاد مصدر "الجزيرة نت" بأن …»: a short quoted
        # name (after a preposition, or before a complementizer) is the outlet addressed; the
        # content comes after it.
        qt = start + 1 if start < pend and self.t[start].key in self.comp.preps else start
        while qt < pend and qt > start and self.t[qt].key in self.comp.dashes:
            qt += 1
        if qt in self.quote_open and self.words_in_quote(self.quote_open[qt]) <= 3:
            after = self.token_at(self.quotes[self.quote_open[qt]].outer_end)
            if qt > start or (after < pend and _cat(self.m[after], "comp") is not None):
                start = after
                if start >= pend:
                    return None
        # «أكدت مصادر للعربية أن …», «قال للصحفيين إن …»: one word after a preposition
        # before the complementizer is the addressee.
        if (
            start + 1 < pend
            and np_ok
            and self.t[start].word
            and self.t[start].key[:1] in self.comp.preps
            and any(st.prefix and len(st.text) >= 3 for st in self.t[start].stems[1:])
            and _cat(self.m[start + 1], "comp") is not None
        ):
            start += 1
        # Look for a content marker.
        limit = min(pend, start + 30)
        x = start
        while x < limit:
            if self.is_final(x) and self.in_quote[x] < 0:
                break
            if self.punct(x, self.comp.colons):
                after = x + 1
                if after >= pend:
                    return self._next_paragraph_content(after, cue)
                if after in self.quote_open:
                    return self._quoted(after, "cue_before")
                e = self.clause_end(after, stop_at_cues=False)
                e = pend
                s0, e0 = self.trim(self.t[after].s, self.t[e - 1].e)
                return (s0, e0, QuoteKind.DIRECT, "cue_colon", e) if e0 > s0 else None
            if x in self.quote_open:
                qi = self.quote_open[x]
                if x == start or (self.words_in_quote(qi) > 3 and not np_ok):
                    return self._quoted(x, "cue_before")
                if np_ok and not self._only_adverbial(start, x):
                    break
            comp = _cat(self.m[x], "comp") if self.t[x].word else None
            if comp is not None and self.in_quote[x] < 0:
                if (
                    x != start
                    and np_ok
                    and not self._only_adverbial(start, x)
                    # «أكد خلال لقائه الوفد أن …»: a short phrase after a preposition that is
                    # not the cue's own is an adverbial before the clause.
                    and not (
                        start > k
                        and _cat(self.m[k], "cueprep") is None
                        and sum(1 for y in range(k + 1, x) if self.t[y].word) <= _ADVERBIAL_WORDS
                        and all(self.t[y].word for y in range(k + 1, x))
                    )
                ):
                    break
                c0 = comp.j
                if c0 < pend and c0 in self.quote_open:
                    q = self._quoted(c0, "clause_quote")
                    if q is not None:
                        qend = self.quotes[self.quote_open[c0]].outer_end
                        # The whole clause is the quote: direct.
                        nxt = c0
                        while nxt < pend and self.t[nxt].s < qend:
                            nxt += 1
                        return q
                return self._clause(c0, "clause")
            if (
                x > start
                and _cat(self.m[x], "cue") is not None
                and self.in_quote[x] < 0
                # «ذكرت الصحيفة نقلا عن مصدر أن …»: a source layer, not another report.
                and _cat(self.m[x], "attr") is None
            ):
                break
            x += 1
        if np_ok:
            s = start
            if _cat(self.m[s], "cueprep") is not None and s + 1 < pend:
                s += 1
            if s in self.quote_open:
                return self._quoted(s, "np_quote")
            if s < pend and self.t[s].word:
                return self._clause(s, "np")
        return None

    def _skipped(self, cue: Match | None, k: int) -> bool:
        """Whether words stand between the cue (and its subject) and token ``k``."""
        return (
            cue is not None
            and any(self.punct(x, self.comp.commas) for x in range(cue.j, k))
            and not self.punct(k - 1, self.comp.commas)
        )

    def _only_adverbial(self, s: int, e: int) -> bool:
        for x in range(s, e):
            if not self.t[x].word:
                continue
            if _cat(self.m[x], "cueprep") is not None:
                continue
            return False
        return True

    def _quoted(self, k: int, rule: str) -> tuple[int, int, QuoteKind, str, int] | None:
        qi = self.quote_open[k]
        q = self.quotes[qi]
        if q.end <= q.start:
            return None
        self.used_quotes.add(qi)
        nxt = k + 1
        while nxt < len(self.t) and self.t[nxt].s < q.outer_end:
            nxt += 1
        return q.start, q.end, QuoteKind.DIRECT, rule, nxt

    def _clause(self, k: int, rule: str) -> tuple[int, int, QuoteKind, str, int] | None:
        e = self.clause_end(k)
        if e <= k:
            return None
        s0, e0 = self.trim(self.t[k].s, self.t[e - 1].e)
        if e0 <= s0:
            return None
        kind = QuoteKind.INDIRECT
        for x in range(k, e):
            if x in self.quote_open:
                kind = QuoteKind.MIXED
                qi = self.quote_open[x]
                q = self.quotes[qi]
                if q.closed and q.close is not None and q.close >= e0:
                    e0 = q.close + 1
                self.used_quotes.add(qi)
        return s0, e0, kind, rule if kind is QuoteKind.INDIRECT else "mixed", e

    def _next_paragraph_content(
        self, k: int, cue: Match | None
    ) -> tuple[int, int, QuoteKind, str, int] | None:
        # «وقال السفير بعد اللقاء:» at the end of a paragraph: the next paragraph is the quote.
        if k == 0 or not self.punct(k - 1, self.comp.colons):
            return None
        p = self.para[k - 1] + 1
        if p >= len(self.article.paragraphs) or p not in self.pstart:
            return None
        para = self.article.paragraphs[p]
        s, e = para.content.start, para.content.end
        s, e = self.trim(s, e)
        if e <= s:
            return None
        return s, e, QuoteKind.DIRECT, "cue_colon_paragraph", self.pend.get(p, len(self.t))

    def _before_quote(self, k: int) -> int | None:
        """A closed quote just before token ``k`` (comma allowed): «“…”، قال X»."""
        x = k - 1
        while x >= 0 and self.punct(x, self.comp.commas | self.comp.dashes):
            x -= 1
        if x < 0 or self.t[x].word:
            return None
        qi = self.quote_by_close.get(self.t[x].s)
        if qi is None:
            return None
        if qi in self.used_quotes or self.words_in_quote(qi) < 2:
            return None
        return qi

    # -- subject-first languages -----------------------------------------------------------

    def _ends_sentence(self, k: int) -> bool:
        """Whether the full stop at ``k`` ends its sentence (not «U.S.» or «Mr.»)."""
        n = len(self.t)
        x = k + 1
        while x < n and not self.t[x].word and x < k + 4:
            x += 1
        return x >= n or not self.t[x].word or self.sent[x] != self.sent[k]

    def _subject_before_parenthetical(self, c: int) -> ActorC | None:
        """The person named right before a parenthetical that ends at the comma before ``c``.

        The parenthetical must be opened by one of the pack's ``parenthetical_openers`` and
        hold no speech verb, quotation or sentence end.
        """
        if not self.punct(c - 1, self.comp.commas) or not self.comp.sets["paren_open"]:
            return None
        lo = self.sent_lo[c]
        for p in range(c - 2, max(lo, c - PARENTHETICAL) - 1, -1):
            if self.is_final(p) or p in self.quote_open:
                return None
            if _cat(self.m[p], "cue") is not None and self.in_quote[p] < 0:
                return None
            if self.punct(p, self.comp.commas):
                if not self.comp.in_set(self.t[p + 1], "paren_open"):
                    return None
                mc = self.by_tok.get(p - 1)
                if mc is None or mc.actor.kind is not ActorKind.PERSON:
                    return None
                return mc.actor
        return None

    def _guest_before(self, k: int) -> ActorC | None:
        """The person received by the last hosting verb in the sentence of ``k`` or the one
        before: the object of «استقبل X Y», "X received Y"; ``None`` when there is none.
        """
        sent = self.sent[k]
        for y in range(k - 1, -1, -1):
            if self.sent[y] < sent - 1:
                return None
            trig = _cat(self.m[y], "trigger")
            if trig is None or trig.i != y or trig.data.roles != "host_guest":
                continue
            persons: list[MentionC] = []
            for x in range(trig.j, k):
                if self.sent[x] != self.sent[y]:
                    break
                mc = self.by_tok.get(x)
                if (
                    mc is not None
                    and mc.i == x
                    and mc.actor.kind is ActorKind.PERSON
                    and (not persons or persons[-1].actor is not mc.actor)
                ):
                    persons.append(mc)
            if not persons:
                return None
            # Verb first («استقبل X Y»): the host comes right after the verb, the guest next.
            host_after = not self.svo and persons[0].np_i <= trig.j + 1
            if host_after:
                return persons[1].actor if len(persons) > 1 else None
            return persons[0].actor
        return None

    def _ending_at(self, j: int) -> list[Match]:
        """The lexicon matches that end right before token ``j``."""
        return [m for y in range(max(0, j - 6), j) for m in self.m[y] if m.j == j]

    def _speaker_before(self, c: int) -> tuple[list[ActorC], int] | None:
        """The subject right before the cue at ``c`` and where its noun phrase starts."""
        lo = self.sent_lo[c]
        named = self.by_tok.get(c - 2)
        if (
            self.svo
            and named is not None
            and self.punct(c - 1, self.comp.commas)
            and named.j == c - 1
            and named.actor.kind is ActorKind.PERSON
            and named.i - 1 > lo
            and self.punct(named.i - 1, self.comp.commas)
        ):
            titles = [m for m in self._ending_at(named.i - 1) if m.cat == "title"]
            if titles:
                # «Ukraine's foreign minister, Andrii Sybiha, said»: a name in apposition to a
                # title; the phrase starts with the title's owner and article.
                start = min(m.i for m in titles)
                if (
                    start - 3 >= lo
                    and len(self.t[start - 1].key) == 1
                    and not self.t[start - 2].word
                    and self.t[start - 3].e == self.t[start - 2].s
                    and (start - 3) in self.by_tok
                ):
                    start = self.by_tok[start - 3].i
                elif start - 1 >= lo and _cat(self.m[start - 1], "demonstrative") is not None:
                    start -= 1
                return [named.actor], start
        if self.punct(c - 1, self.comp.commas):
            # «Powell, for his part, said …»: the subject before a parenthetical; a long one
            # only when a relative pronoun or a participle opens it («Merz, who …, said»).
            short = c - SHORT_PARENTHETICAL
            reach = max(lo, c - PARENTHETICAL) if self.comp.sets["paren_open"] else short
            for p in range(c - 2, max(lo, reach) - 1, -1):
                if self.punct(p, self.comp.commas) or self.is_final(p):
                    if (
                        self.punct(p, self.comp.commas)
                        and p - 1 >= lo
                        and self.t[p - 1].word
                        and (p >= short or self.comp.in_set(self.t[p + 1], "paren_open"))
                    ):
                        return self._speaker_before(p)
                    break
                if p < short and (_cat(self.m[p], "cue") is not None or p in self.quote_open):
                    break
            return None
        x = c - 1
        skipped = 0
        while x >= lo and skipped < 3 and self.t[x].word and self.comp.in_set(self.t[x], "stop"):
            if _cat(self.m[x], "with") is not None and not _cat(self.m[x], "pronref"):
                # «… and said …»: the verb shares the subject of the verb before.
                own = self.by_sentence.get(self.sent[c], [])
                if own:
                    return list(own[-1].speakers), x
                # The sentence's subject: its first person, else its first name.
                first = next(
                    (
                        self.by_tok[y]
                        for y in range(lo, x)
                        if y in self.by_tok and self.by_tok[y].actor.kind is ActorKind.PERSON
                    ),
                    None,
                ) or next(
                    (self.by_tok[y] for y in range(lo, min(x, lo + 4)) if y in self.by_tok),
                    None,
                )
                return ([first.actor], x) if first is not None else None
            if _cat(self.m[x], "pronref") or _cat(self.m[x], "document"):
                break
            if any(
                m.cat == "joint" and m.j == x + 1
                for y in range(max(lo, x - 3), x + 1)
                for m in self.m[y]
            ):
                break
            x -= 1
            skipped += 1
        glued = self.svo and x in self.by_tok and self.by_tok[x].j == x + 1
        if x < lo or not (self.t[x].word or glued):
            # «OPEC+ said»: a name may end in a sign.
            return None
        for y in range(max(lo, x - 4), x + 1):
            for m in self.m[y]:
                if m.j != x + 1:
                    continue
                if m.cat == "joint":
                    actors = self.joint_actors(y)
                    if actors:
                        return actors, y
                if m.cat == "document":
                    found, _, _ = self.subject(y, plural=False)
                    if found:
                        return found, y
        prons = [
            m
            for y in range(max(lo, x - 2), x + 1)
            for m in self.m[y]
            if m.cat == "pronref" and m.j == x + 1
        ]
        if prons:
            honored = self._honored_person(prons[0])
            if honored is not None:
                # "His Highness said": the person introduced as "His Highness".
                return [honored], prons[0].i
            if self.last_speakers and self.last_speakers[0].kind is ActorKind.PERSON:
                return self.last_speakers[:1], x
            persons = self.last_persons(c, 1)
            return (persons, x) if persons else None
        mc = self.by_tok.get(x)
        if mc is not None and mc.j == x + 1:
            start = mc.np_i
            while start > lo and (start - 1) in self.by_tok:
                start = self.by_tok[start - 1].np_i
            while start > lo and (
                _cat(self.m[start - 1], "demonstrative") is not None
                or any(
                    m.cat in ("nisba", "country") and m.j == start
                    for y in range(max(lo, start - 4), start)
                    for m in self.m[y]
                )
            ):
                # «the Turkish foreign minister»: the article and nationality belong to it.
                start -= 1
            while (
                self.svo
                and lo < start > x - 4
                and (start - 1) not in self.by_tok
                and self.t[start - 1].word
                and (self.t[start - 1].cap or self.comp.in_set(self.t[start - 1], "quant"))
                and not any(_cat(self.m[start - 1], c) for c in ("weekday", "month", "relative"))
            ):
                # «a Commission spokesperson»: the article and the capitalized modifier belong
                # to the speaker's noun phrase.
                start -= 1
            if self.svo and start - 1 > lo and self.comp.in_set(self.t[start - 1], "affil"):
                # «a spokesman for the ministry said», «the foreign minister of Egypt said»: the
                # description before the preposition speaks, not the body it belongs to.
                desc = self._description_before(start - 1, lo, mc.actor)
                if desc is not None:
                    return desc
            return [mc.actor], start
        # «the official said», «a senior administration official said»: an unnamed speaker.
        for y in range(max(lo, x - 5), x + 1):
            city = _cat(self.m[y], "city")
            if (
                _cat(self.m[y], "unnamed") is None
                and _cat(self.m[y], "title") is None
                and (city is None or city.j != x + 1)
            ):
                continue
            found, end, _ = self.subject(y, plural=False)
            if found and end < x + 1 and end < len(self.t):
                # «diplomats familiar with the matter said»: the description runs on to the verb.
                mod = next(
                    (
                        sm
                        for z in range(max(y + 1, end - 2), end + 1)
                        if (sm := _cat(self.m[z], "srcmod")) is not None
                    ),
                    None,
                )
                if (
                    mod is not None
                    and mod.j + 4 > x
                    and all(
                        self.t[z].word and _cat(self.m[z], "cue") is None for z in range(end, x + 1)
                    )
                ):
                    end = x + 1
            if found and end >= x + 1:
                # «a State Department official», «an Elysee official»: the whole phrase.
                while y > lo and (y - 1) in self.by_tok and self.by_tok[y - 1].j == y:
                    y = self.by_tok[y - 1].np_i
                while (
                    y > lo
                    and (
                        self.comp.in_set(self.t[y - 1], "stop")
                        or self.comp.in_set(self.t[y - 1], "quant")
                        # «a Commission spokesperson»: a capitalized modifier before it.
                        or (self.svo and self.t[y - 1].word and self.t[y - 1].cap)
                    )
                    and y > x - 7
                ):
                    # «three diplomats», «a senior official»: the number or article before it.
                    y -= 1
                while (
                    self.svo
                    and y > lo
                    and any(
                        m.cat in ("nisba", "country") and m.j == y
                        for z in range(max(lo, y - 3), y)
                        for m in self.m[z]
                    )
                ):
                    # «Qatari mediators», «Western diplomats»: the nationality before it.
                    y = min(
                        m.i
                        for z in range(max(lo, y - 3), y)
                        for m in self.m[z]
                        if m.cat in ("nisba", "country") and m.j == y
                    )
                return found, y
        head = _cat(self.m[x], "head")
        if (
            self.svo
            and head is not None
            and head.j == x + 1
            and head.i > lo
            and _cat(self.m[head.i - 1], "demonstrative") is not None
        ):
            # «…, the presidency said.» with no presidency named before: the body as written.
            s0, e0 = self.t[head.i].s, self.t[x].e
            kind = ActorKind.MEDIA if head.data == "media" else ActorKind.ORGANIZATION
            actor = self.reg.named(self.text[s0:e0], kind, f"rule:{self.lang}.actor.head", x)
            mc = MentionC(
                actor,
                s0,
                e0,
                head.i,
                x + 1,
                head.i,
                MentionForm.NOMINAL,
                f"rule:{self.lang}.actor.head",
                0.5,
            )
            self.extra_mentions.append(mc)
            return [actor], head.i - 1
        return None

    def _description_before(
        self, prep: int, lo: int, owner: ActorC
    ) -> tuple[list[ActorC], int] | None:
        """The unnamed speaker whose description ends right before the preposition at
        ``prep`` («a spokesman for …»); a title counts only when ``owner`` is no person
        («the foreign minister of Egypt»), so «the president of the Commission Ursula von der
        Leyen» stays hers.
        """
        for y in range(max(lo, prep - 4), prep):
            unnamed = _cat(self.m[y], "unnamed")
            title = _cat(self.m[y], "title")
            head = unnamed or (title if owner.kind is not ActorKind.PERSON else None)
            if head is None or head.j != prep:
                continue
            found, _, _ = self.subject(y, plural=False)
            if not found:
                return None
            while y > lo and (
                self.comp.in_set(self.t[y - 1], "stop")
                or self.comp.in_set(self.t[y - 1], "quant")
                or _cat(self.m[y - 1], "nisba") is not None
            ):
                y -= 1
            return found, y
        return None

    def _before_cue(self, start: int) -> tuple[int, int, QuoteKind, str] | None:
        """Content before a post-posed attribution: «“…,” X said» or «…, X said.»."""
        x = start - 1
        while x >= 0 and self.punct(x, self.comp.commas | self.comp.dashes):
            x -= 1
        if x < 0 or (x == start - 1 and self.t[x].word):
            return None
        lo = self.sent_lo[start]
        if not self.t[x].word:
            qi = self.quote_by_close.get(self.t[x].s)
            if qi is not None and qi not in self.used_quotes:
                q = self.quotes[qi]
                first = self.token_at(q.open)
                if first <= lo or not any(self.t[y].word for y in range(lo, first)):
                    self.used_quotes.add(qi)
                    return q.start, self._strip_inner(q.start, q.end), QuoteKind.DIRECT, "cue_after"
        if self.para[lo] != self.para[start] or x < lo:
            return None
        s0, e0 = self.trim(self.t[lo].s, self.t[x].e)
        if e0 <= s0:
            return None
        kind = QuoteKind.INDIRECT
        for y in range(lo, x + 1):
            if y in self.quote_open:
                kind = QuoteKind.MIXED
                self.used_quotes.add(self.quote_open[y])
        return s0, e0, kind, "post"

    def _ends_report(self, k: int) -> bool:
        """Whether the words from ``k`` to the end of the sentence can close a post-posed
        attribution: a few words of circumstance («at a regular press briefing») up to a comma,
        no quote.
        """
        hi = self.sent_hi[k - 1] if k > 0 else 0
        words = 0
        for y in range(k, hi):
            if y in self.quote_open:
                return False
            if self.punct(y, self.comp.commas):
                # «…, the presidency said, as Turkey pushes …»: what follows is a clause of its own.
                break
            if self.t[y].word:
                words += 1
        return words <= 8

    def _strip_inner(self, s: int, e: int) -> int:
        while e > s and self.text[e - 1] in self.comp.commas | {"."}:
            e -= 1
        return e

    def _clause_start(self, k: int) -> bool:
        """Whether a clause with no complementizer starts at ``k`` («said Biden raised …»)."""
        if k >= len(self.t) or not self.t[k].word or self.sent[k] != self.sent[k - 1]:
            return False
        tok = self.t[k]
        if any(
            _cat(self.m[k], c) is not None for c in ("relative", "weekday", "month", "cue", "attr")
        ):
            return False
        if k in self.by_tok or k in self.by_np:
            return True
        if any(
            _cat(self.m[k], c) is not None
            for c in ("pronref", "joint", "document", "demonstrative", "unnamed", "title")
        ):
            return True
        if self.comp.in_set(tok, "first_person"):
            return True
        return not self.comp.in_set(tok, "stop")

    def _cue_svo(self, cue: Match) -> int:
        cf = cue.data
        entry = cf.cue
        c = cue.i
        rule_prefix = f"{self.lang}.quote"
        # A participle («…, adding that …») shares the subject of its sentence.
        found_before = None if cf.participle else self._speaker_before(c)
        np_start = c
        implicit = False
        subj: MentionC | None = None
        k = cue.j
        if found_before is not None:
            speakers, np_start = found_before
        else:
            # «“…,” said Modi»: the subject after the verb, when a quote or a clause precedes.
            k1 = cue.j
            while k1 + 1 < len(self.t) and (
                _cat(self.m[k1], "demonstrative") is not None
                or (not self.m[k1] and self.comp.in_set(self.t[k1], "quant"))
            ):
                # «“…,” said a senior official», «…, said the official»: the article.
                k1 += 1
            after, k2, subj2 = self.subject(k1, plural=cf.plural)
            if (
                after
                and subj2 is not None
                and (k2 >= len(self.t) or not self.t[k2].word)
                and self.punct(c - 1, self.comp.commas | self.comp.close_q | self.comp.either_q)
            ):
                speakers, k, subj = after, k2, subj2
            else:
                implicit = True
                own = self.by_sentence.get(self.sent[c], [])
                lo = self.sent_lo[c]
                first = next(
                    (self.by_tok[y] for y in range(lo, min(c, lo + 4)) if y in self.by_tok),
                    None,
                )
                if own:
                    speakers = list(own[-1].speakers)
                elif cf.participle and first is not None:
                    speakers = [first.actor]
                elif cf.participle and (described := self._sentence_subject(c, described=True)):
                    # "The Jordanian foreign minister voiced concern …, adding": the subject
                    # of the sentence's own verb, though it names nobody known.
                    speakers = [described]
                elif entry.continuation or cf.participle:
                    speakers = list(self.last_speakers) or self.last_persons(c, 1)
                else:
                    speakers = []
        if not speakers:
            return cue.j
        if cf.participle and not self.punct(
            c - 1, self.comp.commas | self.comp.dashes | self.comp.close_q | self.comp.either_q
        ):
            # «Speaking at …», «in calling for …»: a participle opens a report only after a
            # comma («…, adding that …»).
            return cue.j
        np_ok = entry.complement == "np"
        before = None
        if not cf.participle and np_start > self.sent_lo[c]:
            before = self._before_cue(np_start)
        after_found = None
        if np_ok and k < len(self.t) and self.t[k].word and _cat(self.m[k], "comp") is None:
            # «stressed the need for calm, adding …»: the noun phrase up to the next cue.
            x = k
            while x < min(k + 30, len(self.t)) and not self.is_final(x):
                if _cat(self.m[x], "comp") is not None or x in self.quote_open:
                    break
                if self.punct(x, self.comp.commas | self.comp.colons):
                    x = -1
                    break
                x += 1
            if x < 0 or x >= min(k + 30, len(self.t)) or self.is_final(x):
                after_found = self._clause(k, "np")
                if after_found is not None:
                    stop = next(
                        (
                            y
                            for y in range(k + 1, after_found[4])
                            if _cat(self.m[y], "clausebreak") is not None and self.in_quote[y] < 0
                        ),
                        None,
                    )
                    if stop is not None:
                        s0, e0 = self.trim(self.t[k].s, self.t[stop - 1].e)
                        after_found = (s0, e0, after_found[2], after_found[3], stop)
        if after_found is None:
            after_found = self.content_after(k, cue, np_ok)
        if (
            after_found is not None
            and after_found[2] is QuoteKind.DIRECT
            and self.token_at(after_found[0]) - 1 > k
            and not self.punct(self.token_at(after_found[0]) - 2, self.comp.colons)
            and any(
                self.t[y].word and self.in_quote[y] < 0
                for y in range(k, self.token_at(after_found[0]) - 1)
            )
        ):
            # «said Park will “hold a meeting …”»: words before the quote make it mixed.
            after_found = self._clause(k, "mixed")
        start = k
        while start < len(self.t) and any(
            _cat(self.m[start], c) is not None for c in ("weekday", "relative", "month")
        ):
            # «said Monday it has …»: a time word before the clause.
            start = max(m.j for m in self.m[start] if m.cat in ("weekday", "relative", "month"))
        if (
            after_found is None
            and entry.complement == "clause"
            and not entry.marker_required
            and self._clause_start(start)
        ):
            # «invited Prabowo to Canberra»: a verb that reports only before a marker takes
            # no bare clause.
            after_found = self._clause(start, "clause")
        if (
            after_found is not None
            and before is not None
            and sum(1 for y in range(k, after_found[4]) if self.t[y].word) <= 2
        ):
            # «…, the Turkish foreign minister emphasized as well.»: the content came first.
            after_found = None
        if (
            self.svo
            and after_found is not None
            and before is not None
            and any(
                (part := _cat(self.m[y], "cue")) is not None
                and part.data.participle
                and self.punct(y - 1, self.comp.commas)
                for y in range(k, self.token_at(after_found[0]))
            )
        ):
            # «…, X said on Sunday, adding that …»: the words before are this verb's, what
            # follows the participle is its own.
            after_found = None
        contents: list[tuple[int, int, QuoteKind, str]] = []
        if before is not None and before[2] is QuoteKind.DIRECT:
            contents.append(before)
            if after_found is not None and after_found[2] is QuoteKind.DIRECT:
                contents.append(after_found[:4])
        elif after_found is not None:
            if not (entry.marker_required and after_found[3] in ("np", "np_quote")):
                contents.append(after_found[:4])
        elif before is not None and after_found is None and self._ends_report(k):
            layered = [
                st
                for st in self.by_sentence.get(self.sent[c], [])
                if st.cue_tok < np_start and st.content_s >= self.t[self.sent_lo[c]].s
            ]
            if layered:
                # «…, the ministry said in a press release, Xinhua reported.»: a source layer
                # over a report already told.
                for st in layered:
                    if st.reported_by is None and speakers[0] not in st.speakers:
                        st.reported_by = speakers[0]
                return cue.j
            contents.append(before)
        if not contents:
            return cue.j
        for s, e, kind, rule in contents:
            if kind is QuoteKind.DIRECT:
                # A comma or full stop just inside the closing mark is not part of the words.
                e = self._strip_inner(s, e)
            if e <= s:
                continue
            if implicit:
                rule = "carry_over" if rule != "cue_after" else rule
                self._implicit_subjects(speakers, c)
            family = "quote" if kind is QuoteKind.DIRECT else "report"
            rule_prefix = f"{self.lang}.{family}"
            st = StatementC(
                speakers=list(dict.fromkeys(speakers)),
                cue_s=self.t[c].s,
                cue_e=self.t[cue.j - 1].e,
                lemma=entry.lemma,
                stance=entry.stance,
                content_s=s,
                content_e=e,
                quote=kind,
                rule=f"{rule_prefix}.{rule}",
                confidence=0.8 if kind is QuoteKind.DIRECT else 0.7,
                cue_tok=c,
                sentence=self.sent[c],
            )
            if subj is not None:
                st.evidence.append((subj.s, subj.e))
            self.statements.append(st)
            self.by_sentence.setdefault(st.sentence, []).append(st)
        self.last_speakers = list(dict.fromkeys(speakers))
        self.last_para = self.para[c]
        if after_found is not None and any(st_s == after_found[0] for st_s, _, _, _ in contents):
            return max(cue.j, k, self.token_at(after_found[0]))
        return max(cue.j, k)

    def _nested_source(self, c: int) -> tuple[list[ActorC], ActorC, MentionC | None] | None:
        """The source of a verb at token ``c`` told through a reporter, and the reporter.

        «نقلت الوكالة عن مصدر دبلوماسي قوله إن …»: an earlier speech verb of the sentence, its
        subject, a cue preposition, and a noun phrase that ends right before ``c``.
        """
        lo = max(self.sent_lo[c], c - _NESTED_WINDOW)
        for z in range(c - 1, lo - 1, -1):
            outer = _cat(self.m[z], "cue")
            if outer is None or self.in_quote[z] >= 0 or outer.j >= c:
                continue
            reporters, y, _ = self.subject(outer.j, plural=outer.data.plural)
            y = self._skip_parenthetical(y, c)
            if not reporters or y >= c or _cat(self.m[y], "cueprep") is None:
                return None
            sources, end, subj = self.subject(y + 1, plural=False)
            # The source's description may run on to the verb («مسؤول في وزارة الخارجية»).
            tail = range(self._skip_parenthetical(end, c), c)
            if (
                not sources
                or len(tail) > _NESTED_TAIL
                or any(self.is_final(x) or _cat(self.m[x], "cue") is not None for x in tail)
            ):
                return None
            return sources, reporters[0], subj
        return None

    def _quoted_source(self, k: int) -> tuple[list[ActorC], int, MentionC | None] | None:
        """The source after a reporter's subject («… عن مصادر مطلعة أن»).

        A cue preposition introduces it and a complementizer or a colon follows it.
        """
        n = len(self.t)
        y = self._skip_parenthetical(k, n)
        if y >= n or _cat(self.m[y], "cueprep") is None:
            return None
        sources, end, subj = self.subject(y + 1, plural=False)
        if not sources or end >= n:
            return None
        if _cat(self.m[end], "comp") is None and not self.punct(end, self.comp.colons):
            return None
        return sources, end, subj

    def _skip_parenthetical(self, k: int, hi: int) -> int:
        """Token ``k`` moved past punctuation and one parenthetical («(قنا)»), not past ``hi``."""
        parens = self.comp.parens
        if k < hi and self.t[k].key in parens:
            k += 1
            while k < hi and self.t[k].key not in parens:
                k += 1
            k += 1
        while k < hi and not self.t[k].word and self.t[k].key not in parens:
            k += 1
        return min(k, hi)

    def _implicit_subjects(self, speakers: list[ActorC], c: int) -> None:
        """Implicit mentions of ``speakers`` on the cue verb at token ``c`` («وأضاف»)."""
        for actor in speakers:
            self.implicit.append(
                MentionC(
                    actor,
                    self.t[c].s,
                    self.t[c].e,
                    c,
                    c + 1,
                    c,
                    MentionForm.IMPLICIT,
                    f"rule:{self.lang}.coref.implicit",
                    0.6,
                )
            )

    def _continued_quotes(self) -> None:
        """A quote that goes on after its attribution with no verb of its own: «“A,” X said.
        “B.”», or a paragraph that is one quote after a paragraph of direct speech.
        """
        done = {(st.content_s, st.content_e) for st in self.statements}
        covered = [(st.content_s, st.content_e) for st in self.statements]
        for qi, q in enumerate(self.quotes):
            if qi in self.used_quotes or q.end <= q.start:
                continue
            k = self.token_at(q.open)
            if k >= len(self.t) or not self.body(k):
                continue
            if any(s <= q.open < e for s, e in covered):
                continue
            lo = self.sent_lo[k]
            if any(self.t[y].word for y in range(lo, k)):
                continue
            # Nothing but the quote in its sentence: no verb of its own.
            hi = self.sent_hi[k]
            if any(
                self.t[y].word and self.in_quote[y] != qi and _cat(self.m[y], "cue") is not None
                for y in range(k, hi)
            ):
                continue
            prev = [
                st
                for st in self.statements
                if st.quote is QuoteKind.DIRECT
                and st.content_e <= q.open
                and 0 <= self.para[k] - self.para[self.token_at(st.content_s)] <= 1
                and self.sent[self.token_at(st.content_s)] >= self.sent[k] - 2
            ]
            if not prev:
                continue
            last = max(prev, key=lambda st: st.content_e)
            same_para = self.para[last.cue_tok] == self.para[k]
            e = self._strip_inner(q.start, q.end)
            if (q.start, e) in done:
                continue
            st = StatementC(
                speakers=list(last.speakers),
                cue_s=last.cue_s if same_para else self.t[k].s,
                cue_e=last.cue_e if same_para else self.t[k].s,
                lemma=last.lemma if same_para else None,
                stance=last.stance,
                content_s=q.start,
                content_e=e,
                quote=QuoteKind.DIRECT,
                rule=f"{self.lang}.quote.continued",
                confidence=0.7,
                cue_tok=last.cue_tok,
                sentence=self.sent[k],
            )
            self.used_quotes.add(qi)
            self.statements.append(st)
            done.add((q.start, e))

    def cue(self, cue: Match) -> int:
        if self.svo:
            return self._cue_svo(cue)
        cf = cue.data
        entry = cf.cue
        c = cue.i
        speakers, k, subj = self.subject(cue.j, plural=cf.plural)
        fronted = self.by_tok.get(c - 1)
        if (
            fronted is not None
            and fronted.np_i > 0
            and self.sent[fronted.i] == self.sent[c]
            and _cat(self.m[fronted.np_i - 1], "comp") is not None
        ):
            # «… أن السوداني أبلغ الوفد بأن …»: a subject right after a complementizer comes
            # before its verb; the noun phrase after the verb is its object.
            speakers, k, subj = [fronted.actor], cue.j, fronted
        rule_prefix = f"{self.lang}.quote"
        implicit = False
        layer: ActorC | None = None
        if not speakers:
            nested = self._nested_source(c)
            if nested is not None:
                # «نقلت الوكالة عن مصدر … قوله إن …»: the source quoted speaks, the reporter
                # that quotes it is a layer.
                speakers, layer, subj = nested
        if not speakers:
            implicit = True
            # A subject before the verb («الرئيس … أكد»), else the last speaker.
            prev = self.by_tok.get(c - 1)
            if (
                prev is not None
                and prev.actor.kind is not ActorKind.COUNTRY
                and self.sent[prev.i] == self.sent[c]
                # «… على منصة إكس قائلا»: the object of a preposition is no subject.
                and not (
                    prev.np_i > 0
                    and any(
                        m.cat in ("cueprep", "placeprep", "with", "from")
                        for m in self.m[prev.np_i - 1]
                    )
                )
            ):
                speakers = [prev.actor]
                implicit = False
            elif (before := self._subject_before_parenthetical(c)) is not None:
                # «الرئيس القبرصي، الذي يزور القاهرة …، قال»: the subject before a
                # parenthetical opened by a relative pronoun.
                speakers = [before]
                implicit = False
            elif cf.plural:
                speakers = self.joint_actors(c)
            elif (
                (cf.participle or self.t[c].key[:1] in self.comp.conj)
                and not self.by_sentence.get(self.sent[c])
                and (own := self._sentence_subject(c, described=cf.participle)) is not None
            ):
                # «أعرب البوسعيدي عن …، مؤكداً أن …», «استقبلت X Y، وأكدت …»: the subject of
                # the sentence's own verb.
                speakers = [own]
            elif cf.participle and (own := self._clause_subject(c)) is not None:
                # «قال X إن …، فيما أعرب Y عن قلقه، مؤكدا أن …»: the subject of the clause the
                # participle ends.
                speakers = [own]
            elif self.last_speakers and self.para[c] - self.last_para <= 2:
                speakers = list(self.last_speakers)
            else:
                speakers = self.last_persons(c, 1)
        if not speakers:
            return cue.j
        np_ok = entry.complement == "np"
        if not implicit and layer is None and entry.stance is Stance.REPORT:
            quoted = self._quoted_source(k)
            if quoted is not None:
                # «نقلت الوكالة عن مصادر مطلعة أن …»: the sources speak, the reporter is a layer.
                layer = speakers[0]
                speakers, k, subj = quoted
        found = self.content_after(k, cue, np_ok)
        if found is None:
            qi = self._before_quote(c)
            if qi is not None:
                q = self.quotes[qi]
                self.used_quotes.add(qi)
                found = (q.start, q.end, QuoteKind.DIRECT, "cue_after", k)
        if found is None:
            return cue.j
        s, e, kind, rule, _ = found
        if entry.marker_required and rule in ("np", "np_quote"):
            return cue.j
        if e <= s:
            return cue.j
        if implicit:
            rule = "carry_over" if rule != "cue_after" else rule
            self._implicit_subjects(speakers, c)
        family = "quote" if kind is QuoteKind.DIRECT else "report"
        rule_prefix = f"{self.lang}.{family}"
        conf = {
            "cue_before": 0.9,
            "clause_quote": 0.9,
            "cue_colon": 0.85,
            "cue_after": 0.8,
            "clause": 0.8,
            "mixed": 0.75,
            "np": 0.65,
            "np_quote": 0.75,
            "carry_over": 0.75,
            "cue_colon_paragraph": 0.7,
        }.get(rule, 0.7)
        st = StatementC(
            speakers=list(dict.fromkeys(speakers)),
            cue_s=self.t[c].s,
            cue_e=self.t[cue.j - 1].e,
            lemma=entry.lemma,
            stance=entry.stance,
            content_s=s,
            content_e=e,
            quote=kind,
            rule=f"{rule_prefix}.{rule}",
            confidence=conf,
            cue_tok=c,
            sentence=self.sent[c],
        )
        if subj is not None:
            st.evidence.append((subj.s, subj.e))
        if layer is not None and layer not in st.speakers:
            st.reported_by = layer
        self.statements.append(st)
        self.by_sentence.setdefault(st.sentence, []).append(st)
        self.last_speakers = list(st.speakers)
        self.last_para = self.para[c]
        # Go on from the content, so that the words between cue and content (a parenthetical
        # source, a preposition phrase) are not read again, but cues inside the content are.
        return max(cue.j, k, self.token_at(s))

    def attribution(self, attr: Match) -> int:
        """«بحسب X فإن …», «…، وفقا لما قالت X», «وحسبما نقلت X، …»."""
        a = attr.i
        k = attr.j
        verb: Match | None = _cat(self.m[k], "cue") if k < len(self.t) else None
        if verb is not None:
            k = verb.j
        while (
            self.svo
            and k < len(self.t)
            and (
                _cat(self.m[k], "demonstrative") is not None
                or (self.comp.in_set(self.t[k], "quant") and not self.m[k])
            )
        ):
            # «according to the ministry», «according to two officials»: the article or number
            # before the source.
            k += 1
        speakers, end, subj = self.subject(k, plural=False)
        if not speakers:
            return attr.j
        source = speakers[0]
        sent = self.sent[a]
        post = self.punct(a - 1, self.comp.commas)
        cue_s, cue_e, lemma = self.t[a].s, self.t[attr.j - 1].e, None
        stance = Stance.REPORT
        if verb is not None:
            cue_s, cue_e = self.t[verb.i].s, self.t[verb.j - 1].e
            lemma = verb.data.cue.lemma
            stance = verb.data.cue.stance
        while (
            end < len(self.t)
            and not self.t[end].word
            and self.t[end].key in (self.comp.close_q | self.comp.either_q)
        ):
            end += 1
        if post:
            rest = self.clause_end(end, stop_at_cues=False) if end < len(self.t) else end
            words = sum(1 for x in range(end, rest) if self.t[x].word)
            comma = any(self.punct(x, self.comp.commas) for x in range(end, rest))
            # «…، بحسب ما أوردته صحيفة “الأهرام” في عددها الصادر اليوم.»: a tail that is only a
            # preposition phrase keeps the attribution post-posed.
            post = not comma and (
                words <= 3 or (end < len(self.t) and self.comp.in_set(self.t[end], "stop"))
            )
        if post:
            lo = a - 1
            while lo > 0 and self.sent[lo - 1] == sent and self.para[lo - 1] == self.para[a]:
                lo -= 1
            own = self.by_sentence.get(sent, [])
            if own:
                for s in own:
                    s.reported_by = s.reported_by or source
                self.sentence_source[sent] = source
                return end
            s0, e0 = self.trim(self.t[lo].s, self.t[a - 1].e)
            if e0 <= s0:
                return end
            kind = (
                QuoteKind.MIXED
                if any(x in self.quote_open for x in range(lo, a))
                else QuoteKind.INDIRECT
            )
            self._attributed(speakers, cue_s, cue_e, lemma, stance, s0, e0, kind, "post", a, subj)
            self.sentence_source[sent] = source
            return end
        # Fronted: the clause after the source, after a resumptive or a comma.
        k = end
        while k < len(self.t) and not self.t[k].word and not self.is_final(k):
            k += 1
        if k < len(self.t) and _cat(self.m[k], "resump") is not None:
            k = (_cat(self.m[k], "resump") or attr).j
        if k >= len(self.t) or self.para[k] != self.para[a]:
            return end
        e = self.clause_end(k)
        whole = self.clause_end(k, stop_at_cues=False)
        has_cue = (
            any(
                _cat(self.m[x], "cue") is not None and self.in_quote[x] < 0 for x in range(k, whole)
            )
            or _cat(self.m[k], "comp") is not None
        )
        self.sentence_source[sent] = source
        if has_cue:
            return end
        if e <= k:
            return end
        s0, e0 = self.trim(self.t[k].s, self.t[e - 1].e)
        if e0 <= s0:
            return end
        kind = (
            QuoteKind.MIXED
            if any(x in self.quote_open for x in range(k, e))
            else (QuoteKind.INDIRECT)
        )
        self._attributed(speakers, cue_s, cue_e, lemma, stance, s0, e0, kind, "fronted", a, subj)
        return end

    def _attributed(
        self,
        speakers: list[ActorC],
        cue_s: int,
        cue_e: int,
        lemma: str | None,
        stance: Stance,
        s: int,
        e: int,
        kind: QuoteKind,
        rule: str,
        a: int,
        subj: MentionC | None,
    ) -> None:
        st = StatementC(
            speakers=list(dict.fromkeys(speakers)),
            cue_s=cue_s,
            cue_e=cue_e,
            lemma=lemma,
            stance=stance,
            content_s=s,
            content_e=e,
            quote=kind,
            rule=f"{self.lang}.attribution.{rule}",
            confidence=0.7,
            cue_tok=a,
            sentence=self.sent[a],
        )
        if subj is not None:
            st.evidence.append((subj.s, subj.e))
        self.statements.append(st)
        self.by_sentence.setdefault(st.sentence, []).append(st)

    # -- meetings ------------------------------------------------------------------------

    def find_meetings(self) -> None:
        n = len(self.t)
        triggers: list[Match] = []
        mode_cover: set[int] = set()
        for k in range(n):
            for m in self.m[k]:
                if m.cat == "mode":
                    mode_cover.update(range(m.i + 1, m.j))
        for k in range(n):
            if not self.t[k].word or not self.body(k):
                continue
            if k in mode_cover and not (
                # «X discussed Y with Z in a phone call»: in subject-first copy, a call named in
                # an adjunct is the meeting word when no other one comes before it.
                self.svo and not (triggers and self.sent[triggers[-1].i] == self.sent[k])
            ):
                continue
            trig = _cat(self.m[k], "trigger")
            if trig is None:
                continue
            if k in self.by_tok and self.by_tok[k].actor.kind is not ActorKind.PERSON:
                continue
            st = trig.stem
            if (
                trig.data.tense != "noun"
                and st.prefix
                and self.t[k].key[st.prefix - 1 : st.prefix] in self.comp.preps
            ):
                # A preposition makes a noun of it («لبحث»: to discuss), never a verb.
                continue
            # «In a phone call …, X spoke with Y»: in subject-first copy the medium may open
            # the sentence.
            mod_lo = self.sent_lo[k] if self.svo else max(0, k - 3)
            if trig.data.needs_modifier and not any(
                _cat(self.m[x], "mode") is not None for x in range(mod_lo, min(n, trig.j + 10))
            ):
                # «بحث X مع Y …» without a medium is no meeting word and splits no clause.
                continue
            if not self.nested and triggers and triggers[-1].j > k:
                # «call» inside «held a phone call»: one trigger.
                continue
            triggers.append(trig)
        self.trigger_toks = {t.i for t in triggers}
        # Triggers that refer back («هذه الزيارة», «محادثاته») do not split a clause.
        splitting = [t for t in triggers if not self._refers_back(t)]
        starts = [t.i for t in splitting]
        for trig in triggers:
            lo = self._sent_start(trig.i)
            hi = self._sent_end(trig.i)
            k = bisect_right(starts, trig.i - 1) - 1
            if k >= 0 and splitting[k].i >= lo and splitting[k].i < trig.i:
                lo = splitting[k].j
            k2 = bisect_right(starts, trig.i)
            if k2 < len(splitting) and splitting[k2].i < hi:
                hi = splitting[k2].i
            self.meeting(trig, lo, hi)
        self._merge()

    def _refers_back(self, trig: Match) -> bool:
        i = trig.i
        if trig.stem.text in self.comp.possessive:
            return True
        return any(_cat(self.m[x], "demonstrative") is not None for x in range(max(0, i - 2), i))

    def _sent_start(self, k: int) -> int:
        return self.sent_lo[k]

    def _sent_end(self, k: int) -> int:
        return self.sent_hi[k]

    def _words_back(self, i: int, lo: int, count: int) -> int:
        k = i
        seen = 0
        while k > lo and seen < count:
            k -= 1
            if self.t[k].word:
                seen += 1
        return k

    def _words_ahead(self, i: int, hi: int, count: int) -> int:
        k = i
        seen = 0
        while k < hi and seen < count:
            if self.t[k].word:
                seen += 1
            k += 1
        return k

    def meeting(self, trig: Match, seg_lo: int, seg_hi: int) -> None:
        entry = trig.data
        i = trig.i
        lo = self._words_back(i, seg_lo, self.words_before)
        hi = self._words_ahead(trig.j, seg_hi, 10 if entry.tense == "noun" else 22)
        # «وضم الاجتماع كلا من …»: a list of participants runs to the end of the clause.
        for x in range(self._words_back(i, seg_lo, 3), self._words_ahead(trig.j, seg_hi, 4)):
            if _cat(self.m[x], "members") is not None:
                hi = seg_hi
                break
        # «بين X وY»: the pair may run to the end of the clause; so may the other side of a
        # call or a meeting after «من» or «مع» («اتصالاً هاتفياً، اليوم، من معالي …»).
        for x in range(trig.j, self._words_ahead(trig.j, seg_hi, 9)):
            if _cat(self.m[x], "between") is not None:
                hi = max(hi, self._words_ahead(x, seg_hi, 16))
                break
            if (
                _cat(self.m[x], "with") is not None or _cat(self.m[x], "from") is not None
            ) and x < self._words_ahead(trig.j, seg_hi, 4):
                hi = max(hi, self._words_ahead(x, seg_hi, 14))
                break
        if self.svo:
            for x in range(trig.j, hi):
                if self.punct(x, self.comp.commas) and self._post_attribution(x + 1):
                    # «…, the Amiri Diwan said.»: the source of the report takes no part.
                    hi = x
                    break
        qi = self.in_quote[i]
        if qi >= 0:
            while lo < i and self.in_quote[lo] != qi:
                lo += 1
            k = i
            while k < hi and self.in_quote[k] == qi:
                k += 1
            hi = k
        # Mode: the trigger's own, unless a modifier is next to it.
        mode = MeetingMode(entry.mode)
        mode_explicit = entry.mode not in ("in_person", "unknown") and entry.tense == "noun"
        mode_ev: tuple[int, int] | None = None
        trig_end = trig.j
        best_d = 99
        for x in range(max(lo, i - 3), min(hi, i + 10)):
            mm = _cat(self.m[x], "mode")
            if mm is None:
                continue
            d = abs(x - i)
            if d < best_d:
                best_d = d
                mode = MeetingMode(mm.data)
                mode_explicit = True
                mode_ev = (self.t[x].s, self.t[mm.j - 1].e)
                if x == trig.j:
                    trig_end = mm.j
        if self.svo and entry.needs_modifier and mode_ev is None:
            # «In a phone call initiated by Tehran, X spoke with Y»: the medium opens the
            # sentence.
            for x in range(self.sent_lo[i], i):
                mm = _cat(self.m[x], "mode")
                if mm is not None:
                    mode = MeetingMode(mm.data)
                    mode_explicit = True
                    mode_ev = (self.t[x].s, self.t[mm.j - 1].e)
                    best_d = 0
                    break
        if entry.needs_modifier and (mode_ev is None or best_d > 9):
            return
        status, polarity, status_explicit = self._status(
            trig, max(self._sent_start(i), i - _CLAUSE_CAP), hi, seg_lo
        )
        # Participants.
        topic_spans = self._topics(trig, hi)
        in_topic: set[int] = set()
        for ts, te in topic_spans:
            for x in range(trig.j, hi):
                if ts <= self.t[x].s < te:
                    in_topic.add(x)
        source = self.sentence_source.get(self.sent[i])
        place = self._place(trig, lo, hi)
        framework = self._framework(lo, hi)
        persons: list[ActorC] = []
        others: list[ActorC] = []
        seen_tok: set[int] = set()
        after_place: set[int] = set()
        for x in range(lo, hi):
            pp = _cat(self.m[x], "placeprep")
            if pp is not None and pp.j < hi:
                after_place.add(pp.j)
        first_after = None
        window: list[tuple[int, MentionC]] = []
        for x in range(lo, hi):
            mc = self.by_tok.get(x)
            if mc is not None:
                window.append((x, mc))
            for mc2 in self.by_np.get(x, ()):
                window.append((mc2.i, mc2))
        pair = self._between(trig, seg_hi)
        if pair:
            window = [(mc.i, mc) for mc in pair]
        cut = seg_lo > self._sent_start(i)
        reporter = next(
            (
                s
                for s in self._statements_near(i)
                if s.content_s <= self.t[i].s < s.content_e and self.sent[s.cue_tok] == self.sent[i]
            ),
            None,
        )
        for x, mc in window:
            if x in in_topic or id(mc) in seen_tok:
                continue
            if self.in_quote[x] >= 0 and self.in_quote[x] != self.in_quote[i]:
                # Words quoted in another quote than the trigger's are not its participants.
                continue
            if reporter is not None and mc.e <= reporter.content_s and x < i:
                # «وأضاف X أن Y سيلتقي Z»: X reports the meeting, X does not attend it.
                continue
            if (
                cut
                and x < i
                and self.t[mc.np_i].key[:1] in self.comp.preps
                and any(st.prefix for st in self.t[mc.np_i].stems[1:2])
            ):
                continue
            if mc.i in after_place and mc.actor.kind is not ActorKind.PERSON:
                continue
            seen_tok.add(id(mc))
            a = mc.actor
            if a is source or a is framework or a.kind is ActorKind.MEDIA or a.unnamed:
                continue
            if place is not None and place[4] is a:
                continue
            if a.kind is ActorKind.PERSON:
                if a not in persons:
                    persons.append(a)
                    if x > i and first_after is None:
                        first_after = a
            elif a not in others and (x > i or not cut):
                others.append(a)
        for x in range(lo, hi):
            pron = _cat(self.m[x], "pronref")
            if pron is not None:
                # «والتقى سموه …»: an honorific pronoun is the person it was introduced for.
                honored = self._honored_person(pron)
                meant = [honored] if honored is not None else []
                for a in meant or self.last_persons(self._sent_start(i), 1):
                    if a not in persons:
                        persons.insert(0, a)
        joint_at = next(
            (x for x in range(trig.j, min(hi, trig.j + 3)) if _cat(self.m[x], "joint") is not None),
            None,
        )
        right_after = joint_at is not None
        if right_after:
            persons = self.joint_actors(i, fallback=False, word=joint_at) or persons
            others = []
        joint = any(
            (
                _cat(self.m[x], "joint") is not None
                or (
                    _cat(self.m[x], "title") is not None and (_cat(self.m[x], "title") or trig).data
                )
            )
            and self.t[x].key[:1] not in self.comp.preps
            for x in range(max(seg_lo, i - _CLAUSE_CAP), hi)
        )
        joint_word = next(
            (
                x
                for x in range(max(seg_lo, i - _CLAUSE_CAP), hi)
                if _cat(self.m[x], "joint") is not None
            ),
            None,
        )
        if joint and len(persons) < 2:
            for a in self.joint_actors(i, fallback=False, word=joint_word):
                if a not in persons:
                    persons.append(a)
        owner = next(
            (
                s
                for s in self._statements_near(i)
                if s.quote is QuoteKind.DIRECT and s.content_s <= self.t[i].s < s.content_e
            ),
            None,
        )
        first_person = any(self.comp.in_set(self.t[x], "first_person") for x in range(lo, hi))
        if len(persons) < 2 and owner is not None and first_person:
            for a in [m for sp in owner.speakers for m in (sp.members or [sp])]:
                if a not in persons and a.kind is ActorKind.PERSON:
                    persons.insert(0, a)
        # A verb with no subject of its own continues the last meeting's subject («كما استقبل»).
        if entry.tense != "noun" and len(persons) == 1 and first_after is persons[0]:
            prev = next(
                (
                    m
                    for m in reversed(self.meetings)
                    if m.lemma == entry.lemma and self.para[i] - m.paragraph <= 2
                ),
                None,
            )
            if prev is not None and prev.participants:
                persons.insert(0, prev.participants[0][0])
        # A report told after its words («…, the Amiri Diwan said») leaves the subject free.
        post_report = reporter is not None and self.svo and reporter.cue_tok > i
        if (
            len(persons) == 1
            and first_after is persons[0]
            and cut
            and (reporter is None or post_report)
        ):
            # «وصل X إلى روما في زيارة، حيث عقد جلسة مباحثات مع Y», «بدأ X زيارة …، التقى
            # خلالها Y»: the subject of the sentence, before the clause, is the other side.
            own = self._sentence_subject(seg_lo)
            if own is not None and own not in persons:
                persons.insert(0, own)
        if len(persons) == 1 and not others:
            group = self._group_counterpart(trig, hi)
            if group is not None:
                others = [group]
        if self.svo and len(persons) + len(others) == 1 and first_after is None:
            # «Israeli negotiators held talks with Hamas»: a described party is the subject.
            group = self._group_subject(i, max(lo, seg_lo))
            if group is not None:
                others.insert(0, group)
        parts = persons if len(persons) >= 2 or (owner and first_person) else persons + others
        if entry.needs_person and len(persons) < 2:
            return
        if entry.roles == "host_guest" and parts:
            roles = [(parts[0], "host")] + [(a, "guest") for a in parts[1:]]
        elif entry.roles == "guest_host" and parts:
            roles = [(parts[0], "guest")] + [(a, "host") for a in parts[1:]]
        else:
            roles = [(a, "participant") for a in parts]
        tok = self.t[i]
        # «اللقاء الأول بينهما» refers back; «يلتقي الرئيسان» names people, not a meeting.
        strong = (right_after and self._joint_title(joint_at) is None) or any(
            _cat(self.m[x], "demonstrative") is not None
            for x in range(self._words_back(i, lo, 2), i)
        )
        definite = (
            strong
            or trig.stem.definite
            or any(st.definite for st in tok.stems)
            or trig.stem.text in self.comp.possessive
        )
        time = self._time(lo, hi, i)
        mt = MeetingC(
            participants=roles,
            trig_s=self.t[i].s,
            trig_e=self.t[trig_end - 1].e,
            trig_tok=i,
            mode=mode,
            status=status,
            polarity=polarity,
            rule=f"{self.lang}.meeting.{entry.tense}",
            confidence=0.75 if len(parts) >= 2 else 0.6,
            sentence=self.sent[i],
            paragraph=self.para[i],
            lemma=entry.family,
            definite=definite and entry.tense == "noun",
            time=time,
            place=place,
            framework=framework,
            topics=topic_spans,
            reported_by=source,
            mode_explicit=mode_explicit,
            status_explicit=status_explicit,
            strong=strong,
        )
        if mode_ev is not None:
            mt.evidence.append(mode_ev)
        self.meetings.append(mt)

    def _statements_near(self, i: int) -> list[StatementC]:
        """Statements whose cue lies in the same paragraph as token ``i`` or just before."""
        if not hasattr(self, "_st_by_para"):
            self._st_by_para: dict[int, list[StatementC]] = {}
            for st in self.statements:
                self._st_by_para.setdefault(self.para[st.cue_tok], []).append(st)
        p = self.para[i]
        return self._st_by_para.get(p, []) + self._st_by_para.get(p - 1, [])

    def _group_counterpart(self, trig: Match, hi: int) -> ActorC | None:
        """«مع كبار المسؤولين السوريين»: an unnamed group on the other side of the meeting."""
        for x in range(trig.j, min(hi, trig.j + 6)):
            if _cat(self.m[x], "with") is None:
                continue
            for y in range(x + 1, min(hi, x + 4)):
                title = _cat(self.m[y], "title")
                if title is None or not title.data:
                    continue
                end = self._np_end(title.j, True)
                while end < hi and _cat(self.m[end], "nisba") is not None:
                    end = (_cat(self.m[end], "nisba") or title).j
                return self._vague_group(x + 1, end)
            return None
        return None

    def _vague_group(self, i: int, j: int) -> ActorC:
        """A new unnamed group actor for tokens ``[i, j)``, with its nominal mention."""
        s0, e0 = self.t[i].s, self.t[j - 1].e
        group = ActorC(
            ActorKind.GROUP,
            self.text[s0:e0],
            names=[self.text[s0:e0]],
            method=f"rule:{self.lang}.actor.group",
            confidence=0.5,
        )
        group.key = "vague"
        self.reg.actors.append(group)
        self.extra_mentions.append(
            MentionC(
                group,
                s0,
                e0,
                i,
                j,
                i,
                MentionForm.NOMINAL,
                f"rule:{self.lang}.actor.group",
                0.5,
            )
        )
        return group

    def _group_subject(self, i: int, lo: int) -> ActorC | None:
        """«Israeli negotiators held … talks»: an unnamed group described before the trigger at
        ``i`` with nothing named between them; ``None`` when there is none.
        """
        for x in range(i - 1, lo - 1, -1):
            if (
                not self.t[x].word
                or x in self.by_tok
                or any(_cat(self.m[x], c) is not None for c in ("cue", "comp", "attr"))
            ):
                # «Israeli officials said the talks …»: a speaker is not a side of talks
                # named in their words.
                return None
            unnamed = _cat(self.m[x], "unnamed")
            if unnamed is None or unnamed.j > i:
                continue
            start = unnamed.i
            while start - 1 >= lo and (
                _cat(self.m[start - 1], "nisba") is not None
                or (
                    start - 2 >= lo
                    and _cat(self.m[start - 1], "with") is not None
                    and _cat(self.m[start - 2], "nisba") is not None
                )
            ):
                start -= 1
            if start == unnamed.i:
                # A bare «officials» says too little to stand for a side.
                return None
            return self._vague_group(start, unnamed.j)
        return None

    def _between(self, trig: Match, seg_hi: int) -> list[MentionC]:
        """«بين X وY» right after the trigger: the conjoined noun phrases («وZ» too)."""
        n = len(self.t)
        x = trig.j
        limit = self._words_ahead(trig.j, seg_hi, 9)
        while x < limit and _cat(self.m[x], "between") is None:
            x += 1
        if x >= seg_hi or _cat(self.m[x], "between") is None:
            return []
        k = (_cat(self.m[x], "between") or trig).j
        first = self.by_np.get(k) or ([self.by_tok[k]] if k in self.by_tok else [])
        if not first:
            return []
        a = max(first, key=lambda m: (m.actor.kind is ActorKind.PERSON, m.j))
        out = [a]
        y = max(m.j for m in first)
        while y < min(seg_hi, n) and y < a.j + 14:
            tok = self.t[y]
            if tok.word and tok.key[:1] in self.comp.conj:
                nxt = self.by_np.get(y) or ([self.by_tok[y]] if y in self.by_tok else [])
                if nxt:
                    out.append(max(nxt, key=lambda m: (m.actor.kind is ActorKind.PERSON, m.j)))
                    # «بين X وY وZ»: a third side conjoined right after the second.
                    y = max(m.j for m in nxt)
                    while y < min(seg_hi, n) and self.t[y].key[:1] in self.comp.conj:
                        more = self.by_np.get(y) or ([self.by_tok[y]] if y in self.by_tok else [])
                        if not more:
                            break
                        out.append(max(more, key=lambda m: (m.actor.kind is ActorKind.PERSON, m.j)))
                        y = max(m.j for m in more)
                    break
            y += 1
        return out if len(out) >= 2 else []

    def _status(
        self, trig: Match, lo: int, hi: int, seg_lo: int
    ) -> tuple[MeetingStatus, Polarity, bool]:
        entry = trig.data
        i = trig.i
        polarity = Polarity.POSITIVE
        explicit = entry.tense != "noun"
        status = MeetingStatus.PLANNED if entry.tense == "present" else MeetingStatus.OCCURRED
        if trig.stem.future:
            status = MeetingStatus.PLANNED
            explicit = True
        definite_noun = entry.tense == "noun" and (
            trig.stem.definite or any(st.definite for st in self.t[i].stems)
        )
        near_lo = self._words_back(i, max(lo, seg_lo), 5)
        best: tuple[int, MeetingStatus] | None = None
        stop = min(hi, i + 8)
        for x in range(trig.j, stop):
            if _cat(self.m[x], "clausebreak") is not None:
                stop = x
                break
        for x in range(i - 1, lo - 1, -1):
            if x < i - 1 and _cat(self.m[x], "cue") is not None and self.in_quote[x] < 0:
                # Status words before another report belong to it («نتطلع …"، مشيرا إلى أن»);
                # a report that is itself a status word («نفت … أن يكون … التقى») holds the
                # meeting in its scope.
                lo = x if _cat(self.m[x], "status") is not None else x + 1
                break
        for x in range(lo, stop):
            if x == i:
                continue
            for m in self.m[x]:
                if m.cat != "status":
                    if (
                        m.cat != "trigger"
                        and near_lo <= x < i
                        and not definite_noun
                        and any(st.future for st in self.t[x].stems)
                    ):
                        best = best if best and best[0] >= 2 else (2, MeetingStatus.PLANNED)
                    continue
                cue: StatusCue = m.data
                if x < i and self._out_of_scope(
                    cue, i - x, x < near_lo or definite_noun, x < seg_lo
                ):
                    continue
                if cue.polarity is not None:
                    polarity = Polarity(cue.polarity)
                    continue
                if cue.status is None:
                    continue
                rank = _STATUS_RANK.get(cue.status, 0)
                if best is None or rank > best[0]:
                    best = (rank, cue.status)
        if (
            self.svo
            and entry.tense == "noun"
            and (best is None or best[0] < _STATUS_RANK[MeetingStatus.CANCELLED])
        ):
            # «A summit between X and Y has been postponed»: the predicate after a meeting
            # noun that is its subject, up to the end of its clause, may call it off.
            for x in range(stop, min(hi, i + _PREDICATE_REACH)):
                if (
                    _cat(self.m[x], "clausebreak") is not None
                    or self.is_final(x)
                    or (_cat(self.m[x], "cue") is not None and self.in_quote[x] < 0)
                    or (_cat(self.m[x], "trigger") is not None and x >= trig.j)
                ):
                    break
                cue_m = _cat(self.m[x], "status")
                if (
                    cue_m is not None
                    and cue_m.data.status is MeetingStatus.CANCELLED
                    and cue_m.data.scope == "clause"
                ):
                    best = (_STATUS_RANK[MeetingStatus.CANCELLED], MeetingStatus.CANCELLED)
                    break
        if best is not None:
            status = best[1]
            explicit = True
        return status, polarity, explicit

    @staticmethod
    def _out_of_scope(cue: StatusCue, distance: int, far: bool, earlier_clause: bool) -> bool:
        """Whether a status cue before the trigger is too far away to describe it."""
        if cue.scope == "adjacent":
            return distance > 3
        if cue.scope == "near":
            return far
        return earlier_clause and cue.polarity is not None

    def _topics(self, trig: Match, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for x in range(trig.j, min(hi, trig.j + 24)):
            tm = _cat(self.m[x], "topic")
            if tm is None:
                continue
            e = tm.j
            while (e < hi and e < tm.j + 14 and self.t[e].word) or (
                e < hi and not self.t[e].word and self.t[e].key in self.comp.parens
            ):
                if _cat(self.m[e], "trigger") is not None or _cat(self.m[e], "cue") is not None:
                    break
                e += 1
            if e > tm.j:
                s0, e0 = self.trim(self.t[tm.j].s, self.t[e - 1].e)
                if e0 > s0:
                    out.append((s0, e0))
            break
        return out

    def _place(
        self, trig: Match, lo: int, hi: int
    ) -> tuple[int, int, str, str, ActorC | None] | None:
        if trig.j < len(self.t):
            city = _cat(self.m[trig.j], "city")
            if city is not None:
                s0, e0 = self.trim(self.t[trig.j].s, self.t[city.j - 1].e)
                return (s0, e0, str(city.data), "city", None)
        for x in range(trig.i, min(hi, trig.i + 20)):
            if _cat(self.m[x], "placeprep") is None and not (
                # «بالقاهرة»: a preposition glued to the place (not the article alone).
                self.t[x].key[:1] in self.comp.preps
                and any(st.mention_prefix for st in self.t[x].stems[1:])
            ):
                continue
            y = _cat(self.m[x], "placeprep")
            k = y.j if y is not None else x
            for cat, kind in (("building", "building"), ("city", "city")):
                pm = _cat(self.m[k], cat) if k < len(self.t) else None
                if pm is None and y is None:
                    pm = _cat(self.m[x], cat)
                    k = x
                if pm is not None:
                    actor = self.by_tok[k].actor if k in self.by_tok and cat == "building" else None
                    s, e = self.trim(self.t[k].s + pm.stem.mention_prefix, self.t[pm.j - 1].e)
                    return (s, e, str(pm.data), kind, actor)
        return None

    def _framework(self, lo: int, hi: int) -> ActorC | None:
        for x in range(lo, hi):
            fm = _cat(self.m[x], "framework")
            if fm is None:
                continue
            mc = self.by_np.get(fm.j) or ([self.by_tok[fm.j]] if fm.j in self.by_tok else [])
            for m in mc:
                if m.actor.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP):
                    return m.actor
        return None

    def _time(self, lo: int, hi: int, i: int) -> TimeC | None:
        best: TimeC | None = None
        lo_s, hi_e = self.t[lo].s, self.t[hi - 1].e if hi > lo else self.t[lo].e
        k = bisect_right(self.time_starts, lo_s - 1)
        while k < len(self.times) and self.times[k].s < hi_e:
            tc = self.times[k]
            k += 1
            if lo_s <= tc.s and tc.e <= hi_e and (best is None or abs(tc.i - i) < abs(best.i - i)):
                best = tc
        return best

    def _merge(self) -> None:
        """One meeting per encounter: a later mention joins an earlier one when it refers back
        (definite, possessive, same sentence) and nothing tells them apart.
        """
        kept: list[MeetingC] = []
        for mt in self.meetings:
            ids = {id(a) for a, _ in mt.participants}
            valid = len(ids) >= 2
            target: MeetingC | None = None
            for prev in kept[-1:-_LOOK_BACK:-1]:
                if mt.paragraph - prev.paragraph > max(6, self.refer_back or 0):
                    break
                if self.refer_back is not None:
                    joins = self._refers_to(mt, prev)
                    if joins is False:
                        continue
                    if joins:
                        target = prev
                        break
                elif mt.paragraph - prev.paragraph > 6:
                    break
                same_place = (
                    mt.place is not None
                    and prev.place is not None
                    and mt.place[2] == prev.place[2]
                    and mt.lemma == prev.lemma
                )
                if same_place:
                    target = prev
                    break
                if mt.paragraph - prev.paragraph > 3:
                    continue
                pids = {id(a) for a, _ in prev.participants}
                if (
                    mt.paragraph - prev.paragraph <= 1
                    and (_vague(mt) or _vague(prev))
                    and ids & pids
                    and self._compatible(prev, mt)
                    and mt.lemma == prev.lemma
                ):
                    # «محادثات مع كبار المسؤولين» then «محادثات مع الرئيس … والوزير …»: one
                    # encounter, told vaguely and then by name.
                    if _vague(prev) and not _vague(mt):
                        # The named telling defines the meeting: its participants and words.
                        prev.participants = list(mt.participants)
                        prev.evidence.append((prev.trig_s, prev.trig_e))
                        prev.trig_s, prev.trig_e, prev.trig_tok = mt.trig_s, mt.trig_e, mt.trig_tok
                    target = prev
                    break
                shared_people = {
                    id(a) for a, _ in mt.participants if a.kind is ActorKind.PERSON
                } & pids
                if (
                    mt.strong
                    and (
                        ids <= pids
                        or (mt.paragraph - prev.paragraph <= 1 and ids & pids)
                        # «وخلال الاجتماع، أكد السيسي رفض مصر …» two paragraphs on: one of
                        # its people, whatever else the sentence names.
                        or (shared_people and self._compatible(prev, mt))
                    )
                    and not (mt.mode_explicit and prev.mode_explicit and mt.mode is not prev.mode)
                ):
                    # «وتسلم سموه خلال اللقاء رسالة من …»: the meeting just told, whoever else
                    # the sentence names.
                    target = prev
                    break
                both_recurring = mt.status is prev.status is MeetingStatus.RECURRING
                if both_recurring and ids == pids and mt.sentence == prev.sentence:
                    target = prev
                    break
                if not self._compatible(prev, mt):
                    continue
                refers = (mt.definite or mt.sentence == prev.sentence) and (
                    mt.lemma == prev.lemma or mt.strong
                )
                if (
                    mt.place is not None
                    and prev.place is not None
                    and mt.place[2] == prev.place[2]
                    and mt.lemma == prev.lemma
                ):
                    target = prev
                    break
                has_person = any(a.kind is ActorKind.PERSON for a, _ in mt.participants)
                if not valid and refers:
                    target = prev
                    break
                if refers and not has_person and mt.lemma == prev.lemma:
                    target = prev
                    break
                if (
                    refers
                    and ids
                    and (ids <= pids or (pids <= ids and mt.paragraph - prev.paragraph <= 1))
                ):
                    target = prev
                    break
                if (
                    valid
                    and ids == pids
                    and (
                        not mt.status_explicit
                        or (prev.status_explicit and prev.status is mt.status)
                    )
                ):
                    target = prev
                    break
            if target is not None:
                target.evidence.append((mt.trig_s, mt.trig_e))
                have = {id(a) for a, _ in target.participants}
                if (
                    valid
                    and mt.paragraph == target.paragraph
                    and any(a.kind is ActorKind.PERSON for a, _ in mt.participants)
                ):
                    target.participants.extend(p for p in mt.participants if id(p[0]) not in have)
                if not target.mode_explicit and mt.mode_explicit:
                    target.mode = mt.mode
                    target.mode_explicit = True
                if (
                    not target.status_explicit
                    and mt.status_explicit
                    and (self.refer_back is None or valid)
                ):
                    # With back-references on, a mention naming one side only («our meeting
                    # today») refers to the meeting; its tense words tell of something else.
                    target.status = mt.status
                    target.status_explicit = True
                target.time = target.time or mt.time
                target.place = target.place or mt.place
                target.framework = target.framework or mt.framework
                target.reported_by = target.reported_by or mt.reported_by
                target.topics.extend(t for t in mt.topics if t not in target.topics)
                continue
            if valid:
                kept.append(mt)
        self.meetings = kept

    def _refers_to(self, mt: MeetingC, prev: MeetingC) -> bool | None:
        """With ``refer_back_paragraphs`` set: ``True`` when ``mt`` refers back to ``prev``,
        ``False`` when it must stay apart from it, ``None`` when the general rules decide.
        """
        unreal = (MeetingStatus.HYPOTHETICAL, MeetingStatus.CANCELLED)
        if mt.status_explicit and mt.status in unreal and prev.status not in unreal:
            return False
        if not mt.strong or mt.paragraph - prev.paragraph > (self.refer_back or 0):
            return None
        people = {id(a) for a, _ in mt.participants if a.kind is ActorKind.PERSON}
        shared = people & {id(a) for a, _ in prev.participants}
        if (
            shared
            and (mt.lemma == prev.lemma or not mt.mode_explicit)
            and self._compatible(prev, mt)
        ):
            return True
        return None

    def _compatible(self, a: MeetingC, b: MeetingC) -> bool:
        if a.mode_explicit and b.mode_explicit and a.mode is not b.mode:
            return False
        if a.status_explicit and b.status_explicit and a.status is not b.status:
            return False
        if a.polarity is not b.polarity:
            return False
        if a.time is not None and b.time is not None and a.time.value != b.time.value:
            return False
        return not (a.place is not None and b.place is not None and a.place[2] != b.place[2])


def _title_words(title: str, articles: tuple[str, ...]) -> set[str]:
    """The folded words of a title, with and without the article."""
    out: set[str] = set()
    for w in fold(title).split():
        out.add(w)
        for a in articles:
            if w.startswith(a):
                out.add(w[len(a) :])
    return out


def _vague(mt: MeetingC) -> bool:
    """Whether a meeting has an unnamed group on one side («كبار المسؤولين»)."""
    return any(a.key == "vague" for a, _ in mt.participants)
