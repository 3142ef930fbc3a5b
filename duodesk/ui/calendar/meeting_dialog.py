"""The meeting dialog: plan a meeting (once or repeated), change it, record who came, or
cancel it.

The calendar's views open it through :func:`new_meeting` and :func:`edit_meeting`, the
person's Meetings tab through :func:`edit_meeting`; both return True once something was
saved (or the meeting cancelled), so that the caller reads its meetings again.

While the coordinator types, the people or the coordinator already booked at that time are
listed under the fields, in words; saving anyway asks first. A meeting of a series asks
whether a change is for this meeting only or for it and all the following ones. Problems
are shown under their fields and nothing typed is lost: a refusal of the service leaves the
dialog as it was, and closing it with unsaved changes asks what to do with them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.calendar.views import (
    Attendee,
    Conflict,
    EditScope,
    MeetingDetail,
    MeetingDraft,
)
from duodesk.core.codes import MeetingKind, MeetingStatus, PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import DuoDeskError
from duodesk.ui import messages
from duodesk.ui.calendar.actions import ask_scope, when_text
from duodesk.ui.calendar.attendance import AttendancePanel
from duodesk.ui.calendar.meeting_conflicts import conflicts_text
from duodesk.ui.calendar.meeting_form import (
    DUO_KINDS,
    FormValues,
    MeetingFields,
)
from duodesk.ui.calendar.recurrence_box import RecurrenceBox

if TYPE_CHECKING:
    from duodesk.core.documents.attendance_sheet import AttendanceSheet

translate = QCoreApplication.translate
CONFLICT_DELAY_MS = 250  # typing a time checks the bookings once the keys stop
OTHER_KINDS = frozenset(MeetingKind) - DUO_KINDS
GROUP_KINDS = frozenset({MeetingKind.INFO_SESSION, MeetingKind.INTERVISION,
                         MeetingKind.WORKSHOP})
WARNING_STYLE = "color: #8a4b00;"


@dataclass(frozen=True)
class Saved:
    """What is stored (or, for a new meeting, what the dialog opened with)."""

    values: FormValues
    people: tuple[uuid.UUID, ...]
    attendance: dict[uuid.UUID, bool | None]


class MeetingDialog(QDialog):
    """One meeting: ``detail`` to change a saved one, else a new one at ``starts_at`` (of
    ``duo_id``'s duo, with its mentee and mentor). ``changed_anything``: something was
    saved or cancelled."""

    def __init__(self, services: Services, *, detail: MeetingDetail | None = None,
                 starts_at: datetime | None = None, duo_id: uuid.UUID | None = None,
                 kind: MeetingKind | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = detail
        self.meeting_id = detail.event.id if detail else None
        self.duo_id = detail.event.duo_id if detail else duo_id
        self.changed_anything = False
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_note = QLabel()
        self.status_note.setWordWrap(True)
        self.fields = MeetingFields(services.organisation.coordinators(include_inactive=False))
        self.recurrence = RecurrenceBox()
        self.attendance = AttendancePanel(services)
        self.conflicts_label = QLabel()
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setStyleSheet(WARNING_STYLE)
        self.conflicts_label.setVisible(False)
        self.conflicts: list[Conflict] = []
        self.cancel_meeting_button = QPushButton()
        self.cancel_meeting_button.clicked.connect(self.cancel_meeting)
        self.sheet_button = QPushButton()
        self.sheet_button.clicked.connect(self.print_sheet)
        # A saved group session prints its sign-in sheet; a duo's meeting has no sheet.
        self.sheet_button.setVisible(detail is not None and detail.event.kind in GROUP_KINDS)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_clicked)

        self.repeat_box = QGroupBox()
        QVBoxLayout(self.repeat_box).addWidget(self.recurrence)
        self.people_box = QGroupBox()
        QVBoxLayout(self.people_box).addWidget(self.attendance)
        left = QVBoxLayout()
        left.addWidget(self.fields)
        left.addWidget(self.repeat_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.people_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_meeting_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_note)
        layout.addLayout(columns, 1)
        layout.addWidget(self.conflicts_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CONFLICT_DELAY_MS)
        self._timer.timeout.connect(self.check_conflicts)
        self._load(starts_at, kind)
        for signal in (self.fields.changed, self.recurrence.changed, self.attendance.changed):
            signal.connect(self._edited)
        self.fields.kind.currentIndexChanged.connect(
            lambda: self.attendance.suggest_list(self.fields.kind.currentData()))
        self.attendance.suggest_list(self.fields.kind.currentData())
        self.retranslate()
        self.resize(1000, 640)  # fits a 1366×768 laptop screen
        self.check_conflicts()

    # --- filling -------------------------------------------------------------------------
    def _load(self, starts_at: datetime | None, kind: MeetingKind | str | None) -> None:
        current = self.services.organisation.current_coordinator()
        duo_name = None
        attendees: tuple[Attendee, ...] = ()
        if self.detail is not None:
            event = self.detail.event
            values = FormValues(
                kind=str(event.kind), day=event.starts_at.date(), start=event.starts_at.time(),
                duration_min=event.duration_min,
                title="" if event.kind in DUO_KINDS else event.title,
                location="" if event.online else event.location or "", online=event.online,
                coordinator_id=event.coordinator_id, topics=self.detail.topics or "",
                summary=self.detail.summary or "")
            allowed = frozenset({MeetingKind(event.kind)}) if event.kind in DUO_KINDS \
                else OTHER_KINDS
            duo_name = event.title if event.duo_id else None
            attendees = self.detail.attendees
        else:
            start = (starts_at or self.services.calendar.now()).replace(second=0, microsecond=0)
            chosen = MeetingKind(kind) if kind else (
                MeetingKind.DUO_MEETING if self.duo_id else MeetingKind.INFO_SESSION)
            coordinator = current.id if current else None
            if self.duo_id is not None:
                duo = self.services.duos.get(self.duo_id)
                duo_name = f"{duo.mentee_name} – {duo.mentor_name}"
                attendees = (Attendee(duo.mentee_id, duo.mentee_name, PersonRole.MENTEE),
                             Attendee(duo.mentor_id, duo.mentor_name, PersonRole.MENTOR))
                coordinator = coordinator or duo.coordinator_id
                allowed = frozenset({chosen})
            else:
                allowed = OTHER_KINDS
            values = FormValues(kind=chosen.value, day=start.date(), start=start.time(),
                                duration_min=60, title="", location="", online=False,
                                coordinator_id=coordinator, topics="", summary="")
        self.fields.load(values, duo_name=duo_name, kinds_allowed=allowed,
                         coordinator_name=self.detail.event.coordinator_name
                         if self.detail else None)
        self.attendance.set_attendees(attendees)
        self.attendance.set_fixed(self.duo_id is not None)
        self.recurrence.set_first(values.starts_at)
        if self.detail is not None:
            self.repeat_box.setVisible(self.detail.rule is not None)
            if self.detail.rule is not None:
                self.recurrence.show_rule(self.detail.rule)
        self._update_recording()
        self.saved = self._current()
        cancelled = self.detail is not None and \
            self.detail.event.status == MeetingStatus.CANCELLED
        if cancelled:  # shown as it was, nothing to change any more
            for widget in (self.fields, self.attendance, self.save_button):
                widget.setEnabled(False)
        self.cancel_meeting_button.setVisible(
            self.detail is not None and self.detail.event.status == MeetingStatus.PLANNED)

    def retranslate(self) -> None:
        if self.detail is None:
            heading = translate("MeetingDialog", "New meeting")
        else:
            event = self.detail.event
            heading = event.title if event.title and event.kind not in DUO_KINDS else \
                labels.label(MeetingKind(event.kind))
        self.heading.setText(heading)
        self.setWindowTitle(f"{heading} — {messages.app_title()}")
        note = ""
        if self.detail is not None and self.detail.event.status == MeetingStatus.CANCELLED:
            note = translate("MeetingDialog", "This meeting was cancelled; it can no longer "
                                              "be changed.")
        elif self.detail is not None and self.detail.event.status == MeetingStatus.DONE:
            note = translate("MeetingDialog", "This meeting took place.")
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))
        self.repeat_box.setTitle(translate("MeetingDialog", "Repeats"))
        self.people_box.setTitle(translate("MeetingDialog", "Attendees"))
        self.cancel_meeting_button.setText(translate("MeetingDialog", "Cancel this meeting…"))
        self.sheet_button.setText(translate("MeetingDialog", "Print the sign-in sheet…"))
        self.close_button.setText(translate("MeetingDialog", "Close"))
        self.save_button.setText(translate("MeetingDialog", "Save"))

    def changeEvent(self, event: QEvent) -> None:
        """The language chosen in Settings changed: every text again, edits kept."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "attendance"):
            self.fields.retranslate()
            self.recurrence.retranslate()
            self.attendance.retranslate()
            self.retranslate()
            self.check_conflicts()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------
    def _current(self) -> Saved:
        return Saved(self.fields.values(), self.attendance.person_ids(),
                     self.attendance.attendance())

    def is_dirty(self) -> bool:
        now = self._current()
        if self.recurrence.recurrence() is not None and self.meeting_id is None:
            return True
        return now != self.saved

    def _edited(self) -> None:
        self.recurrence.set_first(self.fields.values().starts_at)
        self._update_recording()
        self._timer.start()

    def _update_recording(self) -> None:
        """Who came can be ticked once the meeting (as typed) has begun."""
        begun = self.fields.values().starts_at <= self.services.calendar.now()
        if begun != self.attendance.model.recording:
            self.attendance.set_recording(begun)

    def draft(self) -> MeetingDraft:
        return self.fields.draft(self.duo_id, self.attendance.person_ids())

    # --- conflicts -----------------------------------------------------------------------
    def check_conflicts(self) -> list[Conflict]:
        """The bookings the meeting as typed clashes with, shown under the fields."""
        self._timer.stop()
        found: list[Conflict] = []
        values = self.fields.values()
        cancelled = self.detail is not None and \
            self.detail.event.status == MeetingStatus.CANCELLED
        if not cancelled and values.duration_min > 0:
            try:
                found = self.services.calendar.conflicts(
                    self.draft(), exclude_id=self.meeting_id,
                    recurrence=self.recurrence.recurrence())
            except DuoDeskError:
                found = []  # a value the service refuses: saving will say which
        self.conflicts = found
        self.conflicts_label.setText(conflicts_text(found, values.starts_at))
        self.conflicts_label.setVisible(bool(found))
        return found

    # --- saving --------------------------------------------------------------------------
    def _save_clicked(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:
        """Save what was typed, after the questions it needs; True when saved."""
        problems = self.fields.problems()
        series_problem = self.recurrence.problem()  # shown in the box's own sentence
        if problems or series_problem:
            return False
        conflicts = self.check_conflicts()
        if conflicts and not messages.ask_yes_no(
                self, translate("MeetingDialog", "This meeting clashes with others:") + "\n\n"
                + conflicts_text(conflicts, self.fields.values().starts_at) + "\n\n"
                + translate("MeetingDialog", "Save it anyway?"),
                yes_text=translate("MeetingDialog", "Save anyway")):
            return False
        now = self._current()
        meeting_changed = self.meeting_id is None or now.values != self.saved.values \
            or now.people != self.saved.people
        scope = EditScope.THIS
        if meeting_changed and self.meeting_id is not None and self.detail is not None \
                and self.detail.event.series_id is not None:
            chosen = ask_scope(self, translate(
                "MeetingDialog", "This meeting is one of a series. Save the changes for this "
                "meeting only, or for this one and all the following ones?"),
                translate("MeetingDialog", "Don't save"))
            if chosen is None:
                return False
            scope = chosen
        calendar = self.services.calendar
        try:
            if self.meeting_id is None:
                ids = calendar.create(self.draft(), self.recurrence.recurrence())
                self._created(ids[0], now)
            elif meeting_changed:
                calendar.update(self.meeting_id, self.draft(), scope)
                self.changed_anything = True
                self.saved = Saved(now.values, now.people, self.saved.attendance)
            attendance = {person: came for person, came in now.attendance.items()
                          if self.saved.attendance.get(person) != came}
            if attendance and self.attendance.model.recording:
                calendar.record_attendance(self.meeting_id, attendance)
                self.changed_anything = True
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        self.saved = now
        return True

    def _created(self, meeting_id: uuid.UUID, now: Saved) -> None:
        """The new meeting exists: from here the dialog changes it (a refusal of what comes
        next does not create it twice)."""
        self.meeting_id = meeting_id
        self.changed_anything = True
        self.saved = Saved(now.values, now.people, dict.fromkeys(now.people))
        self.detail = self.services.calendar.get(meeting_id)
        self.repeat_box.setVisible(self.detail.rule is not None)
        if self.detail.rule is not None:
            self.recurrence.show_rule(self.detail.rule)

    # --- cancelling the meeting, closing the dialog --------------------------------------
    def print_sheet(self) -> None:
        """Save or print the session's sign-in sheet, as saved (unsaved edits first)."""
        from duodesk.core.documents.attendance_sheet import sheet_of
        from duodesk.ui.print_documents import print_document_dialog

        if self.meeting_id is None:
            return
        if self.is_dirty():
            messages.information(self, translate(
                "MeetingDialog", "Save the meeting first: the sign-in sheet shows it as saved."))
            return
        try:
            sheet = sheet_of(self.services.calendar.get(self.meeting_id))
        except DuoDeskError as error:
            messages.error(self, error)
            return
        print_document_dialog(
            self, translate("MeetingDialog", "Print the sign-in sheet"),
            # In the interface's language, dated the ISO way so that a folder sorts by day.
            translate("MeetingDialog", "sign-in-sheet-{day}.pdf").format(
                day=sheet.starts_at.date().isoformat()),
            lambda stream, language: self._write_sheet(stream, sheet, language))

    def _write_sheet(self, stream: IO[bytes], sheet: AttendanceSheet, language: str) -> None:
        """Write the sign-in sheet and stamp the export in the audit trail (SPEC §9)."""
        from duodesk.core.documents.attendance_sheet import write_attendance_sheet

        write_attendance_sheet(stream, sheet, language)
        self.services.audit_log.record_export("meeting", [self.meeting_id], ["sign_in_sheet"])

    def cancel_meeting(self) -> bool:
        """Cancel the meeting (asked first; for a series, this one or all following)."""
        if self.detail is None or self.meeting_id is None:
            return False
        event = self.detail.event
        title = event.title or labels.label(MeetingKind(event.kind))
        question = translate("MeetingDialog", "Cancel “{title}” of {when}?").format(
            title=title, when=when_text(event.starts_at))
        if self.is_dirty():
            question += "\n" + translate("MeetingDialog",
                                         "The changes made here will not be saved.")
        scope: EditScope | None = EditScope.THIS
        if event.series_id is not None:
            scope = ask_scope(self, question + "\n" + translate(
                "MeetingDialog", "It is one of a series."),
                translate("MeetingDialog", "Keep it"))
        elif not messages.ask_yes_no(self, question):
            scope = None
        if scope is None:
            return False
        try:
            self.services.calendar.cancel(self.meeting_id, scope)
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        self.changed_anything = True
        self.saved = self._current()  # nothing left to ask about
        self.accept()
        return True

    def reject(self) -> None:
        """Close; unsaved changes are saved, dropped or kept as the coordinator says."""
        if self.save_button.isEnabled() and self.is_dirty():
            choice = messages.ask_save_discard_cancel(self, translate(
                "MeetingDialog", "This meeting has changes that are not saved. Save them?"))
            if choice == messages.Choice.CANCEL:
                return
            if choice == messages.Choice.SAVE:
                if self.save():
                    self.accept()
                return
        super().reject()


def edit_meeting(parent: QWidget | None, services: Services, meeting_id: uuid.UUID) -> bool:
    """Open a saved meeting; True when something was saved or the meeting cancelled."""
    try:
        detail = services.calendar.get(meeting_id)
    except DuoDeskError as error:
        messages.error(parent, error)
        return False
    dialog = MeetingDialog(services, detail=detail, parent=parent)
    messages.run_dialog(dialog)
    return dialog.changed_anything


def new_meeting(parent: QWidget | None, services: Services, starts_at: datetime, *,
                duo_id: uuid.UUID | None = None, kind: MeetingKind | str | None = None) -> bool:
    """Plan a meeting starting at ``starts_at`` (of ``duo_id``'s duo); True when saved."""
    try:
        dialog = MeetingDialog(services, starts_at=starts_at, duo_id=duo_id, kind=kind,
                               parent=parent)
    except DuoDeskError as error:  # the duo no longer exists
        messages.error(parent, error)
        return False
    messages.run_dialog(dialog)
    return dialog.changed_anything

