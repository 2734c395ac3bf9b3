"""English voice and claim boundaries on short excerpts of real reports (fa-kes, Ahram Online, BBC): the
outlet's own sentences against attributed ones, passive forms, and where a claim ends."""

from __future__ import annotations

from django.test import SimpleTestCase

from claims.extraction import extract
from tests.extraction.helpers import claim_with, speakers


class EnglishVoiceTests(SimpleTestCase):
    def assert_one_claim_by(self, cases: list[tuple[str, str]]) -> None:
        """Each sentence gives one claim whose only speaker is the one named."""
        for sentence, speaker in cases:
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), [speaker])

    def test_according_to_a_source_or_document_with_lower_case_modifiers(self) -> None:
        # fakes-293, fakes-375, bbc-business-267: "according to a new toll / a pro-opposition civil
        # defense source / a registration document filed with …" (EN-10: documents speak)
        self.assert_one_claim_by(
            [
                (
                    "On Monday at least 24 people were killed in a barrel bomb attack on the same "
                    "neighbourhood according to a new toll from the observatory.",
                    "a new toll",
                ),
                (
                    "At least 16 civilians were killed Friday in Aleppo according to a pro-opposition "
                    "civil defense source on the ground.",
                    "a pro-opposition civil defense source",
                ),
                (
                    "According to a registration document filed with the Securities and Exchange "
                    "Commission, Nasdaq Stock Market plans to raise dollars 100m from the sale.",
                    "a registration document",
                ),
            ]
        )

    def test_a_conditional_participle_is_no_report(self) -> None:
        # fakes-287, bbc-business-023: "If confirmed, …" names no one; the sentence is the outlet's
        for sentence in [
            "If confirmed it would be one of the worst chemical attacks since the start of Syrias "
            "civil war six years ago.",
            "If confirmed, that would be the best quarterly showing since early 2002.",
        ]:
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))

    def test_a_quoted_question_is_quoted_by_the_inverted_speaker_after_it(self) -> None:
        # bbc-business-065: the question mark inside the quotation does not end the sentence
        result = extract(
            '"Of course we applaud humanitarian initiatives, but why target the airlines?" said Ulrich '
            "Schulte-Strathaus, secretary general of the Association of European Airlines.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["Ulrich Schulte-Strathaus"]))

    def test_a_quotation_closed_by_a_comma_before_its_speaker_keeps_a_long_tail(self) -> None:
        # nc13-englishAhram-e3e7afe0: '"…," he told parliament after …': the quotation is the content
        result = extract(
            "William Hague spoke in London.\n"
            '"The fact remains that diplomacy is taking far too long and the prospect of an immediate '
            'breakthrough is slim," he told parliament after the European Union authorised the supply '
            "of non-lethal military gear.",
            language="en",
        )
        claim = claim_with(result, "diplomacy is taking far too long")
        self.assertEqual(claim.kind, "quote")
        self.assertIn("he told parliament", claim.text)

    def test_a_trailing_speaker_keeps_the_short_clause_or_the_clause_before_a_coordinator(
        self,
    ) -> None:
        # fakes-040: "Scores were also injured it said."; fakes-135: "… the Observatory said but it …"
        result = extract(
            "At least 35 people were killed. Scores were also injured it said.", language="en"
        )
        self.assertEqual(claim_with(result, "Scores were also injured").kind, "reported")
        self.assertIn("it said", claim_with(result, "Scores were also injured").text)
        result = extract(
            "On Saturday an air raid on another hospital in Idlib had wounded five people the "
            "Observatory said but it could not say whether the raid was Syrian or Russian.",
            language="en",
        )
        claim = claim_with(result, "had wounded five people")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["the Observatory"]))

    def test_no_details_of_casualties_is_passive(self) -> None:
        # fakes-298 (convention EN-13: "there were no details of casualties" is passive, as "no reports")
        (claim,) = extract(
            "There were no immediate details on the breakdown of those killed in the strikes.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("passive", []))

    def test_a_photo_credit_ends_a_caption_that_is_no_claim(self) -> None:
        # fakes-343: the caption's "activists said" is no claim (EN-17) and lends no speaker to the lead
        result = extract(
            "A man rides a bicycle past burning tyres which activists said are used to create smoke "
            "cover from warplanes in Aleppo Syria August 1 2016 (Reuters Photo) Ten civilians were "
            "killed and another 17 injured on Tuesday when Russian warplanes struck a town in Syrias "
            "northern Aleppo province according to local civil defense sources.",
            language="en",
        )
        caption = claim_with(result, "burning tyres")
        self.assertEqual((caption.kind, speakers(caption)), ("outlet", []))
        lead = claim_with(result, "Ten civilians were killed")
        self.assertEqual(speakers(lead), ["local civil defense sources"])
        self.assertFalse(lead.text.startswith("("))

    def test_a_belief_without_that_is_its_holders_claim(self) -> None:
        # fakes-327, bbc-business-272: "X believe(s) <clause>" reports X's belief as "believe that" does;
        # not inside another report (nc13-englishAhram-e10103df) nor after "is" / "to"
        self.assert_one_claim_by(
            [
                (
                    "US officials believe Russian aircraft were responsible for the strike.",
                    "US officials",
                ),
                (
                    "Analysts believe the stock market will rise above the 25,000 mark for the first "
                    "time before too long.",
                    "Analysts",
                ),
                (
                    "Earlier, a senior U.S. official said Washington believed Egypt needed to increase "
                    "tax revenues and cut energy subsidies.",
                    "a senior U.S. official",
                ),
            ]
        )
        for sentence in ["It is hard to believe Saber's version.", "They believe in God."]:
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(claim.kind, "outlet")

    def test_any_verb_after_a_closed_quotation_names_its_speaker(self) -> None:
        # nc13-englishAhram-2bad4687, -95f5eff8, -0acc4b5f: "comments", "agreed", "maintained" are no
        # cue words, but after a closed quotation the subject of any verb spoke it (EN-5)
        result = extract(
            "Sharkawi runs the circus.\n"
            '"We have people from all over the city coming to watch our shows. Even those from Ismailia '
            'followed us here," El-Sharkawi comments.',
            language="en",
        )
        for words in ["We have people", "Even those from Ismailia"]:
            claim = claim_with(result, words)
            self.assertEqual((claim.kind, speakers(claim)), ("quote", ["El-Sharkawi"]))
        self.assert_one_claim_by(
            [
                ('"The current situation is untenable," agreed Judeh', "Judeh"),
                ('"There is no lapse in security," Gupta maintained', "Gupta"),
            ]
        )

    def test_shells_that_slammed_into_a_place_report_nothing(self) -> None:
        # fakes-055: "slammed" criticises only when it is not a blow "into" something
        (claim,) = extract(
            "Meanwhile a rocket has slammed into a hospital in northwestern Syria on Tuesday.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))

    def test_a_scraped_title_and_its_dateline_are_no_claim(self) -> None:
        # fakes-245: the title's "Russia says" is no speaker of the lead (convention EN-1)
        result = extract(
            "Russia says 62 Syrian troops killed in US-led strikes AFP Sunday 18 Sep 2016 More than 60 "
            "Syrian government soldiers were killed Saturday in US-led coalition air strikes on an air "
            "base the Russian army said. The strikes hit Deir Ezzor.",
            language="en",
        )
        title = claim_with(result, "Russia says 62")
        self.assertEqual((title.kind, speakers(title)), ("outlet", []))
        lead = claim_with(result, "More than 60")
        self.assertEqual(speakers(lead), ["the Russian army"])

    def test_a_passive_hedge_inside_a_named_report_stays_the_speakers(self) -> None:
        # fakes-194, nc13-englishAhram-33f8b8e1: "believed to" inside what a named source said
        self.assert_one_claim_by(
            [
                (
                    "Abdel Rahman said 10 of those killed were believed to be civilians.",
                    "Abdel Rahman",
                ),
                (
                    "The Israeli military said mortar rounds believed to have been fired from Syria hit "
                    "the southern Israeli-occupied Golan Heights on Saturday.",
                    "The Israeli military",
                ),
            ]
        )

    def test_declaring_a_caliphate_is_an_act(self) -> None:
        # fakes-493 (convention EN-14: "IS declared a caliphate" is an act, outlet)
        (claim,) = extract(
            "Islamic State has declared a caliphate in the areas where it operates in Iraq and Syria.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))
