"""Sentence segmentation and quotation spans."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import extract
from claims.extraction.segment import quote_spans, sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


class SentenceTests(SimpleTestCase):
    def test_arabic_full_stop_question_mark_semicolon_and_line_break_end_sentences(self) -> None:
        text = "قال المرصد إن 20 قتلوا. هل انتهت المعارك؟ لا؛ تستمر المعارك في المدينة\nوأضاف أن القصف مستمر"
        self.assertEqual(
            _split(text),
            [
                "قال المرصد إن 20 قتلوا.",
                "هل انتهت المعارك؟",
                "لا؛",
                "تستمر المعارك في المدينة",
                "وأضاف أن القصف مستمر",
            ],
        )

    def test_english_abbreviations_initials_and_decimals_do_not_end_a_sentence(self) -> None:
        text = "Mr. Smith met U.S. officials on Jan. 5 in Washington. He said 3.5 million people had fled."
        self.assertEqual(
            _split(text),
            [
                "Mr. Smith met U.S. officials on Jan. 5 in Washington.",
                "He said 3.5 million people had fled.",
            ],
        )

    def test_a_missing_space_after_an_arabic_full_stop_still_splits(self) -> None:
        self.assertEqual(_split("وقال المرصد.وأضاف أن"), ["وقال المرصد.", "وأضاف أن"])

    def test_an_arabic_title_or_initials_do_not_end_a_sentence(self) -> None:
        # nc13-fjp-e5c6459a "وقال د. نصر عبد السلام …", snn-aawsat-7b10fbdf43 "(د.ب.أ)", and
        # nc13-El.Dostor.News-ce5f623e "اعتبر "م. ش"": a lone letter before a point is a title or an
        # initial, not a sentence end; after a year it is the era ("عام 1990 م.").
        for text in [
            "وقال د. نصر عبد السلام، رئيس حزب البناء والتنمية، إن ضمانات النزاهة موجودة.",
            "وقال المصدر لوكالة الأنباء الألمانية (د.ب.أ) إن الهجوم وقع فجرا.",
            'من جانبه، اعتبر "م. ش"، مالك أحد الأنفاق، أن تهريب القماش أمر طبيعي.',
        ]:
            with self.subTest(text=text):
                self.assertEqual(_split(text), [text])
        self.assertEqual(
            _split("ولد في عام 1990 م. وقال إنه سعيد."), ["ولد في عام 1990 م.", "وقال إنه سعيد."]
        )

    def test_a_web_suffix_is_not_a_sentence_end(self) -> None:
        # nc13-shorouknews: "وذكر موقع العربية. نت، أن نصر الله …"
        self.assertEqual(len(_split("وذكر موقع العربية. نت، أن نصر الله شدد على ذلك.")), 1)

    def test_a_comma_inside_an_attribution_never_splits(self) -> None:
        text = "أكد الأمين العام لحزب الله، حسن نصر الله، مساء اليوم الأربعاء، أن ما يجري يوضع في غير نطاقه."
        self.assertEqual(_split(text), [text])

    def test_lines_broken_inside_a_sentence_are_joined(self) -> None:
        # nc13-cnnarabic: "ذكرت مصادر في لبنان، الاثنين، أن\nطائرتين حربيتين سورتين\nأطلقتا ثلاثة صواريخ"
        text = "ذكرت مصادر في لبنان، الاثنين، أن\nطائرتين حربيتين سورتين\nأطلقتا ثلاثة صواريخ قرب عرسال."
        self.assertEqual(_split(text), [text])
        self.assertEqual(
            len(_split("A source at Homs Governorate told\nSANA reporter that shells fell.")), 1
        )

    def test_a_quotation_mark_opening_a_linked_line_does_not_end_the_sentence(self) -> None:
        # nc13-cnnarabic-9ebad96b: 'وذكرت اللجان المحلية أن مخيم "\nاليرموك\n" للاجئين الفلسطينيين …'
        text = 'وذكرت اللجان المحلية أن مخيم "\nاليرموك\n" للاجئين الفلسطينيين تعرض لقصف.'
        self.assertEqual(_split(text), [text])
        self.assertEqual(len(_split('وقال المرصد "القصف مستمر"\nوأضاف أن الوضع سيء.')), 2)

    def test_a_hard_wrapped_arabic_line_goes_on(self) -> None:
        # nc13 (Youm7): "… لضبط السيارات المسروقة، مشيرا\nالى أنه تم تزويد أجهزة الأمن …"
        text = "وكشف المسئول الأمنى عن آلية جديدة لضبط السيارات المسروقة، مشيرا\nالى أنه تم تزويد أجهزة الأمن بسيارات."
        self.assertEqual(_split(text), [text])
        self.assertEqual(
            len(_split("قال المرصد إن القصف استمر طوال الليل في المدينة\nوأضاف أن الوضع سيء.")), 2
        )

    def test_spans_are_trimmed_and_cover_no_whitespace_at_the_edges(self) -> None:
        text = "  First one.   Second one.  \n\n Third "
        for a, b in sentences(text):
            self.assertEqual(text[a:b], text[a:b].strip())
        self.assertEqual(_split(text), ["First one.", "Second one.", "Third"])

    def test_a_question_or_exclamation_in_quotes_goes_on_into_its_attribution(self) -> None:
        # nc13-englishAhram-807c4b70, bbc-business-065: '?"' or '!"' then a lower-case word is no end
        text = '"What\'s an Oscar, anyway?" asked an elderly woman, Umm Hazem. Few have seen it.'
        self.assertEqual(
            _split(text),
            ['"What\'s an Oscar, anyway?" asked an elderly woman, Umm Hazem.', "Few have seen it."],
        )
        self.assertEqual(len(_split('"Where are they?" He left.')), 2)

    def test_an_arabic_ellipsis_inside_a_quotation_ends_no_sentence_beside_a_fragment(self) -> None:
        # snn-aawsat-94a1b8b297, nc13-cnnarabic-fa7cdf4f, snn-aawsat-29793fd4ec: an elision "(...)",
        # and ".."/"..." before or after a quoted piece too short to be a sentence, are pauses
        for text in [
            "وكتبت صحيفة «صباح» أن «هذا الهجوم الإرهابي (...) هو عمل انتقامي ضد التزام تركيا».",
            'وبحسب هيكل، فإن "كل ما يحدث لا يصب إلا في صالح إسرائيل.. من حيث القوة العسكرية".',
            "وقال: «التدابير على الحدود مع سوريا ستستمر.. وستزيد».",
        ]:
            with self.subTest(text=text):
                self.assertEqual(_split(text), [text])
        # two sentences of a quotation, each long enough, stay two
        text = (
            "ويقول: «لأن مصر لم تتأخر عن إدانة الحادث رغم وقوعه في بلد بعيد.. وهذه هي قيمة "
            "الرسالة المصرية»."
        )
        self.assertEqual(len(_split(text)), 2)

    def test_a_sentence_that_only_names_the_source_ends_the_one_before(self) -> None:
        # snn-sabq-5e9d57f04a, nc13-elfagr-5f24d16c: "على حد تعبيره." / "- حسب قولها -." after a stop
        text = 'وقال المعلم: "إن إيران ستستمر في ذلك"؛ على حد تعبيره. وكان الوزير قد وصل.'
        self.assertEqual(
            _split(text),
            ['وقال المعلم: "إن إيران ستستمر في ذلك"؛ على حد تعبيره.', "وكان الوزير قد وصل."],
        )
        text = "وعليه أن يجيب هل هو من الخلايا النائمة للجماعة أم لا ؟ - حسب قولها -. وتابعت"
        self.assertEqual(len(_split(text)), 2)
        claims = extract(text.replace("وتابعت", ""), language="ar").claims
        self.assertEqual(len(claims), 1)
        # "على حد تعبيره" with words of its own stays a sentence
        self.assertEqual(len(_split("قال إنه وصل. على حد تعبيره وصل الوزير.")), 2)

    def test_an_arabic_question_inside_a_quotation_ends_no_sentence_beside_a_fragment(self) -> None:
        # nc13-almasryalyoum-18f116d1, snn-sabq-2425fafcef: the quotation's pair of questions, or a
        # question beside a piece too short to be a sentence, is one sentence of its speaker
        for text in [
            "وتساءل البرادعي: «إيه خطة الحكومة في أي حاجة؟ الرئيس مرسي قدم لي خطة؟»",
            'وتساءل: "أيبدو ذلك جيداً؟ ليس تماماً."',
        ]:
            with self.subTest(text=text):
                self.assertEqual(_split(text), [text])
        claims = extract(
            "وتساءل البرادعي: «إيه خطة الحكومة في أي حاجة؟ الرئيس مرسي قدم لي خطة؟»", language="ar"
        ).claims
        self.assertEqual(
            [(c.kind, [a.speaker for a in c.attributions]) for c in claims],
            [("quote", ["البرادعي"])],
        )
        # another voice's turn after the question stays a sentence of its own
        self.assertEqual(len(_split("فقلت له: «أما علمت أن هذا الفعل حرام؟ فقال: من حرمه؟»")), 2)

    def test_an_arabic_semicolon_inside_a_quotation_ends_no_sentence_beside_a_fragment(
        self,
    ) -> None:
        # snn-sabq-5e9d57f04a, snn-aawsat-a18cbf1916: a condition's answer after "؛", or a piece too
        # short to be a sentence, stays in the sentence of its quotation
        for text in [
            'مضيفاً أنه "مهما تَوَهّم الغرب أن ما جرى يؤثر على الأزمة السورية؛ فإنه إذا لم يكن هذا '
            'التأثير إيجابياً؛ فلن يستطيع أحد أن يؤثر إلا الشعب السوري".',
            "وقال رحماني إن زوجته «لا تواجه حكما قضائيا؛ بل تواجه موتا محتوما».",
        ]:
            with self.subTest(text=text):
                self.assertEqual(_split(text), [text])
        claims = extract(
            "وقال رحماني إن زوجته «لا تواجه حكما قضائيا؛ بل تواجه موتا محتوما».", language="ar"
        ).claims
        self.assertEqual([[a.speaker for a in c.attributions] for c in claims], [["رحماني"]])
        # two full sentences of a quotation stay two (annotators give each its anchor)
        text = (
            '"بادرة الزواج الجماعي واحدة من مشاريع الهيئة المتعددة؛ منهم 72 في الداخل السوري، '
            'وثمانية في تركيا".'
        )
        self.assertEqual(len(_split(text)), 2)


class QuoteSpanTests(SimpleTestCase):
    def test_guillemets_curly_and_straight_quotes(self) -> None:
        text = 'قال «نعم» ثم “لا” ثم "ربما".'
        self.assertEqual([text[a:b] for a, b in quote_spans(text)], ["«نعم»", "“لا”", '"ربما"'])

    def test_a_stray_straight_quote_does_not_flip_the_later_quotations(self) -> None:
        text = 'He said "The policy will not change. "This was not the first" he added. Trump said "national" things.'
        self.assertEqual(
            [text[a:b] for a, b in quote_spans(text)], ['"This was not the first"', '"national"']
        )
