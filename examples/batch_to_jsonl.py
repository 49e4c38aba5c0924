"""Extract every *.txt article of a folder into one JSON Lines file, then read it back.

Run: python examples/batch_to_jsonl.py [FOLDER [OUTPUT.jsonl]]

Without arguments, it writes two short articles (written for this example) and an empty
file to a scratch folder first. The command line does the same with
``newsevents extract --format jsonl --jobs 2 FOLDER > OUTPUT.jsonl``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import newsevents as ne
from newsevents.errors import NewsEventsError

SAMPLES = {
    "cairo.txt": (
        "محادثات مصرية سودانية في القاهرة\n"
        "التقى رئيس الوزراء المصري نظيره السوداني في القاهرة يوم الاثنين.\n"
        "وقال المتحدث باسم الحكومة إن “المحادثات تناولت ملف المياه”.\n"
    ),
    "tunis.txt": (
        "اتصال هاتفي بين وزيري التجارة\n"
        "أجرى وزير التجارة التونسي سامي العربي اتصالا هاتفيا مع نظيره المغربي يوسف بناني.\n"
        "وأوضح العربي أن “الجانبين سيلتقيان في تونس الشهر المقبل”.\n"
    ),
    "empty.txt": "   \n",
}


def main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        folder = Path(tempfile.mkdtemp())
        for name, text in SAMPLES.items():
            (folder / name).write_text(text, encoding="utf-8")
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else folder / "articles.jsonl"

    failed = 0
    with ne.JsonlWriter(target) as out:
        for path in sorted(folder.rglob("*.txt")):
            try:
                doc = ne.extract(path.read_text(encoding="utf-8"))
            except (NewsEventsError, UnicodeDecodeError) as exc:
                print(f"skipped {path.name}: {exc}")
                failed += 1
                continue
            out.write(doc)
            print(
                f"{path.name}: {doc.article.language}, {len(doc.statements)} statements, "
                f"{len(doc.meetings)} meetings"
            )
        written = out.count
    print(f"{written} documents written to {target}, {failed} skipped")

    # Streaming back, one document at a time.
    languages = [doc.article.language for doc in ne.iter_jsonl(target)]
    assert len(languages) == written
    print("read back:", languages)


if __name__ == "__main__":
    main()
