"""Typed errors of the core. Each carries a stable ``code`` and parameters; the GUI and the
command line turn them into translated sentences (``duodesk.messages``). The core never
builds a sentence for a user itself.
"""

from __future__ import annotations

from typing import Any


class DuoDeskError(Exception):
    """An expected failure the user can understand and act on."""

    code = "error"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.code, params)

    def __str__(self) -> str:  # no personal data: codes and file paths only
        details = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code}({details})"


class DatabaseLocationRefused(DuoDeskError):
    """The database lies on a network share, removable drive or cloud-sync folder.

    params: ``path``, ``kind`` (``network``, ``removable`` or ``cloud``), ``detail``.
    """

    code = "database_location_refused"


class DatabaseInUse(DuoDeskError):
    """Another DuoDesk window already writes to this database. params: ``path``."""

    code = "database_in_use"


class DatabaseNotFound(DuoDeskError):
    """There is no database at the path given (to back up, for example). params: ``path``."""

    code = "database_not_found"


class DatabaseTooNew(DuoDeskError):
    """The database was written by a newer DuoDesk. params: ``path``, ``revision``."""

    code = "database_too_new"


class DatabaseDamaged(DuoDeskError):
    """The file is not a readable DuoDesk database. params: ``path``, ``detail``."""

    code = "database_damaged"


class DatabaseReadOnly(DuoDeskError):
    """The database cannot be written (permissions, read-only medium). params: ``path``."""

    code = "database_read_only"


class DiskFull(DuoDeskError):
    """The disk is full; nothing was written. params: ``path``."""

    code = "disk_full"


class DatabaseWriteFailed(DuoDeskError):
    """The system refused to write (or read) the database file: an I/O error, as when the
    disk is full or failing, the file reached the largest size its disk or system allows,
    or the drive was disconnected. The action was rolled back. params: ``path``."""

    code = "database_write_failed"


class DatabaseBusy(DuoDeskError):
    """The database stayed locked by another program. params: ``path``."""

    code = "database_busy"


class MigrationFailed(DuoDeskError):
    """Updating the database structure failed and was rolled back. params: ``path``,
    ``detail``."""

    code = "migration_failed"


class BackupFailed(DuoDeskError):
    """A backup could not be made or did not check out. params: ``path``, ``detail``."""

    code = "backup_failed"


class BackupNotFound(DuoDeskError):
    """The chosen backup file does not exist. params: ``path``."""

    code = "backup_not_found"


class InvalidValue(DuoDeskError):
    """A value entered by the user is not acceptable. params: ``field``, ``reason``."""

    code = "invalid_value"


class NotFound(DuoDeskError):
    """The record no longer exists. params: ``record_type``."""

    code = "not_found"


class Cancelled(DuoDeskError):
    """The user cancelled a long task; nothing of it was kept."""

    code = "cancelled"


class IllegalStatusChange(DuoDeskError):
    """A status change the programme's path does not allow (SPEC §3; paths in
    :mod:`duodesk.core.status`). params: ``role`` (``mentee``, ``mentor`` or ``duo``),
    ``from_status``, ``to_status``, ``reason``: ``unknown_status``, ``same_status``,
    ``not_allowed``, ``needs_date``, ``date_in_past``, ``needs_reason`` or ``live_duo`` (a
    duo in progress holds the person: its own steps move them)."""

    code = "illegal_status_change"


class ValidationErrors(DuoDeskError):
    """Several fields of a form are not acceptable; nothing was saved.

    ``problems`` lists each as an :class:`InvalidValue` (params ``field``, ``reason`` and
    the reason's own parameters), so that a form can show each next to its field.
    params: ``fields`` (the field names, in form order).
    """

    code = "validation_errors"

    def __init__(self, problems: list[InvalidValue]) -> None:
        self.problems = list(problems)
        super().__init__(fields=[str(p.params.get("field")) for p in self.problems])

    def for_field(self, field: str) -> list[InvalidValue]:
        """The problems of one field."""
        return [p for p in self.problems if p.params.get("field") == field]


