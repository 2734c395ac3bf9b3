"""Numbers, places and dates, on sentences from the demo article and ../shared/corpus."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction.entities import find_dates, find_entities, find_numbers, find_places

DEMO = Path(__file__).resolve().parents[2] / "claims" / "data" / "demo" / "seed-idlib-khuwayn.json"
PUBLISHED = datetime.date(2018, 2, 13)  # a Tuesday, the week the demo article appeared
# Pieces that make the scanners work hard when glued together at random.
FRAGMENTS = [
    "إدلب", "بإدلب", "ريف", " ", "  ", "\n", ".", "،", ",", "/", "-", "(", "250", "٢٥", "١٬٢٥٠", "12٫5",
    "%", "٪", "عشرات", "الآلاف", "حوالي", "أكثر من", "مقاتلاً", "الثلاثاء", "التاسع", "من", "فبراير",
    "شباط", "كانون", "الثاني", "العام", "2014", "أمس", "اليوم", "Idlib", "Deir", "ez", "Zor", "May",
    "9", "th", "at least", "dozens", "of", "the", "'s", "ً", "ـ", "\u200f", "ﻻ", "2", "1,2,3", "3.4.5",
]  # fmt: skip


def _demo_text() -> str:
    return json.loads(DEMO.read_text(encoding="utf-8"))["text"]


def _one(mentions: tuple, text: str):  # noqa: ANN202 - any mention type
    matches = [m for m in mentions if m.text == text]
    assert len(matches) == 1, (text, mentions)
    return matches[0]


class NumberTests(SimpleTestCase):
    def test_an_approximate_count_keeps_its_value_and_counted_noun(self) -> None:
        text = "وأفيد عن تسليم حوالي 250 مقاتلاً من داعش أنفسهم إلى جانب عائلاتهم"
        number = _one(find_numbers(text), "حوالي 250 مقاتلاً")
        self.assertEqual((number.value, number.approx, number.unit), (250, True, "fighters"))
        self.assertEqual(text[number.start : number.end], number.text)

    def test_vague_quantity_words_are_ranges(self) -> None:
        text = "التي أسفرت عن وقوع عشرات القتلى ومئات المصابين"
        tens = _one(find_numbers(text), "عشرات القتلى")
        self.assertEqual((tens.value, tens.low, tens.high, tens.unit), (None, 20, 99, "killed"))
        hundreds = _one(find_numbers(text), "مئات المصابين")
        self.assertEqual((hundreds.low, hundreds.high, hundreds.unit), (200, 999, "injured"))

    def test_tens_of_thousands_multiplies_the_range(self) -> None:
        text = "وكانت سوريا قد وفرت ملاذا لعشرات الآلاف من الفلسطينيين"
        number = _one(find_numbers(text), "عشرات الآلاف")
        self.assertEqual((number.low, number.high), (20_000, 99_999))

    def test_arabic_indic_digits_and_separators_are_read(self) -> None:
        text = "قتل ما لا يقل عن ٢٥ شخصاً، وبلغ عدد النازحين ١٬٢٥٠ نازحاً بنسبة ١٢٫٥٪"
        numbers = find_numbers(text)
        at_least = _one(numbers, "ما لا يقل عن ٢٥ شخصاً")
        self.assertEqual((at_least.value, at_least.low, at_least.high), (25, 25, None))
        self.assertEqual(_one(numbers, "١٬٢٥٠ نازحاً").value, 1250)
        percent = _one(numbers, "١٢٫٥٪")
        self.assertEqual((percent.value, percent.unit), (12.5, "%"))

    def test_more_than_raises_the_lower_bound(self) -> None:
        number = _one(find_numbers("وأصيب أكثر من 100 آخرين"), "أكثر من 100")
        self.assertEqual((number.low, number.high, number.approx), (101, None, True))

    def test_arabic_number_words_compose(self) -> None:
        numbers = find_numbers("قتل خمسة وعشرون مقاتلا وانسحب ثلاثة آلاف عنصر")
        self.assertEqual(_one(numbers, "خمسة وعشرون مقاتلا").value, 25)
        self.assertEqual(_one(numbers, "ثلاثة آلاف عنصر").value, 3000)

    def test_english_counts_with_approximations(self) -> None:
        text = (
            "The convoy was carrying at least 5000 people including civilians. Under the evacuation "
            "deal more than 2000 people were granted safe passage, and dozens of fighters left."
        )
        numbers = find_numbers(text, language="en")
        self.assertEqual(_one(numbers, "at least 5000 people").low, 5000)
        more = _one(numbers, "more than 2000 people")
        self.assertEqual((more.value, more.low, more.unit), (2000, 2001, "people"))
        dozens = _one(numbers, "dozens of fighters")
        self.assertEqual((dozens.low, dozens.high, dozens.unit), (24, 99, "fighters"))

    def test_fractions_and_scale_suffixes(self) -> None:
        numbers = find_numbers("أودت بحياة ربع مليون نسمة ونصف مليون لاجئ")
        self.assertEqual(_one(numbers, "ربع مليون نسمة").value, 250_000)
        self.assertEqual(_one(numbers, "نصف مليون لاجئ").value, 500_000)
        self.assertEqual(
            _one(find_numbers("sales of 3.5bn yuan", language="en"), "3.5bn").value, 3_500_000_000
        )

    def test_over_a_period_is_not_an_approximation(self) -> None:
        numbers = find_numbers("more than 50 raids over two days", language="en")
        self.assertEqual(
            [(n.text, n.approx) for n in numbers],
            [("more than 50 raids", True), ("two days", False)],
        )

    def test_words_that_only_look_like_numbers_are_not_counts(self) -> None:
        text = "وأسلحة أمريكية وكميات من الذخيرة، وكيرى قال إن الرئيس وعده أيضا، ولم تسع إلى العنف"
        self.assertEqual(find_numbers(text), ())
        several = _one(find_numbers("سقف المركز المؤلف من طوابق عدة"), "عدة")
        self.assertEqual((several.low, several.high), (3, 9))

    def test_list_markers_are_not_counts_but_bracketed_numbers_are(self) -> None:
        text = "تضمنت موقفاً في أربع نقاط هى: 1 - أن حالة من الغضب.\n2- أن الجيش لن يسمح. تراوح ما بين (200 - 250) مراجعاً"
        self.assertEqual(
            [(n.value, n.low, n.high) for n in find_numbers(text)], [(4, 4, 4), (None, 200, 250)]
        )

    def test_two_numbers_joined_by_and_or_to_are_one_range(self) -> None:
        english = find_numbers(
            "strikes have killed between 229 and 425 civilians overall", language="en"
        )
        self.assertEqual([(n.text, n.low, n.high, n.unit) for n in english],
                         [("between 229 and 425 civilians", 229, 425, "civilians")])  # fmt: skip
        arabic = find_numbers("وقتل ما بين 20 و30 مدنيا، وارتفعت الأسعار من 5 إلى 10 بالمئة")
        self.assertEqual(
            [(n.low, n.high, n.unit) for n in arabic], [(20, 30, "civilians"), (5, 10, "%")]
        )
        self.assertEqual(
            [d.text for d in find_dates("the 2011-2014 war", language="en")], ["2011", "2014"]
        )

    def test_a_definite_unit_before_ten_makes_a_teen(self) -> None:
        number = _one(
            find_numbers("طيلة الثمانية عشر شهراً التى تسلم فيها السلطة"), "الثمانية عشر شهراً"
        )
        self.assertEqual((number.value, number.unit), (18, "months"))

    def test_several_hundred_and_ranges_of_number_words(self) -> None:
        text = "ما بين ثلاثة آلاف إلى خمسة آلاف عنصر، ولا يزيد عددهم عن بضع مئات، ففي أحد أيام شهر مايو"
        self.assertEqual([(n.text, n.low, n.high) for n in find_numbers(text)],
                         [("ما بين ثلاثة آلاف إلى خمسة آلاف عنصر", 3000, 5000), ("بضع مئات", 300, 900)])  # fmt: skip
        english = find_numbers("several hundred people", language="en")[0]
        self.assertEqual((english.low, english.high, english.unit), (300, 900, "people"))

    def test_a_year_before_a_word_stays_a_year(self) -> None:
        text = "يبلغ حجمه وفقا لإحصاءات 2010 نحو 80 مليار دولار"
        self.assertEqual([d.date for d in find_dates(text)], ["2010"])
        self.assertEqual([n.value for n in find_numbers(text)], [80_000_000_000])

    def test_thousands_and_the_rest_are_one_count(self) -> None:
        text = "أن أكثر من 240 ألفا و381 شخصا قد قتلوا، ووثق مقتل 71 ألفا و781 مدنيا، و18 ألف سني وألفي مسيحي"
        self.assertEqual([(n.value, n.low, n.unit) for n in find_numbers(text)],
                         [(240_381, 240_382, "people"), (71_781, 71_781, "civilians"), (18_000, 18_000, ""),
                          (2000, 2000, "")])  # fmt: skip
        self.assertEqual(find_numbers("الثانية عشرة ظهرا (من 0800 الى 1000 بتوقيت غرينتش)"), ())

    def test_names_with_numbers_are_not_counts(self) -> None:
        text = "ينشطون في اطار الفرقة30 والقرار 2254، وقصف بلدات كنصفرة والبارة وبليون، و3 مليارات"
        self.assertEqual([n.value for n in find_numbers(text)], [3_000_000_000])

    def test_currency_signs_and_times(self) -> None:
        numbers = find_numbers(
            "The deal worth around $1 billion; dollars 3.5bn; at around 330 am", language="en"
        )
        self.assertEqual([(n.text, n.value, n.unit) for n in numbers],
                         [("around $1 billion", 1_000_000_000, "USD"), ("dollars 3.5bn", 3_500_000_000, "USD")])  # fmt: skip
        self.assertEqual(find_numbers("الساعة 3 صباحا"), ())

    def test_years_days_of_the_month_and_times_are_not_counts(self) -> None:
        text = "طردت التنظيم في العام 2014، وفي التاسع من فبراير و9 شباط، عند الساعة 10:30"
        self.assertEqual(find_numbers(text), ())
        self.assertEqual(
            find_numbers("in 2014 on February 9, at 10:30, an F-16", language="en"), ()
        )


class PlaceTests(SimpleTestCase):
    def test_the_demo_article_places(self) -> None:
        text = "وذلك بعد محاصرتهم في بلدة الخوين في ريف إدلب."
        places = find_places(text)
        town = _one(places, "الخوين")
        self.assertEqual((town.name, town.kind, town.governorate), ("al-Khuwayn", "town", "Idlib"))
        rural = _one(places, "ريف إدلب")
        self.assertEqual(
            (rural.name, rural.kind, rural.governorate), ("Idlib countryside", "region", "Idlib")
        )

    def test_a_direction_after_the_countryside_joins_the_mention(self) -> None:
        place = _one(find_places("سوى جيب صغير في ريف إدلب الجنوبي."), "ريف إدلب الجنوبي")
        self.assertEqual(place.name, "southern Idlib countryside")

    def test_english_countryside_with_a_direction(self) -> None:
        places = find_places(
            "shelling in the southern Idlib countryside and rural Hama", language="en"
        )
        self.assertEqual([(p.text, p.name) for p in places],
                         [("southern Idlib countryside", "southern Idlib countryside"), ("rural Hama", "Hama countryside")])  # fmt: skip

    def test_attached_prefixes_are_peeled_off_but_not_inside_words(self) -> None:
        text = "بإدلب وحلب لدمشق وللرقة"
        self.assertEqual(
            [(p.text, p.name) for p in find_places(text)],
            [("إدلب", "Idlib"), ("حلب", "Aleppo"), ("دمشق", "Damascus"), ("لرقة", "Raqqa")],
        )
        self.assertEqual(find_places("الحلبي والإدلبية"), ())

    def test_jaish_al_nasr_is_not_a_place(self) -> None:
        text = "أعلن الناطق باسم فصيل جيش النصر أبو المجد الحمصي أن اشتباكات طاحنة دارت"
        self.assertEqual(find_places(text), ())

    def test_ambiguous_names_need_a_place_context(self) -> None:
        self.assertEqual(find_places("المظاهرات السلمية في الوقت الحاضر"), ())
        self.assertEqual([p.name for p in find_places("دخلت القوات مدينة الباب")], ["al-Bab"])
        demo = "بين محافظات حلب (شمال) وحماة (وسط) وإدلب"
        self.assertEqual([p.name for p in find_places(demo)], ["Aleppo", "Hama", "Idlib"])

    def test_english_names_and_variant_spellings(self) -> None:
        text = "A U.S. missile strike on an airbase near the Syrian city of Homs, and shelling of Deir al-Zour and Maarrat al-Nu'man."
        names = [p.name for p in find_places(text, language="en")]
        self.assertEqual(names, ["United States", "Homs", "Deir ez-Zor", "Maarat al-Numan"])
        self.assertEqual(find_places("the us and turkey", language="en"), ())

    def test_an_organisation_named_after_a_place_is_not_a_place(self) -> None:
        self.assertEqual(find_places("قالت قوات سوريا الديمقراطية"), ())
        self.assertEqual(
            find_places("Islamic State in Iraq and the Levant militants", language="en"), ()
        )
        self.assertEqual(find_places("الكاتب بـ«واشنطن بوست»"), ())

    def test_the_middle_east_newspaper_is_not_a_region(self) -> None:
        text = "وقالت مصادر في المقاومة لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط يتدهور"
        self.assertEqual([p.start for p in find_places(text)], [text.rindex("الشرق الأوسط")])

    def test_amman_not_oman_when_the_text_is_about_jordan(self) -> None:
        text = "وصل ولي العهد إلى عمان امس الثلاثاء، في زيارة إلى الأردن"
        self.assertEqual([p.name for p in find_places(text)], ["Amman", "Jordan"])
        self.assertEqual([p.name for p in find_places("زيارة إلى سلطنة عمان")], ["Oman"])


class DateTests(SimpleTestCase):
    def test_a_day_and_month_takes_the_year_before_publication(self) -> None:
        date = _one(
            find_dates("أعلن جيش النظام السوري في التاسع من فبراير", published=PUBLISHED),
            "التاسع من فبراير",
        )
        self.assertEqual((date.date, date.granularity), ("2018-02-09", "day"))
        later = find_dates("في 20 ديسمبر", published=PUBLISHED)[0]
        self.assertEqual(later.date, "2017-12-20")

    def test_a_weekday_is_the_latest_such_day_on_or_before_publication(self) -> None:
        text = "سلم مقاتلون من تنظيم داعش أنفسهم الثلاثاء إلى فصائل"
        self.assertEqual(_one(find_dates(text, published=PUBLISHED), "الثلاثاء").date, "2018-02-13")
        self.assertEqual(find_dates("يوم الأحد", published=PUBLISHED)[0].date, "2018-02-11")
        unresolved = find_dates(text)[0]
        self.assertEqual((unresolved.date, unresolved.granularity), (None, "weekday"))

    def test_both_month_name_systems_and_explicit_years(self) -> None:
        dates = find_dates(
            "في 9 شباط/فبراير 2018 وفي الأول من كانون الثاني 2017", published=PUBLISHED
        )
        self.assertEqual([d.date for d in dates], ["2018-02-09", "2017-01-01"])
        self.assertEqual(find_dates("on February 9, 2018", language="en")[0].date, "2018-02-09")

    def test_years_and_relative_days(self) -> None:
        dates = find_dates("طردت التنظيم في العام 2014 وانسحب أمس", published=PUBLISHED)
        self.assertEqual([(d.text, d.date, d.granularity) for d in dates],
                         [("العام 2014", "2014", "year"), ("أمس", "2018-02-12", "day")])  # fmt: skip
        english = find_dates("in 2014, yesterday and last week", language="en", published=PUBLISHED)
        self.assertEqual([d.date for d in english], ["2014", "2018-02-12", "2018-W06"])

    def test_numeric_and_abbreviated_dates(self) -> None:
        dates = find_dates(
            "15-07-2016 Russian strikes; in this Oct. 11 2016 photo; 2016-07-15; 10.10.2017",
            language="en",
        )
        self.assertEqual(
            [d.date for d in dates], ["2016-07-15", "2016-10-11", "2016-07-15", "2017-10-10"]
        )

    def test_next_and_last_follow_the_publication_date(self) -> None:
        published = datetime.date(2013, 2, 28)
        dates = find_dates(
            "يوم 22 أبريل (نيسان) المقبل، ويوم السبت المقبل والليلة قبل الماضية",
            published=published,
        )
        self.assertEqual(
            [d.text for d in dates],
            ["22 أبريل (نيسان) المقبل", "السبت المقبل", "الليلة قبل الماضية"],
        )
        self.assertEqual([d.date for d in dates], ["2013-04-22", "2013-03-02", "2013-02-26"])

    def test_a_bare_number_before_a_noun_is_a_count_not_a_year(self) -> None:
        text = "أن 18 ألف سني، و2000 مسيحي من الطائفة، منذ 2013"
        self.assertEqual([d.text for d in find_dates(text)], ["2013"])
        self.assertEqual([n.value for n in find_numbers(text)], [18_000, 2000])

    def test_a_month_named_twice_is_one_mention(self) -> None:
        published = datetime.date(2015, 8, 1)
        dates = find_dates(
            "بين أواخر يوليو تموز وأوائل أغسطس آب، وفي 20 يوليو تموز", published=published
        )
        self.assertEqual([(d.text, d.date) for d in dates],
                         [("يوليو تموز", "2015-07"), ("أغسطس آب", "2015-08"), ("20 يوليو تموز", "2015-07-20")])  # fmt: skip

    def test_a_day_of_last_year(self) -> None:
        dates = find_dates(
            "إلى البرلمان فى 23 يناير من العام الماضى", published=datetime.date(2013, 2, 20)
        )
        self.assertEqual(
            [(d.text, d.date) for d in dates], [("23 يناير من العام الماضى", "2012-01-23")]
        )

    def test_a_future_tense_looks_forward(self) -> None:
        dates = find_dates(
            "ومن المقرر أن يعقد الاجتماع يوم الاثنين في 25 سبتمبر", published=PUBLISHED
        )
        self.assertEqual([d.date for d in dates], ["2018-02-19", "2018-09-25"])
        english = find_dates(
            "Talks will continue on Monday. They met on Monday.", language="en", published=PUBLISHED
        )
        self.assertEqual([d.date for d in english], ["2018-02-19", "2018-02-12"])

    def test_a_word_with_a_prefix_is_not_a_weak_month(self) -> None:
        self.assertEqual(find_dates("من الجانب التركي، باب الهوى", published=PUBLISHED), ())
        self.assertEqual(
            [d.text for d in find_dates("seized in August of 2013", language="en")],
            ["August of 2013"],
        )

    def test_the_day_after_is_not_today(self) -> None:
        self.assertEqual(find_dates("وفي اليوم التالي", published=PUBLISHED), ())


class EntitiesTests(SimpleTestCase):
    def test_the_demo_article_in_full(self) -> None:
        entities = find_entities(_demo_text(), language="ar", published=PUBLISHED)
        self.assertIn("Idlib countryside", {p.name for p in entities.places})
        self.assertIn("2018-02-09", {d.date for d in entities.dates})
        self.assertIn(250, {n.value for n in entities.numbers})
        self.assertNotIn(2014, {n.value for n in entities.numbers})
        as_json = json.loads(json.dumps(entities.to_dict(), ensure_ascii=False))
        self.assertEqual(set(as_json), {"numbers", "places", "dates"})

    def test_the_token_cache_stays_bounded_and_does_not_change_results(self) -> None:
        from claims.extraction import entities

        text = "قتل حوالي 250 مقاتلاً في ريف إدلب الثلاثاء"
        before = find_entities(text, language="ar", published=PUBLISHED)
        limit = entities._CACHE_LIMIT
        entities._CACHE_LIMIT = 50
        try:
            for n in range(400):
                find_entities(f"كلمة{n}x بلدة{n}y", language="ar")
            self.assertLessEqual(len(entities._CACHE) + len(entities._OLD), 100)
            self.assertEqual(find_entities(text, language="ar", published=PUBLISHED), before)
        finally:
            entities._CACHE_LIMIT = limit

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join))
    def test_offsets_always_slice_to_the_mention_text(self, text: str) -> None:
        entities = find_entities(text, language="ar", published=PUBLISHED)
        for mention in (*entities.numbers, *entities.places, *entities.dates):
            self.assertEqual(text[mention.start : mention.end], mention.text)

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=60))
    def test_any_unicode_input_returns(self, text: str) -> None:
        entities = find_entities(
            text, language="en", published=datetime.datetime(2018, 2, 13, 9, 0)
        )
        for mention in (*entities.numbers, *entities.places, *entities.dates):
            self.assertEqual(text[mention.start : mention.end], mention.text)


# Pieces around the characters that join runs into one token (1,250  2.5  Ma'arrat  U.S.).
JOINER_FRAGMENTS = [
    "A", "B", "U", "S", "x", "ab", "Idlib", "1", "25", "٢", "۳", "إدلب", "ً", "ـ", ".", ",", "'",
    "’", "‘", "`", "ʼ", "٫", "٬", " ", "%", "$", "-", "_", "\n", "U.S.", "A.B", "1,250", "2.5",
]  # fmt: skip


class TokenisingTests(SimpleTestCase):
    """The fast paths of the tokeniser give exactly what the plain token regex gives."""

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(JOINER_FRAGMENTS), max_size=16).map("".join))
    def test_the_split_joins_runs_as_the_token_regex_does(self, text: str) -> None:
        from claims.extraction.entities import _SPLIT, _split

        self.assertEqual(_split(text), _SPLIT.split(text))

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=60))
    def test_the_split_on_any_text(self, text: str) -> None:
        from claims.extraction.entities import _SPLIT, _split

        self.assertEqual(_split(text), _SPLIT.split(text))

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(st.sampled_from(FRAGMENTS), max_size=24).map("".join),
        st.lists(st.integers(min_value=0, max_value=200), max_size=8),
    )
    def test_entities_in_spans_are_those_of_each_slice(self, text: str, cuts: list[int]) -> None:
        from claims.extraction.entities import find_entities_in_spans

        points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
        spans = list(zip(points, points[1:], strict=False)) + [(0, len(text))]
        got = find_entities_in_spans(text, spans, language="ar", published=PUBLISHED)
        want = [find_entities(text[s:e], language="ar", published=PUBLISHED) for s, e in spans]
        self.assertEqual(got, want)
