"""Full-text search of persons on SQLite: an FTS5 index kept in step by triggers (SPEC §4).

The index ``person_search`` holds, per person, the names (the folded sort key and the names
as typed), the email and the phone digits in three spellings (``32470123456``,
``0470123456``, ``470123456``), tokenised by ``unicode61 remove_diacritics 2`` with prefix
indexes, so that "dup" finds Dupont, "şük" and "suk" find Şükrü, "0470 12" finds
+32470123456 and "ahmed@" finds ahmed@….

FTS5 rows are keyed by integers while persons are keyed by UUIDs, and SQLite may renumber
the hidden rowids of ``persons`` when the file is vacuumed; so each person gets a stable
integer in ``person_search_keys``. Triggers on ``persons`` keep both tables in step whoever
writes (services, imports, the demo generator). A migration that rebuilds the ``persons``
table drops its triggers: :func:`repair` (run after every migration) puts them back and
rebuilds the index.

This module is the SQLite side of :class:`duodesk.core.storage.PersonSearch`; a PostgreSQL
backend would implement the same protocol with a ``tsvector`` column.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from sqlalchemy import Connection, Select, Uuid, bindparam, column, literal_column, select, table
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from duodesk.core.text import fold

INDEX_TABLE = "person_search"
KEYS_TABLE = "person_search_keys"
# Tables SQLite or FTS5 manage and the models do not describe (FTS5 adds shadow tables
# named person_search_data, _idx, _content, _docsize and _config).
TABLE_PREFIX = "person_search"

MAX_TERMS = 8
_TERM = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"[\d\s+./()\-]+")


def _digits(phone: str) -> str:
    """SQL: the digits of a phone column, without the punctuation of a number kept as typed."""
    expression = f"coalesce({phone}, '')"
    for character in " /.-()+":
        expression = f"replace({expression}, '{character}', '')"
    return expression


def _row_values(p: str) -> str:
    """SQL: the names, email and phone (in three spellings) of the person row ``p``."""
    digits = _digits(f"{p}.phone")
    return (
        f"{p}.sort_key || ' ' || {p}.last_name || ' ' || {p}.first_name, "
        f"coalesce({p}.email, ''), "
        f"{digits} || CASE "
        f"WHEN {p}.phone LIKE '+32%' "
        f"THEN ' 0' || substr({digits}, 3) || ' ' || substr({digits}, 3) "
        f"WHEN {digits} LIKE '0%' AND {digits} NOT LIKE '00%' THEN ' ' || substr({digits}, 2) "
        f"ELSE '' END"
    )


def _index_row(p: str) -> str:
    return (f"INSERT INTO {INDEX_TABLE} (rowid, names, email, phone) SELECT "
            f"(SELECT search_rowid FROM {KEYS_TABLE} WHERE person_id = {p}.id), "
            f"{_row_values(p)};")


def _unindex_row(p: str) -> str:
    return (f"DELETE FROM {INDEX_TABLE} WHERE rowid = "
            f"(SELECT search_rowid FROM {KEYS_TABLE} WHERE person_id = {p}.id);")


CREATE_TABLES = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX_TABLE} USING fts5(names, email, phone, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    f"CREATE TABLE IF NOT EXISTS {KEYS_TABLE} ("
    "search_rowid INTEGER PRIMARY KEY, person_id CHAR(32) NOT NULL UNIQUE)",
)

TRIGGERS = {
    "person_search_after_insert":
        "CREATE TRIGGER IF NOT EXISTS person_search_after_insert AFTER INSERT ON persons BEGIN "
        f"INSERT OR IGNORE INTO {KEYS_TABLE} (person_id) VALUES (new.id); "
        f"{_index_row('new')} END",
    "person_search_after_update":
        "CREATE TRIGGER IF NOT EXISTS person_search_after_update "
        "AFTER UPDATE OF first_name, last_name, sort_key, email, phone ON persons BEGIN "
        f"{_unindex_row('old')} "
        f"INSERT OR IGNORE INTO {KEYS_TABLE} (person_id) VALUES (new.id); "
        f"{_index_row('new')} END",
    "person_search_after_delete":
        "CREATE TRIGGER IF NOT EXISTS person_search_after_delete AFTER DELETE ON persons BEGIN "
        f"{_unindex_row('old')} "
        f"DELETE FROM {KEYS_TABLE} WHERE person_id = old.id; END",
}

REBUILD = (
    f"DELETE FROM {INDEX_TABLE}",
    f"DELETE FROM {KEYS_TABLE} WHERE person_id NOT IN (SELECT id FROM persons)",
    f"INSERT OR IGNORE INTO {KEYS_TABLE} (person_id) SELECT id FROM persons",
    f"INSERT INTO {INDEX_TABLE} (rowid, names, email, phone) "
    f"SELECT k.search_rowid, {_row_values('p')} "
    f"FROM persons AS p JOIN {KEYS_TABLE} AS k ON k.person_id = p.id",
    # Merge every segment into one, leaving no trace of deleted rows in the index.
    f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('optimize')",
)


def search_terms(text: str) -> str | None:
    """The FTS5 query for what was typed, every word a prefix, or ``None`` if nothing to find.

    Text made of digits and phone punctuation is one phone number: ``0470 12`` → ``047012*``
    and ``+32 470`` or ``0032 470`` → ``32470*``.
    """
    stripped = (text or "").strip()
    if _PHONE_LIKE.fullmatch(stripped):
        digits = re.sub(r"\D", "", stripped)
        if stripped.startswith("00"):
            digits = digits[2:]
        return f'"{digits}"*' if digits else None
    terms = _TERM.findall(fold(stripped))[:MAX_TERMS]
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def is_search_table(name: str | None) -> bool:
    """Whether a table belongs to the search index (for schema comparisons)."""
    return bool(name) and str(name).startswith(TABLE_PREFIX)


def install(connection: Connection) -> None:
    """Create the index, its key table and its triggers, and fill the index."""
    for statement in CREATE_TABLES:
        connection.exec_driver_sql(statement)
    for statement in TRIGGERS.values():
        connection.exec_driver_sql(statement)
    for statement in REBUILD:
        connection.exec_driver_sql(statement)


def repair(connection: Connection) -> bool:
    """After migrations: if the index exists but a table rebuild dropped a trigger, put the
    triggers back and rebuild the index. Returns whether anything was repaired."""
    names = {row[0] for row in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    if INDEX_TABLE not in names or "persons" not in names:
        return False
    if all(trigger in names for trigger in TRIGGERS):
        return False
    install(connection)
    return True


_INSERT_TRIGGER = "person_search_after_insert"
_DELETE_TRIGGER = "person_search_after_delete"
_KEYS = table(KEYS_TABLE, column("search_rowid"), column("person_id", Uuid()))
_INDEX = table(INDEX_TABLE, column("rowid"))


class SQLitePersonSearch:
    """:class:`duodesk.core.storage.PersonSearch` on the FTS5 index."""

    def matching_ids(self, text: str) -> Select[tuple[uuid.UUID]] | None:
        query = search_terms(text)
        if query is None:
            return None
        return (
            select(_KEYS.c.person_id)
            .join_from(_INDEX, _KEYS, _KEYS.c.search_rowid == _INDEX.c.rowid)
            .where(literal_column(INDEX_TABLE).op("MATCH")(
                bindparam("person_search_query", query)))
        )

    def rebuild(self, session: Session) -> None:
        for statement in REBUILD:
            session.execute(sql(statement))

    def insert_in_bulk(self, session: Session, write: Callable[[], None]) -> None:
        """Insert persons with the insert trigger set aside, then index them in one
        statement. Row by row, each trigger's index insert runs in its own statement and
        costs FTS5 a flush: over ten times the work for 10,000 rows. The trigger is dropped
        and created again inside the caller's transaction, so no other connection ever
        sees the table without it, and a failure rolls both back."""
        connection = session.connection()
        before = connection.exec_driver_sql(
            f"SELECT coalesce(max(search_rowid), 0) FROM {KEYS_TABLE}").scalar()
        # New rows of a rowid table get rowids above every existing one.
        last_person = connection.exec_driver_sql(
            "SELECT coalesce(max(rowid), 0) FROM persons").scalar()
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_INSERT_TRIGGER}")
        try:
            write()
        finally:
            connection.exec_driver_sql(TRIGGERS[_INSERT_TRIGGER])
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO {KEYS_TABLE} (person_id) "
            "SELECT id FROM persons WHERE rowid > ? ORDER BY rowid", (last_person,))
        connection.exec_driver_sql(
            f"INSERT INTO {INDEX_TABLE} (rowid, names, email, phone) "
            f"SELECT k.search_rowid, {_row_values('p')} FROM {KEYS_TABLE} AS k "
            f"JOIN persons AS p ON p.id = k.person_id WHERE k.search_rowid > ?", (before,))

    def delete_in_bulk(self, session: Session, write: Callable[[], None]) -> None:
        """Delete persons with the delete trigger set aside, then take them out of the
        index in one statement (undoing an import of 10,000 mentees); as
        :meth:`insert_in_bulk`, inside the caller's transaction."""
        connection = session.connection()
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_DELETE_TRIGGER}")
        try:
            write()
        finally:
            connection.exec_driver_sql(TRIGGERS[_DELETE_TRIGGER])
        gone = (f"SELECT k.search_rowid FROM {KEYS_TABLE} AS k WHERE NOT EXISTS "
                "(SELECT 1 FROM persons AS p WHERE p.id = k.person_id)")
        connection.exec_driver_sql(f"DELETE FROM {INDEX_TABLE} WHERE rowid IN ({gone})")
        connection.exec_driver_sql(f"DELETE FROM {KEYS_TABLE} WHERE search_rowid IN ({gone})")
