"""Arabic attribution in structured genres: press reviews, whole texts, tweets, reports of reports."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import extract
from tests.extraction.helpers import claim_with, speakers


class ArabicPressReviewTests(SimpleTestCase):
    def test_a_headline_under_a_papers_name_line_is_the_papers_quote(self) -> None:
        # nc13-cnnarabic-6654e60f (CNN "صحف"): a line that is only a paper's name heads its section.
        result = extract(
            "تناولت الصحف العربية الصادرة الأربعاء عدة قضايا.\n"
            "القدس العربي\n"
            'تحت عنوان "الأردن يتفاوض مع شركة أمريكية لاستيراد الغاز من إسرائيل،"\n'
            "الحياة\n"
            'وتحت عنوان "ابن الرئيس المصري يتخلى عن عمله بأجر 130 دولار بضغط من الشارع،"',
            language="ar",
        )
        claim = claim_with(result, "الأردن يتفاوض")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["القدس العربي"]))
        claim = claim_with(result, "ابن الرئيس المصري")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الحياة"]))

    def test_a_headline_after_tahta_unwan_is_the_papers_quote_not_reported_by_the_mark(
        self,
    ) -> None:
        # nc13-cnnarabic-17484386 (CNN "صحف"): the general speaker rule took the paper with
        # "تحت عنوان" for the subject of a reported claim; the headline is the paper's quote.
        result = extract(
            'وفي السياق ذاته كتبت صحيفة "السياسة" الكويتية تحت عنوان:\n'
            "تقديم بلاغ ضد مرسي\n"
            'وبدورها اهتمت صحيفة "الدستور" المصرية بالوضع في الداخل.',
            language="ar",
        )
        claim = claim_with(result, "تقديم بلاغ ضد مرسي")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ['صحيفة "السياسة" الكويتية']))

    def test_reported_speech_around_a_headline_stays_reported(self) -> None:
        # nc13-akhbarelyomgate-80bd3406: "تحت عنوان "…" على أن …" is indirect speech (AR-7).
        result = extract(
            'وشددت صحيفة "الوطن" القطرية تحت عنوان "منعطف مهم" على أن القمة العربية في دورتها '
            "العادية تمثل منعطفا مهما.\n"
            'وقالت صحيفة "الراية" إن القمة تنعقد في ظروف صعبة.',
            language="ar",
        )
        claim = claim_with(result, "منعطفا مهما")
        self.assertEqual(claim.kind, "reported")

    def test_a_headline_after_bi_unwan_is_the_named_papers_quote(self) -> None:
        # nc13-bbcarabicnews-85df698e (BBC "عرض الصحف"): the paper named in the sentence.
        result = extract(
            "وإلى صحيفة التايمز التي نشرت موضوعا عن ثروة الرئيس التونسي السابق تحت عنوان "
            '" اتهامات بالتستر على ثروة الدكتاتور".\n'
            'واخترنا من صحيفة الديلي تلغراف مقالا تحت عنوان " هيلاري كلينتون تنضم إلى القائمة '
            'البارزة لمحاضري حفلات العشاء".',
            language="ar",
        )
        claim = claim_with(result, "اتهامات بالتستر")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["صحيفة التايمز"]))
        claim = claim_with(result, "هيلاري كلينتون")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["صحيفة الديلي تلغراف"]))

    def test_a_headline_after_wa_unwanuhu_is_the_named_papers_quote(self) -> None:
        # nc13-cnnarabic-2bf4bf60 (CNN "صحف"): the closing item, '… من "الفجر" الجزائرية وعنوانه:'.
        result = extract(
            "تناولت الصحف العربية عدة قضايا، وأبرزت صحيفة الغد وصحيفة الرأي الشأن السوري.\n"
            'وخاتمة مطالعات الصحف بهذا الخبر المقتبس من "الفجر" الجزائرية وعنوانه: قائد الطائرة '
            "يرفض الإقلاع قبل صلاة الفجر",
            language="ar",
        )
        claim = claim_with(result, "يرفض الإقلاع")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الفجر"]))

    def test_the_piece_a_paper_published_is_not_its_speaker(self) -> None:
        # nc13-bbcarabicnews-498bf16b: "نشرت موضوعا" took the piece for the subject.
        result = extract(
            "تناولت الصحافة البريطانية اليوم عدة موضوعات، ومنها صحيفة الغارديان، التي نشرت موضوعا "
            'عن الأوضاع الراهنة في مصر تحت عنوان "الشرطة المصرية تضرب عن العمل".\n'
            "وفي صحيفة التايمز نطالع تقريرا آخر.",
            language="ar",
        )
        claim = claim_with(result, "الشرطة المصرية تضرب")
        self.assertEqual(speakers(claim), ["صحيفة الغارديان"])

    def test_a_film_bi_unwan_outside_a_review_stays_the_outlets(self) -> None:
        # nc13-akhbarelyomgate-e3f7daa3: a film's title is nobody's claim.
        result = extract(
            'وكان "مخيم الفنون" قد بدأ نشاطة بفيلم تسجيلى بعنوان "سيوة الأحلام".', language="ar"
        )
        self.assertEqual(claim_with(result, "سيوة الأحلام").kind, "outlet")


class ArabicWholeTextTests(SimpleTestCase):
    def test_a_statement_given_after_fima_yali_nassuh_is_the_statements_quote(self) -> None:
        # snn-alyaum-daeaf4600a: the announcement stays the outlet's; the text is the statement's.
        result = extract(
            "وقد صدر أمس بيان مشترك فيما يلي نصه :\n"
            "انطلاقاً من العلاقات التاريخية الوثيقة والراسخة التي تربط المملكة العربية السعودية "
            "والمملكة الأردنية الهاشمية، تم الاتفاق على تعزيز التعاون بين البلدين.",
            language="ar",
        )
        claim = claim_with(result, "انطلاقاً من العلاقات")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["بيان مشترك"]))
        self.assertEqual(claim_with(result, "صدر أمس").kind, "outlet")

    def test_wa_jaa_fi_al_bayan_is_the_statements(self) -> None:
        # nc13-bbcarabicnews-79395d45: "جاء في البيان" with the definite noun was no cue at all.
        result = extract(
            'وجاء في البيان ان "المكتب الرئاسي في الائتلاف لم يقبل استقالة السيد معاذ الخطيب".',
            language="ar",
        )
        claim = claim_with(result, "لم يقبل استقالة")
        self.assertEqual(speakers(claim), ["البيان"])

    def test_a_headline_given_after_jaa_fih_is_the_papers(self) -> None:
        # nc13-cnnarabic-31ce31ca (CNN "صحف"): "أبرزت عنواناً جاء فيه:" then the headline.
        result = extract(
            'أما صحيفة "المصريون" فقد أبرزت عنواناً جاء فيه:\n'
            "الشيخ حسان: كثير من الساسة يرقصون على دماء الشهداء",
            language="ar",
        )
        claim = claim_with(result, "يرقصون على دماء")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ['صحيفة "المصريون']))

    def test_the_details_after_ma_nasharathu_al_sahifa_are_the_papers_quote(self) -> None:
        # nc13-cnnarabic-b1fd420e (CNN "صحف"): "وفي تفاصيل ما نشرته الصحيفة اللندنية: …" under the
        # line that names the paper.
        result = extract(
            "تناولت الصحف العربية الصادرة الخميس عدة قضايا.\n"
            "الرياض\n"
            "قضية العميل إكس تتدحرج\n"
            "وفي تفاصيل ما نشر على الصحيفة السعودية: تفاعلت قضية السجين الاسترالي قبل عامين.\n"
            "القدس العربي\n"
            "مدرسة سعودية تراقب طلابها حتى في دورات المياه\n"
            "وفي تفاصيل ما نشرته الصحيفة اللندنية: زرعت مدرسة متوسطة في السعودية تسع كاميرات "
            "لمراقبة طلابها.",
            language="ar",
        )
        claim = claim_with(result, "زرعت مدرسة متوسطة")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["القدس العربي"]))
        claim = claim_with(result, "تفاعلت قضية السجين")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الرياض"]))


class ArabicTweetTests(SimpleTestCase):
    def test_a_tweet_after_fi_taghridatihi_colon_is_its_authors_quote(self) -> None:
        # snn-alweeam-2508fb1126: "علق" is no cue of its own; the tweet after the colon is his.
        result = extract(
            "وعلق الدكتور خالد المصلح في تغريدته: “استهداف رجال الأمن استهداف لنا جميعا فرجال "
            "الأمن حماة الوطن وحراسه”.",
            language="ar",
        )
        claim = claim_with(result, "استهداف رجال الأمن")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["الدكتور خالد المصلح"]))

    def test_a_tweet_quoted_after_ala_twitter_is_its_authors_quote(self) -> None:
        # snn-aawsat-786c9e001a: "وكتب X على موقع تويتر «…»".
        result = extract(
            "وكتب بريت ماكغورك مساعد الجنرال الاميركي جون الن وموفد الولايات المتحدة الخاص إلى "
            "المنطقة المكلف التصدي لتنظيم «داعش» على موقع تويتر «هذا ليس سوى البداية».",
            language="ar",
        )
        claim = claim_with(result, "ليس سوى البداية")
        self.assertEqual(claim.kind, "quote")
        self.assertIn("بريت ماكغورك", speakers(claim)[0])


class ArabicReviewSectionTests(SimpleTestCase):
    def test_a_speaker_is_not_carried_into_the_next_papers_section(self) -> None:
        # nc13-cnnarabic-f4e6894e (CNN "صحف العالم"): "ونقلت عن خبراء …" under "التلغراف" is not Iran's.
        result = extract(
            "دبي (CNN)-- تعددت القضايا المثارة على صفحات الصحف الدولية، الأربعاء.\n"
            "التلغراف\n"
            "اتهمت إيران بفبركة صورة نشرتها مؤخراً لطائرة قاهر 313.\n"
            "وتزعم إيران أن المقاتلة الخفية تتمتع بقدرة مراوغة أجهزة الرادار.\n"
            "ذا اندبندنت\n"
            "أشارت الصحيفة البريطانية إلى تدخل الأسرة الحاكمة في السعودية لضمان سجن "
            "داعية سعودي مشهور، الذي اعترف بتعذيب ابنته.",
            language="ar",
        )
        claim = claim_with(result, "اعترف بتعذيب ابنته")
        self.assertNotIn("إيران", speakers(claim))
