"""Meetings and speakers on ordinary news copy, one category of construction per test.

The sentences are written for the tests; each states a general rule of how ordinary agency
copy announces a meeting or attributes a statement.
"""

from __future__ import annotations

import newsevents as ne


def _extract_ar(body: str) -> ne.Document:
    return ne.extract("عنوان الخبر\n" + body + "\n")


def _extract_en(body: str) -> ne.Document:
    return ne.extract("Headline\n" + body + "\n")


def _speakers(doc: ne.Document, st: ne.Statement) -> list[str]:
    return [doc.actor(a).name for a in st.speakers]


def _sides(doc: ne.Document) -> list[set[str]]:
    return [{doc.actor(p.actor).name for p in m.participants} for m in doc.meetings]


# -- Arabic: planned meetings introduced by a purpose noun ----------------------------------


def test_a_purpose_noun_after_a_journey_announces_planned_talks() -> None:
    doc = _extract_ar(
        "ويتوجه وزير الخارجية المصري بدر عبد العاطي إلى عمان غدا لبحث العلاقات الثنائية "
        "مع نظيره الأردني أيمن الصفدي."
    )
    assert _sides(doc) == [{"بدر عبد العاطي", "أيمن الصفدي"}]
    assert doc.meetings[0].status is ne.MeetingStatus.PLANNED


def test_a_purpose_noun_of_discussion_names_both_sides() -> None:
    doc = _extract_ar(
        "ووصل وزير الخارجية السعودي فيصل بن فرحان إلى بغداد لمناقشة التعاون الأمني مع "
        "رئيس الوزراء العراقي محمد شياع السوداني."
    )
    assert _sides(doc) == [{"فيصل بن فرحان", "محمد شياع السوداني"}]


def test_a_purpose_noun_without_a_second_person_is_no_meeting() -> None:
    doc = _extract_ar("وشكلت الحكومة لجنة لبحث أسباب الحريق في المصنع.")
    assert not doc.meetings


# -- Arabic: talks announced inside a coming visit, earlier meetings in the pluperfect ------


def test_talks_held_during_a_coming_visit_are_planned() -> None:
    doc = _extract_ar(
        "ويقوم الرئيس الفرنسي إيمانويل ماكرون بزيارة إلى القاهرة الأسبوع المقبل يجري "
        "خلالها مباحثات مع الرئيس عبد الفتاح السيسي."
    )
    assert _sides(doc) == [{"إيمانويل ماكرون", "عبد الفتاح السيسي"}]
    assert doc.meetings[0].status is ne.MeetingStatus.PLANNED


def test_an_earlier_audience_in_the_pluperfect_occurred() -> None:
    doc = _extract_ar(
        "وكان أمير قطر الشيخ تميم بن حمد قد استقبل وزير الخارجية الأمريكي أنتوني بلينكن في الدوحة."
    )
    (meeting,) = doc.meetings
    roles = {doc.actor(p.actor).name: p.role for p in meeting.participants}
    assert roles == {
        "تميم بن حمد": ne.ParticipantRole.HOST,
        "أنتوني بلينكن": ne.ParticipantRole.GUEST,
    }
    assert meeting.status is ne.MeetingStatus.OCCURRED


# -- Arabic: an agreement to meet, a joint subject named in full ----------------------------


def test_an_agreement_to_meet_announces_a_planned_meeting_of_both_members() -> None:
    doc = _extract_ar("واتفق الرئيسان عبد الفتاح السيسي ورجب طيب أردوغان على أن يلتقيا في أنقرة.")
    assert _sides(doc) == [{"عبد الفتاح السيسي", "رجب طيب أردوغان"}]
    assert doc.meetings[0].status is ne.MeetingStatus.PLANNED


def test_an_agreement_to_hold_a_meeting_is_planned() -> None:
    doc = _extract_ar("واتفق الجانبان على عقد اجتماع بين وزيري الخارجية سامح شكري وفيصل بن فرحان.")
    assert _sides(doc) == [{"سامح شكري", "فيصل بن فرحان"}]
    assert doc.meetings[0].status is ne.MeetingStatus.PLANNED


def test_a_purpose_phrase_with_an_aim_announces_a_planned_meeting() -> None:
    doc = _extract_ar(
        "ووصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط بهدف عقد لقاء مع المبعوث "
        "الأمريكي ستيف ويتكوف."
    )
    assert _sides(doc) == [{"عباس عراقجي", "ستيف ويتكوف"}]
    assert doc.meetings[0].status is ne.MeetingStatus.PLANNED


def test_the_second_member_of_a_plural_title_is_named_without_its_conjunction() -> None:
    doc = _extract_ar("وقال الرئيسان عبد الفتاح السيسي ورجب طيب أردوغان إن التعاون سيتعزز.")
    names = {doc.text_of(m.span) for m in doc.mentions if m.form is ne.MentionForm.NAME}
    assert {"عبد الفتاح السيسي", "رجب طيب أردوغان"} <= names


