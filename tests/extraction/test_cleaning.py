from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from unittest import TestCase

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.cleaning import clean_text, content_hash

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "claims" / "data" / "demo" / "seed-idlib-khuwayn.json"

# Short excerpts in the shape of the corpus (news-credibility-2013, almasryalyoum / ElWatanNews):
# a paragraph, a "read also" header, three link headlines, then the article goes on.
READ_ALSO_BLOCK = (
    "وقال المتحدث إن الاجتماع بحث إعادة فتح المطار.\n"
    "اقرأ أيضًا\n"
    "مرسي يستقبل «كيري» ويبحثان دعم واشنطن للاقتصاد المصري والملف السوري\n"
    "«الأناضول»: «السيسي» أكد لـ«كيري» عدم وجود خلافات مع الرئاسة\n"
    "بالصور.. «ألتراس أهلاوي» يقطع طريق المطار.. و«كيري» يتأخر عن ميعاد المغادرة\n"
    "وأضاف أن «كيري» أكد حرص بلاده على استمرار دعم عملية التحول الديمقراطي في مصر.\n"
)
RELATED_BLOCK = (
    "مشيراً إلى أن أحد الصحفيين اطلع على أوراق التحقيقات كاملة.\n"
    "أخبار متعلقة:\n"
    "«الوطن» تواصل كشف أسرار وثيقة «فتح مصر»\n"
    "مفاجأة.. «الاستئناف» لم تتسلم ملف قضية «خلية مدينة نصر»\n"
)

arabic_words = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1),
    min_size=1,
    max_size=8,
).map(" ".join)
noise = st.sampled_from(
    [
        "\n",
        "\n\n",
        "  ",
        "\t",
        "\u200b",
        "\u200f",
        "\u202e",
        "\ufeff",
        "\x00",
        "{{ a.b }}",
        "{% if x %}",
        "{{",
        "}}",
        "%}",
        "{",
        "}",
        "اقرأ أيضا",
        "شارك",
        ".",
        "\u0301",
        "e",
        "\x93",
        "\r\n",
        "\u2028",
    ]
)
dirty_text = st.lists(st.one_of(arabic_words, noise, st.text(max_size=6)), max_size=30).map("".join)


