"""The ``hypothesis`` entry point: makes ``st.from_type(Document)`` and friends valid.

Hypothesis calls :func:`_register` when it is imported (unless ``HYPOTHESIS_NO_PLUGINS`` is
set). The strategies module itself is imported only when a strategy is first drawn from, so
importing hypothesis stays cheap.
"""

from __future__ import annotations

from typing import Any


def _register() -> None:
    """Register a strategy for every public model that has one in :mod:`newsevents.strategies`."""
    from hypothesis import strategies as st

    from newsevents.model import Actor, Article, Document, Meeting, Mention, Source, Span, Statement

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
