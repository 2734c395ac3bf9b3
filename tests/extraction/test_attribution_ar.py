"""Arabic attribution, one test per phenomenon of issue 3, on the demo article and real corpus sentences."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import extract
from tests.extraction.helpers import claim_with, demo, sources, speakers


class ArabicAttributionTests(SimpleTestCase):
    def test_a_monitor_after_bihasab_ma_afad_owns_the_proposition_before_it(self) -> None:
        claim = claim_with(demo(), "خالية من التنظيم")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.mode, "according_to")
        self.assertIn("sohr", sources(claim))
        self.assertIn("repel-the-invaders-room", sources(claim))

    def test_the_room_that_published_a_video_is_the_fullest_earlier_mention(self) -> None:
        claim = claim_with(demo(), "فيديو يظهر")
        self.assertEqual(speakers(claim), ["غرفة عمليات دحر الغزاة"])
        self.assertEqual(claim.mode, "published")
        self.assertEqual(claim.attributions[0].source, "repel-the-invaders-room")

    def test_the_spokesman_announced_and_the_quote_is_his(self) -> None:
        claim = claim_with(demo(), "اشتباكات طاحنة")
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(claim.mode, "announced")
        self.assertEqual(speakers(claim), ["الناطق باسم فصيل جيش النصر أبو المجد الحمصي"])
        # A person resolves to himself; his faction is his parent in the registry.
        self.assertEqual(sources(claim), ["abu-al-majd-al-homsi"])

    def test_wa_adaf_carries_the_last_speaker_over(self) -> None:
        claim = claim_with(demo(), "سيتم عرض مقاتلي التنظيم")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.mode, "added")
        self.assertEqual(sources(claim), ["abu-al-majd-al-homsi"])

    def test_the_army_announced_on_a_date_and_the_participle_goes_on_with_it(self) -> None:
        claim = claim_with(demo(), "طرد التنظيم من كامل محافظتي")
        self.assertEqual(speakers(claim), ["جيش النظام السوري"])
        follow = claim_with(demo(), "جيب صغير")
        self.assertEqual(sources(follow), ["syrian-army"])
        self.assertNotEqual(claim.start, follow.start)

    def test_ufida_is_passive_with_nobody_named(self) -> None:
        claim = claim_with(demo(), "تسليم حوالي 250")
        self.assertEqual(claim.kind, "passive")
        self.assertEqual(claim.attributions, ())

    def test_yudhkar_anna_and_yabdu_anna_are_the_outlet_voice_and_yabdu_is_a_hedge(self) -> None:
        background = claim_with(demo(), "طردت التنظيم في العام 2014")
        self.assertEqual(background.kind, "outlet")
        opening = claim_with(demo(), "ستستريح")
        self.assertEqual(opening.kind, "outlet")
        self.assertTrue(opening.hedged)
        self.assertIn("يبدو أن", opening.hedges)

    def test_anonymous_sources_are_a_voice_of_their_own(self) -> None:
        # saudinewsnet: "وقالت مصادر في الشرطة إن التفجير تسبب في مقتل خمسة أشخاص"
        result = extract(
            "وقالت مصادر في الشرطة إن التفجير تسبب في مقتل خمسة أشخاص وإصابة سبعة آخرين."
        )
        (claim,) = result.claims
        self.assertEqual(speakers(claim), ["مصادر في الشرطة"])
        self.assertEqual(claim.attributions[0].source, "anonymous")

    def test_nested_reporting_keeps_both_voices(self) -> None:
        # saudinewsnet: "ونقلت رويترز عن مصدر دبلوماسي افادته بأن …"
        result = extract(
            "ونقلت رويترز عن مصدر دبلوماسي افادته بأن رئيس الائتلاف الوطني السوري سيلتقي وزير الخارجية."
        )
        (claim,) = result.claims
        self.assertEqual(speakers(claim), ["رويترز", "مصدر دبلوماسي"])
        self.assertEqual(sources(claim), ["reuters", "anonymous"])

    def test_a_denial_is_a_claim_with_deny_polarity(self) -> None:
        # saudinewsnet: "ونفى متحدث باسم المتمردين مزاعم الحكومة … وقال إنها حرب نفسية"
        result = extract(
            "ونفى متحدث باسم المتمردين مزاعم الحكومة السبت بسيطرتها على عدن وقال إنها حرب نفسية ومحاولة لرفع المعنويات."
        )
        denial = claim_with(result, "مزاعم الحكومة")
        self.assertEqual((denial.mode, denial.polarity), ("denied", "deny"))
        # both sides of the denial (convention AR-3): the denier and the government whose claim it is
        self.assertEqual(speakers(denial), ["متحدث باسم المتمردين", "الحكومة"])
        said = claim_with(result, "حرب نفسية")
        self.assertEqual(said.polarity, "affirm")
        self.assertEqual(speakers(said), ["متحدث باسم المتمردين"])

    def test_subject_first_speakers_and_coordinated_voices(self) -> None:
        # snn-alweeam: "لكن المرصد السوري لحقوق الإنسان وانصار الأسد على وسائل التواصل الاجتماعي ذكروا أن …"
        result = extract(
            "لكن المرصد السوري لحقوق الإنسان وانصار الأسد على وسائل التواصل الاجتماعي ذكروا أن سليمان الأسد شعر بالغضب."
        )
        (claim,) = result.claims
        self.assertEqual(len(claim.attributions), 2)
        self.assertEqual(claim.attributions[0].source, "sohr")
        self.assertTrue(claim.attributions[1].speaker.startswith("انصار الأسد"))

    def test_a_quoted_name_after_the_verb_is_the_speaker_not_a_quotation(self) -> None:
        # nc13-fjp: 'وقالت "الجزيرة": إن القصف النظامي طال الأراضي اللبنانية'
        result = extract('وقالت "الجزيرة": إن القصف النظامي طال الأراضي اللبنانية.')
        (claim,) = result.claims
        self.assertEqual(speakers(claim), ["الجزيرة"])

    def test_dhakarat_dhalika_hands_the_previous_sentence_to_its_speaker(self) -> None:
        # nc13-fjp: "… عن ارتفاع حصيلة … . ذكرت ذلك قناة الجزيرة الإخبارية اليوم الثلاثاء"
        result = extract(
            "استهدف الجيش السوري الحر مواقع تابعة للنظام السوري في العاصمة دمشق. "
            "ذكرت ذلك قناة الجزيرة الإخبارية اليوم الثلاثاء مشيرة إلى أن معارك عنيفة تدور."
        )
        first = claim_with(result, "استهدف الجيش السوري الحر")
        self.assertEqual(first.kind, "reported")
        self.assertEqual(speakers(first), ["قناة الجزيرة الإخبارية"])

    def test_a_pronoun_subject_agrees_in_gender_with_its_speaker(self) -> None:
        result = extract(
            "قال الأمين العام لحزب الله حسن نصر الله إن الوضع خطير. ونفى ما نقلته السفيرة الأمريكية. وأكد أن المشروع كذب."
        )
        claim = claim_with(result, "المشروع كذب")
        self.assertEqual(speakers(claim), ["الأمين العام لحزب الله حسن نصر الله"])

    def test_propositions_of_different_speakers_are_never_merged(self) -> None:
        # nc13-fjp: "وفي حمص تمكن الجيش الحر من إسقاط طائرة ميج … ، وقال ناشطون إن قصفا استهدف حي المرجة"
        result = extract(
            "وفي حمص تمكن الجيش الحر من إسقاط طائرة ميج وقتلت نحو عشرين شخصا ، وقال ناشطون إن قصفا استهدف حي المرجة في حلب."
        )
        outlet = claim_with(result, "طائرة ميج")
        activists = claim_with(result, "حي المرجة")
        self.assertEqual(outlet.kind, "outlet")
        self.assertEqual(speakers(activists), ["ناشطون"])
        self.assertLessEqual(outlet.end, activists.start)

    def test_hedges_qad_and_rubbama(self) -> None:
        result = extract("وقال المرصد إن الحصيلة قد ترتفع، وربما تتجاوز مئة قتيل.")
        (claim,) = result.claims
        self.assertTrue(claim.hedged)
        self.assertIn("قد ترتفع", claim.hedges)
        self.assertIn("وربما", claim.hedges)
        self.assertFalse(extract("وكانت الطائرة قد أغارت على الحي.").claims[0].hedged)

    def test_a_denial_names_the_denier_and_the_media_it_denies(self) -> None:
        # nc13-cnnarabic: "إلا أن مصدرا إعلامياً نفى ما تبثه "قنوات الإعلام الدموي" … وأضاف: …"
        result = extract(
            'إلا أن مصدرا إعلامياً نفى ما تبثه "قنوات الإعلام الدموي" حول الأوضاع في دمشق.\n'
            'وأضاف: "هي محاولات بائسة لرفع معنويات إرهابييها".'
        )
        denial = claim_with(result, "حول الأوضاع")
        self.assertEqual(denial.mode, "denied")
        self.assertEqual(speakers(denial)[0], "مصدرا إعلامياً")
        self.assertIn("الإعلام الدموي", speakers(denial)[1])
        self.assertEqual(speakers(claim_with(result, "محاولات بائسة")), ["مصدرا إعلامياً"])

    def test_an_addressee_medium_is_not_the_speaker(self) -> None:
        # nc13-bbcarabicnews: "… قال لوكالتي رويترز وفرانس برس إن …"
        result = extract("وقال مسؤول أمني لوكالتي رويترز وفرانس برس إن الغارة استهدفت قافلة.")
        self.assertEqual(speakers(claim_with(result, "الغارة استهدفت")), ["مسؤول أمني"])

    def test_ja_dhalika_naqlan_an_gives_the_source_to_the_sentence_before(self) -> None:
        # nc13-bbcarabicnews: "أفادت تقارير بأن … جاء ذلك نقلا عن مصادر أمنية بالمنطقة، …"
        result = extract(
            "أفادت تقارير بأن القوات الإسرائيلية شنت هجوما على قافلة سورية.\n"
            "جاء ذلك نقلا عن مصادر أمنية بالمنطقة، لم يتم الإفصاح عنها."
        )
        claim = claim_with(result, "شنت هجوما")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["مصادر أمنية بالمنطقة"])
        self.assertEqual(claim_with(result, "جاء ذلك").attributions, ())

    def test_a_speaker_goes_on_over_a_body_or_a_name_in_ba(self) -> None:
        # nc13-cnnarabic / nc13-bbcarabicnews
        result = extract(
            "وقال مصدر مسؤول بوزارة الخارجية إن دمشق تنفي الخبر.\n"
            "وأعلن الرئيس بشار الأسد السبت يوم حداد عام في البلاد."
        )
        # The source speaks first; Damascus, whose denial it reports, is the inner voice.
        self.assertEqual(speakers(claim_with(result, "دمشق تنفي"))[0], "مصدر مسؤول بوزارة الخارجية")
        self.assertEqual(speakers(claim_with(result, "يوم حداد")), ["الرئيس بشار الأسد"])

    def test_unvocalised_passive_wusifa_and_uttuhima(self) -> None:
        # snn-3alyoum: "ووصف الفضلي بأنه قائد جماعة خراسان"; El.Dostor: "اتهم تنظيم "القاعدة" بارتكابه"
        (described,) = extract("ووصف الفضلي بأنه قائد جماعة خراسان.").claims
        self.assertEqual((described.kind, described.attributions), ("passive", ()))
        (accused,) = extract('واتهم تنظيم "القاعدة" بارتكابه.').claims
        self.assertEqual(accused.kind, "passive")
        # With a subject and an object the verb is active.
        (active,) = extract("ووصف الوزير الهجوم بأنه إرهابي.").claims
        self.assertEqual(active.kind, "reported")

    def test_naqala_reports_only_from_someone(self) -> None:
        # nc13-cnnarabic: "… قافلة كانت تنقل أسلحة، وهو ما نفته دمشق": transport, not a report.
        (claim,) = extract("وقال مسؤول أمريكي إن الغارة استهدفت قافلة كانت تنقل أسلحة.").claims
        self.assertEqual(speakers(claim), ["مسؤول أمريكي"])
        (moved,) = extract("ونقل الجرحى إلى المستشفى.").claims
        self.assertEqual(moved.kind, "outlet")
        (relay,) = extract("ونقلت رويترز عن مصدر أمني أن القصف توقف.").claims
        self.assertEqual(speakers(relay), ["رويترز", "مصدر أمني"])

    def test_nashara_reports_a_publication_not_a_deployment(self) -> None:
        # saudinewsnet: "فقد نشر حلف الناتو … بطاريات باتريوت"; the demo: "نشرت الغرفة فيديو"
        (deployed,) = extract("ونشر الجيش قوات إضافية على الحدود.").claims
        self.assertEqual(deployed.kind, "outlet")
        (published,) = extract("ونشر المرصد حصيلة جديدة للقتلى.").claims
        self.assertEqual((published.mode, speakers(published)), ("published", ["المرصد"]))

    def test_a_long_proposition_splits_before_bal(self) -> None:
        # nc13-cnnarabic: "… "لم يكن في أي يوم من الأيام دبلوماسيا سوريا كما ادعى بل هو مستخدم محلي سابق …"
        result = extract(
            "وأضاف المصدر بأن الشخص الذي زعم بأنه جند لتنفيذ عملية التفجير أثناء وقفة الحجاج "
            "لم يكن في أي يوم من الأيام دبلوماسيا سوريا كما ادعى في المقابلة التي أجراها مع "
            "القناة الفضائية الأسبوع الماضي بل هو مستخدم محلي سابق بعقد خدمة كان يعمل في القنصلية "
            "العامة في جدة قبل أن تنتهي خدمته."
        )
        first = claim_with(result, "دبلوماسيا سوريا")
        second = claim_with(result, "مستخدم محلي سابق")
        self.assertIsNot(first, second)
        self.assertEqual(speakers(second), speakers(first))

    def test_a_plural_verb_takes_the_subject_before_it(self) -> None:
        # nc13-cnnarabic: "وكان معارضون سوريون قد أكدوا قيام الجيش العراقي بقصف اليعربية"
        result = extract(
            "وقالت الحكومة إن الحدود آمنة.\n"
            "وكان معارضون سوريون قد أكدوا قيام الجيش العراقي بقصف اليعربية."
        )
        self.assertEqual(speakers(claim_with(result, "بقصف اليعربية")), ["معارضون سوريون"])

    def test_a_cue_less_sentence_naming_an_earlier_speaker_makes_him_the_pronoun_subject(
        self,
    ) -> None:
        # news-credibility-2013/articles_ar.jsonl nc13-bbcarabicnews-1f6f0924 (shortened).
        text = (
            "وقال معاذ الخطيب زعيم الائتلاف الوطني السوري المعارض إنه لم يتلق أي رد على مبادرته.\n"
            "لكن ناشطين قالوا إن قوات الأسد لا تزال تتحصن بشكل جيد في وسط المدينة.\n"
            "وفي سياق متصل، اجتمع زعيم الائتلاف السوري المعارض معاذ الخطيب مع الامين العام للجامعة العربية.\n"
            "وقال إن حكومة الأسد لم ترد على مبادرته لمناقشة نقل السلطة."
        )
        claim = claim_with(extract(text, language="ar"), "حكومة الأسد لم ترد")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["معاذ الخطيب زعيم الائتلاف الوطني السوري المعارض"])

    def test_a_definite_addressee_after_the_verb_is_not_the_speaker(self) -> None:
        # saudinewsnet/articles.jsonl snn-aawsat-34f7e15343 (shortened): "told AFP" in Arabic.
        text = (
            "وأكدت المتحدثة باسم البنتاغون اليسا سميث أن البرنامج مستمر.\n"
            "وقالت للصحافة الفرنسية: «لن نكشف أسماء المجموعات المشاركة في برنامج التدريب»."
        )
        claim = claim_with(extract(text, language="ar"), "لن نكشف أسماء")
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(speakers(claim), ["المتحدثة باسم البنتاغون اليسا سميث"])

    def test_wafqan_li_joined_to_a_source_noun_attributes(self) -> None:
        # nc13-bbcarabicnews-b790ade8 (news-credibility-2013/articles_ar.jsonl)
        (claim,) = extract(
            "ووفقا لتقديرات رجل الأعمال ناجي علي أديب، فإن أكثر من 70 بالمئة من المصانع "
            "الدوائية أجبرت على الإغلاق بسبب العنف."
        ).claims
        self.assertEqual(claim.kind, "reported")
        self.assertIn("رجل الأعمال ناجي علي أديب", speakers(claim)[0])
        # snn-aleqtisadiya-84ec281874 (saudinewsnet/articles.jsonl): "طبقاً للتقرير", the ال after ل
        (claim,) = extract("وقتل عشرة أشخاص طبقا للتقرير.").claims
        self.assertEqual(speakers(claim), ["تقرير"])

    def test_wafqan_li_a_law_is_in_accordance_with_not_a_source(self) -> None:
        # nc13-Alahram.Newspaper-c751f86a: "تعيين نائب عام جديد وفقا للدستور الجديد"
        (claim,) = extract("وطالب الحزب بتعيين نائب عام جديد وفقا للدستور الجديد.").claims
        self.assertEqual(claim.mode, "called_for")
        self.assertEqual(speakers(claim), ["الحزب"])

    def test_nawwah_and_hathth_are_reporting_verbs(self) -> None:
        # nc13-Alahram.Newspaper-c751f86a: "ونوه إلي ضرورة مناقشة معوقات تطبيق الحدين الأدني والأقصي للأجور"
        result = extract(
            "وقال رئيس الحزب إن المبادرة جاهزة.\n"
            "ونوه إلي ضرورة مناقشة معوقات تطبيق الحدين الأدني والأقصي للأجور."
        )
        claim = claim_with(result, "معوقات تطبيق")
        self.assertEqual((claim.kind, claim.mode), ("reported", "pointed_out"))
        self.assertEqual(speakers(claim), ["رئيس الحزب"])

    def test_a_second_definite_noun_after_the_speaker_is_the_object(self) -> None:
        # nc13-fjp-6ecc99ef: "وحث البيان السلطات المالية على وضع خارطة طريق …"
        (claim,) = extract(
            "وحث البيان السلطات المالية على وضع خارطة طريق لتنظيم انتخابات رئاسية وبرلمانية."
        ).claims
        self.assertEqual((claim.kind, claim.mode), ("reported", "called_for"))
        self.assertEqual(speakers(claim), ["البيان"])

    def test_hathth_all_parties_keeps_the_pronoun_subject(self) -> None:
        # snn-alweeam-361137e47d: "… في حين حث الأطراف المتحاربة على السعي للتوصل لحل من خلال التفاوض."
        result = extract(
            "وطالب مورار في ختام زيارة استمرت ثلاثة أيام لليمن بالسماح لموظفي الإغاثة بحرية "
            "التحرك لتوصيل المواد الغذائية والماء والدواء لمحتاجيها في حين حث الأطراف المتحاربة "
            "على السعي للتوصل لحل من خلال التفاوض."
        )
        claim = claim_with(result, "السعي للتوصل")
        self.assertEqual(claim.mode, "called_for")
        self.assertIsNot(claim, claim_with(result, "موظفي الإغاثة"))
        self.assertTrue(speakers(claim)[0].startswith("مورار"))

    def test_some_and_a_number_of_people_can_speak(self) -> None:
        # nc13-officialyoum77-9b1b332f: "ويقول بعض الدبلوماسيين إن مستقبل المفوضية معرض للخطر …"
        claim = claim_with(
            extract(
                "ويقول بعض الدبلوماسيين إن مستقبل المفوضية معرض للخطر إذا لم يتوصلوا إلى تسوية."
            ),
            "معرض للخطر",
        )
        self.assertEqual(speakers(claim), ["بعض الدبلوماسيين"])
        # nc13-bbcarabicnews-d0b09143: "…، بينما أكد عدد آخر أن أعضاء في المعارضة مازالوا يدرسون …"
        result = extract(
            "ورفض بعض الأعضاء في فصائل المعارضة الاجتماع بكيري، بينما أكد عدد آخر أن أعضاء في "
            "المعارضة مازالوا يدرسون تلبية هذه الدعوات التي وجهت بشكل فردي."
        )
        self.assertEqual(speakers(claim_with(result, "مازالوا يدرسون")), ["عدد آخر"])
        # "عدد" without a complementiser is no speaker: "ونشر عدد من الناشطين صورا …"
        (claim,) = extract("ونقل عدد من الجرحى إلى المستشفى.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_akkada_ala_a_masdar_keeps_the_pronoun_subject(self) -> None:
        # nc13-bbcarabicnews-d0b09143: "وأكدت على رفض التيار الشعبي أيضا لتدخل الخارجية الأمريكية …"
        result = extract(
            "وقالت المتحدثة باسم التيار الشعبي إن الحوار متوقف.\n"
            "وأكدت على رفض التيار الشعبي أيضا لتدخل الخارجية الأمريكية في الشأن الداخلي المصري."
        )
        claim = claim_with(result, "لتدخل الخارجية")
        self.assertEqual(claim.mode, "confirmed")
        self.assertEqual(speakers(claim), ["المتحدثة باسم التيار الشعبي"])

    def test_a_title_keeps_the_name_after_it(self) -> None:
        # nc13-almasryalyoum-5a916d32: "أعلن الدكتور محمد البلتاجي، عضو المكتب التنفيذي …، الجمعة، إجراء …"
        (claim,) = extract(
            "أعلن الدكتور محمد البلتاجي، عضو المكتب التنفيذي لحزب الحرية والعدالة، الجمعة، "
            "إجراء جولة الإعادة بين المرشحين."
        ).claims
        self.assertEqual(speakers(claim), ["الدكتور محمد البلتاجي"])
        # A masdar object after a title is not a name.
        (claim,) = extract("وأعلن الوزير إغلاق المعبر حتى إشعار آخر.").claims
        self.assertEqual(speakers(claim), ["الوزير"])

    def test_first_person_complementiser_is_content_not_speaker(self) -> None:
        # nc13-officialyoum77-7f4f3c32: "وقال إننا نعمل مع الحكومة والمعارضة …"
        result = extract(
            "قال المتحدث باسم الاتحاد الأوروبي إن الأمر لا يعود للاتحاد.\n"
            "وقال إننا نعمل مع الحكومة والمعارضة ولا نتدخل في سياسات الدول."
        )
        claim = claim_with(result, "نعمل مع الحكومة")
        self.assertEqual(speakers(claim), ["المتحدث باسم الاتحاد الأوروبي"])

    def test_coordinated_adjectives_make_one_speaker(self) -> None:
        # nc13-cnnarabic-ef316a27: "قال المبعوث العربي والدولي إلى سوريا، الأخضر الإبراهيمي، إن …"
        (claim,) = extract(
            'قال المبعوث العربي والدولي إلى سوريا، الأخضر الإبراهيمي، إن سوريا "تتعرض للتدمير".'
        ).claims
        self.assertEqual(len(claim.attributions), 1)
        self.assertTrue(speakers(claim)[0].startswith("المبعوث العربي والدولي"))

    def test_an_anonymity_request_is_no_second_speaker(self) -> None:
        # nc13-officialyoum77-9b1b332f: "وقال دبلوماسى بالأمم المتحدة، يشارك فى المفاوضات وطلب عدم نشر اسمه: …"
        (claim,) = extract(
            'وقال دبلوماسى بالأمم المتحدة، يشارك فى المفاوضات وطلب عدم نشر اسمه: "ما زالت المعركة كبيرة".'
        ).claims
        self.assertEqual(len(claim.attributions), 1)

    def test_a_time_word_after_the_verb_is_no_speaker(self) -> None:
        # nc13-El.Dostor.News-fe534da6: "حيث كان يقول وقتها 'فلتذهب أدراج الرياح'"
        result = extract("وقال أبو مرزوق إن الرجل كان واضحا.\nحيث كان يقول وقتها إن الاتفاق سيصمد.")
        self.assertEqual(speakers(claim_with(result, "سيصمد")), ["أبو مرزوق"])

    def test_amma_topic_before_fa_verb_is_the_speaker(self) -> None:
        # snn-almadina-ac15b4a7fa: "أما المقيم عصام عثمان من سوريا، فأبدى إعجابه بالألعاب النارية …"
        (claim,) = extract(
            "أما المقيم عصام عثمان من سوريا، فأبدى إعجابه بالألعاب النارية والتي تضئ سماء الرياض "
            "في العيد وكذلك عروض الطيران."
        ).claims
        self.assertEqual((claim.kind, claim.mode), ("reported", "stated"))
        self.assertEqual(speakers(claim), ["المقيم عصام عثمان من سوريا"])

    def test_a_masdar_after_a_plural_in_un_is_the_object(self) -> None:
        # nc13-cnnarabic-eebb9865: "قدر ناشطون سوريون مصرع 139 شخصا برصاص القوات الموالية للنظام …"
        (claim,) = extract("قدر ناشطون سوريون مصرع 139 شخصا برصاص القوات الموالية للنظام.").claims
        self.assertEqual(speakers(claim), ["ناشطون سوريون"])

    def test_a_toll_of_the_observatory_is_the_observatory(self) -> None:
        # snn-alriyadh-66e82abb09: "… تسببت بمقتل 25 متطرفا …، بحسب حصيلة للمرصد."
        result = extract(
            "وقال المرصد السوري لحقوق الانسان إن الاشتباكات مستمرة.\n"
            "وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها، بحسب حصيلة للمرصد."
        )
        claim = claim_with(result, "مقرا للفرقة")
        self.assertEqual(speakers(claim), ["المرصد السوري لحقوق الانسان"])

    def test_a_whole_quotation_after_a_definite_speaker_is_content(self) -> None:
        # snn-alriyadh-66e82abb09: 'وقال مدير المرصد "شوهد اختطاف خمسة مقاتلين" مضيفا …'
        result = extract(
            'وقال مدير المرصد "شوهد اختطاف خمسة مقاتلين" مضيفا "لكن عدد المختطفين قد يكون اكثر من ذلك".'
        )
        self.assertEqual(speakers(result.claims[0]), ["مدير المرصد"])

    def test_a_lead_phrase_inside_the_sentence_is_skipped(self) -> None:
        # nc13-bbcarabicnews-7ec87e9f: "…، مع أن بعض الدبلوماسيين المطلعين ومصادر عسكرية يقولون إنهم …"
        result = extract(
            "ويقول مراسل بي بي سي لشؤون الشرق الأوسط، واير ديفيز، إنه لا يمكن التأكد من التقارير، "
            "مع أن بعض الدبلوماسيين المطلعين ومصادر عسكرية يقولون إنهم لا يستبعدون الخطوة الإسرائيلية."
        )
        claim = claim_with(result, "لا يستبعدون")
        self.assertEqual(speakers(claim), ["بعض الدبلوماسيين المطلعين", "مصادر عسكرية"])

    def test_ma_yutaqad_is_a_passive_relative_not_a_negation(self) -> None:
        # nc13-cnnarabic-eb0f4d8e: "… والمحتجزين من قبل ما يعتقد أنهم من الثوار السوريين، في قرية …"
        result = extract(
            "أكدت السلطات الإسرائيلية، الخميس، على أنها تراقب موضوع الرهائن العاملين بالأمم المتحدة "
            "والمحتجزين من قبل ما يعتقد أنهم من الثوار السوريين، في قرية الجملة."
        )
        self.assertEqual(claim_with(result, "تراقب موضوع").kind, "reported")
        self.assertEqual(claim_with(result, "من الثوار السوريين").kind, "passive")
        # "نفت … ما تردد عن …": the denial's object, not a passive claim.
        (claim,) = extract("نفت وزارة الدفاع العراقية ما تردد عن قيامها بعمليات عسكرية.").claims
        self.assertEqual(claim.kind, "reported")

    def test_a_waw_masdar_or_adam_after_the_speaker_is_the_object(self) -> None:
        # nc13-bbcarabicnews-7ec87e9f: "ونفى مصدر في لبنان وقوع غارة إسرائيلية على الأراضي اللبنانية."
        (claim,) = extract("ونفى مصدر في لبنان وقوع غارة إسرائيلية على الأراضي اللبنانية.").claims
        self.assertEqual(speakers(claim), ["مصدر في لبنان"])

    def test_the_name_ali_before_a_nisba_surname_is_no_preposition(self) -> None:
        # nc13-bbcarabicnews-f42967f3: "… اكد علي الموسوي المستشار الاعلامي لرئيس وزراء العراق … ان بلاده …"
        result = extract(
            "اكد علي الموسوي المستشار الاعلامي لرئيس وزراء العراق في تصريحات لوكالة الانباء "
            'الفرنسية ان بلاده "ستتصدى بكل قوة" لمحاولة نقل الصراع.'
        )
        claim = claim_with(result, "لمحاولة نقل")
        self.assertTrue(speakers(claim)[0].startswith("علي الموسوي"))
        # "على" the preposition still reports nothing as a speaker: "وأكد على أهمية الحوار".
        (claim,) = extract("وأكد على أهمية الحوار بين الأطراف.").claims
        self.assertEqual(speakers(claim), [])

    def test_a_participle_closing_the_speaker_span_is_trimmed(self) -> None:
        # dev snn-aawsat-6db62c3d62: "وحذّر هاوزنر قائلا: «سيكون ذلك فشلا تاريخيا …»"
        (claim,) = extract(
            "وحذّر هاوزنر قائلا: «سيكون ذلك فشلا تاريخيا إذا ركّزت إسرائيل على الأسلحة»."
        ).claims
        self.assertEqual(speakers(claim), ["هاوزنر"])
        # "تقارير غير مؤكدة" keeps its adjective (and stays passive).
        (claim,) = extract("وذكرت تقارير غير مؤكدة أن الطائرة سقطت.").claims
        self.assertEqual(claim.kind, "passive")

    def test_mubayyinan_and_active_believe_are_cues(self) -> None:
        # snn-okaz-bb07cedb16: "… مبينا أن معسكر ميلانو أسهم في رفع المعدلات اللياقية للاعبين …"
        result = extract(
            "بدوره قال منصور البلوي إن الوضع الفني للفريق يسير وفق منهجية واضحة خلال المرحلة المقبلة، "
            "مبينا أن معسكر ميلانو أسهم في رفع المعدلات اللياقية للاعبين وسيكون الفريق جاهزا."
        )
        claim = claim_with(result, "معسكر ميلانو")
        self.assertEqual((claim.kind, claim.mode), ("reported", "explained"))
        self.assertEqual(speakers(claim), ["منصور البلوي"])
        # snn-alwatan-c0a1331814: "وتعتقد الشبكة أنه لا بد من مساهمة أممية فعالة في المرحلة الانتقالية"
        (claim,) = extract(
            "وتعتقد الشبكة أنه لا بد من مساهمة أممية فعالة في المرحلة الانتقالية."
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("considered", ["الشبكة"]))
        # "يعتقد أن …" right after the verb stays the passive "it is believed".
        (claim,) = extract("ويعتقد أن الهجوم نفذ بطائرة مسيرة.").claims
        self.assertEqual(claim.kind, "passive")

    def test_a_possessed_masdar_after_the_speaker_is_the_object(self) -> None:
        # snn-alriyadh-645e4e1312: "واعلنت مجموعة يسارية متطرفة مسؤوليتها عن الهجوم."
        (claim,) = extract("واعلنت مجموعة يسارية متطرفة مسؤوليتها عن الهجوم.").claims
        self.assertEqual(speakers(claim), ["مجموعة يسارية متطرفة"])

    def test_raa_before_anna_is_considered_but_the_noun_ray_is_not(self) -> None:
        # snn-was (Saudi Press Agency, Berlin): "ورأى معالي وزير الخارجية أن امتناع ايران عن دخول مفتشي …"
        (claim,) = extract(
            "ورأى وزير الخارجية أن امتناع ايران عن دخول مفتشي المنظمة يعني عزم طهران تصنيع أسلحة نووية."
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("considered", ["وزير الخارجية"]))
        # "ومن صحيفة القدس العربي برز رأي الصحيفة تحت عنوان …": the noun رأي.
        (claim,) = extract("ومن صحيفة القدس العربي برز رأي الصحيفة تحت عنوان جديد.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_dash_or_comma_apposition_ends_the_speaker(self) -> None:
        # snn-alyaum-c702fde6ea: "وقال فيديريكو فوسي -وهو متحدث باسم وكالة الأمم المتحدة لشؤون اللاجئين-: إن …"
        (claim,) = extract(
            "وقال فيديريكو فوسي -وهو متحدث باسم وكالة الأمم المتحدة لشؤون اللاجئين-: "
            "إن منظمته تتعامل مع التقارير «بحذر»."
        ).claims
        self.assertEqual(speakers(claim), ["فيديريكو فوسي"])
        # snn-aawsat-0cbae51e5c: "وذكر مصدران أمنيان، طلبا عدم كشف هويتيهما، أمس أن …"
        (claim,) = extract(
            "وذكر مصدران أمنيان، طلبا عدم كشف هويتيهما، أمس أن حصيلة الضحايا بلغت 27 قتيلاً."
        ).claims
        self.assertEqual(speakers(claim), ["مصدران أمنيان"])

    def test_one_person_with_two_titles_is_one_speaker(self) -> None:
        # nc13-cnnarabic-5b3e2bcb: "قالت الناشطة في مجال حقوق الانسان والمحاضرة في جامعة الملك سعود، عزيزة اليوسف: …"
        (claim,) = extract(
            "من جانبها، قالت الناشطة في مجال حقوق الانسان والمحاضرة في جامعة الملك سعود، "
            'عزيزة اليوسف: "إننا في هذه الحالة يجب أن نسلط الضوء".'
        ).claims
        self.assertEqual(len(claim.attributions), 1)
        self.assertTrue(speakers(claim)[0].endswith("عزيزة اليوسف"))
        # Two bodies stay two voices.
        (claim,) = extract("وقال المرصد السوري والجيش الحر إن الاشتباكات مستمرة.").claims
        self.assertEqual(speakers(claim), ["المرصد السوري", "الجيش الحر"])

    def test_kama_after_a_comma_and_a_detached_bi_end_the_speaker(self) -> None:
        # nc13-cnnarabic-5b3e2bcb: 'وقالت أم "الطفلة المعنفة"، كما تطلق عليها وسائل الإعلام السعودية، …'
        result = extract(
            'وقالت أم "الطفلة المعنفة"، كما تطلق عليها وسائل الإعلام السعودية، في تصريحات لـCNN: '
            '"طفلتي العزيزة قد ماتت".\n'
            'وطالب المحتجون بـ"القصاص الشرعي" من القتلة.'
        )
        self.assertEqual(speakers(claim_with(result, "طفلتي")), ['أم "الطفلة المعنفة"'])
        self.assertEqual(speakers(claim_with(result, "القصاص")), ["المحتجون"])

    def test_a_plural_verb_or_a_pronoun_after_the_verb_keeps_the_earlier_speaker(self) -> None:
        # snn-okaz-c290330d37: "خبراء الاقتصاد … أكدوا لـ«عكاظ» أن …. وتوقعوا تخفيض الأسعار الخاصة …"
        result = extract(
            "خبراء الاقتصاد أكدوا أن القناة الجديدة ستساهم في خفض التكلفة.\n"
            "وتوقعوا تخفيض الأسعار الخاصة بعد تقليل ساعات النقل."
        )
        self.assertEqual(speakers(claim_with(result, "تخفيض الأسعار")), ["خبراء الاقتصاد"])
        # snn-alweeam-b78945a35d: 'وأضاف ” نحن في مرحلة مصيرية لا حلول وسط فيها.”'
        result = extract(
            "وقال الأسد إن الجيش يواجه نقصا.\nوأضاف ” نحن في مرحلة مصيرية لا حلول وسط فيها.”"
        )
        self.assertEqual(speakers(claim_with(result, "مرحلة مصيرية")), ["الأسد"])
        # snn-3alyoum-2dcf2ae2ff: "ولفت النظر إلى إن الهيئة سعت إلى إقامة علاقات شراكة …"
        result = extract(
            "وقال المتحدث إن الهيئة تعمل.\nولفت النظر إلى إن الهيئة سعت إلى إقامة علاقات شراكة."
        )
        self.assertEqual(speakers(claim_with(result, "علاقات شراكة")), ["المتحدث"])

    def test_a_feminine_noun_after_a_verb_of_expressing_is_still_a_speaker(self) -> None:
        # snn-alweeam-165b81eb68: "وأعربت صحيفة الوطن السعودية اليومية في رسم كاريكاتيري عن القلق …"
        result = extract(
            "أما صحيفة الجزيرة اليومية فنشرت مقالا لكاتب العمود.\n"
            "وأعربت صحيفة الوطن السعودية اليومية في رسم كاريكاتيري عن القلق من التدخل."
        )
        claim = claim_with(result, "القلق من التدخل")
        self.assertEqual(speakers(claim), ["صحيفة الوطن السعودية اليومية"])

    def test_reports_amid_or_with_two_adjectives_are_passive(self) -> None:
        # nc13-cnnarabic-5b3e2bcb: "…، وسط تقارير تفيد بأن الأب قد أطلق سراحه"
        result = extract("تجدد الجدل حول القضية، وسط تقارير تفيد بأن الأب قد أطلق سراحه.")
        self.assertEqual(claim_with(result, "أطلق سراحه").kind, "passive")
        (claim,) = extract("وذكرت تقارير إعلامية محلية أن الأب قد أطلق سراحه.").claims
        self.assertEqual(claim.kind, "passive")

    def test_abbara_an_is_expressed_but_abra_is_across(self) -> None:
        # snn-was-5917d46fae: "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش الوطني …"
        (claim,) = extract(
            "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش الوطني والمقاومة."
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("stated", ["الرئيس هادي"]))
        (claim,) = extract("وتسلل المقاتلون عبر الحدود عن طريق الجبال.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_relative_clause_or_a_condemned_act_ends_the_speaker(self) -> None:
        # snn-almadina-76a43494cb: "وعبر الأشقاء اليمنيون الذين شملهم قرار تصحيح الأوضاع عن شكرهم …"
        (claim,) = extract(
            "وعبر الأشقاء اليمنيون الذين شملهم قرار تصحيح الأوضاع عن شكرهم لخادم الحرمين."
        ).claims
        self.assertEqual(speakers(claim), ["الأشقاء اليمنيون"])
        # snn-aawsat-2cb562f217: "وبدوره، أدان الأزهر التفجيرات الإرهابية التي وقعت على الحدود التركية"
        (claim,) = extract("وبدوره، أدان الأزهر التفجيرات الإرهابية التي وقعت على الحدود.").claims
        self.assertEqual(speakers(claim), ["الأزهر"])
        (claim,) = extract("أدانت مصر كل العمليات الإرهابية التي تحدث في مختلف بقاع العالم.").claims
        self.assertEqual(speakers(claim), ["مصر"])

    def test_a_participle_right_after_the_verb_is_no_speaker(self) -> None:
        # nc13-cnnarabic-ef316a27: 'وتابع قائلا: "لم أكن أريد هذه الوظيفة …"'
        result = extract('قال الإبراهيمي إن سوريا تتدمر.\nوتابع قائلا: "لم أكن أريد هذه الوظيفة".')
        self.assertEqual(speakers(claim_with(result, "هذه الوظيفة")), ["الإبراهيمي"])

    def test_a_b_noun_after_a_construct_title_belongs_to_the_speaker(self) -> None:
        # nc13-shorouknews-9d225bd0: "وقال مدير برنامج الكويت في كلية لندن للاقتصاد … الدكتور كريستيان كوتس، إن …"
        (claim,) = extract(
            "وقال مدير برنامج الكويت في كلية لندن للاقتصاد الدكتور كريستيان كوتس، "
            "إن العالم العربي يشهد تغيرات."
        ).claims
        self.assertTrue(speakers(claim)[0].startswith("مدير برنامج الكويت"))

    def test_bal_masdar_time_words_and_a_definite_force_end_the_speaker(self) -> None:
        # snn-aawsat-2cb562f217: "وسبق أن طالب إردوغان بالإفراج عن الرئيس المصري الأسبق محمد مرسي"
        (claim,) = extract(
            "وسبق أن طالب إردوغان بالإفراج عن الرئيس المصري الأسبق محمد مرسي."
        ).claims
        self.assertEqual(speakers(claim), ["إردوغان"])
        # "مصادر بالائتلاف" stays one speaker: a body, after a generic head.
        (claim,) = extract("وقالت مصادر بالائتلاف إن موعد الاجتماع لم يحدد.").claims
        self.assertEqual(speakers(claim), ["مصادر بالائتلاف"])
        # snn-aawsat-0cbae51e5c: "كما أعلنت الاستخبارات الأفغانية الأسبوع الماضي."
        (claim,) = extract("كما أعلنت الاستخبارات الأفغانية الأسبوع الماضي مقتل القيادي.").claims
        self.assertEqual(speakers(claim), ["الاستخبارات الأفغانية"])
        # snn-aleqtisadiya-70861de4a6: "وصف آشتون كارتر وزير الدفاع الأمريكي القوات الكردية العراقية بأنها …"
        (claim,) = extract(
            "من جهته، وصف آشتون كارتر وزير الدفاع الأمريكي القوات الكردية العراقية بأنها نموذج للقوة."
        ).claims
        self.assertEqual(speakers(claim), ["آشتون كارتر وزير الدفاع الأمريكي"])

    def test_a_statement_that_accuses_someone_keeps_its_author(self) -> None:
        # nc13-cnnarabic-326108d2: "… في بيان … اتهم فيه حزب الله بالإعداد لعملية اجتياح للأراضي السورية"
        result = extract(
            "وقال الائتلاف الوطني المعارض إن القصف مستمر.\n"
            "وأصدر بيانا اتهم فيه حزب الله بالإعداد لعملية اجتياح للأراضي السورية."
        )
        claim = claim_with(result, "اجتياح")
        self.assertEqual(claim.kind, "reported")
        self.assertNotIn("حزب الله", speakers(claim))

    def test_fa_inna_and_an_anonymity_clause_are_no_part_of_the_speaker(self) -> None:
        # nc13-elfagr-a65cf714: "ووفقا لتقديرات سابقة من مسئولين أمريكيين فإنه لا توجد إشارات …"
        (claim,) = extract(
            "ووفقا لتقديرات سابقة من مسئولين أمريكيين فإنه لا توجد إشارات على وجود أسلحة كيماوية."
        ).claims
        self.assertEqual(speakers(claim), ["تقديرات سابقة من مسئولين أمريكيين"])
        # snn-okaz-316572fd15: "… مسؤول تركي رفض الكشف عن اسمه …"
        (claim,) = extract("وقال مسؤول تركي رفض الكشف عن اسمه إن الهجوم وقع فجرا.").claims
        self.assertEqual(speakers(claim), ["مسؤول تركي"])
        # snn-aawsat-eae5be62a9: "ولكن رغم أخذها هذا الجانب المهم بعين الاعتبار، فإنها ترى أن الاتفاق …"
        result = extract(
            "وقالت المصادر الدبلوماسية الفرنسية إن باريس تعي المخاوف.\n"
            "ولكن رغم أخذها هذا الجانب المهم بعين الاعتبار، فإنها ترى أن الاتفاق يخدم البلدان الخليجية."
        )
        claim = claim_with(result, "يخدم البلدان")
        self.assertNotIn("فإنها", speakers(claim))
        self.assertIn("فإنها ترى", claim.text)

    def test_a_past_itabara_takes_the_title_after_it_as_speaker(self) -> None:
        # snn-aawsat-85ab5ad8d4: "ومن جانب آخر، اعتبر ممثل خامنئي في شؤون الطلاب الإيرانيين في أوروبا نقل …"
        result = extract(
            "وقالت وكالة الأنباء إن الحادث وقع أمس.\n"
            "ومن جانب آخر، اعتبر ممثل خامنئي في شؤون الطلاب الإيرانيين في أوروبا نقل النزاعات "
            "السياسية الداخلية إلى الخارج حراما."
        )
        (speaker,) = speakers(claim_with(result, "ممثل خامنئي"))
        self.assertTrue(speaker.startswith("ممثل خامنئي في شؤون الطلاب الإيرانيين"))
        # The present "تعتبر" with no complementiser still reads "is considered".
        (claim,) = extract("وتعتبر الرقة أول مركز محافظة يخرج عن سيطرة الحكومة.").claims
        self.assertEqual(speakers(claim), [])

    def test_kull_min_names_the_speakers_and_a_person_is_not_his_government(self) -> None:
        # nc13-cnnarabic-663ddb81: "ودعا كل من أردوغان، والرئيس عبد الله غل، في رسالتين …"
        (claim,) = extract(
            "ودعا كل من أردوغان، والرئيس عبد الله غل، في رسالتين إلى الرئيس الأمريكي، إلى التحرك."
        ).claims
        self.assertEqual(claim.mode, "called_for")
        self.assertTrue(speakers(claim)[0].startswith("أردوغان"))
        # nc13-elfagr-ddf249a1: "وقال الأسد الذي أعلن في الشهر الماضي خططا لإجراء حوار وطني …"
        result = extract(
            "قالت حكومة الأسد إن الحوار ممكن.\n"
            "وقال الأسد الذي أعلن في الشهر الماضي خططا لإجراء حوار وطني إن الوضع صعب."
        )
        self.assertEqual(speakers(claim_with(result, "الوضع صعب")), ["الأسد"])
        # nc13-ElWatanNews-dfd4e3ed: "أبدى كيرى قلقه من هذه العلاقة": the feeling is no part of the name.
        (claim,) = extract("وأبدى كيري قلقه من هذه العلاقة خاصة في المجال الاستخباراتي.").claims
        self.assertEqual(speakers(claim), ["كيري"])

    def test_talaba_asks_when_someone_is_asked_or_quoted(self) -> None:
        # snn-aleqtisadiya-5e40bdc887: 'وطلبت عائلات الصحافيين في بيان تناقلته وسائل الإعلام "التحلي بالصبر" …'
        (claim,) = extract(
            'وطلبت عائلات الصحافيين في بيان تناقلته وسائل الإعلام "التحلي بالصبر".'
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("called_for", ["عائلات الصحافيين"]))
        # The noun "طلب" and the anonymity formula stay out.
        (claim,) = extract("وطلب التعويض عن الخسائر الذي تسبب فيها الحريق.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_the_people_spoken_to_are_no_part_of_the_speaker(self) -> None:
        # snn-aleqtisadiya-70861de4a6: 'وقال كارتر لجنود التحالف في أربيل "نحن نحاول بناء قوة …"'
        (claim,) = extract(
            'وقال كارتر لجنود التحالف في أربيل "نحن نحاول بناء قوة في كل أراضي العراق".'
        ).claims
        self.assertEqual(speakers(claim), ["كارتر"])

    def test_a_long_sentence_does_not_split_before_a_listed_definite_noun(self) -> None:
        # snn-sabq-2171cdbd97: "… وحلف شمال الأطلسي (ناتو)، والدول الحليفة والصديقة، بشأن العملية …"
        result = extract(
            "ولفتت المنسقية إلى أن تركيا أبلغت، عبر وزارة خارجيتها، المؤسسات الدولية وعلى رأسها "
            "الأمم المتحدة وحلف شمال الأطلسي (ناتو)، والدول الحليفة والصديقة، بشأن العملية التي "
            "تقوم بها القوات التركية خارج الحدود، ضمن إطار القوانين الدولية، وحقها المشروع في "
            "الدفاع عن النفس."
        )
        self.assertIs(claim_with(result, "تركيا أبلغت"), claim_with(result, "الدول الحليفة"))

    def test_a_fronted_object_with_a_pronoun_comes_before_its_speaker(self) -> None:
        # snn-aawsat-928c06dade: "هذه المعلومات أكد صحتها مصدر في الجيش السوري الحرّ، …"
        result = extract(
            "هذه المعلومات أكد صحتها مصدر في الجيش السوري الحرّ، الذي أعلن أن الحالة ليست مقتصرة "
            "على بلدة صرين."
        )
        self.assertEqual(speakers(claim_with(result, "أكد صحتها")), ["مصدر في الجيش السوري الحرّ"])
        # nc13-bbcarabicnews-ff8d5bf5: "نقلت عنه قوله …": the one quoted is the pronoun.
        result = extract(
            'وقال المقداد إن المعركة مستمرة.\nونقلت عنه قوله "عملية حزب الله هي الأولى من نوعها".'
        )
        self.assertEqual(speakers(claim_with(result, "الأولى من نوعها")), ["المقداد"])

    def test_a_name_beginning_with_ba_is_not_the_preposition(self) -> None:
        # snn-alweeam-361137e47d: "قال بيتر مورار رئيس اللجنة الدولية للصليب الأحمر اليوم الثلاثاء إن …"
        (claim,) = extract(
            "قال بيتر مورار رئيس اللجنة الدولية للصليب الأحمر اليوم الثلاثاء إن اليمن يتداعى."
        ).claims
        self.assertTrue(speakers(claim)[0].startswith("بيتر مورار رئيس اللجنة"))
        # nc13-elfagr-80f65df3: "وقال بشر الصبان محافظ دمشق لرويترز إن …"
        (claim,) = extract(
            "وقال بشر الصبان محافظ دمشق لرويترز إن السيارة كانت تحمل ما بين طن و1.5 طن."
        ).claims
        self.assertEqual(speakers(claim), ["بشر الصبان محافظ دمشق"])
        # snn-3alyoum-0d1e722808: "وقال باحث يمني في شؤون الجماعات المتطرفة في اليمن إن «…»"
        (claim,) = extract(
            "وقال باحث يمني في شؤون الجماعات المتطرفة في اليمن إن «ما قام به تنظيم داعش بالمكلا "
            "يعد تطورًا خطيرًا»."
        ).claims
        self.assertTrue(speakers(claim)[0].startswith("باحث يمني"))
        # The preposition with a verbal noun still has a pronoun subject.
        (claim,) = extract("وأفاد مصدر طبي بمقتل خمسة أشخاص.").claims
        self.assertEqual(speakers(claim), ["مصدر طبي"])

    def test_a_verb_after_a_pronoun_complementiser_keeps_the_speaker(self) -> None:
        # nc13-cnnarabic-fc32b5f4: "وأشارت اللجان المحلية، في بيان …، إلى أنها وثقت 204 مناطق …"
        (claim,) = extract(
            'وأشارت اللجان المحلية، في بيان على صفحتها بموقع "فيسبوك"، إلى أنها وثقت 204 مناطق '
            "تعرضت للقصف بأنواعه المختلفة."
        ).claims
        self.assertEqual(speakers(claim), ["اللجان المحلية"])

    def test_a_people_called_on_is_not_the_caller(self) -> None:
        # snn-was-b0a1286df4: "ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفًا واحدًا …"
        result = extract(
            "وأكد بحاح أن علاقة اليمن بمجلس التعاون تتوثق.\n"
            "ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفًا واحدًا ضد الميليشيات."
        )
        self.assertEqual(speakers(claim_with(result, "صفًا واحدًا")), ["بحاح"])

    def test_any_is_nobody(self) -> None:
        # snn-3alyoum-0d1e722808: "لكن من دون أن تحدث أي مواجهات مسلحة بين الطرفين."
        result = extract(
            "وقال سكان إن المقاتلين ظهروا في نقاط التفتيش.\n"
            "وظهرت انشقاقات لكن من دون أن تحدث أي مواجهات مسلحة بين الطرفين."
        )
        self.assertNotIn("أي مواجهات", " ".join(s for c in result.claims for s in speakers(c)))

    def test_a_quoted_name_is_not_split_at_its_waw(self) -> None:
        # nc13-cnnarabic-e928b163: 'وذكرت "الجبهة الشعبية للتغيير والتحرير"، في بيان أصدرته …، أن …'
        (claim,) = extract(
            'وذكرت "الجبهة الشعبية للتغيير والتحرير"، في بيان أصدرته في وقت متأخر من مساء '
            'الأربعاء، أن "الأزمة في سوريا شهدت حدثاً نوعياً".'
        ).claims
        self.assertEqual(speakers(claim), ["الجبهة الشعبية للتغيير والتحرير"])

    def test_an_envoy_keeps_where_he_is_posted_and_his_name(self) -> None:
        # nc13-bbcarabicnews-2b7adc51: "حذر المبعوث الخاص للأمم المتحدة لدى سوريا الأخضر الابراهيمي من أن …"
        (claim,) = extract(
            "حذر المبعوث الخاص للأمم المتحدة لدى سوريا الأخضر الابراهيمي من أن الصراع في سوريا "
            "وصل إلى مستويات غير مسبوقة."
        ).claims
        self.assertEqual(
            speakers(claim), ["المبعوث الخاص للأمم المتحدة لدى سوريا الأخضر الابراهيمي"]
        )
        (claim,) = extract("وقال المبعوث الدولي لدى وصوله إلى دمشق إن الوضع صعب.").claims
        self.assertEqual(speakers(claim), ["المبعوث الدولي"])

    def test_a_quoted_body_after_a_title_stays_in_the_speaker(self) -> None:
        # snn-aawsat-34f7e15343: "أكد الناشط في «مركز حلب الإعلامي» محمود بصبوص صحة خبر الاختطاف، …"
        (claim,) = extract("أكد الناشط في «مركز حلب الإعلامي» محمود بصبوص صحة خبر الاختطاف.").claims
        self.assertTrue(speakers(claim)[0].startswith("الناشط في «مركز حلب الإعلامي» محمود"))
        # With أن, the surname in ب is his name, not بـ + a verbal noun.
        (claim,) = extract("أكد الناشط في مركز حلب الإعلامي محمود بصبوص أن الخبر صحيح.").claims
        self.assertEqual(speakers(claim), ["الناشط في مركز حلب الإعلامي محمود بصبوص"])

    def test_a_subject_before_the_verb_starts_after_bainama(self) -> None:
        # nc13-bbcarabicnews-ff8d5bf5: "… بالقتال في سوريا بينما قالت الولايات المتحدة إن حزب الله …"
        result = extract(
            "اتهمت مصادر لبنانية الحزب بالقتال في سوريا بينما قالت الولايات المتحدة إن حزب الله "
            "يقدم التدريب والدعم اللوجيستي لجيش النظام السوري."
        )
        self.assertEqual(speakers(claim_with(result, "يقدم التدريب")), ["الولايات المتحدة"])

    def test_a_relay_about_him_keeps_both_voices(self) -> None:
        # nc13-bbcarabicnews-ff8d5bf5: 'ونقلت وكالة فرانس برس عنه قوله "إن المقاتلين الثلاثة …"'
        result = extract(
            "وأكد ناطق باسم حزب الله، لم يذكر اسمه، وفاة ثلاثة شيعة.\n"
            'ونقلت وكالة فرانس برس عنه قوله "إن المقاتلين الثلاثة كانوا يدافعون عن أنفسهم".'
        )
        self.assertEqual(
            speakers(claim_with(result, "يدافعون")), ["وكالة فرانس برس", "ناطق باسم حزب الله"]
        )

    def test_the_noun_after_inna_is_the_subject_of_a_nested_verb(self) -> None:
        # nc13-cnnarabic-e928b163: "قالت وزارة الخارجية السورية …، إن دمشق تطالب مجلس الأمن الدولي بإصدار …"
        (claim,) = extract(
            "قالت وزارة الخارجية السورية في رسالتين متطابقتين الخميس، إن دمشق تطالب مجلس الأمن "
            'الدولي بإصدار "إدانة واضحة لا لبس فيها".'
        ).claims
        # The ministry speaks for Damascus: the verb inside its words does not add a voice (gold of
        # this article gives the ministry alone; see the test of a cue inside the reported words).
        self.assertEqual(speakers(claim), ["وزارة الخارجية السورية"])
        self.assertEqual(claim.cue, "قالت")

    def test_a_possessed_object_after_the_verb_means_a_pronoun_subject(self) -> None:
        # snn-3alyoum-0d1e722808: "… قد أعلنت ولاءها ومبايعتها لتنظيم داعش بشكل كامل ومفاجئ"
        result = extract(
            "وقالت مصادر محلية إن الكتيبة غادرت المدينة.\n"
            "وأعلنت ولاءها ومبايعتها لتنظيم داعش بشكل كامل ومفاجئ."
        )
        self.assertEqual(speakers(claim_with(result, "ولاءها")), ["مصادر محلية"])
        # A relative named by his tie to someone is the subject: "وقال والدها إن …"
        (claim,) = extract("وقال والدها إن الشرطة عرضت مبالغ مالية على الأهالي.").claims
        self.assertEqual(speakers(claim), ["والدها"])

    def test_naql_after_a_preposition_is_a_verbal_noun(self) -> None:
        # nc13-bbcarabicnews-2b7adc51: 'وقال متطوع شارك في نقل الجثث إلى إحدى الشاحنات "لا نعرف …"'
        (claim,) = extract(
            'وقال متطوع شارك في نقل الجثث إلى إحدى الشاحنات "لا نعرف من هم بسبب عدم وجود بطاقات '
            'تعريف بحوزتهم".'
        ).claims
        self.assertTrue(speakers(claim)[0].startswith("متطوع"))

    def test_an_according_source_ends_where_the_sentence_goes_on(self) -> None:
        # snn-aljazirah-54c8593597: "… بأهمية استراتيجية وفق عبد الرحمن لوجودها على طريق …"
        (claim,) = extract(
            "وتحظى مدينة القريتين بأهمية استراتيجية وفق عبد الرحمن لوجودها على طريق يربط مدينة "
            "تدمر الاثرية."
        ).claims
        self.assertEqual(speakers(claim), ["عبد الرحمن"])
        # nc13-elfagr-80f65df3: "… طبقا لتقديرات للأمم المتحدة غير أن العنف دمر عدة ضواحي …"
        result = extract(
            "وظل وسط دمشق بعيدا عن الصراع طبقا لتقديرات للأمم المتحدة غير أن العنف دمر عدة ضواحي."
        )
        self.assertNotIn("غير", " ".join(s for c in result.claims for s in speakers(c)))

    def test_an_indefinite_derived_verbal_noun_after_the_verb_is_its_object(self) -> None:
        # nc13-cnnarabic-954723f5: "… تزعم تخطيط النظام لتنفيذ عملية تفجير في مكة …"
        result = extract(
            "ونفت دمشق التقارير المتداولة.\nوكانت التقارير تزعم تخطيط النظام لتنفيذ عملية تفجير."
        )
        self.assertNotIn("تخطيط", " ".join(s for c in result.claims for s in speakers(c)))
        # A plural of the shape أفعال is a subject: "طالب أعضاء حلف شمال الأطلسي …"
        (claim,) = extract("وطالب أعضاء حلف شمال الأطلسي أنقرة بتشديد الرقابة على الحدود.").claims
        self.assertTrue(speakers(claim)[0].startswith("أعضاء"))

    def test_soon_denied_and_a_demonstrative_object(self) -> None:
        # snn-aawsat-928c06dade: "لكن الجانب الكردي سرعان ما نفى هذه الاتهامات، …"
        (claim,) = extract(
            "لكن الجانب الكردي سرعان ما نفى هذه الاتهامات، ووضعها في إطار «الإساءة إلى نضال "
            "وتضحيات أبناء الشعب الكردي»."
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الجانب الكردي"]))
        # A demonstrative speaker stays one: snn-alyaum-8bfc773dde "وأكدت هذه المصادر أن …"
        result = extract(
            "وقالت مصادر دبلوماسية روسية إن المشاورات مستمرة.\n"
            "وأكدت هذه المصادر أن المشاورات تركزت حول المرحلة الانتقالية."
        )
        self.assertEqual(speakers(claim_with(result, "تركزت")), ["مصادر دبلوماسية روسية"])

    def test_the_subject_between_kana_and_the_verb_speaks(self) -> None:
        # snn-3alyoum-0d1e722808: "وكانت عناصر محسوبة على تنظيم داعش … ذكرت على مواقع التواصل …، أن «…»"
        (claim,) = extract(
            "وكانت عناصر محسوبة على تنظيم داعش من أبناء مدينة المكلا ذكرت على مواقع التواصل "
            "الاجتماعي، أن «مرحلة الدعوة انتهت، لتبدأ مرحلة العمل»."
        ).claims
        self.assertEqual(speakers(claim), ["عناصر محسوبة على تنظيم داعش من أبناء مدينة المكلا"])
        # nc13-bbcarabicnews-7c2ac5f7: "وكانت وكالة الأنباء السورية (سانا) نقلت عن وزير الإعلام … قوله إن …"
        (claim,) = extract(
            "وكانت وكالة الأنباء السورية (سانا) نقلت عن وزير الإعلام عمران الزعبي قوله إن "
            "المعارضة استخدمت السلاح."
        ).claims
        self.assertEqual(
            speakers(claim), ["وكالة الأنباء السورية (سانا)", "وزير الإعلام عمران الزعبي"]
        )
        # nc13-bbcarabicnews-9adc709c: "وكان موكب سيارات تابع للامم المتحدة حاول …": belonging to.
        (claim,) = extract(
            "وكان موكب سيارات تابع للامم المتحدة حاول الجمعة دخول قرية جملة السورية."
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_an_addressee_ends_an_according_source_and_a_quoted_name_is_no_content(self) -> None:
        # snn-aawsat-eed0c4ab83: "… بحسب ما أكد مصدر بارز في المعارضة السورية لـ«الشرق الأوسط»، …"
        result = extract(
            "غير أن مسار المفاوضات سلك شقين منفصلين، بحسب ما أكد مصدر بارز في المعارضة السورية "
            "لـ«الشرق الأوسط»، يتمثلان في تفاوض بحثه النظام."
        )
        self.assertIn(
            "مصدر بارز في المعارضة السورية", [s for c in result.claims for s in speakers(c)]
        )
        # snn-aawsat-eed0c4ab83: "وأقر لواء «أحرار الشام» بانهيار المفاوضات مع الإيرانيين …"
        (claim,) = extract("وأقر لواء «أحرار الشام» بانهيار المفاوضات مع الإيرانيين.").claims
        self.assertEqual(speakers(claim), ["لواء «أحرار الشام»"])

    def test_a_ministry_named_with_waw_is_one_speaker(self) -> None:
        # nc13-cnnarabic-7d5c303a: "… عن مصدر مسؤول في وزارة الخارجية والمغتربين قوله: …"
        (claim,) = extract(
            "وقال مصدر مسؤول في وزارة الخارجية والمغتربين إن الطائرات ألقت قنابل داخل الأراضي."
        ).claims
        self.assertEqual(speakers(claim), ["مصدر مسؤول في وزارة الخارجية والمغتربين"])

    def test_one_man_with_two_titles_keeps_his_name(self) -> None:
        # snn-aawsat-d5bbbb32a3: "عضو مجلس محافظة الأنبار والمتحدث الرسمي باسمه عيد عمّاش"
        (claim,) = extract(
            "وقال عضو مجلس محافظة الأنبار والمتحدث الرسمي باسمه عيد عمّاش إن القوات تقدمت."
        ).claims
        self.assertEqual(
            speakers(claim), ["عضو مجلس محافظة الأنبار والمتحدث الرسمي باسمه عيد عمّاش"]
        )

    def test_a_denial_of_reports_names_the_office_and_who_spread_them(self) -> None:
        # nc13-bbcarabicnews-c7a3ba54: "نفى المكتب الإعلامي في الرئاسة السورية أنباء تناقلتها وسائل إعلام …"
        (claim,) = extract(
            "نفى المكتب الإعلامي في الرئاسة السورية أنباء تناقلتها وسائل إعلام بشأن إطلاق النار "
            "على الرئيس السوري."
        ).claims
        self.assertEqual(speakers(claim), ["المكتب الإعلامي في الرئاسة السورية", "وسائل إعلام"])

    def test_the_subject_after_yudhkar_anna_speaks(self) -> None:
        # nc13-bbcarabicnews-7ec87e9f: "يذكر أن إيران كانت قد قالت إنها ستعتبر أي هجوم على سوريا هجوما عليها."
        result = extract(
            "وقال سيلفان شالوم إن إسرائيل مستعدة.\n"
            "يذكر أن إيران كانت قد قالت إنها ستعتبر أي هجوم على سوريا هجوما عليها."
        )
        self.assertEqual(speakers(claim_with(result, "ستعتبر")), ["إيران"])

    def test_a_mans_name_ending_in_ha_then_his_title_is_masculine(self) -> None:
        # nc13-bbcarabicnews-00ed53d4: 'وقال موشيه يعلون نائب رئيس الوزراء الإسرائيلي … انه "حادث معزول" واضاف أن …'
        result = extract(
            "يذكر ان المرصد السوري لحقوق الإنسان قال ان الجيش السوري قصف قرى.\n"
            'وقال موشيه يعلون نائب رئيس الوزراء الإسرائيلي في إشارة الى الموضوع انه "حادث معزول" '
            "واضاف أن سياسة إسرائيل هي عدم التدخل في النزاع داخل سوريا."
        )
        self.assertTrue(speakers(claim_with(result, "عدم التدخل"))[0].startswith("موشيه يعلون"))

    def test_reporting_verbs_have_all_their_forms_and_context_bound_ones_need_their_context(
        self,
    ) -> None:
        # snn-was-b0a1286df4 style dual: "وشددا على ضرورة …" has its subject in the verb.
        (claim,) = extract("وشددا على ضرورة المضي نحو تطبيق القرار.").claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", []))
        # nc13-cnnarabic-e928b163: "وختمت الوزارة بأن سوريا …"
        (claim,) = extract("وختمت الوزارة بأن سوريا تحمل إسرائيل المسؤولية الكاملة.").claims
        self.assertEqual(speakers(claim), ["الوزارة"])
        # snn-alwatan-36db5453a6: "فند رئيس بلدية عرسال، علي الحجيري، مزاعم حزب الله …" (a denial; the
        # folded title رئيس is a title, so "بلدية" is no ب-object)
        (claim,) = extract(
            "فند رئيس بلدية عرسال، علي الحجيري، مزاعم حزب الله عن تحقيق انتصارات في القلمون."
        ).claims
        # (and the claimant the denied claims name: both sides, AR-3)
        self.assertEqual(
            (claim.polarity, speakers(claim)), ("deny", ["رئيس بلدية عرسال", "حزب الله"])
        )
        # nc13-bbcarabicnews-2b7adc51: "وحمل الابراهيمي كل من الحكومة … المسؤولية عن …"
        (claim,) = extract(
            "وحمل الابراهيمي كل من الحكومة السورية وقوات المعارضة المسؤولية عن تردي الأوضاع."
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("accused", ["الابراهيمي"]))
        # snn-aljazirah-54c8593597: "وينص القرار على إنشاء «آلية مشتركة للتحقيق» …"
        (claim,) = extract("وينص القرار على إنشاء آلية مشتركة للتحقيق.").claims
        self.assertEqual(speakers(claim), ["القرار"])
        # The same words as narrative stay the outlet's.
        for text in (
            "وكانت شاحنة محملة بالأسلحة قد عبرت الحدود.",
            "وكتب الشاعر قصيدة عن الحرب.",
            "وجددت الطائرات غاراتها على المدينة.",
            "وحمل المتظاهرون صور الضحايا.",
        ):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "outlet", text)

    def test_a_name_that_starts_with_ba_is_no_preposition(self) -> None:
        # nc13-elfagr-80f65df3: "وقال بشر الصبان محافظ دمشق لرويترز إن السيارة كانت تحمل …"
        (claim,) = extract(
            "وقال بشر الصبان محافظ دمشق لرويترز إن السيارة كانت تحمل ما بين طن و1.5 طن من المتفجرات."
        ).claims
        self.assertEqual(speakers(claim), ["بشر الصبان محافظ دمشق"])
        # snn-alweeam-361137e47d: "قال بيتر مورار رئيس اللجنة الدولية للصليب الأحمر … إن اليمن …"
        (claim,) = extract(
            "قال بيتر مورار رئيس اللجنة الدولية للصليب الأحمر إن اليمن يتداعى."
        ).claims
        self.assertEqual(speakers(claim), ["بيتر مورار رئيس اللجنة الدولية للصليب الأحمر"])
        # A ب-object, an adverb or a manner stays out of the name.
        for text in ("وأفاد بمقتل خمسة أشخاص إن صحت الأنباء.", "وقال بدوره إن الوضع صعب."):
            (claim,) = extract(text).claims
            self.assertEqual(speakers(claim), [], text)

    def test_sura_ana_ma_is_soon_not_a_negation(self) -> None:
        # snn-aawsat-928c06dade: "لكن الجانب الكردي سرعان ما نفى هذه الاتهامات، ووضعها في إطار …"
        (claim,) = extract(
            "لكن الجانب الكردي سرعان ما نفى هذه الاتهامات، ووضعها في إطار الإساءة إلى نضال الأكراد."
        ).claims
        self.assertEqual((claim.polarity, speakers(claim)), ("deny", ["الجانب الكردي"]))

    def test_went_on_to_say_and_in_his_words(self) -> None:
        # nc13-bbcarabicnews-2b7adc51: "ومضى للقول لوكالة الأنباء الفرنسية إن العديد من الجثامين …"
        result = extract(
            "وقال القائد إن الجثث كثيرة.\n"
            "ومضى للقول لوكالة الأنباء الفرنسية إن العديد من الجثامين كانت لا تزال ملقاة في النهر."
        )
        self.assertEqual(speakers(claim_with(result, "الجثامين")), ["القائد"])
        (claim,) = extract("مضى عام على الحرب.").claims
        self.assertEqual(claim.kind, "outlet")
        # nc13-bbcarabicnews-f7953945: 'وإلا فـ"ستنكسر المبادرة" التي أطلقها للحوار مع النظام، على حد تعبيره'
        result = extract(
            "وقال الخطيب إن العرض قائم.\n"
            'وإلا فـ"ستنكسر المبادرة" التي أطلقها للحوار مع النظام، على حد تعبيره.'
        )
        self.assertEqual(speakers(claim_with(result, "ستنكسر")), ["الخطيب"])
        (claim,) = extract("والوضع هادئ تماما على حد قول المتحدث باسم الشرطة.").claims
        self.assertEqual(speakers(claim), ["المتحدث باسم الشرطة"])

    def test_the_outlet_learned_it_from_sources(self) -> None:
        # snn-aawsat-48f455ad77: "وعلمت «الشرق الأوسط» من مصادر مطلعة، أن الموقوف أحمد فايع عسيري، استقبل …"
        (claim,) = extract(
            "وعلمت «الشرق الأوسط» من مصادر مطلعة، أن الموقوف أحمد عسيري استقبل منفذ العملية."
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["مصادر مطلعة"]))

    def test_showing_footage_is_a_report_and_offering_is_not(self) -> None:
        # nc13-bbcarabicnews-fa2bcd0a: "وعرض التلفزيون السوري مقاطع مصورة للمسجد بعد التفجير أظهرت …"
        (claim,) = extract(
            "وعرض التلفزيون السوري مقاطع مصورة للمسجد بعد التفجير أظهرت التدمير الذي لحق به."
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("published", ["التلفزيون السوري"]))
        # snn-alwatan-f2641c4333: an offer, and "منصور" is no "ال" + "صور" (pictures)
        for text in (
            "وعرضت المعارضة التفاوض مع النظام.",
            "إن الحوثيين عرضوا عليه رئاسة اليمن، عقب استقالة الرئيس عبدربه منصور هادي.",
        ):
            self.assertNotIn("published", [c.mode for c in extract(text).claims], text)

    def test_according_to_owns_its_relative_clause_and_not_the_but_after_it(self) -> None:
        # nc13-elfagr-80f65df3: "وظل وسط دمشق بعيدا نسبيا عن الصراع … والذي أسفر عن سقوط نحو 70 ألف قتيل في
        # أنحاء البلاد طبقا لتقديرات للأمم المتحدة غير أن العنف دمر عدة ضواحي …"
        result = extract(
            "وظل وسط دمشق بعيدا نسبيا عن الصراع الدائر والذي أسفر عن سقوط نحو 70 ألف قتيل طبقا "
            "لتقديرات للأمم المتحدة غير أن العنف دمر عدة ضواحي في أنحاء العاصمة."
        )
        self.assertEqual(claim_with(result, "وسط دمشق").kind, "outlet")
        self.assertEqual(speakers(claim_with(result, "70 ألف")), ["تقديرات للأمم المتحدة"])
        self.assertEqual(claim_with(result, "العنف دمر").kind, "outlet")

    def test_a_verbal_noun_after_a_preposition_is_no_cue(self) -> None:
        # nc13-bbcarabicnews-2b7adc51: 'وقال متطوع شارك في نقل الجثث إلى إحدى الشاحنات "لا نعرف من هم …"'
        (claim,) = extract(
            'وقال متطوع شارك في نقل الجثث إلى إحدى الشاحنات "لا نعرف من هم بسبب عدم وجود بطاقات".'
        ).claims
        self.assertEqual((claim.cue, speakers(claim)), ("وقال", ["متطوع شارك"]))

    def test_his_words_are_no_speaker(self) -> None:
        # nc13-bbcarabicnews-ff8d5bf5: '… صحيفة النهار اللبنانية التي نقلت عنه قوله "عملية حزب الله هي الأولى …"'
        result = extract(
            'ووصف لؤي المقداد الناطق باسم الجيش الحر العملية بأنها "غزو غير مسبوق"، حسبما جاء في '
            'صحيفة النهار التي نقلت عنه قوله "عملية حزب الله هي الأولى من نوعها".'
        )
        self.assertNotIn("قوله", speakers(claim_with(result, "الأولى من نوعها")))

    def test_an_object_with_a_pronoun_can_stand_before_the_speaker(self) -> None:
        # snn-aawsat-928c06dade: "هذه المعلومات أكد صحتها مصدر في الجيش السوري الحرّ، الذي …"
        (claim,) = extract("هذه المعلومات أكد صحتها مصدر في الجيش السوري الحر.").claims
        self.assertEqual(speakers(claim), ["مصدر في الجيش السوري الحر"])
        # A folded ة is no pronoun: "وقالت نائبة وزير الخارجية …" keeps her title.
        (claim,) = extract("وقالت نائبة وزير الخارجية تسيبي حوتوفلي إن المعارضة باقية.").claims
        self.assertEqual(speakers(claim), ["نائبة وزير الخارجية تسيبي حوتوفلي"])

    def test_demonstrators_demanding_speak(self) -> None:
        # snn-alwatan-36db5453a6: "تظاهر أهالي العسكريين اللبنانيين المختطفين …، في شوارع العاصمة بيروت،
        # مطالبين بخطوات أكثر جدية في سبيل تحرير أبنائهم."
        result = extract(
            "تظاهر أهالي العسكريين المختطفين، في شوارع العاصمة بيروت، مطالبين بخطوات أكثر جدية."
        )
        self.assertEqual(speakers(claim_with(result, "بخطوات")), ["أهالي العسكريين المختطفين"])
        (claim,) = extract("وتظاهر الآلاف في وسط المدينة.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_declining_to_comment_is_a_statement(self) -> None:
        # snn-alweeam-addd0d6f0d: "وامتنعت وزارة الدفاع الأمريكية (البنتاجون) عن التعقيب “لأسباب تتعلق …”"
        (claim,) = extract(
            "وامتنعت وزارة الدفاع الأمريكية عن التعقيب “لأسباب تتعلق بالعمليات الامنية.”"
        ).claims
        self.assertEqual(speakers(claim), ["وزارة الدفاع الأمريكية"])
        (claim,) = extract("وامتنعت ثلاث دول عن التصويت هي الصين وفنزويلا وأنغولا.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_concluding_repeating_explaining_and_reminding_are_reports(self) -> None:
        # Mined from unannotated corpus articles (verbs followed by أن): snn-aleqtisadiya-5e7952e335
        # "وبين أن الدراسات أظهرت …", "واختتم شترايتر تصريحاته بالقول إن …", "وكرر قوله بأن …",
        # nc13-shorouknews-17205dfa "مذكراً بتحذير بلاده …"
        result = extract("وقال ثامر الشرهان إن الطلب يرتفع.\nوبين أن الدراسات أظهرت ذروة في الصيف.")
        self.assertEqual(speakers(claim_with(result, "الدراسات")), ["ثامر الشرهان"])
        (claim,) = extract("واختتم شترايتر تصريحاته بالقول إن ميركل وأوغلو اتفقا.").claims
        self.assertEqual(speakers(claim), ["شترايتر"])
        (claim,) = extract("وخلص التقرير إلى أن القوات ارتكبت جرائم.").claims
        self.assertEqual(speakers(claim), ["التقرير"])
        for text in (
            "وجرت مواجهات بين الطرفين أمس.",
            "واختتم المؤتمر أعماله أمس.",
            "وكررت الطائرات غاراتها على المدينة.",
        ):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "outlet", text)

    def test_criticising_welcoming_threatening_and_blaming_are_speech_acts(self) -> None:
        # snn-aawsat-c24c032ccf "وانتقدت الجبهة خطة تركيا …", snn-okaz-1c0a8fec2a "كما رحب الوزير الجبير
        # بأي اتفاق …", nc13-bbcarabicnews-60b253ff "قد هدد بمقاطعة المؤتمر", nc13-cnnarabic-de79cc01
        # "إلا أن الثوار سارعوا بنفي تلك الاتهامات، وألقوا باللائمة على القوات الحكومية"
        for text, speaker in (
            ("وانتقدت الجبهة خطة تركيا لإنشاء منطقة عازلة.", "الجبهة"),
            ("كما رحب الوزير الجبير بأي اتفاق يضمن الأمن.", "الوزير الجبير"),
            ("وكان الائتلاف قد هدد بمقاطعة المؤتمر في روما.", "الائتلاف"),
            ("إلا أن الثوار سارعوا بنفي تلك الاتهامات.", "الثوار"),
        ):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "reported", text)
            self.assertEqual(speakers(claim), [speaker], text)
        # a danger, not a speaker: "الخطر الذي يهدد المرقد", "الوباء يهدد بإيجاد أزمة"
        for text in ("وتشكل اللواء لمواجهة الخطر الذي يهدد المرقد.", "والوباء يهدد بإيجاد أزمة."):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "outlet", text)

    def test_expectations_and_wide_beliefs_with_no_one_named_are_passive(self) -> None:
        # nc13-bbcarabicnews-60b253ff "ويتوقع أن يعلن كيري زيادة المساعدات …", nc13-bbcarabicnews-e4cffe9c
        # "ويعتقد على نطاق واسع ان السعودية وقطر تقومان بتسليح المعارضة السورية"
        for text in (
            "ويتوقع أن يعلن كيري زيادة المساعدات للمعارضة.",
            "ويعتقد على نطاق واسع ان السعودية وقطر تقومان بتسليح المعارضة.",
            "ومن المتوقع أن تواصل الصادرات ارتفاعها.",
        ):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "passive", text)
        # the speaker's own expectation (snn-okaz-88df624541, snn-aleqtisadiya-2edbe7a034)
        for text in (
            "وتقول مصادر حكومية إنه من المتوقع أن ينتظر كاميرون.",
            "وأوضح دادلي أن الطلب نما بنحو 1.5 في المائة ومن المتوقع أن يواصل النمو.",
        ):
            claim = extract(text).claims[0]
            self.assertEqual(claim.kind, "reported", text)

    def test_a_masculine_pronoun_subject_skips_a_feminine_plural(self) -> None:
        # nc13-bbcarabicnews-60b253ff: "ووفقا لتقديرات الأمم المتحدة فقد قتل …" then "وقال في تصريحات
        # أدلى بها في باريس إنه …": estimates take a feminine verb, so "he" is the minister
        result = extract(
            "وقال وزير الخارجية جون كيري إن بلاده تدعم المعارضة.\n"
            "ووفقا لتقديرات الأمم المتحدة فقد قتل 70 ألف شخص.\n"
            "وقال في تصريحات أدلى بها في باريس إنه يريد أن يعرف رأي المعارضة."
        )
        self.assertEqual(speakers(claim_with(result, "رأي المعارضة")), ["وزير الخارجية جون كيري"])

    def test_is_considered_is_the_outlets_background(self) -> None:
        # nc13-bbcarabicnews-ff8d5bf5: "ويعتبر الجناح المسلح لحزب الله هو الأقوى والأكثر تسليحا …"
        result = extract(
            "وقال ناطق باسم حزب الله إن الحزب لم يشارك.\n"
            "ويعتبر الجناح المسلح لحزب الله هو الأقوى والأكثر تسليحا في لبنان."
        )
        self.assertEqual(claim_with(result, "الأقوى").kind, "outlet")
        (claim,) = extract("ويعتبر الخبراء أن الهجوم كان متوقعا.").claims
        self.assertEqual(speakers(claim), ["الخبراء"])

    def test_explained_with_its_subject_before_an(self) -> None:
        # nc13-cnnarabic-7875237e: "وبين المعايطة أن الجانب الأردني لا يمنع دخول أي قادمين …"
        (claim,) = extract("وبين المعايطة أن الجانب الأردني لا يمنع دخول أي قادمين.").claims
        self.assertEqual(speakers(claim), ["المعايطة"])
        for text in ("وبين نفسي أن الأمر صعب.", "وبين الرئيس السابق، إلا أنه رفض."):
            (claim,) = extract(text).claims
            self.assertEqual(claim.kind, "outlet", text)

    def test_an_attack_attributed_by_the_authorities(self) -> None:
        # snn-alwatan-b75393c868: "… في هجوم جديد نسبته السلطات إلى التمرد الكردي …"
        result = extract("وقتل عنصران من الشرطة في هجوم جديد نسبته السلطات إلى التمرد الكردي.")
        self.assertEqual(speakers(claim_with(result, "التمرد الكردي")), ["السلطات"])
        (claim,) = extract("ويمثلون ما نسبته 82 في المئة من الإجمالي.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_pronoun_subject_skips_a_plural_document(self) -> None:
        # nc13-bbcarabicnews-60b253ff: "ووفقا لتقديرات الأمم المتحدة فقد قتل …" then "وقال في تصريحات
        # أدلى بها في باريس إنه …": a masculine "وقال" cannot mean the estimates.
        result = extract(
            "وقال كيري إن الولايات المتحدة تريد أن تسرع عملية انتقال السلطة.\n"
            "ووفقا لتقديرات الأمم المتحدة فقد قتل ما لا يقل عن 70 ألف شخص.\n"
            "وقال في تصريحات أدلى بها في باريس إنه يريد أن يعرف من المعارضة أفضل السبل."
        )
        self.assertEqual(speakers(claim_with(result, "أفضل السبل")), ["كيري"])

    def test_statement_issued_by_a_body_owns_the_pronoun_that_follows(self) -> None:
        # nc13-cnnarabic-1217eb8d: "من جانبه، أصدر المجلس الوطني السوري بيانا …، قال فيه إن النظام …"
        result = extract(
            "وقالت لجان التنسيق المحلية إن الجيش الحر سيطر على السد.\n"
            "من جانبه، أصدر المجلس الوطني السوري بيانا بمناسبة مجزرة حماة، قال فيه إن النظام "
            '"يواصل المجزرة"، كما أشار إلى أن الشعب السوري "يقترب من النصر."'
        )
        self.assertEqual(speakers(claim_with(result, "يواصل المجزرة")), ["المجلس الوطني السوري"])
        self.assertEqual(speakers(claim_with(result, "يقترب من النصر")), ["المجلس الوطني السوري"])

    def test_coordinated_adjectives_with_complements_keep_one_speaker(self) -> None:
        # snn-aawsat-c24c032ccf: "وكانت جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد
        # أعلنت أمس، انسحابها …": one front described twice, not two speakers.
        (claim,) = extract(
            "وكانت جبهة النصرة الموالية لتنظيم القاعدة والمناهضة لتنظيم داعش، قد أعلنت أمس، "
            "انسحابها من مواقع المواجهة مع التنظيم."
        ).claims
        self.assertEqual(len(speakers(claim)), 1)

    def test_an_unnamed_source_keeps_where_it_sits(self) -> None:
        # snn-alwatan-f7c117aff3: "وقال شهود ومصادر بمشرحة في الموصل عاصمة نينوى إن …": the ب-phrase
        # places the sources (a morgue), it is no object of the verb.
        (claim,) = extract(
            "وقال شهود ومصادر بمشرحة في الموصل إن معظم عمليات الإعدام وقعت على مدى الأشهر الستة."
        ).claims
        self.assertEqual(speakers(claim), ["شهود", "مصادر بمشرحة في الموصل"])
        (claim,) = extract("أفادت مصادر بإصابة العشرات في القصف.").claims
        self.assertEqual(speakers(claim), ["مصادر"])

    def test_a_trailing_source_owns_the_but_clause_before_it(self) -> None:
        # nc13-bbcarabicnews-60b253ff: "وقد أوضحت الولايات المتحدة أنها لن تزود المعارضة بالأسلحة، لكن
        # الأسلحة هي ما تحتاجه المعارضة، …، بحسب مراسل بي بي سي …": the correspondent's, and no
        # antecedent for the "وقال" that follows.
        result = extract(
            "وقال كيري إن الولايات المتحدة تريد أن تسرع عملية انتقال السلطة.\n"
            "وقد أوضحت الولايات المتحدة أنها لن تزود المعارضة بالأسلحة، لكن الأسلحة هي ما تحتاجه "
            "المعارضة، بحسب مراسل بي بي سي جوناثان ماركوس.\n"
            "وقال في تصريحات أدلى بها في باريس إنه يريد أن يعرف من المعارضة أفضل السبل."
        )
        self.assertEqual(speakers(claim_with(result, "لن تزود")), ["الولايات المتحدة"])
        self.assertEqual(
            speakers(claim_with(result, "ما تحتاجه")), ["مراسل بي بي سي جوناثان ماركوس"]
        )
        self.assertEqual(speakers(claim_with(result, "أفضل السبل")), ["كيري"])

    def test_a_long_subject_after_but_that_speaks(self) -> None:
        # snn-alyaum-8f2b9c8432: "غير ان مكتب رئيس الوزراء احمد داود اوغلو اكد في بيان ان …": after
        # "غير أن" the whole noun phrase is the verb's subject, and "غير" is never a speaker.
        (claim,) = extract(
            "غير أن مكتب رئيس الوزراء أحمد داود أوغلو أكد في بيان أن المعركة ستتواصل بدون توقف."
        ).claims
        self.assertEqual(speakers(claim), ["مكتب رئيس الوزراء أحمد داود أوغلو"])

    def test_a_belief_about_an_indefinite_noun_is_passive_only_up_to_its_comma(self) -> None:
        # snn-alriyadh-5d7280b0b6: "… مصير نحو 20 ألف شخص يقال إنهم محتجزون …" and
        # snn-aljazirah-bfab198be9: "وسط سقوط عدة صواريخ يعتقد بأنها من نوع أرض- أرض على مناطق في
        # المدينة، كما جددت …": a relative clause with no relative pronoun; the sentence keeps its voice.
        result = extract(
            "وشدد المرصد على أن تقريره لا يضم مصير نحو 20 ألف شخص يقال إنهم محتجزون في سجون النظام."
        )
        self.assertEqual(speakers(claim_with(result, "تقريره لا يضم")), ["المرصد"])
        self.assertEqual(claim_with(result, "محتجزون في سجون").kind, "passive")
        result = extract(
            "وسط سقوط عدة صواريخ يعتقد بأنها من نوع أرض- أرض على مناطق في المدينة، كما جددت قوات "
            "النظام قصفها لمناطق في بلدة الطيبة."
        )
        self.assertEqual(claim_with(result, "من نوع أرض").kind, "passive")
        self.assertEqual(claim_with(result, "جددت قوات النظام").kind, "outlet")

    def test_abbara_an_with_its_subject_before_it_expresses_a_stance(self) -> None:
        # snn-alwatan-36db5453a6: "… إلا أنهم عبروا عن إحباطهم وقلقهم": the verb after its subject (here
        # a pronoun), with no و in front; "عبر عن طريق" is still "via".
        result = extract(
            "تظاهر أهالي العسكريين المختطفين في بيروت مطالبين بخطوات أكثر جدية. "
            "ورغم تمكن الأهالي من زيارتهم الأسبوع الماضي، إلا أنهم عبروا عن إحباطهم وقلقهم."
        )
        claim = claim_with(result, "إحباطهم وقلقهم")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["أهالي العسكريين المختطفين"])
        (claim,) = extract("ووصل المقاتلون عبر عن طريق البحر إلى المدينة.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_qaddara_before_an_amount_is_passive_and_the_noun_qadr_is_no_cue(self) -> None:
        # snn-3alyoum-0d1e722808: "حصل على مبالغ كبيرة قدرت بمليارات الريالات اليمنية" (قُدِّرت, nobody
        # named); snn-almadina-1aa9ee7aaa: "واكتفت … بالكشف عن قدر قليل من المعلومات" (an amount).
        (claim,) = extract(
            "كما أن التنظيم حصل على مبالغ كبيرة قدرت بمليارات الريالات اليمنية من خلال السطو."
        ).claims
        self.assertEqual(claim.kind, "passive")
        (claim,) = extract("واكتفت الوزارة بالكشف عن قدر قليل من المعلومات.").claims
        self.assertEqual(claim.kind, "outlet")
        self.assertEqual(claim.attributions, ())

    def test_amid_fears_that_is_passive_from_wasat_on(self) -> None:
        # nc13-cnnarabic-de79cc01: "…، وسط تصاعد المخاوف من أن "الحرب الأهلية" في سوريا ربما دخلت
        # مرحلة جديدة": fears nobody is named for (CONVENTIONS 6), like "amid reports that".
        result = extract(
            "وأثارت التقارير حالة من القلق، وسط تصاعد المخاوف من أن الحرب الأهلية في سوريا ربما "
            "دخلت مرحلة جديدة."
        )
        self.assertEqual(claim_with(result, "دخلت مرحلة جديدة").kind, "passive")
        self.assertEqual(claim_with(result, "حالة من القلق").kind, "outlet")

    def test_wa_huwa_ma_nafathu_adds_the_denier_to_the_claim_it_follows(self) -> None:
        # nc13-cnnarabic-e928b163: "… استهدفت قافلة … كانت تنقل أسلحة، وهو ما نفته دمشق": a denial in a
        # relative clause is a second voice (CONVENTIONS 3): the clause both speak in; so is a confirmation.
        result = extract(
            "وقال مسؤول أمريكي رفيع إن مقاتلات إسرائيلية استهدفت قافلة كانت تنقل أسلحة، وهو ما نفته "
            "دمشق."
        )
        self.assertEqual(speakers(claim_with(result, "استهدفت قافلة")), ["مسؤول أمريكي رفيع"])
        self.assertEqual(speakers(claim_with(result, "نفته")), ["مسؤول أمريكي رفيع", "دمشق"])
        (claim,) = extract("وقال الوزير إن الوضع مستقر، وهو ما أكده مصدر أمني.").claims
        self.assertEqual(speakers(claim), ["الوزير", "مصدر أمني"])
        (claim,) = extract("وهذا ما يؤكد أن الوضع مستقر.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_rasada_before_a_bounty_or_a_sum_allocates_and_reports_nothing(self) -> None:
        # snn-alwatan-12c4943e9f: "كما كانت وزارة الخارجية الأميركية رصدت مكافأة قدرها 7 ملايين دولار":
        # allocated money (the outlet's fact); "ورصد المرصد مقتل …" still records.
        (claim,) = extract(
            "كما كانت وزارة الخارجية الأميركية رصدت مكافأة قدرها 7 ملايين دولار لقاء أي معلومات."
        ).claims
        self.assertEqual(claim.kind, "outlet")
        (claim,) = extract("ورصد المرصد مقتل 12 شخصا في القصف.").claims
        self.assertEqual(speakers(claim), ["المرصد"])

    def test_al_muttaham_bi_is_an_accusation_by_nobody_named(self) -> None:
        # snn-alyaum-8f2b9c8432: "… كما تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية": the passive
        # participle of اتُّهم (CONVENTIONS 6), only as far as its comma.
        result = extract(
            "وأطلق الرئيس حربا تستهدف حزب العمال الكردستاني كما تنظيم داعش المتهم بالوقوف خلف العملية "
            "الانتحارية، في حين تواصلت الغارات."
        )
        self.assertEqual(claim_with(result, "بالوقوف خلف العملية").kind, "passive")
        self.assertEqual(claim_with(result, "حربا تستهدف").kind, "outlet")
        self.assertEqual(claim_with(result, "تواصلت الغارات").kind, "outlet")
        # inside a speaker's words it is his description
        (claim,) = extract("وقال المرصد إن 12 شخصا متهمين بالتعامل مع النظام أعدموا.").claims
        self.assertEqual(speakers(claim), ["المرصد"])

    def test_a_bare_refusal_to_comment_is_the_outlets_note(self) -> None:
        # nc13-bbcarabicnews-e4cffe9c: "كما امتنعت وزارة الخارجية الفرنسية … عن التعليق" with no reason
        # and no words of its own is left out like "لم يرد تعليق" (CONVENTIONS 8); with a quoted reason
        # it stays the ministry's statement.
        (claim,) = extract("كما امتنعت وزارة الخارجية الفرنسية عن التعليق على التقرير.").claims
        self.assertEqual(claim.attributions, ())
        (claim,) = extract(
            "وامتنعت وزارة الدفاع عن التعقيب «لأسباب تتعلق بالعمليات الأمنية»."
        ).claims
        self.assertEqual(speakers(claim), ["وزارة الدفاع"])

    def test_naql_needs_its_own_an_before_the_next_cue(self) -> None:
        # nc13-bbcarabicnews-1f6f0924: "… لمناقشة مسألة نقل السلطة مع حكومة الأسد لكنه قال إن …": the
        # masdar "نقل" (transfer) borrows no أن from the verb after it.
        result = extract(
            "وقال معاذ الخطيب إنه لم يتلق أي رد على مبادرته لمناقشة مسألة نقل السلطة مع حكومة الأسد "
            "لكنه قال إن عرضه لا يزال قائما."
        )
        for claim in result.claims:
            self.assertNotIn("السلطة", speakers(claim))
        self.assertEqual(speakers(claim_with(result, "مسألة نقل السلطة")), ["معاذ الخطيب"])

    def test_fi_al_waqt_alladhi_frames_a_report_in_the_outlets_voice(self) -> None:
        # nc13-cnnarabic-9ebad96b: "أفادت مصادر … بأن قوات الجيش … ارتكبت "مجزرة" جديدة …، في الوقت
        # الذي واصلت فيه الطائرات الحربية قصفها": the time frame is the outlet's; one with a cue of its
        # own ("في الوقت الذي جددت فيه المعارضة عرضها") still speaks for itself.
        result = extract(
            "أفادت مصادر في المعارضة السورية بأن قوات الجيش ارتكبت مجزرة جديدة في مدينة خناصر، في "
            "الوقت الذي واصلت فيه الطائرات الحربية قصفها."
        )
        self.assertEqual(speakers(claim_with(result, "مجزرة جديدة")), ["مصادر في المعارضة السورية"])
        self.assertEqual(claim_with(result, "واصلت فيه الطائرات").kind, "outlet")
        result = extract(
            "وخاض المقاتلون قتالا قرب دمشق في الوقت الذي جددت فيه المعارضة عرضها للتفاوض."
        )
        self.assertEqual(speakers(claim_with(result, "عرضها للتفاوض")), ["المعارضة"])

    def test_what_the_video_shows_is_the_outlets_description(self) -> None:
        # snn-alriyadh-029fe3edd8: "وبث التنظيم شريط فيديو، يظهر الشريط خمسة رجال يمشون …" (CONVENTIONS
        # 14); "عدة تسجيلات فيديو تظهر مقاتلين" after a named publisher stays his.
        result = extract("وبث التنظيم شريط فيديو، يظهر الشريط خمسة رجال يمشون في أحد الحقول.")
        self.assertEqual(claim_with(result, "خمسة رجال يمشون").kind, "outlet")
        (claim,) = extract(
            "ونشر لواء أبو الفضل العباس عدة تسجيلات فيديو تظهر مقاتلين يطلقون القذائف."
        ).claims
        self.assertEqual(speakers(claim), ["لواء أبو الفضل العباس"])

    def test_a_relative_clause_of_background_on_a_speech_acts_object_is_the_outlets(self) -> None:
        # nc13-bbcarabicnews-9b655c52: "دانت الولايات المتحدة بشدة القصف … على مدينة حلب الذي ادى الى
        # مقتل العشرات"; nc13-bbcarabicnews-f7953945: "… إلى داريا التي تعد موقعا استراتيجيا" (CONVENTIONS
        # 13). A relative in a reported event ("بمقتل 12 شخصا في القصف الذي استهدف الحي") stays.
        result = extract(
            "من جانبها دانت الولايات المتحدة بشدة القصف بالصواريخ على مدينة حلب الذي أدى إلى مقتل "
            "العشرات الجمعة."
        )
        self.assertEqual(speakers(claim_with(result, "القصف بالصواريخ")), ["الولايات المتحدة"])
        self.assertEqual(claim_with(result, "مقتل العشرات").kind, "outlet")
        result = extract(
            "وأشار المرصد السوري إلى وصول تعزيزات جديدة إلى داريا التي تعد موقعا استراتيجيا."
        )
        self.assertEqual(claim_with(result, "موقعا استراتيجيا").kind, "outlet")
        (claim,) = extract("وأفاد المرصد بمقتل 12 شخصا في القصف الذي استهدف الحي.").claims
        self.assertEqual(speakers(claim), ["المرصد"])

    def test_a_protest_is_an_act_and_the_demand_after_it_is_the_claim(self) -> None:
        # snn-alwatan-36db5453a6: "تظاهر أهالي العسكريين … في شوارع العاصمة بيروت، مطالبين بخطوات أكثر
        # جدية": the protest is the outlet's, the demand the protesters'.
        result = extract(
            "تظاهر أهالي العسكريين المختطفين في شوارع العاصمة بيروت، مطالبين بخطوات أكثر جدية في سبيل "
            "تحرير أبنائهم."
        )
        self.assertEqual(claim_with(result, "في شوارع العاصمة").kind, "outlet")
        self.assertEqual(
            speakers(claim_with(result, "بخطوات أكثر جدية")), ["أهالي العسكريين المختطفين"]
        )

    def test_a_proclamation_is_an_act_not_a_statement(self) -> None:
        # snn-aljazirah-25eb22e75e: "… الخلافة التي أعلن المتطرفون قيامها في مناطق من سوريا والعراق";
        # a decision the outlet reports (CONVENTIONS 15), unless أعلن states something (أن …).
        (claim,) = extract("وأعلنت السلطات السورية الحداد يوم السبت على الضحايا.").claims
        self.assertEqual(claim.kind, "outlet")
        (claim,) = extract("وأعلن الجيش أن الحرب انتهت.").claims
        self.assertEqual(speakers(claim), ["الجيش"])

    def test_a_speech_act_as_a_verbal_noun_with_its_written_agent_is_reported(self) -> None:
        # nc13-cnnarabic-e21c4551: "وذلك بعد قليل من تأكيد مسؤول أمريكي رفيع لـCNN، بأن مقاتلات إسرائيلية
        # استهدفت …" (CONVENTIONS 15); an act with no agent ("بعد إعلان وقف إطلاق النار") is no cue.
        (claim,) = extract(
            "وذلك بعد قليل من تأكيد مسؤول أمريكي رفيع لـCNN، بأن مقاتلات إسرائيلية استهدفت قافلة."
        ).claims
        self.assertEqual(claim.kind, "reported")
        self.assertTrue(speakers(claim)[0].startswith("مسؤول أمريكي رفيع"))
        (claim,) = extract("وقع الهجوم بعد إعلان وقف إطلاق النار في المدينة.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_plural_verbal_noun_of_speech_with_a_construct_agent(self) -> None:
        # nc13-cnnarabic-44fc0afa: "في الوقت الذي تواصلت فيه إدانات قادة القوى السياسية للهجوم": the
        # leaders condemn; the لـ-object is what they condemned, not part of their name.
        (claim,) = extract(
            "في الوقت الذي تواصلت فيه إدانات قادة القوى السياسية للهجوم، الذي استهدف قوات الجيش."
        ).claims
        self.assertEqual(speakers(claim), ["قادة القوى السياسية"])

    def test_wa_wasafa_after_the_speakers_own_verb_is_active(self) -> None:
        # snn-aawsat-c24c032ccf: "وقال القائد العسكري المعارض … إن هجوم التنظيم … هو الأسوأ منذ عدة أشهر
        # ووصف القتال بأنه «شرس»": the speaker's second verb, not the passive وُصف of a relative clause
        # ("والذي اتهم تنظيم القاعدة بارتكابه").
        result = extract(
            "وقال القائد العسكري المعارض إن هجوم التنظيم هو الأسوأ منذ عدة أشهر ووصف القتال بأنه "
            "«شرس»."
        )
        claim = claim_with(result, "القتال بأنه")
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(speakers(claim), ["القائد العسكري المعارض"])
        result = extract("وهو الهجوم الذي اتهم تنظيم القاعدة بارتكابه.")
        self.assertEqual(claim_with(result, "بارتكابه").kind, "passive")

    def test_a_promise_is_a_speech_act(self) -> None:
        # saudinewsnet: "… ووعد بتعزيز الإجراءات الأمنية. ووعد داود أوغلو …" (CONVENTIONS 20, session 3);
        # the noun ("وعد بلفور") and "وعدت إليه" (and I returned) are no cue.
        (claim,) = extract("ووعد داود أوغلو بتعزيز الإجراءات الأمنية بعد الهجوم.").claims
        self.assertEqual((claim.mode, speakers(claim)), ("announced", ["داود أوغلو"]))
        (claim,) = extract("وعدت إليه بعد ساعة.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_document_back_reference_is_the_document_named_before(self) -> None:
        # nc13-cnnarabic-c881a4db: "اتهم تقرير للأمم المتحدة …" then the commission speaks, then "وقال
        # التقرير إن …": the report named before, not the commission that spoke last.
        result = extract(
            "اتهم تقرير للأمم المتحدة أطراف الأزمة السورية بارتكاب جرائم حرب.\n"
            "وذكرت لجنة التحقيق التابعة للمنظمة الدولية، أنه مع انقضاء عامين على بداية النزاع، "
            "أضحت الأزمة أكثر عنفاً.\n"
            'وقال التقرير إن "أجزاء كبيرة من سوريا غدت مسرحاً للقتال المستمر".'
        )
        self.assertEqual(speakers(claim_with(result, "أجزاء كبيرة")), ["تقرير للأمم المتحدة"])

    def test_a_leader_in_a_body_is_named_with_the_body(self) -> None:
        # nc13-cnnarabic-5d88d14c: "اتهم قيادي في الائتلاف الوطني المعارض قوات من الجانب العراقي
        # بقصف …": "قيادي" alone names no one; the body he belongs to is part of the speaker.
        (claim,) = extract(
            "إلى ذلك، اتهم قيادي في الائتلاف الوطني المعارض قوات من الجانب العراقي بقصف عدد "
            "من البلدات الحدودية."
        ).claims
        self.assertEqual(speakers(claim), ["قيادي في الائتلاف الوطني المعارض"])

    def test_a_body_whose_name_is_quoted_publishes_and_its_span_ends_at_the_object(self) -> None:
        # nc13-El.Dostor.News-611fd414: 'ونشر لواء "ابو الفضل العباس" عدة تسجيلات فيديو …' after another
        # speaker: "لواء" is no ل-phrase ("بيان للمكتب"), and the quoted name ends before "عدة".
        result = extract(
            "وأضاف المسؤول إن اللواء ما زال يتألف أساسا من العراقيين.\n"
            'ونشر لواء "ابو الفضل العباس" عدة تسجيلات فيديو تظهر مقاتلين يرتدون زيا عسكريا.'
        )
        claim = claim_with(result, "عدة تسجيلات")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ['لواء "ابو الفضل العباس"'])

    def test_sabaq_wa_after_the_subject_is_an_auxiliary_not_part_of_the_name(self) -> None:
        # nc13-cnnarabic-de79cc01: "وكان نظام الأسد قد سبق وأبدى مخاوفه …": the subject written before
        # "قد سبق" speaks, not the sources of the sentence before.
        result = extract(
            "كما أفادت مصادر أخرى في المعارضة السورية بأن بلدة العتيبة تعرضت لقصف.\n"
            "وكان نظام الأسد قد سبق وأبدى مخاوفه من إمكانية قيام أطراف خارجية بتزويد مسلحي "
            "المعارضة بأسلحة كيميائية.\n"
            "وكانت الحكومة قد سبق أن أعلنت أن الهجوم فشل."
        )
        self.assertEqual(speakers(claim_with(result, "أطراف خارجية")), ["نظام الأسد"])
        self.assertEqual(speakers(claim_with(result, "الهجوم فشل")), ["الحكومة"])

    def test_a_quantifier_with_a_partitive_min_keeps_the_people_it_counts(self) -> None:
        # nc13-cnnarabic-44fc0afa: "أدان العديد من قادة التيارات والقوى السياسية الهجوم": "العديد"
        # alone names no one; the people after "من" are the speakers.
        (claim,) = extract("وأدان العديد من قادة التيارات والقوى السياسية الهجوم.").claims
        self.assertEqual(speakers(claim)[0], "العديد من قادة التيارات")

    def test_an_army_after_a_named_accuser_is_the_accused(self) -> None:
        # snn-aljazirah-54c8593597: "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات …": a name
        # heads no construct, so the definite army after it is the object, not part of the speaker.
        claim = claim_with(
            extract("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور."), "بغاز"
        )
        self.assertEqual(speakers(claim), ["واشنطن ولندن وباريس"])

    def test_a_but_clause_without_a_comma_has_its_own_subject(self) -> None:
        # snn-aljazirah-54c8593597: "… بشن هجمات بغاز الكلور لكن موسكو تؤكد انه لا توجد أدلة …"
        result = extract(
            "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور لكن موسكو تؤكد انه لا "
            "توجد أدلة تدعم هذه الاتهامات."
        )
        self.assertEqual(speakers(claim_with(result, "لا توجد أدلة")), ["موسكو"])

    def test_a_place_that_begins_with_ba_ends_a_construct_speaker(self) -> None:
        # snn-was-19c729b65b, snn-alwatan-f7c117aff3: "أعلنت قيادة عمليات بغداد في بيان …", "وأكدت
        # قيادة عمليات بغداد مقتل سبعة إرهابيين": بغداد is no ب + verbal noun, and the object follows it.
        (claim,) = extract(
            "أعلنت قيادة عمليات بغداد في بيان منفصل، عن مقتل 17 داعشيا ضمن عمليات شرقي الفلوجة."
        ).claims
        self.assertEqual(speakers(claim), ["قيادة عمليات بغداد"])
        (claim,) = extract(
            "وأكدت قيادة عمليات بغداد مقتل سبعة إرهابيين وتفكيك 15 عبوة ناسفة."
        ).claims
        self.assertEqual(speakers(claim), ["قيادة عمليات بغداد"])

    def test_direct_speech_after_a_colon_goes_on_to_the_end_of_its_paragraph(self) -> None:
        # snn-alwatan-36db5453a6: "وقال الحجيري في تصريحات صحفية: ما حكي عن معارك في القلمون لا أساس
        # له. فحزب الله دخل …": unquoted direct speech; the next paragraph is the outlet's again.
        result = extract(
            "وقال الحجيري في تصريحات صحفية: ما حكي عن معارك في القلمون لا أساس له. فحزب الله دخل "
            "إلى المناطق الخالية من المسلحين.\n"
            "وتظاهر أهالي العسكريين في شوارع بيروت."
        )
        claim = claim_with(result, "فحزب الله دخل")
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(speakers(claim), ["الحجيري"])
        self.assertEqual(claim_with(result, "وتظاهر").kind, "outlet")
        # "قال: إن …" is indirect speech (gold convention 12): the sentence after it stays the outlet's.
        result = extract(
            "وقال المصدر الطبي: إن الهجوم كان سيارة مفخخة. وتأتي هذه الهجمات غداة مقتل 23 شخصا."
        )
        self.assertEqual(claim_with(result, "وتأتي").kind, "outlet")
        # A topic shift ("من جهة أخرى، …") ends the speech even inside one unmarked paragraph.
        result = extract(
            "واضاف البيان: كما استهدفت طائرات التحالف وحدات تكتيكية ومركبات قرب ثماني مدن. "
            "من جهة أخرى، لقي العشرات من عناصر تنظيم داعش مصرعهم في المواجهات المسلحة."
        )
        self.assertEqual(claim_with(result, "لقي العشرات").kind, "outlet")

    def test_a_pronoun_verb_after_a_titled_subject_in_the_same_sentence_means_him(self) -> None:
        # nc13-bbcarabicnews-60b253ff: "ويقوم وزير الخارجية الأمريكي بجولة …، وقال في تصريحات أدلى بها
        # في باريس إنه …": the sentence's own subject, not the coalition that spoke before.
        result = extract(
            'وكان "الائتلاف الوطني السوري" قد هدد بمقاطعة المؤتمر في روما.\n'
            "ويقوم وزير الخارجية الأمريكي بجولة في أوروبا والشرق الأوسط تستمر 11 يوما، وقال في "
            "تصريحات أدلى بها في باريس إنه يريد أن يعرف من المعارضة أفضل السبل."
        )
        self.assertEqual(speakers(claim_with(result, "أفضل السبل")), ["وزير الخارجية الأمريكي"])

    def test_a_source_in_a_parenthesis_after_a_short_opening_owns_the_whole_sentence(self) -> None:
        # snn-aawsat-eed0c4ab83: "وبدأت المفاوضات، بحسب المصدر، بعد 15 يومًا على انطلاق الهجوم …":
        # the source between commas is a parenthesis; what follows it is still the source's.
        (claim,) = extract(
            "وبدأت المفاوضات، بحسب مصدر معارض، بعد 15 يومًا على انطلاق الهجوم ضد الزبداني."
        ).claims
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["مصدر معارض"])

    def test_a_pronoun_verb_with_no_earlier_speaker_means_the_subject_of_its_framing_clause(
        self,
    ) -> None:
        # nc13-cnnarabic-7875237e: "في الوقت الذي نفت فيه الحكومة الأردنية صدور أي قرار …، فقد أكدت أن
        # الحركة … توقفت": the government, the only speaker so far, not nobody.
        result = extract(
            "في الوقت الذي نفت فيه الحكومة الأردنية صدور أي قرار بإغلاق الحدود مع سوريا، فقد "
            'أكدت أن الحركة عند معبر "جابر" توقفت بصورة شبه تامة.'
        )
        self.assertEqual(speakers(claim_with(result, "شبه تامة")), ["الحكومة الأردنية"])

    def test_a_verb_and_its_complement_before_a_second_verb_are_no_speaker(self) -> None:
        # nc13-bbcarabicnews-23f66903: "…، وبث على قناة "العربية" الإخبارية وقال إنه …": "وبث على …"
        # is a verb (broadcast on), so "وقال" has the officer as its pronoun subject.
        result = extract(
            "وأعلن الضابط اللواء محمد خلوف عن انشقاقه في شريط فيديو مسجل، وبث على قناة "
            '"العربية" الإخبارية وقال إنه "رتب مع فصائل المعارضة السورية منذ فترة".'
        )
        self.assertEqual(speakers(claim_with(result, "رتب مع فصائل")), ["الضابط اللواء محمد خلوف"])

    def test_a_denier_in_a_relative_clause_speaks_in_it_with_the_accuser(self) -> None:
        # nc13-cnnarabic-e5a9f541: "وتتهم المعارضة السورية الحكومة العراقية بدعم نظام …، الأمر الذي
        # تنفيه بغداد بشدة": the denial has both sides (convention 3); the accusation stays the accuser's.
        result = extract(
            "وتتهم المعارضة السورية الحكومة العراقية بدعم نظام الرئيس السوري، بشار الأسد، الأمر "
            "الذي تنفيه بغداد بشدة."
        )
        self.assertEqual(speakers(claim_with(result, "بدعم نظام")), ["المعارضة السورية"])
        self.assertEqual(speakers(claim_with(result, "تنفيه بغداد")), ["المعارضة السورية", "بغداد"])
        # nc13-cnnarabic-e928b163: "… كانت تنقل أسلحة، وهو ما نفته دمشق": denied, so reported.
        claim = claim_with(
            extract("واستهدفت الغارة قافلة كانت تنقل أسلحة، وهو ما نفته دمشق."), "نفته"
        )
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["دمشق"])

    def test_a_relative_denial_after_a_charge_noun_or_an_adverb_names_the_denier(self) -> None:
        # snn-aawsat-94a1b8b297: "… وهو الاتهام الذي نفاه زعيم الحزب صلاح الدين دمرداش": a charge as
        # the head of the relative clause; the denial is one claim with both sides (convention 3).
        (claim,) = extract(
            "واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي بمحاولة استغلال هجوم سروج "
            "بتحريض الأكراد على حمل السلاح وهو الاتهام الذي نفاه زعيم الحزب صلاح الدين دمرداش."
        ).claims
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["وسائل إعلام مؤيدة للحكومة", "زعيم الحزب صلاح الدين"])
        # nc13-shorouknews-da004f91: "وهو الامر الذي ينكره تماما رجال الشرطة": أنكر, and an adverb
        # before the denier that is no part of his name.
        result = extract(
            "واضافت الجريدة ان عددا من الناشطين في بورسعيد وثقوا بالفيديو لقطات لرجال شرطة يطلقون "
            "الاعيرة النارية على المتظاهرين دون تمييز وهو الامر الذي ينكره تماما رجال الشرطة "
            "المضربين في المدينة."
        )
        self.assertEqual(speakers(claim_with(result, "وثقوا بالفيديو")), ["الجريدة"])
        self.assertEqual(
            speakers(claim_with(result, "ينكره تماما")), ["الجريدة", "رجال الشرطة المضربين"]
        )

    def test_a_concessive_denial_pointing_back_has_both_sides(self) -> None:
        # snn-aljazirah-96ee815029: "… مع أن السلطات التركية تنفى ذلك باستمرار": the accusation stays
        # the accusers'; the concessive clause is the denial, with both sides (convention 3).
        result = extract(
            "ويتهم حلفاء تركيا أنقرة بأنها لا تبذل جهودًا كافية لمكافحة تنظيم داعش وحتى بدعمه "
            "سرًا مع أن السلطات التركية تنفى ذلك باستمرار."
        )
        (accusers,) = speakers(claim_with(result, "لا تبذل جهود"))
        self.assertTrue(accusers.startswith("حلفاء تركيا"))
        claim = claim_with(result, "تنفى ذلك")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.text, "مع أن السلطات التركية تنفى ذلك باستمرار.")
        self.assertEqual(speakers(claim), [accusers, "السلطات التركية"])

    def test_the_object_of_a_denial_is_no_part_of_the_deniers_name(self) -> None:
        cases = [
            # nc13-bbcarabicnews-1c132d86: the reports denied
            (
                "ونفت السلطات السورية التقارير التي أشارت إلى أن الغارة الاسرائيلية استهدفت "
                "شاحنات تحمل اسلحة قرب الحدود اللبنانية.",
                "السلطات السورية",
            ),
            # snn-aawsat-872f224e27: "any involvement"
            ("وتنفي روسيا أي تورط في النزاع وهي تلقي اللوم على الجيش الأوكراني في الحادث", "روسيا"),
            # snn-aawsat-3d90d0ea47: an act as a verbal noun with the denier's pronoun
            ("بينما تنفي إيران سعيها لامتلاك سلاح نووي.", "إيران"),
        ]
        for text, speaker in cases:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual(claim.kind, "reported")
                self.assertEqual(claim.mode, "denied")
                self.assertEqual(speakers(claim), [speaker])

    def test_a_verbal_noun_before_any_begins_what_is_denied(self) -> None:
        # snn-3alyoum-a23ede7a45: "ونفى حزب صالح عقد أي لقاءات": أي belongs to what is denied
        (claim,) = extract("ونفى حزب صالح عقد أي لقاءات في بيان رسمي.").claims
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.mode, "denied")
        self.assertEqual(speakers(claim), ["حزب صالح"])

    def test_the_accused_construct_after_a_definite_accuser_is_the_object(self) -> None:
        # nc13-cnnarabic-c881a4db: "اتهم تقرير للأمم المتحدة أطراف الأزمة السورية، … بأنها أصبحت …":
        # "أطراف الأزمة" are the accused, even with بأن further on.
        (claim,) = extract(
            "اتهم تقرير للأمم المتحدة أطراف الأزمة السورية، سواء القوات الموالية للحكومة، أو "
            "المناهضة لها، بأنها أصبحت أكثر استهتارا."
        ).claims
        self.assertEqual(speakers(claim), ["تقرير للأمم المتحدة"])

    def test_a_time_phrase_between_subject_and_verb_is_not_part_of_the_speaker(self) -> None:
        # nc13-bbcarabicnews-ff8d5bf5: "وكانت الأمم المتحدة في وقت سابق قد تحدثت عن تردي الأوضاع …"
        result = extract(
            "وكانت الأمم المتحدة في وقت سابق قد تحدثت عن تردي الأوضاع في سوريا.\n"
            "وكان المرصد أمس قد ذكر أن القصف استمر."
        )
        self.assertEqual(speakers(claim_with(result, "تردي الأوضاع")), ["الأمم المتحدة"])
        self.assertEqual(speakers(claim_with(result, "القصف استمر")), ["المرصد"])

    def test_a_denial_contrary_to_a_named_account_has_both_sides(self) -> None:
        # snn-okaz-bca52bfcfd: "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة …، خلافا لما ذكره المرصد
        # السوري لحقوق الانسان": the denier and the one whose account is denied (convention 3).
        (claim,) = extract(
            "نفت وزارة الدفاع الأمريكية خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها، "
            "خلافا لما ذكره المرصد السوري لحقوق الانسان."
        ).claims
        self.assertEqual(speakers(claim), ["وزارة الدفاع الأمريكية", "المرصد السوري لحقوق الانسان"])

    def test_the_speaker_span_ends_before_an_addressee_a_published_object_or_a_demonstrative(
        self,
    ) -> None:
        cases = [
            # nc13-bbcarabicnews-f42967f3: the BBC spoken to
            ("وقال مسؤول عراقي لبي بي سي إن 65 من رجال الشرطة دخلوا الحدود.", "مسؤول عراقي"),
            # nc13-cnnarabic-6d6b129e: CNN spoken to, its Latin name joined to the ل
            ("وأكدت المصادر لـCNN مساء الاثنين، أن الهجوم وقع في منطقة الرطبة.", "المصادر"),
            # nc13-bbcarabicnews-2b7adc51: what was published
            ("ونشر ناشطون مقاطع فيديو في موقع يوتيوب ظهرت فيها جثث.", "ناشطون"),
            # nc13-elfagr-80f65df3
            ("وبث التلفزيون السوري لقطات لجثث متفحمة ملقاة في الشارع.", "التلفزيون السوري"),
            # nc13-bbcarabicnews-1f6f0924: a demonstrative and its noun, the object
            (
                "ووصف رامي عبد الرحمن من المرصد السوري لحقوق الإنسان هذه التطورات بأنها خطيرة.",
                "رامي عبد الرحمن من المرصد السوري لحقوق الإنسان",
            ),
            # nc13-cnnarabic-c881a4db: "كلاً من …", both accused
            (
                'واتهمت لجنة التحقيق كلاً من القوات الحكومية والجماعات المسلحة بارتكاب "مجازر".',
                "لجنة التحقيق",
            ),
        ]
        for text, speaker in cases:
            with self.subTest(speaker=speaker):
                (claim,) = extract(text).claims
                self.assertEqual(speakers(claim), [speaker])

    def test_the_speaker_span_ends_before_a_second_verb_or_what_was_reported(self) -> None:
        cases = [
            # nc13-cnnarabic-7d5c303a: a second, coordinated verb
            ("نددت به واشنطن وباريس واعتبرتاه تطوراً خطيراً على صعيد الأزمة.", ["واشنطن وباريس"]),
            # snn-alyaum-8f2b9c8432: a verbal noun after a nisba adjective
            ("اذ اكدت مصادر كردية مقتل عشرة مدنيين السبت.", ["مصادر كردية"]),
            # snn-aljazirah-9f21932d19: "كما أفاد X عن …"
            ("كما أفاد المرصد عن مقتل تسعة من قوات النظام في الاشتباكات.", ["المرصد"]),
        ]
        for text, expected in cases:
            with self.subTest(expected=expected):
                (claim,) = extract(text).claims
                self.assertEqual(speakers(claim), expected)

    def test_a_ba_word_ending_the_text_after_a_verb_does_not_lose_the_article(self) -> None:
        # One corpus article ends on a verb and a ب-initial word: looking past the last token raised,
        # and extract() (which never raises) returned no claims at all for the whole article.
        result = extract("قتل عشرة أشخاص في القصف. وأفاد بدران", language="ar")
        self.assertEqual(len(result.claims), 2)

    def test_a_short_quotation_opening_on_a_pronoun_or_particle_is_speech_not_a_name(self) -> None:
        # nc13-bbcarabicnews-f938e2d5: 'يقول لهم " انا من عمر ابيكم"': the quotation is what he says;
        # taken as a quoted name ('وقالت "الجزيرة"') it became a speaker carried over the whole article.
        result = extract(
            'وتروي ساندرا ان صوت رجل مسن بقي في ذهنها. كان يقول لهم " انا من عمر ابيكم" لكنه رضخ.'
        )
        self.assertEqual(speakers(claim_with(result, "عمر ابيكم")), ["ساندرا"])
        self.assertEqual(claim_with(result, "عمر ابيكم").kind, "quote")
        for text, speaker in [
            ('وقالت "الجزيرة" إن القصف استمر.', "الجزيرة"),
            ("وأقر لواء «أحرار الشام» بانهيار الجبهة.", "لواء «أحرار الشام»"),
        ]:
            with self.subTest(speaker=speaker):
                (claim,) = extract(text).claims
                self.assertEqual(speakers(claim), [speaker])

    def test_rawa_narrated_reports_only_before_what_was_narrated(self) -> None:
        # nc13-bbcarabicnews-f938e2d5: "وتروي ساندرا ان …"; saudinewsnet: "ويروي الكتاب عن التنظيم",
        # "يروي تجاربه": telling stories, the outlet's description.
        (claim,) = extract("وتروي ساندرا ان صوت رجل مسن بقي في ذهنها.").claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["ساندرا"]))
        (claim,) = extract("ويروي الكتاب قصصا من الحرب في سوريا.").claims
        self.assertEqual(claim.kind, "outlet")

    def test_the_paper_of_a_press_review_is_the_one_named_last(self) -> None:
        # nc13-bbcarabicnews-85df698e (BBC press review): "وإلى صحيفة التايمز التي نشرت موضوعا …" names
        # the next paper without a speech verb; "وتقول الصحيفة" then means the Times, not the Independent.
        result = extract(
            "وقالت صحيفة الاندبندنت إن موسكو تواصل بيع السلاح. "
            "وإلى صحيفة التايمز التي نشرت موضوعا عن ثروة الرئيس التونسي السابق. "
            "وتقول الصحيفة إن هناك اتهامات لفرنسا بأنها تسترت على تهريب الذهب."
        )
        self.assertEqual(speakers(claim_with(result, "اتهامات لفرنسا")), ["صحيفة التايمز"])
        # The paper that spoke last stays "the paper" when no other one is named after it.
        result = extract(
            "وقالت صحيفة الاندبندنت إن موسكو تواصل بيع السلاح. "
            "وأضافت الصحيفة أن الدبلوماسيين الغربيين غاضبون."
        )
        self.assertEqual(speakers(claim_with(result, "الدبلوماسيين")), ["صحيفة الاندبندنت"])

    def test_a_scare_quoted_name_does_not_carry_the_quotation_before_it(self) -> None:
        # snn-3alyoum-0d1e722808: after a quoted source, "وكانت «القاعدة» قد حصلت …" is the outlet's
        # background, not the source's speech going on; a real quotation after it still is.
        result = extract(
            "وأضاف المصدر أن «انبهار مقاتلي القاعدة بالتمدد الكبير كان من أبرز الأسباب».\n"
            "وكانت «القاعدة» قد حصلت بعد سيطرتها على المدينة على كميات كبيرة من السلاح."
        )
        self.assertEqual(claim_with(result, "كميات كبيرة").kind, "outlet")
        result = extract(
            "وأضاف المصدر أن «انبهار مقاتلي القاعدة بالتمدد الكبير كان من أبرز الأسباب».\n"
            "ثم «دخل عدد كبير من مقاتلي التنظيم إلى المدينة» من الشرق."
        )
        self.assertEqual(claim_with(result, "عدد كبير").kind, "quote")

    def test_a_b_initial_name_before_a_quotation_is_the_speaker(self) -> None:
        # snn-alweeam-62231aa952 (sports): "وقال بليجريني في تصريحات نشرها موقع النادي …“إنني فخور …”":
        # the manager speaks; the ب-word was read as "ب" + a noun and his quotes went to the club.
        result = extract(
            "وقال بليجريني في تصريحات نشرها موقع النادي على الإنترنت “إنني فخور بقيادة مانشستر سيتي "
            "وبالتالي أشعر بسعادة كبيرة بهذا العقد.”"
        )
        claim = claim_with(result, "فخور")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["بليجريني"]))
        # A manner or a verbal noun before the quotation is no name.
        for text in [
            'وتقول ببرود "لا أعرف شيئا عن ذلك الأمر".',
            'وندد بوقوف الجيش "في وجه المتظاهرين".',
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [])

    def test_a_medium_with_a_possessive_leaves_a_pronoun_subject(self) -> None:
        # "قالت في حديثها" (interviews/features): "في/خلال" + a medium with a possessive pronoun
        # ("حديثها", "مؤتمره", "كلمته", "لقائه", "تصريحاته") is where he spoke, like "في حديث".
        for text in [
            "وقالت في حديثها لبي بي سي إن الوضع صعب جدا.",
            "وأوضح خلال مؤتمره الصحفي أن الحوار الوطني هو الأساس لحل الأزمة.",
            "وأضاف في تصريحاته للصحفيين إن الوضع صعب جدا.",
        ]:
            with self.subTest(text=text):
                claim = extract("قالت ليلى عمارة إن الاتحاد لم يرد. " + text).claims[-1]
                self.assertEqual((claim.kind, speakers(claim)), ("reported", ["ليلى عمارة"]))
        (claim,) = extract("وأكد المسؤول الأمريكي في تغريدته أن الجلسة عقدت صباحا.").claims
        self.assertEqual(speakers(claim), ["المسؤول الأمريكي"])

    def test_a_verb_of_manner_before_biqawl_is_speech(self) -> None:
        # "اكتفى/ردّ/مضى/سارع X بالقول …": he confined himself to / replied / went on by saying; a
        # class of its own in news prose (22 corpus hits, none narrative). Without بالقول the verb is
        # no cue ("اكتفى الفريق بالتعادل", "رد الجيش على القصف", "مضى عامان على …").
        for text, speaker in [
            ("ومضى الصبيحي بالقول إن عمليات السهم الذهبي مستمرة.", "الصبيحي"),
            ("ورد خامنئي بالقول إن بلاده لا تثق بالولايات المتحدة.", "خامنئي"),
            (
                "واكتفت وكالة الأنباء العمانية الرسمية بالقول إن الوزيرين بحثا العلاقات.",
                "وكالة الأنباء العمانية الرسمية",
            ),
        ]:
            with self.subTest(text=text):
                (claim,) = extract(text).claims
                self.assertEqual(claim.kind, "reported")
                if speaker:
                    self.assertEqual(speakers(claim), [speaker])
        for text in ["واكتفى الفريق بالتعادل في المباراة.", "ورد الجيش على القصف بقصف مماثل."]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_a_quotation_after_biqawl_is_a_quote(self) -> None:
        # "وتابع بالقول: \"…\"", "وأجاب الوزير بالقول «…»": بالقول is the manner of saying; the
        # quotation right after it is his own words, as after "قال: «…»".
        for text in [
            'وقال الوزير إن الاجتماع كان مثمرا. وتابع بالقول: "ناقشنا خلال اللقاء أمن المنطقة".',
            'وأجاب الوزير بالقول "ننتظر نتائج التحقيق".',
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[-1]
                self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الوزير"]))

    def test_a_first_person_quotation_with_no_cue_is_the_last_speakers(self) -> None:
        # nc13-bbcarabicnews-f938e2d5 (feature/interview): "تقول ساندرا إن …" then a paragraph that
        # opens on a quotation in the first person with no cue: her own words, not the outlet's.
        result = extract(
            "تقول ساندرا إن ما تعرضت له هو تعذيب نفسي.\n"
            'أما "أصوات التعذيب فلم تكن تتوقف، وعندما كنت أخرج للحمام كنت أرى شبابا مرميين أرضا".'
        )
        claim = claim_with(result, "أصوات التعذيب")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["ساندرا"]))

    def test_a_new_paragraph_with_a_quotation_is_no_continuation(self) -> None:
        # nc13-masrawy-ca514322, nc13-bbcarabicnews-2467162d (press review): a cue-less paragraph after a
        # quote that holds scare quotes or a title is the outlet's (AR-5), not the last speaker's.
        for text in [
            "وقال مدير المرصد السوري لحقوق الانسان رامي عبد الرحمن ان "
            '"الفصل في ذلك يحتاج الى تحقيق من الامم المتحدة".\n'
            "وجاء هذا التطور في وقت اصبح للمعارضة السورية رئيس للحكومة يفترض ان يشكل "
            '"حكومة موقتة" تستقر في "الاراضي السورية المحررة".',
            'ولكنه دعا محمود عباس لتجنب "الخطوات الأحادية"، وهو ما قال بلاك إنه "لمحة من ازدواجية '
            'المعايير".\nننتقل الى صحيفة الديلي تلغراف حيث أعد داميان ماكيلروي تقريرا بعنوان '
            '"الامم المتحدة تحقق في مزاعم الاسلحة الكميائية السورية".',
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[-1]
                self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))
        # It goes on when the same speaker is named again, after a verb of going on, or after a
        # lead-in of saying ("ومضى إلى القول: «…»", snn-aawsat-f9acfd68ac).
        for text, speaker in [
            (
                "وقال عمر حميدان: «الرجل لا يحظى بأي قبول».\n"
                "ومضى إلى القول: «وبالتالي لا يمكن أن يكون رجلا توافقيا يقود مسيرة بناء».",
                "عمر حميدان",
            ),
            (
                'وقالت الصحيفة إن "الوضع القائم بالغ الخطورة".\n'
                'وتختم الصحيفة بالقول إنه "على أوباما إبلاغ نتنياهو برسالة".',
                "الصحيفة",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[-1]
                self.assertEqual((claim.kind, speakers(claim)), ("quote", [speaker]))

    def test_a_second_complement_or_a_kama_clause_is_a_claim_of_its_own(self) -> None:
        # AR-9: "قال X إن A، وإن B" and "قال X إن A، كما B" are two claims by X, however short the
        # sentence (nc13-bbcarabicnews-81e4ab29, snn-aawsat-6e42cb8190).
        for text, second in [
            (
                "وقالت الامم المتحدة إن تركيا انفقت 600 مليون دولار لاقامة 17 مخيما للاجئين، "
                "وإنها بصدد انشاء المزيد لاستيعاب الاعداد المتزايدة.",
                "بصدد انشاء المزيد",
            ),
            (
                "قالت وكالة دوجان التركية للأنباء إن مهاجمين اثنين وشرطيا قتلوا في تبادل لإطلاق النار، "
                "كما أصيب ما لا يقل عن عشرة آخرين بعد انفجار وقع عند مركز للشرطة.",
                "أصيب ما لا يقل",
            ),
        ]:
            with self.subTest(text=text):
                first, last = extract(text).claims
                self.assertNotIn(second, first.text)
                self.assertIn(second, last.text)
                self.assertEqual(speakers(first), speakers(last))
                self.assertEqual(last.kind, "reported")
        # Not "as some did" nor "even if" (nc13-akhbarelyomgate-b6298003, nc13-Tahrir.News.Official-76edd8fd).
        for text in [
            'وأشار الوزير إلى أن هناك في شمال مالي نوعا من تأسيس "خلية إرهابية للحرب"، كما فعل البعض '
            "في أفغانستان أو سوريا.",
            "وقال الخبير إن إنجاز اليوم هو خطوة تجاه تحقيق هذا الهدف وإن كانت خطوة صغيرة.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(len(extract(text).claims), 1)

    def test_a_contrast_after_lakin_is_a_claim_of_its_own(self) -> None:
        # AR-9/EN-4: "قال X إن A، لكن B" gives two claims by X (nc13-bbcarabicnews-c245a7fb); the tune
        # gold anchors the clause after لكن/إلا أن as the speaker's in 26 of 29 cases.
        first, last = extract(
            "قال مدير المخابرات الوطنية الأمريكية جيمس كلابر إن المعارضة المسلحة تكتسب قوة وتربح "
            "أرضا، لكن المعارضة السورية ما زالت مجزأة وتجد صعوبة في احتواء تدفق المقاتلين."
        ).claims
        self.assertIn("لكن المعارضة السورية", last.text)
        self.assertEqual(speakers(first), speakers(last))
        # Not a concession after رغم, nor a phrase ("لكن دون شروط", nc13-bbcarabicnews-cbf0f729).
        for text in [
            "وقالت التايمز ان على الرغم من هذه الاتهامات الا ان المسؤولين في باريس تجاهلوا هذه القضية.",
            "وقال حيدر إن الدولة السورية جاهزة للحوار مع الجميع لكن دون شروط مسبقة من أي طرف.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(len(extract(text).claims), 1)

    def test_reports_with_any_indefinite_adjectives_are_passive(self) -> None:
        # AR-6: "أفادت تقارير إخبارية تركية" (snn-almadina-2556ea80e4), "وتقول تقارير حكومية إن «…»"
        # (nc13-elfagr-8b3713d3) name no one: passive, even before a quotation.
        for text in [
            "أفادت تقارير إخبارية تركية بأنه تم العثور على ضابطي شرطة مقتولين في إقليم شانلي أورفا.",
            "وتقول تقارير حكومية إن «نحو 90 في المئة من سكان ريف دمشق صاروا في العاصمة».",
        ]:
            with self.subTest(text=text):
                (claim,) = extract(text).claims
                self.assertEqual((claim.kind, speakers(claim)), ("passive", []))
        # A definite, named body is a speaker: "التقارير الحكومية السورية" stays reported.
        (claim,) = extract("وذكرت التقارير الحكومية السورية أن الجيش نفذ عمليات في حلب.").claims
        self.assertEqual(claim.kind, "reported")

    def test_a_title_initial_is_part_of_the_speakers_name(self) -> None:
        # nc13-fjp-e5c6459a: "وقال د. نصر عبد السلام …": the speaker is "د. نصر عبد السلام", not "د".
        claim = extract(
            "وقال د. نصر عبد السلام، رئيس حزب البناء والتنمية، إن ضمانات النزاهة موجودة بالفعل."
        ).claims[0]
        self.assertEqual(speakers(claim), ["د. نصر عبد السلام"])

    def test_ruling_out_doubting_hinting_and_warning_are_speech_acts(self) -> None:
        # Corpus sentences (saudinewsnet, news-credibility-2013) the lexicon did not know: ruling out
        # (also "لم يستبعد", not ruling out), casting doubt, hinting, warning of, a cause given, a
        # recommendation, declaring openly. Each names its speaker after the verb.
        for text, speaker in [
            ("ولم يستبعد البكري أن يكون من ضمن القيادات الحوثية شقيق عبدالملك الحوثي.", "البكري"),
            (
                "واستبعد القيادي السوري المعارض برهان غليون أن تكون هناك تسوية منجزة.",
                "القيادي السوري المعارض برهان غليون",
            ),
            ("وشكك معلقون إسرائيليون في حلول الأجهزة الأمنية.", "معلقون إسرائيليون"),
            ("ولمح نتنياهو إلى المخاطر الأمنية التي يمثلها نقل أسلحة سورية.", "نتنياهو"),
            ("ونبه التقرير إلى أن فكرة الجزر المنعزلة فكرة وهمية.", "التقرير"),
            ("وعزا اللواء لطفى انخفاض معدلات حوادث السطو المسلح إلى تكثيف الأكمنة.", "اللواء لطفى"),
            ("وأوصت المحكمة بإعادة تقسيم الدوائر على نحو منضبط.", "المحكمة"),
            ("بالمقابل جاهرت رنا وهي أيضا سجينة سابقة بتأييدها لمبادرة الخطيب.", "رنا"),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual(claim.kind, "reported")
                self.assertTrue(speakers(claim)[0].startswith(speaker), speakers(claim))

    def test_an_object_after_a_ruling_out_verb_is_no_speaker(self) -> None:
        # "لكنه استبعد إجراء محادثات", "فلا تستبعد إمكانية …": a verbal noun right after the verb is
        # its object, the subject the pronoun (the speaker before), and an object after a named
        # subject ends the name ("وأرجع شومر أسباب قراره …").
        result = extract(
            "وقال الأسد إنه مستعد للحوار لكنه استبعد إجراء محادثات مع أصحاب فكر متطرف."
            " وأرجع شومر أسباب قراره لمعارضة الاتفاق إلى نقاط ضعف خطيرة."
        )
        self.assertEqual(speakers(claim_with(result, "محادثات مع أصحاب")), ["الأسد"])
        self.assertEqual(speakers(claim_with(result, "نقاط ضعف")), ["شومر"])

    def test_excluding_glimpsing_and_passive_causes_are_no_speech(self) -> None:
        for text in [
            "وقد تم استبعاد اللاعب من القائمة واستبعد من المنتخب أمس.",
            "وقفت على باب العمارة، وفجأة لمحت سيارتي البيضاء واقفة في الجراج.",
            "كانت الاحتفالات قد ألغيت فيما أرجع إلى تقييمات للتهديدات المحلية.",
            "حدث ذلك في لمح البصر.",
        ]:
            with self.subTest(text=text):
                self.assertTrue(all(c.kind == "outlet" for c in extract(text).claims))

    def test_a_title_and_surname_carry_the_fullest_earlier_name(self) -> None:
        # snn-aawsat-48f455ad77, nc13-akhbarelyomgate-4852f7a8: "اللواء التركي" after "اللواء منصور
        # التركي، المتحدث الأمني …", "الرئيس مرسى" after "الرئيس محمد مرسى" (the given name between);
        # "الرئيس التركي" is not "رئيس الوزراء التركي".
        result = extract(
            "وقال اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية، إن الخلية ضمت ستة أشخاص."
            " ولفت اللواء التركي إلى أن الحادثين استهدفا المصلين."
        )
        self.assertEqual(
            speakers(claim_with(result, "الحادثين استهدفا")),
            ["اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية"],
        )
        result = extract(
            "وقال رئيس الوزراء التركي أحمد داود أوغلو إن بلاده مستعدة."
            " وأكد الرئيس التركي أن الحدود آمنة."
        )
        self.assertEqual(speakers(claim_with(result, "الحدود آمنة")), ["الرئيس التركي"])

    def test_praising_and_commenting_on_are_speech_acts(self) -> None:
        # snn-aawsat-3d90d0ea47, nc13-masrawy-089a6d5f, nc13-bbcarabicnews-90803cc6: "أثنى X على …"
        # praises (as أشاد); "علّق X على Y بأن / قائلا: …" comments, with its words after it.
        for text, speaker in [
            ("وأثنى خامنئي في وقت لاحق على المفاوضين الإيرانيين.", "خامنئي"),
            (
                'وعلق أحمدي نجاد أيضا على رؤية بعض الإيرانيين لثورات الربيع العربي على أنها "هزات'
                ' ارتدادية" للثورة الإيرانية.',
                "أحمدي نجاد",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertIn(claim.kind, {"reported", "quote"})
                self.assertEqual(speakers(claim), [speaker])
        for text in [
            "لكنها علقت هذا التعاون قبل عامين.",
            "وأوضح أن الثورة محت آثارا سلبية كبيرة علقت بالشعب المصري على مدى عقود.",
            "وقتل اثني عشر شخصا على الأقل.",
        ]:
            with self.subTest(text=text):
                self.assertFalse(
                    any(c.cue.lstrip("وف") in {"علقت", "اثني"} for c in extract(text).claims)
                )

    def test_according_to_variants_name_their_source(self) -> None:
        # snn-alwatan-3fab8eaae7, nc13-shorouknews-6ccf49a7, nc13-bbcarabicnews-ccf04909,
        # nc13-shorouknews-342b7c14: the time of the report between "بحسب ما أعلن" and its subject,
        # a deputy spokesman (not "مساعد" alone), a document, a verbal noun with its agent, and
        # "وفقا لما يروي" (the speaker just named); "كما قالت" is no "كما قال".
        for text, speaker in [
            (
                "ويتوجه دي ميستورا إلى نيويورك الإثنين، بحسب ما أعلن أول من أمس مساعد المتحدث باسم"
                " الأمم المتحدة فرحان حق.",
                "مساعد المتحدث باسم الأمم المتحدة فرحان حق",
            ),
            ("وبدلا من ذلك، وفقا للوثيقة، ألقى السادات باللوم على اليسار.", "وثيقة"),
            ("أما من لم يغادر، فقد قتل، وفقاً لتأكيد جاسم.", "تأكيد جاسم"),
            ("وقتل عنصران في تفجير مستودع، كما قالت مصادر سورية معارضة.", "مصادر سورية معارضة"),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))
        result = extract(
            "وقال مسعد إنه اعتقل يوم الجمعة. ألقاه العساكر في سيارة الترحيلات، وفقا لما يروي، ووجد فيها"
            " مصابين."
        )
        self.assertEqual(speakers(claim_with(result, "سيارة الترحيلات")), ["مسعد"])

    def test_a_name_after_a_preposition_in_an_earlier_mention_is_not_its_speaker(self) -> None:
        # nc13-ElWatanNews-6ddb78b6, snn-alyaum-7330242d4b: "أجاب مرسي" is not "نقل سانكلو للرئيس
        # مرسي سؤالا", "قال حزب العمال الكردستاني" not "المسؤول الإعلامي للجناح العسكري لحزب …";
        # "الأمم المتحدة" is not "السفير الإسرائيلي لدى الأمم المتحدة".
        result = extract(
            "ونقل سانكلو للرئيس مرسي سؤالا وصل عبر تويتر: ما هو وجه التوفيق؟ أجاب مرسي: هذا سؤال كبير."
        )
        self.assertEqual(speakers(claim_with(result, "هذا سؤال كبير")), ["مرسي"])
        result = extract(
            "وقال السفير الإسرائيلي لدى الأمم المتحدة رون بروسور إن القذائف سقطت في الجولان."
            " وتقول الأمم المتحدة إن 70 ألف شخص قتلوا في سوريا."
        )
        self.assertEqual(speakers(claim_with(result, "70 ألف شخص")), ["الأمم المتحدة"])

    def test_the_issuer_of_a_statement_speaks_in_it(self) -> None:
        # snn-aawsat-37cca08ce2, snn-3alyoum-4635d5896b: "وأصدر المفتش العام بيانا أكد فيه …", "ثم ألقى
        # وزير الخارجية … كلمة أعرب فيها …": the issuer, not "أصدر المفتش العام بيانا"; with a pronoun
        # issuer ("وأصدرت بيانا قالت فيه"), the speaker before.
        for text, speaker in [
            (
                "وأصدر المفتش العام بيانا أكد فيه أنه أحال طلب التحقيق إلى وزارة العدل.",
                "المفتش العام",
            ),
            (
                "ثم ألقى وزير الخارجية عادل الجبير كلمة خلال الجلسة أعرب فيها عن شكره لأمير الكويت.",
                "وزير الخارجية عادل الجبير",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[-1]), [speaker])
        result = extract(
            "وقالت الحكومة إنها ترحب. وأصدرت بيانا قالت فيه إنه خطوة على الطريق الصحيح."
        )
        self.assertEqual(speakers(claim_with(result, "خطوة على الطريق")), ["الحكومة"])

    def test_a_speaker_span_ends_before_an_apposition_or_relative(self) -> None:
        # nc13-bbcarabicnews-f938e2d5 ("بالمقابل جاهرت رنا وهي أيضا سجينة سابقة …"), "وقال المصدر الذي
        # طلب عدم ذكر اسمه": the name, not "رنا وهي" / "المصدر الذي".
        claim = extract("بالمقابل جاهرت رنا وهي أيضا سجينة سابقة بتأييدها لمبادرة الخطيب.").claims[
            0
        ]
        self.assertEqual(speakers(claim), ["رنا"])

    def test_a_cue_right_after_a_relative_word_has_the_noun_before_it_as_speaker(self) -> None:
        # snn-alwatan-3c03e3df46, snn-aawsat-fbcb17090c, snn-aawsat-35e94b486d: "X التي قالت إن …",
        # "X الذي أعلن …" (the verb agrees with X, no pronoun goes back to X): X speaks, not the object.
        for text, cue, speaker in [
            (
                "وتلا أحد القيادات الأمنية للقاعدة بيان المحكمة الشرعية التابعة للتنظيم، التي قالت إن "
                "المتهمين تورطا في العمل الاستخباري.",
                "قالت",
                "المحكمة الشرعية التابعة للتنظيم",
            ),
            (
                "ومن هذه الجماعات تنظيم أنصار الشريعة الذي أعلن أخيرًا موالاته لـ«داعش».",
                "أعلن",
                "تنظيم أنصار الشريعة",
            ),
            (
                "وفرضت واشنطن عقوبات على ممولين لتنظيم القاعدة، وجبهة النصرة التي أعلنت ولاءها للتنظيم.",
                "أعلنت",
                "جبهة النصرة",
            ),
        ]:
            with self.subTest(text=text):
                claim = next(c for c in extract(text).claims if c.cue == cue)
                self.assertEqual(speakers(claim), [speaker])

    def test_a_relative_clause_with_its_own_subject_or_inside_reported_words_keeps_its_speaker(
        self,
    ) -> None:
        # snn-alriyadh-c89d103709: "بالهجوم الانتحاري الذي قال إن حصيلة ضحاياه …" (a pronoun goes back
        # to the attack: the prime minister speaks); "الذي أعلن "الوسط" عن تشكيله" (nc13-fjp-5996d6e9):
        # the party after the verb is its subject; inside someone's words the relative clause is his.
        claim = claim_with(
            extract(
                "أعلن رئيس الوزراء التركي أحمد داود أوغلو أن الشرطة تعرفت على مشتبه به مرتبط بالهجوم "
                "الانتحاري الذي قال إن حصيلة ضحاياه ارتفعت إلى 32 قتيلا."
            ),
            "حصيلة ضحاياه",
        )
        self.assertEqual(speakers(claim), ["رئيس الوزراء التركي أحمد داود أوغلو"])
        claim = claim_with(
            extract(
                "وأشار ديفيس إلى أن الفضلي كان أحد قادة تنظيم القاعدة القلائل الذين أبلغوا مسبقا "
                "بهجمات 2001."
            ),
            "أبلغوا مسبقا",
        )
        self.assertEqual(speakers(claim), ["ديفيس"])

    def test_a_cue_inside_the_reported_words_does_not_take_the_claim_from_their_speaker(
        self,
    ) -> None:
        # nc13-cnnarabic-2b0dd840: "أعرب" is inside what the ministry reports (its subject لافروف
        # stands before it): the claim stays the ministry's, not the masculine source carried over;
        # snn-alweeam-0f7686c156: "قالت X إن Y أكدت": the outer speaker owns the claim (AR-1).
        result = extract(
            "أفاد مصدر دبلوماسي في الوفد الروسي أن لافروف التقى الخطيب. وأشارت الخارجية الروسية في "
            "بيان أصدرته اليوم السبت إلى أن لافروف أعرب عن تأييده للجهود التي يبذلها المبعوث الخاص "
            "إلى سوريا."
        )
        claim = claim_with(result, "تأييده للجهود")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.cue, "وأشارت")
        self.assertEqual(speakers(claim), ["الخارجية الروسية"])
        claim = claim_with(
            extract(
                "وقالت وزارة الدفاع إن التقييمات للغارات الجوية المستندة على التقارير الأولية أكدت "
                "إصابة جميع الأهداف المخطط لها."
            ),
            "إصابة جميع الأهداف",
        )
        self.assertEqual(claim.cue, "وقالت")
        self.assertEqual(speakers(claim), ["وزارة الدفاع"])

    def test_a_name_that_starts_with_lam_is_the_speaker_not_an_addressee(self) -> None:
        # nc13-bbcarabicnews-640b81d2, snn-aawsat-ad44a721e8, nc13-bbcarabicnews-fa4224c1: the ل of
        # "لافروف", "ليفيت" and of the nisba "لبنانية" is the word's own; "لوالديها" (a noun with a
        # pronoun) and "لرويترز" are the ones spoken to.
        for text, speaker in [
            (
                "من جانبه قال وزير الخارجية الروسي سيرغي لافروف إن إراقة المزيد من الدماء في سوريا "
                "ستؤدي إلى انهيار البلاد.",
                "وزير الخارجية الروسي سيرغي لافروف",
            ),
            ("وأضاف ليفيت أنه، خلال الأشهر الأخيرة، خفضت إيران هذا الدعم.", "ليفيت"),
            ("وقالت مصادر أمنية لبنانية إن التوتر ساد المدينة.", "مصادر أمنية لبنانية"),
            (
                "وقال شاهد لرويترز إن التوتر ساد المدينة.",
                "شاهد",
            ),
        ]:
            with self.subTest(text=text):
                claim = claim_with(extract(text), "التوتر ساد" if "التوتر" in text else text[-12:])
                self.assertEqual(claim.kind, "reported")
                self.assertEqual(speakers(claim), [speaker])
        claim = claim_with(extract("وقالت لوالديها إنها بخير."), "بخير")
        self.assertNotIn("لوالديها", " ".join(speakers(claim)))

    def test_a_participle_that_agrees_with_the_noun_before_it_is_an_adjective_not_a_cue(
        self,
    ) -> None:
        # nc13-cnnarabic-2b0dd840, snn-alyaum-c596ea802e, nc13-bbcarabicnews-79814a21,
        # snn-aljazirah-8b37aad770: "معلومات مؤكدة", "حراسة مشددة", "غير مؤكدة" and a count of the
        # accused ("4336 متهمًا") open no claim; "الجوية مشيرة إلى أن" (after a definite word) does.
        result = extract(
            "قال وزير الخارجية الروسي سيرغي لافروف إن لدى روسيا معلومات مؤكدة. واقتحم عشرات "
            "المستوطنين المسجد الأقصى وسط حراسة مشددة من قبل شرطة الاحتلال."
        )
        self.assertEqual([c.cue for c in result.claims], ["قال", ""])
        self.assertEqual(result.claims[1].kind, "outlet")
        claim = claim_with(
            extract("وكانت تقارير غير مؤكدة قد أفادت بأن الائتلاف سيعقد اجتماعا عاجلا."), "اجتماعا"
        )
        self.assertEqual(claim.kind, "passive")
        self.assertIn("مؤكدة", claim.text)
        claim = claim_with(
            extract("تمكنت الأجهزة الأمنية من القبض على 4336 متهمًا بالانضمام لخلايا إرهابية."),
            "القبض",
        )
        self.assertEqual(claim.kind, "outlet")
        self.assertIn("متهمًا", claim.text)
        claim = claim_with(
            extract(
                "وقالت الوزارة إنها شنت الغارات الجوية مشيرة إلى أنها تستهدف ناشطين من حزب العمال."
            ),
            "تستهدف",
        )
        self.assertEqual(claim.cue, "مشيرة")
        self.assertEqual(speakers(claim), ["الوزارة"])

    def test_a_person_named_by_a_tie_with_a_pronoun_is_the_subject(self) -> None:
        # snn-alweeam-a98de0bb48, snn-aawsat-0a272ab7b2: "زوجته", "عائلتها" after the verb speak (not
        # a possessed object with a pronoun subject); "أخبرت أسرتها" tells her family.
        claim = claim_with(
            extract(
                "قال المرصد إن عشرة قتلوا في حلب. وأكدت زوجته ميساء غانم لصحيفة الوطن أنها تلقت "
                "وعدا من الرئيس."
            ),
            "تلقت وعدا",
        )
        self.assertEqual(speakers(claim), ["زوجته ميساء غانم"])
        claim = claim_with(extract("قال الطبيب إنها مريضة، كما تقول عائلتها."), "كما تقول عائلتها")
        self.assertEqual(speakers(claim), ["عائلتها"])
        claim = claim_with(
            extract("قالت الطالبة إنها بخير. وأخبرت أسرتها عن خططها عندما وصلت الحدود."), "خططها"
        )
        self.assertEqual(speakers(claim), ["الطالبة"])

    def test_a_vso_subject_ends_where_the_object_of_the_verb_starts(self) -> None:
        # nc13-cnnarabic-3d57c3f5, nc13-cnnarabic-728b0b1a, nc13-bbcarabicnews-6634a7c1,
        # nc13-bbcarabicnews-8bdc194c: what is estimated, and a definite word after a subject that is
        # one bare name (a country, a name used for a speaker before), begin the object.
        for text, cue, speaker in [
            (
                "وقدر ناشطون معارضون في سوريا حصيلة القتلى بـ121 قتيلا.",
                "وقدر",
                "ناشطون معارضون في سوريا",
            ),
            (
                "واتهمت إيران القائمين على الفيلم بأنه محاولة لتصوير ما جرى.",
                "واتهمت",
                "إيران",
            ),
            (
                "اتهمت روسيا الولايات المتحدة بتطبيق معايير مزدوجة إزاء الوضع في سوريا.",
                "اتهمت",
                "روسيا",
            ),
        ]:
            with self.subTest(text=text):
                claim = next(c for c in extract(text).claims if c.cue == cue)
                self.assertEqual(speakers(claim), [speaker])
        result = extract(
            "وقال وزير الخارجية الأمريكي جون كيري إن الوقت حان. ودعا كيري الائتلاف السوري "
            "المعارض إلى المشاركة في الاجتماع المقبل."
        )
        claim = claim_with(result, "المشاركة في الاجتماع")
        self.assertEqual(speakers(claim), ["وزير الخارجية الأمريكي جون كيري"])
        # "أمير قطر الشيخ حمد": a title after the name of a place is the same person
        claim = claim_with(extract("وحذر أمير قطر الشيخ حمد من أن الوضع خطير."), "الوضع خطير")
        self.assertEqual(speakers(claim), ["أمير قطر الشيخ حمد"])

    def test_a_clause_of_bainama_fi_hin_or_idh_is_a_claim_of_its_own(self) -> None:
        # snn-aawsat-c2fec8fad6, nc13-bbcarabicnews-b3a95bdb, nc13-El.Dostor.News-acb3fd8c: a short
        # sentence's "، بينما / في حين / إذ" clause is a claim of its own, with the same speaker (AR-9).
        for text, first, second, speaker in [
            (
                "وقال مسؤول ثان إن ناقلة أخرى حملت 600 ألف برميل في البريقة أمس، بينما ستحمل ثالثة "
                "600 ألف برميل هذا الأسبوع.",
                "وقال مسؤول ثان إن ناقلة أخرى حملت 600 ألف برميل في البريقة أمس",
                "بينما ستحمل ثالثة 600 ألف برميل هذا الأسبوع.",
                "مسؤول ثان",
            ),
            (
                "وقالت منظمة أطباء بلا حدود إن المساعدات الدولية لا توزع بشكل عادل داخل سوريا، إذ "
                "تتلقى مناطق خاضعة للحكومة السورية معظمها.",
                "وقالت منظمة أطباء بلا حدود إن المساعدات الدولية لا توزع بشكل عادل داخل سوريا",
                "إذ تتلقى مناطق خاضعة للحكومة السورية معظمها.",
                "منظمة أطباء بلا حدود",
            ),
            (
                "قال المرصد إن رضيعا وسيدة ورجلا قتلوا جراء قصف على مدينة سراقب، في حين تعرضت "
                "بلدة سرمين لقصف بالطيران الحربي.",
                "قال المرصد إن رضيعا وسيدة ورجلا قتلوا جراء قصف على مدينة سراقب",
                "في حين تعرضت بلدة سرمين لقصف بالطيران الحربي.",
                "المرصد",
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual([c.text for c in claims], [first, second])
                self.assertEqual([c.kind for c in claims], ["reported", "reported"])
                self.assertEqual([speakers(c) for c in claims], [[speaker], [speaker]])

    def test_a_participle_clause_outside_the_cue_lexicon_is_a_claim_of_the_same_speaker(
        self,
    ) -> None:
        # snn-almadina-da13b4c733, nc13-bbcarabicnews-b3a95bdb, nc13-bbcarabicnews-883dc54f: "، مستغربا /
        # معلنا …" and "متعهدا" even without a comma open the speaker's next claim (AR-9, AR-20).
        for text, first, second, speaker in [
            (
                "وقال السفير أحمد بن حلي إن تصريحات المالكي بشأن المملكة عارية من الصحة، مستغربا "
                "صدورها في هذا التوقيت.",
                "وقال السفير أحمد بن حلي إن تصريحات المالكي بشأن المملكة عارية من الصحة",
                "مستغربا صدورها في هذا التوقيت.",
                "السفير أحمد بن حلي",
            ),
            (
                "دعا أمير الكويت، الشيخ صباح الأحمد آل الصباح، إلى مضاعفة الجهود الإنسانية، معلنا "
                "تبرع الكويت بمبلغ 300 مليون دولار.",
                "دعا أمير الكويت، الشيخ صباح الأحمد آل الصباح، إلى مضاعفة الجهود الإنسانية",
                "معلنا تبرع الكويت بمبلغ 300 مليون دولار.",
                "أمير الكويت",
            ),
            (
                "وأعلن الرئيس بشار الأسد السبت يوم حداد عام في البلاد متعهدا بالقضاء على من نفذوا "
                "التفجير.",
                "وأعلن الرئيس بشار الأسد السبت يوم حداد عام في البلاد",
                "متعهدا بالقضاء على من نفذوا التفجير.",
                "الرئيس بشار الأسد",
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual([c.text for c in claims], [first, second])
                self.assertEqual([c.kind for c in claims], ["reported", "reported"])
                self.assertEqual([speakers(c) for c in claims], [[speaker], [speaker]])

    def test_a_background_clause_of_dhalika_ba_da_or_fi_ishara_is_the_outlets(self) -> None:
        # snn-aljazirah-cdcc431d89, nc13-bbcarabicnews-cd197694: "، وذلك بعد …" and "، في إشارة إلى …"
        # at the end of a speaker's sentence are the outlet's background, a claim of their own (AR-9);
        # inside the speaker's quotation (snn-almadina-67a99b62f5) the words stay his.
        for text, first, second, speaker in [
            (
                "وقال رئيس الوزراء التركي أحمد داود أوغلو امس السبت إن العمليات الأمنية التركية "
                "سوف تستمر ما دامت بلاده تواجه تهديداً، وذلك بعد يوم من هجوم شنته الطائرات الحربية "
                "التركية على تنظيم داعش في سوريا.",
                "وقال رئيس الوزراء التركي أحمد داود أوغلو امس السبت إن العمليات الأمنية التركية "
                "سوف تستمر ما دامت بلاده تواجه تهديداً",
                "وذلك بعد يوم من هجوم شنته الطائرات الحربية التركية على تنظيم داعش في سوريا.",
                "رئيس الوزراء التركي أحمد داود أوغلو",
            ),
            (
                'وقال وزير الخارجية السوري وليد المعلم في موسكو إن السلطات السورية "جاهزة للحوار '
                'مع كل من يرغب بالحوار"، في اشارة واضحة إلى المعارضة المسلحة.',
                'وقال وزير الخارجية السوري وليد المعلم في موسكو إن السلطات السورية "جاهزة للحوار '
                'مع كل من يرغب بالحوار"',
                "في اشارة واضحة إلى المعارضة المسلحة.",
                "وزير الخارجية السوري وليد المعلم",
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual([c.text for c in claims], [first, second])
                self.assertEqual([c.kind for c in claims], ["reported", "outlet"])
                self.assertEqual([speakers(c) for c in claims], [[speaker], []])
        (claim,) = extract(
            "وقال مدير المرصد رامي عبدالرحمن: «قام داعش بخطف 170 سنيًا بتهمة التخابر مع النظام، "
            "وذلك خلال عملية مداهمة لمدينة القريتين»."
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["مدير المرصد رامي عبدالرحمن"]))

    def test_a_new_subject_wa_hadha_or_wa_nahnu_after_a_comma_opens_the_speakers_next_claim(
        self,
    ) -> None:
        # nc13-shorouknews-04e527d9, nc13-cnnarabic-0cf8cabb: "، وهذا / ونحن …" is a sentence of its own
        # joined by a comma, still the speaker's (AR-9; a long quotation's sentences, AR-22).
        for text, first, second, kind, speaker in [
            (
                "وقالت الصحيفة إن توقعات الرئيس الأمريكي باراك أوباما من زيارته لإسرائيل متدنية "
                "نسبياً، وهذا أمر نادر بالنسبة لأي رئيس أمريكي يزور البلاد.",
                "وقالت الصحيفة إن توقعات الرئيس الأمريكي باراك أوباما من زيارته لإسرائيل متدنية "
                "نسبياً",
                "وهذا أمر نادر بالنسبة لأي رئيس أمريكي يزور البلاد.",
                "reported",
                "الصحيفة",
            ),
            (
                'وقال مركز إعلام الأمم المتحدة في بيان رسمي: "يمكننا التأكيد على أحد الموظفين في '
                'عداد المفقودين، ونحن على اتصال بالأطراف المعنية لكشف ملابسات ما حدث".',
                'وقال مركز إعلام الأمم المتحدة في بيان رسمي: "يمكننا التأكيد على أحد الموظفين في '
                "عداد المفقودين",
                'ونحن على اتصال بالأطراف المعنية لكشف ملابسات ما حدث".',
                "quote",
                "مركز إعلام الأمم المتحدة",
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual([c.text for c in claims], [first, second])
                self.assertEqual([c.kind for c in claims], [kind, kind])
                self.assertEqual([speakers(c) for c in claims], [[speaker], [speaker]])

    def test_a_speaker_that_was_link_text_on_its_own_line_speaks_again(self) -> None:
        # nc13-cnnarabic-3d57c3f5: 'وأوضحت "\nاللجان\n" إنها …' — with the link text on its own
        # line the claim went to the last speaker (دمشق); the cleaning glues the sentence back.
        result = extract(
            "قدر ناشطون معارضون في سوريا حصيلة قتلى يوم الاثنين بـ121 قتيلاً، في حين، أعلنت دمشق "
            'عن سلسلة عمليات نفذتها وحدات من "الجيش الباسل" بريف دمشق وحلب.\n'
            'وأوضحت "\nاللجان\n" إنها استطاعت توثيق 121 قتيلاً، بينهم ثمانية سيدات وتسعة أطفال.',
            language="ar",
        )
        claim = claim_with(result, "استطاعت توثيق 121 قتيلاً")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["اللجان"])
        self.assertTrue(claim.text.startswith('وأوضحت "اللجان" إنها'))

    def test_an_according_cue_with_a_pronoun_goes_back_to_the_last_speaker(self) -> None:
        # snn-alyaum-759709f5ad: "وبحسبه فإن …" (according to him) is the officer just named, not the
        # outlet; "وبحسبة بسيطة" (a sum) is no cue.
        result = extract(
            "وقال ضابط إسرائيلي كبير في الجيش إنه كان هناك عدد من الجرحى ممن حاربوا في صفوف جبهة "
            'النصرة. وبحسبه فإن هؤلاء الجرحى "تسللوا" إلى البلاد لتلقي العلاج الطبي.'
        )
        claim = claim_with(result, "لتلقي العلاج الطبي")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.cue, "وبحسبه")
        self.assertEqual(speakers(claim), ["ضابط إسرائيلي كبير في الجيش"])
        claim = claim_with(
            extract("وبحسبة بسيطة فإن التكلفة الإجمالية تصل إلى 180 مليون دينار سنويا."), "التكلفة"
        )
        self.assertEqual(claim.kind, "outlet")

    def test_radda_with_biqawlihi_or_qailan_after_its_subject_is_a_reply(self) -> None:
        # snn-aawsat-d3c60b9042 ("رد الجبير بقوله: «…»"), nc13-elfagr-b156d7f8 ("ورد نور قائلا : …"):
        # replying "with his words" is speech, as "ورد خامنئي بالقول"; "رد الجيش على القصف" is not.
        claim = extract(
            "إلى ذلك، رد الجبير بقوله: «جنيف1 ينص على رحيل الأسد، وروسيا تعتبر أن مصير الأسد "
            "يحدده السوريون وهذه تشكل نقطة الخلاف»."
        ).claims[0]
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(speakers(claim), ["الجبير"])
        claim = extract(
            "ورد نور قائلا : حينما يراني الناس في الشارع يلتفون حولي، وبالتالي مواقفي لم تتغير."
        ).claims[0]
        self.assertEqual(speakers(claim), ["نور"])
        self.assertEqual(claim.cue, "ورد")
        claim = extract("ورد الجيش على القصف بقصف مدفعي عنيف على مواقع المسلحين.").claims[0]
        self.assertEqual(claim.kind, "outlet")

    def test_abbara_an_after_qad_kama_or_min_janibihi_is_expressed(self) -> None:
        # snn-aawsat-45be7742bb ("وقد عبر خادم الحرمين الشريفين عن …"), snn-alwatan-87043e2ea0 ("من
        # جانبه ،عبر شتاينماير عن …"): عبر without و is the verb after قد / كما / من جانبه; "يتحركون
        # عبر طرق طويلة … بحثا عن الرزق" is "across".
        for text, speaker in [
            (
                "وقد عبر خادم الحرمين الشريفين عن بالغ اعتزازه بالرئيس عبد الفتاح السيسي وبشعب مصر.",
                "خادم الحرمين الشريفين",
            ),
            (
                "من جانبه ،عبر شتاينماير عن حرص الحكومة الألمانية على توثيق علاقاتها مع المملكة.",
                "شتاينماير",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual(claim.kind, "reported")
                self.assertEqual(speakers(claim), [speaker])
        claim = extract("ويتحركون عبر طرق طويلة وموحشة بحثا عن الرزق.").claims[0]
        self.assertEqual(claim.kind, "outlet")

    def test_rejecting_a_charge_is_a_denial_with_the_accuser_as_second_voice(self) -> None:
        # nc13-bbcarabicnews-7c2ac5f7: "ورفض البيت الأبيض … الاتهامات التي وجهتها الحكومة السورية" is
        # a denial (CONVENTIONS 3: both sides); snn-aleqtisadiya-84ec281874: the charge ends the
        # denier's name. Declining to comment or to give a name stays the outlet's (CONVENTIONS 21).
        claim = extract(
            "ورفض البيت الأبيض ووزارة الخارجية الأمريكية الاتهامات التي وجهتها الحكومة السورية فقط."
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(claim.polarity, "deny")
        self.assertEqual(
            speakers(claim), ["البيت الأبيض", "وزارة الخارجية الأمريكية", "الحكومة السورية"]
        )  # joint deniers, one entry each (AR-18)
        claim = extract(
            "رفض اتحاد الكرة الروسي ادعاءات إيمانويل فريمبونج لاعب نادي أوفا بأنه تعرض لإهانة عنصرية."
        ).claims[0]
        # the denier's name ends at the charge; the claimant the charge names is the second side
        self.assertEqual(speakers(claim)[0], "اتحاد الكرة الروسي")
        self.assertTrue(speakers(claim)[1].startswith("إيمانويل فريمبونج"))
        for text in [
            "ورفضت الحكومة الأردنية التعليق على ادعاءات الجيش السوري.",
            "ورفضت السلطات تزويد المعارضين بالاسلحة خشية وقوعها في أيدي المتشددين.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_trading_accusations_gives_one_entry_per_side(self) -> None:
        # nc13-bbcarabicnews-7c2ac5f7, nc13-Tahrir.News.Official-203168d4: "تتبادل X وY الاتهامات" is
        # an accusation by both; "وتبادل الاتهامات" (the noun) and "تبادل الأسرى" are not speech.
        claim = extract(
            "وتتبادل الحكومة السورية والمعارضة الاتهامات بشأن استخدام هذه الأسلحة ضد أهداف مدنية."
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["الحكومة السورية", "المعارضة"])
        claim = extract("وتبادل طرفا النزاع الاتهامات بالمسؤولية عن المجزرة.").claims[0]
        self.assertEqual(speakers(claim), ["طرفا النزاع"])
        for text in [
            "أصبحت مصر أشبه بحافلة متداعية بينما انشغل ركابها بالتشاجر وتبادل الاتهامات فيمن تسبب "
            "في المشكلة.",
            "وتبادل الطرفان الأسرى في صفقة برعاية قطرية.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_sending_a_letter_or_message_is_a_speech_act(self) -> None:
        # snn-alyaum-759709f5ad: "وبعث نتنياهو رسالة علنية الى اعضاء الكونغرس" (CONVENTIONS 4); a message
        # "sent" by a deed (snn-aawsat-34f7e15343) and "وجهت الطائرات ضربات" are not speech.
        claim = extract(
            "وبعث نتنياهو رسالة علنية الى اعضاء الكونغرس الأمريكي امس، في محاولة لاقناعهم بمعارضة "
            "الاتفاق النووي مع ايران."
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["نتنياهو"])
        for text in [
            "وجهت جبهة النصرة رسالة شديدة اللهجة للفصائل المعارضة التي تتلقى تدريبات في تركيا، "
            "باعتقالها قائد أول مجموعة سورية معارضة تتخرج من برنامج التدريب الأميركي.",
            "ووجهت الطائرات ضربات إلى مواقع التنظيم.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_a_modal_a_frame_or_a_resumptive_pronoun_after_the_verb_is_no_speaker(self) -> None:
        # snn-3alyoum-0ccdd12acb, snn-almadina-305c705ccc, snn-aawsat-8938bf81a1,
        # nc13-Alahram.Newspaper-257a4104, snn-3alyoum-ac61eefd3a: the words said with no colon
        # ("وقال يجب …"), "his view" and a present plural verb take the last speaker; "دعا إليه X" has X
        # as its subject.
        claim = claim_with(
            extract("وقالت رئيسة المؤسسة إن الدعاية خطيرة. وقال يجب ان تكون هناك رواية اخرى."),
            "رواية اخرى",
        )
        self.assertEqual(speakers(claim), ["رئيسة المؤسسة"])
        claim = claim_with(
            extract("وقال نتنياهو إن الاتفاق سيئ. وحسب رأيه، فإن التاريخ أثبت ذلك."), "التاريخ"
        )
        self.assertEqual(speakers(claim), ["نتنياهو"])
        claim = claim_with(
            extract(
                "وأكد البرادعي أن الجبهة لن تذهب للحوار الذي دعا إليه الرئيس في وقت لاحق اليوم."
            ),
            "في وقت لاحق",
        )
        self.assertEqual(speakers(claim), ["الرئيس"])
        claim = claim_with(
            extract("كما يقول منتقدوه، ويقولون أكثر من ذلك بكثير، الى درجة لا تسمح بالاقتباس."),
            "أكثر من ذلك",
        )
        self.assertEqual(speakers(claim), ["منتقدوه"])

    def test_what_is_denied_or_declined_is_no_speaker(self) -> None:
        # nc13-bbcarabicnews-7c2ac5f7, nc13-cnnarabic-775aa95c, snn-aleqtisadiya-4d3e975630,
        # nc13-masrawy-69f5ec31: the accusations or reports denied are the object, after a dropped
        # subject or a name; declining to reveal one's name (AR-21) opens no claim; "عبر كشف" is the
        # verbal noun.
        claim = claim_with(
            extract(
                "وقال العقيد مالك الكردي إن المعارضة بريئة. ونفى الاتهامات المواجهة للمعارضة "
                "المسلحة، قائلا إن الحكومة هي من قامت بالهجوم."
            ),
            "الحكومة هي من قامت",
        )
        self.assertEqual(speakers(claim), ["العقيد مالك الكردي"])
        claim = claim_with(extract("ونفى نسيرزكي الأنباء التي تناقلتها وسائل الإعلام."), "تناقلتها")
        # the reports are no speaker; the media that carried them are the denial's second side (AR-3)
        self.assertEqual(speakers(claim), ["نسيرزكي", "وسائل الإعلام"])
        claim = claim_with(
            extract("وقال المسؤول رافضا كشف هويته ان طائرة اميركية شنت غارة جوية في سوريا."),
            "طائرة اميركية",
        )
        self.assertEqual((claim.cue, speakers(claim)), ("وقال", ["المسؤول"]))
        result = extract(
            "أطلقت الحكومة موقعا يهدف الى تطويق الدعاية خصوصا عبر كشف طرق استخدام "
            "“تقنيات التلاعب العقلي” فيها."
        )
        self.assertEqual([c.kind for c in result.claims], ["outlet"])

    def test_the_same_source_is_the_fullest_earlier_mention(self) -> None:
        # nc13-officialyoum77-e9e51d12, snn-aawsat-ffa7245a27: "المصادر ذاتها", "المصدر نفسه" (also after
        # وفقا لـ) point back to the source named before, even when that mention is short.
        result = extract(
            "وقالت مصادر دبلوماسية مطلعة إن الرئيس سيزور الهند. كما سيتم، وفقا للمصادر ذاتها، "
            "الاتفاق على عقد عدد من الدورات التدريبية."
        )
        self.assertEqual(speakers(claim_with(result, "الدورات")), ["مصادر دبلوماسية مطلعة"])
        result = extract("وقال مصدر أمني إن الهجوم وقع فجرا. وأضاف المصدر نفسه أن القتلى عشرة.")
        self.assertEqual(speakers(claim_with(result, "القتلى عشرة")), ["مصدر أمني"])

    def test_false_friends_of_call_and_document_are_no_cue(self) -> None:
        # snn-alyaum-14a0e03263: "وثق به" trusted him; "ودعت موكب الوالد" bade farewell (ودّع), with
        # nothing one calls for after it; "ودعت بريطانيا … الى" still calls.
        for text in [
            "ودعت موكب الوالد جموع غفيرة من أهالي المدينة.",
            "وكان رجلا وثق به قادته ليتحول إلى حارس شخصي.",
        ]:
            with self.subTest(text=text):
                self.assertEqual([c.kind for c in extract(text).claims], ["outlet"])
        claim = claim_with(
            extract("ودعت بريطانيا السبت الائتلاف السوري الى اعادة النظر في قراره."), "اعادة النظر"
        )
        self.assertEqual(speakers(claim), ["بريطانيا"])

    def test_a_source_between_the_verb_and_its_colon_relays_the_words_in_one_claim(self) -> None:
        # snn-aawsat-d661a8eddd, nc13-cnnarabic-e32904c8, snn-alyaum-759709f5ad: "قال X، وطبقا لـY: «…»"
        # and "وقال بحسب Y: «…»" are one claim, the frame with its words (AR-1, AR-7), not a frame
        # claim and an outlet quotation.
        text = (
            "وذكر مصدر عسكري - حسب وكالة الصحافة الفرنسية: «إن المقاتلين على الأرض استفادوا من دعم "
            "جوي من قبل التحالف العربي»."
        )
        (claim,) = extract(text).claims
        self.assertEqual((claim.text, claim.kind), (text, "quote"))
        self.assertEqual(speakers(claim), ["مصدر عسكري"])
        claims = extract(
            'وقال نتنياهو ان "قرار مجلس الأمن ليس نهاية الطريق". وقال بحسب صحيفة هآرتس: "طالما '
            'بقيت العقوبات سارية المفعول، ستضطر ايران الى تقديم التنازلات".'
        ).claims
        self.assertEqual(len(claims), 2)
        self.assertTrue(claims[1].text.startswith("وقال بحسب صحيفة هآرتس: "))
        self.assertEqual(claims[1].kind, "quote")
        self.assertEqual(speakers(claims[1]), ["نتنياهو", "صحيفة هآرتس"])

    def test_a_cue_in_a_relative_clause_of_the_frame_leaves_the_claim_to_the_speaker(self) -> None:
        # nc13-cnnarabic-c881a4db, snn-alwatan-ef61bbfdde: a relative clause between the speaker and
        # the words it owes ("في تقريرها الذي كشفت عنه …، على «…»", "العطية الذي تحدث نيابة عن …، إن")
        # is part of the frame: one claim, the speaker's, not a cut at the inner verb.
        for text, speaker in [
            (
                "وأكدت لجنة التحقيق، في تقريرها الذي كشفت عنه الاثنين، وحصلت CNN بالعربية على نسخة "
                'منه، على "الحاجة الملحة بأن يلتزم أطراف النزاع طريق التسوية السياسية."',
                "لجنة التحقيق",
            ),
            (
                "وأوضحت المرأة، التي تحدثت إلى “لايف نيوز”، أنها كانت جادة في البداية بقبول عرض "
                "السفر إلى سوريا.",
                "المرأة",
            ),
        ]:
            with self.subTest(text=text):
                (claim,) = extract(text).claims
                self.assertEqual((claim.text, claim.kind), (text, "reported"))
                self.assertEqual(speakers(claim), [speaker])
        # The relative verb with a subject of its own and its own words after the comma speaks.
        claims = extract(
            "كشفت مصادر فلسطينية لوكالة الأناضول، مساء الإثنين، حقيقة القماش العسكري الذي قال "
            "الجيش، الأحد، إنه ضبطت كميات منه في منطقة شمال سيناء."
        ).claims
        self.assertEqual(len(claims), 2)
        self.assertEqual(speakers(claims[1]), ["الجيش"])

    def test_a_named_partys_fear_is_reported(self) -> None:
        # snn-alriyadh-f418bf98e8, nc13-bbcarabicnews-455c6210: "وتخشى أنقرة من أن …" is the named
        # party's view (CONVENTIONS 22); a thing feared, a reason ("لأنه يخشى أن") and a fear with nobody
        # named stay the outlet's.
        claim = extract(
            "وتخشى أنقرة من أن أي فوضى في المنطقة الحدودية قد تعيد إشعال الانتفاضة الانفصالية الكردية."
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["أنقرة"])
        claim = extract(
            "ويتخوف معارضون سوريون من أن يكون الهجوم على «الفرقة 30»، استمرارًا لنهج «جبهة النصرة»."
        ).claims[0]
        self.assertEqual(speakers(claim), ["معارضون سوريون"])
        for text in [
            "الفتى لا يخشى الدخول في مواجهة مع الشرطة، لكنه يخشى عقاب والده.",
            "ثم نظر إلى زميلي المصور لأنه يخشى أن يراه والده.",
            "ويتخوف من أن تغرق استقالة ميقاتي لبنان في مزيد من الفوضى.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_attributing_an_attack_to_someone_is_an_accusation(self) -> None:
        # snn-aljazirah-621909391c: "نسبت هيئة اركان الجيش التركي الهجوم إلى …" lays the blame (an
        # accusation by the staff, its full name); the passive "ونُسب الهجوم إلى …" names no one and
        # "نسب الثلث إلى الثلثين" are ratios.
        claim = extract(
            "نسبت هيئة اركان الجيش التركي الهجوم إلى المنظمة الإرهابية والانفصالية، العبارة التي "
            "تستخدمها السلطات التركية عادة للحديث عن حزب العمال الكردستاني."
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["هيئة اركان الجيش التركي"])
        for text in [
            "ونسب الهجوم إلى حزب العمال الكردستاني.",
            "ويجب مراعاة نسب الثلث إلى الثلثين عند جمع الدوائر.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_a_threat_of_four_letters_is_a_threat(self) -> None:
        # snn-aljazirah-621909391c: "بينما هدد حزب العمال الكردستاني بقطع الهدنة" (a threat of four
        # letters, like بقصف، بضرب، بسحب، بأنه) is the party's threat in its own clause (CONVENTIONS 4, 9);
        # a name or a manner after the verb is no threat.
        result = extract(
            "ولم تتبن أي جهة الهجوم لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة "
            "إثر الضربات الجوية."
        )
        claim = claim_with(result, "بقطع الهدنة")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["حزب العمال الكردستاني"])
        claim = extract("وهدد الوزير بسحب تراخيص الشركات التي تخالف ضوابط التوزيع.").claims[0]
        self.assertEqual(speakers(claim), ["الوزير"])
        self.assertEqual(extract("وهدد بشار الأسد بشدة المعارضين.").claims[0].kind, "outlet")

    def test_a_press_reviews_paper_covering_a_story_speaks_for_it(self) -> None:
        # nc13-cnnarabic-86c5089e, nc13-cnnarabic-a420a967: "تناولت الصحيفة البريطانية، خبر …" under a
        # paper's header is reported by that paper (CONVENTIONS 20, 22); the story after the paper's
        # nisba or bare name is no part of its name. The review's overview ("تناولت الصحف العالمية")
        # and talks that "dealt with" something stay the outlet's.
        claim = claim_with(
            extract(
                "الغارديان\nتناولت الصحيفة البريطانية، خبر الذكرى العاشرة لاحتجاجات طلاب الجامعات "
                "البريطانية في لندن."
            ),
            "خبر الذكرى العاشرة",
        )
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["الغارديان"])
        claim = extract(
            "من جانبها تناولت صحيفة اندبندنت الملف السوري عبر الإشارة إلى إعلان الخارجية البريطانية."
        ).claims[0]
        self.assertEqual(speakers(claim), ["صحيفة اندبندنت"])
        for text in [
            "تناولت الصحف العالمية عدداً من الأخبار، من ضمنها تعليم الأطفال من اللاجئين السوريين.",
            "وتناولت المباحثات أيضا عديدا من القضايا الدولية والإقليمية ذات الاهتمام المشترك.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(extract(text).claims[0].kind, "outlet")

    def test_the_name_ali_is_no_preposition_ala(self) -> None:
        # snn-aawsat-83c107e1d2, snn-okaz-40da8ebc75: folded, the name علي and على are one word; after a
        # reporting verb with a name after it, or after محمد or a title, it is the name.
        for text, speaker in [
            (
                "وقال علي داود، رئيس المجلس البلدي، إن قوات كبيرة تحركت.",
                "علي داود، رئيس المجلس البلدي",
            ),
            (
                "وأضاف اللواء الركن محمد علي المقدشي، خلال زيارة لمعسكر رويك، إن الحرب عربية.",
                "اللواء الركن محمد علي المقدشي",
            ),
            ("وقال والده محمد علي لصحيفة الوطن إن ابنه بريء.", "والده محمد علي"),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual(claim.kind, "reported")
                self.assertEqual(speakers(claim), [speaker])
        # "شدد على أن", "أكد على مبدأ …:": the preposition, a pronoun subject
        result = extract("وقال الوزير إن الوضع صعب. وشدد على أن الحل سياسي.")
        self.assertEqual(speakers(claim_with(result, "الحل سياسي")), ["الوزير"])

    def test_a_surname_that_starts_with_b_ends_no_speaker(self) -> None:
        # nc13-bbcarabicnews-738556e0 and the brief's "حذر رئيسها محمد بخاري": after a given name, a
        # ب-word that is no verbal noun, a few words before أن with no comma, is the surname.
        for text, speaker in [
            ("حذر رئيسها محمد بخاري من أن الوضع خطير.", "رئيسها محمد بخاري"),
            (
                "وقال صادق بلعيد خبير القانون الدستوري إن على المجلس أن يوافق.",
                "صادق بلعيد خبير القانون الدستوري",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        # a verbal noun of فعل after a name is the object: "طالبت إسرائيل بضرب …"
        claim = extract("وطالب نتنياهو بوقف الاتفاق وقال إن إيران خطر.").claims[0]
        self.assertEqual(speakers(claim), ["نتنياهو"])

    def test_the_object_after_a_blaming_or_describing_verb_is_no_part_of_the_subject(self) -> None:
        # nc13-cnnarabic-43491a5e, nc13-elfagr-74245b7b, nc13-Alahram.Newspaper-5c2a7057: "حمّل X
        # مسؤولية … لـY": X blames; with no ل-party X is the one blamed and the subject is the pronoun;
        # a definite subject ends before an indefinite verbal noun with its own complement.
        claim = extract(
            "حمّل سعيد مسؤولية ما يجري على الأراضي السورية من قتل للأطفال، للرئيس الأمريكي."
        ).claims[0]
        self.assertEqual(speakers(claim), ["سعيد"])
        result = extract(
            "وقال جاي كارني إن النافذة مفتوحة. وحمل إيران مسؤولية المجيء إلى المحادثات."
        )
        self.assertEqual(speakers(claim_with(result, "المجيء")), ["جاي كارني"])
        claim = extract("ووصف الحزب مبادرة النور بأنها حلول وأهداف فقط.").claims[0]
        self.assertEqual(speakers(claim), ["الحزب"])

    def test_the_name_after_a_title_belongs_to_the_speaker(self) -> None:
        # nc13-cnnarabic-885b3fcc, nc13-masrawy-06f4c9d2: the speaker is the fullest name as written
        # (CONVENTIONS 11): the name in apposition after a comma, and the name after the body a titled
        # person serves in, up to where he speaks from.
        claim = extract(
            "بحسب ما كتب الرئيس المكسيكي، أنريكي بينا نييتو، على تويتر فإن الحادث مؤسف."
        ).claims[0]
        self.assertEqual(speakers(claim), ["الرئيس المكسيكي، أنريكي بينا نييتو"])
        claim = extract(
            "وقال مدير عمليات حفظ السلام في الامم المتحدة هيرفيه لادسوس من نيويورك انه يأمل في "
            "وقف لاطلاق النار."
        ).claims[0]
        self.assertEqual(speakers(claim), ["مدير عمليات حفظ السلام في الامم المتحدة هيرفيه لادسوس"])
        # the clause goes on after the source: no apposition
        claim = extract("وفي الداخل، بحسب المصادر، تتزايد الشكوك بين قادة النظام.").claims[0]
        self.assertEqual(speakers(claim), ["المصادر"])

    def test_joint_bodies_give_one_speaker_each(self) -> None:
        # snn-aleqtisadiya-da20e1ac92, nc13-bbcarabicnews-7c2ac5f7 (AR-18): و and a body's head noun
        # opens a second speaker; the short name in parentheses stays with the first; "مصادر أمنية
        # وطبية" is one.
        claim = extract(
            "قدرت منظمة الأغذية العالمية (فاو) وبرنامج الأغذية العالمي إنتاج القمح في سوريا "
            "بنحو 2.445 مليون طن."
        ).claims[0]
        self.assertEqual(
            speakers(claim), ["منظمة الأغذية العالمية (فاو)", "برنامج الأغذية العالمي"]
        )
        claim = extract("ورفض البيت الأبيض ووزارة الخارجية الأمريكية الاتهامات.").claims[0]
        self.assertEqual(speakers(claim), ["البيت الأبيض", "وزارة الخارجية الأمريكية"])
        claim = extract("وقالت مصادر أمنية وطبية إن عشرة قتلوا.").claims[0]
        self.assertEqual(speakers(claim), ["مصادر أمنية وطبية"])

    def test_junk_after_the_verb_is_no_speaker(self) -> None:
        # snn-3alyoum-848b8d8efe, nc13-almasryalyoum-58a2b58e, snn-aawsat-3e2c187fe0: the one quoted
        # (عنه) is no part of the source; a cable (برقية) is no بـ with a verbal noun; charges published
        # are the object; after a resumptive, a phrase with ل or a manner (غاضبا) is no subject.
        claim = extract(
            "وقال جاوش اوغلو، بحسب ما نقلت عنه وكالة الاناضول التركية الرسمية، ان الطائرات "
            "بدأت بالوصول."
        ).claims[0]
        self.assertEqual(speakers(claim), ["وكالة الاناضول التركية الرسمية"])
        claim = extract(
            "وهي جماعة أشارت إليها برقية دبلوماسية أمريكية ذات مرة على أنها «عدو لدود» للإمارات."
        ).claims[-1]
        self.assertEqual(speakers(claim), ["برقية دبلوماسية أمريكية"])
        for text in ["ونشر اتهامات للوزير بالفساد على صفحته.", "وقالت منهم لله دول عذبوه خالص."]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [])

    def test_the_name_after_a_title_with_no_complementiser_ends_before_the_object(self) -> None:
        # nc13-almasryalyoum-37667d3c, snn-aawsat-556d873424: with no أن to end it, a title's phrase
        # ending in a definite word goes on with a personal name, and the object after it is cut off.
        for text, speaker in [
            (
                "طالب وزير الخارجية الأمريكي جون كيري الرئيس محمد مرسي بضرورة التوافق مع المعارضة.",
                "وزير الخارجية الأمريكي جون كيري",
            ),
            (
                "وأكد الرئيس التركي رجب طيب إردوغان عزم بلاده التحرك بشكل فعال.",
                "الرئيس التركي رجب طيب إردوغان",
            ),
            ("ودعا الرئيس المصري محمد مرسي الأطراف إلى الحوار.", "الرئيس المصري محمد مرسي"),
            (
                "ودعا الناطق باسم الحكومة أسامة حمدان الفصائل إلى الحوار.",
                "الناطق باسم الحكومة أسامة حمدان",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])

    def test_an_in_body_subheading_name_colon_headline_is_no_claim(self) -> None:
        # nc13-almasryalyoum-18f116d1, snn-okaz-3cc889e3b7: a short line "Name: headline" between
        # paragraphs heads the paragraph below (AR-8); the quotation in it is no speech of the speaker before
        text = (
            "قال الدكتور محمد البرادعي، منسق جبهة الإنقاذ الوطني: «أكثر حاجة تقلقني أن الدولة تنهار».\n"
            "البرادعي: العنف يتزايد في كل مكان «هل مازال هناك رئيس وحكومة؟»\n"
            "وعن تعامل الرئيس مع الأحداث الدامية في بورسعيد، قال البرادعي: «مرسي كتب لنا تويتة»."
        )
        result = extract(text, language="ar")
        heading = claim_with(result, "العنف يتزايد")
        self.assertEqual((heading.kind, speakers(heading)), ("outlet", []))
        self.assertEqual(
            speakers(claim_with(result, "مرسي كتب لنا تويتة")),
            ["الدكتور محمد البرادعي، منسق جبهة الإنقاذ الوطني"],
        )
        # "وأضاف: …" on a line of its own is speech, not a heading
        text = (
            "وقال مصدر في المقاومة الشعبية إن الاشتباكات مستمرة.\n"
            "وأضاف: «المقاتلات تحلق في سماء المنطقة»\n"
            "وتواصل القوات تقدمها نحو المدينة من الجهة الشمالية منذ صباح اليوم."
        )
        claim = claim_with(extract(text, language="ar"), "المقاتلات تحلق")
        self.assertEqual(claim.kind, "quote")

    def test_time_frame_right_after_the_complementiser_is_the_speakers(self) -> None:
        # nc13-El.Dostor.News-8f5e2a99: "في الوقت الذي" right after "إنه" opens the speaker's words, not
        # the outlet's time frame
        text = (
            "وقال فراس طلاس إن النظام يكذب. ويقول إنه في الوقت الذي قتل بشار 120 الف سوري، فان "
            "حافظ الاسد قتل حوالي 30 الفا في حماة في الثمانينيات."
        )
        claim = claim_with(extract(text, language="ar"), "حافظ الاسد قتل")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["فراس طلاس"]))

    def test_reaffirming_is_confirming_and_the_subject_ends_before_the_confirmation(self) -> None:
        # snn-aawsat-9cca5ee58d, nc13-masrawy-35ba59e5: "أعاد X تأكيد" reaffirms (reported), and the
        # subject of "أعاد/جدد X التأكيد" ends before التأكيد; "وإعادة الإسكان" is a noun, not a verb
        claim = extract(
            "وعلى هذا، أعاد البيان المشترك تأكيد الالتزامات بأن أميركا ودول مجلس التعاون تشترك في "
            "مصالح تاريخية.",
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["البيان المشترك"]))
        claim = extract(
            "وجدد لافروف التاكيد عقب محادثات في لندن على ان السوريين هم وحدهم من يقرر مستقبل الرئيس.",
            language="ar",
        ).claims[0]
        self.assertEqual(speakers(claim), ["لافروف"])
        claim = extract(
            "وقال موظف في إدارة المساعدة وإعادة الإسكان في وزارة الشؤون الاجتماعية إن 46 شخصًا لقوا "
            "مصرعهم.",
            language="ar",
        ).claims[0]
        self.assertEqual(
            speakers(claim), ["موظف في إدارة المساعدة وإعادة الإسكان في وزارة الشؤون الاجتماعية"]
        )

    def test_present_considers_with_its_subject_set_off_by_a_comma(self) -> None:
        # nc13-bbcarabicnews-fa4224c1: "ويعتبر X، أن …" is X's view (the أن after the comma), not the
        # outlet's "is considered"
        claim = extract(
            'ويعتبر المسيحيون في الاكثرية والمعارضة، ان ما يعرف بـ "قانون الستين" غير منصف بالنسبة لهم.',
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["المسيحيون"]))

    def test_agreeing_as_one_on_a_view_is_reported(self) -> None:
        # snn-aawsat-e0678ce8cd: "أجمعت X على أن …" states X's shared view; "العالم أجمع" and "والجميع
        # أجمع" (nobody named) are not
        claim = extract(
            "وأجمعت الصحف الأوروبية خلال الأيام القليلة الماضية، على أن قناة السويس الجديدة هي هدية "
            "مصر للعالم.",
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الصحف الأوروبية"]))
        claim = extract(
            "وهذا الموضوع يناقش في الحكومة والجميع أجمع على أن إغلاق تلك المواقع ليس بصالح الحزب.",
            language="ar",
        ).claims[0]
        self.assertEqual(claim.kind, "outlet")

    def test_a_list_of_highlights_name_colon_words_gives_each_line_to_its_speaker(self) -> None:
        # nc13-fjp-c0a20d02: bullet lines "* Name: words" in a block are quotes by the name (AR-7), unlike a
        # lone "Name: headline" subheading (AR-8); a topic or place label gives no speaker
        text = (
            "* أستاذ قانون جنائى: المشكلة فى ممارسات الشرطة وليست فى القوانين\n"
            "* حمدى طه: تحقيق مطالب رجال الأمن لا يكون بلى الذراع\n"
            "* السويس: بدأت مطالب اجتماعية وانتهت بالقتل العمد\n\n"
            "شهدت المحافظات المصرية خلال الأيام الماضية إضرابات واسعة لرجال الشرطة في عدد من المدن."
        )
        result = extract(text, language="ar")
        claim = claim_with(result, "تحقيق مطالب رجال الأمن")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["حمدى طه"]))
        claim = claim_with(result, "المشكلة فى ممارسات الشرطة")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["أستاذ قانون جنائى"]))
        self.assertEqual(claim_with(result, "بدأت مطالب اجتماعية").kind, "outlet")

    def test_warning_participle_monabbihan_goes_on_with_the_speaker(self) -> None:
        # nc13-officialyoum77-45a6fc76: "منبها إلى …" (warning of) continues the speaker, as محذرا
        text = (
            "وأكد العربى أن الجامعة تواصل جهودها لوقف العنف في سوريا. منبها إلى المأساة التى يعيشها "
            "الشعب السورى."
        )
        claim = claim_with(extract(text, language="ar"), "المأساة التى يعيشها")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["العربى"]))

    def test_a_b_initial_name_after_an_honorific_is_the_name(self) -> None:
        # nc13-fjp-17a45902, snn-3alyoum-8e348eb42e, snn-alyaum-8aba6b4c3d: a ب-initial given name or
        # surname after a definite honorific is the name, not the preposition ب with an object
        for text, speaker in [
            (
                "ومن جانبه، قال الدكتور بسيونى حمادة -أستاذ الرأى العام بكلية الإعلام-: إن أبعاد "
                "تلك الزيارة تحدد موقف التيار الناصرى.",
                "الدكتور بسيونى حمادة",
            ),
            (
                "وقال النائب براد شيرمان وهو من الحزب الديمقراطي “إنهم يدعمون حماس وحزب الله”.",
                "النائب براد شيرمان",
            ),
            (
                "من جهته، أوضح الدكتور عبدالله باعشن، المستشار الاقتصادي، أن الحملات الأمنية كان لها "
                "الأثر الايجابي.",
                "الدكتور عبدالله باعشن",
            ),
        ]:
            with self.subTest(text=text):
                self.assertTrue(speakers(extract(text).claims[0])[0].startswith(speaker))
        # the preposition ب with a verbal noun's object still ends the speaker
        claim = extract("وهدد الوزير بسحب تراخيص الشركات التي تخالف الضوابط.").claims[0]
        self.assertEqual(speakers(claim), ["الوزير"])

    def test_a_titled_speakers_name_after_the_body_he_serves_in_with_a_definite_surname(
        self,
    ) -> None:
        # nc13-cnnarabic (draw E): "title في body، given-name al-surname،" or "… name لموقع …": the name
        # after the body is the speaker's (CONVENTIONS AR-11), not an object
        for text, speaker in [
            (
                "من جهته، قال المستشار الإعلامي في الملكية الأردنية باسل الكيلاني لموقع CNN بالعربية، إن "
                "الشركة اكتفت بالإعلان عن تحويل مسار رحلات بيروت.",
                "المستشار الإعلامي في الملكية الأردنية باسل الكيلاني",
            ),
            (
                "إلى ذلك، رجح رئيس لجنة الشؤون الخارجية في البرلمان الأردني، بسام المناصير، أن يكون "
                "تحويل رحلات الطيران مرده إلى دوافع أمنية.",
                "رئيس لجنة الشؤون الخارجية في البرلمان الأردني، بسام المناصير",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        # an object after the body still ends the speaker
        claim = extract(
            "وأكد رئيس الوزراء في البرلمان دعم الحكومة، مشيرا إلى أن الأزمة انتهت."
        ).claims[0]
        self.assertEqual(speakers(claim), ["رئيس الوزراء"])

    def test_went_on_saying_is_one_cue_with_a_pronoun_subject(self) -> None:
        # snn-aawsat-afae48666e, nc13-cnnarabic-d7bf60cf: "وتابع يقول:", "وأردف يقول", "وعاد ليقول" are one
        # cue; the first verb is no subject of "يقول" (it gave the speaker "وتابع")
        text = (
            "وأضاف غينغريتش أن النقاش ترك لديه شعورا بالرضا حول فرص الجمهوريين في العام المقبل. "
            "وتابع يقول: «إنني أشعر بتفاؤل كبير»."
        )
        self.assertEqual(speakers(claim_with(extract(text), "أشعر بتفاؤل")), ["غينغريتش"])
        text = (
            "وقالت الوزيرة هند صبري إن الهيئة لم تصدر أي تعميم. "
            "وتابعت تقول إن للهيئة أن تصدر تعميما في حال إعلان حظر جوي."
        )
        self.assertEqual(speakers(claim_with(extract(text), "حظر جوي")), ["الوزيرة هند صبري"])

    def test_tabaa_with_a_pronoun_subject_carries_a_masculine_speaker(self) -> None:
        # nc13-masrawy-c030bf1f, nc13-cnnarabic-d7bf60cf: "وتابع" (فاعَل, past) is masculine, not a present
        # feminine verb in ت; it gave the speaker to the last feminine or genderless source
        text = (
            "وقال الجيش الاسرائيلي ان الحادث تم ابلاغه الى قوة الامم المتحدة.\n"
            "وقال المتحدث باسم وزارة الدفاع الفريق الركن محمد العسكري لوكالة فرانس برس ان "
            '"اربعة جرحى من الجيش السوري نقلوا الى مستشفى ربيعة".\n'
            'وتابع "لا علاقة لنا ولم تتدخل قواتنا بالنزاع".'
        )
        self.assertEqual(
            speakers(claim_with(extract(text), "لا علاقة لنا")),
            ["المتحدث باسم وزارة الدفاع الفريق الركن محمد العسكري"],
        )

    def test_a_b_initial_surname_after_a_title_phrase_and_a_given_name_is_the_name(self) -> None:
        # snn-aawsat (tune, Guantanamo), snn-alyaum-8bfc773dde: a given name, then a ب-initial surname
        # (even of a masdar's shape: "باسكال") and the end of the name, after a title's phrase
        for text, speaker in [
            (
                "وقال الناطق باسم النيابة جان باسكال تورو إن التحقيق سيحدد دور كل منهما.",
                "الناطق باسم النيابة جان باسكال تورو",
            ),
            (
                "يستبعد نائب وزير الخارجية ميخائيل بغدانوف، أن تكون الجولة القادمة من مشاورات "
                "موسكو قبل نهاية سبتمبر.",
                "نائب وزير الخارجية ميخائيل بغدانوف",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        claim = extract("وطالب رئيس الوزراء نوري بإسقاط النظام في البلاد.").claims[0]
        self.assertNotIn("بإسقاط", speakers(claim)[0])

    def test_an_accusing_verb_with_the_charge_right_after_it_is_the_passive(self) -> None:
        # nc13-bbcarabicnews-76cab6b8, snn-alwatan-a943d4e5d0: "شيخ اتهم باغتصاب", "يتهم بالتعاون": no
        # one accused between the verb and the charge, so it is اتُّهم (AR-6), not the last speaker's
        text = (
            "وقالت مصادر محلية إن القائد انسحب من موقعه. "
            "يتهم بالتعاون مع الحوثيين وتسهيل استيلائهم على ألوية الحراسة ودار الرئاسة."
        )
        claim = claim_with(extract(text), "يتهم بالتعاون")
        self.assertEqual((claim.kind, speakers(claim)), ("passive", []))
        # the one accused written before the charge keeps the active reading
        claim = claim_with(extract("وتتهم بعضهم بالتخطيط لعمليات قتل."), "بالتخطيط")
        self.assertNotEqual(claim.kind, "passive")

    def test_a_run_on_sentence_of_middle_length_is_cut_at_a_clause_not_at_a_list_item(self) -> None:
        # nc13-ElWatanNews-5f6c0036, nc13-El.Dostor.News-f973e5ac: from 160 characters "، و" before a verb
        # or a particle opens a clause of its own (AR-9, AR-22) ...
        text = (
            "في فجر أحد أيام الصيف الماضي، داهمت الشرطة حي رملة بولاق الفقير في وسط القاهرة، واقتحمت منازل"
            " مبنية بالطوب اللبن وضربت النساء والأطفال واستولت على أموال وهواتف واعتقلت كثيرًا من الذكور في"
            " سن العمل."
        )
        result = extract(text, language="ar")
        self.assertEqual(len(result.claims), 2)
        self.assertTrue(claim_with(result, "واقتحمت منازل").text.startswith("واقتحمت"))
        text = (
            "ويعتقد كثير من المحللين أنه بعد انتخاب مرسي في يونيو 2012 توصل إلى تفاهم مع الجيش يقضي بأن"
            " الحكومة الإسلامية الجديدة لن تتدخل في مصالح الجيش، ولن تسعى إلى تغيير رؤيته الراسخة للأمن"
            " القومي، مقابل أن يقدم الجيش دعمًا كبيرًا لمرسي وأنصاره في جماعة الإخوان المسلمين."
        )
        second = claim_with(extract(text, language="ar"), "ولن تسعى")
        self.assertTrue(second.text.startswith("ولن تسعى"))
        self.assertEqual(speakers(second), ["كثير من المحللين"])
        # ... not before the next item of a list of verbal nouns (snn-3alyoum-627d44bd6e) ...
        text = (
            "وقال المتحدث إن الولايات المتحدة تولي مع شركائها في مجلس التعاون اهتماما بالغا بمنطقة يسودها"
            " السلام والازدهار، واهتماما أساسيا بدعم الاستقلال السياسي وسلامة أراضي شركائها في مجلس"
            " التعاون لتكون آمنة من العدوان الخارجي."
        )
        self.assertEqual(len(extract(text, language="ar").claims), 1)
        # ... nor, however long the sentence, before the next figure of a toll (snn-aawsat-284e8d03b9)
        text = (
            "والهجوم على سيفاري هو الثالث من نوعه خلال أقل من أسبوع في مالي بعد هجومين أوقعا 13 قتيلا في"
            " صفوف العسكريين: اثنان قتلا في كمين قرب مدينة نامبالا في منطقة سيغو في وسط البلاد في الأول من"
            " أغسطس (آب)، و11 قتلوا في قاعدة للحرس الوطني في غورما راروس في منطقة تمكبتو في شمال غربي"
            " البلاد في الثالث من أغسطس."
        )
        self.assertEqual(len(extract(text, language="ar").claims), 1)

    def test_quoted_speech_after_that_is_cut_into_clauses_as_a_quotation_is(self) -> None:
        # snn-aawsat-ee3c340cf7: a quotation that a reported sentence's content opens on after "إن" / "بأن"
        # is the speaker's own words, cut at "، و" before a clause (AR-7, AR-22), not at a list item
        text = (
            "وبحسب صحيفة «آرمان»، إن «الأسماء المرشحة تظهر ثقل هذا التيار وقدرته على خوض الانتخابات،"
            " وستضم القائمة رئيس مجلس تشخيص مصلحة النظام، هاشمي رفسنجاني، والرئيس الإيراني حسن روحاني،"
            " وحسن خميني (حفيد المرشد الأعلى الأول)، وعددًا من المسؤولين الكبار في حكومة روحاني ممن سبق"
            " لهم العضوية في المجلس»."
        )
        result = extract(text, language="ar")
        self.assertEqual(len(result.claims), 2)
        second = claim_with(result, "وستضم القائمة")
        self.assertTrue(second.text.startswith("وستضم القائمة"))
        self.assertIn("وحسن خميني", second.text)
        self.assertEqual(speakers(second), ["صحيفة «آرمان»"])

    def test_while_he_was_and_especially_open_no_clause_of_their_own(self) -> None:
        # snn-alyaum-72982e1e20: "بينما كانت …" after no comma is the time of the event (while …);
        # "، ولا سيما …" (especially) qualifies the clause before: neither is a claim of its own
        text = (
            "وفي حادثة منفصلة نسبت أيضًا الى حزب العمال الكردستاني، قتل جندي تركي وجرح أربعة آخرون في"
            " ساعة مبكرة الأحد عندما انفجر لغم بينما كانت قافلة عسكرية تمر على طريق في مدينة مديات"
            " بمحافظة ماردين بجنوب شرق تركيا، بحسب الاناضول."
        )
        self.assertEqual(len(extract(text, language="ar").claims), 1)

    def test_a_clause_added_with_kama_after_no_comma_is_cut_not_an_as_aside(self) -> None:
        # snn-aleqtisadiya-115607326f: "… كما زادت الإيرادات …" after no comma adds a clause (AR-22) ...
        text = (
            "وقالت الشركة إن أعمالها شهدت أيضا أداء قويا في آسيا وحصلت على عقود جديدة في أستراليا وبروناي"
            " كما زادت الإيرادات في أمريكا الشمالية واللاتينية بنسبة 0.8 في المائة خلال الربع الثاني من العام."
        )
        second = claim_with(extract(text, language="ar"), "زادت الإيرادات")
        self.assertTrue(second.text.startswith("كما زادت"))
        # ... "كما يروج البعض، …" is an aside (as some claim), no claim of its own (snn-aljazirah-3896ff58d1)
        text = (
            "ولا يمكن أن نفترض أن السياسة السعودية تنحاز لطرف ضد آخر كما يروج البعض، أو أن فلسطين"
            " بقياداتها على اختلافاتها لا تعي أهمية العلاقات مع المملكة العربية السعودية ودورها الكبير."
        )
        self.assertEqual(len(extract(text, language="ar").claims), 1)

    def test_an_envoys_posting_and_a_titles_affairs_belong_to_the_speaker(self) -> None:
        # snn-aawsat-85ab5ad8d4 (tune), nc13-cnnarabic-187d6c50: "في" after an envoy's title names
        # where he is posted, after a title "في شؤون" the affairs he covers; both are the title's
        # (AR-11), then his name when one follows; the object after them is not.
        for text, speaker in [
            (
                "اتهم ممثل خامنئي في مدينة مشهد وزير الخارجية الفرنسي بالوقوف وراء تفجيرات.",
                "ممثل خامنئي في مدينة مشهد",
            ),
            (
                "ويقول السفير الأمريكي في سوريا، روبرت فورد، بأن السبب يعود لأن الجبهة على اتصال "
                "قريب مع تنظيم القاعدة.",
                "السفير الأمريكي في سوريا، روبرت فورد",
            ),
            (
                "كشف مساعد وزير الخارجية في الشؤون العربية والأفريقية حسين أمير عبد اللهيان عن "
                "جولة ثانية.",
                "مساعد وزير الخارجية في الشؤون العربية والأفريقية حسين أمير عبد اللهيان",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        # a بـ object before the في: not the title's ("واتهم مسلم الدولة التركية بالتدخل في …")
        claim = extract("واتهم مسلم الدولة التركية بالتدخل في الشؤون السورية.").claims[0]
        self.assertNotIn("الشؤون", " ".join(speakers(claim)))

    def test_nashr_with_troops_or_weapons_as_object_is_a_deployment(self) -> None:
        # snn-almadina-72a088357e, nc13-masrawy-9da52d00, ar_tune (G): نشر deploys fighter jets, missiles,
        # troops; a quoted model name («إف- 16», "باتريوت") is no quotation of speech
        for text, anchor in [
            (
                "وفي غضون ذلك نشرت الولايات المتحدة الأحد مقاتلات من طراز «إف- 16» في قاعدة "
                "إنغرليك بجنوب تركيا.",
                "مقاتلات",
            ),
            (
                'ودفع التوتر الحدودي بتركيا الى الطلب من حلف شمال الاطلسي نشر صواريخ "باتريوت"، '
                "والتي اصبحت عملانية قبل نحو اسبوعين.",
                "صواريخ",
            ),
        ]:
            with self.subTest(text=text):
                claim = claim_with(extract(text), anchor)
                self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))
        # publishing a video is still a report
        claim = extract("ونشرت قوات المعارضة شريطا مصورا يظهر سقوط الطائرة.").claims[0]
        self.assertEqual(speakers(claim), ["قوات المعارضة"])

    def test_what_a_recording_shows_is_no_speaker(self) -> None:
        # nc13-bbcarabicnews-7edd3790 (tune, G): نُشر with a tape and nobody named is passive (AR-6);
        # "يوضح" after the tape is the tape showing (CONVENTIONS 14), its object no speaker
        text = (
            "وقال ناشطون إن مقاتلي المعارضة سيطروا على المدينة.\n"
            "ونشر شريط مصور على شبكة الإنترنت يوضح تمثال الرئيس الراحل حافظ الأسد وقد أسقط "
            "عن قاعدته في المدينة."
        )
        claim = claim_with(extract(text), "تمثال الرئيس الراحل")
        self.assertEqual((claim.kind, speakers(claim)), ("passive", []))
        # a named publisher keeps the claim; "يؤكد فيه" is the publisher speaking in it
        claim = extract("ونشرت صفحة الثوار فيديو يوضح مقاتلين يرفعون العلم فوق المبنى.").claims[0]
        self.assertEqual(speakers(claim), ["صفحة الثوار"])
        text = "نشر تنظيم جبهة النصرة، شريط فيديو يؤكد فيه قيامه بخطف مقاتلين."
        claim = claim_with(extract(text), "قيامه بخطف")
        self.assertEqual(speakers(claim), ["تنظيم جبهة النصرة"])

    def test_talking_with_no_topic_and_no_words_is_no_claim(self) -> None:
        # nc13-bbcarabicnews-3c283ed5 (tune, G), snn-aawsat-31ecc52163, nc13-fjp-9de1059a: تحدث with
        # no عن/حول and no words given (or تَحدُث "happens") names no speaker
        for text in [
            "وتحدث الطيار إلى الصحيفة في مدينة حدودية بالاردن هرب إليها مع عائلته في سبتمبر.",
            "وفي هذين البلدين، تحدث فيضانات وانهيارات في التربة كل سنة مع موسم الأمطار.",
            "لكن الرئيس الإيراني حسن روحاني تحدث بلهجة أكثر توافقًا، أمس.",
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))
        # a topic, or words after a ف-verb later in the sentence, keep the speaker
        for text, speaker in [
            ("وتحدث الوزير الألماني عن مأساة الشعب السوري.", "الوزير الألماني"),
            (
                "من جانبه تحدث المواطن طارق القرني، أحد زوار الحديقة في احتفالات العيد، فأكد "
                "أن فعاليات العيد هذا العام كانت مفاجأة سارة.",
                "المواطن",
            ),
        ]:
            with self.subTest(text=text):
                claim = claim_with(extract(text), "الشعب السوري" if "مأساة" in text else "مفاجأة")
                self.assertIn(speaker, speakers(claim)[0])

    def test_without_after_a_cue_is_no_speaker(self) -> None:
        # nc13-bbcarabicnews-6815c6d0 (tune, G), nc13-elfagr-8ba5b6fa: "دون" after the verb is
        # "without", never the speaker
        claim = extract('أعلن عنها دون أن يتلقى "ردا إيجابيا" من دمشق.').claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))
        text = (
            "وقال زعيم المعارضة معاذ الخطيب إن الحوار ممكن.\n"
            "وقال ايضا دون الخوض في تفاصيل إن تشكيل حكومة انتقالية من بين الخيارات."
        )
        claim = claim_with(extract(text), "تشكيل حكومة انتقالية")
        self.assertEqual(speakers(claim), ["زعيم المعارضة معاذ الخطيب"])

    def test_their_words_is_a_pronoun_not_a_speaker(self) -> None:
        # snn-almadina-1b56c2c2cd (tune, G), snn-alyaum-12130a93a7, nc13-akhbarelyomgate-c0b714c8:
        # "على حد تعبيرهم", "بحسب وصفهم", "على حد تعبيره – مشيرا …" point back to a speaker
        for text in [
            "وقال الناشط أحمد إن القصف مستمر.\n"
            "واستغل التنظيم ركن الزكاة وتحويله مصدر تمويل لـ “بيت مال المسلمين ” على حد تعبيرهم.",
            "وقال الناشط أحمد إن القصف مستمر.\n"
            "وتتراجع القوات إلى مواقعها بالقرب من القاعدة الجوية، بحسب وصفهم.",
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[-1]
                self.assertEqual(speakers(claim), ["الناشط أحمد"])

    def test_a_second_that_inside_a_quotation_that_runs_to_the_end_is_cut(self) -> None:
        # nc13-cnnarabic-54014cd0: a quotation opened after the complement's subject ("أن إبراهيم "رفضت …")
        # and running to the end holds a second complement "، وأنها …": a claim of its own (AR-9)
        text = (
            'كما أضافت المتحدثة نولاند أن إبراهيم "رفضت الإدعاءات الموجهة إليها، خلال التحقيق الذي أجري'
            " خلال الأربع والعشرين ساعة الماضية، وأنها تشير إلى أن حسابها الشخصي على موقع تويتر تعرض"
            ' للقرصنة."'
        )
        result = extract(text, language="ar")
        second = claim_with(result, "حسابها الشخصي")
        self.assertTrue(second.text.startswith("وأنها تشير"))
        self.assertEqual(len(result.claims), 2)
        # ... but not the imperative "وانهَ عن" (and forbid) (nc13-officialyoum77-06022298)
        text = (
            'وقال الداعية بكار إن الظلم حرام. مضيفاً: "إن الإسلام يقول اتق الله حيثما كنت وانه عن الفحشاء'
            ' وانه عن المنكر والبغى والظلم، فإن الله سبحانه وتعالى حرم الظلم عن نفسه".'
        )
        self.assertEqual(len(extract(text, language="ar").claims), 2)

    def test_a_reason_in_a_long_quotation_is_a_claim_of_its_own(self) -> None:
        # snn-aawsat-7541c10868: "، لأن …" in a long quotation gives the speaker's reason, a claim of
        # its own (AR-22) ...
        text = (
            "وعن إيجابيات المنطقة الآمنة في الجنوب يرى العاصمي أن «فرض هذه المنطقة في الجنوب سيكون أسهل"
            " وأفضل من الشمال، لأن ميزان القوة في الجنوب يميل لصالح قوى المعارضة، وتسهل عودة اللاجئين إلى"
            " قراهم ومدنهم، وتكرس القوة العسكرية للجيش الحر والمعارضة على امتداد هذه المنطقة»."
        )
        result = extract(text, language="ar")
        second = claim_with(result, "ميزان القوة")
        self.assertTrue(second.text.startswith("لأن ميزان القوة"))
        self.assertNotIn("أسهل", second.text)
        # ... not when a clause mark already cut lies within ten words (nc13-El.Dostor.News-4abe21a0)
        text = (
            'قال الرئيس مرسي إن :"شهر الطوارىء الذى أعلنته فى مدن القناة القريبة من قلبى وعقلى "أكل ميتة"،'
            " لأنه كان رأى أهل القناة، وحظر التجوال ليس ضد الناس، لكنه ضد الخارجين عن القانون لمصلحة الناس،"
            " وقد فعلت ذلك متألما وهو على وشك الانتهاء، وفوضت المحافظين لتخفيفه بعد أسبوع من فرضة وكان ذلك"
            ' ضد من يخوفون شعب وأهل القناة".'
        )
        result = extract(text, language="ar")
        self.assertIn("لأنه كان رأى أهل القناة", claim_with(result, "أكل ميتة").text)

    def test_a_new_subject_inside_a_quotation_that_runs_to_the_end_is_cut(self) -> None:
        # nc13-masrawy-f9559aee: a quotation opened inside the content ("أن يكون هذا السبب "محاولة …")
        # and running to the end holds a new sentence "، وهذا …": a claim of its own (AR-9, AR-22)
        text = (
            'ورجح نشار ان يكون هذا السبب "محاولة اميركية روسية لفتح حوار بين النظام السوري والائتلاف،'
            " وهذا ستنتج عنه حكومة انتقالية، الامر الذي يتعارض مع فكرة تشكيل حكومة موقتة من قبل"
            ' الائتلاف".'
        )
        result = extract(text, language="ar")
        second = claim_with(result, "حكومة انتقالية")
        self.assertTrue(second.text.startswith("وهذا ستنتج"))
        self.assertEqual(speakers(second), ["نشار"])

    def test_in_addition_to_before_a_list_item_opens_no_claim(self) -> None:
        # snn-aawsat-12900f78b2: "، إضافة إلى / فضلا عن" before a noun adds the next item of a list
        # (AR-9), not a clause: the sentence stays one claim
        text = (
            "وقالت مصادر محلية إن ميليشيات الحوثي شرعت في تطبيق إجراءات أمنية معلنة وغير معلنة، أبرزها"
            " تكثيف النقاط الأمنية والحواجز ونشر القناصة والمتاريس، إضافة إلى تشديد المراقبة على"
            " المعارضين والمناوئين لتواجدهم واعتقال الكثير منهم."
        )
        self.assertEqual(len(extract(text, language="ar").claims), 1)

    def test_renewing_an_offer_after_a_subject_set_off_by_commas_is_reported(self) -> None:
        # nc13-almasryalyoum-b537ab37 (corpus): "جدد X، وزير الخارجية، التأكيد على أن …" renews a
        # statement when the renewed thing follows an appositive in commas; the subject ends before it
        claim = extract(
            "جدد محمد كامل عمرو، وزير الخارجية، التأكيد على أن أمن منطقة الخليج العربي من أمن مصر.",
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["محمد كامل عمرو"]))
        claim = extract(
            "جدد معاذ الخطيب، رئيس الائتلاف السوري المعارض، عرضه بالحوار مع النظام في بلاده.",
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["معاذ الخطيب"]))
        claim = extract(
            "وجددت الطائرات الحربية، صباح اليوم، غاراتها على أحياء المدينة.", language="ar"
        ).claims[0]
        self.assertEqual(claim.kind, "outlet")

    def test_a_hedge_right_after_the_complementiser_stays_in_the_speakers_words(self) -> None:
        # snn-alyaum-8026d191d7 (draw G): "وذكرت وكالة دوجان أنه يبدو أن …" is the agency's hedged claim
        claim = extract(
            "وذكرت وكالة دوجان الإخبارية أنه يبدو أن الرجل كان يتشاجر مع مجموعة من الأشخاص عندما "
            "أطلق النار.",
            language="ar",
        ).claims[0]
        self.assertEqual(
            (claim.kind, speakers(claim), claim.hedged),
            ("reported", ["وكالة دوجان الإخبارية"], True),
        )
        claim = extract("ويبدو أن الرجل كان يتشاجر مع مجموعة من الأشخاص.", language="ar").claims[0]
        self.assertEqual(claim.kind, "outlet")

    def test_a_long_occasion_between_the_verb_and_its_complementiser_keeps_the_pronoun_subject(
        self,
    ) -> None:
        # nc13-bbcarabicnews-3fb4824c (draw G): "وأضاف في مؤتمر صحفي في طهران مع وزير الخارجية الإيراني
        # علي أكبر صالحي إنه …" goes on with the speaker before, the occasion being longer than usual
        text = (
            "وقال المعلم إن الحكومة ستدعم الحوار. وأضاف في مؤتمر صحفي في طهران مع وزير الخارجية "
            "الإيراني علي أكبر صالحي إنه لا يفهم كيف تدعم الولايات المتحدة جماعات تقتل الشعب السوري."
        )
        claim = claim_with(extract(text, language="ar"), "لا يفهم كيف تدعم")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["المعلم"]))

    def test_renewing_a_quoted_appreciation_or_position_is_reported(self) -> None:
        # nc13-masrawy-c030bf1f (corpus): "وكرر الوزير الايراني السبت "الموقف الرسمي …"": the renewed
        # thing may open a quotation; renewed appreciation (تقديرها) is a statement too
        claim = extract(
            'وكرر الوزير الايراني السبت "الموقف الرسمي لايران وهو ان الاسد سيبقى الرئيس الشرعي".',
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الوزير الايراني"]))
        claim = extract(
            "كما جددت رئاسة الجمهورية تقديرها للقوات المسلحة المصرية وكافة ضباطها.", language="ar"
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["رئاسة الجمهورية"]))

    def test_addressing_an_appeal_or_criticism_is_a_speech_act(self) -> None:
        # snn-aawsat-49412f0685 (draw G): "ووجه زعيم حزب الشعوب الديمقراطي … نداء جديدا …" is the leader's
        # call; also criticism and charges ("وجهت موسكو الاحد انتقادات لاذعة …", nc13-elfagr-09abd983);
        # not "في وجه", a passive ("ووجهت إليه اتهامات", "ووجه سؤال مطابق …") nor a distress call
        claim = extract(
            "ووجه زعيم حزب الشعوب الديمقراطي المقرب من الأكراد نداء جديدا السبت إلى حزب العمال "
            "الكردستاني وإلى الحكومة التركية دعاهما فيه إلى وقف أعمال العنف.",
            language="ar",
        ).claims[0]
        self.assertEqual(claim.kind, "reported")
        self.assertTrue(speakers(claim)[0].startswith("زعيم حزب الشعوب الديمقراطي"))
        claim = extract(
            "وجهت موسكو الاحد انتقادات لاذعة الى حليفها الرئيس السوري بشار الاسد.", language="ar"
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["موسكو"]))
        for text in (
            "ووقف الشعب في وجه النظام السوري وقدم رسالة واضحة.",
            "ووجهت إليه اتهامات بالإرهاب.",
            "ووجه سؤال مطابق للبريطانيين الذين استطلعت آراؤهم.",
            "وكان المركب وجه نداء استغاثة إلى خفر السواحل في صقلية.",
        ):
            self.assertEqual(extract(text, language="ar").claims[0].kind, "outlet", text)

    def test_counting_a_figure_is_reporting_it(self) -> None:
        # nc13-bbcarabicnews-6fae932a (draw G): "وقبل سنة احصت الامم المتحدة 33 الف لاجىء …" is the UN's
        # figure (as رصد/وثق, documented)
        claim = extract(
            "وقبل سنة احصت الامم المتحدة 33 الف لاجىء سوري غادروا بلادهم هربا من النزاع.",
            language="ar",
        ).claims[0]
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الامم المتحدة"]))

    def test_ayatollah_before_a_clerics_name_stays_in_the_speaker(self) -> None:
        # snn-aawsat-85ab5ad8d4 (tune), snn-aawsat-ace3655dbd: "آية الله" is the cleric's honorific;
        # his name after it is part of the speaker, not the verb's object (AR-11).
        for text, speaker in [
            (
                "طالب المرجع الإيراني آية الله مكارم شيرازي في لقاء عدد من المسؤولين الإيرانيين، "
                "بضرورة التصدي للغزو الثقافي.",
                "المرجع الإيراني آية الله مكارم شيرازي",
            ),
            (
                "من جهته، عبر آية الله حسن أقاميري عن الفكرة ذاتها، لكن على نحو مختلف.",
                "آية الله حسن أقاميري",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])

    def test_bi_ray_names_a_source_like_bi_hasab(self) -> None:
        # snn-aawsat-901a895ca3: "…، برأي محللين." (in analysts' opinion) is a source, as "بحسب محللين"
        text = "غير أنه قد يشكل ضغطا على عائدات الطاقة التي تحتاج إليها روسيا، برأي محللين."
        self.assertEqual(speakers(extract(text).claims[0]), ["محللين"])
        # nc13-Alahram.Newspaper-1d4ebf17: "أخذوا برأي فلان" (took his advice) names no source, nor
        # does a vague "برأي الكثيرين"
        for text in [
            "ببساطة هم أخذوا برأي كمال الشاذلي الجديد.",
            "وبرأي الكثيرين فإن الحرب لن تنتهي قريبا.",
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [])

    def test_a_b_initial_foreign_surname_before_a_title_is_part_of_the_name(self) -> None:
        # ar_tune, draw G: a given name, a ب-initial foreign surname, then her definite title; the
        # surname is no بـ object of the verb.
        text = "نفت دانيالا باريسيتش الناطقة باسم الخارجية الكرواتية المعلومات التي نشرتها الصحيفة."
        self.assertTrue(speakers(extract(text).claims[0])[0].startswith("دانيالا باريسيتش"))
        # a verbal noun object after a given name stays out ("ورحب أحمد بانتخاب الرئيس الجديد")
        claim = extract("ورحب أحمد بانتخاب الرئيس الجديد.").claims[0]
        self.assertEqual(speakers(claim), ["أحمد"])

    def test_a_denial_names_the_claimant_its_object_names(self) -> None:
        # snn-alwatan-36db5453a6 (tune), nc13-shorouknews-83e8521e (tune), corpus: "فند … مزاعم حزب
        # الله", "نفت … المعلومات التي نشرتها الصحيفة", "نفت حماس ما أوردته وكالة أنباء إيرانية" give
        # both sides (convention AR-3); "تلك الاتهامات جملة وتفصيلا" names nobody
        for sentence, claimant in [
            (
                "فند رئيس بلدية عرسال، علي الحجيري، مزاعم حزب الله عن تحقيق انتصارات في القلمون.",
                "حزب الله",
            ),
            (
                "نفت حركة المقاومة الإسلامية حماس ما أوردته وكالة أنباء إيرانية بشأن اتفاق الحركة "
                "مع المملكة.",
                "وكالة أنباء إيرانية",
            ),
            (
                "شككت صحيفة الاندبندنت البريطانية في صحة التقارير الايرانية بشأن إحراز خطوة كبرى.",
                "التقارير الايرانية",
            ),
        ]:
            (claim,) = extract(sentence, language="ar").claims
            self.assertEqual(claim.kind, "reported")
            self.assertEqual(len(claim.attributions), 2)
            self.assertEqual(claim.attributions[1].speaker, claimant)
        (claim,) = extract(
            "نفى اللواء أشرف عبدالله تلك الاتهامات جملة وتفصيلا.", language="ar"
        ).claims
        self.assertEqual(len(claim.attributions), 1)

    def test_a_plural_pronoun_verb_takes_the_plural_subject_before_it(self) -> None:
        # snn-aawsat-8129a136f8: a plural verb never carries the singular speaker before it; its
        # subject is the plural noun phrase just before it (number agreement).
        text = (
            "وقال فؤاد إن المدرسة تعطي راتبا شهريا للمدرسين. "
            "في الوقت ذاته، تتفاقم مشاعر السخط بين المواطنين الأتراك الذين يعتقدون أن "
            "اللاجئين السوريين تسببوا في ارتفاع أسعار الإيجارات."
        )
        claim = claim_with(extract(text), "يعتقدون")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["المواطنين الأتراك"]))
        # a singular verb after it still carries the singular speaker
        result = extract(text + " وقال إن ليبيا ستبدأ هذا العام في تأهيل الأطفال.")
        self.assertEqual(speakers(claim_with(result, "ليبيا")), ["فؤاد"])

    def test_a_titled_subject_opening_the_sentence_speaks_however_long_his_titles(self) -> None:
        # nc13-bbcarabicnews-7c2ac5f7 (tune): SVO after "لكن" with a long title; the verb is his,
        # not a carry of the minister named before.
        text = (
            "وكانت وكالة الأنباء السورية نقلت عن وزير الإعلام عمران الزعبي قوله إن الهجوم تصعيد خطير. "
            "لكن العقيد مالك الكردي القيادي بالجيش السوري الحر المعارض نفى الاتهامات المواجهة "
            "للمعارضة المسلحة، قائلا إن الحكومة هي من قامت بالهجوم."
        )
        claim = claim_with(extract(text), "نفى الاتهامات")
        self.assertEqual(
            (claim.kind, speakers(claim)),
            ("reported", ["العقيد مالك الكردي القيادي بالجيش السوري الحر المعارض"]),
        )

    def test_walafata_is_a_masculine_verb_whose_root_ends_in_ta(self) -> None:
        # snn-aawsat-997dcf1f53: "ولفت إلى" is he (لَفَتَ), not a feminine "لفتت"; the pronoun is the
        # minister speaking before it, not the ministry named earlier.
        text = (
            "وأكدت وزارة الخارجية السعودية أن اللقاء كان مثمرا. وأشار وزير الخارجية المصري سامح "
            "شكري إلى أن اللقاءات تناولت العلاقات الثنائية. ولفت إلى أن المباحثات تناولت التحديات "
            "التي تواجه الأمن العربي."
        )
        claim = claim_with(extract(text), "ولفت")
        self.assertEqual(speakers(claim), ["وزير الخارجية المصري سامح شكري"])

    def test_a_verb_with_fihi_speaks_for_the_author_of_its_document(self) -> None:
        # snn-sabq-b0d94b143b, snn-aawsat-9ddad49f8d, snn-aawsat-29a6232aa0, snn-aawsat-1de8d89be5,
        # snn-alweeam-d5732114cd, nc13-masrawy-48f563a1: "فيه/فيها" points back to the nearest document
        # noun; its author is the genitive, the ل-phrase or the issuing verb's subject after it, or the
        # subject of the verb (or verbal noun) that issued it before it.
        for text, words, speaker in [
            (
                "اعتبر وزير الخارجية الأمريكي، جون كيري، أن تصريحات المرشد الأعلى، آية الله علي "
                "خامنئي، التي أكد فيها أن إيران ستبقى في حالة حرب مع أمريكا، مقلقة.",
                "ستبقى في حالة حرب",
                "المرشد الأعلى، آية الله علي خامنئي",
            ),
            (
                "وأشارت إلى تصريحات للسيدة الأولى السابقة باربرا بوش، قالت فيها إن عائلتين فقط هي "
                "الأجدر بالترشح.",
                "الأجدر بالترشح",
                "سيدة الأولى السابقة باربرا بوش",
            ),
            (
                "واستشهد ماكين بتصريحات أدلى بها، يوم الاثنين، محمد علي جعفري، رئيس الحرس الثوري "
                "الإيراني، قال فيها إن إيران لن تسمح للمفتشين بزيارة المواقع العسكرية.",
                "لن تسمح للمفتشين",
                "محمد علي جعفري، رئيس الحرس الثوري الإيراني",
            ),
            (
                "من جهتها، أصدرت «غرفة عمليات حلب» التي تضم مجموعة من الفصائل، بدورها أمس، بيانا "
                "أعلنت فيه استهداف ثكنات القوات النظامية.",
                "استهداف ثكنات",
                "غرفة عمليات حلب",
            ),
            (
                "وتزامن ظهور الدجاج الانتحاري مع إلقاء قوات التحالف لمنشورات على معقل التنظيم "
                "تتعهد فيها بتحقيق الحرية لجميع المدنيين.",
                "بتحقيق الحرية",
                "قوات التحالف",
            ),
            (
                "كما تقدم المحامي خالد المصري ببلاغ للنائب العام يتهم فيه رابطة البلاك بلوك بتكوين "
                "تشكيل عصابي مسلح.",
                "تشكيل عصابي",
                "المحامي خالد المصري",
            ),
            # snn-aawsat-29793fd4ec: a time the relative hangs on, its own subject after the verb
            (
                "هذا في الوقت الذي أعلن فيه رئيس الحكومة التركية أحمد داود أوغلو، أن العناصر الأولى "
                "للتحقيق تفيد بأن تنظيم داعش وراء الهجوم.",
                "العناصر الأولى",
                "رئيس الحكومة التركية أحمد داود أوغلو",
            ),
        ]:
            with self.subTest(text=text):
                claim = claim_with(extract(text), words)
                self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))
        # snn-okaz-acf6d695d5: a document inside another speaker's sentence leaves "وأضاف" to him
        result = extract(
            "وقال الوزير الأمريكي إن الخطاب الذي ألقاه علي خامنئي يوم السبت وتوعد خلاله بتحدي "
            "السياسات الأمريكية «مزعج للغاية». وأضاف «لا أعرف كيف أفسر ذلك»."
        )
        self.assertEqual(speakers(claim_with(result, "بتحدي السياسات")), ["علي خامنئي"])
        self.assertEqual(speakers(claim_with(result, "كيف أفسر")), ["الوزير الأمريكي"])

    def test_fihi_of_the_wrong_gender_still_points_to_the_document_right_before(self) -> None:
        # nc13-bbcarabicnews-a98b3ed5: "مقالاً … انتقد فيها": no document of the pronoun's gender, the
        # nearest one a few words back is its antecedent all the same
        text = (
            'كتب وزير الخزانة السابق اليستر دارلينغ مقالاً بعنوان "الميزانية التي تخوفت منها"، '
            "انتقد فيها الميزانية التي قدمها وزير الخزانة البريطاني جورج أوزبورن."
        )
        claim = claim_with(extract(text), "قدمها وزير الخزانة البريطاني")
        self.assertEqual(speakers(claim), ["وزير الخزانة السابق اليستر دارلينغ"])

    def test_a_speaker_span_ends_before_a_relative_or_temporal_clause(self) -> None:
        # corpus (snn-aawsat-37cca08ce2, nc13-elfagr-24e9ae29, snn-alwatan-38c64817f3): the speaker
        # ends at a relative pronoun, a temporal subordinator or "لأول مرة" after the name
        for text, speaker, kind in [
            (
                "وأكدت كلينتون عندما سألها صحافيون خلال جولتها: «أنا واثقة من أنني لم أرسل شيئا».",
                "كلينتون",
                "quote",
            ),
            (
                "وقالت مسودة الوثيقة التي اطلعت عليها رويترز انه يجب ألا يكون الأسد طرفا في أي تسوية.",
                "مسودة الوثيقة",
                "reported",
            ),
            (
                "وقال منذر الماخوس عضو الائتلاف الذي اجبر على ترك سوريا ان الأمر سيبحث الخميس.",
                "منذر الماخوس عضو الائتلاف",
                "reported",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual((speakers(claim), claim.kind), ([speaker], kind))
        # a relative after "إحدى" is the noun itself ("إحدى اللواتي شاركت في المظاهرة")
        claim = extract("إذ تقول إحدى اللواتي شاركت في المظاهرة، إن انخراطها ساعدها.").claims[0]
        self.assertNotEqual(speakers(claim), ["إحدى"])

    def test_a_speaker_span_ends_before_a_circumstantial_wa_huwa_clause(self) -> None:
        # corpus (snn-alyaum-4565f53e01, nc13-masrawy-70037360): "وهو" + a present verb is what the
        # speaker was doing while speaking, not an apposition ("وهو ناشط" stays)
        for text, speaker in [
            (
                'قال ضابط كبير وهو يتفقد جنوده لوكالة فرانس برس "لم يعد لداعش أي تواجد هنا".',
                "ضابط كبير",
            ),
            (
                'وقال كيري وهو يصافح لافروف امام المصورين "انا سعيد نحن نعرف الواحد منا الاخر".',
                "كيري",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual((speakers(claim), claim.kind), ([speaker], "quote"))

    def test_a_speaker_span_ends_before_an_indefinite_accusative(self) -> None:
        # corpus (snn-alriyadh-5792016bdb "وأردف الصبي قائلا لا اعتقد …", snn-aawsat-bc3d68437b "يقول
        # إيفانز شارحا إنه …"): a manner participle or adverb in the accusative after the name is not
        # part of it
        for text, speaker in [
            (
                "وأردف الصبي قائلا لا اعتقد أنه من الدقة وصف ما يحصل بتجاوز تلك المدارس للخوف.",
                "الصبي",
            ),
            ("وقال عراقجي مجددا إن المفاوضات ستستمر حتى التوصل إلى اتفاق.", "عراقجي"),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        # a name whose last word has the shape stays whole ("ستيفان دي ميستورا", "حزب مصرنا")
        claim = extract("وقال رامي لكح رئيس حزب مصرنا إن الانتخابات ستجرى في موعدها.").claims[0]
        self.assertEqual(speakers(claim), ["رامي لكح رئيس حزب مصرنا"])

    def test_a_speaker_span_ends_before_the_medium_spoken_to(self) -> None:
        # corpus (snn-alyaum-1cc0262a49 "وصرح داود اوغلو للصحافة ان …", nc13-masrawy-ed4940e8): the
        # medium spoken to (لفرانس برس، للصحافة، للتلفزيون) is not part of the speaker
        for text, speaker in [
            (
                'وصرح داود اوغلو للصحافة ان "العمليات التي بدأت اليوم ليست آنية بل ستتواصل".',
                "داود اوغلو",
            ),
            (
                "وقال مدير المرصد رامي عبد الرحمن لفرانس برس إن الاشتباكات مستمرة.",
                "مدير المرصد رامي عبد الرحمن",
            ),
        ]:
            with self.subTest(text=text):
                self.assertEqual(speakers(extract(text).claims[0]), [speaker])
        # a body named for the press keeps it (snn-aawsat-3e2c187fe0)
        claim = extract(
            "فبحسب المجلس الهندي للصحافة، تم قتل 79 في المائة من الصحافيين على مدى الـ25 عاما الماضية."
        ).claims[0]
        self.assertEqual(speakers(claim), ["المجلس الهندي للصحافة"])

    def test_a_speaker_span_ends_before_for_its_part_or_a_participle_after_a_comma(self) -> None:
        # corpus (snn-almadina-3013570984 "سامح شكري من جهته", nc13-cnnarabic-e8ddf0f3 "الفيصل،
        # معلقا"): "for his part" and a participle clause after the name are not part of it
        for text, speaker, kind in [
            (
                "وأبان معالي وزير الخارجية المصري سامح شكري من جهته أن لقاءه بسمو ولي العهد كان مثمرا.",
                "معالي وزير الخارجية المصري سامح شكري",
                "reported",
            ),
            (
                'قال الفيصل، معلقا على المباحثات الدولية مع إيران: "لا بد أن يكون لأي مفاوضات نهاية".',
                "الفيصل",
                "quote",
            ),
        ]:
            with self.subTest(text=text):
                claim = extract(text).claims[0]
                self.assertEqual((speakers(claim), claim.kind), ([speaker], kind))

    def test_a_verb_inside_the_reported_content_opens_no_claim_of_its_own(self) -> None:
        # nc13-El.Dostor.News-1a8d6260, nc13-masrawy-d924e8c3: a verb after "دون أن" or an imperfect
        # right after a noun (no mark, no و) belongs to the speaker's words: one claim, the speaker's.
        for text, speaker in [
            (
                "أقرت المعارضة السورية أنها تلقت اسلحة متطورة وأموالا وصلت إلى سورية عبر تركيا، "
                "دون أن تشير إلى المورد الأصلي لهذه الأسلحة والأموال.",
                "المعارضة السورية",
            ),
            (
                'كشفت صحيفة "الشرق الاوسط" السعودية الخميس عن خطة سلام للوضع في سوريا تنص على '
                '"طاولة حوار" تكون بمثابة مجلس شيوخ.',
                'صحيفة "الشرق الاوسط" السعودية',
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual(len(claims), 1)
                self.assertEqual((claims[0].kind, speakers(claims[0])), ("reported", [speaker]))

    def test_a_frame_cut_at_a_comma_joins_the_words_it_introduces(self) -> None:
        # nc13-cnnarabic-d0e2fed4, nc13-El.Dostor.News-603a9798: the verb, the speaker and where or
        # when, then a comma and the words: one claim, the speaker's (not the subject of the words).
        for text, speaker in [
            (
                "وأكدت الخارجية السورية في رسالتيها، بحسب ما نقلت وكالة الأنباء الرسمية "
                '"سانا" الجمعة، أن دمشق تعتبر هذا الإجراء "انتهاكاً صارخاً" لقرارات مجلس الأمن.',
                "الخارجية السورية",
            ),
            (
                "البرادعى أوضح خلال حواره، على شاشة قناة «الحياة»، أن الشعب الآن يتساءل: «هل "
                "نحن الآن أفضل أم أيام مبارك كانت أفضل»",
                "البرادعى",
            ),
        ]:
            with self.subTest(text=text):
                claims = extract(text).claims
                self.assertEqual(len(claims), 1)
                self.assertEqual((claims[0].kind, speakers(claims[0])), ("reported", [speaker]))

    def test_a_short_last_piece_of_a_quotation_after_a_pause_stays_with_it(self) -> None:
        # nc13-masrawy-647f723e: after "..", a last piece of five or six words that goes on with و/ف or
        # a preposition is the same quoted sentence, not a tail of its own.
        text = (
            'وقال ادريس "نحن، في التشكيل العسكري الثوري ندعم تشكيل حكومة تحظى باجماع الائتلاف '
            'الوطني وقوى المعارضة السياسية السورية... وسنعمل تحت مظلة هذه الحكومة".'
        )
        claims = extract(text).claims
        self.assertEqual(len(claims), 1)
        self.assertEqual((claims[0].kind, speakers(claims[0])), ("quote", ["ادريس"]))

    def test_a_masculine_pronoun_verb_after_a_paper_carries_the_titled_man_it_reported(
        self,
    ) -> None:
        # nc13-fjp-93d19875: "وقال" cannot be the paper (feminine); it is the titled man the paper's
        # sentence made speak, relayed by the paper (AR-1, AR-17).
        text = (
            "وذكرت صحيفة «الأهرام» أن عضو مجلس الشورى صبحي صالح أكد انتهاء وزارة العدل من مشروع "
            "قانون البلطجة. وقال إن مشروع قانون البلطجة سيحد من الجرائم التي تشهدها مصر."
        )
        claim = claim_with(extract(text), "سيحد")
        self.assertEqual(
            (claim.kind, speakers(claim)),
            ("reported", ["عضو مجلس الشورى صبحي صالح", "صحيفة «الأهرام»"]),
        )

    def test_a_hedge_or_time_frame_inside_the_speakers_words_leaves_them_his(self) -> None:
        # nc13-elfagr-0f0df725, nc13-ElWatanNews-5f6c0036: "على ما يبدو" or "في الوقت الذي" with too
        # few words before it to open a claim of its own is part of what the speaker says.
        claim = claim_with(
            extract(
                "وقال ميدفيديف إن الأسد ليس مستعدا على ما يبدو للتوصل إلى حل للأزمة من خلال التفاوض."
            ),
            "ليس مستعدا",
        )
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["ميدفيديف"]))
        text = (
            "وقال اللواء هاني عبداللطيف إن الشرطة تعمل. "
            "وقال إن الحدود مشتعلة في الوقت الذي زادت فيه جرأة المجرمين."
        )
        claim = claim_with(extract(text), "الحدود مشتعلة")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["اللواء هاني عبداللطيف"]))

    def test_a_tied_verb_then_a_frame_then_an_that_goes_on_with_the_speaker_before(self) -> None:
        # snn-3alyoum-ef9666090d, snn-aawsat-7c63c1d8d3: "وأوضح خلال إجابته … أن", "وحذر من خطورة …":
        # a pronoun subject right after the speaker's sentence, the frame or what he warns of no speaker.
        text = (
            "وقال الجبير في مؤتمر صحافي مشترك إنه تم بحث الأوضاع في اليمن. وأوضح خلال إجابته على "
            "أحد أسئلة الصحافيين أن الرياض على علم بالاجتماعات في القاهرة حول اليمن."
        )
        claim = claim_with(extract(text), "على علم بالاجتماعات")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الجبير"]))
        text = (
            "وقال مستشار الجيش صلاح الدين عبد الكريم إن موجات المهاجرين أصبحت تجارة كبيرة. "
            "وحذر من خطورة وجود مجرمين ومتطرفين وسط المهاجرين غير الشرعيين."
        )
        claim = claim_with(extract(text), "خطورة وجود")
        self.assertEqual(
            (claim.kind, speakers(claim)), ("reported", ["مستشار الجيش صلاح الدين عبد الكريم"])
        )

    def test_raa_with_an_apposition_between_commas_before_its_an_is_the_verb(self) -> None:
        # snn-aawsat-f56b8dd2db: "ورأى الدكتور فايز، صاحب الخبرة الأمنية في المجال الإعلامي، أن …": the subject,
        # an apposition between commas, then أن; the speaker is the man named in full before.
        text = (
            "وقال الدكتور فايز الشهري، عضو مجلس الشورى السعودي، إن التطرف ظاهرة معقدة. "
            "ورأى الدكتور فايز، صاحب الخبرة الأمنية في المجال الإعلامي، أن الاتفاق على المشتركات "
            "هو الحل."
        )
        claim = claim_with(extract(text), "الاتفاق على المشتركات")
        self.assertEqual(claim.kind, "reported")
        self.assertIn("فايز الشهري", speakers(claim)[0])

    def test_nominal_speech_act_takes_the_preposition_of_its_verb(self) -> None:
        # nc13-bbcarabicnews-4d78e50c, snn-alyaum-e52c2ffbcb: "من اعلان الاعلام السوري الرسمي عن …",
        # "رغم إعلان القوات العراقية عن …، إلا أن …": the agent announced what follows عن (AR-15);
        # the main clause after "إلا أن" stays the outlet's.
        text = (
            "يأتي هذا التطور بعد يوم واحد من اعلان الاعلام السوري الرسمي عن سقوط قذيفتي هاون "
            "قرب قصر تشرين الرئاسي. وذلك رغم إعلان القوات العراقية عن استعادة السيطرة عليها "
            "بالكامل، إلا أن التنظيم لا يزال يشن هجمات في المحافظة."
        )
        result = extract(text)
        claim = claim_with(result, "سقوط قذيفتي هاون")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الاعلام السوري الرسمي"]))
        claim = claim_with(result, "استعادة السيطرة")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["القوات العراقية"]))
        claim = claim_with(result, "يشن هجمات")
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))

    def test_nominal_speech_act_across_a_time_word_or_with_a_possessed_verbal_noun(self) -> None:
        # nc13-elfagr-09abd983, nc13-bbcarabicnews-c91cb79a: "بعد اعلان وزارة الداخلية الخميس انها
        # …", "مع اعلان الجيش السوري الحر رفضه الاعتراف به": the agent's announcement (AR-15).
        text = (
            "ويأتي القرار القضائي بعد اعلان وزارة الداخلية الخميس انها ستسمح للمعارضة بالدخول. "
            "واتت زيارة هيتو متزامنة مع اعلان الجيش السوري الحر رفضه الاعتراف به."
        )
        result = extract(text)
        claim = claim_with(result, "ستسمح للمعارضة")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["وزارة الداخلية"]))
        claim = claim_with(result, "رفضه الاعتراف")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["الجيش السوري الحر"]))

    def test_nominal_speech_act_opening_the_sentence_ends_at_its_comma(self) -> None:
        # snn-aawsat-83c107e1d2: "وفور إعلان القوات الأمنية العراقية سيطرتها على …، شرعت القطعات
        # …": the announcement is the forces' (AR-15); the main clause after the frame is the outlet's.
        text = (
            "وفور إعلان القوات الأمنية العراقية سيطرتها على مبنى جامعة الأنبار، شرعت القطعات "
            "العسكرية بشن سلسلة من الهجمات."
        )
        result = extract(text)
        claim = claim_with(result, "جامعة الأنبار")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["القوات الأمنية العراقية"]))
        claim = claim_with(result, "سلسلة من الهجمات")
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))

    def test_charges_denied_after_a_pronoun_verb_are_no_speaker(self) -> None:
        # nc13 corpus (Zayat; a defendant's lawyers): "نفى الاتهامات المنسوبة إليه", "ونفى جميع التهم
        # الأخرى" — the charges are the object; the pronoun subject is the earlier speaker
        result = extract("وقال المحامي أحمد الزيات إن موكله بريء. ونفى جميع التهم الأخرى.")
        claim = claim_with(result, "جميع التهم")
        self.assertEqual(speakers(claim), ["المحامي أحمد الزيات"])

    def test_a_verbal_noun_taken_for_a_speaker_is_never_a_pronoun_verbs_subject(self) -> None:
        # snn-aawsat-85ab5ad8d4, snn-alwatan-87043e2ea0: "أكد … استمرار إيران في دعم حلفائها" and a
        # subheading "مطالب الشعب السوري" got in as speakers; the later "أضاف"/"وأعرب" is the man
        # named before them, never the verbal or abstract noun
        text = (
            "وأكد عبد اللهيان في اتصال هاتفي مع القناة الإيرانية الثانية مساء أول من أمس، استمرار "
            "إيران في دعم حلفائها في المنطقة بصورة قاطعة بعد الاتفاق النووي وقال: «إن الوصول إلى "
            "الاتفاق النووي أظهر فاعلية المفاوضات الدبلوماسية».\n"
            "وعن تقارير صحافية حول مشروع إيران الجديد لحل الأزمة السورية أضاف أن «إيران منذ البداية "
            "تعتقد أن الحل الوحيد في الدول المتأزمة هو حل سياسي»."
        )
        claim = claim_with(extract(text), "الحل الوحيد")
        self.assertEqual(speakers(claim), ["عبد اللهيان"])
        text = (
            "وأكد شتاينماير تفهمه قلق الرياض ودول الخليج من الاتفاق النووي.\n"
            "مطالب الشعب السوري\n"
            "وتحدث الوزير الألماني عن مأساة الشعب السوري، وأعرب عن أمله في المرونة التي تبديها "
            "موسكو تجاه مطالب المجتمع الدولي."
        )
        claim = claim_with(extract(text), "المرونة")
        self.assertEqual(speakers(claim), ["شتاينماير"])

    def test_a_singular_pronoun_verb_passes_over_a_plural_subject(self) -> None:
        # snn-aawsat-ec696d0665: "معتقلي غوانتانامو السابقين" (two men, a construct plural) got in
        # as a subject; "وتابع" is one man, the prosecutor's spokesman named before them
        text = (
            "وأوضح تورو أن الرجال الخمسة اتهموا من قبل قاضي تحقيق في بروكسل «بالسرقة في إطار "
            "مجموعة». وأضاف أن معتقلي غوانتانامو السابقين اتهما «بالمشاركة في نشاطات مجموعة "
            "إرهابية». وتابع أن التحقيق «سيحدد دور كل منهما»."
        )
        claim = claim_with(extract(text), "سيحدد دور")
        self.assertEqual(speakers(claim), ["تورو"])
        # snn-alweeam-edcdbeee14: "some" alone takes a singular verb, and stays its subject
        text = (
            "وقال مهاب مميش رئيس هيئة قناة السويس إن المشروع اكتمل. لكن البعض يشكك في جدوى "
            "المشروع ويرى أن لا طائل منه للبلاد ولو في المستقبل القريب على الأقل."
        )
        claim = claim_with(extract(text), "لا طائل")
        self.assertEqual(speakers(claim), ["البعض"])

    def test_a_statement_of_hers_is_the_body_she_is_not_the_sources_before(self) -> None:
        # snn-aawsat-6db62c3d62: "وجاء في بيان لها" takes its gender from "لها", not from "جاء", and
        # anonymous sources issue no statement: the statement is the organisation's
        text = (
            "أعلنت منظمة أنصار إسرائيل اليهودية في الولايات المتحدة (إيباك)، حربا على إدارة الرئيس "
            "الأميركي. وحسب مصادر سياسية في تل أبيب، فإن المنظمة اليهودية ستستغل المعركة "
            "الانتخابية. وجاء في بيان لها: «كنا سنؤيد الاتفاق لو كنا على يقين بأن الخيارات لدينا "
            "هي بين اتفاق يمنع الحرب أو عدم اتفاق»."
        )
        claim = claim_with(extract(text), "كنا سنؤيد")
        self.assertEqual(speakers(claim), ["منظمة أنصار إسرائيل اليهودية"])
