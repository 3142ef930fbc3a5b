"""Rows of the database as its driver stores them, reshaped into what the exchange workbook
holds, and walked side by side in key order.

On SQLite the rows are taken from the driver's cursor as it gives them (texts and numbers)
and only reshaped here: SQLAlchemy's result processing cost as much as SQLite's own reading,
and the export's speed is measured against the spreadsheet writer's own (issue 7). Any other
database gives Python values through SQLAlchemy, turned into the same.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Connection, Select, String, type_coerce

CHUNK = 2000
Row = tuple[Any, ...]


def updated_text(moment: datetime) -> str:
    """``2026-10-01T12:00:00Z`` from an aware UTC moment."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Beside:
    """Rows of a second query ordered by the same key, handed out key by key while the
    main query is walked (a merge join in Python, portable to any database)."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._next: Row | None = next(rows, None)

    def take(self, key: Any) -> list[Row]:
        """The rows of ``key`` (keys asked for in increasing order)."""
        following = self._next
        if following is None or following[0] > key:
            return _NONE  # most keys have nothing beside them, or it comes later
        found: list[Row] = []
        rows = self._rows
        while following is not None and following[0] <= key:
            if following[0] == key:
                found.append(following)
            following = next(rows, None)
        self._next = following
        return found


_NONE: list[Row] = []  # shared, never changed


_UNBUFFERED = {"stream_results": False, "yield_per": None}


def as_stored(connection: Connection) -> bool:
    """Whether rows are read from the driver as stored (SQLite) rather than as Python
    values made by SQLAlchemy (any other database; the tests compare the two)."""
    return connection.dialect.name == "sqlite"


def stream(connection: Connection, query: Select[Any]) -> Iterator[Row]:
    """The rows of ``query`` as they are read, never the whole result held."""
    if as_stored(connection):
        # SQLite's driver steps through the rows as they are asked for: its own tuples,
        # as stored (see Form), without SQLAlchemy's processing of every value. Streaming
        # is turned off for this statement whatever the connection says (the import sets
        # ``yield_per`` on it), so that SQLAlchemy holds none of the rows in a buffer.
        result = connection.execute(query, execution_options=_UNBUFFERED)
        try:
            # The DBAPI's cursor protocol says nothing of iterating; sqlite3's cursor does.
            yield from cast("Iterable[Row]", result.cursor)
        finally:
            result.close()
        return
    # Options given to this statement only: set on the connection they would stay there.
    result = connection.execute(query, execution_options={"yield_per": CHUNK})
    try:
        for partition in result.partitions():
            yield from partition  # rows index like tuples: no copy
    finally:
        result.close()


def _iso_day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value[:10])


def _same(value: Any) -> Any:
    return value


def _whole_second(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(microsecond=0)


def _iso_moment(value: str | None) -> datetime | None:
    # SQLAlchemy stores a naive moment as YYYY-MM-DD HH:MM:SS.ffffff: to the second.
    return None if value is None else datetime.fromisoformat(value[:19])


class Form:
    """How values come out of the database. On SQLite rows come from the driver as stored
    (see :func:`stream`): ids as 32 hex digits, ``updated_at`` as ``YYYY-MM-DD
    HH:MM:SS.ffffff`` in UTC, days as ``YYYY-MM-DD``, yes/no as 1/0, which are only
    reshaped here; any other database gives Python values, turned into the same."""

    def __init__(self, connection: Connection) -> None:
        self.raw = as_stored(connection)
        # Plain functions, not methods: each is called once or more for every row.
        self.id: Callable[[Any], str | None] = _hyphenated if self.raw else _uuid_text
        self.stamp: Callable[[Any], str] = _stored_stamp if self.raw else updated_text
        # A day and a meeting's start as the cells hold them.
        self.day: Callable[[Any], date | None] = _iso_day if self.raw else _same
        self.moment: Callable[[Any], datetime | None] = (_iso_moment if self.raw
                                                         else _whole_second)

    def column(self, column: Any) -> Any:
        return type_coerce(column, String) if self.raw else column


def _hyphenated(value: str | None) -> str | None:
    if value is None:
        return None
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _uuid_text(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _stored_stamp(value: str) -> str:
    return f"{value[:10]}T{value[11:19]}Z"


def remembered(ident: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
    """``ident`` keeping what it gave, for the ids of a few records that come back row after
    row (a duo's meetings and evaluations): looked up rather than made again."""
    known: dict[Any, str | None] = {}

    def text(value: Any) -> str | None:
        found = known.get(value)
        if found is None:
            found = known[value] = ident(value)
        return found

    return text