class CleanTextTests(TestCase):
    def test_the_demo_article_cleans_to_seven_paragraphs_without_template_residue(self) -> None:
        record = json.loads(DEMO.read_text(encoding="utf-8"))
        cleaned = clean_text(record["text"])
        paragraphs = cleaned.split("\n")
        self.assertEqual(len(paragraphs), 7)
        self.assertNotIn("{{", cleaned)
        self.assertNotIn("{%", cleaned)
        self.assertNotIn("visit_count", cleaned)
        self.assertEqual(len(set(paragraphs)), 7)
        self.assertTrue(paragraphs[0].startswith("يبدو أن محافظة إدلب السورية"))
        self.assertTrue(paragraphs[-1].endswith("في ريف إدلب الجنوبي."))

    def test_the_demo_paragraphs_keep_their_order_and_letters(self) -> None:
        record = json.loads(DEMO.read_text(encoding="utf-8"))
        raw_lines = record["text"].split("\n")
        self.assertEqual(clean_text(record["text"]).split("\n"), raw_lines[:7])

    def test_zero_width_bidi_and_nul_characters_are_removed(self) -> None:
        raw = (
            "قال\u200b المرصد\u200f السوري\u202b\u202c\u2066 إن\x00 \ufeffالقصف\u200d استمر\u061c."
        )
        self.assertEqual(clean_text(raw), "قال المرصد السوري إن القصف استمر.")

    def test_template_tags_and_stray_delimiters_are_removed(self) -> None:
        raw = "أعلن {% if x %}الجيش{% endif %} {{ user.name }} سيطرته.\n{{ article.visit_count\n}}"
        self.assertEqual(clean_text(raw), "أعلن الجيش سيطرته.")

    def test_a_stray_opening_brace_pair_does_not_swallow_distant_paragraphs(self) -> None:
        middle = "\n".join(f"الفقرة رقم {i} من نص الخبر الطويل." for i in range(20))
        cleaned = clean_text("بداية {{ غير مغلق\n" + middle + "\nنهاية }}")
        self.assertEqual(cleaned.split("\n")[1:-1], middle.split("\n"))
        self.assertEqual(cleaned.split("\n")[0], "بداية غير مغلق")

    def test_a_read_also_link_block_is_removed_and_the_article_goes_on(self) -> None:
        cleaned = clean_text(READ_ALSO_BLOCK)
        self.assertEqual(
            cleaned.split("\n"),
            [
                "وقال المتحدث إن الاجتماع بحث إعادة فتح المطار.",
                "وأضاف أن «كيري» أكد حرص بلاده على استمرار دعم عملية التحول الديمقراطي في مصر.",
            ],
        )

    def test_a_related_news_block_at_the_end_is_removed(self) -> None:
        self.assertEqual(
            clean_text(RELATED_BLOCK), "مشيراً إلى أن أحد الصحفيين اطلع على أوراق التحقيقات كاملة."
        )

    def test_share_and_inline_read_also_lines_are_removed(self) -> None:
        raw = (
            "قال الوزير إن المحادثات مستمرة.\n"
            "شارك\n"
            "شارك على فيسبوك تويتر واتساب\n"
            "اقرأ أيضاً: الجيش يعلن السيطرة على البلدة\n"
            "Share this article\n"
            "اضغط هنا\n"
            "Related articles\n"
            "Army says town taken\n"
        )
        self.assertEqual(clean_text(raw), "قال الوزير إن المحادثات مستمرة.")

    def test_sentences_that_merely_contain_a_boilerplate_word_stay(self) -> None:
        raw = "وشارك الوزيران في اجتماع السبت.\nأخبار متعلقة بالحرب كثيرة، وقال المحلل إنها مضللة."
        self.assertEqual(clean_text(raw), raw)

    def test_list_items_after_a_read_also_block_are_kept(self) -> None:
        raw = (
            "اقرأ أيضًا\n"
            "حبس أحمد قذاف الدم 30 يومًا على ذمة التحقيقات\n"
            "ثالثاً: إرفاق تحريات جهات ذات اختصاص عن دور المتهم،\n"
            "رابعاً: إرفاق صورة رسمية من الأمر الصادر"
        )
        self.assertEqual(
            clean_text(raw).split("\n")[0], "ثالثاً: إرفاق تحريات جهات ذات اختصاص عن دور المتهم،"
        )

    def test_repeated_paragraphs_keep_the_first_occurrence(self) -> None:
        raw = "الفقرة الأولى.\nالفقرة الثانية.\n\nالفقرة  الأولى.\nالفقرة الثالثة.\nالفقرة الثانية."
        self.assertEqual(clean_text(raw), "الفقرة الأولى.\nالفقرة الثانية.\nالفقرة الثالثة.")

    def test_whitespace_is_collapsed_and_paragraphs_joined_by_one_newline(self) -> None:
        raw = "  \r\n\tقال \u00a0 المرصد\t\tإن  الهجوم  وقع.\r\n\r\n\n  وأضاف  المرصد.  \u2028 \n"
        self.assertEqual(clean_text(raw), "قال المرصد إن الهجوم وقع.\nوأضاف المرصد.")

    def test_letters_stay_as_written_and_text_is_nfc(self) -> None:
        raw = "أعلنت إدارة الأمم المتحدة ﻻ تغيير، مؤقتاً. Cafe\u0301"
        cleaned = clean_text(raw)
        self.assertIn("أعلنت إدارة", cleaned)
        self.assertIn("مؤقتاً", cleaned)
        self.assertIn("ﻻ", cleaned)  # presentation forms are not folded (that is NFKC)
        self.assertTrue(cleaned.endswith("Café"))
        self.assertEqual(cleaned, unicodedata.normalize("NFC", cleaned))

    def test_windows_1252_punctuation_decoded_as_latin_1_is_repaired(self) -> None:
        self.assertEqual(clean_text("\x93البلطجية\x94 حاضرون"), "“البلطجية” حاضرون")

    def test_empty_and_blank_inputs_give_an_empty_string(self) -> None:
        for raw in ("", " ", "\n\n\t", "\u200b\u200f", "{{ x }}", "\x00"):
            self.assertEqual(clean_text(raw), "")

    @settings(max_examples=300, deadline=None)
    @given(dirty_text)
    def test_cleaning_is_idempotent(self, raw: str) -> None:
        once = clean_text(raw)
        self.assertEqual(clean_text(once), once)

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_it_never_raises_on_any_unicode_and_leaves_no_invisible_or_residue(
        self, raw: str
    ) -> None:
        cleaned = clean_text(raw)
        self.assertEqual(clean_text(cleaned), cleaned)
        for bad in ("\x00", "\u200b", "\u200f", "\u202e", "\ufeff", "{{", "}}", "{%", "%}"):
            self.assertNotIn(bad, cleaned)
        self.assertEqual(cleaned, cleaned.strip())
        self.assertNotIn("\n\n", cleaned)
        content_hash(cleaned)

    @settings(max_examples=100, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40).map(lambda s: s + "\ud800"))
    def test_lone_surrogates_do_not_break_cleaning_or_hashing(self, raw: str) -> None:
        cleaned = clean_text(raw)
        self.assertNotIn("\ud800", cleaned)
        self.assertEqual(len(content_hash(raw)), 64)


