"""Arabic speech verbs mined from the unannotated corpus (issue 3): verbs that sat before a speaker and
أن / a colon / a quotation in sentences the engine gave as the outlet's voice. Each group: a real corpus
sentence (a short excerpt, its article id in the comment) and the homographs its guard leaves alone."""

from __future__ import annotations

from unittest import TestCase

from claims.extraction import extract
from tests.extraction.helpers import speakers


def _one(text: str):
    (claim,) = extract(text, language="ar").claims
    return claim


class NarratedTest(TestCase):
    def test_telling_that_is_a_report(self) -> None:
        # nc13-almasryalyoum-cdd…: "وحكى «الشيخ عادل» أنه بعد الأحداث اتصل به الضابط …"
        claim = _one("وحكى «الشيخ عادل» أنه بعد الأحداث اتصل به الضابط خالد حبيب.")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["الشيخ عادل"])
        # nc13-Tahrir.News.Official: "يحكى خالد «خرجت من بيتى للتضامن مع …»"
        claim = _one("يحكى خالد «خرجت من بيتى للتضامن مع أحمد الجيزاوى المحامى».")
        self.assertEqual(speakers(claim), ["خالد"])

    def test_telling_a_story_is_not(self) -> None:
        # snn corpus: "ويحكي الفيلم قصة علاقة كاتب ومخرج الفيلم مع مدينته بيروت"
        self.assertEqual(
            _one("ويحكي الفيلم قصة علاقة كاتب ومخرج الفيلم مع مدينته بيروت.").kind, "outlet"
        )


class ExplainedTest(TestCase):
    def test_explaining_interpreting_and_justifying_are_reports(self) -> None:
        # snn-aawsat-61e36ce700 "ويشرح العايد أن سيطرته …", nc13-bbcarabicnews-cf8… "وبرر هيغ هذا
        # الاجراء بالقول إنه …", snn-alwatan-38c64817f3 "لقد فسر عدد من المتابعين هذا التحول …، بأن …"
        for text, speaker in (
            ("ويشرح العايد أن سيطرته على الرموز السيادية للدولة تتمثل في الوزارات.", "العايد"),
            ("وبرر هيغ هذا الاجراء بالقول إنه رد فعل ضروري وقانوني.", "هيغ"),
            ("وفسر نشطاء هذا التحول بأن الجماعة تريد الهيمنة على الوزارة.", "نشطاء"),
        ):
            claim = _one(text)
            self.assertEqual(claim.kind, "reported", text)
            self.assertEqual(claim.mode, "explained", text)
            self.assertEqual(speakers(claim), [speaker], text)

    def test_the_noun_a_passive_and_an_explanation_inside_a_report_are_not(self) -> None:
        # snn-aljazirah-61ee6e0c "شرح: أشرف أحمد عدرة (بيروت: دار الكتاب العربي)", nc13-bbcarabicnews-
        # 809c3e… "وفسرت تصريحاته على نطاق واسع على أنها انتقاد …" (فُسِّرت), nc13-cnnarabic-b90d4f1d
        # (tune) "وأشارت الوكالة الحكومية إلى أن المعلم شرح لنظيره الروسي "…"": the agency's words
        self.assertEqual(_one("شرح: أشرف أحمد عدرة (بيروت: دار الكتاب العربي).").kind, "outlet")
        self.assertEqual(
            _one("وفسرت تصريحاته على نطاق واسع على أنها انتقاد قوي للمعارضة.").kind, "outlet"
        )
        result = extract(
            'وأشارت الوكالة الحكومية إلى أن المعلم شرح لنظيره الروسي "تعقيدات الأزمة في سوريا".',
            language="ar",
        )
        self.assertEqual([speakers(c) for c in result.claims], [["الوكالة الحكومية"]])


class NotedTest(TestCase):
    def test_noting_and_touching_on_that_are_reports(self) -> None:
        # snn-aawsat-54fbcf7465 "ولاحظت صحيفة «واشنطن بوست» أن …", snn-aawsat-997dcf1f53 "وتطرق وزير
        # الخارجية المصري إلى أن السعودية ومصر تربطهما علاقات استراتيجية وثيقة"
        claim = _one("ولاحظت وكالة الأنباء أن هذه أول مرة يستعمل فيها البنتاغون هذا الاسم.")
        self.assertEqual(speakers(claim), ["وكالة الأنباء"])
        claim = _one("وتطرق وزير الخارجية المصري إلى أن السعودية ومصر تربطهما علاقات وثيقة.")
        self.assertEqual((claim.kind, claim.mode), ("reported", "pointed_out"))
        self.assertEqual(speakers(claim), ["وزير الخارجية المصري"])

    def test_a_topic_and_the_first_person_are_not(self) -> None:
        # snn corpus "وتطرق الدكتور باعجاجه إلى القطاع السياحي في المملكة" (a topic), nc13-Tahrir…
        # "أيضا لاحظت أنه من النوع الذى لا يكترث للحق" (I noticed)
        self.assertEqual(
            _one("وتطرق الدكتور باعجاجه إلى القطاع السياحي في المملكة.").kind, "outlet"
        )
        self.assertEqual(_one("أيضا لاحظت أنه من النوع الذي لا يكترث للحق.").kind, "outlet")


