"""A griffe extension for the API reference: docstrings written for Sphinx read well in Markdown.

* Doctest examples (runs of ``>>>`` lines with their output) become fenced ``pycon`` blocks,
  so their brackets and quotes are shown as code, not parsed as Markdown links.
* Examples written after the ``:param:``/``:raises:`` fields move above them, so they are not
  read as part of the last field.
* Sphinx roles (``:class:`~newsevents.Document` ``) become inline code (`Document`).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_FIELD = re.compile(r"^:(?:param|parameter|arg|raises?|returns?|rtype|type|yields?)\b")
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
    return "\n".join(_examples_before_fields(out))


def _examples_before_fields(lines: list[str]) -> list[str]:
    first = next((i for i, line in enumerate(lines) if _FIELD.match(line)), None)
    if first is None:
        return lines
    head, tail, moved = lines[:first], [], []
    i = first
    while i < len(lines):
        if lines[i] == "```pycon":
            end = lines.index("```", i + 1)
            moved += [*lines[i : end + 1], ""]
            i = end + 1
            continue
        tail.append(lines[i])
        i += 1
    while tail and not tail[-1].strip():
        tail.pop()
    return [*head, *moved, *tail] if moved else lines


class SphinxToMarkdown(griffe.Extension):
    """Rewrite each docstring once, when its object is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        parts = re.split(r"(```.*?```)", obj.docstring.value, flags=re.DOTALL)
        obj.docstring.value = "".join(
            p if p.startswith("```") else _ROLE.sub(_role, fence_doctests(p)) for p in parts
        )
