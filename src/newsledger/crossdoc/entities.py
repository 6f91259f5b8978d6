"""Ledger-wide entities: an article's entities linked to the entities other articles named.

Links are explainable: each records the rule that made it ("same name", "alias 'PMC Wagner'",
"surname 'Prigozhin' of the only such person", "new"). Keys come from ``names.name_key``, so
romanisation variants (Yevgeny/Evgeny) meet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from newsledger.crossdoc.names import name_key, surname_key

FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def family(entity_type: str) -> str:
    return FAMILY.get(entity_type, entity_type)


def _forms(entity: dict[str, Any], text: str) -> list[str]:
    """The entity's name and every mention form that is a name (not a description)."""
    forms = [entity["name"]]
    for start, end in entity["mentions"]:
        form = text[start:end]
        if form[:1].isupper() and form not in forms:
            forms.append(form)
    return forms


def _lookup(conn: sqlite3.Connection, key: str, fam: str, kind: str) -> list[int]:
    rows = conn.execute(
        "SELECT DISTINCT ledger_entity_id FROM ledger_entity_keys WHERE key = ? AND family = ? AND kind = ?",
        (key, fam, kind),
    ).fetchall()
    return [r[0] for r in rows]


def _remember(conn: sqlite3.Connection, ledger_id: int, keys: Iterable[tuple[str, str, str]]) -> None:
    for key, fam, kind in keys:
        conn.execute(
            "INSERT INTO ledger_entity_keys (key, family, kind, ledger_entity_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (key, fam, kind, ledger_id),
        )


def link_entities(conn: sqlite3.Connection, rowid: int, record: dict[str, Any]) -> dict[str, int]:
    """Link every entity of the article ``rowid`` to a ledger entity; returns local id -> ledger id."""
    text = record["text"]
    links: dict[str, int] = {}
    for entity in record["entities"]:
        fam = family(entity["type"])
        forms = _forms(entity, text)
        keys = [(name_key(f, entity["type"]), fam, "name") for f in forms]
        if entity["type"] == "PERSON" and len(entity["name"].split()) > 1:
            keys.append((surname_key(entity["name"]), fam, "surname"))
        ledger_id, rule = _find(conn, entity, forms, fam)
        if ledger_id is None:
            ledger_id = conn.execute(
                "INSERT INTO ledger_entities (name, type, family) VALUES (?, ?, ?) RETURNING id",
                (entity["name"], entity["type"], fam),
            ).fetchone()[0]
            rule = "new"
        elif len(entity["name"]) > len(_name_of(conn, ledger_id)):
            conn.execute("UPDATE ledger_entities SET name = ? WHERE id = ?", (entity["name"], ledger_id))
        _remember(conn, ledger_id, keys)
        conn.execute(
            "INSERT INTO entity_links (article_rowid, local_id, ledger_entity_id, rule) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (article_rowid, local_id) DO UPDATE SET ledger_entity_id = excluded.ledger_entity_id, "
            "rule = excluded.rule",
            (rowid, entity["id"], ledger_id, rule),
        )
        links[entity["id"]] = ledger_id
    return links


def _name_of(conn: sqlite3.Connection, ledger_id: int) -> str:
    return str(conn.execute("SELECT name FROM ledger_entities WHERE id = ?", (ledger_id,)).fetchone()[0])


def _find(conn: sqlite3.Connection, entity: dict[str, Any], forms: list[str], fam: str) -> tuple[int | None, str]:
    for i, form in enumerate(forms):
        found = _lookup(conn, name_key(form, entity["type"]), fam, "name")
        if len(found) == 1:
            return found[0], "same name" if i == 0 else f"alias {form!r}"
    if entity["type"] == "PERSON":
        # A surname alone ("Prigozhin") joins the one person of that surname the ledger knows.
        surname = surname_key(entity["name"])
        if len(entity["name"].split()) == 1:
            found = _lookup(conn, surname, fam, "surname")
            if len(found) == 1:
                return found[0], f"surname {entity['name']!r} of the only such person"
        else:
            found = _lookup(conn, surname, fam, "name")
            if len(found) == 1:
                # The ledger knew only the surname so far: the full name now claims it.
                return found[0], f"full name {entity['name']!r} for a surname seen alone"
    return None, "new"