class PraisedTest(TestCase):
    def test_commending_is_a_speech_act(self) -> None:
        # snn-alyaum-c596ea802e "ثمنت حركة "فتح" … الموقف الأوروبي في بروكسل"
        claim = _one('ثمنت حركة "فتح" عقب اجتماع للجنتها المركزية الموقف الأوروبي في بروكسل.')
        self.assertEqual((claim.kind, claim.mode), ("reported", "praised"))
        self.assertEqual(speakers(claim), ['حركة "فتح"'])

    def test_the_price_is_not(self) -> None:
        # snn corpus "ويبلغ ثمن المنظار وأدوات التنظيف نحو 170 دولارا"
        self.assertEqual(_one("ويبلغ ثمن المنظار وأدوات التنظيف نحو 170 دولارا.").kind, "outlet")


class AppealedTest(TestCase):
    def test_appealing_and_urging_are_calls(self) -> None:
        # nc13-shorouknews-921f9… "وأهاب نادي القضاة بكافة وسائل الإعلام بألا تنجرف …",
        # snn-alweeam-249f603f75 "وتحث روسيا على تشكيل تحالف يضم الأسد …"
        for text, speaker in (
            ("وأهاب نادي القضاة بكافة وسائل الإعلام بألا تنجرف إلى مسايرة التخويف.", "نادي القضاة"),
            ("وتحث روسيا على تشكيل تحالف يضم الأسد لمحاربة التنظيم.", "روسيا"),
        ):
            claim = _one(text)
            self.assertEqual((claim.kind, claim.mode), ("reported", "called_for"), text)
            self.assertEqual(speakers(claim), [speaker], text)


class DismissedTest(TestCase):
    def test_refuting_and_playing_down_are_denials(self) -> None:
        # snn-alwatan-36d3bc0479 (tune) "ودحضت المحامية ليئا تسيمل ادعاءات الأمن الإسرائيلي بأن …",
        # snn-alyaum-4684452012 "وقللت واشنطن من احتمال أن تسفر الحملة الدبلوماسية الأخيرة عن سلام"
        claim = _one(
            "ودحضت المحامية ليئا تسيمل ادعاءات الأمن الإسرائيلي بأن خيزران ينتمي لحزب الله."
        )
        self.assertEqual((claim.kind, claim.polarity), ("reported", "deny"))
        self.assertIn("المحامية ليئا تسيمل", speakers(claim))
        claim = _one("وقللت واشنطن من احتمال أن تسفر الحملة الدبلوماسية الأخيرة عن سلام.")
        self.assertEqual((claim.kind, claim.mode), ("reported", "denied"))
        self.assertEqual(speakers(claim), ["واشنطن"])

    def test_the_verbal_noun_is_not(self) -> None:
        # nc13-fjp-9de1059a "ونشر الصدق ودحض الكذب"
        self.assertEqual(_one("ويجب تصويبها ونشر الصدق ودحض الكذب.").kind, "outlet")


class ObjectedTest(TestCase):
    def test_mocking_and_objecting_are_criticism(self) -> None:
        # snn-aawsat-f769effa44 "وسخر كيري من الحديث عن إمكانية التوصل إلى اتفاق أفضل",
        # nc13-bbcarabicnews-fa4… "واعترض حزب الله على تمديد فترة مسؤول أمني كبير"
        for text, speaker in (
            ("وسخر كيري من الحديث عن إمكانية التوصل إلى اتفاق أفضل.", "كيري"),
            ("واعترض حزب الله على تمديد فترة مسؤول أمني كبير.", "حزب الله"),
        ):
            claim = _one(text)
            self.assertEqual((claim.kind, claim.mode), ("reported", "condemned"), text)
            self.assertEqual(speakers(claim), [speaker], text)

    def test_harnessing_and_intercepting_are_not(self) -> None:
        # nc13-ElWatanNews-76e15… "سخر الجيش خلالها جميع إمكاناته من أجل خدمة البلاد",
        # snn-aleqtisadiya-8acff… "واعترضت اتصالاتها وأخذت لقطات من معظم لحظاتها … على الإنترنت"
        for text in (
            "سخر الجيش خلالها جميع إمكاناته من أجل خدمة البلاد.",
            "واعترضت اتصالاتها وأخذت لقطات من معظم لحظاتها على الإنترنت.",
        ):
            self.assertEqual(_one(text).kind, "outlet", text)


