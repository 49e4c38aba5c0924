"""The hand annotation of the seed article, as code: builds the Document and writes its JSON.

Every span is found by searching for its exact words in the seed text (with an occurrence
index where the words repeat), never by counting offsets, so the annotation reads like the
article and a wrong span fails loudly here instead of pointing at the wrong words.

    python scripts/annotate_seed.py           # rewrite newsevents/fixtures/seed.json
    python scripts/annotate_seed.py --check   # exit 1 if the committed JSON is stale

``docs/fixture.md`` explains the annotation decisions. Mention and event ids are assigned in
text order after the facts are collected; actors, times and places have fixed ids.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import regex

from newsevents import parse_article
from newsevents.fixtures import SEED_ID, seed_text
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
    QuoteKind,
    Role,
    Span,
    Stance,
    Statement,
    TimeExpr,
    Topic,
)

__all__ = ["OUTPUT", "Locator", "build", "main", "render"]

OUTPUT: Final = Path(__file__).resolve().parent.parent / "newsevents" / "fixtures" / "seed.json"
"""Where the annotation is written: package data of :mod:`newsevents.fixtures`."""

_LETTER = regex.compile(r"[\p{L}\p{M}\p{N}]")
_PROCLITICS: Final = frozenset("وفبلك")
_OPEN: Final = "“"
_CLOSE: Final = "”"

# Paragraph indices of the seed (0 is the headline, 7 the subheading).
HEADLINE, LEAD, MEETING, FRAME, JOINED, DISCUSSED, AGREED = 0, 1, 2, 3, 4, 5, 6
SUBHEAD, TRIP, WALLA, SAID, ADDED, EXPLAINED = 7, 8, 9, 10, 11, 12


class Locator:
    """Finds spans of the seed text by their words.

    :meth:`find` matches whole words only: a match may not continue a word on either side,
    except that proclitics (و ف ب ل ك) may stand before it in the same word, so «إسرائيل»
    finds the name in «وإسرائيل» but not inside «الإسرائيلي».
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text

    def paragraph(self, index: int) -> Span:
        """The content span of paragraph ``index`` (0 is the headline)."""
        return self.article.paragraphs[index].content

    def find(self, needle: str, within: int | Span, nth: int = 0) -> Span:
        """The ``nth`` (from 0) whole-word occurrence of ``needle`` inside ``within``.

        :param within: a paragraph index or a span to search in.
        :raises LookupError: there are not ``nth + 1`` occurrences.
        """
        region = self.paragraph(within) if isinstance(within, int) else within
        found: list[Span] = []
        at = self.text.find(needle, region.start, region.end)
        while at != -1:
            end = at + len(needle)
            if self._word_bounded(at, end):
                found.append(Span(start=at, end=end))
            at = self.text.find(needle, at + 1, region.end)
        if nth >= len(found):
            raise LookupError(
                f"{needle!r} occurs {len(found)} time(s) as a word in {region}, "
                f"so occurrence {nth} does not exist"
            )
        return found[nth]

    def suffix(self, token: Span, ending: str) -> Span:
        """The pronoun suffix ``ending`` at the end of ``token`` («ه» of «نظيره»)."""
        if not self.text[token.start : token.end].endswith(ending):
            raise LookupError(f"{self.text[token.start : token.end]!r} does not end in {ending!r}")
        return Span(start=token.end - len(ending), end=token.end)

    def quoted(self, after: Span) -> Span:
        """The words inside the first pair of curly quotes after ``after``, without the marks."""
        opening = self.text.find(_OPEN, after.end)
        closing = self.text.find(_CLOSE, opening + 1)
        if opening == -1 or closing == -1:
            raise LookupError(f"no quotation after {after}")
        return Span(start=opening + 1, end=closing)

    def through(self, first: Span, last: Span) -> Span:
        """The span from the start of ``first`` to the end of ``last``."""
        if last.end < first.start:
            raise LookupError(f"{last} ends before {first} starts")
        return Span(start=first.start, end=last.end)

    def _word_bounded(self, start: int, end: int) -> bool:
        if end < len(self.text) and _LETTER.match(self.text, end):
            return False
        word_start = start
        while word_start > 0 and _LETTER.match(self.text, word_start - 1):
            word_start -= 1
        prefix = self.text[word_start:start]
        return len(prefix) <= 3 and all(ch in _PROCLITICS for ch in prefix)