class RejoinTests(TestCase):
    """Hyperlink text that the scraper put on a line of its own is glued back into its sentence
    (short real fragments of news-credibility-2013, CNN Arabic, FJP, Ahram Online)."""

    def test_link_text_between_an_opening_and_a_closing_quotation_mark(self) -> None:
        # nc13-cnnarabic-9ebad96b
        raw = 'وذكرت اللجان المحلية أن مخيم "\nاليرموك\n" للاجئين الفلسطينيين، تعرض لقصف.'
        self.assertEqual(
            clean_text(raw),
            'وذكرت اللجان المحلية أن مخيم "اليرموك" للاجئين الفلسطينيين، تعرض لقصف.',
        )

    def test_a_line_that_starts_with_a_full_stop_or_a_comma_goes_on_the_line_before(self) -> None:
        # nc13-cnnarabic-e928b163, nc13-cnnarabic-87888657
        raw = "بأن مقاتلات إسرائيلية استهدفت قافلة كانت تنقل\nأسلحة\n.\nوزعمت القيادة أن الطائرات"
        self.assertEqual(
            clean_text(raw),
            "بأن مقاتلات إسرائيلية استهدفت قافلة كانت تنقل أسلحة.\nوزعمت القيادة أن الطائرات",
        )
        raw = "للقصف من قبل قوات\nالأسد\n، منها 33 نقطة تم قصفها بالطائرات الحربية."
        self.assertEqual(
            clean_text(raw), "للقصف من قبل قوات الأسد، منها 33 نقطة تم قصفها بالطائرات الحربية."
        )

    def test_a_name_between_a_speech_verb_and_the_colon_of_the_quote(self) -> None:
        # nc13-cnnarabic-b5be80d1: a commenter's name was a link
        raw = 'وعلق\nBedo Medo\n: "يا ريس اعتقل المخربين."'
        self.assertEqual(clean_text(raw), 'وعلق Bedo Medo: "يا ريس اعتقل المخربين."')

    def test_a_line_that_stops_on_a_preposition_takes_the_rest_of_its_sentence(self) -> None:
        # nc13-officialyoum77-7bce8377, nc13-fjp-a019665e (أن opens no paragraph)
        raw = "تزويد المديرية بالسيارات للحد من\nظاهرة سرقة السيارات وإعادتها إلى مالكيها."
        self.assertEqual(
            clean_text(raw),
            "تزويد المديرية بالسيارات للحد من ظاهرة سرقة السيارات وإعادتها إلى مالكيها.",
        )
        raw = "وأوضحت\nفايد\nأن الأطفال مجرد أدوات."
        self.assertEqual(clean_text(raw), "وأوضحت فايد أن الأطفال مجرد أدوات.")

    def test_an_english_sentence_broken_around_a_link_goes_on_in_lowercase(self) -> None:
        # nc13-englishAhram-9d1f3bc0, nc13-englishAhram-43d87c69
        self.assertEqual(
            clean_text("Hamas has vehemently\ndenied\nthe accusations."),
            "Hamas has vehemently denied the accusations.",
        )
        self.assertEqual(
            clean_text("Egypt's\nAl-Shorouk\nnewspaper said on Sunday."),
            "Egypt's Al-Shorouk newspaper said on Sunday.",
        )

    def test_headers_subheadings_and_list_items_stay_paragraphs(self) -> None:
        for raw in (
            # a press review's paper after a finished paragraph (nc13-cnnarabic-2e9dd3ee)
            'ودفاع موسى أبومرزوق عن موقف حركة "حماس."\nالحياة\nصحيفة الحياة الصادرة من لندن أبرزت مقالا.',
            # list items (nc13-El.Dostor.News-14f05b8a)
            "مهدي محمود الزيني\n15\nعلي منصور عبد الغني",
            # a mail address after a column (snn-almadina-cba12f6d27)
            "لا تتركيني واقفًا في المنتصف\nalrotayyan@gmail.com",
            # a channel's name, not the preposition في (nc13-elfagr-b156d7f8)
            "برنامج آخر الكلام على قناة اون تي في\nضيف حلقة اليوم الروائي علاء الأسواني",
        ):
            with self.subTest(raw=raw):
                self.assertEqual(clean_text(raw), raw)

    def test_a_header_stays_above_a_broken_first_line_of_its_section(self) -> None:
        # nc13-cnnarabic-fd32c1f5 (a paper's name above its section), nc13-englishAhram-6bb20d54
        self.assertEqual(
            clean_text("واشنطن بوست\nأشارت الصحيفة الأمريكية إلى أن\nالأردن اقتربت من الاختيار."),
            "واشنطن بوست\nأشارت الصحيفة الأمريكية إلى أن الأردن اقتربت من الاختيار.",
        )
        self.assertEqual(
            clean_text(
                "Army and interior ministry\nOn the president's relationship with the\narmed forces"
            ),
            "Army and interior ministry\nOn the president's relationship with the armed forces",
        )

    def test_link_text_is_glued_only_with_the_rest_of_its_sentence(self) -> None:
        # nc13-cnnarabic-a420a967: no sign that "65 شابا" goes on the same sentence, so "إعدام" is
        # not glued on alone (the segmenter keeps the three lines one sentence)
        raw = "والتقارير التي تشير إلى\nإعدام\n65 شابا والعثور على جثثهم."
        self.assertEqual(clean_text(raw), raw)

    def test_repeated_quotation_marks_of_links_are_not_deduplicated_away(self) -> None:
        raw = 'وقالت "\nاللجان\n" إن القصف استمر.\nوأضافت "\nاللجان\n" أن 20 قتلوا.'
        self.assertEqual(
            clean_text(raw), 'وقالت "اللجان" إن القصف استمر.\nوأضافت "اللجان" أن 20 قتلوا.'
        )

    def test_a_read_also_block_after_a_rejoined_sentence_is_still_removed(self) -> None:
        raw = "وقال المتحدث إن\n" + READ_ALSO_BLOCK
        self.assertEqual(
            clean_text(raw).split("\n"),
            [
                "وقال المتحدث إن وقال المتحدث إن الاجتماع بحث إعادة فتح المطار.",
                "وأضاف أن «كيري» أكد حرص بلاده على استمرار دعم عملية التحول الديمقراطي في مصر.",
            ],
        )

    def test_rejoined_text_cleans_to_itself(self) -> None:
        raw = (
            'وأوضحت "\nاللجان\n" إنها استطاعت توثيق 121 قتيلاً\n.\nHamas has vehemently\ndenied\nit.'
        )
        once = clean_text(raw)
        self.assertEqual(clean_text(once), once)
        self.assertEqual(once.count("\n"), 1)


class ContentHashTests(TestCase):
    def test_a_rewrapped_copy_hashes_the_same(self) -> None:
        record = json.loads(DEMO.read_text(encoding="utf-8"))
        cleaned = clean_text(record["text"])
        rewrapped = clean_text(cleaned.replace("، ", "،\n").replace(". ", ".\n\n  "))
        self.assertNotEqual(rewrapped, cleaned)
        self.assertEqual(content_hash(rewrapped), content_hash(cleaned))

    def test_diacritics_and_hamza_forms_do_not_change_the_identity(self) -> None:
        self.assertEqual(content_hash("أعلنَ الجيشُ"), content_hash("اعلن الجيش"))

    def test_different_texts_hash_differently(self) -> None:
        self.assertNotEqual(content_hash("قتل ثلاثة"), content_hash("قتل أربعة"))

    def test_it_is_a_sha256_hex_digest(self) -> None:
        digest = content_hash("نص")
        self.assertEqual(len(digest), 64)
        int(digest, 16)
