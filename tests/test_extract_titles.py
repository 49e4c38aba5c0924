"""Speakers and participants named by a title, an honorific or a participle, in both languages.

A title phrase without a name («وقال وزير الخارجية القطري», "the prime minister said") means the
person introduced with that title and country, even when someone else was named in between; an
honorific pronoun («سموه», "His Highness") means the person first introduced with that honorific;
a participle («مؤكدا», "adding") takes the subject of its own sentence. Each test is a sentence
written for it.
"""

from __future__ import annotations

import newsevents as ne


def _ar(body: str) -> ne.Document:
    return ne.extract("عنوان الخبر\n" + body + "\n")


def _en(body: str) -> ne.Document:
    return ne.extract("Talks in the region\n" + body + "\n")


def _speakers(doc: ne.Document) -> list[list[str]]:
    return [[doc.actor(a).name for a in st.speakers] for st in doc.statements]


# -- a title phrase is the holder introduced with that title ----------------------------------


def test_ar_full_title_skips_a_compatriot_with_another_title() -> None:
    doc = _ar(
        "التقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني بالمبعوث الأمريكي ستيف ويتكوف. "
        "وقال وزير الدولة القطري محمد الخليفي إن الاتفاق قريب. "
        "وقال وزير الخارجية القطري إن الحوار هو الحل."
    )
    assert _speakers(doc) == [["محمد الخليفي"], ["محمد بن عبد الرحمن آل ثاني"]]


def test_ar_prime_minister_is_not_the_speaker_of_parliament() -> None:
    doc = _ar(
        "التقى رئيس الوزراء العراقي محمد شياع السوداني بالمبعوث الأمريكي ستيف ويتكوف. "
        "وقال رئيس البرلمان العراقي محمود المشهداني إن الاتفاق قريب. "
        "وقال رئيس الوزراء العراقي إن الحوار هو الحل."
    )
    assert _speakers(doc) == [["محمود المشهداني"], ["محمد شياع السوداني"]]


def test_ar_honorific_title_chain_resolves_to_the_title_holder() -> None:
    doc = _ar(
        "التقى وزير الخارجية السعودي فيصل بن فرحان بالمبعوث الأمريكي ستيف ويتكوف. "
        "وقال وزير الدفاع السعودي خالد بن سلمان إن الاتفاق قريب. "
        "وأكد سمو وزير الخارجية السعودي أن الحوار هو الحل."
    )
    assert _speakers(doc) == [["خالد بن سلمان"], ["فيصل بن فرحان"]]


def test_ar_title_with_the_country_in_construct_matches_the_nisba() -> None:
    doc = _ar(
        "التقى رئيس الوزراء الفلسطيني محمد مصطفى بالمبعوث الأمريكي ستيف ويتكوف. "
        "وقال وزير الخارجية الأمريكي ماركو روبيو إن الاتفاق قريب. "
        "وقال رئيس وزراء فلسطين إن الحوار هو الحل."
    )
    assert _speakers(doc) == [["ماركو روبيو"], ["محمد مصطفى"]]


def test_ar_two_holders_of_the_title_fall_back_to_the_last_one() -> None:
    # «الوزير القطري» fits both Qatari ministers: the nearest one is kept.
    doc = _ar(
        "التقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني بالمبعوث الأمريكي ستيف ويتكوف. "
        "وقال وزير الدولة القطري محمد الخليفي إن الاتفاق قريب. "
        "وقال الوزير القطري إن الحوار هو الحل."
    )
    assert _speakers(doc) == [["محمد الخليفي"], ["محمد الخليفي"]]


def test_en_prime_minister_skips_a_foreign_minister_named_since() -> None:
    doc = _en(
        "Iraqi Prime Minister Mohammed Shia al-Sudani met U.S. envoy Steve Witkoff. "
        "Iraqi Foreign Minister Fuad Hussein said the deal was close. "
        "The prime minister said that ties were strong."
    )
    assert _speakers(doc) == [["Fuad Hussein"], ["Mohammed Shia al-Sudani"]]


def test_en_nationality_and_title_skip_a_compatriot_minister() -> None:
    doc = _en(
        "Turkish Foreign Minister Hakan Fidan met U.S. envoy Steve Witkoff. "
        "Turkish Defense Minister Yasar Guler said the deal was close. "
        "The Turkish foreign minister added that Ankara supports Iraq."
    )
    assert _speakers(doc) == [["Yasar Guler"], ["Hakan Fidan"]]


