from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimEvent, Source, Verdict
from claims.services.review import claim_set_final, claim_set_verdict
from tests.base import BaseTestCase
from tests.factories import make_article, make_article_with_claims, make_claim, make_source

HTMX = {"HX-Request": "true"}


class ClaimQueueTests(BaseTestCase):
    def setUp(self) -> None:
        self.observatory = make_source(
            name_en="Syrian Observatory for Human Rights",
            aliases=("المرصد السوري لحقوق الإنسان",),
            conflict_party="neutral",
        )
        self.room = make_source(
            name_en="Repel the Invaders operations room",
            kind=Source.Kind.OPERATIONS_ROOM,
            conflict_party="opposition",
        )
        self.ar = make_article(
            text="أفاد المرصد بأن المحافظة خالية من التنظيم.",
            language="ar",
            published=timezone.make_aware(dt.datetime(2018, 1, 30)),
            outlet_name="Al Arabiya",
        )
        self.en = make_article(
            text="The room said 250 fighters surrendered.",
            published=timezone.make_aware(dt.datetime(2018, 2, 9)),
        )
        self.c_ar = make_claim(
            article=self.ar, source=self.observatory, text="المحافظة خالية من التنظيم"
        )
        self.c_en = make_claim(
            article=self.en, source=self.room, text="250 fighters surrendered", kind="quote"
        )

    def get(self, **params: object) -> object:
        self.client.force_login(self.bob)
        return self.client.get(reverse("claims:queue"), params, headers=HTMX)

    def shown(self, response: object) -> set[int]:
        return {c.claim.pk for c in response.context["rows"]}

    def test_it_lists_claims_with_counts_per_status(self) -> None:
        Claim.objects.filter(pk=self.c_en.pk).update(status="disputed")
        response = self.get()
        self.assertEqual(self.shown(response), {self.c_ar.pk, self.c_en.pk})
        counts = response.context["counts"]
        self.assertEqual((counts["total"], counts["unreviewed"], counts["disputed"]), (2, 1, 1))

    def test_the_cached_counts_follow_every_verdict_and_final_status(self) -> None:
        def counts() -> tuple[int, int, int]:
            c = self.get().context["counts"]
            return c["unreviewed"], c["unverifiable"], c["corroborated"]

        self.assertEqual(counts(), (2, 0, 0))
        reason = Verdict.Reason.NO_ACCESS
        claim_set_verdict(
            claim_id=self.c_en.pk, reviewer=self.bob, value="unverifiable", reason=reason
        )
        self.assertEqual(counts(), (1, 1, 0))
        claim_set_final(claim_id=self.c_ar.pk, editor=self.erin, status="corroborated", note="ok")
        self.assertEqual(counts(), (0, 1, 1))

    def test_each_filter_narrows_the_list(self) -> None:
        Claim.objects.filter(pk=self.c_en.pk).update(
            final_status="corroborated", assigned_to=self.bob
        )
        cases = {
            "status": ({"status": "corroborated"}, {self.c_en.pk}),
            "kind": ({"kind": "quote"}, {self.c_en.pk}),
            "source": ({"source": self.observatory.pk}, {self.c_ar.pk}),
            "source kind": ({"source_kind": "operations_room"}, {self.c_en.pk}),
            "party": ({"party": "neutral"}, {self.c_ar.pk}),
            "outlet": ({"outlet": "arabiya"}, {self.c_ar.pk}),
            "language": ({"language": "ar"}, {self.c_ar.pk}),
            "date range": ({"date_from": "2018-02-01", "date_to": "2018-02-28"}, {self.c_en.pk}),
            "article": ({"article": self.ar.pk}, {self.c_ar.pk}),
            "mine": ({"mine": "on"}, {self.c_en.pk}),
        }
        for label, (params, expected) in cases.items():
            with self.subTest(label):
                self.assertEqual(self.shown(self.get(**params)), expected)

    def test_an_invalid_filter_is_reported_and_ignored(self) -> None:
        response = self.get(status="bogus", kind="quote")
        self.assertEqual(self.shown(response), {self.c_en.pk})
        self.assertIn("status", response.context["form"].errors)

    def test_full_text_search_finds_arabic_with_different_letter_forms(self) -> None:
        # "الاخوين" style variants: hamza and ta marbuta forms are folded by normalize().
        self.assertEqual(self.shown(self.get(q="خاليه")), {self.c_ar.pk})
        self.assertEqual(self.shown(self.get(q="surrendered")), {self.c_en.pk})

    def test_a_misspelt_source_name_finds_the_sources_claims(self) -> None:
        self.assertEqual(self.shown(self.get(q="المرصد السوري لحقوق الانسن")), {self.c_ar.pk})

    def test_a_misspelt_word_finds_claims_by_trigram_similarity(self) -> None:
        self.assertEqual(self.shown(self.get(q="surendered")), {self.c_en.pk})

    def test_htmx_gets_the_list_fragment_and_a_plain_request_the_page(self) -> None:
        fragment = self.get()
        self.assertNotContains(fragment, "<html")
        self.assertTemplateUsed(fragment, "claims/partials/claim_list.html")
        self.assertIn("HX-Request", fragment["Vary"])
        page = self.client.get(reverse("claims:queue"))
        self.assertContains(page, "<html")
        self.assertContains(page, 'id="claim-list"')

    def test_it_is_forbidden_for_charlie_and_anonymous_users_go_to_login(self) -> None:
        self.assertEqual(self.client.get(reverse("claims:queue")).status_code, 302)
        self.client.force_login(self.charlie)
        self.assertEqual(self.client.get(reverse("claims:queue")).status_code, 403)

    def test_it_paginates_by_fifty(self) -> None:
        make_article_with_claims(55)
        response = self.get(page=2)
        self.assertEqual(len(response.context["rows"]), 57 - 50)
        self.assertEqual(response.context["page"].paginator.num_pages, 2)

    def test_the_query_count_does_not_grow_with_the_number_of_claims(self) -> None:
        self.client.force_login(self.bob)
        url = reverse("claims:queue")
        make_article_with_claims(5)
        # The unfiltered counts are cached under the newest claim and event ids (one index probe):
        # the first request counts, the next one with the same data does not.
        with self.assertNumQueries(QUEUE_QUERIES + 1):
            self.client.get(url)
        with self.assertNumQueries(QUEUE_QUERIES):
            self.client.get(url)
        make_article_with_claims(45)
        with self.assertNumQueries(QUEUE_QUERIES + 1):
            self.client.get(url)
        with self.assertNumQueries(QUEUE_QUERIES):
            self.client.get(url)
        # A search adds one small query: which sources' names resemble it.
        with self.assertNumQueries(QUEUE_QUERIES + 1):
            self.client.get(url, {"q": "event", "source_kind": "monitor", "status": "unreviewed"})