class DemoNotEmpty(DuoDeskError):
    """Demo data go only into a database without persons; nothing was added.
    params: ``path``, ``persons`` (how many the database holds)."""

    code = "demo_not_empty"


class MatchRefused(DuoDeskError):
    """A mentee and a mentor cannot be proposed as a duo (SPEC §3, §7 hard rules).

    params: ``reason``: ``not_a_mentee``, ``not_a_mentor``, ``mentee_not_waiting``,
    ``mentor_not_eligible``, ``mentor_paused``, ``mentor_full``, ``other_antenna`` or
    ``already_a_duo``; ``status`` (the person's status code, when the reason is one), and
    ``max_duos`` for ``mentor_full``.
    """

    code = "match_refused"


class DuoStepRefused(DuoDeskError):
    """A step of a duo's lifecycle that its state does not allow (:mod:`duodesk.core.
    duo_status`). params: ``step`` (``decide``, ``sign``, ``finish``, ``stop``, ``outcome``,
    ``evaluate``, ``log_meeting``, ``plan_meeting``, ``complete_meeting``,
    ``cancel_meeting``), ``status`` (the duo's or meeting's status code) and ``reason``:
    ``wrong_status``, ``already_decided``, ``before_first_meeting``, ``mentee_not_matched``,
    ``mentor_not_available``, ``meeting_not_planned``, ``not_a_follow_up``,
    ``not_a_duo_meeting``, ``no_followup_consent``, ``outcome_required`` (the 12-month
    check is done by recording the outcome) or ``before_six_months`` (closed as completed
    too early; with ``possible_from`` and ``planned_end``, ISO days)."""

    code = "duo_step_refused"


class ImportFileUnreadable(DuoDeskError):
    """A partner file cannot be read; nothing was imported. params: ``file_name``,
    ``reason``: ``encrypted`` (protected by a password), ``corrupt`` (damaged or cut
    short), ``not_a_spreadsheet`` (a PDF, a picture… whatever its name says),
    ``too_large`` (a zip bomb or a sheet too big to read), ``empty`` (no data at all),
    ``missing`` (no file at that path), ``unreadable`` (the system refused to read it)."""

    code = "import_file_unreadable"


class NoHeaderRow(DuoDeskError):
    """No row among the first 30 of the sheet names at least three known columns, one of
    them a last name or a full name (SPEC §5.1). params: ``file_name``, ``sheet`` (empty
    for a CSV file or when no visible sheet has one)."""

    code = "no_header_row"


class SheetNotFound(DuoDeskError):
    """The sheet asked for is not a visible sheet of the workbook. params: ``file_name``,
    ``sheet``."""

    code = "sheet_not_found"


class RejectedFileNotWritten(DuoDeskError):
    """The workbook of an import's rejected rows could not be written, so nothing was
    imported (the rejected rows would be lost). params: ``path``, ``detail``."""

    code = "rejected_file_not_written"


class ImportAlreadyUndone(DuoDeskError):
    """This import was undone already. params: ``file_name``."""

    code = "import_already_undone"


class UnknownPartner(DuoDeskError):
    """No partner has the name given. params: ``name``, ``known`` (the partners' names,
    separated by "; ")."""

    code = "unknown_partner"


class MenteeNotWaiting(DuoDeskError):
    """Mentors are suggested only for a mentee on the waiting list. params: ``status``
    (the mentee's status code)."""

    code = "mentee_not_waiting"


class FileAlreadyImported(DuoDeskError):
    """A file with the same content was imported before (and not undone); the command line
    imports it again only when asked. params: ``file_name``, ``imported_on`` (ISO date)."""

    code = "file_already_imported"


