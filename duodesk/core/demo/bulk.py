"""Fast bulk writing of generated rows in the caller's transaction.

Rows are tuples in a fixed column order, buffered per table and flushed, parents first, in
the metadata's dependency order, so that foreign keys hold at every insert. On SQLite the
values are produced directly in the form SQLAlchemy stores them (UUIDs as 32 hex digits,
dates and times as ISO text with microseconds) and go straight to the driver in multi-row
``INSERT`` statements: about three times faster than letting every value pass SQLAlchemy's
type processors. Any other database gets Python values through a plain Core ``insert``. A
test holds the two forms equal. With :class:`IdStream` ids and the indexes set aside, this
is what keeps 100,000 mentees within a minute.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import chain
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from duodesk.core.models import Base

_VERSION_MASK = ~((0xC000 << 48) | (0xF000 << 64))
_VERSION_BITS = (0x8000 << 48) | (0x4000 << 64)


def uuid4_int(bits: int) -> int:
    """128 random bits made into a version-4 UUID number, as ``uuid.UUID(int=…, version=4)``."""
    return (bits & _VERSION_MASK) | _VERSION_BITS


class IdStream:
    """Ids that are version-4 UUIDs drawn from a seeded generator, but each greater than
    the one before: the top 48 bits climb by random steps, the other 80 are random.

    Every table's primary-key index then grows at its end instead of at random places:
    with a million rows that halves what SQLite writes and most of its work, and nothing
    else can tell (the ids are as unique and as unguessable as any ``uuid4``).
    ``capacity`` is how many ids may be asked for.
    """

    TOP_BITS = 48

    def __init__(self, rng: random.Random, capacity: int) -> None:
        self._bits = rng.getrandbits
        self._random = rng.random
        self._step = max(2, (1 << self.TOP_BITS) // (2 * max(1, capacity)))
        self._top = 0

    def __call__(self) -> int:
        self._top += 1 + int(self._random() * self._step)
        if self._top >> self.TOP_BITS:
            raise OverflowError("more ids than the stream's capacity")
        return uuid4_int((self._top << (128 - self.TOP_BITS)) | self._bits(128 - self.TOP_BITS))


_TIMES = [f"{minute // 60:02d}:{minute % 60:02d}:00.000000" for minute in range(24 * 60)]


@cache
def _day_text(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


class StoredValues:
    """Values as SQLAlchemy stores them in SQLite (see the module docstring)."""

    fast = True

    @staticmethod
    def uid(number: int) -> Any:
        return f"{number:032x}"

    @staticmethod
    def day(ordinal: int | None) -> Any:
        return None if ordinal is None else _day_text(ordinal)

    @staticmethod
    def moment(ordinal: int, minute: int) -> Any:
        """A naive local (Europe/Brussels) date and time, minutes after midnight."""
        return f"{_day_text(ordinal + minute // 1440)} {_TIMES[minute % 1440]}"

    # UTC moments are stored naive, in the same form.
    stamp = moment


class PythonValues:
    """Values as Python objects, for SQLAlchemy's own type processing (any database)."""

    fast = False

    @staticmethod
    def uid(number: int) -> Any:
        return uuid.UUID(int=number)

    @staticmethod
    def day(ordinal: int | None) -> Any:
        return None if ordinal is None else date.fromordinal(ordinal)

    @staticmethod
    def moment(ordinal: int, minute: int) -> Any:
        return datetime.fromordinal(ordinal) + timedelta(minutes=minute)

    @staticmethod
    def stamp(ordinal: int, minute: int) -> Any:
        return (datetime.fromordinal(ordinal) + timedelta(minutes=minute)).replace(tzinfo=UTC)


Values = type[StoredValues] | type[PythonValues]


