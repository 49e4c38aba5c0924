"""Score an extractor against hand-made gold annotations.

A gold file ``NN.gold.json`` sits next to its article ``NN.txt`` and lists statements
(``speaker``, ``verb``, ``quote``, ``direct``), meetings (``participants``, ``mode``, ``status``,
``trigger``) and actors (``name``, ``kind``, ``mentions``). Every gold string is an exact
substring of the article; gold holds strings, not offsets, so the scorer first locates each
string in the text and then compares the located spans with the spans of the predicted
:class:`~newsevents.model.Document`.

Run it from the command line::

    python -m newsevents.evaluate tests/corpus/ar tests/corpus/en --per-file
    python -m newsevents.evaluate tests/corpus/en --json
    python -m newsevents.evaluate tests/corpus/ar/03.gold.json --explain

or from Python with any callable that turns a text into a document::

    from newsevents.evaluate import evaluate
    report = evaluate(["tests/corpus/ar"], extractor=my_extract)
    report.total.statements.f1

The rules, in short (``docs/quality.md`` explains each one):

* **Spans match leniently.** Both spans are reduced to the word tokens they touch (runs of
  letters, marks and digits, so a clitic glued to a word belongs to it). They match when the
  token sets overlap with a Jaccard index of at least 0.5, or when one set contains the other.
* **Matching is one-to-one.** Predictions and gold items are paired by a maximum matching that
  first maximizes the number of pairs and then their overlap; a prediction counts once.
* **Statements**: the content must match an occurrence of the gold quote; for the
  statement+speaker score one of the predicted speakers must also match the gold speaker by
  name (see :func:`names_match`), or, for a gold speaker that is no actor's name (a joint
  «الجانبان»), a prediction with several speakers must have its cue or content start in a
  sentence holding that phrase. Direct-speech accuracy is measured over content-matched pairs.
* **Meetings**: the trigger must match an occurrence of the gold trigger, or, when the
  triggers differ, lie in the same sentence as it with at least two gold participants (all of
  them when there are fewer) matched by predicted participants. Predicted meetings that are
  negated, cancelled or hypothetical are left out, as gold does not annotate them. Gold
  ``held`` and ``reported_past`` both mean the meeting took place; gold ``planned`` means planned.
* **Headline**: gold does not annotate statements or meetings in line 1, so predicted
  statements and meetings that lie wholly in line 1 are left out. Names in line 1 do count.
* **Name mentions**: predicted mentions of form ``name`` against every occurrence of every gold
  mention string (whole words; an Arabic proclitic may precede; the longest string wins).
* **Alias clustering**: pairwise precision and recall over the matched name mentions, gold
  actor against predicted actor.
* A score with nothing to count (no gold item and no prediction) is ``None`` ("n/a"), and adds
  nothing to the corpus totals, which are micro-averaged (counts summed over files).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Final, Literal, Self

import attrs
import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field

from .errors import DocumentError, Problem
from .model import (
    Actor,
    ActorKind,
    Document,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Mention,
    MentionForm,
    Name,
    Participant,
    Polarity,
    QuoteKind,
    Span,
    Statement,
)
from .parse import parse_article
from .text.normalize import fold, skeleton

__all__ = [
    "MIN_JACCARD",
    "UNNAMED_COUNTERPART",
    "Accuracy",
    "Extractor",
    "FileResult",
    "Finding",
    "Gold",
    "GoldActor",
    "GoldError",
    "GoldMeeting",
    "GoldMeetingStatus",
    "GoldStatement",
    "Metrics",
    "Report",
    "Score",
    "evaluate",
    "explain",
    "gold_document",
    "load_gold",
    "main",
    "names_match",
    "parse_gold",
    "render_table",
    "score_document",
]

Extractor = Callable[[str], Document]
"""What :func:`evaluate` scores: a callable from article text to a :class:`Document`."""

PathLike = str | os.PathLike[str]

_GOLD_SUFFIX: Final = ".gold.json"
_TEXT_SUFFIX: Final = ".txt"
MIN_JACCARD: Final = 0.5
"""Token-set Jaccard index from which two spans match (containment matches too)."""


# -- gold ----------------------------------------------------------------------------------


class _GoldModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class GoldMeetingStatus(StrEnum):
    """Where a gold meeting stands in time."""

    HELD = "held"
    """The article's news event."""
    PLANNED = "planned"
    """Scheduled or announced for the future."""
    REPORTED_PAST = "reported_past"
    """An earlier or background meeting."""


class GoldStatement(_GoldModel):
    """One attributed speech act of the gold."""

    speaker: str = Field(min_length=1, description="The speaker as a surface name form.")
    verb: str = Field(description="The speech verb as written; empty when there is none.")
    quote: str = Field(min_length=1, description="What was said, as written.")
    direct: bool = Field(description="Whether the whole content is quoted speech.")


class GoldMeeting(_GoldModel):
    """One meeting of the gold."""

    participants: tuple[Annotated[str, Field(min_length=1)], ...] = Field(
        min_length=1, description="Participants as written."
    )
    mode: MeetingMode = Field(description="How the participants meet.")
    status: GoldMeetingStatus
    trigger: str = Field(min_length=1, description="The meeting word or phrase as written.")


class GoldActor(_GoldModel):
    """One actor of the gold with its proper-name surface forms."""

    name: str = Field(min_length=1, description="Canonical name.")
    kind: ActorKind
    mentions: tuple[str, ...] = Field(description="Proper-name surface forms in the text.")


class Gold(_GoldModel):
    """The gold annotation of one article."""

    statements: tuple[GoldStatement, ...] = ()
    meetings: tuple[GoldMeeting, ...] = ()
    actors: tuple[GoldActor, ...] = ()