def test_a_meeting_told_in_an_assertion_keeps_its_status() -> None:
    doc = _extract_ar(
        "وأكد الرئيس عبد الفتاح السيسي على أن اللقاء مع الرئيس رجب طيب أردوغان كان مثمرا."
    )
    assert all(m.status is not ne.MeetingStatus.PLANNED for m in doc.meetings)


# -- Arabic and English: a guest's statement after an audience given by the host ------------


def test_the_guest_who_speaks_after_an_audience_is_the_person_received() -> None:
    doc = _extract_ar(
        "واستقبل الملك عبد الله الثاني وزير الخارجية الفرنسي جان نويل بارو في عمان، وأكد "
        "الضيف أن بلاده تدعم حل الدولتين."
    )
    (st,) = doc.statements
    assert _speakers(doc, st) == ["جان نويل بارو"]
    names = {a.name for a in doc.actors}
    assert "الضيف" not in names


def test_the_visiting_title_in_the_next_sentence_is_the_guest() -> None:
    doc = _extract_ar(
        "واستقبل الرئيس عبد الفتاح السيسي رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس. وقال "
        "الرئيس الزائر إن بلاده تدعم مصر."
    )
    (st,) = doc.statements
    assert _speakers(doc, st) == ["كيرياكوس ميتسوتاكيس"]


def test_the_visiting_minister_in_english_is_the_guest() -> None:
    doc = _extract_en(
        "King Abdullah II received French Foreign Minister Jean-Noel Barrot in Amman. The "
        "visiting minister said France supported a two-state solution."
    )
    (st,) = doc.statements
    assert _speakers(doc, st) == ["Jean-Noel Barrot"]


# -- English: courtesy calls, earlier encounters, invitations -------------------------------


def test_a_courtesy_call_is_an_in_person_visit_of_the_subject() -> None:
    doc = _extract_en(
        "The new Indian High Commissioner Gopal Baglay paid a courtesy call on Prime Minister "
        "Anthony Albanese on Tuesday."
    )
    (meeting,) = doc.meetings
    roles = {doc.actor(p.actor).name: p.role for p in meeting.participants}
    assert roles == {
        "Gopal Baglay": ne.ParticipantRole.GUEST,
        "Anthony Albanese": ne.ParticipantRole.HOST,
    }
    assert meeting.mode is ne.MeetingMode.IN_PERSON
    assert meeting.status is ne.MeetingStatus.OCCURRED


def test_an_earlier_encounter_told_with_a_time_adverb_occurred() -> None:
    doc = _extract_en(
        "Foreign Minister Wang Yi and Secretary of State Antony Blinken had met earlier this "
        "year in Geneva."
    )
    assert _sides(doc) == [{"Wang Yi", "Antony Blinken"}]
    assert doc.meetings[0].status is ne.MeetingStatus.OCCURRED


def test_an_invitation_to_visit_is_no_meeting_that_took_place() -> None:
    doc = _extract_en(
        "President Emmanuel Macron invited Prime Minister Narendra Modi to visit Paris next year."
    )
    assert all(m.status is ne.MeetingStatus.HYPOTHETICAL for m in doc.meetings)


# -- English: attributions to a described office --------------------------------------------


def test_an_office_described_by_a_title_holder_speaks_after_the_clause() -> None:
    for office in ("governor's office", "prime minister's office", "governor’s office"):
        doc = _extract_en(f"Rescue teams were still searching for survivors, the {office} said.")
        (st,) = doc.statements
        assert _speakers(doc, st) == [office]
        assert doc.text_of(st.content) == "Rescue teams were still searching for survivors"


# -- English: a name in apposition to a title before a post-posed verb ----------------------


def test_a_quote_attributed_afterwards_to_a_title_and_a_name_in_apposition() -> None:
    for attribution in (
        "Ukraine's foreign minister, Andrii Sybiha, said",
        "the foreign minister, Andrii Sybiha, said",
    ):
        doc = _extract_en(f'"We will respond," {attribution}.')
        (st,) = doc.statements
        assert _speakers(doc, st) == ["Andrii Sybiha"]
        assert doc.text_of(st.content) == "We will respond"


def test_a_clause_attributed_afterwards_to_a_title_and_a_name_in_apposition() -> None:
    doc = _extract_en("The strikes hit civilians, Ukraine's foreign minister, Andrii Sybiha, said.")
    (st,) = doc.statements
    assert _speakers(doc, st) == ["Andrii Sybiha"]
    assert doc.text_of(st.content) == "The strikes hit civilians"


