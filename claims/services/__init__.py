"""Services: every multi-step write lives here, one module per topic (ingest, extract, review)."""