class BulkWriter:
    """Buffers rows per table and inserts them in chunks, parents before children.

    Used as a context manager inside the caller's transaction. On SQLite each statement
    inserts up to a thousand rows (multi-row ``VALUES``), the secondary indexes of the tables
    being filled are set aside and built once at the end (building an index from sorted
    keys is many times faster than growing it by a million random inserts), and the page
    cache is enlarged for the time of the work. The transaction puts everything back if
    anything fails; on success the indexes are the same as before, statement for statement.

    (Inserting on a helper thread was tried: with increasing ids, SQLite's share of the
    work is too small for the two threads to gain anything over the interpreter lock.)
    """

    CACHE_KIB = 65_536
    MAX_PARAMETERS = 32_766  # SQLite's default limit since 3.32, whatever the build
    ROWS_PER_STATEMENT = 1024

    def __init__(self, session: Session, chunk_rows: int = 40_000,
                 on_flush: Callable[[], None] | None = None) -> None:
        self.session = session
        self.values = self.values_for(session)
        self.chunk_rows = chunk_rows
        self.on_flush = on_flush
        self.counts: dict[str, int] = {}
        self._buffers: dict[str, list[tuple[Any, ...]]] = {}
        self._columns: dict[str, tuple[str, ...]] = {}
        self._order = [table.name for table in Base.metadata.sorted_tables]
        referred = {key.column.table.name for table in Base.metadata.sorted_tables
                    for key in table.foreign_keys}
        self._leaves = frozenset(self._order) - referred
        self._statements: dict[tuple[str, int], str] = {}
        self._cache_size: Any = None
        self._indexes: list[Any] = []
        self._calls = 0

    @staticmethod
    def values_for(session: Session) -> Values:
        """Stored values and the fast path on SQLite, Python values anywhere else."""
        return StoredValues if session.get_bind().dialect.name == "sqlite" else PythonValues

    # --- life cycle ------------------------------------------------------------------------
    def __enter__(self) -> BulkWriter:
        if self.values.fast:
            self.session.flush()
            connection = self.session.connection()
            self._cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = -{self.CACHE_KIB}")
            self._set_aside_indexes(connection)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: Any) -> None:
        try:
            if kind is None:
                self.flush(final=True)
                self._rebuild_indexes()
        finally:
            # Also after a failure or a cancel: the connection gets its cache size back.
            if self._cache_size is not None:
                self.session.connection().exec_driver_sql(
                    f"PRAGMA cache_size = {int(self._cache_size)}")
                self._cache_size = None

    def _set_aside_indexes(self, connection: Connection) -> None:
        """Drop the secondary indexes of the tables being filled, keeping their exact SQL;
        :meth:`_rebuild_indexes` runs the same statements again."""
        names = ", ".join(f"'{table.name}'" for table in Base.metadata.sorted_tables)
        self._indexes = list(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names}) ORDER BY name").all())
        for name, _ in self._indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')

    def _rebuild_indexes(self) -> None:
        connection = self.session.connection()
        for _, sql in self._indexes:
            connection.exec_driver_sql(sql)
            if self.on_flush is not None:
                self.on_flush()

    # --- rows ----------------------------------------------------------------------------
    def rows(self, name: str, columns: Sequence[str]) -> list[tuple[Any, ...]]:
        """The buffer that rows of table ``name`` (values in ``columns`` order) go to."""
        table = Base.metadata.tables[name]
        known = set(table.columns.keys())
        unknown = [name for name in columns if name not in known]
        if unknown:
            raise ValueError(f"{table.name} has no column {unknown}")
        missing = [c.name for c in table.columns if not c.nullable and c.name not in columns]
        if missing:
            raise ValueError(f"{table.name} needs {missing}")
        self._columns[table.name] = tuple(columns)
        self.counts.setdefault(table.name, 0)
        return self._buffers.setdefault(table.name, [])

    def pending(self) -> int:
        return sum(len(rows) for rows in self._buffers.values())

    def maybe_flush(self) -> None:
        """Flush when enough rows wait (looked at every 64th call: it is called per person
        or duo)."""
        self._calls += 1
        if self._calls % 64 == 0 and self.pending() >= self.chunk_rows:
            self.flush()

    def flush(self, final: bool = False) -> None:
        """Send the buffered rows. Rows of tables nothing refers to wait, unless ``final``,
        until they fill whole statements, so that one statement size serves them."""
        for name in self._order:
            rows = self._buffers.get(name)
            if not rows:
                continue
            if self.values.fast:
                sent = self._send(name, rows, whole_only=not final and name in self._leaves)
            else:
                columns = self._columns[name]
                table = Base.metadata.tables[name]
                self.session.execute(insert(table), [dict(zip(columns, row, strict=True))
                                                     for row in rows])
                sent = len(rows)
            self.counts[name] += sent
            del rows[:sent]
        if self.on_flush is not None:
            self.on_flush()

    def _send(self, name: str, rows: list[tuple[Any, ...]], whole_only: bool) -> int:
        """Insert ``rows`` by statements of :data:`ROWS_PER_STATEMENT` rows and the rest, if
        not ``whole_only``, by halves (256, 128… 1): a handful of statement sizes ever get
        prepared. Returns how many rows went."""
        size = min(self.ROWS_PER_STATEMENT, self.MAX_PARAMETERS // len(self._columns[name]))
        first = 0
        while first < len(rows):
            while first + size > len(rows):
                if whole_only:
                    return first
                size //= 2
            chunk = rows[first:first + size]
            first += size
            self.session.connection().exec_driver_sql(self._statement(name, size),
                                                      tuple(chain.from_iterable(chunk)))
        return first

    def _statement(self, name: str, count: int) -> str:
        key = (name, count)
        statement = self._statements.get(key)
        if statement is None:
            columns = self._columns[name]
            row = f"({', '.join('?' * len(columns))})"
            statement = f"INSERT INTO {name} ({', '.join(columns)}) VALUES " + ", ".join(
                [row] * count)
            self._statements[key] = statement
        return statement
