"""Arabic extraction on sentences in the styles of agency and newspaper copy.

Each test states one general rule of how Arabic news attributes speech, names people and
bodies, and reports meetings, on sentences written for the test.
"""

from __future__ import annotations

import newsevents as ne


def _extract(body: str) -> ne.Document:
    return ne.extract("عنوان الخبر\n" + body + "\n")


def _speaker_names(doc: ne.Document, st: ne.Statement) -> list[str]:
    return [doc.actor(a).name for a in st.speakers]


# -- speakers ------------------------------------------------------------------------------


def test_a_source_quoted_by_an_agency_speaks_and_the_agency_reports() -> None:
    doc = _extract("ونقلت وكالة الأناضول عن مصدر دبلوماسي تركي قوله إن الاجتماع سيعقد في أنقرة.")
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مصدر دبلوماسي تركي"]
    assert doc.text_of(st.content) == "الاجتماع سيعقد في أنقرة"
    assert st.reported_by is not None
    assert doc.actor(st.reported_by).kind is ne.ActorKind.MEDIA


def test_a_named_source_quoted_by_a_newspaper_speaks() -> None:
    doc = _extract(
        "ونقلت صحيفة الشرق الأوسط عن وزير الخارجية المصري بدر عبد العاطي قوله إن "
        "القاهرة لن تقبل بذلك."
    )
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["بدر عبد العاطي"]
    assert st.reported_by is not None


def test_a_source_with_a_description_and_an_abbreviation_in_parentheses() -> None:
    doc = _extract(
        "ونقلت وكالة الأنباء اليمنية (سبأ) عن مسؤول في وزارة الخارجية قوله إن المحادثات "
        "ستستأنف الأسبوع المقبل."
    )
    (st,) = doc.statements
    assert [doc.actor(a).kind for a in st.speakers] == [ne.ActorKind.PERSON]
    assert _speaker_names(doc, st)[0].startswith("مسؤول")
    assert st.reported_by is not None


# -- names -----------------------------------------------------------------------------------


def _media(doc: ne.Document) -> set[str]:
    """The texts of the name mentions of media."""
    media = {a.id for a in doc.actors if a.kind is ne.ActorKind.MEDIA}
    return {doc.text_of(m.span) for m in doc.mentions if m.actor in media}


def test_agency_abbreviations_name_the_agency() -> None:
    doc = _extract(
        "الكويت - كونا: ذكرت وكالة الأنباء القطرية (قنا) أن الوفد وصل، "
        "فيما أفادت سونا وبنا وواع بأن الاجتماع انتهى."
    )
    assert _media(doc) == {"كونا", "وكالة الأنباء القطرية", "قنا", "سونا", "بنا", "واع"}
    qna = {m.actor for m in doc.mentions if doc.text_of(m.span) in ("قنا", "وكالة الأنباء القطرية")}
    assert len(qna) == 1


def _person_names(doc: ne.Document) -> set[str]:
    return {a.name for a in doc.actors if a.kind is ne.ActorKind.PERSON}


def test_praise_formulas_and_epithets_are_not_part_of_the_name() -> None:
    doc = _extract(
        "واستقبل حضرة صاحب الجلالة السلطان قابوس بن سعيد المعظم سفير كوريا الجنوبية. "
        "وتلقى الملك فهد بن عبدالعزيز حفظه الله ورعاه برقية تهنئة."
    )
    assert {"قابوس بن سعيد", "فهد بن عبدالعزيز"} <= _person_names(doc)
    assert not any("المعظم" in n or "حفظه" in n for n in _person_names(doc))


def test_a_family_name_with_the_article_ends_a_three_word_name() -> None:
    doc = _extract("وأكد وزير الدولة سالم راشد الكعبي أن الحوار مستمر. وأوضح الكعبي أن الحل سياسي.")
    first, second = doc.statements
    assert _speaker_names(doc, first) == ["سالم راشد الكعبي"]
    assert second.speakers == first.speakers
    assert doc.text_of(first.content) == "الحوار مستمر"


