"""Views of documents for people: an HTML page per article, and plain-text summary tables.

>>> from newsevents.fixtures import seed_document
>>> from newsevents.render import to_html, to_summary
>>> doc = seed_document()
>>> page = to_html(doc)
>>> page.startswith("<!DOCTYPE html>"), 'dir="rtl"' in page
(True, True)
>>> print(to_summary(doc).splitlines()[0])
Article 000_ef31a7b566bf2a4c · ar · 2,104 characters · 13 paragraphs
"""

from ._html import actor_colors, is_rtl, to_html
from ._summary import display_width, to_summary

__all__ = ["actor_colors", "display_width", "is_rtl", "to_html", "to_summary"]
