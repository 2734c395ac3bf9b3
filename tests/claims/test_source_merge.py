from __future__ import annotations

from django.contrib.auth.models import Permission
from django.db import DatabaseError, connection
from django.urls import reverse

from claims.models import Article, Attribution, ClaimEvent, Feed, Source, SourceAlias
from claims.services.sources import SourceMergeError, source_merge, source_merge_default_keep
from tests.base import BaseTestCase, make_user
from tests.factories import make_article, make_claim, make_source


class SourceMergeTests(BaseTestCase):
    def setUp(self) -> None:
        self.keep = make_source(
            name_en="Syrian Observatory for Human Rights",
            name_ar="",
            aliases=("المرصد السوري لحقوق الإنسان",),
        )
        self.dupe = make_source(
            name_en="",
            name_ar="المرصد السوري",
            curated=False,
            conflict_party=Source.Party.NEUTRAL,
            description="created by extraction",
            aliases=("المرصد",),
        )

    def test_aliases_attributions_articles_children_and_feeds_move_and_nothing_is_lost(
        self,
    ) -> None:
        claim = make_claim(source=self.dupe, speaker="المرصد السوري")
        article = make_article(outlet=self.dupe)
        child = make_source(name_en="Observatory director", parent=self.dupe)
        feed = Feed.objects.create(url="https://example.org/rss", outlet=self.dupe)
        aliases_before = set(SourceAlias.objects.values_list("normalized", flat=True))

        kept = source_merge(keep=self.keep, merged=[self.dupe])

        self.assertFalse(Source.objects.filter(pk=self.dupe.pk).exists())
        self.assertEqual(Attribution.objects.get(claim=claim).source_id, kept.pk)
        self.assertEqual(Attribution.objects.get(claim=claim).speaker, "المرصد السوري")
        self.assertEqual(Article.objects.get(pk=article.pk).outlet_id, kept.pk)
        self.assertEqual(Source.objects.get(pk=child.pk).parent_id, kept.pk)
        self.assertEqual(Feed.objects.get(pk=feed.pk).outlet_id, kept.pk)
        # Every alias survives, now on the kept source, plus the merged source's own name.
        aliases_after = set(kept.aliases.values_list("normalized", flat=True))
        self.assertTrue(
            aliases_before <= set(SourceAlias.objects.values_list("normalized", flat=True))
        )
        self.assertIn("المرصد", aliases_after)
        self.assertIn("المرصد السوري", aliases_after)
        # Blank fields of the kept source are filled from the merged one; curated stays.
        kept.refresh_from_db()
        self.assertEqual(kept.name_ar, "المرصد السوري")
        self.assertEqual(kept.name_en, "Syrian Observatory for Human Rights")
        self.assertEqual(kept.conflict_party, Source.Party.NEUTRAL)
        self.assertEqual(kept.description, "created by extraction")
        self.assertTrue(kept.curated)

    def test_a_claim_credited_to_both_keeps_one_attribution_and_records_the_other(self) -> None:
        claim = make_claim(source=self.keep, speaker="the Observatory")
        Attribution.objects.filter(claim=claim).update(cue="")
        Attribution.objects.create(
            claim=claim, source=self.dupe, speaker="مرصد حقوق الإنسان", cue="بحسب", position=1
        )
        source_merge(keep=self.keep, merged=[self.dupe], actor=self.alice)

        (attribution,) = Attribution.objects.filter(claim=claim)
        self.assertEqual(attribution.source_id, self.keep.pk)
        self.assertEqual(attribution.speaker, "the Observatory")
        self.assertEqual(attribution.cue, "بحسب")  # the blank cue is filled in
        event = ClaimEvent.objects.get(claim=claim, action="attribution_merged")
        self.assertEqual(event.actor, self.alice)
        self.assertEqual(event.data["speaker"], "مرصد حقوق الإنسان")
        self.assertEqual(event.data["from_source_id"], self.dupe.pk)
        # The folded speaker's name is now an alias, so the resolver finds it next time.
        self.assertTrue(
            SourceAlias.objects.filter(source=self.keep, name="مرصد حقوق الإنسان").exists()
        )

    def test_several_sources_merge_at_once_and_a_parent_cycle_is_broken(self) -> None:
        third = make_source(name_en="SOHR", curated=False)
        self.keep.parent = third
        self.keep.save()
        third.parent = self.dupe
        third.save()
        make_claim(source=third)
        make_claim(source=self.dupe)

        kept = source_merge(
            keep=self.keep, merged=Source.objects.filter(pk__in=[self.dupe.pk, third.pk])
        )

        self.assertEqual(Source.objects.filter(pk__in=[self.dupe.pk, third.pk]).count(), 0)
        self.assertIsNone(kept.parent_id)
        self.assertEqual(Attribution.objects.filter(source=kept).count(), 2)

    def test_it_refuses_to_merge_a_source_into_itself_only(self) -> None:
        with self.assertRaises(SourceMergeError):
            source_merge(keep=self.keep, merged=[self.keep])
        self.assertTrue(Source.objects.filter(pk=self.keep.pk).exists())

    def test_a_failure_half_way_leaves_everything_as_it_was(self) -> None:
        claim = make_claim(source=self.dupe)
        article = make_article(outlet=self.dupe)
        # A real database failure at the last step (deleting the merged source), after the
        # attributions, aliases and articles have been moved: the whole merge must roll back.
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE FUNCTION test_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by test trigger'; END $$"
            )
            cursor.execute(
                "CREATE TRIGGER test_refuse_delete BEFORE DELETE ON claims_source "
                "FOR EACH ROW EXECUTE FUNCTION test_refuse_delete()"
            )
        with self.assertRaises(DatabaseError):
            source_merge(keep=self.keep, merged=[self.dupe])
        self.assertEqual(Attribution.objects.get(claim=claim).source_id, self.dupe.pk)
        self.assertEqual(Article.objects.get(pk=article.pk).outlet_id, self.dupe.pk)
        self.assertTrue(self.dupe.aliases.filter(name="المرصد").exists())
        self.assertFalse(self.keep.aliases.filter(name="المرصد السوري").exists())

    def test_the_default_keeper_is_the_curated_then_the_oldest(self) -> None:
        older_uncurated = self.dupe
        newer_curated = self.keep
        self.assertEqual(source_merge_default_keep([older_uncurated, newer_curated]), newer_curated)
        second = make_source(name_en="Another curated")
        self.assertEqual(source_merge_default_keep([second, newer_curated]), newer_curated)