class GoldError(DocumentError):
    """A gold file that is malformed or does not match its text; lists every problem."""

    code = "invalid_gold"


def parse_gold(data: str | bytes, text: str, *, source: str | None = None) -> Gold:
    """Validate gold JSON and check that every gold string occurs in ``text``.

    :param data: the JSON of a gold file.
    :param text: the article the gold annotates.
    :param source: the file name to put in error messages.
    :raises GoldError: the JSON is malformed, has the wrong shape, or holds a string that is
        not a substring of ``text``; every problem is listed with its path.
    """
    try:
        gold = Gold.model_validate_json(data)
    except ValidationError as exc:
        problems = [
            Problem(str(e["type"]), _path(e["loc"]), str(e["msg"]))
            for e in exc.errors(include_url=False)
        ]
        raise GoldError(problems, source=source, title="gold") from None
    _check_grounding(gold, text, source)
    return gold


def _check_grounding(gold: Gold, text: str, source: str | None = None) -> None:
    problems = list(_grounding_problems(gold, text))
    if problems:
        raise GoldError(problems, source=source, title="gold")


def load_gold(path: PathLike) -> tuple[str, Gold]:
    """Read a gold file and its article: ``NN.gold.json`` and ``NN.txt`` beside it.

    ``path`` may name either file. The text is read as UTF-8 exactly as stored (line endings
    kept).

    :returns: ``(text, gold)``.
    :raises GoldError: the gold is invalid (see :func:`parse_gold`).
    :raises FileNotFoundError: one of the two files does not exist.
    """
    gold_path, text_path = _pair(Path(path))
    with open(text_path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, parse_gold(gold_path.read_bytes(), text, source=str(gold_path))


def _pair(path: Path) -> tuple[Path, Path]:
    name = path.name
    if name.endswith(_GOLD_SUFFIX):
        stem = name[: -len(_GOLD_SUFFIX)]
    elif name.endswith(_TEXT_SUFFIX):
        stem = name[: -len(_TEXT_SUFFIX)]
    else:
        raise ValueError(f"{path}: expected a {_GOLD_SUFFIX} or {_TEXT_SUFFIX} file")
    return path.with_name(stem + _GOLD_SUFFIX), path.with_name(stem + _TEXT_SUFFIX)


def _path(loc: Iterable[str | int]) -> str:
    from .errors import format_path

    return format_path(loc)


def _grounding_problems(gold: Gold, text: str) -> Iterable[Problem]:
    if not text.strip():
        yield Problem("gold_empty_text", "$", "the article text is empty")
        return

    def check(value: str, path: str) -> Iterable[Problem]:
        if value and value not in text:
            yield Problem("gold_not_in_text", path, f"{value!r} does not occur in the text")

    for i, s in enumerate(gold.statements):
        yield from check(s.speaker, f"statements[{i}].speaker")
        yield from check(s.verb, f"statements[{i}].verb")
        yield from check(s.quote, f"statements[{i}].quote")
    for i, m in enumerate(gold.meetings):
        yield from check(m.trigger, f"meetings[{i}].trigger")
        for j, p in enumerate(m.participants):
            yield from check(p, f"meetings[{i}].participants[{j}]")
    for i, a in enumerate(gold.actors):
        for j, mention in enumerate(a.mentions):
            if not mention:
                yield Problem("gold_empty_mention", f"actors[{i}].mentions[{j}]", "empty mention")
            yield from check(mention, f"actors[{i}].mentions[{j}]")


# -- scores --------------------------------------------------------------------------------


class _ReportModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Score(_ReportModel):
    """Counts of one detection task, with precision, recall and F1 derived from them.

    A ratio whose denominator is zero is ``None``: precision with no prediction, recall with
    no gold item, F1 with neither.
    """

    tp: int = Field(default=0, ge=0, description="Predictions matched to a gold item.")
    fp: int = Field(default=0, ge=0, description="Predictions matched to no gold item.")
    fn: int = Field(default=0, ge=0, description="Gold items matched by no prediction.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """``2 tp / (2 tp + fp + fn)``, the harmonic mean of precision and recall."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: Score) -> Score:
        return Score(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Accuracy(_ReportModel):
    """How many matched pairs agree on an attribute."""

    correct: int = Field(default=0, ge=0)
    total: int = Field(default=0, ge=0, description="Matched pairs compared.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float | None:
        """``correct / total``; ``None`` when no pair was compared."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


class Metrics(_ReportModel):
    """Every score of one file, or of a corpus (counts summed: micro-averaged)."""

    statements: Score = Field(
        default_factory=Score, description="Statements whose content and speaker match."
    )
    statement_content: Score = Field(
        default_factory=Score, description="Statements whose content matches, any speaker."
    )
    direct: Accuracy = Field(
        default_factory=Accuracy,
        description="Direct vs not direct, over content-matched statement pairs.",
    )
    meetings: Score = Field(default_factory=Score, description="Meetings.")
    meeting_mode: Accuracy = Field(
        default_factory=Accuracy, description="Mode, over matched meeting pairs."
    )
    meeting_status: Accuracy = Field(
        default_factory=Accuracy,
        description="Took place vs planned, over matched meeting pairs.",
    )
    mentions: Score = Field(default_factory=Score, description="Name mentions.")
    aliases: Score = Field(
        default_factory=Score,
        description="Pairs of matched name mentions put in one actor (pairwise clustering).",
    )

    def __add__(self, other: Metrics) -> Metrics:
        return Metrics(
            statements=self.statements + other.statements,
            statement_content=self.statement_content + other.statement_content,
            direct=self.direct + other.direct,
            meetings=self.meetings + other.meetings,
            meeting_mode=self.meeting_mode + other.meeting_mode,
            meeting_status=self.meeting_status + other.meeting_status,
            mentions=self.mentions + other.mentions,
            aliases=self.aliases + other.aliases,
        )


class Finding(_ReportModel):
    """One error of the extractor on one file.

    A missed gold item, a spurious prediction, or a matched pair that disagrees (on the
    speaker, direct speech, the mode or the status).
    """

    task: Literal["statements", "direct", "meetings", "meeting_mode", "meeting_status", "mentions"]
    kind: Literal["missed", "spurious", "disagrees"]
    gold: str | None = Field(default=None, description="The gold item, as its strings.")
    predicted: str | None = Field(default=None, description="The prediction, as text.")
    span: Span | None = Field(
        default=None,
        description="Where: the prediction's span, or the first occurrence of the gold item.",
    )

    def __str__(self) -> str:
        where = f" at {self.span}" if self.span is not None else ""
        parts = [f"{self.task}: {self.kind}{where}"]
        if self.gold is not None:
            parts.append(f"gold: {self.gold}")
        if self.predicted is not None:
            parts.append(f"predicted: {self.predicted}")
        return "; ".join(parts)


class FileResult(_ReportModel):
    """The scores of one gold file, or why it could not be scored."""

    path: str = Field(description="The gold file.")
    metrics: Metrics | None = Field(
        default=None,
        description=(
            "The scores; `None` when the gold file is invalid. When the extractor failed, the "
            "file is scored as if nothing had been extracted."
        ),
    )
    error: str | None = Field(default=None, description="What went wrong, if anything.")
    error_kind: Literal["gold", "extractor"] | None = Field(
        default=None, description="`gold`: the gold file is invalid; `extractor`: it failed."
    )
    findings: tuple[Finding, ...] = Field(
        default=(), description="The extractor's errors, when asked for (`explain=True`)."
    )


class Report(_ReportModel):
    """The result of :func:`evaluate`: one row per gold file and the corpus totals."""

    files: tuple[FileResult, ...] = ()
    total: Metrics = Field(
        default_factory=Metrics, description="Counts summed over the scored files."
    )

    @property
    def failures(self) -> tuple[FileResult, ...]:
        """The files with an invalid gold or an extractor failure."""
        return tuple(f for f in self.files if f.error is not None)


# -- spans and tokens ----------------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
# Arabic proclitics that may precede a name inside its word: و ف ب ل ك, optionally with ال.
_PROCLITICS = regex.compile(r"(?:[وف]?[بلك]?(?:ال)?|[وف]?ل)")
# The same, as a word prefix a name may carry («لل» is ل + ال with the alef elided).
_PROCLITIC_PREFIX = regex.compile(r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)")
_QUOTE_MARK = regex.compile(r"[\"«»“”„‘’‚‹›「」『』]")

Tokens = frozenset[int]


@attrs.frozen
class _Text:
    """An article text prepared for matching: word tokens, sentences and the headline."""

    text: str
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    body_start: int

    @classmethod
    def of(cls, text: str) -> Self:
        starts, ends = [], []
        for m in _TOKEN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        article = parse_article(text)
        sentences = tuple((s.start, s.end) for p in article.paragraphs for s in p.sentences) or (
            (0, len(text)),
        )
        return cls(
            text,
            tuple(starts),
            tuple(ends),
            sentences,
            tuple(s for s, _ in sentences),
            _body_start(text),
        )

    def tokens(self, start: int, end: int) -> Tokens:
        """Indices of the tokens that share at least one code point with ``[start, end)``."""
        lo = bisect_right(self.token_ends, start)
        hi = bisect_left(self.token_starts, end)
        return frozenset(range(lo, hi))

    def sentence(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest before it between sentences)."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def in_headline(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly in line 1 of a text of several lines."""
        return end <= self.body_start and self.body_start > 0


def _body_start(text: str) -> int:
    """Offset of line 2: the end of the first non-blank line; 0 for a one-line text."""
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            return pos if pos < len(text.rstrip()) else 0
    return 0


def _overlap(pred: Tokens, gold: Tokens) -> float | None:
    """The Jaccard index when the token sets match (Jaccard ≥ 0.5 or containment), else None."""
    if not pred or not gold:
        return None
    common = len(pred & gold)
    if not common:
        return None
    jaccard = common / len(pred | gold)
    if jaccard >= MIN_JACCARD or common == len(pred) or common == len(gold):
        return jaccard
    return None


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text``, overlapping ones included."""
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _body_occurrences(t: _Text, needle: str) -> list[tuple[int, int]]:
    """Occurrences after line 1, or all of them when there is none there."""
    found = _occurrences(t.text, needle)
    body = [o for o in found if not t.in_headline(*o)]
    return body or found


def _name_occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Occurrences of a name as whole words (an Arabic proclitic may be glued before it).

    Falls back to every occurrence when the name never stands as a whole word.
    """
    found = _occurrences(text, needle)
    whole = []
    for s, e in found:
        if e < len(text) and _WORD_CHAR.match(text[e]) and _WORD_CHAR.match(text[e - 1]):
            continue
        w = s
        while w > 0 and _WORD_CHAR.match(text[w - 1]):
            w -= 1
        if w < s and (not _WORD_CHAR.match(text[s]) or not _PROCLITICS.fullmatch(text[w:s])):
            continue
        whole.append((s, e))
    return whole or found


def _gold_mentions(text: str, gold: Gold) -> list[tuple[int, int, int]]:
    """Every gold name mention as ``(start, end, actor index)``, longest string first."""
    found = [
        (s, e, i)
        for i, actor in enumerate(gold.actors)
        for mention in dict.fromkeys(actor.mentions)
        for s, e in _name_occurrences(text, mention)
    ]
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0], x[2]))
    kept: list[tuple[int, int, int]] = []
    for s, e, i in found:
        if all(e <= ks or ke <= s for ks, ke, _ in kept):
            kept.append((s, e, i))
    kept.sort()
    return kept


def _meeting_anchors(t: _Text, meeting: GoldMeeting) -> list[tuple[int, int]]:
    """The occurrences of a gold trigger that best fit it: most participants in the sentence."""
    found = _body_occurrences(t, meeting.trigger)

    def fit(occ: tuple[int, int]) -> int:
        s, e = t.sentences[t.sentence(occ[0])]
        sentence = t.text[s:e]
        return sum(1 for p in meeting.participants if p in sentence)

    best = max((fit(o) for o in found), default=0)
    return [o for o in found if fit(o) == best]


# -- names ---------------------------------------------------------------------------------


def _token_keys(token: str) -> frozenset[str]:
    """Skeletons of a folded word and of the word without each proclitic prefix it may have."""
    forms = {token}
    for k in range(1, min(len(token) - 1, 5)):
        if _PROCLITIC_PREFIX.fullmatch(token[:k]):
            forms.add(token[k:])
    return frozenset(skeleton(f) or f for f in forms)


def _name_keys(name: str) -> tuple[frozenset[str], ...]:
    return tuple(_token_keys(token) for token in _TOKEN.findall(fold(name)))


def _covers(words: tuple[frozenset[str], ...], other: tuple[frozenset[str], ...]) -> bool:
    return all(any(w & o for o in other) for w in words)


def names_match(a: str, b: str) -> bool:
    """Whether two surface names can denote the same actor, leniently.

    Each word is folded (:func:`~newsevents.text.normalize.fold`) and reduced to its
    transliteration :func:`~newsevents.text.normalize.skeleton`, with and without each
    Arabic proclitic prefix it may carry (و ف ب ل ك, ال, لل). Two words agree when they share
    such a key; the names match when every word of one agrees with a word of the other:
    "Biden" and "Joe Biden", «للجانبين» and «الجانبان», «فهمى» and «نبيل فهمي».

    >>> names_match("Biden", "President Joe Biden"), names_match("Biden", "Xi")
    (True, False)
    """
    ka, kb = _name_keys(a), _name_keys(b)
    return bool(ka) and bool(kb) and (_covers(ka, kb) or _covers(kb, ka))


Forms = dict[str, tuple[str, ...]]


def _actor_forms(doc: Document) -> Forms:
    """Per actor id: its names, and the texts of its name and nominal mentions."""
    forms: dict[str, list[str]] = {a.id: [a.name, *(n.text for n in a.names)] for a in doc.actors}
    for m in doc.mentions:
        if m.actor in forms and m.form in (MentionForm.NAME, MentionForm.NOMINAL):
            forms[m.actor].append(doc.text_of(m.span))
    return {k: tuple(dict.fromkeys(v)) for k, v in forms.items()}


def _refers_to(forms: Forms, actor_id: str, surface: str) -> bool:
    return any(names_match(surface, form) for form in forms.get(actor_id, ()))


# -- one-to-one matching -------------------------------------------------------------------


def _assignment(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows ≤ columns).

    The Hungarian method with potentials, O(rows² · columns); returns each row's column.
    """
    n, m = len(cost), len(cost[0])
    inf = sys.maxsize
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: 1-based row assigned to column j, 0 if none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta, j1 = inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result


_QUALITY_STEPS: Final = 1000


def _match(n_pred: int, n_gold: int, edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """A one-to-one matching of predictions to gold items along ``edges``.

    ``edges`` maps ``(prediction, gold)`` to a quality in ``[0, 1]``. The matching has as many
    pairs as possible and, among those, the highest total quality.
    """
    if not edges:
        return []
    big = (min(n_pred, n_gold) + 1) * _QUALITY_STEPS
    transpose = n_pred > n_gold
    rows, cols = (n_gold, n_pred) if transpose else (n_pred, n_gold)
    cost = [[0] * cols for _ in range(rows)]
    for (p, g), q in edges.items():
        r, c = (g, p) if transpose else (p, g)
        cost[r][c] = -(big + round(q * (_QUALITY_STEPS - 1)))
    pairs = []
    for r, c in enumerate(_assignment(cost)):
        pair = (c, r) if transpose else (r, c)
        if c >= 0 and pair in edges:
            pairs.append(pair)
    return sorted(pairs)


def _score(n_pred: int, n_gold: int, matched: int) -> Score:
    return Score(tp=matched, fp=n_pred - matched, fn=n_gold - matched)


# -- scoring one document ------------------------------------------------------------------

_EXCLUDED_STATUS: Final = frozenset({MeetingStatus.CANCELLED, MeetingStatus.HYPOTHETICAL})
_TOOK_PLACE: Final = frozenset(
    {MeetingStatus.OCCURRED, MeetingStatus.ONGOING, MeetingStatus.RECURRING}
)
_GOLD_TOOK_PLACE: Final = frozenset({GoldMeetingStatus.HELD, GoldMeetingStatus.REPORTED_PAST})


def _status_agrees(gold: GoldMeetingStatus, pred: MeetingStatus) -> bool:
    if gold in _GOLD_TOOK_PLACE:
        return pred in _TOOK_PLACE
    return pred is MeetingStatus.PLANNED


def score_document(doc: Document, gold: Gold) -> Metrics:
    """Score one predicted document against the gold of its text (see the module's rules).

    The gold strings are located in ``doc.text``; ``gold`` should have been checked against
    that text (:func:`parse_gold` does it).
    """
    return _score_all(doc, gold)[0]


def explain(doc: Document, gold: Gold) -> list[Finding]:
    """The errors behind :func:`score_document`'s counts, in task order.

    Each missed gold item, each spurious prediction and each matched pair that disagrees (a
    statement whose content matches but whose speaker does not, direct against indirect
    speech, a meeting's mode or status) becomes one :class:`Finding`.
    """
    return _score_all(doc, gold)[1]


def _score_all(doc: Document, gold: Gold) -> tuple[Metrics, list[Finding]]:
    t = _Text.of(doc.text)
    forms = _actor_forms(doc)
    findings: list[Finding] = []
    metrics = Metrics(
        **_score_statements(doc, gold, t, forms, findings),
        **_score_meetings(doc, gold, t, forms, findings),
        **_score_mentions(doc, gold, t, findings),
    )
    return metrics, findings


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _who(doc: Document, actors: Iterable[str]) -> str:
    names = []
    for a in actors:
        try:
            names.append(doc.actor(a).name)
        except KeyError:
            names.append(a)
    return " + ".join(names)


def _describe_statement(doc: Document, s: Statement) -> str:
    cue = doc.text_of(s.cue) if s.cue is not None else ""
    return f"{_who(doc, s.speakers)} | {cue} | {doc.text_of(s.content)} ({s.quote})"


def _describe_gold_statement(g: GoldStatement) -> str:
    return f"{g.speaker} | {g.verb} | {g.quote} ({'direct' if g.direct else 'not direct'})"


def _describe_meeting(doc: Document, m: Meeting) -> str:
    who = _who(doc, (p.actor for p in m.participants))
    return f"{who} | {doc.text_of(m.trigger)} | {m.mode} | {m.status}"


def _describe_gold_meeting(g: GoldMeeting) -> str:
    return f"{' + '.join(g.participants)} | {g.trigger} | {g.mode} | {g.status}"


def _score_statements(
    doc: Document, gold: Gold, t: _Text, forms: Forms, findings: list[Finding]
) -> dict[str, Score | Accuracy]:
    preds = [s for s in doc.statements if not t.in_headline(s.content.start, s.content.end)]
    anchors = [[t.tokens(*o) for o in _body_occurrences(t, g.quote)] for g in gold.statements]
    named = {m for a in gold.actors for m in a.mentions}
    content: dict[tuple[int, int], float] = {}
    full: dict[tuple[int, int], float] = {}
    for i, p in enumerate(preds):
        tokens = t.tokens(p.content.start, p.content.end)
        for j, g in enumerate(gold.statements):
            q = max((x for a in anchors[j] if (x := _overlap(tokens, a)) is not None), default=None)
            if q is None:
                continue
            content[i, j] = q
            if any(_refers_to(forms, sp, g.speaker) for sp in p.speakers) or (
                g.speaker not in named and _joint_speakers(t, p, g.speaker)
            ):
                full[i, j] = q
    content_pairs = _match(len(preds), len(gold.statements), content)
    full_pairs = _match(len(preds), len(gold.statements), full)
    direct = Accuracy(
        correct=sum(
            (preds[i].quote is QuoteKind.DIRECT) == gold.statements[j].direct
            for i, j in content_pairs
        ),
        total=len(content_pairs),
    )
    n_pred, n_gold = len(preds), len(gold.statements)
    # Findings: pairs whose content matches but not the speaker, then the rest.
    full_p = {i for i, _ in full_pairs}
    full_g = {j for _, j in full_pairs}
    wrong_speaker = [(i, j) for i, j in content_pairs if i not in full_p and j not in full_g]
    for i, j in wrong_speaker:
        findings.append(
            Finding(
                task="statements",
                kind="disagrees",
                gold=_describe_gold_statement(gold.statements[j]),
                predicted=_describe_statement(doc, preds[i]),
                span=preds[i].content,
            )
        )
    explained_p = full_p | {i for i, _ in wrong_speaker}
    explained_g = full_g | {j for _, j in wrong_speaker}
    for j, g in enumerate(gold.statements):
        if j not in explained_g:
            findings.append(
                Finding(
                    task="statements",
                    kind="missed",
                    gold=_describe_gold_statement(g),
                    span=_span(*_body_occurrences(t, g.quote)[0]),
                )
            )
    for i, p in enumerate(preds):
        if i not in explained_p:
            findings.append(
                Finding(
                    task="statements",
                    kind="spurious",
                    predicted=_describe_statement(doc, p),
                    span=p.content,
                )
            )
    for i, j in content_pairs:
        if (preds[i].quote is QuoteKind.DIRECT) != gold.statements[j].direct:
            findings.append(
                Finding(
                    task="direct",
                    kind="disagrees",
                    gold=_describe_gold_statement(gold.statements[j]),
                    predicted=_describe_statement(doc, preds[i]),
                    span=preds[i].content,
                )
            )
    return {
        "statements": _score(n_pred, n_gold, len(full_pairs)),
        "statement_content": _score(n_pred, n_gold, len(content_pairs)),
        "direct": direct,
    }


def _joint_speakers(t: _Text, pred: Statement, speaker: str) -> bool:
    """Whether a joint prediction stands for a gold plural speaker («الجانبان», 'both leaders').

    Gold writes joint speakers as the phrase of the text; the model lists the members. A
    prediction with two or more speakers matches such a phrase when the phrase occurs in the
    sentence of the prediction's cue or of the start of its content.
    """
    if len(set(pred.speakers)) < 2:
        return False
    sentences = {t.sentence(pred.content.start)}
    if pred.cue is not None:
        sentences.add(t.sentence(pred.cue.start))
    return any(t.sentence(s) in sentences for s, _ in _occurrences(t.text, speaker))


def _participants_matched(forms: Forms, pred: Meeting, gold: GoldMeeting) -> int:
    edges = {
        (i, j): 1.0
        for i, part in enumerate(pred.participants)
        for j, surface in enumerate(gold.participants)
        if _refers_to(forms, part.actor, surface)
    }
    return len(_match(len(pred.participants), len(gold.participants), edges))


def _score_meetings(
    doc: Document, gold: Gold, t: _Text, forms: Forms, findings: list[Finding]
) -> dict[str, Score | Accuracy]:
    preds = [
        m
        for m in doc.meetings
        if m.polarity is not Polarity.NEGATIVE
        and m.status not in _EXCLUDED_STATUS
        and not t.in_headline(m.trigger.start, m.trigger.end)
    ]
    anchors = [_meeting_anchors(t, g) for g in gold.meetings]
    edges: dict[tuple[int, int], float] = {}
    for i, p in enumerate(preds):
        tokens = t.tokens(p.trigger.start, p.trigger.end)
        sentence = t.sentence(p.trigger.start)
        for j, g in enumerate(gold.meetings):
            together = _participants_matched(forms, p, g)
            fraction = together / len(g.participants)
            q = max(
                (x for a in anchors[j] if (x := _overlap(tokens, t.tokens(*a))) is not None),
                default=None,
            )
            if q is not None:
                edges[i, j] = (q + fraction) / 2
            elif together >= min(2, len(g.participants)) and any(
                t.sentence(a[0]) == sentence for a in anchors[j]
            ):
                edges[i, j] = fraction / 2
    pairs = _match(len(preds), len(gold.meetings), edges)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(gold.meetings):
        if j not in matched_g:
            findings.append(
                Finding(
                    task="meetings",
                    kind="missed",
                    gold=_describe_gold_meeting(g),
                    span=_span(*anchors[j][0]),
                )
            )
    for i, p in enumerate(preds):
        if i not in matched_p:
            findings.append(
                Finding(
                    task="meetings",
                    kind="spurious",
                    predicted=_describe_meeting(doc, p),
                    span=p.trigger,
                )
            )
    for i, j in pairs:
        g, p = gold.meetings[j], preds[i]
        if p.mode is not g.mode:
            findings.append(
                Finding(
                    task="meeting_mode",
                    kind="disagrees",
                    gold=_describe_gold_meeting(g),
                    predicted=_describe_meeting(doc, p),
                    span=p.trigger,
                )
            )
        if not _status_agrees(g.status, p.status):
            findings.append(
                Finding(
                    task="meeting_status",
                    kind="disagrees",
                    gold=_describe_gold_meeting(g),
                    predicted=_describe_meeting(doc, p),
                    span=p.trigger,
                )
            )
    return {
        "meetings": _score(len(preds), len(gold.meetings), len(pairs)),
        "meeting_mode": Accuracy(
            correct=sum(preds[i].mode is gold.meetings[j].mode for i, j in pairs),
            total=len(pairs),
        ),
        "meeting_status": Accuracy(
            correct=sum(_status_agrees(gold.meetings[j].status, preds[i].status) for i, j in pairs),
            total=len(pairs),
        ),
    }


def _score_mentions(
    doc: Document, gold: Gold, t: _Text, findings: list[Finding]
) -> dict[str, Score | Accuracy]:
    preds = [m for m in doc.mentions if m.form is MentionForm.NAME]
    golds = _gold_mentions(t.text, gold)
    gold_tokens = [t.tokens(s, e) for s, e, _ in golds]
    edges: dict[tuple[int, int], float] = {}
    for i, m in enumerate(preds):
        tokens = t.tokens(m.span.start, m.span.end)
        for j, g in enumerate(gold_tokens):
            q = _overlap(tokens, g)
            if q is not None:
                edges[i, j] = q
    pairs = _match(len(preds), len(golds), edges)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, (s, e, a) in enumerate(golds):
        if j not in matched_g:
            findings.append(
                Finding(
                    task="mentions",
                    kind="missed",
                    gold=f"{t.text[s:e]} ({gold.actors[a].name})",
                    span=_span(s, e),
                )
            )
    for i, m in enumerate(preds):
        if i not in matched_p:
            findings.append(
                Finding(
                    task="mentions",
                    kind="spurious",
                    predicted=f"{doc.text_of(m.span)} ({_who(doc, [m.actor])})",
                    span=m.span,
                )
            )
    clusters = [(golds[j][2], preds[i].actor) for i, j in pairs]
    tp = fp = fn = 0
    for a in range(len(clusters)):
        for b in range(a + 1, len(clusters)):
            same_gold = clusters[a][0] == clusters[b][0]
            same_pred = clusters[a][1] == clusters[b][1]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    return {
        "mentions": _score(len(preds), len(golds), len(pairs)),
        "aliases": Score(tp=tp, fp=fp, fn=fn),
    }


# -- the document gold describes -----------------------------------------------------------

_GOLD_STATUS: Final = {
    GoldMeetingStatus.HELD: MeetingStatus.OCCURRED,
    GoldMeetingStatus.REPORTED_PAST: MeetingStatus.OCCURRED,
    GoldMeetingStatus.PLANNED: MeetingStatus.PLANNED,
}


_GROUPS: Final = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})
UNNAMED_COUNTERPART: Final = "unnamed counterpart"
"""Name of the group actor :func:`gold_document` adds to a meeting with one named participant."""


def _distance_to(start: int, end: int) -> Callable[[tuple[int, int]], int]:
    def distance(occ: tuple[int, int]) -> int:
        return min(abs(occ[0] - end), abs(start - occ[1]))

    return distance


def gold_document(text: str, gold: Gold, *, id: str | None = None) -> Document:
    """The :class:`Document` that gold describes: what a perfect extractor would return.

    * every gold actor becomes an actor (``a1``, ``a2``, …) whose names are its mention
      strings, and every occurrence of a mention string a ``name`` mention (as scored);
    * a speaker or participant that is none of the actors' mention strings (an unnamed
      source, «الجانبان», 'two sides') becomes a ``group`` actor with a ``nominal`` mention;
    * a statement's content is the first occurrence of its quote after the headline (the next
      one for a repeated quote), its cue the occurrence of the verb nearest to it;
      ``direct: true`` is a direct quote, a quote holding quotation marks is mixed, any other
      is indirect;
    * a meeting's trigger is the occurrence that best fits its participants (a different one
      for each meeting sharing a trigger word, when there are enough); ``held`` and
      ``reported_past`` become ``occurred``. Gold allows a meeting with one named participant
      (a visit whose host is not named); the model needs two or a group, so such a meeting gets
      a ``group`` actor named :data:`UNNAMED_COUNTERPART`, with no mention, as its counterpart.

    Scoring this document against the same gold gives F1 = 1 on every task, which makes it a
    check that gold agrees with the model.

    :raises GoldError: a gold string does not occur in ``text``.
    """
    _check_grounding(gold, text)
    t = _Text.of(text)
    article = parse_article(text, id=id)
    actors: list[Actor] = []
    mentions: list[Mention] = []
    by_surface: dict[str, str] = {}
    for i, ga in enumerate(gold.actors, 1):
        actor_id = f"a{i}"
        actors.append(
            Actor(
                id=actor_id,
                kind=ga.kind,
                name=ga.name,
                names=tuple(Name(text=m) for m in dict.fromkeys(ga.mentions)),
            )
        )
        for m in ga.mentions:
            by_surface.setdefault(m, actor_id)
    for s, e, i in _gold_mentions(text, gold):
        mentions.append(
            Mention(id=f"m{len(mentions) + 1}", actor=f"a{i + 1}", span=Span(start=s, end=e))
        )

    def actor_for(surface: str) -> str:
        if surface in by_surface:
            return by_surface[surface]
        actor_id = f"a{len(actors) + 1}"
        actors.append(Actor(id=actor_id, kind=ActorKind.GROUP, name=surface))
        s, e = _body_occurrences(t, surface)[0]
        mentions.append(
            Mention(
                id=f"m{len(mentions) + 1}",
                actor=actor_id,
                span=Span(start=s, end=e),
                form=MentionForm.NOMINAL,
            )
        )
        by_surface[surface] = actor_id
        return actor_id

    def counterpart() -> str:
        actor_id = f"a{len(actors) + 1}"
        actors.append(Actor(id=actor_id, kind=ActorKind.GROUP, name=UNNAMED_COUNTERPART))
        return actor_id

    statements: list[Statement] = []
    taken: set[tuple[int, int]] = set()
    for i, gs in enumerate(gold.statements, 1):
        found = _body_occurrences(t, gs.quote)
        s, e = next((o for o in found if o not in taken), found[0])
        taken.add((s, e))
        cue = None
        if gs.verb:
            cue_at = min(_body_occurrences(t, gs.verb), key=_distance_to(s, e))
            cue = Span(start=cue_at[0], end=cue_at[1])
        if gs.direct:
            kind = QuoteKind.DIRECT
        elif _QUOTE_MARK.search(gs.quote):
            kind = QuoteKind.MIXED
        else:
            kind = QuoteKind.INDIRECT
        statements.append(
            Statement(
                id=f"s{i}",
                speakers=(actor_for(gs.speaker),),
                content=Span(start=s, end=e),
                quote=kind,
                cue=cue,
            )
        )

    meetings: list[Meeting] = []
    used: set[tuple[int, int]] = set()
    for i, gm in enumerate(gold.meetings, 1):
        anchors = _meeting_anchors(t, gm)
        s, e = next((a for a in anchors if a not in used), anchors[0])
        used.add((s, e))
        participants = tuple(
            Participant(actor=a) for a in dict.fromkeys(actor_for(p) for p in gm.participants)
        )
        kinds = {a.id: a.kind for a in actors}
        if len(participants) < 2 and not any(kinds[p.actor] in _GROUPS for p in participants):
            participants += (Participant(actor=counterpart()),)
        meetings.append(
            Meeting(
                id=f"e{i}",
                participants=participants,
                trigger=Span(start=s, end=e),
                mode=gm.mode,
                status=_GOLD_STATUS[gm.status],
            )
        )
    return Document(
        article=article,
        actors=tuple(actors),
        mentions=tuple(mentions),
        events=(*statements, *meetings),
    )


# -- the corpus ----------------------------------------------------------------------------


def _default_extractor() -> Extractor:
    """``newsevents.extract``, looked up when first needed (and so replaceable in tests)."""
    import newsevents

    extract: Extractor = newsevents.extract
    return extract


def _gold_files(paths: Iterable[PathLike]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.glob("*" + _GOLD_SUFFIX))
            if not found:
                raise FileNotFoundError(f"{path}: no {_GOLD_SUFFIX} files in this directory")
            files.extend(found)
        elif path.exists():
            files.append(_pair(path)[0])
        else:
            raise FileNotFoundError(f"{path}: no such file or directory")
    return files


def evaluate(
    paths: PathLike | Iterable[PathLike],
    *,
    extractor: Extractor | None = None,
    explain: bool = False,
) -> Report:
    """Run ``extractor`` on every gold file's text and score it against the gold.

    :param paths: directories (every ``*.gold.json`` in them, sorted) and gold or text files;
        one path or several.
    :param extractor: a callable from text to :class:`Document`; ``newsevents.extract`` by
        default, imported only when needed.
    :param explain: also list each file's errors (:class:`Finding`) in its ``findings``.
    :returns: a :class:`Report`. A gold file that is invalid is reported (``error_kind ==
        "gold"``) and left out of the totals; a file on which the extractor raises, or returns
        something other than a document of that text, is reported (``error_kind ==
        "extractor"``) and scored as if nothing had been extracted.
    :raises FileNotFoundError: a path does not exist, or a directory holds no gold file.
    """
    files = _gold_files([paths] if isinstance(paths, str | os.PathLike) else paths)
    run = extractor if extractor is not None else _default_extractor()
    results: list[FileResult] = []
    total = Metrics()
    for path in files:
        try:
            text, gold = load_gold(path)
        except (GoldError, OSError, UnicodeDecodeError) as exc:
            results.append(FileResult(path=str(path), error=str(exc), error_kind="gold"))
            continue
        error: str | None = None
        try:
            doc = run(text)
            if not isinstance(doc, Document):
                raise TypeError(f"the extractor returned {type(doc).__name__}, not a Document")
            if doc.text != text:
                raise ValueError("the extractor returned a document of a different text")
        except Exception as exc:  # any failure of user code is reported, not raised
            error = f"{type(exc).__name__}: {exc}"
            doc = Document(article=parse_article(text))
        metrics, findings = _score_all(doc, gold)
        total = total + metrics
        results.append(
            FileResult(
                path=str(path),
                metrics=metrics,
                error=error,
                error_kind="extractor" if error else None,
                findings=tuple(findings) if explain else (),
            )
        )
    return Report(files=tuple(results), total=total)


# -- output --------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


_SCORES: Final = (
    ("statements", "statement + speaker"),
    ("statement_content", "statement content"),
    ("meetings", "meetings"),
    ("mentions", "name mentions"),
    ("aliases", "alias pairs"),
)
_ACCURACIES: Final = (
    ("direct", "direct vs indirect"),
    ("meeting_mode", "meeting mode"),
    ("meeting_status", "meeting status"),
)


def render_table(report: Report, *, per_file: bool = False) -> str:
    """The report as Markdown tables: totals, then (``per_file``) one row per file.

    Files with findings (``evaluate(..., explain=True)``) are followed by a list of them.
    """
    m = report.total
    lines = [
        "| task | P | R | F1 | tp | fp | fn |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in _SCORES:
        s: Score = getattr(m, key)
        lines.append(
            f"| {label} | {_fmt(s.precision)} | {_fmt(s.recall)} | {_fmt(s.f1)} "
            f"| {s.tp} | {s.fp} | {s.fn} |"
        )
    lines += [
        "",
        "| accuracy over matched pairs | value | correct | pairs |",
        "|---|---:|---:|---:|",
    ]
    for key, label in _ACCURACIES:
        a: Accuracy = getattr(m, key)
        lines.append(f"| {label} | {_fmt(a.value)} | {a.correct} | {a.total} |")
    scored = sum(1 for f in report.files if f.metrics is not None)
    lines += ["", f"{scored} of {len(report.files)} files scored (micro-averaged)."]
    if per_file:
        lines += [
            "",
            "| file | stmt F1 | content F1 | direct | meet F1 | mode | status | names F1 "
            "| alias F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for f in report.files:
            if f.metrics is None:
                lines.append(f"| {f.path} | invalid gold |" + " |" * 7)
                continue
            x = f.metrics
            cells = [
                x.statements.f1,
                x.statement_content.f1,
                x.direct.value,
                x.meetings.f1,
                x.meeting_mode.value,
                x.meeting_status.value,
                x.mentions.f1,
                x.aliases.f1,
            ]
            mark = " (extractor failed)" if f.error_kind == "extractor" else ""
            lines.append(f"| {f.path}{mark} | " + " | ".join(_fmt(c) for c in cells) + " |")
    for f in report.files:
        if f.findings:
            lines += ["", f"{f.path}:"]
            lines += [f"- {finding}" for finding in f.findings]
    return "\n".join(lines) + "\n"


def _load_extractor(spec: str) -> Extractor:
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise ValueError(f"--extractor takes MODULE:NAME, not {spec!r}")
    extractor: Extractor = getattr(importlib.import_module(module_name), attr)
    return extractor


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m newsevents.evaluate DIR [DIR ...] [--json] [--per-file]``.

    Exit status: 0 when the corpus was scored (even with failures, which are listed on
    standard error), 1 with ``--fail-on-crash`` when a gold file was invalid or the extractor
    failed on a file, 2 for bad arguments or an extractor that cannot be loaded.
    """
    parser = argparse.ArgumentParser(
        prog="python -m newsevents.evaluate",
        description="Score an extractor against gold annotations (NN.txt + NN.gold.json).",
    )
    parser.add_argument("paths", nargs="+", help="corpus directories or gold files")
    parser.add_argument(
        "--json", action="store_true", help="print the whole report (every file) as JSON"
    )
    parser.add_argument("--per-file", action="store_true", help="add one row per file")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="list each file's missed, spurious and disagreeing items",
    )
    parser.add_argument(
        "--fail-on-crash",
        action="store_true",
        help="exit with status 1 if a gold file is invalid or the extractor fails on a file",
    )
    parser.add_argument(
        "--extractor",
        metavar="MODULE:NAME",
        help="the callable to score (default: newsevents.extract)",
    )
    args = parser.parse_args(argv)
    try:
        extractor = _load_extractor(args.extractor) if args.extractor else _default_extractor()
        report = evaluate(args.paths, extractor=extractor, explain=args.explain)
    except (ImportError, AttributeError, RuntimeError, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        sys.stdout.write(render_table(report, per_file=args.per_file))
    for f in report.failures:
        print(f"{f.path}: {f.error_kind} error: {f.error}", file=sys.stderr)
    return 1 if args.fail_on_crash and report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
