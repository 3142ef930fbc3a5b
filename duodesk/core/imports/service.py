"""The partner import (SPEC §5): from a file as read to mentees stored, in two steps the
wizard shows and the command line runs one after the other.

1. :meth:`ImportService.plan` cleans every data row (``values.normalise_row``), checks it as
   the person form would and classifies it — valid, with warnings, duplicate (of a known
   person or an earlier row) or rejected — without storing anything.
2. :meth:`ImportService.commit` stores the accepted rows in ONE transaction (all or
   nothing; a cancel leaves nothing), writes the rejected rows to a workbook beside the
   source, saves the partner's column mapping, and records the import batch.

:meth:`ImportService.history` lists the imports and :meth:`ImportService.undo` takes one
back (:mod:`.undo`). Every method opens its own session and returns plain data.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from duodesk.core.codes import AuditAction
from duodesk.core.collector import collector_paused
from duodesk.core.database import Database
from duodesk.core.errors import NotFound
from duodesk.core.imports import classify, undo
from duodesk.core.imports.columns import guess_mapping
from duodesk.core.imports.plan import (
    DuplicateChoice,
    ImportHistoryEntry,
    ImportPlan,
    ImportResult,
    PlannedRow,
    RowClass,
    RowOutcome,
    UndoResult,
)
from duodesk.core.imports.rejected import StagedWorkbook, default_rejected_path, stage_rejected
from duodesk.core.imports.source import ImportField, RowIssue, SourceTable
from duodesk.core.imports.writer import (
    ClimbingIds,
    NewPerson,
    insert_mentees,
    load_people,
    merge_into_known,
    merge_into_new,
)
from duodesk.core.models import (
    Coordinator,
    ImportBatch,
    ImportBatchRecord,
    JournalEntry,
    Partner,
    utc_now,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit, duplicates
from duodesk.core.services.partners import header_key, save_mapping
from duodesk.core.services.persons import _home_antenna_id
from duodesk.core.storage import PersonSearch

Describe = Callable[[RowIssue], str]
STEP_ROWS = 500  # progress is reported (and a cancel honoured) every so many rows


class ImportService:
    """Partner imports on one database; ``today`` and ``clock`` (the current UTC moment)
    can be replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.today = today
        self.clock = clock

    # --- mapping ---------------------------------------------------------------------------
    def suggest_mapping(self, table: SourceTable, partner_id: uuid.UUID | None
                        ) -> dict[int, ImportField]:
        """Column index → field: the partner's saved choices for the headers it knows,
        the automatic recognition for the others."""
        mapping = dict(guess_mapping(table.headers))
        if partner_id is None:
            return mapping
        with self.db.read() as session:
            partner = session.get(Partner, partner_id)
            saved = dict(partner.import_mapping or {}) if partner else {}
        by_key = {header_key(header): choice for header, choice in saved.items()}
        for index, header in enumerate(table.headers):
            key = header_key(header)
            if key not in by_key:
                continue
            choice = by_key[key]
            if choice in ImportField._value2member_map_:
                # A field saved for this column moves there from any column guessed for it.
                field = ImportField(choice)
                for other, guessed in list(mapping.items()):
                    if guessed == field and header_key(table.headers[other]) not in by_key:
                        del mapping[other]
                mapping[index] = field
            else:
                mapping.pop(index, None)
        return mapping

    # --- step 1: the plan ----------------------------------------------------------------------
    @collector_paused()
    def plan(self, table: SourceTable, mapping: Mapping[int, ImportField], *,
             partner_id: uuid.UUID | None, source_path: Path | None = None,
             progress: Progress | None = None) -> ImportPlan:
        """Every data row cleaned, checked and classified; nothing is stored. Raises
        ``NotFound`` for a partner that no longer exists, ``Cancelled`` on a cancel."""
        # Loaded on the first plan, not with the services: the window starts without it.
        from duodesk.core.imports import values

        progress = progress or Progress()
        mapping = {int(k): ImportField(v) for k, v in mapping.items()}
        today = self.today()
        total = len(table.rows)
        with self.db.read() as session:
            partner = session.get(Partner, partner_id) if partner_id else None
            if partner_id is not None and partner is None:
                raise NotFound(record_type="partner")
            context = classify.Context(
                today=today, antenna_id=_home_antenna_id(session),
                coordinator_id=_existing(session, Coordinator,
                                         audit.current_coordinator_id(session)),
                partner_id=partner_id, threshold=duplicates.name_threshold(session))
            normalised, checked = [], []
            for done, source_row in enumerate(table.rows):
                if done % STEP_ROWS == 0:
                    progress.step(done, total)
                row = values.normalise_row(source_row, mapping, today=today)
                normalised.append(row)
                checked.append(classify.check_row(session, row, context))
            rows = classify.classify(session, normalised, context, checked)
            already = session.scalar(
                select(func.max(ImportBatch.imported_at)).where(
                    ImportBatch.sha256 == table.sha256, ImportBatch.undone_at.is_(None)))
            progress.step(total, total)
            return ImportPlan(
                table=table, mapping=mapping, partner_id=partner_id,
                partner_name=partner.name if partner else None, rows=tuple(rows),
                unmapped_columns=tuple(h for i, h in enumerate(table.headers)
                                       if i not in mapping and str(h).strip()),
                already_imported_on=already, source_path=source_path)

    # --- step 2: the commit --------------------------------------------------------------------
    @collector_paused()
    def commit(self, plan: ImportPlan, choices: Mapping[int, DuplicateChoice] | None = None,
               *, describe: Describe, rejected_path: Path | None = None,
               progress: Progress | None = None) -> ImportResult:
        """Store the plan in one transaction: valid rows and rows with warnings created,
        duplicates skipped, merged or created as ``choices`` says (row number → choice;
        skip by default), rejected rows written to ``rejected_path`` (by default
        ``<source>_rejected.xlsx`` beside the source) with ``describe``'s reasons.

        Raises ``RejectedFileNotWritten`` (nothing imported) or ``Cancelled`` (nothing
        imported, no workbook left)."""
        progress = progress or Progress()
        choices = choices or {}
        rejected_rows = [row for row in plan.rows if row.row_class == RowClass.REJECTED]
        if rejected_rows and rejected_path is None:
            if plan.source_path is None:
                raise ValueError("a plan without source_path needs a rejected_path")
            rejected_path = default_rejected_path(plan.source_path)
        now = self.clock().replace(microsecond=0)
        total = len(plan.rows)
        written: Path | None = None
        staged: StagedWorkbook | None = None  # in place only once the import is committed
        try:
            with self.db.write() as session:
                coordinator_id = _existing(session, Coordinator,
                                           audit.current_coordinator_id(session))
                batch = ImportBatch(
                    file_name=plan.table.file_name[:260], sha256=plan.table.sha256,
                    partner_id=plan.partner_id, imported_at=now, created_at=now,
                    updated_at=now, coordinator_id=coordinator_id, rows=total,
                    sheet=plan.table.sheet)
                session.add(batch)
                session.flush()
                outcomes = _Commit(session, plan, batch.id, now, describe, progress,
                                   self.db.backend.person_search())
                outcomes.run(choices, coordinator_id)
                if rejected_rows and rejected_path is not None:
                    cells = {row.number: row.cells for row in plan.table.rows}
                    staged = stage_rejected(
                        rejected_path, plan.table.headers,
                        [cells.get(row.number, ()) for row in rejected_rows],
                        ["; ".join(describe(i) for i in row.issues) for row in rejected_rows],
                        describe(RowIssue("reasons_column")))
                    written = staged.path
                counts = outcomes.counts()
                batch.imported, batch.merged = counts["imported"], counts["merged"]
                batch.skipped, batch.rejected = counts["skipped"], counts["rejected"]
                assert sum(counts.values()) == total, "every data row counted once"
                batch.report = {
                    "mapping": {plan.table.headers[i]: f.value
                                for i, f in sorted(plan.mapping.items())
                                if i < len(plan.table.headers)},
                    "unmapped": list(plan.unmapped_columns),
                    "rejected_path": str(written) if written else None,
                }
                if plan.partner_id is not None:
                    save_mapping(session, plan.partner_id, _mapping_to_save(plan))
                audit.record(session, AuditAction.CREATE, "import_batch", batch.id,
                             ["file_name", "sha256", "partner_id", "counts"], at=now)
                if written is not None:  # the rejected rows, written beside the source
                    audit.record(session, AuditAction.EXPORT, "rejected_rows", batch.id,
                                 ["rejected_rows"], at=now)
                progress.step(total, total)
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        not_placed = staged.place() if staged is not None else None
        if not_placed is not None:  # the import stands; the history no longer names the file
            with self.db.write() as session:
                stored = session.get_one(ImportBatch, batch.id)
                stored.report = {**(stored.report or {}), "rejected_path": None}
        return ImportResult(batch.id, total, counts["imported"], counts["merged"],
                            counts["skipped"], counts["rejected"], written,
                            tuple(outcomes.created_ids), tuple(outcomes.merged_ids),
                            rejected_not_written=not_placed)

    # --- history and undo -------------------------------------------------------------------
    def history(self) -> list[ImportHistoryEntry]:
        """Every import, newest first."""
        with self.db.read() as session:
            query = (select(ImportBatch, Partner.name, Coordinator.name)
                     .outerjoin(Partner, Partner.id == ImportBatch.partner_id)
                     .outerjoin(Coordinator, Coordinator.id == ImportBatch.coordinator_id)
                     .order_by(ImportBatch.imported_at.desc(), ImportBatch.created_at.desc()))
            result = []
            for batch, partner_name, coordinator_name in session.execute(query):
                report: dict[str, Any] = batch.report or {}
                result.append(ImportHistoryEntry(
                    batch.id, batch.file_name, batch.sha256, batch.sheet, batch.partner_id,
                    partner_name, batch.imported_at, coordinator_name, batch.rows,
                    batch.imported, batch.merged, batch.skipped, batch.rejected,
                    batch.undone_at, tuple(report.get("unmapped") or ()),
                    report.get("rejected_path")))
            return result

    @collector_paused()
    def undo(self, batch_id: uuid.UUID, *, progress: Progress | None = None) -> UndoResult:
        """Take an import back (SPEC §5.5): see :func:`.undo.undo_batch`. Raises
        ``NotFound`` or ``ImportAlreadyUndone``."""
        with self.db.write() as session:
            return undo.undo_batch(session, batch_id, self.clock().replace(microsecond=0),
                                   progress or Progress(), self.db.backend.person_search())


