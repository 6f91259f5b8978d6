"""Across the ledger: copies and stories, ledger-wide entities and events, claims.

``update(store, article_ids)`` runs incrementally after ingest; the query functions read the
result for the CLI and the web API.
"""

from newsledger.crossdoc.ledger import UpdateSummary, pending, update
from newsledger.crossdoc.queries import (
    get_event,
    list_claims,
    list_events,
    list_stories,
    quotes_by_speaker,
)

__all__ = [
    "UpdateSummary",
    "get_event",
    "list_claims",
    "list_events",
    "list_stories",
    "pending",
    "quotes_by_speaker",
    "update",
]
