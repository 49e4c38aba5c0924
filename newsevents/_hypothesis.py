"""The ``hypothesis`` entry point: makes ``st.from_type(Document)`` and friends valid.

Hypothesis calls :func:`_register` when it is imported (unless ``HYPOTHESIS_NO_PLUGINS`` is
set). The strategies module itself is imported only when a strategy is first drawn from, so
importing hypothesis stays cheap. If newsevents cannot be imported (a broken install), the
hook warns instead of failing, so other projects' test suites still run.
"""

from __future__ import annotations

import warnings
from typing import Any


def _register() -> None:
    """Register a strategy for every public model that has one in :mod:`newsevents.strategies`."""
    from hypothesis import strategies as st

    try:
        from newsevents.model import (
            Actor,
            Article,
            Document,
            Meeting,
            Mention,
            Source,
            Span,
            Statement,
        )
    except ImportError as exc:  # a broken install must not break every hypothesis user
        warnings.warn(
            f"newsevents strategies are not registered with hypothesis: {exc}",
            RuntimeWarning,
            stacklevel=2,
        )
        return

    def lazy(name: str) -> Any:
        def make() -> st.SearchStrategy[Any]:
            from newsevents import strategies

            factory = getattr(strategies, name)
            return factory()  # type: ignore[no-any-return]

        return st.deferred(make)

    for model, name in (
        (Document, "documents"),
        (Article, "articles"),
        (Actor, "actors"),
        (Mention, "mentions"),
        (Statement, "statements"),
        (Meeting, "meetings"),
        (Source, "sources"),
        (Span, "spans"),
    ):
        st.register_type_strategy(model, lazy(name))
