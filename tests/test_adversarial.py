"""Worst-case input for parse_article (and extract, where it exists): correctness, never a hang.

Every case runs in a child process under a generous wall-clock guard. The guard only catches
hangs (a super-linear pattern on a megabyte of text takes hours); nothing here measures speed.
The figures are in benchmarks/adversarial.py and docs/reliability.md.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import regex

import newsevents as ne

ROOT = Path(__file__).resolve().parent.parent
HANG_GUARD_SECONDS = 300
"""Generous: the whole batch of cases normally finishes in well under a minute."""

EXTRACT_LIMIT = 100_000
"""How much of each case extract() sees (parse_article sees all of it)."""

#: name -> (Python expression building the text, expected ParseError code or None)
CASES: dict[str, tuple[str, str | None]] = {
    "50k_opening_quotes": ('"“" * 50_000', None),
    "quote_marks_of_every_kind": ('"«»“”\\"‘’„‹›\'" * 5_000', None),
    "unclosed_quotes": ('("قال الوزير: «" + "كلام " * 3) * 5_000', None),
    "cues_without_content_ar": ('"وقال: " * 20_000', None),
    "cues_without_content_en": ('"He said: “" * 20_000', None),
    "no_spaces_arabic": ('"ا" * 200_000', None),
    "no_spaces_glued_full_stops": ('"كلمة." * 20_000', None),
    "combining_marks": ('"ا" + "\\u064e" * 100_000', None),
    "only_newlines": ('"\\n" * 100_000', "empty_text"),
    "only_crlf_and_spaces": ('"\\r\\n \\t" * 50_000', "empty_text"),
    "one_mb_of_a": ('"a" * 1_000_000', None),
    "one_mb_of_full_stops": ('"." * 1_000_000', None),
    "one_mb_of_question_marks": ('"؟" * 1_000_000', None),
    "one_mb_of_rlm": ('"\\u200f" * 1_000_000', None),
    "one_mb_of_tatweel": ('"ـ" * 1_000_000', None),
    "hard_wrapped_megabyte_paragraph": ('"x\\n\\n" + "abc\\n" * 250_000', None),
    "crlf_lines": ('"a.\\r\\n" * 5_000', None),
    "abbreviations": ('"U.S. Mr. No. 3.5 e.g. " * 3_000', None),
    "bidi_isolates": ('"\\u2067\\u2069" * 100_000 + "x"', None),
    "brackets": ('"(" * 100_000 + "x" + ")" * 100_000', None),
    "lone_surrogate_at_the_end": ('"a" * 1_000_000 + chr(0xD800)', "invalid_character"),
    "over_the_size_limit": ('"a" * (ne.MAX_TEXT_LENGTH + 1)', "text_too_long"),
}

_CHILD = textwrap.dedent(
    """
    import importlib.util, json, sys
    import newsevents as ne

    def load(name):
        spec = importlib.util.spec_from_file_location(name, {tests!r} + "/" + name + ".py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    parse = load("test_properties_parse")
    extract = load("test_properties_extract")
    has_extract = extract.extractor() is not None
    for name, expression in json.loads(sys.stdin.read()):
        print(json.dumps({{"case": name, "started": True}}), flush=True)
        text = eval(expression)
        code = None
        paragraphs = None
        try:
            article = ne.parse_article(text)
            paragraphs = len(article.paragraphs)
        except ne.ParseError as exc:
            code = exc.code
        parse.check_parse(text)
        if has_extract and code is None:
            # The engine runs on the first {extract_limit:,} code points: enough to expose a
            # super-linear rule; benchmarks/adversarial.py measures whole megabytes.
            extract.check_extract(text[:{extract_limit}])
        elif has_extract:
            try:
                ne.extract(text)
            except ne.ParseError as exc:
                assert exc.code == code, (exc.code, code)
            else:
                raise AssertionError("extract() accepted what parse_article() rejects")
        print(json.dumps({{"case": name, "code": code, "paragraphs": paragraphs}}), flush=True)
    """
)


@cache
def results() -> dict[str, dict[str, Any]]:
    """Run every case in one child process; map case name -> its outcome."""
    script = _CHILD.format(tests=str(ROOT / "tests"), extract_limit=EXTRACT_LIMIT)
    cases = json.dumps([[name, expr] for name, (expr, _) in CASES.items()])
    try:
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=cases,
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_SECONDS,
            cwd=ROOT,
            check=False,
        )
        stdout, stderr, failed = done.stdout, done.stderr, done.returncode != 0
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout
        stdout = out.decode() if isinstance(out, bytes) else (out or "")
        stderr, failed = f"hang guard: killed after {HANG_GUARD_SECONDS} s", True
    outcome: dict[str, dict[str, Any]] = {}
    for line in stdout.splitlines():
        record = json.loads(line)
        name = record["case"]
        if record.get("started"):
            outcome[name] = {"error": stderr[-3000:] if failed else "did not finish"}
        else:
            outcome[name] = record
    return outcome


@pytest.mark.parametrize("name", list(CASES))
def test_worst_case_text(name: str) -> None:
    outcome = results().get(name)
    assert outcome is not None, "not reached: an earlier case failed or hung"
    assert "error" not in outcome, outcome["error"]
    expected_code = CASES[name][1]
    assert outcome["code"] == expected_code
    if expected_code is None:
        assert outcome["paragraphs"] >= 1


def test_hard_wrapped_paragraph_is_one_paragraph() -> None:
    # With a blank line somewhere, single line breaks inside a paragraph do not end it unless
    # the line ends like a sentence; this must hold however long the paragraph is.
    article = ne.parse_article("Title\n\n" + "a wrapped line\n" * 2_000 + "end.")
    assert [p.role for p in article.paragraphs] == ["headline", "body"]
    body = article.paragraphs[1]
    assert article.text_of(body.content).endswith("end.")


# -- every pattern the library compiles at import time is safe on adversarial text ------------

_STRESS = [
    "a" * 20_000,
    " " * 20_000 + "x",
    "\n" * 20_000 + "x",
    "\r\n" * 10_000 + "x",
    "." * 20_000,
    ". " * 10_000,
    "“" * 20_000,
    "«" * 10_000 + "x",
    "ا" + "\u064e" * 20_000,
    "وال" * 7_000,
    "U.S." * 5_000,
    "\u200f" * 20_000,
    "abc\n" * 5_000,
    ("قال: «" + "كلام ") * 2_000,
]


def _module_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found: list[tuple[str, regex.Pattern[str]]] = []
    for info in pkgutil.walk_packages(ne.__path__, "newsevents."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # optional dependencies of a module that is not installed
            continue
        for attr, value in vars(module).items():
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{attr}", value))
    return found


def test_every_module_pattern_is_safe_on_adversarial_text() -> None:
    patterns = _module_patterns()
    assert len(patterns) >= 10, [name for name, _ in patterns]
    for name, pattern in patterns:
        for text in _STRESS:
            try:
                for _ in pattern.finditer(text, timeout=HANG_GUARD_SECONDS / 10):
                    pass
            except TimeoutError:
                pytest.fail(f"{name} ({pattern.pattern!r}) hangs on {text[:20]!r}…")


# -- the fuzz runner itself --------------------------------------------------------------------


def _fuzz_module() -> Any:
    spec = importlib.util.spec_from_file_location("_fuzz_script", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzz_runner_passes_and_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    fuzz = _fuzz_module()
    assert fuzz.main(["--examples", "5", "--target", "parse", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "fuzz parse: 5 examples, ok" in out and "fuzz total: 5 examples" in out


def test_fuzz_runner_fails_and_saves_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fuzz = _fuzz_module()

    def broken(text: str) -> None:
        assert "x" not in text, "a planted bug"

    from hypothesis import strategies as st

    monkeypatch.setattr(fuzz, "_target", lambda name: (st.text(alphabet="xy"), broken))
    code = fuzz.main(["--examples", "200", "--target", "parse", "--out", str(tmp_path)])
    assert code == 1
    assert "FAILED" in capsys.readouterr().out
    [saved] = tmp_path.glob("parse-seed*.json")
    record = json.loads(saved.read_text(encoding="utf-8"))
    assert record["input"] == "x"  # shrunk to the smallest failing input
    assert "a planted bug" in record["error"]