def test_a_nationality_after_a_name_is_not_part_of_it() -> None:
    doc = _extract(
        "والتقى الرئيس الغاني جون ماهاما نظيره السنغالي في أكرا. "
        "وقال ماهاما الغاني للصحفيين إن العلاقات جيدة."
    )
    assert "جون ماهاما" in _person_names(doc)
    assert not any("الغاني" in n or "السنغالي" in n for n in _person_names(doc))


def test_a_post_on_a_platform_is_speech() -> None:
    doc = _extract("وكتب وزير الخارجية الهولندي كاسبر فيلدكامب على منصة إكس أن بلاده تدعم الهدنة.")
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["كاسبر فيلدكامب"]
    assert doc.text_of(st.content) == "بلاده تدعم الهدنة"


def test_writing_without_a_content_clause_is_no_statement() -> None:
    assert not _extract("وقد كتب المؤرخون كتبا كثيرة عن هذه الحرب.").statements


def test_a_participle_after_a_platform_belongs_to_the_poster() -> None:
    doc = _extract(
        'وغرد رئيس الوزراء الكندي مارك كارني على حسابه في منصة إكس قائلا: "نقف مع الشعب".'
    )
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مارك كارني"]
    assert st.quote is ne.QuoteKind.DIRECT


def test_a_body_named_by_its_head_speaks() -> None:
    doc = _extract("وقالت الخارجية في بيان إن الوزير سيزور بغداد الأسبوع المقبل.")
    (st,) = doc.statements
    (speaker,) = st.speakers
    assert doc.actor(speaker).kind is ne.ActorKind.ORGANIZATION
    assert doc.actor(speaker).name == "الخارجية"


def test_an_office_in_construct_with_a_title_speaks() -> None:
    doc = _extract("وأوضح مكتب رئيس الوزراء الأردني في بيان أن الحكومة ماضية في الإصلاح.")
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مكتب رئيس الوزراء الأردني"]
    assert doc.text_of(st.content) == "الحكومة ماضية في الإصلاح"


# -- meetings --------------------------------------------------------------------------------


def _held(doc: ne.Document) -> list[ne.Meeting]:
    return [
        m
        for m in doc.meetings
        if m.polarity is ne.Polarity.POSITIVE
        and m.status not in (ne.MeetingStatus.CANCELLED, ne.MeetingStatus.HYPOTHETICAL)
    ]


def test_a_meeting_inside_a_denial_is_negative() -> None:
    doc = _extract(
        "ونفت الرئاسة التونسية أن يكون الرئيس قيس سعيد قد التقى الموفد الفرنسي جان إيف لودريان."
    )
    assert doc.meetings
    assert not _held(doc)
    assert doc.statements


def test_a_call_from_a_person_behind_a_long_title_chain_and_a_rank() -> None:
    doc = _extract(
        "تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اتصالا هاتفيا من رئيس "
        "المجلس الرئاسي القائد الأعلى للقوات المسلحة الفريق أول ركن خليفة حفتر. "
        "وجرى خلال الاتصال بحث العلاقات. كما تناول الاتصال تطورات الأوضاع."
    )
    (call,) = _held(doc)
    assert call.mode is ne.MeetingMode.PHONE
    names = {doc.actor(p.actor).name for p in call.participants}
    assert "خليفة حفتر" in names and "محمد بن زايد آل نهيان" in names


def test_a_city_is_not_read_as_a_spelling_of_a_given_name() -> None:
    doc = _extract(
        "التقى الرئيس القبرصي نيكوس خريستودوليدس نظيره اليوناني في نيقوسيا. "
        "وقال خريستودوليدس إن المحادثات كانت بناءة."
    )
    texts = {doc.text_of(m.span) for m in doc.mentions if m.form is ne.MentionForm.NAME}
    assert "نيقوسيا" not in texts
    assert "نيكوس خريستودوليدس" in texts


