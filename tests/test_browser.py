"""The HTML view in a real browser: headless Chromium runs the page and we read its DOM.

A probe script is added to a copy of the page: one at the top of ``<head>`` records uncaught
errors and ``console.error`` calls, one at the end of ``<body>`` measures the rendered DOM,
clicks an actor and a statement, and writes its findings as JSON into a ``<pre id="probe">``
that ``chromium --dump-dom`` prints. A screenshot of the unaltered page is kept in
``test-artifacts/``. Without Chromium the tests are skipped, except in CI (``CI`` set), where
they fail.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from newsevents import Document, parse_article
from newsevents.fixtures import seed_document
from newsevents.render import to_html

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

HEAD_PROBE = """<script>
window.__probeErrors = [];
window.addEventListener("error", function (e) { window.__probeErrors.push(String(e.message)); });
(function () {
  var original = console.error;
  console.error = function () {
    window.__probeErrors.push(Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
})();
</script>"""

BODY_PROBE = """<script>
(function () {
  function count(selector) { return document.querySelectorAll(selector).length; }
  function unique(selector, attr) {
    var seen = {};
    Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) {
      (el.getAttribute(attr) || "").split(" ").forEach(function (id) { if (id) seen[id] = 1; });
    });
    return Object.keys(seen).sort();
  }
  var r = {
    dir: document.dir,
    lang: document.documentElement.lang,
    direction: getComputedStyle(document.getElementById("ne-article")).direction,
    ready: document.documentElement.getAttribute("data-ne-ready"),
    scripts: count("script"),
    mentions: count("#ne-article .ne-seg.ne-mention"),
    statementItems: count("li.ne-statement"),
    contentIds: unique("#ne-article .ne-seg.ne-content", "data-s"),
    badges: count("#ne-article .ne-badge"),
    articleText: document.getElementById("ne-article").textContent
  };
  var content = document.querySelector("#ne-article .ne-seg.ne-content");
  if (content) {
    content.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    r.hoverLit = count(".ne-hl");
    content.dispatchEvent(new MouseEvent("mouseout", { bubbles: true }));
    r.hoverLeft = count(".ne-hl");
    content.click();
    r.detailBlocks = count("#ne-details h4");
  }
  var speaker = document.querySelector("li.ne-statement .ne-actor");
  if (speaker) {
    var actor = speaker.getAttribute("data-actor");
    speaker.click();
    r.pickedActor = actor;
    r.selectedStatements = unique("li.ne-statement.ne-sel", "data-s");
    r.focus = document.body.classList.contains("ne-focus");
  }
  r.errors = window.__probeErrors;
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium); required in CI")
    return found


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=180, check=False, cwd=tmp_path
    )


def probe(page: str, tmp_path: Path) -> tuple[dict[str, Any], str]:
    """Load ``page`` with the probes in Chromium; the probe's findings and Chromium's log."""
    head = page.index("<head>") + len("<head>")
    body = page.rindex("</body>")
    probed = page[:head] + HEAD_PROBE + page[head:body] + BODY_PROBE + page[body:]
    target = tmp_path / "probed.html"
    target.write_text(probed, encoding="utf-8")
    done = run_chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", target.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    start = done.stdout.find('<pre id="probe">')
    assert start >= 0, f"the probe did not run; DOM starts {done.stdout[:300]!r}"
    end = done.stdout.index("</pre>", start)
    raw = done.stdout[start + len('<pre id="probe">') : end]
    found: dict[str, Any] = json.loads(html.unescape(raw))
    return found, done.stderr


def console_problems(log: str) -> list[str]:
    return [
        line
        for line in log.splitlines()
        if "Uncaught" in line or ("CONSOLE" in line and "probe" not in line)
    ]


@pytest.fixture(scope="module")
def seed() -> Document:
    return seed_document()


def test_seed_page_renders_right_to_left_with_every_highlight(
    seed: Document, tmp_path: Path
) -> None:
    found, log = probe(to_html(seed), tmp_path)
    assert found["errors"] == []
    assert console_problems(log) == []
    assert found["ready"] == "1", "the page's own script did not finish"
    assert found["dir"] == "rtl"
    assert found["lang"] == "ar"
    assert found["direction"] == "rtl"
    assert found["mentions"] > 0
    assert found["statementItems"] == len(seed.statements)
    assert found["contentIds"] == sorted(s.id for s in seed.statements)
    assert found["badges"] == len(seed.meetings)
    assert seed.text_of(seed.statements[0].content) in found["articleText"]


def test_seed_page_reacts_to_hover_and_clicks(seed: Document, tmp_path: Path) -> None:
    found, _ = probe(to_html(seed), tmp_path)
    assert found["hoverLit"] >= 2  # the piece under the pointer and the statement in the list
    assert found["hoverLeft"] == 0
    assert found["detailBlocks"] >= 1
    assert found["focus"] is True
    assert found["selectedStatements"] == sorted(
        s.id for s in seed.statements_by(found["pickedActor"])
    )


def test_markup_in_the_article_stays_text_in_the_browser(tmp_path: Path) -> None:
    text = "Headline <b>here</b>\nShe said <script>document.title='owned'</script> & left.\n"
    doc = Document(article=parse_article(text, language="en", id="x"))
    found, log = probe(to_html(doc), tmp_path)
    assert found["errors"] == []
    assert console_problems(log) == []
    assert found["dir"] == "ltr"
    assert found["direction"] == "ltr"
    assert found["scripts"] == 4  # the page's two and the two probes
    assert "<script>document.title='owned'</script>" in found["articleText"]


def test_screenshot_of_the_seed_page(seed: Document, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "seed-view.html"
    page.write_text(to_html(seed), encoding="utf-8")
    shot = ARTIFACTS / "seed-view.png"
    shot.unlink(missing_ok=True)
    done = run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,2200", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1400, 2200)
