"""The exchange workbook service (SPEC §6): export, import, conflicts and their
resolution, each one unit of work on the database.

The export streams every sheet from the database to the workbook in one transaction that
also remembers, per record, what was exchanged (so a later import can tell a record changed
on both sides); it writes to a temporary file beside the target and puts it in place only
when complete, so a failed or cancelled export leaves neither a half file nor a stamp.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core import codes
from duodesk.core.collector import collector_paused
from duodesk.core.database import Database
from duodesk.core.errors import (
    ExchangeFileNotWritten,
    ExchangeFileUnreadable,
    ExchangeFormatTooNew,
    ExchangeTextTooLong,
)
from duodesk.core.exchange import (
    FORMAT_VERSION,
    Choice,
    ConflictView,
    ExchangeProblem,
    ExportResult,
    ImportExchangeResult,
)
from duodesk.core.exchange.columns import AGGREGATES, ATTENDANCE, MAX_ROWS, SHEETS, Sheet
from duodesk.core.exchange.conflicts import list_conflicts, resolve_conflict
from duodesk.core.exchange.records import EXPORT_READERS, home_antenna_code
from duodesk.core.exchange.stamps import ExportStamps, StampWriter
from duodesk.core.models import (
    Antenna,
    Duo,
    Evaluation,
    Meeting,
    MeetingAttendee,
    Mentee,
    Mentor,
    Person,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit
from duodesk.core.storage.tempfiles import temporary_path

STEP = 2000  # rows between two progress reports (and cancel checks)
STATE_BATCH = 2000


def _app_version() -> str:
    from duodesk import __version__

    return str(__version__)


class ExchangeService:
    """Exports the antenna's data to the exchange workbook and merges one back in."""

    # Rows per sheet, header included, before ``Meetings 2``… (smaller in tests only).
    max_rows = MAX_ROWS

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- export ---------------------------------------------------------------------------
    @collector_paused()
    def export(self, out: Path, *, pseudonymised: bool = False,
               progress: Progress | None = None) -> ExportResult:
        """Write the whole database to ``out`` (streaming) and remember, per record, what
        was exchanged (not for the pseudonymised variant, which is no exchange). Raises
        ``ExchangeTextTooLong`` (nothing written) when a text passes Excel's 32,767
        characters, ``ExchangeFileNotWritten``, or ``Cancelled``."""
        progress = progress or Progress()
        out = Path(out).absolute()
        if not out.parent.is_dir():  # said at once, not after a minute of export
            raise ExchangeFileNotWritten(path=str(out), detail="no_folder")
        secret = None
        if pseudonymised:
            from duodesk.core.exchange.pseudonymise import pseudonym_secret

            with self.db.write() as session:
                secret = pseudonym_secret(session)
        stamps = None if pseudonymised else StampWriter(self.db)
        try:
            temporary = temporary_path(out)
        except OSError as error:
            raise ExchangeFileNotWritten(path=str(out),
                                         detail=error.strerror or type(error).__name__) from None
        try:
            with self.db.read() as session:
                try:
                    sheets = self._export(session, temporary, secret, progress, stamps)
                    if stamps is None:
                        os.replace(temporary, out)
                    else:  # the workbook in place before the stamps are committed
                        stamps.finish(list(sheets), lambda: os.replace(temporary, out))
                except BaseException as error:
                    if stamps is not None:
                        stamps.abort(error)
                    raise
        except OSError as error:
            raise ExchangeFileNotWritten(path=str(out),
                                         detail=error.strerror or type(error).__name__) from None
        finally:
            temporary.unlink(missing_ok=True)
        return ExportResult(out, sheets, pseudonymised)

    def _export(self, session: Session, path: Path, secret: bytes | None,
                progress: Progress, stamps: StampWriter | None) -> dict[str, int]:
        from duodesk.core.exchange.writer import ExchangeWorkbook

        connection = session.connection()
        total = self._row_total(session)
        book = ExchangeWorkbook(path)
        try:
            return self._write(session, connection, book, secret, progress, total, stamps)
        except BaseException:
            book.discard()
            raise

    def _write(self, session: Session, connection: Any, book: Any, secret: bytes | None,
               progress: Progress, total: int, stamps: StampWriter | None) -> dict[str, int]:
        about: list[tuple[str, Any]] = [
            ("format_version", FORMAT_VERSION), ("antenna", home_antenna_code(connection)),
            ("exported_at", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
            ("app_version", _app_version())]
        pseudonymiser = None
        if secret is not None:
            from duodesk.core.exchange.pseudonymise import Pseudonymiser

            # Anonymised files keep their age band in place of a birth date.
            kept = {str(key): str(band) for key, band in session.execute(
                select(Person.id, Person.age_band).where(Person.anonymised_at.is_not(None),
                                                         Person.age_band.is_not(None)))}
            pseudonymiser = Pseudonymiser(secret, datetime.now(UTC).date(), kept)
            about.append(("pseudonymised", "yes"))
        book.key_values("About", about)
        antennas = tuple(session.scalars(select(Antenna.code).order_by(Antenna.code)))
        done = 0
        counts: dict[str, int] = {}
        for sheet in SHEETS:
            rows = EXPORT_READERS[sheet.name](connection)
            shown: Sheet = sheet
            if pseudonymiser is not None:
                shown = pseudonymiser.sheet(sheet)
                rows = pseudonymiser.rows(sheet, rows)
            writer = book.sheet(shown, {"antenna": antennas}, self.max_rows)
            states = None
            if stamps is not None and sheet is not ATTENDANCE:
                states = ExportStamps(session, stamps, sheet)
            # Rows go in blocks: read, written, stamped if changed, and progress told.
            while block := list(islice(rows, STEP)):
                writer.write(block)
                if states is not None:
                    states.add_changed(block)
                done += len(block)
                progress.step(done, total)
            if states is not None:
                states.flush()
            counts.update(writer.close())
        if book.too_long is not None:
            long = book.too_long
            raise ExchangeTextTooLong(sheet=long.sheet, column=long.column,
                                      record_id=long.record_id, length=long.length,
                                      count=long.count)
        if pseudonymiser is not None:
            from duodesk.core.exchange.pseudonymise import AGGREGATE_HEADER

            counts[AGGREGATES] = book.table(AGGREGATES, AGGREGATE_HEADER,
                                            pseudonymiser.aggregates(), (12, 14, 28, 8))
        progress.step(total, total)
        book.save()
        return counts

    @staticmethod
    def _row_total(session: Session) -> int:
        group = select(func.count()).select_from(MeetingAttendee).join(
            Meeting, Meeting.id == MeetingAttendee.meeting_id).where(Meeting.duo_id.is_(None))
        return sum(session.scalar(query) or 0 for query in (
            # The role tables alone: every mentee and mentor row has its person.
            select(func.count()).select_from(Mentee.__table__),
            select(func.count()).select_from(Mentor.__table__),
            select(func.count()).select_from(Meeting),
            select(func.count()).select_from(Evaluation), group,
            select(func.count()).select_from(Duo)))

    # --- import ---------------------------------------------------------------------------
    @collector_paused()
    def import_file(self, path: Path, *, progress: Progress | None = None
                    ) -> ImportExchangeResult:
        """Merge the workbook at ``path`` in one transaction (a cancel leaves nothing).
        Raises ``ExchangeFileUnreadable``, ``ExchangeFormatTooNew`` or ``Cancelled``."""
        from duodesk.core.duo_status import local_now
        from duodesk.core.exchange.merge import Merger
        from duodesk.core.exchange.reader import WorkbookReader, read_sheet

        progress = progress or Progress()
        path = Path(path)
        book = WorkbookReader(path)
        try:
            about = book.about()
            self._check_about(path, about)
            problems: list[ExchangeProblem] = []
            rows: dict[str, int] = {}
            stages = _Stages(progress, 2 * len(SHEETS))
            with self.db.write() as session:
                antennas = tuple(session.scalars(select(Antenna.code)))
                merger = Merger(session, path.name, problems, stages.rows)
                now_local = local_now()
                read = {}
                for sheet in SHEETS:
                    read[sheet.name] = read_sheet(book, sheet, problems, antennas=antennas,
                                                  now_local=now_local)
                    rows.update(read[sheet.name].rows)
                    stages.next()
                    if sheet.name == "Mentees":
                        merger.merge(read.pop("Mentees"))
                    elif sheet.name == "Mentors":
                        merger.merge(read.pop("Mentors"))
                    elif sheet.name == "Duos":
                        merger.merge(read.pop("Duos"), ("mentee_id", "mentor_id"))
                    elif sheet.name == "Attendance":
                        meetings = read.pop("Meetings")
                        merger.attach_attendance(meetings, read.pop("Attendance"))
                        merger.merge(meetings, ("duo_id",))
                    elif sheet.name == "Evaluations":
                        merger.merge(read.pop("Evaluations"), ("duo_id",))
                    stages.next()
                counts = merger.counts
                audit.record(session, codes.AuditAction.UPDATE, "exchange_import", None,
                             [f"created={counts.created}", f"updated={counts.updated}",
                              f"conflicts={counts.conflicts}"])
        finally:
            book.close()
        return ImportExchangeResult(rows, counts.created, counts.updated, counts.unchanged,
                                    counts.conflicts, tuple(problems))

    @staticmethod
    def _check_about(path: Path, about: dict[str, str]) -> None:
        version = about.get("format_version", "")
        try:
            number = int(float(version)) if version else FORMAT_VERSION
        except ValueError:
            number = FORMAT_VERSION + 1
        if number > FORMAT_VERSION:
            raise ExchangeFormatTooNew(file_name=path.name, version=version,
                                       supported=str(FORMAT_VERSION))
        if about.get("pseudonymised", "").lower() == "yes":
            raise ExchangeFileUnreadable(file_name=path.name, reason="pseudonymised")

    # --- conflicts ------------------------------------------------------------------------
    def conflicts(self) -> list[ConflictView]:
        """The conflicts not yet resolved, oldest first."""
        with self.db.read() as session:
            return list_conflicts(session)

    def resolve(self, conflict_id: uuid.UUID, choices: Mapping[str, Choice]) -> None:
        """Apply the coordinator's choice for every differing field of one conflict and
        stamp what was exchanged. Raises ``NotFound`` or ``InvalidValue`` (a field left
        without a choice, or a choice whose reference no longer exists)."""
        with self.db.write() as session:
            resolve_conflict(session, conflict_id, choices)


class _Stages:
    """Progress of an import told in stages (read a sheet, merge it), each worth 1000."""

    def __init__(self, progress: Progress, stages: int) -> None:
        self.progress = progress
        self.total = stages * 1000
        self.done = 0
        self.within = 0

    def next(self) -> None:
        self.done += 1000
        self.within = 0
        self.progress.step(min(self.done, self.total), self.total)

    def rows(self, count: int) -> None:
        # Rows of a merge move the bar within its stage, slowing down as it fills.
        self.within = min(999, self.within + max(1, count // 100))
        self.progress.step(self.done + self.within, self.total)

