"""The ``newsevents`` command: every subcommand, every documented exit status, no tracebacks."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsevents as ne
from newsevents.cli import ExitCode, _Progress, available_formats, main
from newsevents.fixtures import seed_document, seed_text

ROOT = Path(__file__).resolve().parent.parent
SEED_TXT = ROOT / "seeds" / "000_ef31a7b566bf2a4c.txt"
# A short report written for these tests (the people are invented).
OTHER = (
    "وزيرا خارجية البلدين يبحثان التعاون\n"
    "استقبل وزير الخارجية كريم منصور نظيره سليم حداد في القاهرة يوم الأحد.\n"
    "وقال منصور إن “العلاقات بين البلدين تشهد تطورا مستمرا”.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def seed_json(tmp_path: Path) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(seed_document().model_dump_json(), encoding="utf-8")
    return path


def broken_document(tmp_path: Path) -> Path:
    """The seed with a statement whose content ends past the text and an unknown speaker."""
    data = json.loads(seed_document().model_dump_json())
    n = len(data["article"]["text"])
    statement = next(e for e in data["events"] if e["kind"] == "statement")
    statement["content"] = {"start": 5, "end": n + 10}
    statement["speakers"] = ["nobody"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- show ------------------------------------------------------------------------------------


def test_show_prints_the_summary_of_a_document(
    capsys: pytest.CaptureFixture[str], seed_json: Path
) -> None:
    code, out, err = run(capsys, "show", str(seed_json))
    doc = seed_document()
    assert code == ExitCode.OK
    assert err == ""
    assert f"Statements ({len(doc.statements)})" in out
    assert f"Meetings ({len(doc.meetings)})" in out
    for actor in doc.actors:
        assert actor.id in out
    # Arabic is printed as is, in logical order.
    assert doc.text_of(doc.statements[0].content) in out


def test_show_reads_json_lines_and_labels_each_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "two.jsonl"
    ne.dump_jsonl([seed_document(), seed_document()], path)
    code, out, _ = run(capsys, "show", str(path))
    assert code == ExitCode.OK
    assert out.count(f"== {path} ==") == 2


def test_show_extracts_a_text_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", str(SEED_TXT))
    assert code == ExitCode.OK
    assert "Statements (" in out
    assert "Actors (" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b'{"article": ', "json_invalid"),
        (b'{"x": 1}', "missing"),
    ],
)
def test_show_reports_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "doc.json"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "show", str(path))
    assert code == ExitCode.FAILED
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"newsevents: {path}: ")
    assert message in err


# -- validate --------------------------------------------------------------------------------


def test_validate_a_sound_document(capsys: pytest.CaptureFixture[str], seed_json: Path) -> None:
    code, out, _ = run(capsys, "validate", str(seed_json))
    assert code == ExitCode.OK
    assert f"{seed_json}: ok (1 document)" in out
    assert "0 errors" in out


def test_validate_prints_every_load_problem_with_code_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = broken_document(tmp_path)
    code, out, _ = run(capsys, "validate", str(path))
    assert code == ExitCode.FAILED
    lines = [line for line in out.splitlines() if line.startswith(f"{path}: error: ")]
    codes = {line.rsplit("[", 1)[1].rstrip("]") for line in lines}
    assert {"span_out_of_text", "unresolved_actor"} <= codes
    assert any("events[" in line and ".statement.content" in line for line in lines)
    assert any(".statement.speakers[0]" in line for line in lines)


def test_validate_reports_soft_findings_and_fail_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(seed_document().model_dump_json())
    data["actors"].append({"id": "lonely", "kind": "person", "name": "Nobody"})
    path = tmp_path / "lonely.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == ExitCode.OK  # info only
    assert "info: actors[" in out
    assert "[actor_unmentioned]" in out
    code, _, _ = run(capsys, "validate", "--fail-on", "info", str(path))
    assert code == ExitCode.FAILED


def test_validate_json_lines_names_the_bad_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = seed_document().model_dump_json()
    path = tmp_path / "docs.jsonl"
    path.write_text(f"{good}\n\n{{not json\n{good}\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == ExitCode.FAILED
    assert f"{path}:3: error: " in out
    assert "3 documents: 1 errors" in out


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nope.json"))
    assert code == ExitCode.FAILED
    assert err == f"newsevents: {tmp_path / 'nope.json'}: no such file\n"


# -- schema ----------------------------------------------------------------------------------


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == ExitCode.OK
    assert json.loads(out) == ne.json_schema()
    target = tmp_path / "sub" / "schema.json"
    code, out, _ = run(capsys, "schema", "-o", str(target))
    assert code == ExitCode.OK
    assert json.loads(target.read_text(encoding="utf-8")) == ne.json_schema()


# -- extract ---------------------------------------------------------------------------------


def test_extract_summary_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(SEED_TXT))
    assert code == ExitCode.OK
    assert err == ""
    assert out.startswith("Article ")
    assert "Statements (" in out


def test_extract_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", "--format", "json", str(SEED_TXT))
    assert code == ExitCode.OK
    doc = ne.load(out)
    assert doc.article.text == seed_text()


def test_extract_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OTHER.encode())))
    code, out, _ = run(capsys, "extract", "-f", "jsonl", "-")
    assert code == ExitCode.OK
    (line,) = out.splitlines()
    assert ne.load(line).article.text == OTHER


def make_tree(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "a.txt").write_text(seed_text(), encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(OTHER.replace("القاهرة", "عمان"), encoding="utf-8")
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    return folder


def test_extract_directory_to_jsonl_in_sorted_order_with_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = make_tree(tmp_path)
    code, serial, _ = run(capsys, "extract", "-f", "jsonl", str(folder))
    assert code == ExitCode.OK
    code, parallel, _ = run(capsys, "extract", "-f", "jsonl", "--jobs", "2", str(folder))
    assert code == ExitCode.OK
    assert parallel == serial
    texts = [ne.load(line).article.text for line in serial.splitlines()]
    assert texts == [seed_text(), OTHER, OTHER.replace("القاهرة", "عمان")]


def test_extract_many_to_a_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = make_tree(tmp_path)
    out = tmp_path / "out"
    code, stdout, _ = run(capsys, "extract", "-f", "html", "-o", str(out), str(folder))
    assert code == ExitCode.OK
    assert stdout == ""
    made = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert made == ["a.html", "b.html", "sub/c.html"]
    assert '<html lang="ar" dir="rtl">' in (out / "a.html").read_text(encoding="utf-8")
    assert "كريم منصور" in (out / "b.html").read_text(encoding="utf-8")


def test_extract_the_current_directory_without_text_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "." has an empty name; the input is still reported as an input, not as a crash.
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "extract", "-f", "json", "-o", "out", ".")
    assert code == ExitCode.FAILED
    assert err.splitlines() == ["newsevents: .: no *.txt files in it"]


def test_extract_same_names_do_not_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run(
        capsys,
        "extract",
        "-f",
        "json",
        "-o",
        str(out),
        str(tmp_path / "x" / "a.txt"),
        str(tmp_path / "y" / "a.txt"),
    )
    assert code == ExitCode.OK
    assert ne.load(out / "a.json").article.text == OTHER
    assert ne.load(out / "a-2.json").article.text == seed_text()


def test_extract_goes_on_after_a_failing_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 talks\nThe minister said it.\n".encode("latin-1"))
    greek = tmp_path / "greek.txt"
    greek.write_text("Συνομιλίες\nΟ υπουργός είπε ότι ήταν χρήσιμες.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(OTHER, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys,
        "extract",
        "-f",
        "jsonl",
        str(empty),
        str(missing),
        str(latin1),
        str(greek),
        str(good),
    )
    assert code == ExitCode.FAILED
    assert len(out.splitlines()) == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"newsevents: {empty}: ") and "empty" in lines[0]
    assert lines[1] == f"newsevents: {missing}: no such file"
    assert lines[2].startswith(f"newsevents: {latin1}: not valid UTF-8")
    assert lines[3].startswith(f"newsevents: {greek}: language 'el' is not supported")
    assert lines[4] == "newsevents: 4 of 5 inputs failed"


@pytest.mark.parametrize("command", ["extract", "show"])
def test_unsupported_language_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = run(capsys, command, "--language", "xx", str(SEED_TXT))
    assert code == ExitCode.USAGE
    assert out == ""
    assert err.count("\n") == 1
    assert "'xx'" in err and "supported" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "--format", "xml", "a.txt"],
        ["extract", "--jobs", "0", "a.txt"],
        ["frobnicate"],
        [],
        ["validate", "--fail-on", "fatal", "x.json"],
    ],
)
def test_usage_errors_exit_2_with_a_short_message(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == ExitCode.USAGE
    _, err = capsys.readouterr()
    assert "error:" in err
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 3


def test_several_inputs_need_an_output_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "extract", "-f", "json", str(SEED_TXT), str(SEED_TXT))
    assert code == ExitCode.USAGE
    assert "-o DIRECTORY" in err


def test_unwritable_output_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "schema", "-o", str(blocker / "schema.json"))
    assert code == ExitCode.OUTPUT
    assert err.startswith("newsevents: error: cannot write ")


def test_every_format_is_offered() -> None:
    formats = available_formats()
    assert formats == ("summary", "json", "jsonl", "html", "ninjs", "jsonld", "plover")


@pytest.mark.parametrize("fmt", available_formats()[4:])
def test_extract_to_each_interchange_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = run(capsys, "extract", "-f", fmt, str(SEED_TXT))
    assert code == ExitCode.OK, err
    assert json.loads(out)


# -- progress ---------------------------------------------------------------------------------


def test_progress_line_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = _Progress(3, stream, enabled=True)
    progress.step("a.txt", ok=True)
    progress.step("b.txt", ok=False)
    progress.finish()
    shown = stream.getvalue()
    assert "[1/3] a.txt" in shown
    assert "[2/3, 1 failed] b.txt" in shown
    assert shown.endswith("\r\x1b[K")


def test_no_progress_for_one_input_or_off_a_terminal() -> None:
    for progress in (_Progress(1, io.StringIO(), enabled=True), _Progress(5, io.StringIO(), False)):
        progress.step("a.txt", ok=True)
        progress.finish()
        assert isinstance(progress.stream, io.StringIO)
        assert progress.stream.getvalue() == ""


# -- the installed command -------------------------------------------------------------------


def test_console_script_and_module_run(seed_json: Path) -> None:
    bindir = Path(sys.executable).parent
    script = bindir / "newsevents"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for command in ([str(script)], [sys.executable, "-m", "newsevents"]):
        done = subprocess.run(
            [*command, "show", str(seed_json)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "Statements (" in done.stdout
        missing = subprocess.run(
            [*command, "show", "no/such.json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert missing.returncode == 1
        assert missing.stderr == "newsevents: no/such.json: no such file\n"


def test_show_json_lines_up_to_a_bad_line_and_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = seed_document().model_dump_json()
    path = tmp_path / "docs.jsonl"
    path.write_text(f"{good}\n{good}\n{{bad\n", encoding="utf-8")
    code, out, err = run(capsys, "show", str(path))
    assert code == ExitCode.FAILED
    assert out.count("Statements (10)") == 2
    assert err.startswith(f"newsevents: {path}: line 3: ")
    assert err.count("\n") == 1


def test_show_reads_json_lines_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = seed_document().model_dump_json()
    data = f"{good}\n{good}\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "show", "-")
    assert code == ExitCode.OK
    assert out.count("== <stdin> ==") == 2