def _actors() -> tuple[Actor, ...]:
    def names(*forms: tuple[str, str]) -> tuple[Name, ...]:
        return tuple(Name(text=text, lang=lang) for text, lang in forms)

    return (
        Actor(
            id="sullivan",
            kind=ActorKind.PERSON,
            name="Jake Sullivan",
            names=names(("جيك ساليفان", "ar"), ("جيك سوليفان", "ar"), ("Jake Sullivan", "en")),
        ),
        Actor(
            id="hulata",
            kind=ActorKind.PERSON,
            name="Eyal Hulata",
            names=names(("إيال هولاتا", "ar"), ("إيال هولتا", "ar"), ("Eyal Hulata", "en")),
        ),
        Actor(
            id="biden",
            kind=ActorKind.PERSON,
            name="Joe Biden",
            names=names(("جو بايدن", "ar"), ("Joe Biden", "en")),
            identifiers={"wikidata": "Q6279"},
        ),
        Actor(
            id="bennett",
            kind=ActorKind.PERSON,
            name="Naftali Bennett",
            names=names(("نفتالي بينيت", "ar"), ("Naftali Bennett", "en")),
        ),
        Actor(
            id="white-house",
            kind=ActorKind.ORGANIZATION,
            name="White House",
            names=names(("البيت الأبيض", "ar"), ("White House", "en")),
            identifiers={"cameo": "USAGOV"},
        ),
        Actor(
            id="walla",
            kind=ActorKind.MEDIA,
            name="Walla",
            names=names(("والا", "ar"), ("Walla", "en")),
        ),
        Actor(
            id="us",
            kind=ActorKind.COUNTRY,
            name="United States",
            names=names(("الولايات المتحدة", "ar"), ("United States", "en")),
            identifiers={"cameo": "USA", "iso3166": "US", "wikidata": "Q30"},
        ),
        Actor(
            id="israel",
            kind=ActorKind.COUNTRY,
            name="Israel",
            names=names(("إسرائيل", "ar"), ("Israel", "en")),
            identifiers={"cameo": "ISR", "iso3166": "IL", "wikidata": "Q801"},
        ),
        Actor(
            id="iran",
            kind=ActorKind.COUNTRY,
            name="Iran",
            names=names(("إيران", "ar"), ("Iran", "en")),
            identifiers={"cameo": "IRN", "iso3166": "IR", "wikidata": "Q794"},
        ),
        Actor(
            id="scg",
            kind=ActorKind.ORGANIZATION,
            name="US–Israel Strategic Consultative Group",
            names=names(
                ("المجموعة الاستشارية الاستراتيجية بين الولايات المتحدة وإسرائيل", "ar"),
                ("SCG", "en"),
                ("US–Israel Strategic Consultative Group", "en"),
            ),
            members=("us", "israel"),
        ),
        Actor(
            id="iran-proxies",
            kind=ActorKind.GROUP,
            name="Iran's proxies",
            names=names(("Iran's proxies", "en")),
        ),
        Actor(
            id="agency-reps",
            kind=ActorKind.GROUP,
            name="Senior representatives of the foreign-policy, defence and intelligence agencies",
            names=names(
                (
                    "Senior representatives of the foreign-policy, defence and intelligence "
                    "agencies",
                    "en",
                ),
            ),
        ),
        Actor(
            id="us-israeli-officials",
            kind=ActorKind.GROUP,
            name="US and Israeli officials",
            names=names(("US and Israeli officials", "en")),
            members=("sullivan", "hulata", "agency-reps"),
        ),
    )


def _with_roles(actors: tuple[Actor, ...], at: Locator) -> tuple[Actor, ...]:
    """Attach the roles, grounded where the article first states them in full."""
    roles = {
        "sullivan": Role(
            title="مستشار الأمن القومي",
            affiliation="us",
            span=at.find("مستشار الأمن القومي الأمريكى", MEETING),
        ),
        "hulata": Role(
            title="مستشار الأمن القومي",
            affiliation="israel",
            span=at.find("مستشار الأمن القومي الإسرائيلي", MEETING),
        ),
        "biden": Role(title="الرئيس", affiliation="us", span=at.find("الرئيس الأمريكي", WALLA)),
        "bennett": Role(
            title="رئيس الوزراء",
            affiliation="israel",
            span=at.find("رئيس الوزراء الإسرائيلي", WALLA),
        ),
    }
    return tuple(
        a.model_copy(update={"roles": (roles[a.id],)}) if a.id in roles else a for a in actors
    )