def test_ar_maghreb_first_minister_is_a_title() -> None:
    doc = _ar(
        "استقبل وزير الخارجية الجزائري أحمد عطاف الوزير الأول التونسي كمال المدوري. "
        "وقال عطاف إن الجزائر تدعم تونس. وأكد الوزير الأول التونسي أن العلاقات متينة."
    )
    assert _speakers(doc) == [["أحمد عطاف"], ["كمال المدوري"]]
    (meeting,) = doc.meetings
    assert {doc.actor(p.actor).name for p in meeting.participants} == {"أحمد عطاف", "كمال المدوري"}
    madouri = next(a for a in doc.actors if a.name == "كمال المدوري")
    assert any(r.title.startswith("الوزير الأول") for r in madouri.roles)


def test_ar_indefinite_title_with_a_country_in_construct_names_its_holder() -> None:
    doc = _ar(
        "استقبل رئيس وزراء قطر الشيخ محمد بن عبد الرحمن آل ثاني وزير الخارجية المصري بدر عبد "
        "العاطي. وقال عبد العاطي إن مصر تدعم الحوار. وقال رئيس الوزراء القطري إن العلاقات متينة."
    )
    assert _speakers(doc) == [["بدر عبد العاطي"], ["محمد بن عبد الرحمن آل ثاني"]]
    (meeting,) = doc.meetings
    assert {doc.actor(p.actor).name for p in meeting.participants} == {
        "محمد بن عبد الرحمن آل ثاني",
        "بدر عبد العاطي",
    }


def test_ar_a_former_holder_is_not_the_title_phrase() -> None:
    doc = _ar(
        "التقى رئيس الوزراء العراقي محمد شياع السوداني بالمبعوث الأمريكي ستيف ويتكوف. "
        "وكان ويتكوف قد التقى رئيس الوزراء العراقي الأسبق نوري المالكي. "
        "وقال رئيس الوزراء العراقي إن الحوار هو الحل."
    )
    assert _speakers(doc) == [["محمد شياع السوداني"]]


def test_en_a_former_holder_is_not_the_minister() -> None:
    doc = _en(
        "South Korean Foreign Minister Park Jin will visit Tokyo next week. Park will also "
        "express condolences over the death of former Japanese Prime Minister Shinzo Abe. "
        "The minister said that the visit would help ties."
    )
    assert _speakers(doc) == [["Park Jin"]]


# -- an honorific pronoun is the person introduced with that honorific ------------------------


def test_ar_honorific_pronoun_skips_the_last_speaker() -> None:
    doc = _ar(
        "استقبل جلالة الملك عبدالله الثاني الرئيس الفرنسي إيمانويل ماكرون. "
        "وقال ماكرون إن فرنسا تدعم الحوار. وأكد جلالته أن العلاقات متينة."
    )
    assert _speakers(doc) == [["إيمانويل ماكرون"], ["عبدالله الثاني"]]


def test_ar_honorific_pronoun_in_a_meeting_is_its_holder() -> None:
    doc = _ar(
        "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة الرئيس الفرنسي إيمانويل "
        "ماكرون في أبوظبي. وقال ماكرون إن فرنسا تدعم الحوار. "
        "والتقى سموه رئيس الوزراء الهندي ناريندرا مودي."
    )
    second = doc.meetings[-1]
    names = {doc.actor(p.actor).name for p in second.participants}
    assert names == {"محمد بن زايد آل نهيان", "ناريندرا مودي"}


def test_en_his_highness_is_not_the_last_speaker() -> None:
    doc = _en(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan received French President Emmanuel "
        "Macron. Macron said France supports talks. His Highness said that ties were strong."
    )
    assert _speakers(doc) == [["Emmanuel Macron"], ["Mohamed bin Zayed Al Nahyan"]]


