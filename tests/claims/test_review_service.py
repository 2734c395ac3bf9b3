from __future__ import annotations

from claims.models import Attribution, Claim, ClaimEvent, Evidence, Source, Verdict
from claims.services.review import (
    ClaimChanges,
    EvidenceInput,
    NewSource,
    ReviewError,
    StaleEdit,
    claim_compute_status,
    claim_set_final,
    claim_set_verdict,
    claim_update,
    claims_assign,
    claims_set_final,
)
from tests.base import BaseTestCase
from tests.factories import make_article, make_claim, make_source


def supports(claim: Claim) -> EvidenceInput:
    return EvidenceInput(claim_id=claim.pk, stance="supports", strength="primary")


class ClaimStatusRuleTests(BaseTestCase):
    def test_no_verdicts_is_unreviewed_agreement_is_the_value_and_any_disagreement_is_contested(
        self,
    ) -> None:
        self.assertEqual(claim_compute_status([]), "unreviewed")
        self.assertEqual(claim_compute_status(["disputed", "disputed"]), "disputed")
        self.assertEqual(claim_compute_status(["unverifiable"]), "unverifiable")
        self.assertEqual(claim_compute_status(["corroborated", "disputed"]), "contested")
        self.assertEqual(claim_compute_status(["corroborated", "unverifiable"]), "contested")


class ClaimSetVerdictTests(BaseTestCase):
    def setUp(self) -> None:
        self.observatory = make_source(name_en="Observatory")
        self.room = make_source(name_en="Operations room")
        self.claim = make_claim(source=self.observatory)
        self.other = make_claim(source=self.room)

    def test_it_records_the_verdict_its_evidence_and_an_event_and_sets_the_status(self) -> None:
        verdict = claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            note="The room says the same.",
            evidence=[supports(self.other)],
        )
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, "corroborated")
        self.assertEqual(list(verdict.evidence.values_list("claim_id", flat=True)), [self.other.pk])
        event = ClaimEvent.objects.get(claim=self.claim)
        self.assertEqual((event.actor, event.action), (self.bob, "verdict"))
        self.assertEqual(event.data["status"], ["unreviewed", "corroborated"])
        self.assertEqual(event.note, "The room says the same.")

    def test_a_newer_verdict_supersedes_the_reviewers_older_one_without_deleting_it(self) -> None:
        claim_set_verdict(
            claim_id=self.claim.pk, reviewer=self.bob, value="unverifiable", reason="no_access"
        )
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="disputed",
            note="contradicted",
            evidence=[
                EvidenceInput(claim_id=self.other.pk, stance="contradicts", strength="media")
            ],
        )
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, "disputed")
        self.assertEqual(Verdict.objects.filter(claim=self.claim).count(), 2)

    def test_two_reviewers_who_disagree_make_the_claim_contested(self) -> None:
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            note="yes",
            evidence=[supports(self.other)],
        )
        claim_set_verdict(
            claim_id=self.claim.pk, reviewer=self.erin, value="unverifiable", reason="single_source"
        )
        self.claim.refresh_from_db()
        self.assertEqual(self.claim.status, "contested")

    def test_it_rejects_corroborated_without_evidence_or_note(self) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(claim_id=self.claim.pk, reviewer=self.bob, value="corroborated")
        self.assertIn("evidence", caught.exception.errors)
        self.assertIn("note", caught.exception.errors)
        self.assertFalse(Verdict.objects.exists())
        self.assertFalse(ClaimEvent.objects.exists())

    def test_it_rejects_unverifiable_without_a_reason_code(self) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(claim_id=self.claim.pk, reviewer=self.bob, value="unverifiable")
        self.assertIn("reason", caught.exception.errors)

    def test_it_rejects_the_claim_itself_as_evidence(self) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=[supports(self.claim)],
            )
        self.assertIn("evidence-0", caught.exception.errors)

    def test_it_rejects_evidence_from_the_same_source(self) -> None:
        same = make_claim(source=self.observatory)
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=[supports(same)],
            )
        self.assertEqual(
            caught.exception.errors["evidence-0"],
            ["Evidence must come from a different source."],
        )

    def test_it_accepts_an_http_reference_and_refuses_a_javascript_url(self) -> None:
        with self.assertRaises(ReviewError) as caught:
            claim_set_verdict(
                claim_id=self.claim.pk,
                reviewer=self.bob,
                value="disputed",
                note="x",
                evidence=[
                    EvidenceInput(url="javascript:alert(1)", stance="contradicts", strength="media")
                ],
            )
        self.assertIn("evidence-0", caught.exception.errors)
        claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="disputed",
            note="x",
            evidence=[
                EvidenceInput(
                    url="https://example.org/report",
                    outlet="Example",
                    quote="Nobody surrendered.",
                    stance="contradicts",
                    strength="eyewitness",
                )
            ],
        )
        self.assertEqual(Evidence.objects.get().outlet, "Example")

    def test_the_reason_is_dropped_for_a_verdict_that_is_not_unverifiable(self) -> None:
        verdict = claim_set_verdict(
            claim_id=self.claim.pk,
            reviewer=self.bob,
            value="corroborated",
            reason="no_access",
            note="x",
            evidence=[supports(self.other)],
        )
        self.assertEqual(verdict.reason, "")

    def test_an_outlet_claim_counts_the_outlet_as_its_source(self) -> None:
        outlet = make_source(kind=Source.Kind.MEDIA)
        own = make_claim(article=make_article(outlet=outlet), kind="outlet")
        other_by_outlet = make_claim(source=outlet)
        with self.assertRaises(ReviewError):
            claim_set_verdict(
                claim_id=own.pk,
                reviewer=self.bob,
                value="corroborated",
                note="x",
                evidence=[supports(other_by_outlet)],
            )


