"""The seed text exists in several places; every copy must be the same bytes."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from newsevents.fixtures import SEED_ID, seed_text

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = f"{SEED_ID}.txt"
REPO_COPY = ROOT / "seeds" / SEED_NAME
# The upstream copy the repository's seeds/ was taken from, where it is available.
UPSTREAM_COPY = Path("/work/shared/seeds") / SEED_NAME


def _package_bytes() -> bytes:
    return files("newsevents.fixtures").joinpath("seed.txt").read_bytes()


def test_repository_copy_equals_package_copy() -> None:
    assert REPO_COPY.read_bytes() == _package_bytes()


def test_upstream_copy_equals_package_copy() -> None:
    if not UPSTREAM_COPY.exists():
        pytest.skip(f"{UPSTREAM_COPY} is not available here")
    assert UPSTREAM_COPY.read_bytes() == _package_bytes()


def test_seed_text_is_the_decoded_bytes() -> None:
    raw = _package_bytes()
    assert seed_text() == raw.decode("utf-8")
    assert seed_text().encode("utf-8") == raw


def test_seed_text_shape() -> None:
    text = seed_text()
    # 13 lines, LF only, no trailing newline, no byte-order mark.
    assert text.count("\n") == 12
    assert "\r" not in text
    assert not text.endswith("\n")
    assert not text.startswith("\ufeff")
    assert len(text.splitlines()) == 13


def test_seed_text_is_cached() -> None:
    assert seed_text() is seed_text()
