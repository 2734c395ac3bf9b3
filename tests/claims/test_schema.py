"""The claims tables carry no index that another index already serves: every one costs each insert."""

from __future__ import annotations

from django.db import connection
from django.test import TestCase


def claims_tables() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE %s", [r"claims\_%"])
        return sorted(name for (name,) in cursor.fetchall())


def btree_indexes(table: str) -> dict[str, tuple[list[str], str]]:
    """name -> (columns in order, operator classes as written) of each plain btree index on table."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.relname, array_agg(a.attname ORDER BY k.ord), pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_am am ON am.oid = i.relam
            CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE t.relname = %s AND am.amname = 'btree' AND x.indpred IS NULL
            GROUP BY i.relname, x.indexrelid
            """,
            [table],
        )
        return {
            name: (list(columns), definition) for name, columns, definition in cursor.fetchall()
        }


class RedundantIndexTests(TestCase):
    def test_no_btree_index_is_the_prefix_of_another(self) -> None:
        tables = claims_tables()
        self.assertIn("claims_claim", tables)
        for table in tables:
            indexes = btree_indexes(table)
            for name, (columns, definition) in indexes.items():
                if "pattern_ops" in definition:
                    continue  # a LIKE index has its own use; checked below
                for other, (longer, other_def) in indexes.items():
                    if other == name or "pattern_ops" in other_def:
                        continue
                    with self.subTest(table=table, index=name, covered_by=other):
                        self.assertFalse(
                            len(longer) > len(columns) and longer[: len(columns)] == columns,
                            f"{name} {columns} is served by {other} {longer}",
                        )

    def test_claim_status_has_no_like_index(self) -> None:
        # Nothing filters a claim's status with LIKE; the queue filters it by equality.
        definitions = [d for _, d in btree_indexes("claims_claim").values()]
        self.assertTrue(any("(status)" in d for d in definitions), definitions)
        self.assertFalse(any("status varchar_pattern_ops" in d for d in definitions), definitions)