class TableExportNotWritten(DuoDeskError):
    """A list could not be written as a workbook; nothing was left half-written.
    params: ``path``, ``detail`` (the system's reason, or ``too_many_rows`` for a list
    longer than a sheet holds)."""

    code = "table_export_not_written"


class ExchangeFileUnreadable(DuoDeskError):
    """A file given as an exchange workbook cannot be used; nothing was imported.
    params: ``file_name``, ``reason``: ``missing`` (no file there), ``not_a_workbook`` (not
    an .xlsx file, or damaged), ``not_an_exchange_workbook`` (none of the sheets Mentees,
    Mentors, Duos, Meetings, Attendance, Evaluations), ``unreadable`` (the system refused),
    ``too_large`` (a zip bomb), ``pseudonymised`` (the variant for statistics),
    ``encrypted`` (saved with a password), ``sheet_too_large`` (a cell typed far beyond
    the table makes a sheet too big to read)."""

    code = "exchange_file_unreadable"


class ExchangeFormatTooNew(DuoDeskError):
    """The exchange workbook was written in a newer format than this program knows.
    params: ``file_name``, ``version`` (the file's), ``supported`` (this program's)."""

    code = "exchange_format_too_new"


class ExchangeTextTooLong(DuoDeskError):
    """A text is longer than a spreadsheet cell holds (32,767 characters), so the exchange
    workbook was not written rather than cut it. params: ``sheet``, ``column``,
    ``record_id`` (the first such record), ``length`` (its length), ``count`` (how many
    cells are too long)."""

    code = "exchange_text_too_long"


class ExchangeFileNotWritten(DuoDeskError):
    """The exchange workbook could not be written (folder missing or read-only, file open
    in another program, disk full); nothing was recorded as exchanged. params: ``path``,
    ``detail``."""

    code = "exchange_file_not_written"


class CalendarRefused(DuoDeskError):
    """A calendar change that the meeting's state does not allow (issue 6). params:
    ``reason``: ``meeting_cancelled`` (a cancelled meeting is not changed any more),
    ``meeting_done`` (a meeting that took place cannot be cancelled), ``meeting_in_future``
    (attendance is recorded once the meeting has begun), ``not_invited`` (attendance of a
    person not invited), ``duo_attendees_fixed`` (a duo's meeting is with its mentee and
    mentor), ``kind_fixed`` (a duo's meeting or follow-up keeps its kind and duo) or
    ``follow_up_from_duo`` (follow-ups are planned by the duo, when its agreement is
    signed)."""

    code = "calendar_refused"


class CalendarNotWritten(DuoDeskError):
    """The calendar file could not be written; nothing was left behind. params: ``path``,
    ``detail`` (the system's reason)."""

    code = "calendar_not_written"


class UnknownCoordinator(DuoDeskError):
    """No coordinator has the name given. params: ``name``, ``known`` (the coordinators'
    names, separated by "; ")."""

    code = "unknown_coordinator"


class ReportRefused(DuoDeskError):
    """An impact report cannot be computed as asked. params: ``reason``:
    ``period_reversed`` (with ``period_from``, ``period_to``: the period ends before it
    starts) or ``unknown_antenna`` (with ``antenna``, and ``known``: the antenna codes)."""

    code = "report_refused"


class DocumentNotWritten(DuoDeskError):
    """A printed document (agreement, sign-in sheet, person file) could not be written; no
    half-written file was left. params: ``path``, ``detail`` (the system's reason)."""

    code = "document_not_written"


class EncryptionUnavailable(DuoDeskError):
    """SQLCipher (the ``sqlcipher3`` package) is not installed on this computer."""

    code = "encryption_unavailable"


class WrongPassphrase(DuoDeskError):
    """The passphrase does not open the encrypted database or backup. params: ``path``."""

    code = "wrong_passphrase"


class PassphraseRefused(DuoDeskError):
    """A new passphrase is too weak. params: ``reason`` (``too_short``, ``blank``,
    ``different``), ``minimum``."""

    code = "passphrase_refused"
