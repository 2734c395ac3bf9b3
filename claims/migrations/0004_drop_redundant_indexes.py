"""Drop five indexes that other indexes already serve.

claims_claim(article_id) is the prefix of claim_unique_ordinal (article_id, ordinal),
claims_attribution(claim_id) of attribution_unique_source (claim_id, source_id), claims_verdict(claim_id)
of the (claim, reviewer, -created) index, claims_feedentry(feed_id) of feedentry_unique_guid (feed_id,
guid); the status field's
varchar_pattern_ops twin serves LIKE, which nothing runs on status. Each one costs every claim insert.
Only the indexes are dropped: Django's own AlterField would also drop and re-validate the foreign keys,
a full scan of both tables under lock, for no change in the database's meaning.
"""

import django.db.models.deletion
from django.db import migrations, models

STATUS_CHOICES = [
    ("unreviewed", "Unreviewed"),
    ("corroborated", "Corroborated"),
    ("disputed", "Disputed"),
    ("unverifiable", "Unverifiable"),
    ("contested", "Contested"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_claim_shown_status_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="attribution",
                    name="claim",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="attributions",
                        to="claims.claim",
                    ),
                ),
                migrations.AlterField(
                    model_name="claim",
                    name="article",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="claims",
                        to="claims.article",
                    ),
                ),
                migrations.AlterField(
                    model_name="claim",
                    name="status",
                    field=models.CharField(
                        choices=STATUS_CHOICES, default="unreviewed", max_length=12
                    ),
                ),
                migrations.AddIndex(
                    model_name="claim",
                    index=models.Index(fields=["status"], name="claim_status"),
                ),
                migrations.AlterField(
                    model_name="verdict",
                    name="claim",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="verdicts",
                        to="claims.claim",
                    ),
                ),
                migrations.AlterField(
                    model_name="feedentry",
                    name="feed",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="entries",
                        to="claims.feed",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_attribution_claim_id_1d82bb78"',
                    'CREATE INDEX "claims_attribution_claim_id_1d82bb78" '
                    'ON "claims_attribution" ("claim_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_claim_article_id_6731be49"',
                    'CREATE INDEX "claims_claim_article_id_6731be49" ON "claims_claim" ("article_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_claim_status_c8a1541f_like"',
                    'CREATE INDEX "claims_claim_status_c8a1541f_like" '
                    'ON "claims_claim" ("status" varchar_pattern_ops)',
                ),
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_verdict_claim_id_34127f06"',
                    'CREATE INDEX "claims_verdict_claim_id_34127f06" ON "claims_verdict" ("claim_id")',
                ),
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "claims_feedentry_feed_id_c1c1e611"',
                    'CREATE INDEX "claims_feedentry_feed_id_c1c1e611" '
                    'ON "claims_feedentry" ("feed_id")',
                ),
                # The plain status index stays, under the name the model now gives it.
                migrations.RunSQL(
                    'ALTER INDEX "claims_claim_status_c8a1541f" RENAME TO "claim_status"',
                    'ALTER INDEX "claim_status" RENAME TO "claims_claim_status_c8a1541f"',
                ),
            ],
        ),
    ]
