"""The HTML view and the plain-text summary: structure, escaping, direction, overlaps."""

from __future__ import annotations

import html
import itertools
import json
import unicodedata
from html.parser import HTMLParser
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from newsevents import Document, parse_article
from newsevents.fixtures import seed_document
from newsevents.render import actor_colors, display_width, is_rtl, to_html, to_summary
from newsevents.render._segments import Mark, segments
from newsevents.strategies import documents

# -- segments --------------------------------------------------------------------------------

marks_st = st.lists(
    st.tuples(st.integers(-3, 25), st.integers(-3, 25)).map(
        lambda p: Mark(min(p), max(p), f"{min(p)}-{max(p)}")
    ),
    max_size=8,
)


@given(start=st.integers(0, 10), length=st.integers(0, 12), marks=marks_st)
@settings(max_examples=200)
def test_segments_tile_the_range_and_carry_exactly_the_covering_marks(
    start: int, length: int, marks: list[Mark[str]]
) -> None:
    end = start + length
    segs = segments(start, end, marks)
    if length == 0:
        assert segs == []
        return
    assert segs[0].start == start
    assert segs[-1].end == end
    for a, b in itertools.pairwise(segs):
        assert a.end == b.start
        # A cut is made only where some mark begins or ends, so neighbours differ.
        assert {id(m) for m in a.marks} != {id(m) for m in b.marks}
    for seg in segs:
        assert seg.start < seg.end
        expected = [
            m for m in marks if m.start <= seg.start and seg.end <= m.end and m.start < m.end
        ]
        assert [id(m) for m in seg.marks] == [id(m) for m in expected]


def test_segments_split_crossing_marks() -> None:
    segs = segments(0, 10, [Mark(2, 6, "a"), Mark(4, 8, "b"), Mark(3, 3, "empty")])
    assert [(s.start, s.end, [m.payload for m in s.marks]) for s in segs] == [
        (0, 2, []),
        (2, 4, ["a"]),
        (4, 6, ["a", "b"]),
        (6, 8, ["b"]),
        (8, 10, []),
    ]


# -- an HTML checker -------------------------------------------------------------------------

VOID = {"meta", "br", "img", "hr", "input", "link"}