def _participants(doc: ne.Document, m: ne.Meeting) -> list[str]:
    return [doc.actor(p.actor).name for p in m.participants]


def test_talks_inside_a_visit_take_the_visitor_from_the_sentence_subject() -> None:
    doc = _extract(
        "ووصل الرئيس الكيني وليام روتو إلى مدريد في زيارة رسمية، حيث عقد جلسة "
        "مباحثات مع رئيس الوزراء الإسباني بيدرو سانشيز."
    )
    (talks,) = _held(doc)
    assert doc.text_of(talks.trigger).endswith("مباحثات")
    assert _participants(doc, talks) == ["وليام روتو", "بيدرو سانشيز"]


def test_a_meeting_during_a_visit_takes_the_visitor() -> None:
    doc = _extract(
        "وبدأ وزير الخارجية العماني بدر البوسعيدي زيارة رسمية إلى الكويت، التقى خلالها "
        "ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح."
    )
    (meeting,) = _held(doc)
    assert _participants(doc, meeting)[0] == "بدر البوسعيدي"
    assert len(meeting.participants) == 2


def test_a_trilateral_summit_between_three_leaders() -> None:
    doc = _extract(
        "وعقدت قمة ثلاثية بين الرئيس القبرصي نيكوس خريستودوليدس ورئيس الوزراء اليوناني "
        "كيرياكوس ميتسوتاكيس والرئيس المصري عبد الفتاح السيسي في نيقوسيا."
    )
    (summit,) = _held(doc)
    assert len(summit.participants) == 3


def test_an_honorific_pronoun_is_the_person_the_article_is_about() -> None:
    doc = _extract(
        "استقبل رئيس الوزراء الأردني جعفر حسان وزير الخارجية الألماني يوهان فاديفول في عمان. "
        "وقال فاديفول إن ألمانيا تدعم الأردن. وأكد دولته أن المنطقة تحتاج إلى الاستقرار."
    )
    first, second = doc.statements
    assert _speaker_names(doc, first) == ["يوهان فاديفول"]
    assert _speaker_names(doc, second) == ["جعفر حسان"]


def test_a_preposition_phrase_between_a_cue_and_its_clause_is_skipped() -> None:
    doc = _extract("وأكد الرئيس الكيني وليام روتو خلال لقائه الوفد أن كينيا منفتحة على الجميع.")
    (st,) = doc.statements
    assert doc.text_of(st.content) == "كينيا منفتحة على الجميع"


def test_a_noun_complement_of_the_cue_preposition_keeps_its_clause() -> None:
    doc = _extract("وشدد الوزير سالم الكعبي على أهمية أن يلتزم الجميع بالاتفاق.")
    (st,) = doc.statements
    assert doc.text_of(st.content).startswith("أهمية")


def test_a_post_posed_source_with_its_own_verb_and_pronoun() -> None:
    doc = _extract(
        "التقى وزير الخارجية الليبي الطاهر الباعور نظيره المالطي إيان بورغ في طرابلس، "
        "حسب ما أفاد به بيان لوزارة الخارجية الليبية."
    )
    (st,) = doc.statements
    assert st.cue is not None and doc.text_of(st.cue).startswith("أفاد")
    assert doc.actor(st.speakers[0]).kind is ne.ActorKind.ORGANIZATION
    assert doc.text_of(st.content).startswith("التقى")


def test_an_outlet_addressed_in_quotes_is_not_the_content() -> None:
    doc = _extract('وأكد مصدر دبلوماسي لـ"الجريدة" أن الاجتماع المقبل سيعقد في الرياض.')
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مصدر دبلوماسي"]
    assert doc.text_of(st.content) == "الاجتماع المقبل سيعقد في الرياض"
    assert st.quote is ne.QuoteKind.INDIRECT