class _Mentions:
    """Collects mentions; ids are assigned in text order by :meth:`done`."""

    def __init__(self) -> None:
        self._items: list[Mention] = []

    def add(self, span: Span, *actors: str, form: MentionForm, confidence: float = 1.0) -> None:
        for actor in actors:
            self._items.append(
                Mention(id="m", actor=actor, span=span, form=form, confidence=confidence)
            )

    def name(self, span: Span, actor: str) -> None:
        self.add(span, actor, form=MentionForm.NAME)

    def nominal(self, span: Span, *actors: str, confidence: float = 1.0) -> None:
        self.add(span, *actors, form=MentionForm.NOMINAL, confidence=confidence)

    def pronoun(self, span: Span, *actors: str) -> None:
        self.add(span, *actors, form=MentionForm.PRONOUN)

    def implicit(self, span: Span, actor: str) -> None:
        self.add(span, actor, form=MentionForm.IMPLICIT)

    def done(self, order: Sequence[str]) -> tuple[Mention, ...]:
        rank = {actor: i for i, actor in enumerate(order)}
        items = sorted(
            self._items, key=lambda m: (m.span.start, -m.span.end, rank[m.actor], m.form)
        )
        return tuple(m.model_copy(update={"id": f"m{i}"}) for i, m in enumerate(items, start=1))


