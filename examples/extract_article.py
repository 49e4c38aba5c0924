"""Extract actors, statements and meetings from a short Arabic news report.

The report below was written for this example; the people in it are invented.

Run: python examples/extract_article.py
"""

from __future__ import annotations

import newsevents as ne

ARTICLE = (
    "وزيرا خارجية مصر والأردن يبحثان في القاهرة تعزيز التعاون\n"
    "استقبل وزير الخارجية المصري كريم منصور نظيره الأردني سليم حداد في القاهرة يوم الأحد، "
    "لبحث سبل تعزيز التعاون بين البلدين.\n"
    "وقال منصور إن “العلاقات بين البلدين تشهد تطورا مستمرا في مختلف المجالات”.\n"
    "وأضاف أن الجانبين اتفقا على عقد اجتماع جديد الشهر المقبل لمتابعة ما تم الاتفاق عليه.\n"
    "من جانبه، أكد حداد أن “التنسيق مع مصر ضروري لمواجهة التحديات المشتركة”.\n"
)


def main() -> None:
    doc = ne.extract(ARTICLE)
    print(f"language: {doc.article.language}, paragraphs: {len(doc.article.paragraphs)}")

    print(f"\nactors ({len(doc.actors)}):")
    for actor in doc.actors:
        spellings = sorted({doc.text_of(m.span) for m in doc.mentions_of(actor.id)})
        print(f"  {actor.id}: {actor.name} ({actor.kind.value}) written as {spellings}")

    print(f"\nstatements ({len(doc.statements)}):")
    for s in doc.statements:
        speakers = " + ".join(doc.actor(a).name for a in s.speakers)
        cue = doc.text_of(s.cue) if s.cue is not None else "—"
        print(f"  {speakers} → {cue} → {doc.text_of(s.content)} ({s.quote.value})")

    print(f"\nmeetings ({len(doc.meetings)}):")
    for m in doc.meetings:
        who = ", ".join(f"{doc.actor(p.actor).name} ({p.role.value})" for p in m.participants)
        where = doc.place(m.place).name if m.place is not None else "—"
        print(f"  {doc.text_of(m.trigger)}: {m.mode.value}, {m.status.value}; {who}; in {where}")

    errors = [i for i in ne.validate(doc) if i.severity == ne.Severity.ERROR]
    print(f"\nvalidation errors: {len(errors)}")


if __name__ == "__main__":
    main()
