"""The extraction engine: news text → :class:`~newsevents.model.Document`.

The engine is language-neutral: everything it knows about a language comes from the language
pack (``newsevents/lang/<code>.toml``), compiled on first use. One pass folds the text
(:func:`newsevents.text.normalize.normalize`), one tokenizes it, one matches every lexicon phrase;
then actors, times, statements and meetings are read off the matches, and the document is built
and validated once.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.errors import DocumentError, Problem, UnsupportedLanguageError
from newsevents.lang import supported_languages
from newsevents.model import Actor, Article, Document

__all__ = ["extract"]


def extract(
    text_or_article: str | Article,
    *,
    language: str | None = None,
    gazetteer: Sequence[Actor] | None = None,
) -> Document:
    """Extract actors, mentions, statements, meetings, times and places from one article.

    :param text_or_article: raw text (parsed with :func:`newsevents.parse_article`) or an
        :class:`~newsevents.model.Article`. An article built without paragraphs is read with
        the layout :func:`~newsevents.parse_article` finds; the document keeps it as given.
    :param language: BCP 47 tag of the language pack to use; by default the article's language.
    :param gazetteer: known actors; their names (and every form in ``names``) are matched and
        their ids are used in the output. An actor found in the text is copied as given, and
        the gazetteer actors its roles and members refer to come with it.
    :raises TypeError: the input is neither ``str`` nor :class:`Article`.
    :raises ParseError: the text is empty, only whitespace, or too long.
    :raises DocumentError: two gazetteer actors share an id (``duplicate_id``), or a role or
        member of one names no gazetteer actor (``unresolved_actor``).
    :raises UnsupportedLanguageError: there is no language pack for the language. A text
        with no letters (language ``und``) has nothing to extract: its document has no facts.

    >>> import newsevents as ne
    >>> doc = ne.extract("وقال الوزير أحمد سالم: “سنواصل الحوار مع الجميع”.")
    >>> s = doc.statements[0]
    >>> doc.actor(s.speakers[0]).name, doc.text_of(s.cue), doc.text_of(s.content), s.quote.value
    ('أحمد سالم', 'وقال', 'سنواصل الحوار مع الجميع', 'direct')
    """
    from newsevents.parse import parse_article

    if isinstance(text_or_article, Article):
        article = text_or_article
    elif isinstance(text_or_article, str):
        article = parse_article(text_or_article, language=language)
    else:
        raise TypeError(
            f"extract() needs the text as str or an Article, not {type(text_or_article).__name__}"
        )
    known = tuple(gazetteer or ())
    _check_gazetteer(known)
    lang = language if language is not None else article.language
    primary = lang.split("-", 1)[0].lower()
    if primary == "und":
        # No letters, no language: nothing to extract, and nothing wrong with the text.
        return Document(article=article)
    if primary not in supported_languages():
        raise UnsupportedLanguageError(lang, supported_languages())
    from ._pipeline import run

    return run(article, primary, known)


def _check_gazetteer(actors: Sequence[Actor]) -> None:
    """Raise :class:`DocumentError` unless the ids are unique and every reference resolves."""
    problems: list[Problem] = []
    ids: set[str] = set()
    for i, a in enumerate(actors):
        if a.id in ids:
            problems.append(
                Problem(
                    "duplicate_id",
                    f"gazetteer[{i}].id",
                    f"id {a.id!r} is already used by another gazetteer actor",
                )
            )
        ids.add(a.id)
    for i, a in enumerate(actors):
        refs = [
            (f"roles[{j}].affiliation", r.affiliation)
            for j, r in enumerate(a.roles)
            if r.affiliation is not None
        ]
        refs += [(f"members[{j}]", m) for j, m in enumerate(a.members)]
        problems.extend(
            Problem(
                "unresolved_actor",
                f"gazetteer[{i}].{where}",
                f"actor {ref!r} does not resolve; add it to the gazetteer or fix the id",
            )
            for where, ref in refs
            if ref not in ids
        )
    if problems:
        raise DocumentError(problems, title="gazetteer")