def test_a_list_of_countries_after_a_clause_is_no_apposition() -> None:
    doc = _extract_en("The talks failed, Britain, France and Germany said.")
    assert not any(_speakers(doc, st) == ["France"] for st in doc.statements)


# -- English: a source after "according to" is the body, not its country --------------------


def test_a_diplomatic_mission_after_according_to_is_the_source() -> None:
    for source, name in (
        ("the Chinese mission to the United Nations", "Chinese mission"),
        ("China's mission to the UN", "China's mission"),
    ):
        doc = _extract_en(f"The vote was postponed, according to {source}.")
        (st,) = doc.statements
        assert _speakers(doc, st) == [name]
        assert doc.text_of(st.content) == "The vote was postponed"


# -- Names of armed forces and honorific names of states -------------------------------------


def test_talks_between_the_delegations_of_two_armed_forces() -> None:
    doc = _extract_ar("وعقد وفدا الجيش السوداني وقوات الدعم السريع جولة محادثات في جدة.")
    assert _sides(doc) == [{"الجيش السوداني", "قوات الدعم السريع"}]


def test_talks_between_named_armed_forces_in_english() -> None:
    doc = _extract_en(
        "Representatives of the Sudanese Armed Forces and the Rapid Support Forces held talks "
        "in Jeddah."
    )
    assert _sides(doc) == [{"Sudanese Armed Forces", "Rapid Support Forces"}]


def test_the_sultanate_is_the_state_of_oman() -> None:
    doc = _extract_ar("قال وزير الخارجية بدر البوسعيدي إن السلطنة ترحب بالاتفاق.")
    (oman,) = [a for a in doc.actors if a.kind is ne.ActorKind.COUNTRY]
    assert oman.name == "سلطنة عمان"
    assert {doc.text_of(m.span) for m in doc.mentions if m.actor == oman.id} == {"السلطنة"}


# -- Arabic: less-known officials after a title, a name ended by its complement -------------


def test_an_earlier_meeting_in_the_pluperfect_with_a_un_envoy() -> None:
    doc = _extract_ar(
        "وكان وزير الخارجية الأردني أيمن الصفدي والمبعوث الأممي هانس غروندبرغ قد التقيا في عمان."
    )
    assert _sides(doc) == [{"أيمن الصفدي", "هانس غروندبرغ"}]
    assert doc.meetings[0].status is ne.MeetingStatus.OCCURRED


def test_a_request_complement_is_not_part_of_the_name_of_its_object() -> None:
    doc = _extract_ar(
        "وطالب وزير الخارجية المصري بدر عبد العاطي نظيره الأمريكي ماركو روبيو بالضغط على "
        "إسرائيل لوقف الحرب."
    )
    persons = {a.name for a in doc.actors if a.kind is ne.ActorKind.PERSON}
    assert persons == {"بدر عبد العاطي", "ماركو روبيو"}
    (st,) = doc.statements
    assert _speakers(doc, st) == ["بدر عبد العاطي"]


# -- English: a round of talks between a described party and a named movement ---------------


def test_a_described_party_and_a_named_movement_hold_a_round_of_talks() -> None:
    for party in ("Israeli negotiators", "Egyptian and Qatari mediators"):
        doc = _extract_en(f"{party} held a new round of talks with Hamas in Doha.")
        assert _sides(doc) == [{party, "Hamas"}]
        (group,) = [a for a in doc.actors if a.kind is ne.ActorKind.GROUP]
        assert group.name == party


def test_a_bare_unnamed_subject_is_no_side_of_talks() -> None:
    doc = _extract_en("Officials held talks with Hamas in Doha.")
    assert not any(a.kind is ne.ActorKind.GROUP for a in doc.actors)


def test_talks_named_in_the_words_of_a_speaker_do_not_make_the_speaker_a_side() -> None:
    doc = _extract_en("Israeli officials said the talks with Hamas in Doha had stalled.")
    assert not any(a.kind is ne.ActorKind.GROUP for a in doc.actors)
    (st,) = doc.statements
    assert _speakers(doc, st) == ["Israeli officials"]


def test_the_object_of_a_request_after_a_family_name_is_not_part_of_the_speaker() -> None:
    doc = _extract_ar("ودعا وزير الخارجية الأردني أيمن الصفدي المجتمع الدولي إلى التحرك الفوري.")
    (st,) = doc.statements
    assert _speakers(doc, st) == ["أيمن الصفدي"]
    persons = {a.name for a in doc.actors if a.kind is ne.ActorKind.PERSON}
    assert persons == {"أيمن الصفدي"}


def test_a_name_with_two_definite_words_stays_whole() -> None:
    doc = _extract_ar("وقال رئيس الحكومة سعد الدين العثماني إن الحكومة مستمرة.")
    (st,) = doc.statements
    assert _speakers(doc, st) == ["سعد الدين العثماني"]