def test_en_his_highness_in_a_meeting_is_its_holder() -> None:
    doc = _en(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan received French President Emmanuel "
        "Macron. Macron said France supports talks. His Highness later met Indian Prime "
        "Minister Narendra Modi."
    )
    names = {doc.actor(p.actor).name for p in doc.meetings[-1].participants}
    assert names == {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"}


def test_en_an_abbreviated_honorific_introduces_his_highness() -> None:
    doc = _en(
        "DUBAI, 3rd May (WAM) -- H.H. Sheikh Hamdan bin Mohammed received Indian Foreign "
        "Minister Subrahmanyam Jaishankar in Dubai today. Jaishankar said India values the "
        "partnership. His Highness affirmed the depth of relations, stressing that trade "
        "would grow."
    )
    speakers = _speakers(doc)
    assert speakers[0] == ["Subrahmanyam Jaishankar"]
    assert speakers[1:] and all(s == ["Hamdan bin Mohammed"] for s in speakers[1:])


def test_en_an_honorific_nobody_was_introduced_with_keeps_the_last_speaker() -> None:
    doc = _en(
        "French President Emmanuel Macron met Indian Prime Minister Narendra Modi. "
        "Modi said India supports talks. His Excellency said that ties were strong."
    )
    assert _speakers(doc) == [["Narendra Modi"], ["Narendra Modi"]]


# -- a participle takes the subject of its own sentence -------------------------------------


def test_ar_participle_after_a_title_subject_is_not_the_last_speaker() -> None:
    doc = _ar(
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير. "
        "وأعرب وزير الخارجية الأردني عن قلقه من التصعيد، مؤكدا أن الحل سياسي."
    )
    assert _speakers(doc) == [["إيمانويل ماكرون"], ["وزير الخارجية الأردني"]]
    st = doc.statements[1]
    assert doc.text_of(st.content) == "الحل سياسي"


def test_ar_participle_after_a_surname_subject_skips_the_last_speaker() -> None:
    doc = _ar(
        "التقى وزير الخارجية الأردني أيمن الصفدي الرئيس الفرنسي إيمانويل ماكرون. "
        "وقال ماكرون إن فرنسا تدعم الحوار. "
        "وأعرب وزير الخارجية الأردني عن قلقه من التصعيد، مؤكدا أن الحل سياسي."
    )
    assert _speakers(doc) == [["إيمانويل ماكرون"], ["أيمن الصفدي"]]


def test_ar_participle_after_an_object_title_keeps_the_subject() -> None:
    doc = _ar(
        "قال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير. "
        "والتقى وزير الخارجية الأردني أيمن الصفدي بوزير الخارجية المصري، مؤكدا أن الحل سياسي."
    )
    assert _speakers(doc)[1] == ["أيمن الصفدي"]


def test_en_participle_after_a_title_subject_is_not_the_last_speaker() -> None:
    doc = _en(
        "French President Emmanuel Macron said France supports talks. The Jordanian foreign "
        "minister voiced concern over the escalation, adding that the solution was political."
    )
    assert _speakers(doc) == [["Emmanuel Macron"], ["The Jordanian foreign minister"]]


def test_en_participle_after_a_surname_subject() -> None:
    doc = _en(
        "Jordanian Foreign Minister Ayman Safadi met French President Emmanuel Macron. "
        "Macron said France supports talks. Safadi voiced concern over the escalation, "
        "adding that the solution was political."
    )
    assert _speakers(doc) == [["Emmanuel Macron"], ["Ayman Safadi"]]


def test_en_participle_after_an_object_title_keeps_the_subject() -> None:
    doc = _en(
        "Jordanian Foreign Minister Ayman Safadi said Amman supports talks. French President "
        "Emmanuel Macron later met the Jordanian foreign minister, stressing that the solution "
        "was political."
    )
    assert _speakers(doc) == [["Ayman Safadi"], ["Emmanuel Macron"]]


# -- a subject before a relative parenthetical ------------------------------------------------


def test_ar_title_subject_before_a_relative_parenthetical_speaks() -> None:
    doc = _ar(
        "الرئيس القبرصي نيكوس خريستودوليدس استقبل وزير الخارجية المصري بدر عبد العاطي. "
        "وقال عبد العاطي إن مصر تدعم الحوار. "
        "الرئيس القبرصي، الذي يزور القاهرة الأسبوع المقبل، قال إن العلاقات متينة."
    )
    assert _speakers(doc) == [["بدر عبد العاطي"], ["نيكوس خريستودوليدس"]]


def test_ar_parenthetical_without_a_relative_keeps_the_last_speaker() -> None:
    doc = _ar(
        "الرئيس القبرصي نيكوس خريستودوليدس استقبل وزير الخارجية المصري بدر عبد العاطي. "
        "وقال عبد العاطي إن مصر تدعم الحوار. "
        "وفي القاهرة، بعد اللقاء، قال إن العلاقات متينة."
    )
    assert _speakers(doc) == [["بدر عبد العاطي"], ["بدر عبد العاطي"]]


def test_a_role_title_drops_its_glued_conjunction() -> None:
    doc = ne.extract("والتقى الوزير أحمد سالم ورئيس الوزراء الليبي خالد منصور في طرابلس.\n")
    titles = {r.title for a in doc.actors for r in a.roles}
    assert "رئيس الوزراء الليبي" in titles
    assert not any(t.startswith("و") for t in titles)