def _existing(session: Any, model: Any, record_id: uuid.UUID | None) -> uuid.UUID | None:
    if record_id is None:
        return None
    return session.scalar(select(model.id).where(model.id == record_id))


def _mapping_to_save(plan: ImportPlan) -> dict[str, str | None]:
    """Header → field of every named column, ``None`` for those left out."""
    return {header: (plan.mapping[i].value if i in plan.mapping else None)
            for i, header in enumerate(plan.table.headers) if str(header).strip()}


class _Commit:
    """The row-by-row part of a commit: what becomes of each planned row."""

    def __init__(self, session: Any, plan: ImportPlan, batch_id: uuid.UUID, now: Any,
                 describe: Describe, progress: Progress, search: PersonSearch) -> None:
        self.session, self.plan, self.batch_id = session, plan, batch_id
        self.now, self.describe, self.progress = now, describe, progress
        self.search = search
        self.new_id = ClimbingIds()
        self.outcome: dict[int, RowOutcome] = {}
        self.new: dict[int, NewPerson] = {}  # row number → the mentee it creates
        self.merges: list[PlannedRow] = []  # rows merged into known persons, at the end
        self.created_ids: list[uuid.UUID] = []
        self.merged_ids: list[uuid.UUID] = []
        self.note_head = RowIssue("merge_note", None, {
            "file_name": plan.table.file_name, "partner": plan.partner_name or ""})

    def run(self, choices: Mapping[int, DuplicateChoice], coordinator_id: Any) -> None:
        plan, total = self.plan, len(self.plan.rows)
        for done, row in enumerate(plan.rows):
            if done % STEP_ROWS == 0:
                self.progress.step(done, total)
            row_class = row.row_class
            if row_class == RowClass.REJECTED:
                self.outcome[row.number] = RowOutcome.REJECTED
                continue
            if row_class != RowClass.DUPLICATE:
                self._create(row)
                continue
            choice = DuplicateChoice(choices.get(row.number, DuplicateChoice.SKIP))
            if choice == DuplicateChoice.CREATE:
                self._create(row)
            elif choice == DuplicateChoice.SKIP:
                self.outcome[row.number] = RowOutcome.SKIPPED
            elif row.duplicate_of is not None:
                self.merges.append(row)
                self.outcome[row.number] = RowOutcome.MERGED
            else:
                self._merge_with_row(row)
        self._merge_known(self.merges)
        people = list(self.new.values())
        insert_mentees(self.session, people, batch_id=self.batch_id, now=self.now,
                       coordinator_id=coordinator_id, search=self.search, new_id=self.new_id,
                       step=lambda: self.progress.step(
                           len(plan.rows) // 2, len(plan.rows)))
        self.created_ids = [p.id for p in people]

    def counts(self) -> dict[str, int]:
        """How many rows ended up imported, merged, skipped and rejected."""
        found = {outcome.value: 0 for outcome in RowOutcome}
        for outcome in self.outcome.values():
            found[outcome.value] += 1
        return found

    def _create(self, row: PlannedRow) -> None:
        person = NewPerson(self.new_id(), row.clean)
        notes = row.values.get(ImportField.NOTES)
        if notes:
            person.notes.append(str(notes))
        self.new[row.number] = person
        self.outcome[row.number] = RowOutcome.IMPORTED

    def _merge_with_row(self, row: PlannedRow) -> None:
        """A repeat of an earlier row: merged into what that row became."""
        earlier = row.duplicate_of_row
        if earlier in self.new:
            merge_into_new(self.new[earlier], row.clean, row.values, self.note_head,
                           self.describe)
            self.outcome[row.number] = RowOutcome.MERGED
            return
        target = self.plan.row(earlier) if earlier is not None else None
        if (target is not None and target.duplicate_of is not None
                and self.outcome.get(target.number) == RowOutcome.MERGED):
            # The earlier row is merged into a known person: so is its repeat.
            self.merges.append(replace(row, duplicate_of=target.duplicate_of))
            self.outcome[row.number] = RowOutcome.MERGED
        else:  # the earlier row was skipped: so is its repeat
            self.outcome[row.number] = RowOutcome.SKIPPED

    def _merge_known(self, rows: list[PlannedRow]) -> None:
        if not rows:
            return
        people = load_people(self.session, (r.duplicate_of.person_id for r in rows
                                            if r.duplicate_of))
        records = {r.person_id: r for r in self.session.scalars(
            select(ImportBatchRecord).where(ImportBatchRecord.batch_id == self.batch_id))}
        for row in rows:
            assert row.duplicate_of is not None
            person = people.get(row.duplicate_of.person_id)
            if person is None:  # removed since the plan: a new file after all
                self._create(row)
                continue
            filled, differences = merge_into_known(self.session, person, row.clean,
                                                   row.values, self.now)
            lines = [self.describe(i) for i in (self.note_head, *differences)]
            notes = row.values.get(ImportField.NOTES)
            if notes:
                lines.append(str(notes))
            entry = JournalEntry(id=uuid.uuid4(), person_id=person.id, written_at=self.now,
                                 created_at=self.now, updated_at=self.now,
                                 coordinator_id=audit.current_coordinator_id(self.session),
                                 text="\n".join(lines))
            self.session.add(entry)
            record = records.get(person.id)
            if record is None:
                record = ImportBatchRecord(batch_id=self.batch_id, person_id=person.id,
                                           action="merged",
                                           filled={"fields": {}, "notes": []})
                self.session.add(record)
                records[person.id] = record
                self.merged_ids.append(person.id)
            saved = dict(record.filled or {"fields": {}, "notes": []})
            saved["fields"] = {**saved.get("fields", {}), **filled}
            saved["notes"] = [*saved.get("notes", []), str(entry.id)]
            record.filled = saved
            audit.record(self.session, AuditAction.UPDATE, str(person.role), person.id,
                         [*filled, "journal"], at=self.now)

