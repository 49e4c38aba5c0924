"""MkDocs hook: the navigation lists every page of docs/, and only pages that exist.

``mkdocs.yml`` gives the navigation in the order we want readers to see it. Pages named
there that do not exist (yet) are left out, and pages that exist but are not named there are
added at the end under "More", so the site always shows every page and a strict build does
not fail on a page that is still being written. Both are logged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.nav")

NavItem = str | dict[str, Any]


def _prune(items: list[NavItem], docs: Path, named: set[str]) -> list[NavItem]:
    kept: list[NavItem] = []
    for item in items:
        target: Any = item
        if isinstance(item, dict):
            ((title, target),) = item.items()
            if isinstance(target, list):
                children = _prune(target, docs, named)
                if children:
                    kept.append({title: children})
                continue
        if isinstance(target, str) and "://" not in target:
            named.add(target)
            if not (docs / target).is_file():
                log.info("nav: %s does not exist; left out of the navigation", target)
                continue
        kept.append(item)
    return kept


def on_config(config: Any) -> Any:
    """Drop missing pages from the navigation and add unlisted ones."""
    nav = config.get("nav")
    if not nav:
        return config
    docs = Path(config["docs_dir"])
    named: set[str] = set()
    nav = _prune(list(nav), docs, named)
    extra = sorted(
        p.relative_to(docs).as_posix()
        for p in docs.rglob("*.md")
        if not any(part.startswith(("_", ".")) for part in p.relative_to(docs).parts)
        and p.relative_to(docs).as_posix() not in named
    )
    for page in extra:
        log.info("nav: %s is not listed in mkdocs.yml; added under More", page)
    if extra:
        nav.append({"More": extra})
    config["nav"] = nav
    return config