class ClaimSetFinalTests(BaseTestCase):
    def test_the_editors_final_status_is_recorded_with_who_and_why(self) -> None:
        claim = make_claim()
        claim_set_final(claim_id=claim.pk, editor=self.erin, status="disputed", note="settled")
        claim.refresh_from_db()
        self.assertEqual(
            (claim.final_status, claim.final_by, claim.final_note, claim.effective_status),
            ("disputed", self.erin, "settled", "disputed"),
        )
        event = ClaimEvent.objects.get(claim=claim)
        self.assertEqual((event.action, event.actor, event.note), ("final", self.erin, "settled"))

    def test_a_final_status_needs_a_note(self) -> None:
        claim = make_claim()
        with self.assertRaises(ReviewError):
            claim_set_final(claim_id=claim.pk, editor=self.erin, status="disputed", note=" ")

    def test_bulk_final_status_writes_one_event_per_changed_claim(self) -> None:
        claims = [make_claim() for _ in range(3)]
        n = claims_set_final(
            claim_ids=[c.pk for c in claims], editor=self.erin, status="unverifiable", note="bulk"
        )
        self.assertEqual(n, 3)
        self.assertEqual(ClaimEvent.objects.filter(action="final").count(), 3)


class ClaimsAssignTests(BaseTestCase):
    def test_assigning_records_an_event_and_reassigning_the_same_person_changes_nothing(
        self,
    ) -> None:
        claims = [make_claim(), make_claim()]
        ids = [c.pk for c in claims]
        self.assertEqual(claims_assign(claim_ids=ids, editor=self.erin, assignee=self.bob), 2)
        self.assertEqual(claims_assign(claim_ids=ids, editor=self.erin, assignee=self.bob), 0)
        self.assertEqual(Claim.objects.filter(assigned_to=self.bob).count(), 2)
        self.assertEqual(ClaimEvent.objects.filter(action="assign").count(), 2)


class ClaimUpdateTests(BaseTestCase):
    def test_it_changes_kind_and_source_bumps_the_version_and_logs_the_change(self) -> None:
        old, new = make_source(), make_source()
        claim = make_claim(source=old, kind="reported")
        updated = claim_update(
            claim_id=claim.pk,
            editor=self.erin,
            version=claim.version,
            changes=ClaimChanges(kind="quote", source=new),
            note="the spokesman is the room's",
        )
        self.assertEqual((updated.kind, updated.version), ("quote", 2))
        self.assertEqual(list(updated.attributions.values_list("source_id", flat=True)), [new.pk])
        event = ClaimEvent.objects.get(claim=claim, action="edit")
        self.assertEqual(event.data["kind"], ["reported", "quote"])
        self.assertEqual(event.data["source"], [old.pk, new.pk])

    def test_a_stale_version_raises_with_who_changed_it_and_writes_nothing(self) -> None:
        claim = make_claim(kind="reported")
        claim_update(
            claim_id=claim.pk, editor=self.erin, version=1, changes=ClaimChanges(kind="quote")
        )
        with self.assertRaises(StaleEdit) as caught:
            claim_update(
                claim_id=claim.pk,
                editor=self.alice,
                version=1,
                changes=ClaimChanges(kind="passive"),
            )
        self.assertEqual(caught.exception.changed_by, "erin")
        self.assertIn("changed by erin", caught.exception.message)
        claim.refresh_from_db()
        self.assertEqual((claim.kind, claim.version), ("quote", 2))

    def test_it_creates_a_curated_source_with_aliases_and_attributes_the_claim_to_it(self) -> None:
        claim = make_claim()
        updated = claim_update(
            claim_id=claim.pk,
            editor=self.erin,
            version=1,
            changes=ClaimChanges(
                kind=claim.kind,
                new_source=NewSource(
                    name_en="Victory Army", name_ar="جيش النصر", kind="armed_group"
                ),
            ),
        )
        source = updated.attributions.get().source
        self.assertTrue(source.curated)
        self.assertEqual(source.kind, "armed_group")
        self.assertEqual(
            sorted(source.aliases.values_list("name", flat=True)), ["Victory Army", "جيش النصر"]
        )


class EvidenceSourceRuleTests(BaseTestCase):
    def test_a_claim_relayed_by_two_voices_may_cite_the_second_voices_own_claim(self) -> None:
        observatory, room = make_source(), make_source()
        relayed = make_claim(source=observatory)
        Attribution.objects.create(claim=relayed, source=room, speaker="the room", position=1)
        rooms_own = make_claim(source=room)
        claim_set_verdict(
            claim_id=relayed.pk,
            reviewer=self.bob,
            value="corroborated",
            note="the room's video",
            evidence=[supports(rooms_own)],
        )
        self.assertEqual(Claim.objects.get(pk=relayed.pk).status, "corroborated")
