"""English attribution on short excerpts of real reports (fa-kes, Ahram Online, BBC)."""

from __future__ import annotations

import re

from django.test import SimpleTestCase

from claims.extraction import extract
from tests.extraction.helpers import claim_with, sources, speakers


class EnglishAttributionTests(SimpleTestCase):
    def assert_one_claim_by(self, cases: list[tuple[str, str]]) -> None:
        """Each sentence gives one claim whose only speaker is the one named."""
        for sentence, speaker in cases:
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), [speaker])

    def test_a_post_posed_said_closes_an_unpunctuated_proposition(self) -> None:
        # fa-kes-342: no commas or full stops between the attribution and the next sentence.
        result = extract(
            "An airstrike on a hospital in northwestern Syria on Saturday killed 10 people including children "
            "the Syrian Observatory for Human Rights said The hospital in the town of Meles is about 15 km "
            "from Idlib city in rebel-held Idlib province.",
            language="en",
        )
        strike = claim_with(result, "An airstrike on a hospital")
        self.assertEqual(speakers(strike), ["the Syrian Observatory for Human Rights"])
        self.assertEqual(sources(strike), ["sohr"])
        town = claim_with(result, "town of Meles")
        self.assertEqual(town.kind, "outlet")

    def test_a_subject_first_said_opens_the_proposition_after_it(self) -> None:
        result = extract(
            "The LCC said 27 people were killed and many others were wounded.", language="en"
        )
        (claim,) = result.claims
        self.assertEqual(
            (claim.kind, claim.mode, speakers(claim)), ("reported", "said", ["The LCC"])
        )

    def test_according_to_attaches_to_what_precedes_it(self) -> None:
        # fa-kes-789
        result = extract(
            "The Syrian army managed to control a number of villages in east of Khanasser according to Al-Manar reporter.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual((claim.mode, speakers(claim)), ("according_to", ["Al-Manar reporter"]))

    def test_an_inverted_said_after_a_quotation_makes_it_a_quote(self) -> None:
        # Ahram Online
        result = extract(
            '"The army will at all costs hunt down the rebels even if it destroys the neighbourhood," said '
            "Rami Abdel Rahman, head of the Britain-based Syrian Observatory for Human Rights.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(claim.attributions[0].speaker, "Rami Abdel Rahman")
        self.assertEqual(claim.attributions[0].source, "rami-abdel-rahman")

    def test_he_added_and_it_said_carry_the_last_speaker(self) -> None:
        result = extract(
            "The Ariha Today Facebook page posted a photo of the street. It said 27 people were killed. "
            "Observatory head Rami Abdel Rahman said it was the first bombardment. He added that 31 people died.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "27 people were killed")), ["The Ariha Today Facebook page"]
        )
        self.assertEqual(
            speakers(claim_with(result, "31 people died")), ["Observatory head Rami Abdel Rahman"]
        )

    def test_the_observatory_is_a_back_reference_to_the_fullest_mention(self) -> None:
        result = extract(
            "Rami Abdurrahman who heads the Britain-based Syrian Observatory for Human Rights said the plane "
            "crashed in the town centre. The Observatory later said that 31 people were killed.",
            language="en",
        )
        later = claim_with(result, "31 people were killed")
        self.assertEqual(speakers(later), ["the Britain-based Syrian Observatory for Human Rights"])

    def test_a_quotation_over_two_sentences_belongs_to_the_speaker_named_after_it(self) -> None:
        # fa-kes-043
        result = extract(
            '"There have been at least 45 air strikes today. The towns medical centre was hit and its director '
            'was killed" activist Abu Malek al-Jayrudi told AFP via the Internet.',
            language="en",
        )
        for words in ("45 air strikes", "medical centre was hit"):
            claim = claim_with(result, words)
            self.assertEqual(claim.kind, "quote")
            self.assertEqual(speakers(claim), ["activist Abu Malek al-Jayrudi"])

    def test_denials_and_coordinated_speakers(self) -> None:
        result = extract("The Syrian government has strongly denied responsibility.", language="en")
        (claim,) = result.claims
        self.assertEqual((claim.polarity, speakers(claim)), ("deny", ["The Syrian government"]))
        both = extract(
            "The Observatory and the LCC said that at the time of the crash the town was under attack.",
            language="en",
        ).claims[0]
        self.assertEqual(speakers(both), ["The Observatory", "the LCC"])

    def test_reportedly_is_passive_and_hedged(self) -> None:
        # fa-kes: "The suicide attacker reportedly detonated his explosives in front of the bakery."
        (claim,) = extract(
            "The suicide attacker reportedly detonated his explosives in front of the bakery."
        ).claims
        self.assertEqual(claim.kind, "passive")
        self.assertEqual(claim.hedges, ("reportedly",))

    def test_it_was_reported_is_passive(self) -> None:
        (claim,) = extract(
            "It was reported that two shells fell on the outskirts of the town.", language="en"
        ).claims
        self.assertEqual((claim.kind, claim.attributions), ("passive", ()))

    def test_a_sentence_with_no_cue_is_the_outlet_voice(self) -> None:
        (claim,) = extract("Syrias civil war began in March 2011.", language="en").claims
        self.assertEqual(claim.kind, "outlet")
        self.assertEqual(claim.mode, "")

    def test_hedges_may_and_allegedly(self) -> None:
        (claim,) = extract(
            "Officials said the toll may rise as rescuers search the rubble.", language="en"
        ).claims
        self.assertTrue(claim.hedged)
        self.assertIn("may", claim.hedges)

    def test_a_time_phrase_is_no_part_of_the_speaker(self) -> None:
        # fa-kes: "The Islamic State … group on Monday claimed responsibility …", "… people on Monday activists said."
        (claim,) = extract(
            "The Islamic State group on Monday claimed responsibility for a suicide bombing.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The Islamic State group"])
        (claim,) = extract(
            "Air raids killed at least 27 people on Monday activists said.", language="en"
        ).claims
        self.assertEqual(speakers(claim), ["activists"])

    def test_a_participle_after_the_closing_speaker_stays_with_the_claim(self) -> None:
        # fa-kes: '"Some cases appear to show …" WHO said in a statement putting the death toll at at least 70.'
        result = extract(
            '"Some cases appear to show signs of exposure to nerve agents" WHO said in a '
            "statement putting the death toll at at least 70.",
            language="en",
        )
        claim = claim_with(result, "death toll")
        self.assertEqual(speakers(claim), ["WHO"])

    def test_an_adverb_between_auxiliary_and_denial(self) -> None:
        (claim,) = extract(
            "Assads government has always denied responsibility for that attack.", language="en"
        ).claims
        self.assertEqual((claim.kind, claim.mode), ("reported", "denied"))
        self.assertEqual(speakers(claim), ["Assads government"])

    def test_a_bracketed_acronym_after_the_name_stays_with_the_speaker(self) -> None:
        # fa-kes: '"These reports are of great concern" Ahmet Uzumcu the head of the OPCW [OPCW] said …'
        (claim,) = extract(
            '"These reports are of great concern" the Organisation for the Prohibition of '
            "Chemical Weapons (OPCW) said.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(
            speakers(claim), ["the Organisation for the Prohibition of Chemical Weapons (OPCW)"]
        )

    def test_the_agent_of_a_passive_reporting_verb_is_the_speaker(self) -> None:
        # nc13-englishAhram: "The capture of the arms depots was confirmed by the Syrian Observatory …"
        (claim,) = extract(
            "The capture of the arms depots was confirmed by the Syrian Observatory for Human "
            "Rights, which also reported heavy fighting.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, claim.mode), ("reported", "confirmed"))
        self.assertEqual(speakers(claim), ["the Syrian Observatory for Human Rights"])
        self.assertEqual(sources(claim), ["sohr"])

    def test_a_but_clause_with_its_own_speaker_leaves_the_first_clause_to_the_outlet(self) -> None:
        # fa-kes: "More than 330000 people have been killed … but some non-governmental organisations put
        # the death toll a lot higher."
        result = extract(
            "More than 330000 people have been killed in Syria since the conflict began in March "
            "2011 but some non-governmental organisations put the death toll a lot higher.",
            language="en",
        )
        self.assertEqual(claim_with(result, "330000 people").kind, "outlet")
        ngos = claim_with(result, "death toll")
        self.assertEqual(speakers(ngos), ["some non-governmental organisations"])

    def test_claims_is_a_verb_after_a_subject_and_a_noun_after_a_determiner(self) -> None:
        # fa-kes: "Turkey claims the PYD enjoys close connections with the PKK …"
        (verb,) = extract(
            "Turkey claims the PYD enjoys close connections with the PKK.", language="en"
        ).claims
        self.assertEqual(
            (verb.kind, verb.mode, speakers(verb)), ("reported", "claimed", ["Turkey"])
        )
        (noun,) = extract("The claims could not be verified.", language="en").claims
        self.assertEqual(noun.kind, "outlet")

    def test_the_subject_before_a_who_clause_speaks_not_the_name_inside_it(self) -> None:
        # fa-kes: "Prince Saud whose country has been a major supporter of rebels fighting to topple Assad
        # also urged European Union foreign ministers …"
        (claim,) = extract(
            "Prince Saud whose country has been a major supporter of rebels fighting to topple Assad "
            "also urged European Union foreign ministers to discuss the crisis.",
            language="en",
        ).claims
        self.assertEqual((claim.mode, speakers(claim)), ("called_for", ["Prince Saud"]))

    def test_nested_reporting_keeps_both_voices(self) -> None:
        # fa-kes: "Irans foreign minister said the Syrian government had told Tehran it would allow U.N.
        # inspectors to visit areas …"
        (claim,) = extract(
            "Irans foreign minister said the Syrian government had told Tehran it would allow U.N. "
            "inspectors to visit.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Irans foreign minister", "the Syrian government"])

    def test_commitment_verbs_report_their_subject(self) -> None:
        # fa-kes-057: "The Syrian regime and its Russian and Iranian backers have vowed to keep up the fight …"
        (claim,) = extract(
            "The Syrian regime and its Russian and Iranian backers have vowed to keep up the fight.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "reported")
        self.assertEqual(speakers(claim), ["The Syrian regime", "its Russian and Iranian backers"])
        # bbc-politics-254: "For his part, Mr Brown insists his only motivation was to get Labour re-elected."
        (claim,) = extract(
            "Mr Brown insists his only motivation was to get Labour re-elected.", language="en"
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["Mr Brown"]))

    def test_a_cue_inside_a_hyphenated_adjective_is_not_a_report(self) -> None:
        # bbc-business-491: "This aid comes on top of a previously-pledged dollars 3.4bn package."
        (claim,) = extract(
            "This aid comes on top of a previously-pledged dollars 3.4bn package.", language="en"
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_leading_frame_is_no_part_of_the_speaker(self) -> None:
        # fa-kes-730: "In a video statement Ahrar al-Sham said its council appointed Hashem al-Sheikh …"
        (claim,) = extract(
            "In a video statement Ahrar al-Sham said its council appointed Hashem al-Sheikh as leader.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Ahrar al-Sham"])
        # fa-kes-704: "In March SDF military commander Nasser Haj Mansour told Sputnik that …"
        (claim,) = extract(
            "In March SDF military commander Nasser Haj Mansour told Sputnik that the Kurdish-led "
            "units had surrounded the town.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["SDF military commander Nasser Haj Mansour"])

    def test_an_aside_after_the_name_is_no_part_of_the_speaker(self) -> None:
        # bbc-politics-186
        (claim,) = extract(
            "Tory leader Michael Howard, asked about Mr Livingstone's remark by reporters, said it was "
            "important for politicians to be mindful about the language they use.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Tory leader Michael Howard"])

    def test_he_refers_to_the_last_singular_speaker_not_a_plural_body(self) -> None:
        # bbc-politics-022: "… but Mr Howard said Labour had proposed the idea too. … The Tories have
        # promised pounds 4bn in tax cuts … He accused ministers of wasting money …"
        result = extract(
            "Mr Howard said Labour had proposed the idea too. The Tories have promised pounds 4bn in "
            "tax cuts. He accused ministers of wasting money on unsuccessful attempts to curb truancy.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "tax cuts")), ["The Tories"])
        self.assertEqual(speakers(claim_with(result, "wasting money")), ["Mr Howard"])

    def test_told_takes_the_speaker_before_it_never_the_addressee(self) -> None:
        # bbc-business-152
        (claim,) = extract(
            '"I agree that we do not need to cut supply if the prices are as much as this," '
            "Fathi Bin Shatwan, Libya's oil minister, told Reuters.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "quote")
        self.assertEqual(speakers(claim), ["Fathi Bin Shatwan, Libya's oil minister"])
        # fa-kes-675
        (claim,) = extract(
            "Six people were killed and over 10 were injured in a shelling of the central "
            "neighborhoods of Damascus on Sunday a hospital staff told RIA Novosti.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["a hospital staff"])

    def test_the_subject_of_went_on_to_say_is_the_speaker(self) -> None:
        # nc13-englishAhram-16c93a2f: "A woman behind Hosny interjects to say her son is even younger."
        (claim,) = extract(
            "A woman behind Hosny interjects to say her son is even younger.", language="en"
        ).claims
        self.assertEqual(speakers(claim), ["A woman behind Hosny"])

    def test_declining_to_say_is_no_report(self) -> None:
        # bbc-politics-042
        (claim,) = extract(
            "On Monday, Tony Blair's official spokesman declined to say whether the prime minister "
            "backed the plans.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_no_one_claiming_is_the_outlets_voice(self) -> None:
        # fakes-095
        (claim,) = extract(
            "No group has claimed responsibility for the attack.", language="en"
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("outlet", []))

    def test_it_emerged_and_unconfirmed_reports_are_passive(self) -> None:
        # bbc-business-414: "Enron went bankrupt in 2001 after it emerged it had hidden …"
        (claim,) = extract(
            "Enron went bankrupt in 2001 after it emerged it had hidden hundreds of millions of "
            "dollars in debt.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "passive")
        # fakes-072
        (claim,) = extract(
            "Unconfirmed reports over the use of chlorine gas on rebel-held areas in eastern Aleppo "
            "emerged after the offensive on the city began in late June.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "passive")

    def test_an_inverted_speaker_may_go_on_with_a_who_clause(self) -> None:
        # fakes-233
        (claim,) = extract(
            "Jihadists fighting for the Al-Nusra Front the Syrian branch of Al-Qaeda were also killed "
            "said Observatory head Rami Abdel Rahman who did not provide a precise number.",
            language="en",
        ).claims
        self.assertEqual(
            (claim.kind, speakers(claim)), ("reported", ["Observatory head Rami Abdel Rahman"])
        )

    def test_a_date_or_a_speaking_aside_is_no_part_of_the_speaker(self) -> None:
        # fakes-308
        (claim,) = extract(
            "The regime on July 22 announced a ceasefire with rebels in the besieged area.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The regime"])
        # fakes-363: "Rices deputy Tony Blinken speaking at the Carnegie Endowment … said that …"
        (claim,) = extract(
            "Rices deputy Tony Blinken speaking at the Carnegie Endowment for International Peace "
            "said that the program will also fight the Assad regime.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Rices deputy Tony Blinken"])

    def test_coordinated_modifiers_of_sources_are_one_speaker(self) -> None:
        # fakes-407
        (claim,) = extract(
            "Local and media sources said that coalition aircrafts targeted a modest "
            "cotton-spinning plant in al-Salehia village.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Local and media sources"])

    def test_after_a_quotation_a_lowercase_title_and_name_is_the_speaker(self) -> None:
        # fakes-363
        (claim,) = extract(
            '"The attack on the Abedin camp was nothing short of barbaric" said state department '
            "spokeswoman Jen Psaki.",
            language="en",
        ).claims
        self.assertEqual(
            (claim.kind, speakers(claim)), ("quote", ["state department spokeswoman Jen Psaki"])
        )
        # bbc-business-167
        (claim,) = extract(
            '"Solidere should be above dollars 10 but because of this disaster it is falling," said '
            "one trader.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["one trader"]))

    def test_a_colon_after_the_verb_opens_the_quotation_even_after_a_frame(self) -> None:
        # bbc-politics-209
        result = extract(
            "In an email interview in the British newspaper the Independent, Mr Abbas said: "
            '"We believe peace is possible now and we are ready to negotiate with Israel."',
            language="en",
        )
        claim = claim_with(result, "We believe peace is possible")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["Mr Abbas"]))

    def test_speech_acts_of_judging_and_concern_report_their_subject(self) -> None:
        cases = [
            # fakes-089
            (
                'UNICEF Executive Director Anthony Lake has called the airstrikes an "outrage" '
                "tantamount to a war crime.",
                "UNICEF Executive Director Anthony Lake",
            ),
            # nc13-englishAhram-09ac5fb7
            (
                "Moscow played down the significance of the discussions in Munich.",
                "Moscow",
            ),
            # nc13-englishAhram-b5f64658
            (
                "Egyptian diplomats speaking to Ahram Online expressed deep concern over the "
                "consequences of any possible involvement by Israel in the Syrian crisis.",
                "Egyptian diplomats",
            ),
            # nc13-englishAhram-2d07f39e
            (
                "Israel cites historical and Biblical roots to the West Bank and Jerusalem.",
                "Israel",
            ),
        ]
        for sentence, speaker in cases:
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))

    def test_a_name_after_a_preposition_is_no_earlier_mention_of_a_speaker(self) -> None:
        # nc13-englishAhram-2d07f39e: "Israel" is not "Obama, on his first official visit to Israel".
        result = extract(
            "Obama, on his first official visit to Israel, said peace was possible. "
            "Israel cites historical and Biblical roots to the West Bank and Jerusalem.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "Biblical roots")), ["Israel"])

    def test_the_medium_after_the_name_is_no_part_of_the_speaker(self) -> None:
        # fakes-640
        (claim,) = extract(
            "ISIS in a statement published on Twitter and the messaging service Telegram said a "
            "suicide bomber detonated an explosive belt among rebels.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["ISIS"])

    def test_a_media_noun_before_published_or_posted_is_no_report(self) -> None:
        # fakes-363: videos that show something are the outlet's (convention EN-10)
        (claim,) = extract(
            "Footage posted on YouTube showed corpses of women and children and burning tents.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_participle_that_is_no_report_leaves_the_subject_before_it(self) -> None:
        # bbc-politics-215: "In a report published last July the cross-party committee
        # stated there was a …"
        (claim,) = extract(
            'In a report published last July the cross-party committee stated there was a "significant '
            'risk" the new procedures were incompatible with the right to marry.',
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["the cross-party committee"])

    def test_roles_and_their_modifiers_belong_to_the_speaker(self) -> None:
        cases = [
            # bbc-business-147
            (
                "But growth slowed sharply in the fourth quarter to 5.6%, and the central bank said "
                "it expected 6% expansion in 2005.",
                "the central bank",
            ),
            # nc13-englishAhram-bee09b72
            (
                "The head of Ramadi Hospital's emergency department confirmed receiving five bodies.",
                "The head of Ramadi Hospital's emergency department",
            ),
            # bbc-business-086
            (
                '"It appears that the UK is in a two-tier economy again," said Prebon Yamane '
                "economist Lena Komileva.",
                "Prebon Yamane economist Lena Komileva",
            ),
        ]
        self.assert_one_claim_by(cases)

    def test_the_same_diplomat_is_the_diplomat_named_before(self) -> None:
        # nc13-englishAhram-d48458d1
        result = extract(
            "According to one Egyptian diplomat, Cairo fully supports the initiative. "
            "\u201cWe are moving steadily in the direction of a political resolution,\u201d the same "
            "diplomat stated.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "moving steadily")), ["one Egyptian diplomat"])

    def test_present_tense_reporting_verbs(self) -> None:
        # bbc-politics-288: "UKIP asserts that Mr Hockney "has a moral obligation …" to stand down."
        (claim,) = extract(
            'UKIP asserts that Mr Hockney "has a moral obligation, if not a legal one" to stand down.',
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["UKIP"]))

    def test_an_organisation_is_not_resolved_to_its_spokesman(self) -> None:
        # bbc-politics-288
        result = extract(
            "A spokesman for UKIP called on Mr Hockney to quit the London Assembly. "
            "UKIP said those who selected him knew nothing of his views.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "knew nothing")), ["UKIP"])

    def test_a_name_with_its_apposition_between_commas_speaks(self) -> None:
        # nc13-englishAhram-9bc18feb
        (claim,) = extract(
            '"Obama knows that confrontation with Al-Assad is impossible," William Rugh, US former '
            "senior diplomat in Damascus, said in Cairo on Monday.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["William Rugh, US former senior diplomat in Damascus"])
        # an adverb or an age between the commas is no apposition
        result = extract(
            "Mr Hague said the plan was wrong. Mr Hague, 43, said he would stay.", language="en"
        )
        self.assertEqual(speakers(claim_with(result, "would stay")), ["Mr Hague"])

    def test_and_inside_an_organisation_name_does_not_split_it(self) -> None:
        # nc13-englishAhram-ec820836
        (claim,) = extract(
            "The Movement for Oneness and Jihad in West Africa (MUJAO) said it had attacked military "
            "positions in Gao.",
            language="en",
        ).claims
        self.assertEqual(
            speakers(claim), ["The Movement for Oneness and Jihad in West Africa (MUJAO)"]
        )

    def test_added_up_to_is_no_report(self) -> None:
        # bbc-business-505
        (claim,) = extract(
            "In 2004, Japan's imports from and exports to China (and Hong Kong) added up to "
            "22,201bn yen.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_clause_or_an_aside_around_the_speaker_is_no_part_of_it(self) -> None:
        cases = [
            # nc13-englishAhram-53576d46
            (
                "The violence came as US Secretary of State John Kerry said in Riyadh that Washington "
                "will work with its friends.",
                "US Secretary of State John Kerry",
            ),
            # nc13-englishAhram-2d07f39e
            (
                "Obama, on his first official visit to Israel and the occupied West Bank, said only "
                "peace could bring true security.",
                "Obama",
            ),
            # nc13-englishAhram-cd21d5bb
            (
                '"It is time to end this two-year conflict," Foreign Minister Sergei Lavrov said after '
                "a meeting with Arab League chief Nabil al-Arabi.",
                "Foreign Minister Sergei Lavrov",
            ),
        ]
        self.assert_one_claim_by(cases)

    def test_a_long_unpunctuated_report_splits_before_and_would_and_but(self) -> None:
        # fakes-451 (the article lost its commas)
        result = extract(
            "We are in close contact with the Syrian government and they have reassured us that they "
            "had never used such inhumane weapons and would have the fullest cooperation with the U.N. "
            "experts to visit the areas affected Mohammad Javad Zarif told Italian Foreign Minister Emma "
            "Bonino in a telephone conversation on Saturday according to Press TV.",
            language="en",
        )
        first = claim_with(result, "We are in close contact")
        self.assertNotIn("fullest cooperation", first.text)
        self.assertIn("Mohammad Javad Zarif", speakers(first))
        self.assertIn("Mohammad Javad Zarif", speakers(claim_with(result, "fullest cooperation")))

    def test_a_clause_before_and_is_no_part_of_the_next_speaker(self) -> None:
        # fakes-095
        result = extract(
            "The attack also injured dozens and the monitor said the toll could rise further.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "toll could rise")), ["the monitor"])
        # a coordinated noun phrase stays whole (fakes-748)
        (claim,) = extract(
            "The Kurdish Peoples Protection Units (YPG) and the so-called Syrian Observatory for Human "
            "Rights both reported the late June attacks in Hasakeh province.",
            language="en",
        ).claims
        self.assertEqual(len(speakers(claim)), 2)

    def test_a_place_after_the_source_belongs_to_it(self) -> None:
        # fakes-469
        (claim,) = extract(
            "The terrorists targeted the two neighborhoods injuring three people in al-Sabbaa Bahrat "
            "according to a source at Damascus Police Command.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["a source at Damascus Police Command"])

    def test_the_name_before_a_that_is_clause_speaks(self) -> None:
        # fakes-031
        (claim,) = extract(
            "The news website El-Dorar Al-Shamia that is affiliated to the Syrian opposition said that "
            "the attack was not an isolated case.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The news website El-Dorar Al-Shamia"])

    def test_a_leading_but_is_no_part_of_the_subject_that_goes_on(self) -> None:
        # bbc-politics-032
        result = extract(
            "But Assistant Chief Constable David Warcup has liaised with several protest groups and "
            "said all negotiations had gone well.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "negotiations had gone well")),
            ["Assistant Chief Constable David Warcup"],
        )

    def test_the_cue_guard_knows_every_character_a_pattern_can_start_with(self) -> None:
        from claims.extraction.cues import _first_chars

        self.assertEqual(_first_chars(r"(?:raised|expressed)\s+concerns?"), "er")
        self.assertEqual(_first_chars(r"according\s+to", re.IGNORECASE), "Aa")
        # an optional prefix: the pattern may also start after it
        self.assertEqual(_first_chars(r"(?:[وف]|ول)?قال"), "فقو")
        self.assertEqual(_first_chars(r"(?:the\s+)?reports"), "rt")
        # no plain set: no guard rather than a wrong one
        self.assertIsNone(_first_chars(r"\w+ said"))
        self.assertIsNone(_first_chars(r"(?:x)?"))

    def test_the_prefix_guard_admits_every_way_a_pattern_can_start(self) -> None:
        from claims.extraction.cues import _prefixes, guarded

        self.assertEqual(_prefixes(r"(?:says|said)\s+that", depth=5), r"s(?:a(?:id\s|ys\s))")
        # an optional prefix, a class and a repeat: every spelling, cut at the depth
        self.assertEqual(_prefixes(r"(?:[وف])?قالت?", depth=3), "فقا|قال|وقا")
        self.assertEqual(_prefixes(r"a{2,}b", depth=3), "a(?:a(?:a|b))")
        # a prefix that can end early, or an unknown character: the guard stops there
        self.assertEqual(_prefixes(r"ab?", depth=3), "a")
        self.assertEqual(_prefixes(r"ab\w+", depth=3), "ab")
        self.assertEqual(_prefixes(r"\w+ said"), "")
        # the guard changes no match
        pattern = r"(?:[وف])?(?:قال(?:ت|وا)?|بحسب(?:\s+ما\s+\w+)?|وفقا\s*ل)"
        text = "وقال المتحدث إن الغارات وفقا لمصادر محلية، بحسب ما أفاد ناشطون، وقالوا: قالب بحسبان"
        found = [m.span() for m in guarded(r"\b", pattern).finditer(text)]
        self.assertEqual(len(found), 6)  # "قالب", "بحسبان" too: the pattern has no end boundary
        self.assertEqual(found, [m.span() for m in re.finditer(rf"\b(?:{pattern})", text)])

    def test_they_refers_to_the_last_plural_speaker_not_one_person(self) -> None:
        # nc13-englishAhram-0b527cb9: "Four rights organisations … said … Sarah Leah Whitson …
        # said … In addition, they demanded that Shaheen conduct an independent investigation …"
        result = extract(
            "Four rights organisations said the police had used excessive force. "
            "Sarah Leah Whitson said the report was damning. "
            "In addition, they demanded that Shaheen conduct an independent investigation.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "independent investigation")),
            ["Four rights organisations"],
        )

    def test_what_a_posted_photo_shows_is_the_outlets_but_the_poster_is_remembered(self) -> None:
        # fakes-020 (dev): convention EN-10
        result = extract(
            "The Ariha Today Facebook page posted a photo showing at least seven buildings reduced to "
            "rubble on a narrow street. It said 27 people were killed.",
            language="en",
        )
        self.assertEqual(claim_with(result, "seven buildings").kind, "outlet")
        self.assertEqual(
            speakers(claim_with(result, "27 people")), ["The Ariha Today Facebook page"]
        )

    def test_a_sentence_that_only_names_the_source_ends_the_one_before(self) -> None:
        # fakes-125: "… in the north of Raqqa city. the Syrian Observatory for Human Rights monitor said."
        result = extract(
            "International coalition planes targeted water wells where a group of civilians were "
            "gathered in the north of Raqqa city. the Syrian Observatory for Human Rights monitor said.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual(
            (claim.kind, speakers(claim)),
            ("reported", ["the Syrian Observatory for Human Rights monitor"]),
        )

    def test_with_x_saying_makes_x_the_speaker(self) -> None:
        # fakes-308
        result = extract(
            "Government fire on the besieged region has been on the rise for the past week with the "
            "Britain-based Syrian Observatory for Human Rights monitor saying the latest shelling hit a "
            "school in the town of Jisreen.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "latest shelling")),
            ["the Britain-based Syrian Observatory for Human Rights monitor"],
        )

    def test_writing_and_shouting_report_but_not_writing_a_paper(self) -> None:
        # nc13-englishAhram (Tunisia protest): '"What did we do? …," one woman shouted.'
        (claim,) = extract(
            '"We are always the victims of conflicts between politicians," one woman shouted.',
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["one woman"]))
        (claim,) = extract(
            "He studied at Cambridge and wrote a paper about his accomplishments.", language="en"
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_told_x_colon_opens_the_quotation(self) -> None:
        # bbc-politics-396
        result = extract(
            "Asked about the commissioner's inquiry, a Labour spokesman told BBC News: \"We expect the "
            'information commissioner to take any complaint seriously."',
            language="en",
        )
        claim = claim_with(result, "take any complaint seriously")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["a Labour spokesman"]))

    def test_quoted_as_saying_keeps_the_speaker_and_the_relay(self) -> None:
        # fakes-001
        (claim,) = extract(
            '"According to preliminary data five people were killed in the attack seven others '
            'injured" Barazi was quoted as saying by Al Mayadeen TV channel.',
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Barazi", "Al Mayadeen TV channel"])
        # nc13-englishAhram-c21231c9
        (claim,) = extract(
            "Kim was also quoted as saying his military is fully ready to fight an all-out war, "
            "according to the North's official Korean Central News Agency.",
            language="en",
        ).claims
        self.assertEqual(
            speakers(claim), ["Kim", "the North's official Korean Central News Agency"]
        )

    def test_a_relative_clause_between_commas_leaves_the_name_before_it(self) -> None:
        # nc13-englishAhram-af8ebdec
        (claim,) = extract(
            '"I am sure the secretary will be very clear about how dismayed we were to hear it," the '
            "official, who spoke on condition of anonymity, said.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["the official"]))

    def test_a_lowercase_title_after_said_and_a_comma_names_the_speaker(self) -> None:
        # nc13-englishAhram-c21231c9
        (claim,) = extract(
            '"If South Koreans do not go to work at Kaesong, North Korea will suffer" financially, said '
            "analyst Hong Hyun-ik at the private Sejong Institute in South Korea.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["analyst Hong Hyun-ik"])

    def test_answering_verbs_report_a_quotation_not_a_military_response(self) -> None:
        # nc13-englishAhram (Cairo harassment report): '"The women inside," the teenager answered.'
        (claim,) = extract('"The women inside," the teenager answered.', language="en").claims
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["the teenager"]))
        # fakes-125: "… President Bashar al-Assad responded with military force to peaceful protests …"
        (claim,) = extract(
            "President Bashar al-Assad responded with military force to peaceful protests.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")
        (claim,) = extract(
            "Recent evidence suggested that the economy was slowing down.", language="en"
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_reported_after_a_possessive_is_an_adjective(self) -> None:
        # bbc-politics-288: "… Mr Houston's reported views had been presented as UKIP policy …"
        (claim,) = extract(
            "UKIP spokesman Mark Croucher said the main issue would be that Mr Houston's reported "
            "views had been presented as UKIP policy.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["UKIP spokesman Mark Croucher"])

    def test_and_inside_the_name_of_a_body_does_not_split_it(self) -> None:
        # bbc-politics-042: "the Public and Commercial Services union said …"
        (claim,) = extract(
            "The Public and Commercial Services union said there should be a co-ordinated one day "
            "strike.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The Public and Commercial Services union"])

    def test_a_place_ending_the_clause_is_no_part_of_the_source_after_it(self) -> None:
        # fakes-095 (no commas): "… close to the border with Turkey local sources said."
        (claim,) = extract(
            "At least 20 people were killed in a car bomb blast at an opposition checkpoint close to "
            "the border with Turkey local sources said.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["local sources"])

    def test_according_to_takes_the_whole_phrase_up_to_the_comma(self) -> None:
        # nc13-englishAhram-38cffb21
        (claim,) = extract(
            "According to one informed Egyptian source, tension today involves a business rivalry.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["one informed Egyptian source"])

    def test_he_is_never_a_document(self) -> None:
        # nc13-englishAhram-87020614
        result = extract(
            "Mohamed Fathi, a farmer, said the crops were lost. According to a recent FAO statement, "
            'locust numbers will increase. "Once they arrive, they cannot be stopped," he said.',
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "cannot be stopped")), ["Mohamed Fathi, a farmer"]
        )

    def test_a_whose_clause_between_commas_leaves_the_name_before_it(self) -> None:
        # nc13-englishAhram-87020614
        (claim,) = extract(
            "Abdel Razek, whose crops represent his family's main source of income, blamed the "
            "locusts' appearance on government negligence.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Abdel Razek"])

    def test_an_official_from_a_body_is_one_speaker(self) -> None:
        # fakes-284
        (claim,) = extract(
            "An Israeli attack on a Syrian training camp killed three members of a pro-government "
            "militia on Sunday an official from the forces said.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["an official from the forces"])

    def test_narrating_described_is_the_outlets_but_introduces_the_next_quotation(self) -> None:
        # fakes-101
        result = extract(
            "A witness named Ahmad who was wounded in the head in the blast described the moment the "
            'bomber struck. "People had fallen on the ground," he said.',
            language="en",
        )
        self.assertEqual(claim_with(result, "described the moment").kind, "outlet")
        self.assertEqual(
            speakers(claim_with(result, "fallen on the ground")), ["A witness named Ahmad"]
        )

    def test_casualties_reported_in_a_place_is_a_participle(self) -> None:
        # fakes-497 (headline glued to the dateline)
        (claim,) = extract(
            "Death toll from terrorist rocket attacks in Aleppo rises to 8 more casualties reported in "
            "Idleb and Damascus.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_and_inside_a_long_title_does_not_split_it(self) -> None:
        # fakes-022: "High Representative of the European Union for Foreign Affairs and Security Policy
        # Federica Mogherini said …"
        (claim,) = extract(
            "High Representative of the European Union for Foreign Affairs and Security Policy "
            "Federica Mogherini said the talks would go on.",
            language="en",
        ).claims
        self.assertEqual(len(speakers(claim)), 1)
        # two bodies still split
        (claim,) = extract(
            "The Syrian Observatory for Human Rights and the Civil Defence said 18 people were killed.",
            language="en",
        ).claims
        self.assertEqual(len(speakers(claim)), 2)

    def test_a_quoted_phrase_after_said_is_no_speaker(self) -> None:
        # nc13-englishAhram-0b26e38d
        (claim,) = extract(
            'The doors were shut after the master of ceremonies, Guido Marini, said "Extra Omnes" '
            '(Latin for "Everyone Out").',
            language="en",
        ).claims
        self.assertNotIn("Extra Omnes", speakers(claim))

    def test_every_form_of_a_reporting_verb_is_a_cue_but_its_noun_is_not(self) -> None:
        # fakes-119: "Analysts estimate that Syrias war has killed more than 400000 people …"
        (claim,) = extract(
            "Analysts estimate that Syrias war has killed more than 400000 people.", language="en"
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["Analysts"]))
        # nc13-englishAhram-4d522738: "Syrian rights group reports that more than 300 people …"
        (claim,) = extract(
            "Syrian rights group reports that more than 300 people were abducted by armed groups.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Syrian rights group"])
        # nc13-englishAhram-1d944357: "The Free Syrian Army on Wednesday threatened to shell …"
        (claim,) = extract(
            "The Free Syrian Army on Wednesday threatened to shell positions of the powerful "
            "Hezbollah militant group.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The Free Syrian Army"])
        # fakes-119: "… amid reports that dozens of fighters were killed …": the noun names no one
        result = extract(
            "Four Hezbollah members have been killed in Syria amid reports that dozens of fighters "
            "were killed in clashes outside Aleppo.",
            language="en",
        )
        self.assertEqual([speakers(c) for c in result.claims], [[]] * len(result.claims))
        # bbc-politics-092: "… a key election issue but critics claim the record is at best patchy."
        claim = claim_with(
            extract(
                "Labour sees nuisance behaviour as a key election issue but critics claim the "
                "record is at best patchy.",
                language="en",
            ),
            "patchy",
        )
        self.assertEqual(speakers(claim), ["critics"])
        # nc13-englishAhram-231d07a8 (unannotated): "… would only confirm one of the …": no report
        (claim,) = extract(
            "A foreign country championing their cause would only confirm one of the fears.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_subject_after_as_opens_its_own_claim(self) -> None:
        # fakes-011: "… pushed from town of Deir al-Adas … as rebels claim Iranian-backed Lebanese
        # group wants to set up permanent base."
        result = extract(
            "Free Syrian Army and Nusra Front fighters pushed from town of Deir al-Adas and "
            "surrounding areas as rebels claim Iranian-backed Lebanese group wants to set up "
            "permanent base.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "permanent base")), ["rebels"])
        self.assertEqual(claim_with(result, "pushed from town").kind, "outlet")

    def test_a_subject_separated_from_its_verb_by_an_aside_speaks(self) -> None:
        # nc13-englishAhram-a495bc1e: "A UN official, speaking on condition of anonymity, previously
        # said the UNDOF mission was …"
        (claim,) = extract(
            "A UN official, speaking on condition of anonymity, previously said the UNDOF mission "
            "was negotiating with the armed group.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["A UN official"])
        # nc13-englishAhram-2c94d62b: "Amr Hafez, a photographer from Al-Watan – another private
        # daily – said he was injured …"
        (claim,) = extract(
            "Amr Hafez, a photographer from Al-Watan – another private daily – said he was injured "
            "when Brotherhood members attacked those drawing graffiti.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Amr Hafez, a photographer from Al-Watan"])
        # bbc-business-437 (unannotated): "The world's biggest tobacco consumer, China, has said …"
        (claim,) = extract(
            "The world's biggest tobacco consumer, China, has said it will not allow any new tobacco "
            "factories to be built.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "reported")

    def test_trailing_reports_name_a_speaker_or_nobody(self) -> None:
        # fakes-505: "… to visit the sites of the alleged attacks AFP news agency reports."
        (claim,) = extract(
            "The Syrian government has yet to accede to demands that U.N. inspectors be allowed to "
            "visit the sites of the alleged attacks AFP news agency reports.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["AFP news agency"])
        # fakes-011: "… from the town of Deir al-Adas reports say in a major offensive …"
        (claim,) = extract(
            "Hizballah fighters have pushed the Nusra Front from the town of Deir al-Adas reports "
            "say in a major offensive in the Daraa governorate.",
            language="en",
        ).claims
        self.assertEqual((claim.kind, speakers(claim)), ("passive", []))
        # fakes-119: "Four Hezbollah members have been killed in Syria amid reports that dozens of
        # fighters were killed in clashes outside Aleppo."
        result = extract(
            "Four Hezbollah members have been killed in Syria amid reports that dozens of fighters "
            "were killed in clashes outside Aleppo.",
            language="en",
        )
        self.assertEqual(claim_with(result, "Four Hezbollah").kind, "outlet")
        self.assertEqual(claim_with(result, "dozens of fighters").kind, "passive")

    def test_the_one_quoted_by_a_relay_speaks_too(self) -> None:
        # nc13-englishAhram-2c94d62b: "Diaa Rashwan, newly elected head of the Journalists'
        # Syndicate, was quoted by several media reports as saying …" (convention EN-7)
        (claim,) = extract(
            "Diaa Rashwan, newly elected head of the Journalists' Syndicate, was quoted by several "
            "media reports as saying the presidency must apologise for the assaults on journalists.",
            language="en",
        ).claims
        self.assertEqual(
            speakers(claim),
            [
                "Diaa Rashwan, newly elected head of the Journalists' Syndicate",
                "several media reports",
            ],
        )

    def test_a_second_speaker_after_a_trailing_one_opens_a_claim(self) -> None:
        # fakes-457: "… bombarded rebel-held suburbs of Damascus on Thursday activists said keeping up
        # pressure … a day after the opposition accused the army of gassing hundreds …"
        result = extract(
            "Syrian President Bashar al-Assads forces bombarded rebel-held suburbs of Damascus on "
            "Thursday activists said keeping up pressure on the besieged region a day after the "
            "opposition accused the army of gassing hundreds in a chemical weapons attack.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "bombarded")), ["activists"])
        self.assertEqual(speakers(claim_with(result, "gassing")), ["the opposition"])

    def test_a_speech_participle_after_an_uncued_clause_is_its_subjects(self) -> None:
        # fakes-093: "The US State Department voiced scepticism regarding Moscows planned truce
        # while welcoming a halt in the bombardments."
        result = extract(
            "The US State Department voiced scepticism regarding Moscows planned truce while "
            "welcoming a halt in the bombardments.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "halt")), ["The US State Department"])
        # fakes-093: "Russian foreign ministry spokeswoman Maria Zakharova took a jab at the United
        # States on Wednesday calling on the State Department to release statements …"
        result = extract(
            "Russian foreign ministry spokeswoman Maria Zakharova took a jab at the United States on "
            "Wednesday calling on the State Department to release statements.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "release statements")),
            ["Russian foreign ministry spokeswoman Maria Zakharova"],
        )
        # nc13-englishAhram-e75fc3cf (unannotated): "… to weaken a statement calling for tough global
        # standards …": a noun's modifier
        (claim,) = extract(
            "Muslim states sought to weaken a statement calling for tough global standards.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_relative_clause_with_its_own_speaker_is_its_own_claim(self) -> None:
        # fakes-456: "… to discuss reports of a chemical attack that opposition groups say killed
        # hundreds of people in Syria."
        result = extract(
            "Saudi Arabia called on Wednesday for an emergency U.N. Security Council meeting to "
            "discuss reports of a chemical attack that opposition groups say killed hundreds of "
            "people in Syria.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "emergency")), ["Saudi Arabia"])
        self.assertEqual(speakers(claim_with(result, "killed hundreds")), ["opposition groups"])
        # nc13-englishAhram-2c94d62b: "… and Badie, who many critics say is the actual ruler of the
        # country."
        result = extract(
            "Dozens of protesters gathered to condemn President Mohamed Morsi and Badie, who many "
            "critics say is the actual ruler of the country.",
            language="en",
        )
        self.assertEqual(claim_with(result, "Dozens").kind, "outlet")
        self.assertEqual(speakers(claim_with(result, "actual ruler")), ["many critics"])
        # nc13-englishAhram-ad83822a: "… locked in a civil war the UN says has killed more than 70,000
        # people." (no relative word)
        result = extract(
            "Christians make up about five percent of the population in Syria, where rebels and "
            "forces loyal to Assad have been locked in a civil war the UN says has killed more than "
            "70,000 people.",
            language="en",
        )
        self.assertEqual(claim_with(result, "Christians").kind, "outlet")
        self.assertEqual(speakers(claim_with(result, "70,000")), ["the UN"])

    def test_events_reported_somewhere_are_passive(self) -> None:
        # nc13-englishAhram-b3da497e: "Air strikes were also reported in the southern province of
        # Daraa, …" (convention EN-6)
        (claim,) = extract(
            "Air strikes were also reported in the southern province of Daraa.", language="en"
        ).claims
        self.assertEqual(claim.kind, "passive")
        # fakes-497: "… while 9 other people were reported injured." is no place
        result = extract(
            "The source earlier put the death toll at 5 civilians while 9 other people were reported "
            "injured.",
            language="en",
        )
        self.assertEqual(claim_with(result, "death toll").kind, "reported")

    def test_a_relative_pronoun_speaks_for_its_antecedent(self) -> None:
        # nc13-englishAhram-4d522738: "… unprecedented, according to the Observatory, which called the
        # mass kidnappings a "war crime.""
        result = extract(
            "But the scale of recent abductions is unprecedented, according to the Observatory, "
            'which called the mass kidnappings a "war crime."',
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "war crime")), ["the Observatory"])
        # bbc-politics-083 (unannotated): "… will disappoint some senior Conservative members, who say
        # the party needs him."
        result = extract(
            "His determination to stay away from a central role will disappoint some senior "
            "Conservative members, who say the party needs him.",
            language="en",
        )
        self.assertEqual(claim_with(result, "disappoint").kind, "outlet")
        self.assertEqual(
            speakers(claim_with(result, "needs him")), ["some senior Conservative members"]
        )

    def test_an_affiliation_after_a_person_noun_stays_in_the_speaker(self) -> None:
        # fakes-284: "… killed three members of a pro-government militia on Sunday an official from
        # the forces said."
        (claim,) = extract(
            "An Israeli attack on a Syrian training camp killed three members of a pro-government "
            "militia on Sunday an official from the forces said.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["an official from the forces"])

    def test_a_long_relative_aside_does_not_hide_the_subject(self) -> None:
        # bbc-politics-220 (unannotated): "The home secretary, whose five-year blueprint for
        # immigration and asylum is expected to be published on Monday, also rejected claims …"
        (claim,) = extract(
            "The home secretary, whose five-year blueprint for immigration and asylum is expected to "
            "be published on Monday, also rejected claims that the system was chaotic.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The home secretary"])

    def test_the_acronym_is_is_a_subject_not_a_passive_auxiliary(self) -> None:
        # fakes-101: "IS said in a statement that one of its fighters had fired on a "large gathering"
        # of Kurdish fighters …"
        (claim,) = extract(
            "IS said in a statement that one of its fighters had fired on a large gathering of "
            "Kurdish fighters.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["IS"])

    def test_the_same_source_is_the_last_speaker(self) -> None:
        # fakes-398: "… rebels fired rockets on Damascus killing three civilians Friday the same source
        # said."
        result = extract(
            "Observatory chief Rami Abdel Rahman told AFP that 20 were killed. In retaliation rebels "
            "fired rockets on Damascus killing three civilians Friday the same source said.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "fired rockets")), ["Observatory chief Rami Abdel Rahman"]
        )

    def test_deadlines_and_threats_are_speech_acts(self) -> None:
        # nc13-englishAhram-1d944357: "Syria's rebel army gives Hezbollah 48-hour deadline to stop …,
        # threatening to strike in retaliation"
        result = extract(
            "Syria's rebel army gives Hezbollah 48-hour deadline to stop the shelling, threatening to "
            "strike in retaliation.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "48-hour")), ["Syria's rebel army"])
        self.assertEqual(speakers(claim_with(result, "retaliation")), ["Syria's rebel army"])
        # nc13-englishAhram-63842cfd (unannotated): "… threatening activities" is no threat
        (claim,) = extract(
            "Officials said he spent more energy evading capture than engaging in threatening "
            "activities.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Officials"])

    def test_base_forms_of_reporting_verbs_after_a_plural_subject(self) -> None:
        # nc13-englishAhram-6e3385bb (unannotated): "… rights groups and independent activists assert
        # that police torture has increased …"
        result = extract(
            "After the death of political activist Mohamed El-Gendy, rights groups and independent "
            "activists assert that police torture has increased.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "torture has increased")),
            ["rights groups", "independent activists"],
        )

    def test_speech_acts_without_a_saying_verb(self) -> None:
        # fakes-454: pointing the finger and repeating a denial are speech acts (convention 4)
        result = extract(
            "World powers have pointed the finger at the government of Bashar al-Assad but Foreign "
            "Minister Walid Muallem repeated the governments denial on Thursday.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "pointed the finger")), ["World powers"])
        self.assertEqual(
            speakers(claim_with(result, "repeated the governments denial")),
            ["Foreign Minister Walid Muallem"],
        )
        # nc13-englishAhram-57d6e606: a prediction is the predictor's claim
        result = extract(
            "The United Nations has predicted the number of Syrian refugees in neighbouring countries "
            "will double to 1.1 million by June.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "will double")), ["The United Nations"])

    def test_a_named_publisher_of_footage_or_pictures_is_the_speaker(self) -> None:
        # fakes-712 and nc13-englishAhram-5bcb3a48 (convention 14); what a photo "shows" stays outlet
        result = extract(
            "State television aired footage of wrecked shop fronts around the square.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "wrecked shop fronts")), ["State television"])
        result = extract(
            "Activists in Salamiyah posted pictures of children and young people who were killed in "
            "the attack.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "pictures of")), ["Activists in Salamiyah"])
        (claim,) = extract(
            "The Ariha Today Facebook page posted a photo showing at least seven buildings reduced to "
            "rubble.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_unnamed_figures_and_reports_are_passive(self) -> None:
        # fakes-452: "The death toll … was put at 8 civilians"; nc13-englishAhram-5bcb3a48
        result = extract(
            "The death toll from the rocket attacks on the same neighborhood was put at 8 civilians in "
            "addition to 12 injured. A bombing killed almost 50 people; no claim of responsibility "
            "was reported.",
            language="en",
        )
        self.assertEqual(claim_with(result, "was put at 8").kind, "passive")
        self.assertEqual(claim_with(result, "no claim of responsibility").kind, "passive")
        (claim,) = extract("The plan was put at risk by the fighting.", language="en").claims
        self.assertEqual(claim.kind, "outlet")

    def test_quoting_someone_as_saying_gives_both_voices(self) -> None:
        # fakes-011: "The official Syrian news agency Sana quoted a military source on Wednesday as
        # saying …" (convention EN-7, like "was quoted as saying by")
        result = extract(
            "The official Syrian news agency Sana quoted a military source on Wednesday as saying the "
            'army was able to "restore security" to Sanei Tal al-Hawa.',
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "restore security")),
            ["The official Syrian news agency Sana", "a military source"],
        )

    def test_a_relative_clause_in_a_trailing_speaker_does_not_end_it(self) -> None:
        # nc13-englishAhram-5bcb3a48: "…, an opposition watchdog which monitors violence in Syria said
        # on Friday": not "Syria"; fakes-047 (unannotated): "US Central Command which oversees US
        # military operations in the Middle East said …"
        (claim,) = extract(
            "More than 50 workers at a military factory in central Syria were killed in a bombing, an "
            "opposition watchdog which monitors violence in Syria said on Friday.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["an opposition watchdog"])
        (claim,) = extract(
            "US Central Command which oversees US military operations in the Middle East said it had "
            "initiated an assessment.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["US Central Command"])

    def test_naming_and_not_ruling_out_are_claims(self) -> None:
        # fakes-119: "Local media named the killed Hizballah members as …"; fakes-340: "the sources did
        # not rule out the possibility that it was Russian 'friendly fire'"
        (claim,) = extract(
            "Local media named the killed Hizballah members as Hassan Ali Tirmus and Kamel Hassan Beez.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Local media"])
        result = extract(
            "The identity of the drone was not confirmed but the sources did not rule out the "
            "possibility that it was Russian friendly fire.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "friendly fire")), ["the sources"])
        # fakes-029: "… whilst an international coalition source did not deny that airstrikes had been
        # carried out in Manbij recently"
        result = extract(
            "The Amaq news agency said that 160 civilians were killed whilst an international "
            "coalition source did not deny that airstrikes had been carried out in Manbij recently.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "airstrikes had been")),
            ["an international coalition source"],
        )
        (claim,) = extract("A man named Ahmad was killed as he walked home.", language="en").claims
        self.assertEqual(claim.kind, "outlet")

    def test_and_inside_a_possessive_body_name_is_no_second_speaker(self) -> None:
        # nc13-englishAhram-10f52d57: "…," Yacoub El Hillo, director of UNHCR's Middle East and North
        # Africa Bureau, told reporters in Geneva.
        (claim,) = extract(
            '"This is an area that the UN has not been able to physically reach," Yacoub El Hillo, '
            "director of UNHCR's Middle East and North Africa Bureau, told reporters in Geneva.",
            language="en",
        ).claims
        self.assertEqual(len(speakers(claim)), 1)
        self.assertTrue(speakers(claim)[0].startswith("Yacoub El Hillo"))

    def test_a_reduced_said_to_be_is_passive(self) -> None:
        # nc13-englishAhram-b3da497e: "… part of a tooth said to have been from the Muslim Prophet
        # Mohammed …" (convention EN-6, like "is said to")
        result = extract(
            "At the time, thieves stole three hairs and part of a tooth said to have been from the "
            "Muslim Prophet Mohammed.",
            language="en",
        )
        self.assertEqual(claim_with(result, "Prophet Mohammed").kind, "passive")

    def test_what_a_reporter_learned_is_theirs(self) -> None:
        # nc13-englishAhram-b3da497e: "…, an AFP reporter learned."; "learned to" is no report
        (claim,) = extract(
            "At the time, thieves stole three hairs and part of a tooth, an AFP reporter learned.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["an AFP reporter"])
        (claim,) = extract("He learned to drive in Damascus.", language="en").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_named_phrase_from_said_to_the_full_stop_is_the_inverted_speaker(self) -> None:
        # fakes-303: with the commas lost, the place before "said" ends the content; "Homs governor says
        # U.S. attack caused deaths" (fakes-001) is no inversion: the stop belongs to "U.S."
        self.assert_one_claim_by(
            [
                (
                    "Dozens of Daesh militants early on Monday attacked government positions south of "
                    "the town of Tabaqa a Daesh stronghold on the Euphrates River said the Syrian "
                    "Observatory for Human Rights.",
                    "the Syrian Observatory for Human Rights",
                ),
            ]
        )
        result = extract(
            "Fri 07 Apr 2017 Homs governor says U.S. attack caused deaths.", language="en"
        )
        self.assertNotIn("U.S", [s for c in result.claims for s in speakers(c)])

    def test_a_title_under_its_dateline_that_the_lead_repeats_names_no_speaker(self) -> None:
        # fakes-456: the scraped page's title, glued to its date, is no claim (convention EN-1)
        result = extract(
            "August 21 2013 Saudi Arabia calls for emergency U.N. Council meeting on Syria. Saudi Arabia "
            "called on Wednesday for an emergency U.N. Security Council meeting to discuss reports of a "
            "chemical attack. It is time for the Security Council to shoulder its responsibility. "
            "Leading Syrian opposition figure George Sabra spoke in Turkey.",
            language="en",
        )
        self.assertEqual(claim_with(result, "calls for emergency").kind, "outlet")
        self.assertEqual(speakers(claim_with(result, "called on Wednesday")), ["Saudi Arabia"])

    def test_a_capitalised_article_after_a_glued_tag_line_opens_the_speaker(self) -> None:
        # fa-kes: the page's tag line or a subheading glued to the lead, its full stop lost
        self.assert_one_claim_by(
            [
                (
                    "Retaliation The administration of President Bashar al-Assad said attacks had been "
                    "ramped up.",
                    "The administration of President Bashar al-Assad",
                ),
                (
                    "FORCED DISPLACEMENT A pro-opposition activist said insurgents blamed the delay.",
                    "A pro-opposition activist",
                ),
            ]
        )

    def test_a_cue_with_no_content_announces_the_sentences_after_it(self) -> None:
        # fakes-029: direct speech that lost its quotation marks after "told Asharq Al-Awsat that."
        # (convention EN-5: reported); it runs on while the speaker says "we", not after a closed quote
        result = extract(
            "The source told Asharq Al-Awsat that. We have seen the reports that indicate that people "
            "were killed. Based on the results we will take necessary measures. The army moved in.",
            language="en",
        )
        for words in ("We have seen the reports", "Based on the results"):
            claim = claim_with(result, words)
            self.assertEqual((claim.kind, speakers(claim)), ("reported", ["The source"]))
        self.assertEqual(claim_with(result, "The army moved in").kind, "outlet")
        result = extract('"We will fight," he said. The army moved in.', language="en")
        self.assertEqual(claim_with(result, "The army moved in").kind, "outlet")

    def test_a_plural_before_in_and_a_place_heads_the_speaker(self) -> None:
        # fakes-705: "extremists in Syria", not "Syria"; "… prospects in Syria Obama said" is content
        self.assert_one_claim_by(
            [
                (
                    "Al-Qaeda-affiliated extremists in Syria announced they are targeting members of "
                    "the Alawite community.",
                    "Al-Qaeda-affiliated extremists in Syria",
                ),
            ]
        )
        result = extract(
            "I am not optimistic about the short-term prospects in Syria Obama said at a news "
            "conference in Lima.",
            language="en",
        )
        self.assertNotIn(
            "the short-term prospects in Syria Obama",
            [s for c in result.claims for s in speakers(c)],
        )

    def test_an_aside_between_subject_and_verb_is_no_part_of_the_speaker(self) -> None:
        # nc13-englishAhram-154bb373 ("The president meanwhile said"), Ahram's "…, for his part, …",
        # "…, however, …" between a common noun phrase and its verb
        self.assert_one_claim_by(
            [
                (
                    "The defence ministry meanwhile said it had sent soldiers.",
                    "The defence ministry",
                ),
                (
                    "An interior ministry official, however, said two fighters were killed in clashes.",
                    "An interior ministry official",
                ),
                (
                    "Muslim Brotherhood officials, for their part, have strenuously denied there have "
                    "been any attempts to penetrate the armed forces.",
                    "Muslim Brotherhood officials",
                ),
                (
                    "The group has in turn accused the opposition of backing the Syrian uprising.",
                    "The group",
                ),
            ]
        )

    def test_a_wire_agency_after_unpunctuated_content_speaks_alone(self) -> None:
        # fakes-072 ("… in rebel-held Aleppo Reuters reported."), fakes-640 ("… in March 2011 AFP
        # reported."); an agency's own modifiers stay ("Syrias official news agency SANA")
        self.assert_one_claim_by(
            [
                (
                    "Barrels of gas were dropped on the Zubdiya neighbourhood in rebel-held Aleppo "
                    "Reuters reported.",
                    "Reuters",
                ),
                (
                    "More than 290000 people have been killed since Syrias conflict erupted in March "
                    "2011 AFP reported.",
                    "AFP",
                ),
                (
                    "Syrias official news agency SANA reported that 11 were killed.",
                    "Syrias official news agency SANA",
                ),
            ]
        )

    def test_a_fear_or_belief_stated_before_that_is_reported(self) -> None:
        # nc13-englishAhram-44ceddeb: "World powers fear that …"; "amid growing fears that" is the noun;
        # "is believed to" stays passive
        self.assert_one_claim_by(
            [
                (
                    "World powers fear that militant groups such as Hezbollah could acquire arms.",
                    "World powers",
                ),
                ("Many residents believe that the army will return.", "Many residents"),
            ]
        )
        for sentence, kind in (
            ("Fighting continued amid growing fears that the truce would collapse.", "outlet"),
            ("The attacker is believed to be a local man.", "passive"),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(claim.kind, kind)
        result = extract(
            "UNHCR advises setting up transit centres in Lebanon but also fears that large camps "
            "could inflame sectarian tensions.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "large camps")), ["UNHCR"])

    def test_the_agent_of_a_speech_noun_speaks_the_clause_after_that(self) -> None:
        # nc13-englishAhram-44ceddeb (convention EN-14; a denial keeps both sides)
        (claim,) = extract(
            "Damascus has denied assertions by diplomats, Syrian rebels and security sources that "
            "Syrian weapons were to be sent to Hezbollah.",
            language="en",
        ).claims
        self.assertEqual(
            speakers(claim), ["Damascus", "diplomats", "Syrian rebels", "security sources"]
        )
        (claim,) = extract(
            "There are air strikes every day despite repeated warnings from the international "
            "community that such tactics fail to discriminate.",
            language="en",
        ).claims
        self.assertEqual(
            (claim.kind, speakers(claim)), ("reported", ["the international community"])
        )

    def test_a_speaker_after_the_cue_ends_on_a_name_not_a_preposition(self) -> None:
        # fakes-332 ("According to Anadolu Agency the blast …"), fakes-074 ('… said Bibars Mishal a
        # colleague of Harah')
        self.assert_one_claim_by(
            [
                (
                    "According to Anadolu Agency the blast targeted the Atmeh refugee camp.",
                    "Anadolu Agency",
                ),
                ("The strike was criticised by Amnesty for killing civilians.", "Amnesty"),
                (
                    '"It was a miracle" said Bibars Mishal a colleague of Harah in Aleppo.',
                    "Bibars Mishal",
                ),
            ]
        )

    def test_an_adverb_between_be_and_a_passive_cue_keeps_the_agent_speaking(self) -> None:
        # fakes-093 ("… but the claim was swiftly denied by Brussels": both sides of the denial),
        # fakes-104 ("The attack was later confirmed by the UN.")
        (claim,) = extract(
            "Russia has accused Belgium of killing six civilians in airstrikes in the Aleppo region but "
            "the claim was swiftly denied by Brussels.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Russia", "Brussels"])
        self.assert_one_claim_by([("The attack was later confirmed by the UN.", "the UN")])
        (claim,) = extract(
            "Moscow has been sharply criticized for keeping up ties with the Assad regime.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_he_after_a_person_introduced_without_a_cue_is_that_person(self) -> None:
        # nc13-englishAhram-2c94d62b ("… sustained injuries after he was beaten up by what he said was
        # a Brotherhood militia"), nc13-englishAhram-011b6221 ("… lawyer Abdel-Moneim Abdel-Maqsoud
        # agreed with Gadalla. He argued that …"): not the last speaker
        result = extract(
            "Journalists said they were attacked. Activist Ahmed Doma, a staunch critic of the Morsi "
            "government, sustained injuries after he was beaten up by what he said was a Brotherhood "
            "militia.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "Brotherhood militia")), ["Activist Ahmed Doma"]
        )
        result = extract(
            "Presidential advisor Mohamed Gadalla told Reuters that the decree was sovereign. Muslim "
            "Brotherhood lawyer Abdel-Moneim Abdel-Maqsoud agreed with Gadalla. He argued that the "
            "court's decision conflicted with judiciary principles.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "He argued")),
            ["Muslim Brotherhood lawyer Abdel-Moneim Abdel-Maqsoud"],
        )

    def test_and_has_said_goes_on_with_the_subject_not_a_frame_or_an_article(self) -> None:
        # nc13-englishAhram-bc9256e2 ("… sanctions against Assad and has said …"), -279992ea ("On
        # Thursday … and said"), nc13-englishAhram-9d717bde (no bare "The" as a speaker)
        for sentence, words, speaker in (
            (
                "Russia has vetoed three rounds of UN Security Council sanctions against Assad and has "
                "said that the Syrian strongman must be taken at his word.",
                "taken at his word",
                "Russia",
            ),
            (
                "On Thursday Obama met Netanyahu in Jerusalem and said there would be no big peace "
                "initiative.",
                "no big peace initiative",
                "Obama",
            ),
            (
                "Policy makers in Europe have called the slide brutal and have blamed the strength of "
                "the euro for dampening growth.",
                "blamed the strength",
                "Policy makers",
            ),
        ):
            with self.subTest(sentence=sentence):
                result = extract(sentence, language="en")
                self.assertEqual(speakers(claim_with(result, words)), [speaker])

    def test_a_dateline_glued_before_the_subject_is_no_part_of_the_speaker(self) -> None:
        # fa-kes: "AP Tuesday 20 May 2014 Syrian activists say …", "Date of publication 18 July 2016
        # Syrian activist groups say …" (the 'Aleppo Reuters' dateline weak spot)
        self.assert_one_claim_by(
            [
                (
                    "Idlib Reuters Wednesday 26 Oct 2016 The Syrian Observatory for Human Rights said air "
                    "strikes killed at least 22 people in a village.",
                    "The Syrian Observatory for Human Rights",
                ),
                (
                    "Date of publication 18 July 2016 Syrian activist groups say airstrikes by the "
                    "US-led coalition killed dozens of civilians.",
                    "Syrian activist groups",
                ),
            ]
        )

    def test_a_stance_apposition_on_the_claim_before_is_a_claim_of_its_agent(self) -> None:
        # fakes-451: "… on Wednesday - an accusation dismissed by the government." (convention EN-14)
        result = extract(
            "The Syrian opposition has accused government forces of killing well over 1000 civilians "
            "with poison gas in Damascus suburbs on Wednesday - an accusation dismissed by the "
            "government.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "killing well over")), ["The Syrian opposition"]
        )
        self.assertEqual(
            speakers(claim_with(result, "an accusation dismissed")), ["the government"]
        )

    def test_a_reduced_accused_of_names_the_accused_not_a_speaker(self) -> None:
        # nc13-englishAhram-17fb4ebf: "… in a Jordanian military court accused of plotting …, judicial
        # sources said" (no court speaks); fakes-640: a parenthesis inside the subject
        result = extract(
            "Eleven men went on trial on Thursday in a Jordanian military court accused of plotting to "
            "carry out suicide attacks, judicial sources said.",
            language="en",
        )
        self.assertNotIn(
            "in a Jordanian military court", [s for c in result.claims for s in speakers(c)]
        )
        self.assert_one_claim_by(
            [
                (
                    "The Islamic State (ISIS Daesh ISIL IS) terrorist group claimed responsibility for a "
                    "suicide bombing.",
                    "The Islamic State (ISIS Daesh ISIL IS) terrorist group",
                )
            ]
        )

    def test_a_progressive_cue_inside_a_report_does_not_split_it(self) -> None:
        # nc13-englishAhram-a495bc1e: "… rebels who are holding 21 Filipino peacekeepers hostage in the
        # Golan Heights are insisting Syrian troops leave the area …"
        (claim,) = extract(
            "The Philippines said Friday that rebels who are holding 21 Filipino peacekeepers hostage in "
            "the Golan Heights are insisting Syrian troops leave the area before releasing their "
            "captives.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["The Philippines"])

    def test_a_report_keeps_the_source_it_cites_at_its_end(self) -> None:
        # fakes-671: "The SANA news agency reported earlier that … on Wednesday according to SANA news
        # agency citing the Syrian Interior Ministry." (convention EN-7: a relay keeps both voices)
        (claim,) = extract(
            "State media reported that three people were killed on Wednesday citing the Syrian "
            "Interior Ministry.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["State media", "the Syrian Interior Ministry"])

    def test_according_to_a_common_noun_phrase_closing_the_sentence(self) -> None:
        # nc13-englishAhram-51167a0a ("… according to the health ministry."), nc13-englishAhram-7cdd5909
        # ("… according to an AP count."); a document is no back-reference of its author
        self.assert_one_claim_by(
            [
                (
                    "Over 500 people were injured in clashes near the security directorate, according "
                    "to the health ministry.",
                    "the health ministry",
                ),
                (
                    "UK manufacturing grew at its slowest pace in one-and-a-half years in January, "
                    "according to a survey.",
                    "a survey",
                ),
            ]
        )
        result = extract(
            "The fighting killed 116 rebels according to an Observatory toll. The air force also "
            "killed at least 10 people east of Damascus the Observatory said.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "The air force")), ["the Observatory"])

    def test_an_inverted_said_before_a_common_noun_phrase_closing_the_sentence(self) -> None:
        # bbc-business-153 ("…, says the Nationwide building society."), bbc-business-397; not a clause
        # after a subject-first "said" ("The LSE, which saw its shares rise 25%, said the bid …")
        self.assert_one_claim_by(
            [
                (
                    "Ten people died in the attack, said the health ministry.",
                    "the health ministry",
                ),
                (
                    "But of the 145 companies reporting, 76% didn't examine their supply chains, says "
                    "the annual Directions survey.",
                    "the annual Directions survey",
                ),
                (
                    "The LSE, which saw its shares rise 25%, said the bid undervalued the business.",
                    "The LSE",
                ),
            ]
        )

    def test_accusations_or_speculation_that_with_no_one_named_is_passive(self) -> None:
        # nc13-englishAhram-2c94d62b; a speaker's own denial keeps its speaker
        for sentence, kind, names in (
            (
                "The violence led to renewed accusations that the Muslim Brotherhood sends people to "
                "assault members of the opposition.",
                "passive",
                [],
            ),
            ("There has been speculation that the minister will resign.", "passive", []),
            (
                "The ministry denied accusations that its forces fired on protesters.",
                "reported",
                ["The ministry"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), (kind, names))

    def test_an_ellipsis_inside_a_quotation_does_not_end_the_sentence(self) -> None:
        # nc13-englishAhram-a8e4ed1b: '"… from soldiers. Two... were taken to Israeli hospitals," it said.'
        result = extract(
            '"Four wounded Syrians came to the border and received treatment from soldiers. Two... were '
            'taken to Israeli hospitals," it said.',
            language="en",
        )
        self.assertEqual(len(result.claims), 2)
        self.assertIn("were taken", claim_with(result, "Two...").text)

    def test_a_name_before_its_title_after_a_quotation_is_part_of_the_speaker(self) -> None:
        # fakes-072 / fakes-377 ('"…" Necip Ensari a local civil defense official said'); not a time
        # ("On Sunday the SDF said")
        self.assert_one_claim_by(
            [
                (
                    '"Regime helicopters struck the neighborhood with barrel bombs" Necip Ensari a local '
                    "civil defense official said.",
                    "Necip Ensari a local civil defense official",
                ),
                (
                    "On Sunday the SDF said they had established a military council.",
                    "the SDF",
                ),
            ]
        )

    def test_a_closing_x_quoted_y_as_saying_keeps_both_voices(self) -> None:
        # bbc-business-372, fakes-599, bbc-business-251 (convention EN-7): the relaying outlet and the
        # one it quotes, also after a comma-less sentence and for a bare plural source
        for sentence, names in (
            (
                '"It\'s above all a question of sovereignty," Reuters quoted a central bank official '
                "as saying.",
                ["Reuters", "a central bank official"],
            ),
            (
                "Verizon has previously held preliminary merger discussions with MCI, Reuters quoted "
                "sources as saying.",
                ["Reuters", "sources"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), names)

    def test_citing_a_reason_relays_no_one(self) -> None:
        # nc13-englishAhram-2c16528c, bbc-business-292 ("citing doubts about …", "citing evidence the
        # US economic recovery …"): a reason, not a source; "citing medical sources" still relays
        for sentence, kind, names in (
            (
                "Ratings agency Moody's cut Egypt's credit rating on Tuesday, citing doubts about the "
                "government's ability to finance its deficit.",
                "outlet",
                [],
            ),
            (
                "The Fed lifted borrowing costs five times last year to 2.25%, citing evidence the US "
                "economic recovery was becoming more robust.",
                "outlet",
                [],
            ),
            (
                "Eleven people were killed in the blasts, the agency said, citing medical sources.",
                "reported",
                ["the agency", "medical sources"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), (kind, names))

    def test_a_subheading_on_the_line_before_is_no_part_of_the_speaker(self) -> None:
        # nc13-englishAhram-ecc4443e ("Systemic violence\nThe children recounted …"); a name broken
        # across lines stays whole ("Egypt's\nAl-Shorouk\nnewspaper", nc13-englishAhram-43d87c69),
        # rejoined on one line by the cleaning
        for sentence, names in (
            (
                "Systemic violence\nThe children recounted stories of brutal beatings.",
                ["The children"],
            ),
            (
                "Egypt's\nAl-Shorouk\nnewspaper said the talks between the two sides had failed.",
                ["Egypt's Al-Shorouk newspaper"],
            ),
        ):
            with self.subTest(sentence=sentence):
                claims = extract(sentence, language="en").claims
                self.assertEqual(speakers(claims[-1]), names)

    def test_a_commaless_speaker_span_starts_after_the_contents_verb(self) -> None:
        # fakes-712 / fakes-800: with the commas lost, the content's verb ("wounded", "caused") is no
        # part of the name before "said"/"quoted"; "one of the wounded told" is left alone
        for sentence, names in (
            (
                "The car bomb in the suburbs Siouf square also wounded 56 people the broadcaster said.",
                ["the broadcaster"],
            ),
            (
                "The attacks caused material damage to the locals houses and other properties SANA "
                "quoted a source at Aleppo Police Command as saying.",
                ["SANA", "a source at Aleppo Police Command"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), names)

    def test_according_to_between_commas_after_a_short_opening_is_a_parenthesis(self) -> None:
        # nc13-englishAhram-2c94d62b, nc13-englishAhram-cd006bed, nc13-englishAhram-223c2a3b: the
        # sentence goes on as the source's, one claim (a document speaks too: "the complaint")
        for sentence, names in (
            (
                "Brotherhood members, according to the report, pushed him away, before verbally and "
                "physically assaulting him.",
                ["the report"],
            ),
            (
                'The army, according to El-Mahdi, "is in a very comfortable position."',
                ["El-Mahdi"],
            ),
            (
                "During that period, according to the complaint, S&P issued credit ratings on $2.8 "
                "trillion worth of mortgage securities.",
                ["the complaint"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), names)

    def test_according_to_a_document_names_the_document_and_its_author(self) -> None:
        # fakes-046, fakes-112, fakes-401 (commas lost): "a report by X" speaks; the document ends
        # the name ("a CNN report the US has …")
        for sentence, names in (
            (
                "According to a report by New York-based Committee to Protect Journalists at least 84 "
                "journalists have been killed since the fighting began in 2011.",
                ["a report by New York-based Committee to Protect Journalists"],
            ),
            (
                "According to a CNN report the US has reached the preliminary conclusion that Russian "
                "warplanes bombed an aid convoy.",
                ["a CNN report"],
            ),
            (
                "Thus according to the bulletin Jabhat al-Nusra terrorists executed 40 gunmen and "
                "members of their families for an attempt to surrender arms.",
                ["the bulletin"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), names)

    def test_were_reported_killed_is_passive(self) -> None:
        # fakes-189 / fakes-449 / nc13-englishAhram-2be8144c: "were (also) reported killed/injured/
        # missing" with nobody named is passive, as "reportedly killed" (convention EN-6)
        for sentence in (
            "Six people were also reported killed in rebel shelling of regime-held areas of the city.",
            "At least 50 people drowned and some 35 were reported missing after a boat sank.",
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("passive", []))

    def test_an_inverted_speaker_before_adding_closes_the_content(self) -> None:
        # fakes-189 (commas lost): "… said the Observatory adding that …": the Observatory speaks both
        # parts; the content before "said" is no speaker of the participle
        result = extract(
            "Meanwhile rebel fire on regime-held areas killed 1102 people said the Observatory adding "
            "that 234 of them were children.",
            language="en",
        )
        self.assertEqual(
            [speakers(c) for c in result.claims], [["the Observatory"], ["the Observatory"]]
        )

    def test_an_ing_modifier_after_a_determiner_stays_in_the_speaker(self) -> None:
        # nc13-englishAhram-db9df8d6, bbc-business-042: "the ruling party", "the mining group" (was
        # "party" / "group"); an -ing noun before a name is not taken ("the shelling PRESS TV")
        for sentence, names in (
            (
                "The talks have failed a spokesman for the ruling party said.",
                ["a spokesman for the ruling party"],
            ),
            (
                "The ruling Islamist Ennahda party rejected the proposal on Monday.",
                ["The ruling Islamist Ennahda party"],
            ),
        ):
            with self.subTest(sentence=sentence):
                claims = extract(sentence, language="en").claims
                self.assertEqual(speakers(claims[-1]), names)

    def test_a_first_person_sentence_after_an_attributed_one_is_its_speakers(self) -> None:
        # fakes-482 (quotation marks lost, a photo caption and credit in between), bbc-politics-111:
        # "I"/"We" is never the outlet's voice (EN-5, EN-12)
        result = extract(
            "This will wake up some who have supported the regime British Foreign Secretary William "
            "Hague told reporters in Paris. Survivors from what activists say is a gas attack rest "
            "inside a mosque August 21 2013. REUTERS/Bassam Khabieh We hope the U.N. team in Damascus "
            "will be given immediate and unrestricted access to this area.",
            language="en",
        )
        claim = claim_with(result, "We hope")
        self.assertEqual(
            (claim.kind, speakers(claim)), ("reported", ["British Foreign Secretary William Hague"])
        )
        result = extract(
            'Mr Kilroy-Silk said: "I will be standing at the next general election. I shall be leading '
            'a vigorous campaign for the causes I believe in."',
            language="en",
        )
        claim = claim_with(result, "I shall be leading")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["Mr Kilroy-Silk"]))

    def test_a_second_complement_clause_is_its_own_claim(self) -> None:
        # fakes-303 (convention EN-4): "X said A but that B" gives two claims however short the
        # sentence; a demonstrative "but that won't …" is no complement
        result = extract(
            "Observatory head Rami Abdel Rahman said fierce clashes broke out but that regime forces "
            "were able to maintain their positions.",
            language="en",
        )
        self.assertEqual(len(result.claims), 2)
        self.assertEqual(
            [speakers(c) for c in result.claims], [["Observatory head Rami Abdel Rahman"]] * 2
        )
        result = extract(
            "The minister said the plan was popular, but that won't necessarily change many minds.",
            language="en",
        )
        self.assertEqual(len(result.claims), 1)

    def test_a_capitalised_connective_ends_a_glued_title(self) -> None:
        # fakes-767 (no commas, a sub-title glued to the next sentence): "Meanwhile" after a word marks
        # the lost full stop; the title's words are not the speaker
        result = extract(
            "Eight persons wounded in Foaa and Kefraya in Idleb Meanwhile civil sources told SANA that "
            "8 persons were wounded in terrorist rocket shells.",
            language="en",
        )
        claim = claim_with(result, "8 persons were wounded")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["civil sources"]))

    def test_a_place_that_ends_the_content_does_not_open_the_speaker(self) -> None:
        # fakes-370, fakes-384 (no commas): a place noun followed by a name or by "local …" closes
        # the content; a title's place stays ("the governor of Homs province Talal Barrazi")
        result = extract(
            "A Syrian regime warplane struck a marketplace in the opposition-held province local civil "
            "defense official Leys al-Faris told Anadolu Agency.",
            language="en",
        )
        claim = claim_with(result, "struck a marketplace")
        self.assertEqual(speakers(claim), ["local civil defense official Leys al-Faris"])
        result = extract(
            "The Russian strike targeted a drug warehouse in Turmanin neighborhood Vasik Harak told "
            "Anadolu Agency.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "drug warehouse")), ["Vasik Harak"])

    def test_a_subject_before_a_dash_aside_speaks(self) -> None:
        # fakes-163, bbc-business-083 (spaced hyphens as dashes): the noun phrase before the aside is
        # the subject; a name inside a clause before the aside is not ("only one of the 45 Republicans")
        result = extract(
            "The Observatory - which relies on a network of sources inside Syria for its information - "
            "said the plane downed on Thursday was the fourth shot down by IS since April.",
            language="en",
        )
        claim = claim_with(result, "the fourth shot down")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["The Observatory"]))
        result = extract(
            "But Deutsche Bank - itself a target of a Yukos lawsuit - said documents had been "
            "backdated to strengthen the case.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "backdated")), ["Deutsche Bank"])
        result = extract(
            "In the entire Senate, only one of the 45 Republicans - Mississippi's Thad Cochran - has "
            "said he backs Hagel.",
            language="en",
        )
        self.assertNotIn("the 45 Republicans", speakers(claim_with(result, "backs Hagel")))

    def test_the_noun_phrase_a_relative_clause_hangs_on_speaks(self) -> None:
        # nc13-englishAhram-0978687c, -b1785d6d: a "who" clause between the speaker and the verb;
        # an age between commas does not end the name; "MPs who were happy to say" is no speaker
        result = extract(
            '"We have been on a partial strike since last Sunday," a worker who wanted to remain '
            "anonymous told Ahram Online.",
            language="en",
        )
        claim = claim_with(result, "partial strike")
        self.assertEqual((claim.kind, speakers(claim)), ("quote", ["a worker"]))
        result = extract(
            "Derek Beckvold, 26, an American who teaches saxophone at the Kabul institute, said he was "
            "trying to broaden the musical exposure of his students.",
            language="en",
        )
        self.assertEqual(len(result.claims), 1)
        self.assertIn("Derek Beckvold", speakers(result.claims[0])[0])
        result = extract(
            "With hunting we had many MPs who were happy to say they were against it.",
            language="en",
        )
        self.assertEqual([c.kind for c in result.claims], ["outlet"])

    def test_a_bare_plural_subject_speaks(self) -> None:
        # nc13-englishAhram-22613da0, bbc-business-186, -135: "…, locals said", "critics of the
        # judgement say"; not a verb's subject ("as clashes continued") nor a counted noun
        result = extract("Sirens were heard in Fiji, locals said.", language="en")
        claim = claim_with(result, "Sirens")
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["locals"]))
        result = extract(
            "But critics of the judgement say feta is a generic term, with the cheese produced widely "
            "outside Greece.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "generic term")), ["critics of the judgement"])
        for text in (
            "This week, another eight were killed as clashes continued, stoking popular anger.",
            "The figure is less than the 3,000 cases mentioned last week, but will cover many deals.",
        ):
            self.assertEqual([c.kind for c in extract(text, language="en").claims], ["outlet"])

    def test_lowercase_modifiers_stay_in_the_speaker(self) -> None:
        # fakes-129 (commas lost), nc13-englishAhram-0696, fakes-045: the walk back stopped at a
        # lowercase modifier ("ministry", "service", "military" alone)
        result = extract(
            "Two of the suicide bombers detonated their explosives in front of the police headquarters "
            "the interior ministry said.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["the interior ministry"])
        result = extract(
            "Israel's Shin Bet internal intelligence service said Jaradat had been arrested on Monday.",
            language="en",
        )
        self.assertEqual(
            speakers(result.claims[0]), ["Israel's Shin Bet internal intelligence service"]
        )
        result = extract(
            "The rebels took part of the town, the U.S. military said in a statement.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["the U.S. military"])

    def test_according_to_a_modified_noun(self) -> None:
        # bbc-business-163, fakes-008, fakes-082 (comma lost): "according to government data" named
        # "government"; unnamed "preliminary reports" are passive (EN-6); a head noun ends the name
        result = extract(
            "Wholesale prices in the US rose at the fastest rate in six years, according to government "
            "data.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["government data"])
        result = extract(
            "An explosion inside a bus killed six people according to preliminary reports on Sunday.",
            language="en",
        )
        self.assertEqual(result.claims[0].kind, "passive")
        result = extract(
            "According to independent monitors hundreds of thousands of civilians have been killed in "
            "the war.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["independent monitors"])

    def test_an_inverted_speaker_described_in_lowercase(self) -> None:
        # nc13-englishAhram-525b09ac, fakes-571, fakes-556 (commas lost): the speaker after "said"
        # is a described person or a lowercase title before a name; an object after another verb
        # is not ("has condemned the police violence")
        result = extract(
            '"In all cases, the police will be blamed," said an enthusiastic young police officer '
            "sharing worries over his career.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["an enthusiastic young police officer"])
        result = extract(
            "The Kurdish fighters are optimistic that their local knowledge of Kobane will compensate "
            "for their light weapons said activist Mustafa Ebdi.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["activist Mustafa Ebdi"])
        result = extract(
            "There are very few vegetables today because the Castello Road is closed said Abu Mohamed "
            "a vendor in the Bustan al-Qasr neighborhood.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["Abu Mohamed"])
        result = extract(
            'Jim Parton, from Families Need Fathers, said the new proposals "lacked compulsion".',
            language="en",
        )
        self.assertNotIn("the new proposals", speakers(result.claims[0]))

    def test_with_commas_lost_the_noun_phrase_before_a_closing_verb_speaks(self) -> None:
        # fakes-611, fakes-603, fakes-599: "… gasses the health worker said." names the health
        # worker; "… a report says." names nobody (passive, EN-6)
        result = extract(
            "They were poisoned as a result of inhaling banned toxic gasses the health worker said.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["the health worker"])
        result = extract(
            "At least ten people have been killed after terrorists launched a rocket on Dabbit "
            "hospital in Aleppo a source in the Syrian militia said.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["a source in the Syrian militia"])
        result = extract(
            "At least 15 civilians including three children have been killed in northern Syria in US "
            "airstrikes purportedly targeting ISIS positions in the Arab country a report says.",
            language="en",
        )
        self.assertEqual(result.claims[0].kind, "passive")

    def test_an_apposition_up_to_its_relative_clause_and_a_day_after_the_auxiliary(self) -> None:
        # nc13-englishAhram-71b7cba9, -7e6ff3f7
        result = extract(
            '"Israel must cease settlement activities," Christine Chanet, a French judge who led the '
            "U.N. inquiry, told a news conference.",
            language="en",
        )
        claim = result.claims[0]
        self.assertEqual(
            (claim.kind, speakers(claim)), ("quote", ["Christine Chanet, a French judge"])
        )
        result = extract(
            "The army chief had on Sunday said that the attack was premeditated.", language="en"
        )
        self.assertEqual(speakers(result.claims[0]), ["The army chief"])

    def test_the_report_is_the_report_named_before_when_a_person_spoke_last(self) -> None:
        # nc13-englishAhram-71b7cba9, bbc-business-076; nc13-englishAhram-11c8 (a paper spoke last)
        result = extract(
            "A World Bank report said poverty had risen. Nigel Roberts said the plan was sound.\n"
            "The report said even more would be on the poverty line without aid.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "even more")), ["A World Bank report"])
        result = extract(
            "A report in Italian daily Il Sole 24 Ore said his decision may have been for health "
            "reasons. The pope broke down in tears, Italian daily La Stampa reported.\n"
            '"He could not hold back the emotion any more," the report said.',
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "hold back")), ["Italian daily La Stampa"])

    def test_said_as_an_arabic_name_is_no_verb(self) -> None:
        # fakes-424 (a SANA byline), nc13-englishAhram-af53453d: "Said" after an initial or a first
        # name, or opening a sentence before a reporting verb, is a name
        result = extract(
            "Terrorists also targeted the town with mortar shells.\nM. al-Frieh/H. Said",
            language="en",
        )
        self.assertEqual([c.kind for c in result.claims], ["outlet", "outlet"])
        result = extract(
            "Said told the conference that approximately 1,200 workers have been on strike.",
            language="en",
        )
        self.assertEqual(speakers(result.claims[0]), ["Said"])

    def test_denouncing_dismissing_and_praising_are_speech_acts(self) -> None:
        # fakes-645, bbc-politics-256, bbc-politics-268, fakes-385 (CONVENTIONS AR-4, EN-14): a stance
        # taken in public is a reported claim by whoever takes it; a stance on a named object keeps
        # the object in the claim
        self.assert_one_claim_by(
            [
                ("Damascus denounced the intervention as a breach of its sovereignty.", "Damascus"),
                ("Mr Blair on Sunday dismissed claims of broken promises.", "Mr Blair"),
                ("Moscow yesterday hit out at Johnson for his comments on Syria.", "Moscow"),
            ]
        )
        result = extract(
            "Mr Milburn spoke on Monday. He gave more details of planned reforms in a speech, in "
            "which he also praised Mr Brown as one of the leaders of the reform process.",
            language="en",
        )
        praised = claim_with(result, "praised Mr Brown")
        self.assertEqual((praised.kind, praised.cue), ("reported", "praised"))
        self.assertTrue(praised.text.endswith("leaders of the reform process."))
        # not a report: a passive, "to have", or "hails from"
        for sentence in (
            "The prime minister's wife is said to have praised the Supreme Court for its ruling.",
            "The groom Zaradesht Mustafa Fatimi hails from a prominent family.",
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertNotEqual(claim.kind, "reported")

    def test_a_frame_whose_comma_was_lost_is_no_part_of_the_subject(self) -> None:
        # fakes-225: "Following the air strikes" then the subject, no comma between them; the claim
        # keeps the frame, the verb after "and" keeps the subject
        result = extract(
            "Following the air strikes the Tahrir al-Sham jihadist alliance denounced the ceasefire "
            "talks and pledged to keep fighting government forces and their allies.",
            language="en",
        )
        denounced = claim_with(result, "ceasefire talks")
        self.assertEqual((denounced.kind, denounced.cue), ("reported", "denounced"))
        self.assertTrue(denounced.text.startswith("Following the air strikes"))
        self.assertEqual(speakers(denounced), ["the Tahrir al-Sham jihadist alliance"])
        pledged = claim_with(result, "keep fighting")
        self.assertEqual(speakers(pledged), ["the Tahrir al-Sham jihadist alliance"])

    def test_a_second_verb_after_and_keeps_the_subject_after_a_frame(self) -> None:
        # fakes-545: the first verb is no cue, so the subject of "and called for" is read from the
        # sentence; "For his part" is a frame, not the speaker (nor is the last speaker)
        result = extract(
            "The UN envoy said 12 people were killed. For his part Aleppo Governor Hussein Diab "
            "inspected al-Furqan School for basic education and called for repairing it immediately.",
            language="en",
        )
        called = claim_with(result, "repairing it")
        self.assertEqual((called.kind, called.cue), ("reported", "called for"))
        self.assertEqual(speakers(called), ["Aleppo Governor Hussein Diab"])

    def test_a_pronoun_subject_means_a_body_or_person_named_since_the_last_speaker(self) -> None:
        # fakes-490, bbc-politics-089: "it" is the body, "he" the person that a sentence with no
        # speaker made its subject after the last speaker was named, not the last speaker
        result = extract(
            "Activists said regime forces bombed the town of Saraqib on Monday. In a press release "
            "issued earlier on Tuesday the Syrian Coalition called upon the UN Security Council to "
            "shoulder its responsibilities. It stressed that urgent measures must be taken.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "urgent measures")), ["the Syrian Coalition"])
        result = extract(
            "A UN envoy said the talks would resume. Aleppo Governor Hussein Diab visited the school "
            "on Monday. He said it would be repaired immediately.",
            language="en",
        )
        self.assertEqual(
            speakers(claim_with(result, "repaired immediately")), ["Aleppo Governor Hussein Diab"]
        )
        # a person is no "it", a body no "he": the last speaker stays
        result = extract(
            "A UN envoy said the talks would resume. Aleppo Governor Hussein Diab visited the school "
            "on Monday. It said the talks would start on Friday.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "start on Friday")), ["A UN envoy"])

    def test_a_leading_frame_before_the_speaker_is_no_content_of_its_own(self) -> None:
        # nc13-englishAhram-490a9fee, bbc-politics-093: a frame and its comma before the subject, then
        # a name after the verb: the speaker's words follow the verb (no outlet claim after "said")
        result = extract(
            "In terms of wider British foreign policy, Hague said Britain would build justice and "
            "human rights partnerships to help share intelligence.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual((claim.kind, speakers(claim)), ("reported", ["Hague"]))
        self.assertTrue(claim.text.endswith("to help share intelligence."))
        # a clause of its own before ", and": outlet, the speaker's words after the verb
        result = extract(
            "He and 3G founder Jorge Paulo Lemann have known each other for years, and Buffett said "
            "Lemann approached him with the Heinz idea in December.",
            language="en",
        )
        self.assertEqual(claim_with(result, "known each other").kind, "outlet")
        said = claim_with(result, "Heinz idea")
        self.assertEqual((said.kind, speakers(said)), ("reported", ["Buffett"]))
        self.assertTrue(said.text.startswith("Buffett said Lemann"))
        # content before the speaker still closes at the verb
        result = extract(
            "Rebels seized the airport on Monday after days of heavy fighting, the army said.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual(speakers(claim), ["the army"])

    def test_called_upon_is_a_call_like_called_on(self) -> None:
        # fakes-458: "called upon" as "called on" (a call is a speech act, CONVENTIONS AR-4)
        result = extract(
            "The Syrian Coalition called upon the United Nations and international organizations to "
            "act urgently to save the lives of residents of Deir Ezzor city.",
            language="en",
        )
        (claim,) = result.claims
        self.assertEqual((claim.kind, claim.cue), ("reported", "called upon"))
        self.assertEqual(speakers(claim), ["The Syrian Coalition"])

    def test_the_subject_before_an_aside_between_commas_speaks(self) -> None:
        # bbc-business-145, bbc-politics-180, bbc-politics-140: an aside between commas right before
        # the verb (an apposition the name rules do not read, a title before the name, a name before
        # two appositions); the noun phrase opening the clause speaks, not the outlet
        for sentence, speaker in (
            (
                "Winn-Dixie, once among the most profitable of US grocers, said Chapter 11 "
                "protection would enable it to successfully restructure.",
                "Winn-Dixie",
            ),
            (
                "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans, "
                'condemned the debate as a "charade".',
                "Former Conservative leader Iain Duncan Smith, one of the chief critics of the plans",
            ),
            (
                "Mary Kayitesi Blewitt, founder of the Survivors Fund (SURF), one of the "
                "organisations through which the funds are being channelled, said it was a "
                "recognition.",
                "Mary Kayitesi Blewitt, founder of the Survivors Fund (SURF)",
            ),
            (
                "Sheikh Ahmed El-Tayeb, head of the 1,000-year-old seat of religious learning, urged "
                "Iran to refrain from interfering in Gulf Arab states.",
                "Sheikh Ahmed El-Tayeb",
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))

    def test_he_is_no_country_named_as_the_last_speaker(self) -> None:
        # nc13-englishAhram-54959927: a country speaks between the general's sentences; "he said"
        # after it is the general (the last person who spoke), not Britain (CONVENTIONS EN-6)
        result = extract(
            '"What we have now is little," Brigadier General Selim Idriss said in Brussels. Britain '
            "on Wednesday announced it would provide body armour and armoured vehicles to the rebels. "
            "Regime forces were using heavy artillery and SCUD missiles against civilians, he said.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "body armour")), ["Britain"])
        self.assertEqual(
            speakers(claim_with(result, "heavy artillery")), ["Brigadier General Selim Idriss"]
        )

    def test_a_courts_ruling_is_a_decision_not_a_speech_act(self) -> None:
        # bbc-business-025, bbc-business-336: a court or judge that dismisses or rejects decides
        # (CONVENTIONS AR-15, decisions are outlet); a judge who says something still speaks
        for sentence in (
            "A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy "
            "protection in the US.",
            "An employment tribunal dismissed Stephanie Villalba's allegations of sexual "
            "discrimination and unequal pay.",
            "On 18 February, the High Constitutional Court (HCC) rejected five articles of a new "
            "elections law.",
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(claim.kind, "outlet")
        (claim,) = extract(
            "Texas Judge Letitia Clark said Yukos did not have enough of a US presence.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Texas Judge Letitia Clark"])
        (claim,) = extract("The courts minister rejected the claim.", language="en").claims
        self.assertEqual(speakers(claim), ["The courts minister"])

    def test_an_inverted_speaker_with_a_lost_comma_apposition(self) -> None:
        # fakes-307, fakes-558, fakes-555: with the commas lost, the name after "said" is followed by
        # an apposition that runs to the full stop; the name speaks, not the noun before the verb
        for sentence, speaker in (
            (
                "Regime planes fired rockets on several parts of Douma said Rami Abdel Rahman "
                "director of the Syrian Observatory for Human Rights a Britain-based monitor.",
                "Rami Abdel Rahman director of the Syrian Observatory for Human Rights",
            ),
            (
                "The regime hasnt let us hear the end of it said Modar Shekho a nurse in rebel-held "
                "eastern Aleppo.",
                "Modar Shekho",
            ),
            (
                "No one will now dare from the other tribes to move against Islamic State after the "
                "defeat of the al-Sheitaat said Ahmad Ziyada al-Qaissi an Islamic State sympathizer "
                "contacted by Skype from Mayadin.",
                "Ahmad Ziyada al-Qaissi",
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))

    def test_a_person_in_a_place_speaks_not_the_place(self) -> None:
        # fakes-092, fakes-083, fakes-149: "in the town" / "in Douma" says where the person speaks
        # from; the walk back goes on to the person
        for sentence, names in (
            (
                "Those raids hit three residential buildings and a stadium shortly after midnight "
                "AFPs correspondent in the town said.",
                ["AFPs correspondent in the town"],
            ),
            (
                "Half a dozen wounded children were seen sitting on the floor of a makeshift clinic "
                "an AFP photographer in Douma reported.",
                ["an AFP photographer in Douma"],
            ),
            (
                "Syrian regime warplanes bombarded the northeastern city of Hasakeh on Friday "
                "targeting positions held by Kurdish forces a monitor and a journalist in the city "
                "said.",
                ["a monitor", "a journalist in the city"],
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual((claim.kind, speakers(claim)), ("reported", names))

    def test_lowercase_title_words_modify_the_speakers_head(self) -> None:
        # nc13-englishAhram-73c12b41, -9a5f539f, bbc-politics-416: "policy", "finance", "former",
        # "elections" modify the title, so the whole title stays with the name
        for sentence, speaker in (
            (
                '"We have come here with a revised offer," EU foreign policy chief Catherine Ashton '
                "said in a statement.",
                "EU foreign policy chief Catherine Ashton",
            ),
            (
                '"This instrument is a gesture of goodwill from the IMF," former finance minister '
                "Hazem El-Beblawi told Ahram Online.",
                "former finance minister Hazem El-Beblawi",
            ),
            (
                "Others targeted include Oliver Letwin and Theresa May, Lib Dem's elections chief "
                "Lord Rennard said.",
                "Lib Dem's elections chief Lord Rennard",
            ),
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(speakers(claim), [speaker])

    def test_a_day_after_the_verb_stays_with_the_attribution(self) -> None:
        # nc13-englishAhram-7cdd5909, -10840995: "said Sunday, in the biggest …" kept the verb's day
        # apart as the start of an outlet claim; the day belongs to the verb, and what follows its
        # comma is the outlet's own
        result = extract(
            "Gunmen attacked a camp in rural northern Nigeria, killing a guard and kidnapping seven "
            "foreign workers, authorities said Sunday, in the biggest kidnapping yet in a region "
            "under attack by Islamic extremists.",
            language="en",
        )
        said = claim_with(result, "Gunmen attacked a camp")
        self.assertEqual((said.kind, speakers(said)), ("reported", ["authorities"]))
        self.assertTrue(said.text.endswith("authorities said Sunday"))
        rest = claim_with(result, "the biggest kidnapping")
        self.assertEqual(rest.kind, "outlet")
        self.assertTrue(rest.text.startswith("in the biggest"))

    def test_a_place_after_a_place_noun_ends_before_the_speaker(self) -> None:
        # fa-kes-046, -389, -277: with the commas lost, the gazetteer place that ends the content
        # ran into the speaker; the capitalised run after it (past a day) speaks
        self.assert_one_claim_by(
            [
                (
                    "Regime airstrikes killed 20 civilians on Monday in the Bab al-Maqam neighborhood "
                    "of Aleppo Syria Live Network (SLN) reported.",
                    "Syria Live Network (SLN)",
                ),
                (
                    "At least 23 civilians have been killed in renewed regime airstrikes on the "
                    "contested city of Aleppo Syrian activists said Sunday.",
                    "Syrian activists",
                ),
                (
                    "Two car bombs killed at least 25 people in a government-held neighbourhood of "
                    "Syrias central city of Homs Wednesday state news agency SANA reported.",
                    "state news agency SANA",
                ),
            ]
        )

    def test_maintaining_that_is_a_report(self) -> None:
        # nc13-englishAhram-c67802f1 (draw E), bbc-business-206: "X has maintained that …" holds a
        # position in public; "maintained momentum", "maintain a presence" stay the outlet's
        result = extract(
            "Moscow has maintained that Assad is part of the solution to the crisis. Syrian rebels "
            "have maintained momentum with the capture of the base.",
            language="en",
        )
        held = claim_with(result, "part of the solution")
        self.assertEqual((held.kind, speakers(held)), ("reported", ["Moscow"]))
        self.assertEqual(claim_with(result, "maintained momentum").kind, "outlet")

    def test_a_day_between_called_and_its_particle(self) -> None:
        # fakes-552 (draw E), bbc-politics-372: "called Wednesday on …", "called last week for …"
        self.assert_one_claim_by(
            [
                (
                    "Meanwhile The Arab League called Wednesday on U.N. chemical weapons inspectors "
                    "now inside Syria to immediately visit the site of the incident.",
                    "The Arab League",
                ),
                (
                    "Liberal Democrat peer Lord Greaves called last week for international observers "
                    "at the general election.",
                    "Liberal Democrat peer Lord Greaves",
                ),
            ]
        )

    def test_he_is_never_a_party_or_a_ministry(self) -> None:
        # nc13-englishAhram-ca425fd4 (draw E), -068b2831: "he" after a party or a ministry spoke
        # (in a relative clause) is the person named before it
        result = extract(
            '"The initiative has failed," Jebali told a news conference. He spoke after a meeting '
            "with leaders of secular political parties and his own Islamist Ennahda party, which "
            "has denied any involvement in Belaid's killing. He had threatened to quit but on "
            'Monday he said only: "I will meet the president tomorrow."',
            language="en",
        )
        said = claim_with(result, "meet the president")
        self.assertEqual(speakers(said), ["Jebali"])

    def test_a_person_who_suggests_speaks(self) -> None:
        # nc13-englishAhram-ca425fd4 (draw E), bbc-politics-358: a person (a name, "he", "analysts")
        # who suggests something speaks; "This suggests", "Government figures suggest", "the road
        # that Mr Forsyth suggests" report nothing
        result = extract(
            "Tunisian Prime Minister Hamadi Jebali spoke on Monday. Jebali suggested a cabinet of "
            "apolitical technocrats to help restore calm. New European commission president Jose "
            "Manuel Barroso has suggested the cash could be shared out. Government figures suggest "
            "TB in England is rising. This suggests the economy is weak. The British Government is "
            "not going down the road that Mr Forsyth suggests.",
            language="en",
        )
        jebali = claim_with(result, "apolitical technocrats")
        self.assertEqual((jebali.kind, speakers(jebali)), ("reported", ["Jebali"]))
        barroso = claim_with(result, "shared out")
        self.assertEqual(
            speakers(barroso), ["New European commission president Jose Manuel Barroso"]
        )
        for outlet in ("TB in England", "economy is weak", "road that Mr Forsyth"):
            self.assertEqual(claim_with(result, outlet).kind, "outlet")

    def test_the_object_of_saw_speaks_with_a_bare_infinitive(self) -> None:
        # bbc-politics-257, fakes-097: "X saw Y warn/call for …": Y speaks, not the meeting
        self.assert_one_claim_by(
            [
                (
                    "A meeting of the Parliamentary Labour Party saw a succession of normally loyal "
                    "members warn that feuding could jeopardise Labour's election hopes.",
                    "a succession of normally loyal members",
                ),
            ]
        )

    def test_predict_after_its_subject_is_an_estimate(self) -> None:
        # nc13-englishAhram-e6b5f6f4 (draw E), bbc-business-374: "X predict(s) that …" reports an
        # estimate; "nobody can predict", "difficult to predict" report nothing
        result = extract(
            "Analysts predict that the dollar will remain weak in 2005. It is difficult to predict "
            "the total cost of the plan.",
            language="en",
        )
        weak = claim_with(result, "remain weak")
        self.assertEqual((weak.kind, speakers(weak)), ("reported", ["Analysts"]))
        self.assertEqual(claim_with(result, "total cost").kind, "outlet")

    def test_outlining_a_plan_is_a_report(self) -> None:
        # nc13-englishAhram-c67802f1 (draw E), bbc-politics-394: setting out a plan or a view in
        # public; "plans outlined in last year's White Paper" is a participle, no one speaking
        result = extract(
            "In a speech last month, Assad outlined a peace initiative that would keep him in "
            "power. If the group wins, the government's future aviation plans outlined in last "
            "year's transport White Paper could be left in ruins.",
            language="en",
        )
        plan = claim_with(result, "peace initiative")
        self.assertEqual((plan.kind, speakers(plan)), ("reported", ["Assad"]))
        self.assertEqual(claim_with(result, "aviation plans").kind, "outlet")

    def test_a_speech_frame_opens_a_quotation_after_a_comma_or_colon(self) -> None:
        # draw G (nc13-englishAhram-a0a820ba) and corpus (bbc-politics-046, nc13-englishAhram-92234b7c):
        # "reports", "read", "went on", "commented" right before a quotation opened after a comma or
        # colon frame the speech; elsewhere they report nothing ("went on to", "read the report")
        self.assert_one_claim_by(
            [
                (
                    'AFP also reports, "An Islamist in the crowd took umbrage at the poem."',
                    "AFP",
                ),
                (
                    "The statement read, \"Raghda's name was not among the convention's programme.\"",
                    "The statement",
                ),
                (
                    'The Tory leader went on: "He doesn\'t stop there."',
                    "The Tory leader",
                ),
                (
                    'Al-Zahar commented: "The security apparatus in Egypt understands that."',
                    "Al-Zahar",
                ),
            ]
        )
        for sentence in (
            "The talks went on for hours.",
            "He read the report in full.",
            "Member states, including the United States, agreed.",
        ):
            with self.subTest(sentence=sentence):
                (claim,) = extract(sentence, language="en").claims
                self.assertEqual(claim.kind, "outlet")

    def test_a_toll_given_updated_or_put_at_a_figure_is_reported(self) -> None:
        # draw G (fakes-213, -352, -134) and corpus (nc13-englishAhram-cd21d5bb): giving, updating or
        # putting a toll or a figure is a source's report, with modifiers before the noun
        self.assert_one_claim_by(
            [
                ("The United Nations puts the figure at 191000.", "The United Nations"),
                (
                    "The monitoring group updated its earlier death toll of 15 for the strike.",
                    "The monitoring group",
                ),
                ("The monitor had initially given a death toll of 34 civilians.", "The monitor"),
                (
                    "The Syrian Observatory for Human Rights put the initial toll at 31 dead and "
                    "dozens wounded.",
                    "The Syrian Observatory for Human Rights",
                ),
            ]
        )
        # a toll in a relative clause describes the speaker of the verb after it
        self.assert_one_claim_by(
            [
                (
                    "The activist-operated Idlib News network which gave a lower toll of 17 people "
                    "killed said the strikes hit the school complex.",
                    "The activist-operated Idlib News network",
                )
            ]
        )

    def test_a_compass_adjective_on_the_place_stays_in_the_speaker(self) -> None:
        # draw G (nc13-englishAhram-2cb52e97): "opposition sources in eastern Syria said" gave the
        # speaker "Syria"; the compass adjective belongs to the place that ends the speaker
        self.assert_one_claim_by(
            [
                (
                    "Syrian rebels have captured the site of a suspected nuclear reactor near the "
                    "Euphrates river, opposition sources in eastern Syria said on Sunday.",
                    "opposition sources in eastern Syria",
                )
            ]
        )

    def test_a_stance_or_guess_voiced_in_public_is_reported(self) -> None:
        # draw G (nc13-englishAhram-95113dda, -e2cf4650) and corpus (nc13-englishAhram-e10103df,
        # bbc-business-154): expressing optimism or hope, voicing support, and speculating that …
        # are speech acts of their subject; speculating about a market is not
        self.assert_one_claim_by(
            [
                (
                    "Hollande expressed optimism that international powers would find a political "
                    "solution.",
                    "Hollande",
                ),
                (
                    "Egypt's investment minister has expressed hope that a deal could be done with "
                    "the IMF by the end of April.",
                    "Egypt's investment minister",
                ),
                (
                    "Turkish media has speculated that Turkey's nascent talks with the PKK have "
                    "produced a roadmap.",
                    "Turkish media",
                ),
            ]
        )
        (claim,) = extract(
            "Shares fell as the market speculated about the cost of rebuilding in Asia.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_according_to_a_document_keeps_its_author_named_after_it(self) -> None:
        # draw G (fakes-368) and corpus (bbc-business-170, nc13-englishAhram-87020614): "according to
        # a new toll from the Syrian Observatory …" gave the speaker "a new toll"; the author named
        # right after the document belongs to the speaker
        self.assert_one_claim_by(
            [
                (
                    "They were among 39 people who died in the attack according to a new toll from "
                    "the Syrian Observatory for Human Rights.",
                    "a new toll from the Syrian Observatory for Human Rights",
                ),
                (
                    "UK house prices fell 0.7% in December, according to figures from the Office of "
                    "the Deputy Prime Minister.",
                    "figures from the Office of the Deputy Prime Minister",
                ),
            ]
        )

    def test_people_who_post_pictures_are_named_publishers(self) -> None:
        # draw G (fakes-213) and corpus (nc13-englishAhram-fc679de7): activists who post videos or
        # photographs publish them (EN-18, AR-14): reported; a page or an account that posts a photo
        # leaves what the photo shows to the outlet (EN-10, fakes-020)
        self.assert_one_claim_by(
            [
                (
                    "Activists posted videos on YouTube showing the destruction caused by the raids "
                    "in Douma.",
                    "Activists",
                )
            ]
        )
        (claim,) = extract(
            "The Ariha Today Facebook page posted a photo showing at least seven buildings reduced "
            "to rubble on a narrow street.",
            language="en",
        ).claims
        self.assertEqual(claim.kind, "outlet")

    def test_document_closing_the_sentence_suggests(self) -> None:
        # fakes-052 (draw E), bbc-business-020: "…, a survey suggests." and "… UN estimates
        # suggest." (lost comma) report the document's finding (EN-10); "the road that Mr Forsyth
        # suggests" has no content of its own
        result = extract(
            "Since then more than a quarter of a million people have been killed across the "
            "war-battered country UN estimates suggest. Customers are getting quicker to hang up, "
            "a survey suggests. The government is not going down the road that Mr Forsyth "
            "suggests.",
            language="en",
        )
        killed = claim_with(result, "quarter of a million")
        self.assertEqual((killed.kind, speakers(killed)), ("reported", ["UN estimates"]))
        hang = claim_with(result, "hang up")
        self.assertEqual((hang.kind, speakers(hang)), ("reported", ["a survey"]))
        self.assertEqual(claim_with(result, "down the road").kind, "outlet")

    def test_a_call_made_again_is_a_call(self) -> None:
        # nc13-englishAhram-e6b5f6f4 (draw E), nc13-englishAhram-1b171d02: "stepped up / renewed /
        # repeated calls for" reports the call of the subject
        result = extract(
            "Russia has renewed calls for rebels and regime to engage in direct negotiations to end "
            "the two-year conflict. Pillay repeated her call for him to be investigated for crimes "
            "against humanity.",
            language="en",
        )
        talks = claim_with(result, "direct negotiations")
        self.assertEqual((talks.kind, speakers(talks)), ("reported", ["Russia"]))
        crimes = claim_with(result, "to be investigated")
        self.assertEqual((crimes.kind, speakers(crimes)), ("reported", ["Pillay"]))

    def test_a_participle_after_a_later_sentence_goes_to_its_subject(self) -> None:
        # nc13-englishAhram-c67802f1 (draw E): "…, saying …" after a sentence with no cue of its own
        # speaks for that sentence's subject (past "However," and an apposition), not for the
        # speaker of the sentence before
        result = extract(
            "The opposition coalition has rejected any talks with Damascus until Assad steps down. "
            "However, Moaz al-Khatib, the president of the coalition that is dominated by the Muslim "
            "Brotherhood movement, has departed recently from the categorical refusal, saying on "
            "Wednesday he is willing to negotiate with members of Assad's regime.",
            language="en",
        )
        willing = claim_with(result, "willing to negotiate")
        self.assertEqual((willing.kind, speakers(willing)), ("reported", ["Moaz al-Khatib"]))

    def test_brushing_aside_is_a_dismissal(self) -> None:
        # bbc-politics-305, nc13-englishAhram-c21231c9: "X brushed aside/off …" dismisses in public;
        # "which often brushes off …" in an aside is the outlet's description
        result = extract(
            "Mr Milburn brushed aside questions over why the chancellor was not present at the "
            "Cabinet meeting. Under President Park Geun-hye, South Korea's Defense Ministry, which "
            "often brushes off North Korean threats, has looked to send a message of strength.",
            language="en",
        )
        questions = claim_with(result, "chancellor was not present")
        self.assertEqual((questions.kind, speakers(questions)), ("reported", ["Mr Milburn"]))
        self.assertEqual(claim_with(result, "message of strength").kind, "outlet")

    def test_a_relative_clause_with_its_own_speaker_and_a_present_verb_gap(self) -> None:
        # fakes-565 (draw E), nc13-englishAhram-a7d45326: "which locals have warned threatens to …"
        # (the gap of the relative clause is a present verb before "to" or an object): the locals
        # speak, not the campaign
        result = extract(
            "Militants have pushed deep into the coastal city seizing a string of villages in a "
            "campaign which locals have warned threatens to open the area up to full-blown sectarian "
            "war.",
            language="en",
        )
        war = claim_with(result, "sectarian war")
        self.assertEqual((war.kind, speakers(war)), ("reported", ["locals"]))

    def test_identifying_one_of_the_dead_is_a_report(self) -> None:
        # fakes-582 (draw E), fakes-623: "identified one of those slain as …" names someone, as
        # "identified the man as …"
        result = extract(
            "In a post on its Twitter account Lebanese resistance movement Hezbollah identified one "
            "of those slain as Abu Obaida.",
            language="en",
        )
        named = claim_with(result, "Abu Obaida")
        self.assertEqual(named.kind, "reported")
        self.assertIn("Hezbollah", speakers(named)[0])

    def test_a_passive_label_names_its_author_after_by(self) -> None:
        # nc13-englishAhram-4fbeb596, fakes-749, bbc-politics-146: a label or charge in the passive,
        # the label between the verb and "by", is the author's claim (conventions EN-14, EN-19)
        for sentence, expected in [
            (
                "That attack was claimed by a radical Turkish Marxist group classified as a "
                "terrorist organisation by Turkey and the United States.",
                ["Turkey", "the United States"],
            ),
            (
                'Like ISIL Al-Nusra is blacklisted as a "terrorist organization" by Washington.',
                ["Washington"],
            ),
            (
                "Plans to allow foreign nuclear waste to be permanently stored in the UK have been "
                'branded "deeply irresponsible" by the Liberal Democrats.',
                ["the Liberal Democrats"],
            ),
            (
                "Syrian regime forces and their Russian ally have been accused by rights groups of "
                "carrying out indiscriminate attacks on civilian infrastructure.",
                ["rights groups"],
            ),
        ]:
            (claim,) = extract(sentence, language="en").claims
            self.assertEqual((claim.kind, speakers(claim)), ("reported", expected))
        # deliberation, and a "by" owned by another verb, are no label's author (bbc-politics-067,
        # bbc-politics-395)
        for sentence in [
            "Parents who refuse to allow former partners contact with their children could be "
            "electronically tagged under plans being considered by ministers.",
            "And it looked like the Labour campaign - which was already being criticised for being "
            "thrown into defensive mode by Mr Howard on issues such as immigration - was faltering.",
        ]:
            (claim,) = extract(sentence, language="en").claims
            self.assertEqual(claim.kind, "outlet")

    def test_issuing_a_statement_or_video_is_publishing_it(self) -> None:
        # nc13-englishAhram (Port Said, FJP), fakes (the Syrian army's footage): "issued a statement
        # saying …", "released footage showing …" are the issuer's claims (AR-14, EN-18); releasing
        # prisoners is not
        for sentence, expected in [
            (
                "On Monday, the interior ministry released a statement claiming unidentified "
                "individuals were shooting randomly at police and soldiers in Port Said.",
                "the interior ministry",
            ),
            (
                "Separately the Syrian army released footage showing the operation of liberating "
                "two strategic villages in Aleppo.",
                "the Syrian army",
            ),
        ]:
            (claim,) = extract(sentence, language="en").claims
            self.assertEqual((claim.kind, speakers(claim)), ("reported", [expected]))
        (claim,) = extract("The rebels released 20 prisoners on Monday.", language="en").claims
        self.assertEqual(claim.kind, "outlet")

    def test_a_relay_and_a_speech_verb_in_one_sentence_keep_both_voices(self) -> None:
        # nc13-englishAhram-666de6ac (tune), fakes-599 (tune), fakes-451 (tune): "According to AFP, X
        # said", "X citing Y said", "X said … according to Y" (convention EN-7)
        for sentence, expected in [
            (
                "According to AFP, Israel's Shin Bet internal intelligence service said Jaradat had "
                "been arrested on Monday.",
                ["Israel's Shin Bet internal intelligence service", "AFP"],
            ),
            (
                "The state-run Anadolu Agency citing military officials said Wednesday the strikes "
                "destroyed a tank.",
                ["The state-run Anadolu Agency", "military officials"],
            ),
            (
                "Citing US and European officials, the Washington Post newspaper said the White House "
                "is mulling a major policy shift on Syria.",
                ["the Washington Post newspaper", "US and European officials"],
            ),
            (
                "Donor nations have promised to give dollars 717m in disaster relief over the next six "
                "months, according to the United Nations.",
                ["Donor nations", "the United Nations"],
            ),
        ]:
            (claim,) = extract(sentence, language="en").claims
            self.assertEqual(speakers(claim), expected)
        # a reason or a criterion is no relay
        (claim,) = extract(
            "Israel says the forum has an inherent bias against it and defends its settlement policy "
            "by citing historical and Biblical links to the West Bank.",
            language="en",
        ).claims
        self.assertEqual(speakers(claim), ["Israel"])

    def test_a_relay_frame_around_a_speakers_own_verb_keeps_both_voices(self) -> None:
        # nc13-englishAhram-666de6ac, nc13-englishAhram-d2f4f72c, fakes-599, bbc-business-185,
        # bbc-politics-067: "According to X, Y said", "X citing Y said" and "X said he was told by Y"
        # are relays: both voices speak (convention EN-7); "it added" after the relay keeps both
        result = extract(
            "According to AFP, Israel's Shin Bet internal intelligence service said Jaradat had "
            "been arrested on Monday. Israeli police were now probing Jaradat's death, it added. "
            "The state-run Anadolu Agency citing military officials said Wednesday the strikes "
            "destroyed a tank. Mr Parton said he had been told by Children's Minister Margaret "
            "Hodge there was not enough time to pass the bill.",
            language="en",
        )
        shin_bet = ["Israel's Shin Bet internal intelligence service", "AFP"]
        arrested = claim_with(result, "had been arrested")
        self.assertEqual((arrested.kind, speakers(arrested)), ("reported", shin_bet))
        self.assertEqual(speakers(claim_with(result, "now probing")), shin_bet)
        tank = claim_with(result, "destroyed a tank")
        self.assertEqual(
            (tank.kind, speakers(tank)),
            ("reported", ["The state-run Anadolu Agency", "military officials"]),
        )
        told = claim_with(result, "not enough time")
        self.assertEqual(
            (told.kind, speakers(told)),
            ("reported", ["Mr Parton", "Children's Minister Margaret Hodge"]),
        )

    def test_a_prepositions_date_or_place_is_no_part_of_the_speaker_after_it(self) -> None:
        # bbc-politics-058, fakes-542, fakes-198: with the commas lost, "on Wednesday", "near
        # Damascus", "the central city of Homs" end the content, not open the speaker; a title's
        # place stays ("UNHCR representative in Lebanon Ninette Kelley")
        result = extract(
            "Britain has been more cautious on the issue, but on Wednesday Mr Straw said he also "
            "wanted it lifted. Hundreds were killed in attacks on rebel-held areas near Damascus "
            "British Foreign Secretary William Hague said in a statement. A car bomb wounded 37 "
            "people in the central city of Homs state television reported. UNHCR representative "
            "in Lebanon Ninette Kelley said the country was overwhelmed.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "wanted it lifted")), ["Mr Straw"])
        self.assertEqual(
            speakers(claim_with(result, "rebel-held areas")),
            ["British Foreign Secretary William Hague"],
        )
        self.assertEqual(speakers(claim_with(result, "car bomb wounded")), ["state television"])
        self.assertEqual(
            speakers(claim_with(result, "overwhelmed")),
            ["UNHCR representative in Lebanon Ninette Kelley"],
        )

    def test_a_participle_speaks_for_its_clauses_subject_not_a_stale_speaker(self) -> None:
        # nc13-englishAhram-a44917d0, nc13-englishAhram-223c2a3b, bbc-business-065: the subject
        # of the clause a participle hangs on speaks (after a frame, before a past-tense verb),
        # not whoever spoke last
        result = extract(
            "The source said the situation was calm. On Monday, the interior ministry released a "
            "statement claiming unidentified individuals were shooting randomly at police. The EU "
            "sought to allay the airlines' fears, stressing that Thursday's meeting was only a "
            "first step.",
            language="en",
        )
        shooting = claim_with(result, "shooting randomly")
        self.assertEqual(
            (shooting.kind, speakers(shooting)), ("reported", ["the interior ministry"])
        )
        self.assertEqual(speakers(claim_with(result, "first step")), ["The EU"])

    def test_a_relative_pronoun_without_a_comma_speaks_for_its_antecedent(self) -> None:
        # bbc-politics-332, bbc-business-449: "who/which/that" + a speech verb + a clause, with no
        # comma before the pronoun, is the antecedent's claim (EN-19); not in the subject of the
        # sentence, nor an act ("declared a caliphate")
        result = extract(
            "He was responding to Tory spokesman Julian Lewis who said the ads were part of a wider "
            "trend of smearing the party. The move is in response to a British Medical Journal "
            "article that claimed Lilly documents linked Prozac to suicide.",
            language="en",
        )
        ads = claim_with(result, "part of a wider trend")
        self.assertEqual((ads.kind, speakers(ads)), ("reported", ["Tory spokesman Julian Lewis"]))
        self.assertEqual(claim_with(result, "He was responding").kind, "outlet")
        self.assertEqual(
            speakers(claim_with(result, "linked Prozac")), ["a British Medical Journal article"]
        )
        result = extract(
            "IS fighters who have declared an Islamic caliphate on the territories are targeted.",
            language="en",
        )
        self.assertEqual(claim_with(result, "caliphate").kind, "outlet")

    def test_the_subject_after_a_subordinator_speaks_whatever_its_head_noun(self) -> None:
        # bbc-business-161, bbc-business-242, nc13-englishAhram-51167a0a: after "after/as/when/
        # while/but …" only a noun phrase stands before the verb, so it speaks the words after it,
        # even with a head noun no list knows; the main clause stays the outlet's
        result = extract(
            "Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage. "
            "The battle has taken another turn after the club confirmed it had received a fresh "
            "takeover approach. Gunfire rang out as several media outlets reported that police and "
            "soldiers were exchanging fire.",
            language="en",
        )
        for words, speaker in (
            ("industrial espionage", "its rival"),
            ("takeover approach", "the club"),
            ("exchanging fire", "several media outlets"),
        ):
            claim = claim_with(result, words)
            self.assertEqual((claim.kind, speakers(claim)), ("reported", [speaker]))
        self.assertEqual(claim_with(result, "sued by Lockheed").kind, "outlet")
        result = extract(
            "The group which describes itself as a neutral band of volunteers said it could not "
            "verify the gas.",
            language="en",
        )
        self.assertEqual(speakers(claim_with(result, "verify the gas")), ["The group"])

    def test_the_subject_before_a_sentence_adverb_and_a_relative_aside_speaks(self) -> None:
        # nc13-englishAhram-5fda54a1, bbc-politics-242, nc13-englishAhram-e6e21675: the noun phrase
        # that opens the sentence speaks across "meanwhile/however" and a relative-clause aside
        result = extract(
            "The Salafist Watan Party, meanwhile, which broke away from the Nour Party weeks "
            "earlier, also condemned the initiative. Departments for defence, environment and trade, "
            "which had all increased file destruction, said they were following rules.",
            language="en",
        )
        watan = claim_with(result, "condemned the initiative")
        self.assertEqual((watan.kind, speakers(watan)), ("reported", ["The Salafist Watan Party"]))
        self.assertEqual(
            speakers(claim_with(result, "following rules")), ["Departments for defence"]
        )
        result = extract(
            "Since the movie was made, Gibreel, now 8, has become a mini-celebrity, said his mother "
            "Suraia.",
            language="en",
        )
        self.assertNotIn("Gibreel", speakers(claim_with(result, "mini-celebrity")))

    def test_a_quoted_sentence_after_a_speakers_sentence_is_his_quote(self) -> None:
        # bbc-politics-348, fakes-097, nc13-englishAhram-ecd34a1b: a sentence wholly in quotation
        # marks with no cue of its own, right after an attributed one, is that speaker's (EN-12), with
        # the rest of a quotation that runs on; a quoted title is no speech
        result = extract(
            '"It would be up to each party leader to accept or refuse," said Lord Holme. "If the '
            "prime minister's reported position is true and he does want to take part, he would then "
            'be obliged to say why publicly. "Either way would be preferable to the present hidden '
            'veto." Mr Kennedy said: "Britain is the fourth-largest economy in the world.\n\n'
            '"Indeed it seems as though they specifically target civilians. Taking them before the '
            'ICC would therefore be consistent with UK policy on air strikes."',
            language="en",
        )
        for words, speaker in (
            ("obliged to say why", "Lord Holme"),
            ("hidden veto", "Lord Holme"),
            ("specifically target civilians", "Mr Kennedy"),
            ("Taking them before the ICC", "Mr Kennedy"),
        ):
            claim = claim_with(result, words)
            self.assertEqual((claim.kind, speakers(claim)), ("quote", [speaker]))
        result = extract(
            "A new book about immigration reform says so, according to the book "
            '"Immigration Wars: Forging an American Solution." Bush did not discount the idea.',
            language="en",
        )
        self.assertEqual(claim_with(result, "Immigration Wars").kind, "outlet")

    def test_a_quotation_cut_from_its_own_lower_case_cue_is_the_cues_speakers(self) -> None:
        # fakes-376: '"…" the statement added': the quotation split from the cue that follows it
        result = extract(
            "In a Sunday statement the Syrian Network for Human Rights (SNHR) said that 12679 people "
            'died of torture. "The Syrian regime is responsible for 99 percent of deaths due to '
            'torture at detention centers" the statement added which was issued to mark the '
            "International Day in Support of Victims of Torture.",
            language="en",
        )
        claim = claim_with(result, "99 percent of deaths")
        self.assertEqual(
            (claim.kind, speakers(claim)), ("quote", ["the Syrian Network for Human Rights (SNHR)"])
        )