class SourceMergeAdminTests(BaseTestCase):
    def setUp(self) -> None:
        self.root = make_user("root", is_staff=True, is_superuser=True)
        self.client.force_login(self.root)
        self.a = make_source(name_en="Jaish al-Nasr", name_ar="جيش النصر")
        self.b = make_source(name_en="", name_ar="فصيل جيش النصر", curated=False)
        self.url = reverse("admin:claims_source_changelist")

    def test_the_action_shows_a_confirmation_page_with_the_default_keeper_checked(self) -> None:
        response = self.client.post(
            self.url, {"action": "merge_sources", "_selected_action": [self.a.pk, self.b.pk]}
        )
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "admin/claims/source/merge_confirm.html")
        self.assertContains(response, f'value="{self.a.pk}" id="keep-{self.a.pk}" checked')
        self.assertContains(response, "فصيل جيش النصر")
        self.assertEqual(Source.objects.filter(pk__in=[self.a.pk, self.b.pk]).count(), 2)

    def test_confirming_merges_into_the_chosen_source(self) -> None:
        make_claim(source=self.a)
        response = self.client.post(
            self.url,
            {
                "action": "merge_sources",
                "_selected_action": [self.a.pk, self.b.pk],
                "post": "yes",
                "keep": self.b.pk,
            },
            follow=True,
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Source.objects.filter(pk=self.a.pk).exists())
        self.assertEqual(Attribution.objects.get().source_id, self.b.pk)
        self.assertContains(response, "Merged 1 sources")

    def test_a_single_source_is_not_merged(self) -> None:
        response = self.client.post(
            self.url, {"action": "merge_sources", "_selected_action": [self.a.pk]}, follow=True
        )
        self.assertContains(response, "Select at least two sources")

    def test_staff_without_delete_permission_do_not_get_the_action(self) -> None:
        clerk = make_user("clerk", is_staff=True)
        clerk.user_permissions.add(
            *Permission.objects.filter(codename__in=["view_source", "change_source"])
        )
        self.client.force_login(clerk)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "merge_sources")

    def test_the_changelist_finds_arabic_names_whatever_the_hamza_and_alias(self) -> None:
        make_source(name_en="SOHR", aliases=("المرصد السوري لحقوق الإنسان",))
        response = self.client.get(self.url, {"q": "المرصد السوري لحقوق الانسان"})
        self.assertContains(response, "SOHR")
        response = self.client.get(self.url, {"q": "النصر"})
        self.assertContains(response, "Jaish al-Nasr")

    def test_an_alias_typed_in_the_admin_gets_its_normalised_form_and_clashes_are_refused(
        self,
    ) -> None:
        add = reverse("admin:claims_sourcealias_add")
        response = self.client.post(
            add, {"source": self.a.pk, "name": "جيشُ النصرِ", "language": "ar"}
        )
        self.assertEqual(response.status_code, 302)
        alias = SourceAlias.objects.get(name="جيشُ النصرِ")
        self.assertEqual(alias.normalized, "جيش النصر")
        response = self.client.post(
            add, {"source": self.b.pk, "name": "جيش  النصر", "language": "ar"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "is already an alias of")


class AdminPagesTests(BaseTestCase):
    def test_every_model_has_a_working_changelist_search_and_add_page(self) -> None:
        root = make_user("root", is_staff=True, is_superuser=True)
        self.client.force_login(root)
        source = make_source(name_en="Civil Defence", name_ar="الدفاع المدني")
        claim = make_claim(source=source)
        models = [
            "source",
            "sourcealias",
            "ingestbatch",
            "article",
            "claim",
            "attribution",
            "verdict",
            "evidence",
            "claimevent",
            "feed",
            "feedentry",
        ]
        for name in models:
            with self.subTest(name):
                url = reverse(f"admin:claims_{name}_changelist")
                self.assertEqual(self.client.get(url).status_code, 200)
                self.assertEqual(self.client.get(url, {"q": "الدفاع"}).status_code, 200)
        self.assertEqual(
            self.client.get(reverse("admin:claims_claim_change", args=[claim.pk])).status_code, 200
        )
        self.assertEqual(
            self.client.get(reverse("admin:claims_source_change", args=[source.pk])).status_code,
            200,
        )
        self.assertEqual(self.client.get(reverse("admin:claims_article_add")).status_code, 200)

    def test_the_batch_changelist_links_to_the_upload_page(self) -> None:
        root = make_user("root", is_staff=True, is_superuser=True)
        self.client.force_login(root)
        response = self.client.get(reverse("admin:claims_ingestbatch_changelist"))
        self.assertContains(response, f'href="{reverse("claims:upload")}"')