def _mentions(at: Locator, actor_order: Sequence[str]) -> tuple[Mention, ...]:
    m = _Mentions()
    f = at.find

    # Headline: the dual «مستشارا … الأميركي والإسرائيلي» is one nominal mention per adviser.
    m.nominal(f("مستشارا الأمن القومي الأميركي والإسرائيلي", HEADLINE), "sullivan", "hulata")
    m.nominal(f("الأميركي", HEADLINE), "us")
    m.nominal(f("الإسرائيلي", HEADLINE), "israel")
    m.pronoun(at.suffix(f("عزمهما", HEADLINE), "هما"), "sullivan", "hulata")
    m.name(f("إيران", HEADLINE), "iran")
    proxies = f("وكلائها", HEADLINE)
    m.nominal(proxies, "iran-proxies")
    m.pronoun(at.suffix(proxies, "ها"), "iran")

    # Lead: the dual head «مستشارا الأمن القومي», then each adviser in apposition.
    m.nominal(f("مستشارا الأمن القومي", LEAD), "sullivan", "hulata")
    m.nominal(f("الأميركي", LEAD), "us")
    m.name(f("جيك ساليفان", LEAD), "sullivan")
    counterpart = f("نظيره الإسرائيلي", LEAD)
    m.nominal(counterpart, "hulata")
    m.pronoun(at.suffix(f("نظيره", counterpart), "ه"), "sullivan")
    m.nominal(f("الإسرائيلي", LEAD), "israel")
    m.name(f("إيال هولاتا", LEAD), "hulata")
    m.pronoun(at.suffix(f("عزمهما", LEAD), "هما"), "sullivan", "hulata")
    m.name(f("إيران", LEAD), "iran")
    proxies = f("وكلائها", LEAD)
    m.nominal(proxies, "iran-proxies")
    m.pronoun(at.suffix(proxies, "ها"), "iran")

    m.nominal(f("مستشار الأمن القومي الأمريكى", MEETING), "sullivan")
    m.nominal(f("الأمريكى", MEETING), "us")
    m.nominal(f("مستشار الأمن القومي الإسرائيلي", MEETING), "hulata")
    m.nominal(f("الإسرائيلي", MEETING), "israel")
    m.nominal(f("البلدين", MEETING), "us", "israel")

    m.name(f("المجموعة الاستشارية الاستراتيجية بين الولايات المتحدة وإسرائيل", FRAME), "scg")
    m.name(f("الولايات المتحدة", FRAME), "us")
    m.name(f("إسرائيل", FRAME), "israel")
    m.name(f("SCG", FRAME), "scg")
    m.name(f("البيت الأبيض", FRAME), "white-house")

    reps = "ممثلون رفيعو المستوى من وكالات السياسة الخارجية والدفاع والاستخبارات الخاصة"
    m.nominal(f(reps, JOINED), "agency-reps")
    # «الجانبان»: the two sides of the meeting, i.e. the two countries' delegations.
    m.nominal(f("الجانبان", JOINED), "us", "israel", confidence=0.9)

    m.nominal(f("المسؤولون", DISCUSSED), "us-israeli-officials")
    m.nominal(f("المجموعة", DISCUSSED), "scg")
    m.nominal(f("الإيراني", DISCUSSED), "iran")

    m.nominal(f("المسؤولون الأمريكيون والإسرائيليون", AGREED), "us-israeli-officials")
    m.nominal(f("الأمريكيون", AGREED), "us")
    m.nominal(f("الإسرائيليون", AGREED), "israel")
    m.pronoun(at.suffix(f("أنهم", AGREED), "هم"), "us-israeli-officials")
    m.pronoun(at.suffix(f("لأمنهم", AGREED), "هم"), "us-israeli-officials")

    m.nominal(f("مستشار الأمن القومي الإسرائيلي", SUBHEAD), "hulata")
    m.nominal(f("الإسرائيلي", SUBHEAD), "israel")
    m.name(f("إيران", SUBHEAD), "iran")

    m.nominal(f("مستشار الأمن القومي الإسرائيلي", TRIP), "hulata")
    m.nominal(f("الإسرائيلي", TRIP), "israel")
    m.name(f("إيال هولتا", TRIP), "hulata")
    m.name(f("البيت الأبيض", TRIP), "white-house")
    counterpart = f("نظيره الأمريكي", TRIP)
    m.nominal(counterpart, "sullivan")
    m.pronoun(at.suffix(f("نظيره", counterpart), "ه"), "hulata")
    m.nominal(f("الأمريكي", TRIP), "us")
    m.name(f("جيك سوليفان", TRIP), "sullivan")
    m.nominal(f("الإيراني", TRIP), "iran")

    m.name(f("والا", WALLA), "walla")
    m.nominal(f("الإسرائيلي", WALLA, 0), "israel")
    m.name(f("هولتا", WALLA), "hulata")
    m.pronoun(at.suffix(f("محادثاته", WALLA), "ه"), "hulata")
    m.name(f("البيت الأبيض", WALLA), "white-house")
    m.nominal(f("الرئيس الأمريكي", WALLA), "biden")
    m.nominal(f("الأمريكي", WALLA), "us")
    m.name(f("جو بايدن", WALLA), "biden")
    m.nominal(f("رئيس الوزراء الإسرائيلي", WALLA), "bennett")
    m.nominal(f("الإسرائيلي", WALLA, 1), "israel")
    m.name(f("نفتالي بينيت", WALLA), "bennett")

    m.name(f("هولتا", SAID), "hulata")
    m.nominal(f("الأمريكيين", SAID), "us")
    m.nominal(f("رئيس الوزراء", SAID), "bennett")
    m.implicit(f("مشددا", SAID), "hulata")
    m.name(f("إسرائيل", SAID), "israel")
    m.name(f("الولايات المتحدة", SAID), "us")
    m.nominal(f("الإيراني", SAID), "iran")

    m.implicit(f("وأضاف", ADDED), "hulata")
    m.implicit(f("أتحدث", ADDED), "hulata")
    m.name(f("جيك", ADDED), "sullivan")
    m.name(f("سوليفان", ADDED), "sullivan")
    m.implicit(f("مشيرا", ADDED), "hulata")
    m.name(f("إسرائيل", ADDED), "israel")
    m.name(f("الولايات المتحدة", ADDED), "us")
    m.nominal(f("الإيرانية", ADDED), "iran")

    m.implicit(f("وأوضح", EXPLAINED), "hulata")
    m.implicit(f("محذرا", EXPLAINED), "hulata")
    m.name(f("الولايات المتحدة", EXPLAINED), "us")
    m.pronoun(at.suffix(f("عودتها", EXPLAINED), "ها"), "us")
    m.pronoun(at.suffix(f("لها", EXPLAINED), "ها"), "us")
    m.name(f("إيران", EXPLAINED), "iran")

    return m.done(actor_order)


def _times(at: Locator) -> tuple[TimeExpr, ...]:
    return (
        TimeExpr(id="t1", span=at.find("الخميس", LEAD), granularity=Granularity.WEEKDAY, weekday=4),
        TimeExpr(id="t2", span=at.find("ديسمبر", DISCUSSED), granularity=Granularity.MONTH),
        TimeExpr(
            id="t3", span=at.find("2022", EXPLAINED), granularity=Granularity.YEAR, value="2022"
        ),
    )