class Tree(HTMLParser):
    """Checks that tags nest properly and collects elements and the article's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.main_text: list[str] = []
        self.in_badge = 0
        self.scripts: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if tag in VOID:
            return
        self.stack.append(tag)
        if "ne-badge" in values.get("class", "").split():
            self.in_badge = len(self.stack)
        self._script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        if self.in_badge == len(self.stack):
            self.in_badge = 0
        self.stack.pop()
        self._script = False

    def handle_data(self, data: str) -> None:
        if self._script:
            self.scripts.append(data)
        if "main" in self.stack and {"p", "h1", "h2"} & set(self.stack) and not self.in_badge:
            self.main_text.append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if name in a.get("class", "").split()]

    def segs(self, name: str = "ne-seg") -> list[dict[str, str]]:
        """Annotated pieces of the article text with class ``name``."""
        return [a for a in self.with_class("ne-seg") if name in a["class"].split()]


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


# -- the seed page -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return seed_document()


@pytest.fixture(scope="module")
def seed_page(seed: Document) -> str:
    return to_html(seed)


def test_seed_page_is_self_contained_arabic_and_right_to_left(seed_page: str) -> None:
    assert seed_page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in seed_page
    # Nothing is fetched: no external script, stylesheet, font or image.
    for needle in ("http://", "https://", "<link", "@import", "url(", "src="):
        assert needle not in seed_page, needle


def test_seed_page_shows_every_fact(seed: Document, seed_page: str) -> None:
    tree = parse(seed_page)
    tags = [t for t, _ in tree.elements]
    assert tags.count("h1") == 1
    assert tags.count("h2") == 1  # the seed's subheading
    assert tags.count("p") >= len(seed.article.paragraphs) - 2

    statements = tree.with_class("ne-statement")
    assert [s["data-s"] for s in statements] == [s.id for s in seed.statements]
    in_text = {i for seg in tree.segs("ne-content") for i in seg["data-s"].split()}
    assert in_text == {s.id for s in seed.statements}
    cues = {i for seg in tree.segs("ne-cue") for i in seg["data-cue"].split()}
    assert cues == {s.id for s in seed.statements if s.cue is not None}

    mentioned = {i for seg in tree.segs("ne-mention") for i in seg["data-m"].split()}
    assert mentioned == {m.id for m in seed.mentions}
    badges = [b["data-mt"] for b in tree.with_class("ne-badge") if "data-mt" in b]
    # One badge at each trigger in the text and one in the list of meetings.
    assert sorted(badges) == sorted([m.id for m in seed.meetings] * 2)
    legend = [a["data-actor"] for a in tree.with_class("ne-actor")]
    assert legend[: len(seed.actors)] == [a.id for a in seed.actors]


def test_seed_page_text_is_the_article_text(seed: Document, seed_page: str) -> None:
    tree = parse(seed_page)
    shown = "".join(tree.main_text)
    expected = "".join(seed.text_of(p.content) for p in seed.article.paragraphs)
    assert shown.replace("\n", "") == expected.replace("\n", "")


def test_statement_speakers_link_to_their_statements(seed: Document, seed_page: str) -> None:
    tree = parse(seed_page)
    hulata = [seg for seg in tree.segs("ne-content") if "hulata" in seg["data-sp"].split()]
    assert {i for seg in hulata for i in seg["data-s"].split()} == {
        s.id for s in seed.statements_by("hulata")
    }


def test_mentions_are_coloured_per_actor(seed: Document, seed_page: str) -> None:
    colors = actor_colors(seed)
    assert len(set(list(colors.values())[:12])) == min(12, len(seed.actors))
    tree = parse(seed_page)
    for seg in tree.segs("ne-mention"):
        actors = seg["data-a"].split()
        if len(actors) == 1:
            assert seg["style"] == f"--ne-bg: {colors[actors[0]]}"
        else:
            assert all(colors[a] in seg["style"] for a in actors)
    assert actor_colors(seed) == colors  # stable


def test_data_island_is_valid_json_with_every_fact(seed: Document, seed_page: str) -> None:
    tree = parse(seed_page)
    data = json.loads(tree.scripts[0])
    assert set(data["statements"]) == {s.id for s in seed.statements}
    assert set(data["meetings"]) == {m.id for m in seed.meetings}
    assert set(data["actors"]) == {a.id for a in seed.actors}
    s1 = seed.statements[0]
    assert data["statements"][s1.id]["content"] == seed.text_of(s1.content)


@given(documents())
@settings(max_examples=40, deadline=None)
def test_any_valid_document_renders_well_formed_with_every_fact(doc: Document) -> None:
    page = to_html(doc)
    tree = parse(page)
    shown = "".join(tree.main_text)
    expected = "".join(doc.text_of(p.content) for p in doc.article.paragraphs)
    assert shown == expected
    assert [s["data-s"] for s in tree.with_class("ne-statement")] == [s.id for s in doc.statements]
    in_text = {i for seg in tree.segs("ne-content") for i in seg["data-s"].split()}
    assert in_text == {s.id for s in doc.statements}
    mentioned = {i for seg in tree.segs("ne-mention") for i in seg["data-m"].split()}
    assert mentioned == {m.id for m in doc.mentions if not m.span.is_empty}
    assert json.loads(tree.scripts[0])["actors"].keys() == {a.id for a in doc.actors}


@given(documents())
@settings(max_examples=20, deadline=None)
def test_any_valid_document_has_a_summary(doc: Document) -> None:
    text = to_summary(doc, max_content=None)
    for s in doc.statements:
        assert " ".join(doc.text_of(s.content).split()) in text
    for a in doc.actors:
        assert a.id in text


# -- hand-made documents ---------------------------------------------------------------------


def make(text: str, language: str = "en", **facts: Any) -> Document:
    article = parse_article(text, language=language, id="t")
    return Document.model_validate({"article": article.model_dump(), **facts})


def test_english_page_is_left_to_right() -> None:
    page = to_html(make("Talks held\nThe ministers met on Monday.\n"))
    assert '<html lang="en" dir="ltr">' in page
    assert "<h1>Talks held</h1>" in page


def test_markup_in_the_text_and_the_facts_is_escaped() -> None:
    text = 'Alert\n<script>alert(1)</script> & <b>bold</b> said "</script><img src=x>".\n'
    s = text.index("<script>")
    doc = make(
        text,
        actors=[{"id": "x", "kind": "person", "name": "</script><script>alert(2)</script>"}],
        mentions=[{"id": "m", "actor": "x", "span": {"start": s, "end": s + 8}, "form": "nominal"}],
        events=[
            {
                "kind": "statement",
                "id": "s",
                "speakers": ["x"],
                "content": {"start": text.index('"') + 1, "end": text.rindex('"')},
            }
        ],
    )
    page = to_html(doc, title="<title> & co")
    tree = parse(page)
    assert page.count("<script") == 2  # the data island and the view's script
    assert "<img" not in page
    assert "<b>bold" not in page
    assert "&lt;script&gt;</span>alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold" in page
    assert "<title>&lt;title&gt; &amp; co</title>" in page
    assert "alert(2)" not in "".join(tree.scripts[1:])
    data = json.loads(tree.scripts[0])
    assert data["actors"]["x"]["name"] == "</script><script>alert(2)</script>"
    assert html.unescape("".join(tree.main_text)).count("<script>alert(1)</script>") == 1


def test_overlapping_and_nested_spans_render_as_segments() -> None:
    text = "Headline\nAlice Smith said Bob Jones agreed with Alice.\n"
    body = text.index("Alice Smith")
    alice = (body, body + len("Alice Smith"))
    bob = (text.index("Bob"), text.index("Bob") + len("Bob Jones"))
    said = (text.index("said"), text.index("said") + 4)
    doc = make(
        text,
        actors=[
            {"id": "alice", "kind": "person", "name": "Alice Smith"},
            {"id": "bob", "kind": "person", "name": "Bob Jones"},
            {"id": "pair", "kind": "group", "name": "Alice and Bob", "members": ["alice", "bob"]},
        ],
        mentions=[
            {"id": "m1", "actor": "alice", "span": {"start": alice[0], "end": alice[1]}},
            {"id": "m2", "actor": "bob", "span": {"start": bob[0], "end": bob[1]}},
            # Crosses m2's end and the content's end.
            {
                "id": "m3",
                "actor": "pair",
                "span": {"start": bob[0] + 4, "end": text.index("Alice.") + 5},
                "form": "nominal",
            },
        ],
        events=[
            {
                "kind": "statement",
                "id": "s1",
                "speakers": ["alice"],
                "cue": {"start": said[0], "end": said[1]},
                "content": {"start": bob[0], "end": text.index(" with")},
            },
            {
                "kind": "statement",
                "id": "s2",
                "speakers": ["bob"],
                "quote": "indirect",
                "content": {"start": text.index("Jones"), "end": text.index(".")},
            },
        ],
    )
    tree = parse(to_html(doc))
    assert "".join(tree.main_text) == "HeadlineAlice Smith said Bob Jones agreed with Alice."
    segs = tree.segs()
    both = [s for s in segs if set(s.get("data-s", "").split()) == {"s1", "s2"}]
    assert both, "the two contents overlap on 'Jones agreed'"
    two_actors = [s for s in segs if s.get("data-a", "").split() == ["bob", "pair"]]
    assert two_actors
    assert "linear-gradient" in two_actors[0]["style"]
    assert {s["data-cue"] for s in tree.segs("ne-cue")} == {"s1"}


def test_page_without_layout_or_facts_still_renders() -> None:
    article = parse_article("One line only.", id="x")
    bare = article.model_copy(update={"paragraphs": ()})
    page = to_html(Document(article=bare))
    tree = parse(page)
    assert "".join(tree.main_text) == "One line only."
    assert tree.with_class("ne-statement") == []


@pytest.mark.parametrize(
    ("tag", "rtl"),
    [("ar", True), ("ar-EG", True), ("fa", True), ("he", True), ("en", False), ("und", False)],
)
def test_direction_of_languages(tag: str, rtl: bool) -> None:
    assert is_rtl(tag) is rtl


# -- summary ---------------------------------------------------------------------------------


def test_summary_lists_every_fact_of_the_seed(seed: Document) -> None:
    text = to_summary(seed)
    assert f"Statements ({len(seed.statements)})" in text
    assert f"Meetings ({len(seed.meetings)})" in text
    assert f"Actors ({len(seed.actors)})" in text
    s1 = seed.statements[0]
    speakers = " + ".join(seed.actor(x).name for x in s1.speakers)
    assert f"{speakers} → {seed.text_of(s1.cue) if s1.cue else '—'} → " in text
    for m in seed.meetings:
        assert m.mode.value in text
    # Arabic is printed as is, in logical order.
    assert seed.text_of(seed.statements[0].content)[:20] in text


def test_summary_cuts_long_text_unless_asked_not_to(seed: Document) -> None:
    longest = max(seed.statements, key=lambda s: len(s.content))
    full = " ".join(seed.text_of(longest.content).split())
    assert full not in to_summary(seed)
    assert full in to_summary(seed, max_content=None)


def test_summary_columns_line_up() -> None:
    doc = make(
        "عنوان\nقال الوزير إن الاجتماع مهم.\n",
        language="ar",
        actors=[
            {"id": "w", "kind": "person", "name": "الوزيرُ"},
            {"id": "longer-id", "kind": "organization", "name": "Org"},
        ],
    )
    lines = to_summary(doc).splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("ID"))
    rows = lines[header : header + 3]
    kinds = [
        line.index("person") if "person" in line else line.index("organization")
        for line in rows[1:]
    ]
    starts = {display_width(line[:k]) for line, k in zip(rows[1:], kinds, strict=True)}
    assert len(starts) == 1
    assert display_width("الوزيرُ") == 6


def test_summary_shows_control_characters_instead_of_sending_them_to_the_terminal() -> None:
    # A document read from elsewhere may hold escape sequences: printed as they are, they
    # would drive the terminal (clear it, recolour it, retitle the window).
    doc = make(
        "Alert\nBob\x1b[2J said \x07 hi.\n",
        actors=[
            {
                "id": "b",
                "kind": "person",
                "name": "Bob\x1b]0;owned\x07",
                "roles": [{"title": "chief\x9b31m"}],
            },
        ],
        mentions=[{"id": "m", "actor": "b", "span": {"start": 6, "end": 9}}],
    )
    text = to_summary(doc)
    assert not any(unicodedata.category(ch) == "Cc" for ch in text.replace("\n", ""))
    assert "Bob\u241b]0;owned\u2407" in text
    assert "chief\ufffd31m" in text


def test_summary_keeps_a_name_with_a_line_break_on_its_row() -> None:
    doc = make(
        "Alert\nBob said hi.\n", actors=[{"id": "b", "kind": "person", "name": "Bob\nSmith"}]
    )
    rows = [line for line in to_summary(doc).splitlines() if line.strip().startswith("b ")]
    assert len(rows) == 1 and rows[0].endswith("Bob Smith")


def test_badge_follows_a_trigger_that_runs_into_whitespace() -> None:
    text = "Talks\nThe two ministers met\nin Rome.\n"
    met = text.index("met")
    doc = make(
        text,
        actors=[
            {"id": "a", "kind": "person", "name": "A"},
            {"id": "b", "kind": "person", "name": "B"},
        ],
        events=[
            {
                "kind": "meeting",
                "id": "e1",
                "participants": [{"actor": "a"}, {"actor": "b"}],
                # Ends past the paragraph's content, in the line break after it.
                "trigger": {"start": met, "end": met + 4},
                "status": "planned",
            }
        ],
    )
    page = to_html(doc)
    main = page[page.index("<main") : page.index("</main>")]
    assert main.count('class="ne-badge') == 1
    assert main.index("met</span>") < main.index('class="ne-badge')
    assert "planned" in main