def test_a_name_written_with_a_separate_allah_after_abd() -> None:
    doc = _extract(
        "استقبل الملك عبد الله الثانى وزير الخارجية البرتغالي باولو رانجيل. "
        "وقال الملك عبد الله إن الأردن يقدر موقف البرتغال."
    )
    assert "عبد الله الثانى" in _person_names(doc)
    (meeting,) = _held(doc)
    assert len(meeting.participants) == 2
    (st,) = doc.statements
    assert _speaker_names(doc, st)[0].startswith("عبد الله")


def test_sources_quoted_by_a_channel_without_a_verbal_noun() -> None:
    doc = _extract('ونقلت قناة "المشهد" عن مصادر مطلعة أن الاجتماع سيعقد الأحد المقبل.')
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مصادر مطلعة"]
    assert st.reported_by is not None
    assert doc.text_of(st.content) == "الاجتماع سيعقد الأحد المقبل"


def test_an_outlet_as_the_object_of_the_verb_is_the_addressee() -> None:
    doc = _extract('وأفاد مصدر مطلع "المنصة" بأن المفاوضات ستستأنف.')
    (st,) = doc.statements
    assert doc.text_of(st.content) == "المفاوضات ستستأنف"


def test_one_word_after_a_preposition_before_the_clause_is_the_addressee() -> None:
    doc = _extract("وأكدت مصادر دبلوماسية غربية للقناة أن الاتفاق بات وشيكا.")
    (st,) = doc.statements
    assert doc.text_of(st.content) == "الاتفاق بات وشيكا"


def test_a_source_layer_inside_a_report_does_not_end_it() -> None:
    doc = _extract('وذكرت صحيفة "الصباح" نقلا عن مصدر مسؤول أن الزيارة تأجلت.')
    (st,) = doc.statements
    assert doc.text_of(st.content) == "الزيارة تأجلت"
    assert doc.actor(st.speakers[0]).kind is ne.ActorKind.MEDIA


def test_a_family_name_that_is_a_demonym_is_the_person_where_a_name_stands() -> None:
    doc = _extract(
        "استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد الأمريكي في بغداد. "
        "وأوضح مكتب رئيس الوزراء في بيان أن السوداني أبلغ الوفد بأن العراق لن يكون "
        "منطلقا لأي اعتداء. وقال السوداني إن الحكومة ماضية في الإصلاح."
    )
    office, told, said = doc.statements
    assert _speaker_names(doc, office) == ["مكتب رئيس الوزراء"]
    assert _speaker_names(doc, told) == ["محمد شياع السوداني"]
    assert doc.text_of(told.content) == "العراق لن يكون منطلقا لأي اعتداء"
    assert _speaker_names(doc, said) == ["محمد شياع السوداني"]


def test_a_demonym_after_a_noun_stays_an_adjective() -> None:
    doc = _extract("التقى رئيس الوزراء العراقي محمد شياع السوداني قائد الجيش السوداني في بغداد.")
    sudani = next(a for a in doc.actors if a.name == "محمد شياع السوداني")
    texts = [doc.text_of(m.span) for m in doc.mentions if m.actor == sudani.id]
    assert texts == ["محمد شياع السوداني"]


def test_a_back_reference_paragraphs_later_is_the_same_meeting() -> None:
    doc = _extract(
        "استقبل الرئيس التونسي قيس سعيد، اليوم الاثنين، وزير الخارجية الإيطالي أنطونيو "
        "تاياني في قرطاج.\n"
        "وتناولت المباحثات ملف الهجرة غير النظامية.\n"
        "وخلال الاجتماع، أكد سعيد رفض تونس أن تكون حارسا لحدود أوروبا."
    )
    (meeting,) = _held(doc)
    assert _participants(doc, meeting) == ["قيس سعيد", "أنطونيو تاياني"]


def test_a_postponed_visit_or_summit_is_not_held() -> None:
    doc = _extract(
        "وتأجلت زيارة وزير الخارجية الإيراني عباس عراقجي إلى القاهرة ولقاؤه بنظيره المصري "
        "بدر عبد العاطي. وأرجئت القمة التي كانت مقررة بين الرئيس الأمريكي دونالد ترامب "
        "والرئيس الروسي فلاديمير بوتين في بودابست."
    )
    assert doc.meetings
    assert not _held(doc)