def _places(at: Locator) -> tuple[Place, ...]:
    def washington(pid: str, paragraph: int) -> Place:
        return Place(
            id=pid,
            span=at.find("واشنطن", paragraph),
            name="Washington",
            kind=PlaceKind.CITY,
            identifiers={"wikidata": "Q61"},
        )

    def white_house(pid: str, paragraph: int) -> Place:
        return Place(
            id=pid,
            span=at.find("البيت الأبيض", paragraph),
            name="White House",
            kind=PlaceKind.BUILDING,
            actor="white-house",
        )

    return (
        washington("p1", SUBHEAD),
        washington("p2", TRIP),
        white_house("p3", TRIP),
        washington("p4", WALLA),
        white_house("p5", WALLA),
    )


def _statements(at: Locator) -> list[Statement]:
    f = at.find
    hulata_named = f("هولتا", SAID)  # the last named speaker, carried over to what follows

    said = f("وقال", SAID)
    stressing = f("مشددا", SAID)
    added = f("وأضاف", ADDED)
    noting = f("مشيرا", ADDED)
    explained = f("وأوضح", EXPLAINED)
    warning = f("محذرا", EXPLAINED)
    direct = [
        (said, "قال", Stance.SAY, ()),
        (stressing, "شدد", Stance.STRESS, (hulata_named,)),
        (added, "أضاف", Stance.ADD, (hulata_named,)),
        (noting, "أشار", Stance.NOTE, (hulata_named,)),
        (explained, "أوضح", Stance.EXPLAIN, (hulata_named,)),
        (warning, "حذر", Stance.WARN, (hulata_named,)),
    ]

    frame = at.through(f("وجاء", FRAME), f("(SCG)", FRAME))
    statements = [
        Statement(
            id="s",
            speakers=("sullivan", "hulata"),
            cue=f("أكدا", LEAD),
            cue_lemma="أكد",
            stance=Stance.AFFIRM,
            quote=QuoteKind.INDIRECT,
            content=f("عزمهما لمواجهة تهديدات إيران ووكلائها", LEAD),
            time="t1",
            evidence=(f("يؤكدان عزمهما مواجهة تهديدات إيران ووكلائها", HEADLINE),),
        ),
        Statement(
            id="s",
            speakers=("white-house",),
            cue=f("نقله", FRAME),
            cue_lemma="نقل",
            stance=Stance.REPORT,
            quote=QuoteKind.INDIRECT,
            content=frame,
            evidence=(f("وفق ما نقله البيت الأبيض في بيان", FRAME),),
        ),
        Statement(
            id="s",
            speakers=("us-israeli-officials",),
            cue=f("واتفق", AGREED),
            cue_lemma="اتفق",
            stance=Stance.AGREE,
            quote=QuoteKind.INDIRECT,
            content=at.through(f("سيبقون", AGREED), f("لأمنهم القومي", AGREED)),
            reported_by="white-house",
        ),
        Statement(
            id="s",
            speakers=("walla",),
            cue=f("وبحسب", WALLA),
            cue_lemma="بحسب",
            stance=Stance.REPORT,
            quote=QuoteKind.INDIRECT,
            content=at.through(f("تم", WALLA), f("نفتالي بينيت", WALLA)),
            evidence=(f("موقع “والا” الإسرائيلي", WALLA),),
        ),
    ]
    for cue, lemma, stance, evidence in direct:
        statements.append(
            Statement(
                id="s",
                speakers=("hulata",),
                cue=cue,
                cue_lemma=lemma,
                stance=stance,
                quote=QuoteKind.DIRECT,
                content=at.quoted(cue),
                evidence=evidence,
            )
        )
    return statements