# session, user, user's groups, curated sources (filter menu), status counts (unfiltered: the newest
# claim and event ids, and the counts only when those changed), the page of claims,
# their attributions with sources; then the session save (SESSION_SAVE_EVERY_REQUEST) in a savepoint.
QUEUE_QUERIES = 10


class ClaimBulkTests(BaseTestCase):
    def setUp(self) -> None:
        self.claims = [make_claim(), make_claim()]
        self.ids = [c.pk for c in self.claims]

    def test_an_editor_assigns_ticked_claims_and_goes_back_to_the_queue(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-bulk"),
            {
                "action": "assign",
                "claims": self.ids,
                "assignee": self.bob.pk,
                "next": "/?kind=quote",
            },
        )
        self.assertRedirects(response, "/?kind=quote", fetch_redirect_response=False)
        self.assertEqual(Claim.objects.filter(assigned_to=self.bob).count(), 2)
        self.assertEqual(ClaimEvent.objects.filter(action="assign", actor=self.erin).count(), 2)

    def test_an_editor_sets_a_final_status_in_bulk_with_a_reason(self) -> None:
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-bulk"),
            {"action": "status", "claims": self.ids, "status": "unverifiable", "note": "no access"},
            headers=HTMX,
        )
        self.assertEqual(response["HX-Redirect"], "/")
        self.assertEqual(Claim.objects.filter(final_status="unverifiable").count(), 2)

    def test_bulk_status_without_a_reason_changes_nothing(self) -> None:
        self.client.force_login(self.erin)
        self.client.post(
            reverse("claims:claim-bulk"),
            {"action": "status", "claims": self.ids, "status": "disputed"},
        )
        self.assertFalse(Claim.objects.exclude(final_status="").exists())

    def test_a_reviewer_may_not_bulk_edit_and_an_offsite_next_is_ignored(self) -> None:
        self.client.force_login(self.bob)
        data = {"action": "assign", "claims": self.ids, "assignee": self.bob.pk}
        self.assertEqual(self.client.post(reverse("claims:claim-bulk"), data).status_code, 403)
        self.client.force_login(self.erin)
        response = self.client.post(
            reverse("claims:claim-bulk"), data | {"next": "https://evil.example/"}
        )
        self.assertRedirects(response, "/", fetch_redirect_response=False)

    def test_the_queue_shows_editors_the_bulk_form_and_reviewers_not(self) -> None:
        self.client.force_login(self.erin)
        self.assertContains(self.client.get(reverse("claims:queue")), 'id="bulk"')
        self.client.force_login(self.bob)
        self.assertNotContains(self.client.get(reverse("claims:queue")), 'id="bulk"')


class QueueCountCapTests(BaseTestCase):
    def test_a_broad_filter_counts_only_up_to_the_cap_and_says_so(self) -> None:
        from unittest import mock

        from claims.views import queue

        make_article_with_claims(5)
        self.client.force_login(self.bob)
        with mock.patch.object(queue, "COUNT_CAP", 3):
            filtered = self.client.get(reverse("claims:queue"), {"kind": "reported"})
            unfiltered = self.client.get(reverse("claims:queue"))
        self.assertTrue(filtered.context["counts"]["capped"])
        self.assertContains(filtered, "More than 3 claims match")
        self.assertEqual(unfiltered.context["counts"]["total"], 5)
        self.assertFalse(unfiltered.context["counts"]["capped"])


class NavTests(BaseTestCase):
    def links(self, user: object) -> tuple[bool, bool]:
        self.client.force_login(user)
        html = self.client.get(reverse("claims:queue")).content.decode()
        return (
            f'href="{reverse("claims:agreement")}"' in html,
            f'href="{reverse("claims:upload")}"' in html,
        )

    def test_the_menu_offers_only_the_pages_the_user_may_open(self) -> None:
        self.assertEqual(self.links(self.bob), (False, False))
        self.assertEqual(self.links(self.erin), (True, False))
        self.assertEqual(self.links(self.alice), (True, True))
        for user, allowed in ((self.bob, False), (self.erin, True), (self.alice, True)):
            self.client.force_login(user)
            code = self.client.get(reverse("claims:agreement")).status_code
            self.assertEqual(code == 200, allowed, user)
