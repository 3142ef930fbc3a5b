"""The attendees panel of the meeting dialog on a real database: the model under Qt's model
tester, who came recorded with the checkboxes (came, did not come, not recorded) and saved,
the counts, one person added by a search and removed, lists offered with their counts, and
no attendance before the meeting has begun."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from duodesk.core.calendar import CalendarService, MeetingDraft
from duodesk.core.calendar.views import Attendee
from duodesk.core.codes import MeetingKind, MeetingStatus, PersonRole
from duodesk.core.context import Services
from duodesk.ui import messages
from duodesk.ui.calendar.attendance import AttendancePanel
from duodesk.ui.calendar.attendee_model import AttendeeModel
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from tests.core.duo_setup import NOW, Clock, available_mentor
from tests.factories import make_mentee, use_coordinator
from tests.ui.duo_helpers import Script

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
HALF = Qt.CheckState.PartiallyChecked
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def calendar(services: Services) -> CalendarService:
    clock = Clock()
    services.calendar = CalendarService(services.db, today=clock.today, now=clock.at)
    return services.calendar


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Script:
    answers = Script()
    monkeypatch.setattr(messages, "run_dialog", answers)
    return answers


def intervision(services: Services, calendar: CalendarService, starts_at, people) -> MeetingDialog:
    coordinator = use_coordinator(services, "Nadia El Amrani")
    [meeting] = calendar.create(MeetingDraft(
        kind=MeetingKind.INTERVISION, starts_at=starts_at, duration_min=120,
        location="Antenne", coordinator_id=coordinator.id, title="Intervision",
        attendee_ids=tuple(people)))
    return MeetingDialog(services, detail=calendar.get(meeting))


def test_the_attendee_model_passes_qts_model_tester(qtmodeltester, qapp):
    model = AttendeeModel()
    model.set_attendees([Attendee(uuid.uuid4(), f"Person {n}", PersonRole.MENTOR, came)
                         for n, came in enumerate((True, False, None))])
    qtmodeltester.check(model)
    assert model.index(0, AttendeeModel.CAME).data(CHECK) is None  # not recording yet
    model.set_recording(True)
    qtmodeltester.check(model)
    assert [model.index(row, AttendeeModel.CAME).data(CHECK) for row in range(3)] == [
        CHECKED, UNCHECKED, HALF]


def test_who_came_is_ticked_counted_and_saved(qtbot, services, calendar, script):
    mentors = [available_mentor(services) for _ in range(3)]
    dialog = intervision(services, calendar, NOW - timedelta(days=2), mentors)
    qtbot.addWidget(dialog)
    panel = dialog.attendance
    model = panel.model
    assert model.recording  # the session took place two days ago
    assert panel.counts_label.text() == "3 invited · 0 present · 0 absent"
    rows = {model.rows[row].person_id: row for row in range(model.rowCount())}
    came, absent, unknown = mentors
    assert model.setData(model.index(rows[came], AttendeeModel.CAME), CHECKED.value, CHECK)
    assert model.setData(model.index(rows[absent], AttendeeModel.CAME), UNCHECKED.value, CHECK)
    assert model.index(rows[came], AttendeeModel.CAME).data() == "Came"
    assert model.index(rows[absent], AttendeeModel.CAME).data() == "Did not come"
    assert model.index(rows[unknown], AttendeeModel.CAME).data() == "Not recorded"
    assert panel.counts_label.text() == "3 invited · 1 present · 1 absent"

    assert dialog.save() is True
    detail = calendar.get(dialog.meeting_id)
    assert {a.person_id: a.attended for a in detail.attendees} == {
        came: True, absent: False, unknown: None}
    assert detail.event.status == MeetingStatus.DONE
    assert [e.attended for e in calendar.intervisions_of(came)] == [True]
    assert [e.attended for e in calendar.intervisions_of(absent)] == [False]


def test_everyone_came_in_one_click(qtbot, services, calendar, script):
    mentors = [available_mentor(services) for _ in range(4)]
    dialog = intervision(services, calendar, NOW - timedelta(hours=3), mentors)
    qtbot.addWidget(dialog)
    dialog.attendance.everyone_button.click()
    assert dialog.attendance.counts_label.text() == "4 invited · 4 present · 0 absent"
    assert dialog.save() is True
    assert all(a.attended for a in calendar.get(dialog.meeting_id).attendees)


def test_nobody_is_ticked_before_the_meeting_has_begun(qtbot, services, calendar):
    dialog = intervision(services, calendar, NOW + timedelta(days=3),
                         [available_mentor(services)])
    qtbot.addWidget(dialog)
    panel = dialog.attendance
    index = panel.model.index(0, AttendeeModel.CAME)
    assert not panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(CHECK) is None
    assert not panel.model.setData(index, CHECKED.value, CHECK)
    assert not panel.everyone_button.isEnabled()
    assert "once the meeting has begun" in panel.note.text()
    assert panel.counts_label.text() == "1 invited"
    # Moved into the past in the dialog, the meeting can have its attendance ticked.
    dialog.fields.day.setDate(dialog.fields.day.date().addDays(-5))
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable


def test_one_person_added_by_a_search_and_one_removed(qtbot, services, calendar, script):
    lambrecht = make_mentee(services, first_name="Zeynep", last_name="Lambrecht")
    kept = available_mentor(services)
    dialog = intervision(services, calendar, NOW + timedelta(days=3), [kept])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.attendance
    qtbot.keyClicks(panel.search_edit, "Lambr")
    assert panel.hits.rowCount() == 1
    assert panel.hits.item(0).text() == "Zeynep Lambrecht — Mentee"
    assert panel.choose_hit(0)
    assert lambrecht in panel.person_ids() and panel.search_edit.text() == ""
    panel.search("Lambr")
    assert panel.hits.rowCount() == 0  # already invited: not offered twice

    row = panel.person_ids().index(kept)
    panel.table.selectRow(row)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert panel.person_ids() == (lambrecht,)
    assert dialog.save() is True
    assert [a.person_id for a in calendar.get(dialog.meeting_id).attendees] == [lambrecht]


def test_the_lists_offered_say_how_many_they_hold(qtbot, services, calendar):
    for _ in range(2):
        available_mentor(services)
    make_mentee(services)
    panel = AttendancePanel(services)
    qtbot.addWidget(panel)
    offered = {panel.list_combo.itemData(i): panel.list_combo.itemText(i)
               for i in range(panel.list_combo.count())}
    assert offered["available_mentors"] == "Available mentors (2)"
    assert offered["new_registrations"] == "New registrations (1)"
    assert offered["waiting_mentees"] == "Mentees waiting for a mentor (0)"
    panel.list_combo.setCurrentIndex(panel.list_combo.findData("available_mentors"))
    assert panel.invite_chosen_list() == 2
    assert panel.invite_chosen_list() == 0  # the same list again adds nobody twice
    assert panel.model.rowCount() == 2


def test_enter_in_the_search_invites_and_does_not_save_the_dialog(qtbot, services, calendar):
    lambrecht = make_mentee(services, first_name="Zeynep", last_name="Lambrecht")
    dialog = intervision(services, calendar, NOW + timedelta(days=3),
                         [available_mentor(services)])
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    panel = dialog.attendance
    qtbot.keyClicks(panel.search_edit, "Lambrecht")
    panel.completer.popup().hide()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert lambrecht in panel.person_ids()
    assert dialog.isVisible() and dialog.result() == 0  # still open, nothing saved
    assert lambrecht not in [a.person_id for a in calendar.get(dialog.meeting_id).attendees]


def test_the_checkbox_is_ticked_from_the_keyboard_in_the_table(qtbot, services, calendar):
    dialog = intervision(services, calendar, NOW - timedelta(days=1),
                         [available_mentor(services)])
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    table, model = dialog.attendance.table, dialog.attendance.model
    table.setCurrentIndex(model.index(0, AttendeeModel.CAME))
    table.setFocus()
    answers = []
    for _ in range(3):  # not recorded → came → did not come → not recorded
        qtbot.keyClick(table, Qt.Key.Key_Space)
        answers.append(model.rows[0].attended)
    assert answers == [True, False, None]
