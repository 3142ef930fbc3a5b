"""The Meetings tab of a person's file on a real database: a mentor's attendance recorded in
the meeting dialog shows as an intervision attended in their file, meetings to come and past
are listed apart, a double-click opens the meeting and a change made there is shown, a
mentee's file has no intervision list, and the tab speaks French and Dutch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.calendar import CalendarService, MeetingDraft
from duodesk.core.codes import MeetingKind
from duodesk.core.context import Services
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.calendar.attendee_model import AttendeeModel
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from duodesk.ui.calendar.person_meetings import EVENT_ID_ROLE, PersonMeetingsModel
from duodesk.ui.persons.person_file import PersonFileWindow
from tests.core.duo_setup import NOW, Clock, available_mentor
from tests.factories import make_mentee, use_coordinator
from tests.ui.duo_helpers import Script


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


def plan(calendar: CalendarService, coordinator_id, kind: MeetingKind, starts_at, people,
         title: str | None = None):
    [meeting] = calendar.create(MeetingDraft(
        kind=kind, starts_at=starts_at, duration_min=90, location="Antenne",
        coordinator_id=coordinator_id, title=title, attendee_ids=tuple(people)))
    return meeting


def meetings_tab(qtbot, services: Services, person_id) -> PersonFileWindow:
    window = PersonFileWindow(services, person_id=person_id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(window.meetings_index)
    return window


def test_an_intervision_attended_shows_in_the_mentors_file(qtbot, services, calendar, script,
                                                           qtmodeltester):
    nadia = use_coordinator(services, "Nadia El Amrani")
    mentor = available_mentor(services)
    attended = plan(calendar, nadia.id, MeetingKind.INTERVISION, NOW - timedelta(days=7),
                    [mentor], "Intervision de novembre")
    missed = plan(calendar, nadia.id, MeetingKind.INTERVISION, NOW - timedelta(days=1),
                  [mentor], "Intervision de décembre")
    plan(calendar, nadia.id, MeetingKind.WORKSHOP, NOW + timedelta(days=5), [mentor],
         "Atelier écoute active")
    plan(calendar, nadia.id, MeetingKind.INTERVISION, NOW + timedelta(days=9), [mentor],
         "Intervision de janvier")  # to come: neither attended nor missed yet
    for meeting, came in ((attended, True), (missed, False)):
        dialog = MeetingDialog(services, detail=calendar.get(meeting))
        qtbot.addWidget(dialog)
        model = dialog.attendance.model
        model.set_attended(0, came)  # what a click on the checkbox does
        assert dialog.save() is True

    window = meetings_tab(qtbot, services, mentor)
    tab = window.meetings_tab
    assert window.tabs.tabText(window.meetings_index) == "Meetings"
    assert tab.intervisions_table.isVisible()
    assert tab.intervisions_label.text() == "Intervision sessions attended: 1 of 2"
    assert [tab.intervisions.index(row, PersonMeetingsModel.CAME).data()
            for row in range(2)] == ["Did not come", "Came"]  # the latest first
    assert [tab.upcoming.index(row, PersonMeetingsModel.TITLE).data()
            for row in range(tab.upcoming.rowCount())] == ["Atelier écoute active",
                                                           "Intervision de janvier"]
    assert [tab.past.index(row, PersonMeetingsModel.TITLE).data()
            for row in range(tab.past.rowCount())] == ["Intervision de décembre",
                                                       "Intervision de novembre"]
    assert tab.past.index(0, PersonMeetingsModel.STATUS).data() == "Done"
    assert tab.upcoming_label.text() == "Coming up (2)"
    assert tab.past_label.text() == "Past (2)"
    for model in (tab.upcoming, tab.past, tab.intervisions):
        qtmodeltester.check(model)


def test_a_double_click_opens_the_meeting_and_its_change_is_shown(qtbot, services, calendar,
                                                                  script):
    nadia = use_coordinator(services, "Nadia El Amrani")
    mentee = make_mentee(services)
    meeting = plan(calendar, nadia.id, MeetingKind.INTAKE, NOW + timedelta(days=2), [mentee])
    window = meetings_tab(qtbot, services, mentee)
    tab = window.meetings_tab
    assert not tab.intervisions_table.isVisible()  # a mentee goes to no intervision
    index = tab.upcoming.index(0, PersonMeetingsModel.TITLE)
    assert index.data(EVENT_ID_ROLE) == meeting

    def move_online(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        assert dialog.meeting_id == meeting
        dialog.fields.online.setChecked(True)
        dialog.save_button.click()
        return dialog.result()

    script.then(move_online)
    tab.upcoming_table.doubleClicked.emit(index)
    assert calendar.get(meeting).event.online
    assert tab.upcoming.index(0, PersonMeetingsModel.PLACE).data() == "Online"


def test_a_person_without_meetings_is_told_where_they_are_planned(qtbot, services, calendar):
    window = meetings_tab(qtbot, services, make_mentee(services))
    tab = window.meetings_tab
    assert tab.empty_label.isVisible()
    assert "No meeting yet" in tab.empty_label.text()
    assert tab.upcoming.rowCount() == 0 and tab.past.rowCount() == 0
    tab.upcoming_table.doubleClicked.emit(QModelIndex())  # nothing to open, nothing asked


@pytest.mark.parametrize(("language", "tab_text", "past"), [
    ("fr", "Rencontres", "Passées (1)"), ("nl", "Ontmoetingen", "Afgelopen (1)")])
def test_the_tab_speaks_french_and_dutch(qtbot, services, calendar, qapp: QApplication,
                                         compiled_translations, language, tab_text, past):
    nadia = use_coordinator(services, "Nadia El Amrani")
    mentor = available_mentor(services)
    plan(calendar, nadia.id, MeetingKind.INTERVISION, NOW - timedelta(days=3), [mentor],
         "Intervision")
    window = meetings_tab(qtbot, services, mentor)
    tab = window.meetings_tab
    assert tab.past.index(0, PersonMeetingsModel.KIND).data() == "Intervision"
    install_translators(qapp, language)  # while the file is open
    qapp.processEvents()
    assert window.tabs.tabText(window.meetings_index) == tab_text
    assert tab.past_label.text() == past
    headers = [tab.past.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.past.columnCount())]
    assert "When" not in headers and "Meeting" not in headers
    assert tab.past.index(0, PersonMeetingsModel.STATUS).data() not in ("Done", "Planned")
    assert AttendeeModel().headerData(0, Qt.Orientation.Horizontal) != "Name"