class InsistedTest(TestCase):
    def test_insisting_that_is_a_confirmation(self) -> None:
        # snn-aleqtisadiya-9c011… "ويصر المسؤولون الأمريكيون على أن إيران قدمت تنازلات أيضا"
        claim = _one("ويصر المسؤولون الأمريكيون على أن إيران قدمت تنازلات أيضا.")
        self.assertEqual((claim.kind, claim.mode), ("reported", "confirmed"))
        self.assertEqual(speakers(claim), ["المسؤولون الأمريكيون"])

    def test_insisting_on_a_practice_is_not(self) -> None:
        # snn corpus "تصر إيران على ممارستها بحجج واهية"
        self.assertEqual(_one("تصر إيران على ممارستها بحجج واهية.").kind, "outlet")


class HopedTest(TestCase):
    def test_a_named_partys_hope_is_reported(self) -> None:
        # nc13-akhbarelyomgate-0… "وتأمل روسيا في أن يزورها الخطيب قريبا بحثا عن انفراجة للأزمة",
        # snn-alweeam-8a241383da "… لكن الممر بحالة معقولة نسبيا وتأمل السلطات أن يعمل المطار …"
        claim = _one("وتأمل روسيا في أن يزورها الخطيب قريبا بحثا عن انفراجة للأزمة.")
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["روسيا"])
        result = extract(
            "لكن الممر بحالة معقولة نسبيا وتأمل السلطات أن يعمل المطار خلال أسبوع.", language="ar"
        )
        self.assertEqual(
            [speakers(c) for c in result.claims if c.kind == "reported"], [["السلطات"]]
        )

    def test_a_vague_group_and_the_noun_are_not(self) -> None:
        # snn-aawsat-a59a1285eb "ويأمل آخرون أن يتم إحياء الاتفاق" (CONVENTIONS 22), snn corpus "على
        # أمل أن يتم إعادة فتحها من جديد"
        for text in ("ويأمل آخرون أن يتم إحياء الاتفاق.", "وأغلقت المعابر على أمل أن يعاد فتحها."):
            self.assertNotEqual(_one(text).kind, "reported", text)


class PressReviewTest(TestCase):
    def test_a_paper_dwelling_on_a_story_speaks(self) -> None:
        # nc13-bbcarabicnews-77bf4… "تتوقف صحيفة الفايننشيال تايمز عند رفض القضاء البريطاني …",
        # nc13-akhbarelyomgate-7f2f6913 (tune) "وتوقفت صحيفة "الأخبار" القريبة من حزب الله عند …": the
        # quoted name is the paper's, and ends it
        claim = _one("تتوقف صحيفة الفايننشيال تايمز عند رفض القضاء البريطاني طلب الأميرين.")
        self.assertEqual((claim.kind, claim.mode), ("reported", "covered"))
        claim = _one('وتوقفت صحيفة "الأخبار" القريبة من حزب الله عند تأثير الاستقالة.')
        self.assertEqual(speakers(claim), ['صحيفة "الأخبار"'])

    def test_stopping_is_not(self) -> None:
        self.assertEqual(_one("وتوقفت المعارك عند أطراف المدينة.").kind, "outlet")


class ExpressingTest(TestCase):
    def test_expressing_goes_on_with_the_speaker(self) -> None:
        # nc13-cnnarabic-d0defdd7 (tune) "مبديا خشيته من أن تصبح بلاده هدفا …", nc13-masrawy-8594a5e8
        # "مبديا استعداده المشروط للجلوس مع ممثلين للنظام"
        result = extract(
            "وقال الوزير إن الوضع صعب.\nمبديا خشيته من أن تصبح بلاده هدفا للتنظيمات.", language="ar"
        )
        claim = [c for c in result.claims if "هدفا" in c.text][0]
        self.assertEqual((claim.kind, claim.mode), ("reported", "stated"))
        self.assertEqual(speakers(claim), ["الوزير"])
