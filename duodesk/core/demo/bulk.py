"""Fast bulk writing of generated rows in the caller's transaction.

Rows are tuples in a fixed column order, buffered per table and flushed, parents first, in
the metadata's dependency order, so that foreign keys hold at every insert. On SQLite the
values are produced directly in the form SQLAlchemy stores them (UUIDs as 32 hex digits,
dates and times as ISO text with microseconds) and go through the driver's ``executemany``:
about three times faster than letting every value pass SQLAlchemy's type processors, which
is what keeps 100,000 mentees within a minute. Any other database gets Python values through
a plain Core ``insert``. A test holds the two forms equal.
"""

from __future__ import annotations

import queue
import threading
import time
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

    Used as a context manager inside the caller's transaction. On SQLite the inserts run on
    a helper thread while the caller goes on producing rows: SQLite works without Python's
    global lock, so generating and writing share the two cores. Each statement inserts a
    few thousand rows (multi-row ``VALUES``), which the thread binds in one go. The thread
    is the only user of the connection until the ``with`` block ends; on an error or a
    cancel it stops before the transaction is rolled back. The page cache is enlarged for
    the time of the work (random UUID keys touch the whole of every index) and restored.
    """

    CACHE_KIB = 65_536
    MAX_PARAMETERS = 32_766  # SQLite's default limit since 3.32, whatever the build
    ROWS_PER_STATEMENT = 1024
    QUEUE_STATEMENTS = 64  # about one flush in flight: the caller goes on meanwhile

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
        self._queue: queue.Queue[tuple[str, tuple[Any, ...]] | None] | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._abort = threading.Event()
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
            self._queue = queue.Queue(maxsize=self.QUEUE_STATEMENTS)
            self._thread = threading.Thread(target=self._insert_in_background, args=(
                connection,), name="demo-writer", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: Any) -> None:
        try:
            if kind is None:
                self._finish()
        finally:
            # On any failure (a cancel included) the thread stops before the caller's
            # transaction is rolled back, and the connection gets its cache size back.
            self._abort.set()
            self._stop_thread()
            if self._cache_size is not None:
                self.session.connection().exec_driver_sql(
                    f"PRAGMA cache_size = {int(self._cache_size)}")
                self._cache_size = None

    def _finish(self) -> None:
        self.flush(final=True)
        self._stop_thread()
        if self._failure is not None:
            raise self._failure
        self._rebuild_indexes()

    def _set_aside_indexes(self, connection: Connection) -> None:
        """Drop the secondary indexes of the tables being filled, keeping their exact SQL:
        building an index once from sorted keys is many times faster than growing it by
        a million random inserts. The transaction puts them back on a rollback; on success
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

    def _stop_thread(self) -> None:
        if self._thread is None or self._queue is None:
            return
        self._queue.put(None)
        self._thread.join()
        self._thread = None

    def _insert_in_background(self, connection: Connection) -> None:
        assert self._queue is not None
        while True:
            item = self._queue.get()
            if item is None:
                return
            if self._failure is not None or self._abort.is_set():
                continue  # drain: the transaction is going to be rolled back
            try:
                connection.exec_driver_sql(*item)
            except BaseException as failure:  # handed to the caller's thread
                self._failure = failure

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
        or duo). Also lets the helper thread take the interpreter lock it may be waiting
        for, instead of after the default 5 ms switch interval: that wait, once per
        statement, would otherwise cost a tenth of the time."""
        if self._thread is not None:
            time.sleep(0)
        self._calls += 1
        if self._calls % 64 == 0 and self.pending() >= self.chunk_rows:
            self.flush()

    def flush(self, final: bool = False) -> None:
        """Send the buffered rows. Rows of tables nothing refers to wait, unless ``final``,
        until they fill whole statements, so that one statement size serves them."""
        if self._failure is not None:
            raise self._failure
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
            statement, parameters = self._statement(name, size), tuple(chain.from_iterable(chunk))
            if self._queue is not None:
                self._queue.put((statement, parameters))
            else:
                self.session.connection().exec_driver_sql(statement, parameters)
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
