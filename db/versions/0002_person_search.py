"""Candidate files: full-text search of persons, indexes for fast tables

Revision ID: 0002_person_search
Revises: 0001_initial

On SQLite, an FTS5 index of names, email and phone digits (``person_search``), a table giving
each person a stable integer key in it (``person_search_keys``: SQLite may renumber the
hidden rowids of ``persons`` in a VACUUM) and triggers on ``persons`` that keep both in
step. The SQL is frozen here as it was at this revision; the live copy, which repairs the
triggers after a later migration rebuilds ``persons``, is ``duodesk.core.storage.search``.
Plus the indexes that keep the mentee and mentor tables fast at 100,000 rows (filters,
sorts, duplicate checks, days waiting).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_person_search"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    # Covering (id included): the ordered ids of a whole table come from the index alone.
    ("persons", "ix_persons_role_sort_key", ["role", "sort_key", "id"]),
    ("persons", "ix_persons_role_registered_on", ["role", "registered_on", "sort_key", "id"]),
    ("mentees", "ix_mentees_status_id", ["status", "id"]),
    ("mentors", "ix_mentors_status_id", ["status", "id"]),
    ("persons", "ix_persons_birth_date", ["birth_date"]),
    ("persons", "ix_persons_municipality", ["municipality"]),
    ("person_sectors", "ix_person_sectors_sector", ["sector", "person_id"]),
    ("person_languages", "ix_person_languages_language", ["language", "person_id"]),
    ("status_changes", "ix_status_changes_person_changed", ["person_id", "changed_at"]),
)

TRIGGERS = ("person_search_after_insert", "person_search_after_update",
            "person_search_after_delete")


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
    return (f"INSERT INTO person_search (rowid, names, email, phone) SELECT "
            f"(SELECT search_rowid FROM person_search_keys WHERE person_id = {p}.id), "
            f"{_row_values(p)};")


def _unindex_row(p: str) -> str:
    return ("DELETE FROM person_search WHERE rowid = "
            f"(SELECT search_rowid FROM person_search_keys WHERE person_id = {p}.id);")


def search_statements() -> list[str]:
    return [
        "CREATE VIRTUAL TABLE person_search USING fts5(names, email, phone, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        "CREATE TABLE person_search_keys ("
        "search_rowid INTEGER PRIMARY KEY, person_id CHAR(32) NOT NULL UNIQUE)",
        "CREATE TRIGGER person_search_after_insert AFTER INSERT ON persons BEGIN "
        "INSERT OR IGNORE INTO person_search_keys (person_id) VALUES (new.id); "
        f"{_index_row('new')} END",
        "CREATE TRIGGER person_search_after_update "
        "AFTER UPDATE OF first_name, last_name, sort_key, email, phone ON persons BEGIN "
        f"{_unindex_row('old')} "
        "INSERT OR IGNORE INTO person_search_keys (person_id) VALUES (new.id); "
        f"{_index_row('new')} END",
        "CREATE TRIGGER person_search_after_delete AFTER DELETE ON persons BEGIN "
        f"{_unindex_row('old')} "
        "DELETE FROM person_search_keys WHERE person_id = old.id; END",
        "INSERT INTO person_search_keys (person_id) SELECT id FROM persons",
        f"INSERT INTO person_search (rowid, names, email, phone) "
        f"SELECT k.search_rowid, {_row_values('p')} "
        f"FROM persons AS p JOIN person_search_keys AS k ON k.person_id = p.id",
    ]


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in search_statements():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS person_search")
        op.execute("DROP TABLE IF EXISTS person_search_keys")
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