def test_a_full_title_without_a_country_is_the_home_official() -> None:
    doc = _extract(
        "تلقى وزير الخارجية الكويتي عبدالله اليحيا اتصالا هاتفيا من وزير الخارجية الفرنسي "
        "جان نويل بارو. وأكد وزير الخارجية خلال الاتصال أن الكويت حريصة على الاستقرار. "
        "وقال الوزير الفرنسي إن باريس تقدر دور الكويت."
    )
    home, guest = doc.statements
    assert _speaker_names(doc, home) == ["عبدالله اليحيا"]
    assert _speaker_names(doc, guest) == ["جان نويل بارو"]


def test_a_bare_title_head_is_the_last_person_with_that_title() -> None:
    doc = _extract(
        "التقى وزير الخارجية الكويتي عبدالله اليحيا وزير الخارجية الفرنسي جان نويل بارو. "
        "وقال بارو إن فرنسا تدعم الكويت. وأضاف الوزير أن التعاون سيتعزز."
    )
    assert [_speaker_names(doc, s) for s in doc.statements] == [
        ["جان نويل بارو"],
        ["جان نويل بارو"],
    ]


def test_a_noun_and_its_nisba_after_a_name_are_not_part_of_it() -> None:
    doc = _extract(
        "ومن جهته، ثمن وزير الخارجية المصري بدر عبد العاطي الموقف الأردني، مشددا على أن "
        "التنسيق مستمر."
    )
    assert "بدر عبد العاطي" in _person_names(doc)
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["بدر عبد العاطي"]


def test_unnamed_plural_and_party_speakers_are_described() -> None:
    doc = _extract(
        "وقال دبلوماسيون غربيون إن الاتفاق وشيك. وقال شهود عيان إن القصف استمر طوال الليل."
    )
    assert [_speaker_names(doc, s) for s in doc.statements] == [
        ["دبلوماسيون غربيون"],
        ["شهود عيان"],
    ]


def test_a_participle_ends_the_clause_of_a_new_subject() -> None:
    doc = _extract(
        "وقال الرئيس الفلسطيني محمود عباس إن الوضع خطير، فيما أعرب الأمين العام للأمم "
        "المتحدة أنطونيو غوتيريش عن قلقه، مؤكدا أن الحل السياسي هو الوحيد."
    )
    first, second = doc.statements
    assert _speaker_names(doc, first) == ["محمود عباس"]
    assert _speaker_names(doc, second) == ["أنطونيو غوتيريش"]


def test_a_participle_after_a_report_without_a_new_clause_continues_it() -> None:
    doc = _extract(
        "وقال الرئيس الفلسطيني محمود عباس إن الرئيس المصري عبد الفتاح السيسي وصل، مؤكدا أن "
        "الزيارة مهمة."
    )
    assert [_speaker_names(doc, s) for s in doc.statements] == [
        ["محمود عباس"],
        ["محمود عباس"],
    ]


def test_a_number_before_unnamed_sources() -> None:
    doc = _extract("ونقلت رويترز عن ثلاثة مصادر مطلعة قولها إن الصفقة تأجلت.")
    (st,) = doc.statements
    assert _speaker_names(doc, st) == ["مصادر مطلعة"]
    assert st.reported_by is not None


def test_a_call_in_a_long_parenthetical_between_cue_and_content() -> None:
    doc = _extract(
        "وأكد وزير الخارجية العماني بدر البوسعيدي، خلال اتصال هاتفي أجراه مع وزير الخارجية "
        "البريطاني ديفيد لامي، أن السلطنة مستمرة في جهود الوساطة."
    )
    (st,) = doc.statements
    assert doc.text_of(st.content) == "السلطنة مستمرة في جهود الوساطة"
    (call,) = _held(doc)
    assert call.mode is ne.MeetingMode.PHONE
    assert _participants(doc, call) == ["بدر البوسعيدي", "ديفيد لامي"]
