"""A griffe extension for the API reference: docstrings written for Sphinx read well in Markdown.

* Doctest examples (runs of ``>>>`` lines with their output) become fenced ``pycon`` blocks,
  so their brackets and quotes are shown as code, not parsed as Markdown links.
* Sphinx roles (``:class:`~newsevents.Document` ``) become inline code (`Document`).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj|const|py:\w+):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    short, target = match.group(1), match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def fence_doctests(text: str) -> str:
    """Wrap every doctest example block of ``text`` in a fenced code block."""
    out: list[str] = []
    block: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith(">>>") or (block and line.strip()):
            block.append(line)
            continue
        if block:
            out += ["```pycon", *block, "```"]
            block = []
        out.append(line)
    if block:
        out += ["```pycon", *block, "```"]
    return "\n".join(out)


class SphinxToMarkdown(griffe.Extension):
    """Rewrite each docstring once, when its object is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        parts = re.split(r"(```.*?```)", obj.docstring.value, flags=re.DOTALL)
        obj.docstring.value = "".join(
            p if p.startswith("```") else _ROLE.sub(_role, fence_doctests(p)) for p in parts
        )
