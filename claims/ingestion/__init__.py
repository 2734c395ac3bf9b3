"""Getting articles in: decoding and parsing uploads, files and archives (no ORM writes here).

The services that store what is parsed live in claims/services/ingest.py.
"""

from __future__ import annotations
