"""Spans convert to UTF-8 and UTF-16 offsets (bytes, JavaScript strings) and back."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.model import Document, Span
from newsevents.strategies import documents
from newsevents.text import OffsetMap


def _spans(doc: Document) -> list[Span]:
    out = [m.span for m in doc.mentions]
    for s in doc.statements:
        out.append(s.content)
        if s.cue is not None:
            out.append(s.cue)
    out.extend(m.trigger for m in doc.meetings)
    out.extend(p.span for p in doc.article.paragraphs)
    return out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents() | documents(text=st.text(min_size=1)))
def test_utf8_and_utf16_offsets_map_back(doc: Document) -> None:
    text = doc.text
    utf8 = text.encode("utf-8")
    utf16 = text.encode("utf-16-le")
    table = OffsetMap.of(text)
    for span in _spans(doc):
        s8, e8 = span.utf8(text)
        assert utf8[s8:e8].decode("utf-8") == doc.text_of(span)
        s16, e16 = span.utf16(text)
        assert utf16[2 * s16 : 2 * e16].decode("utf-16-le") == doc.text_of(span)
        assert (table.to_utf8(span.start), table.to_utf8(span.end)) == (s8, e8)
        assert (table.from_utf8(s8), table.from_utf16(e16)) == (span.start, span.end)
