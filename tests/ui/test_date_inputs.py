"""The other date inputs use the same field as a person's file: a day typed that is no real
day is refused in words and kept as typed, never turned into another day (QDateEdit made
31/02 into 03/02 or 03/01 without a word)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from duodesk.core.context import Services
from duodesk.core.services.duos import DuoService
from duodesk.ui.duos.dialogs import SignDialog
from duodesk.ui.duos.duo_window import DuoWindow
from tests.core.duo_setup import Clock, duo_service
from tests.factories import use_coordinator
from tests.ui.duo_helpers import ACCEPTED, FIRST_MEETING, Script, ok_message, propose


@pytest.fixture
def duos(services: Services, clock: Clock) -> DuoService:
    use_coordinator(services, "Nadia El Amrani")
    return duo_service(services, clock)


def _retype(qtbot, field, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_an_agreement_signed_on_no_real_day_is_refused_and_the_day_kept(
        qtbot, services, duos, clock, answer_dialogs) -> None:
    duo = propose(services, duos)
    clock.now = FIRST_MEETING + timedelta(hours=3)
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    window = DuoWindow(duos, duo.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    today = clock.today()
    texts: list[str] = []

    def impossible(dialog: QDialog) -> int:
        assert isinstance(dialog, SignDialog)
        assert dialog.day() == today  # offered as before
        _retype(qtbot, dialog.signed_on, f"31/02/{today.year}")
        return ACCEPTED

    def typed_again(dialog: QDialog) -> int:
        texts.append(dialog.signed_on.text())  # the dialog comes back as it was left
        _retype(qtbot, dialog.signed_on, today.strftime("%d/%m/%Y"))
        return ACCEPTED

    script = Script().then(impossible).then(ok_message).then(typed_again)
    answer_dialogs(script)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert script.messages == [
        f"31/02/{today.year} is not a date. Type it as day/month/year, like 05/03/2026."]
    assert texts == [f"31/02/{today.year}"]
    assert window.duo.status == "active" and window.duo.start_date == today


def test_a_required_day_left_empty_is_refused(qtbot) -> None:
    dialog = SignDialog(date(2026, 3, 5))
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.signed_on, "")
    from duodesk.core.errors import InvalidValue

    with pytest.raises(InvalidValue):
        dialog.day()


def test_closing_with_a_typo_in_the_end_date_still_lets_the_reason_be_changed(qtbot) -> None:
    from duodesk.core.codes import EndReason
    from duodesk.ui.duos.dialogs import FinishDialog

    dialog = FinishDialog(date(2026, 3, 5), possible_from=date(2026, 4, 1))
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.end_date, "31/02/2026")
    for index in range(dialog.reason.count()):  # each reason, with no error on the way
        dialog.reason.setCurrentIndex(index)
    dialog.reason.setCurrentIndex(dialog.reason.findData(EndReason.COMPLETED.value))
    assert not dialog.is_too_early()
    assert dialog.end_date.text() == "31/02/2026"
    _retype(qtbot, dialog.end_date, "05/03/2026")
    assert dialog.is_too_early()


def test_a_consent_date_that_is_no_day_is_said_and_nothing_recorded(qtbot, services) -> None:
    from duodesk.core.codes import ConsentPurpose
    from duodesk.ui.persons.consents_tab import show_consents_of
    from duodesk.ui.persons.person_file import PersonFileWindow
    from tests.factories import make_mentee

    use_coordinator(services, "Nadia El Amrani")
    person = make_mentee(services)
    services.consents.record(person, ConsentPurpose.PROGRAMME, date(2025, 3, 4), "2024-1")
    window = PersonFileWindow(services, person_id=person)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
    window.show()
    assert show_consents_of(person)
    tab = window.consents_tab
    tab.purpose_combo.setCurrentIndex(tab.purpose_combo.findData("followup_contact"))
    tab.version_edit.setText("2026-2")
    _retype(qtbot, tab.given_edit, "31/02/2025")
    assert tab.add_error.text().startswith("31/02/2025 is not a date")
    assert not tab.add_button.isEnabled()
    assert tab.record() is False
    assert not services.consents.has_consent(person, ConsentPurpose.FOLLOWUP_CONTACT)
    _retype(qtbot, tab.given_edit, "05/03/2025")
    assert not tab.add_error.isVisible() and tab.add_button.isEnabled()

    tab.table.selectRow(0)
    _retype(qtbot, tab.withdraw_edit, "29/02/2025")  # 2025 is no leap year
    assert tab.withdraw_error.text().startswith("29/02/2025 is not a date")
    assert not tab.withdraw_button.isEnabled()
    assert tab.withdraw_selected() is False
    assert tab.withdraw_edit.text() == "29/02/2025"


def test_a_report_period_that_is_no_day_is_said_and_nothing_exported(qtbot, services) -> None:
    from duodesk.ui.reports.page import ReportsPage

    page = ReportsPage(services, today=lambda: date(2026, 3, 5))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None)
    _retype(qtbot, page.to_edit, "31/06/2025")
    qtbot.waitUntil(lambda: page.problem.isVisible())
    assert page.problem.text().startswith("31/06/2025 is not a date")
    assert page.report is None and not page.pdf_button.isEnabled()
    assert page.to_edit.text() == "31/06/2025"
    _retype(qtbot, page.to_edit, "30/06/2025")
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.report.period_to == date(2025, 6, 30)
    assert not page.problem.isVisible()


def test_a_meeting_on_no_real_day_is_said_and_not_saved(qtbot, services) -> None:
    from datetime import datetime, time

    from duodesk.core.calendar import CalendarService
    from duodesk.ui.calendar.meeting_dialog import MeetingDialog
    from tests.core.duo_setup import NOW

    clock = Clock()
    services.calendar = CalendarService(services.db, today=clock.today, now=clock.at)
    use_coordinator(services, "Nadia El Amrani")
    first = datetime.combine(NOW.date() + timedelta(days=8), time(10, 0))
    dialog = MeetingDialog(services, starts_at=first)
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    dialog.fields.title.setText("Intervision")
    typo = f"31/02/{first.year + 1}"
    _retype(qtbot, dialog.fields.day, typo)
    assert dialog.fields.time_error.text().startswith(f"{typo} is not a date")
    assert dialog.save() is False
    assert dialog.fields.day.text() == typo
    assert services.calendar.events(datetime(2000, 1, 1), datetime(2100, 1, 1)) == []

    box = dialog.recurrence  # the series' last date, said in the box's sentence
    _retype(qtbot, dialog.fields.day, first.strftime("%d/%m/%Y"))
    assert not dialog.fields.time_error.isVisible()
    box.freq.setCurrentIndex(box.freq.findData("weekly"))
    box.until_choice.setChecked(True)
    _retype(qtbot, box.until, "30/02/2027")
    assert box.sentence.text().startswith("30/02/2027 is not a date")
    assert dialog.save() is False
    assert services.calendar.events(datetime(2000, 1, 1), datetime(2100, 1, 1)) == []
    last = first.date() + timedelta(weeks=2)
    _retype(qtbot, box.until, last.strftime("%d/%m/%Y"))
    assert box.recurrence().until == last
    assert dialog.save() is True
    assert len(services.calendar.events(datetime(2000, 1, 1), datetime(2100, 1, 1))) == 3