def _meetings(at: Locator) -> list[Meeting]:
    f = at.find
    pair = (Participant(actor="hulata"), Participant(actor="sullivan"))
    often = f("بشكل متكرر", ADDED)
    speak = f("أتحدث", ADDED)
    return [
        Meeting(
            id="e",
            trigger=f("اجتماعا افتراضيا", MEETING),
            participants=(
                Participant(actor="sullivan"),
                Participant(actor="hulata"),
                Participant(actor="agency-reps"),
            ),
            mode=MeetingMode.VIRTUAL,
            status=MeetingStatus.OCCURRED,
            framework="scg",
            topics=(
                Topic(
                    span=f("لبحث ملفات أمنية واستراتيجية تهم البلدين", MEETING),
                    label="security and strategic issues of both countries",
                ),
                Topic(
                    span=f("التدريبات العسكرية القادمة", JOINED), label="upcoming military drills"
                ),
                Topic(
                    span=f(
                        "التطورات الإقليمية المهمة منذ اجتماع المجموعة الأخير في ديسمبر", DISCUSSED
                    ),
                    label="regional developments since the group's last meeting",
                ),
                Topic(
                    span=f("التقدم في البرنامج النووي الإيراني", DISCUSSED),
                    label="progress of Iran's nuclear programme",
                ),
            ),
            reported_by="white-house",
            evidence=(
                f("وقبل ذلك", MEETING),
                at.through(f("ضمن إطار", FRAME), f("(SCG)", FRAME)),
                f("وانضم إلى الاجتماع", JOINED),
            ),
        ),
        Meeting(
            id="e",
            trigger=f("اجتماع", DISCUSSED),
            participants=(Participant(actor="scg"),),
            status=MeetingStatus.OCCURRED,
            framework="scg",
            time="t2",
            reported_by="white-house",
            evidence=(f("اجتماع المجموعة الأخير في ديسمبر", DISCUSSED),),
        ),
        Meeting(
            id="e",
            trigger=f("محادثات", TRIP),
            participants=(
                Participant(actor="sullivan", role=ParticipantRole.HOST),
                Participant(actor="hulata", role=ParticipantRole.GUEST),
            ),
            mode=MeetingMode.IN_PERSON,
            status=MeetingStatus.PLANNED,
            place="p3",
            topics=(
                Topic(span=f("لبحث ملف إيران", SUBHEAD), label="Iran"),
                Topic(span=f("حول الملف الإيراني", TRIP), label="Iran"),
            ),
            reported_by="walla",
            evidence=(
                at.paragraph(SUBHEAD),
                at.through(f("توجه", TRIP), f("واشنطن", TRIP)),
                at.through(f("محادثاته", WALLA), f("ستكون", WALLA)),
            ),
        ),
        Meeting(
            id="e",
            trigger=f("للمكالمة الهاتفية", WALLA),
            participants=(Participant(actor="biden"), Participant(actor="bennett")),
            mode=MeetingMode.PHONE,
            status=MeetingStatus.OCCURRED,
            reported_by="walla",
            evidence=(at.through(f("بين", WALLA), f("نفتالي بينيت", WALLA)),),
        ),
        Meeting(
            id="e",
            trigger=speak,
            participants=pair,
            mode=MeetingMode.PHONE,
            status=MeetingStatus.RECURRING,
            reported_by="hulata",
            evidence=(often, f("عبر الهاتف", ADDED)),
        ),
        Meeting(
            id="e",
            trigger=f("مكالمات الفيديو", ADDED),
            participants=pair,
            mode=MeetingMode.VIRTUAL,
            status=MeetingStatus.RECURRING,
            reported_by="hulata",
            evidence=(speak, often),
        ),
    ]


def _anchor(event: Meeting | Statement) -> int:
    if isinstance(event, Meeting):
        return event.trigger.start
    return event.cue.start if event.cue is not None else event.content.start


def _about(statement: Statement, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The actors other than the speakers that the statement's content refers to."""
    about: list[str] = []
    for m in mentions:
        if (
            statement.content.contains(m.span)
            and m.actor not in statement.speakers
            and m.actor not in about
        ):
            about.append(m.actor)
    return tuple(about)


def build() -> Document:
    """The seed document, built from the package copy of the seed text."""
    article = parse_article(seed_text(), language="ar", id=SEED_ID)
    at = Locator(article)
    actors = _with_roles(_actors(), at)
    mentions = _mentions(at, [a.id for a in actors])
    events: list[Meeting | Statement] = [*_statements(at), *_meetings(at)]
    events.sort(key=_anchor)
    numbered: list[Meeting | Statement] = []
    counts = {"s": 0, "e": 0}
    for event in events:
        prefix = "e" if isinstance(event, Meeting) else "s"
        counts[prefix] += 1
        update: dict[str, object] = {"id": f"{prefix}{counts[prefix]}"}
        if isinstance(event, Statement):
            update["about"] = _about(event, mentions)
        numbered.append(event.model_copy(update=update))
    # Validate the whole document: model_copy does not, the constructor does.
    return Document.model_validate(
        {
            "article": article,
            "actors": actors,
            "mentions": mentions,
            "events": numbered,
            "times": _times(at),
            "places": _places(at),
        }
    )


def render() -> str:
    """The JSON text of the seed document, exactly as committed in ``seed.json``."""
    return build().model_dump_json(indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check``, compare) ``newsevents/fixtures/seed.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed JSON differs, write nothing"
    )
    args = parser.parse_args(argv)
    rendered = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != rendered:
            print(f"{OUTPUT} is stale; run python scripts/annotate_seed.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(rendered, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
