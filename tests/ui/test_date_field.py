"""A date typed by the user is never silently changed (SPEC: bad input gets a clear message
and loses nothing): 31/02/2000 stays as typed, is framed in red, and the file is not saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from duodesk.core.codes import PersonRole
from duodesk.core.errors import InvalidValue
from duodesk.ui.date_field import DateField
from duodesk.ui.persons.person_file import PersonFileWindow
from tests import factories


@pytest.fixture
def open_file(qtbot, services):
    def open_(person_id) -> PersonFileWindow:
        window = PersonFileWindow(services, person_id=person_id)
        # The test keeps the window; at the end it is closed without asking.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
        window.show()
        return window

    return open_


def _retype(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    field.setFocus()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()  # the user leaves the field (Tab)


def test_an_impossible_day_is_kept_as_typed_and_the_file_not_saved(
        qtbot, services, open_file) -> None:
    person_id = factories.make_mentee(services, birth_date=date(2000, 2, 15))
    window = open_file(person_id)
    field = window.form.birth_date
    assert field.text() == "15/02/2000"

    _retype(qtbot, field, "31/02/2000")
    assert field.text() == "31/02/2000"
    assert "border" in field.edit.styleSheet()
    assert "31/02/2000 is not a date" in field.edit.toolTip()
    with pytest.raises(InvalidValue):
        field.value()

    assert window.save() is False
    message = window.form.fields["birth_date"].error_label
    assert message.isVisibleTo(window)
    assert message.text().startswith("Birth date: 31/02/2000 is not a date")
    assert field.text() == "31/02/2000"  # nothing typed is lost
    assert services.persons.get(person_id).data.birth_date == date(2000, 2, 15)
    assert window.dirty


@pytest.mark.parametrize("typed", ["12/13/2000", "abc", "31-04-2001", "12345"])
def test_other_texts_that_are_no_day_are_refused(qtbot, typed) -> None:
    field = DateField()
    qtbot.addWidget(field)
    _retype(qtbot, field, typed)
    assert field.text() == typed
    assert field.problem() is not None


@pytest.mark.parametrize(("typed", "day"), [
    ("05/03/2026", date(2026, 3, 5)),
    ("5/3/2026", date(2026, 3, 5)),
    ("05-03-2026", date(2026, 3, 5)),
    ("05.03.2026", date(2026, 3, 5)),
    ("5/3/01", date(2001, 3, 5)),  # two digits: the most recent such year, as the import
    ("29/02/2024", date(2024, 2, 29)),
    ("05032026", date(2026, 3, 5)),
    ("2026-03-05", date(2026, 3, 5)),
    ("5 mars 2026", date(2026, 3, 5)),
])
def test_a_real_day_is_read_in_the_forms_coordinators_type(qtbot, typed, day) -> None:
    field = DateField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.changed):
        _retype(qtbot, field, typed)
    assert field.value() == day
    assert field.problem() is None
    assert field.text() == day.strftime("%d/%m/%Y")  # written back in full on leaving it
    assert field.edit.styleSheet() == ""


def test_a_typed_birth_date_is_saved_as_that_day(qtbot, services, open_file) -> None:
    person_id = factories.make_mentee(services, birth_date=date(2000, 2, 15))
    window = open_file(person_id)
    _retype(qtbot, window.form.birth_date, "05/03/2001")
    assert window.save() is True
    assert services.persons.get(person_id).data.birth_date == date(2001, 3, 5)


def test_clearing_a_date_gives_no_date(qtbot, services, open_file) -> None:
    person_id = factories.make_mentee(services, birth_date=date(2000, 2, 15),
                                 referral_date=date(2026, 1, 10))
    window = open_file(person_id)
    field = window.form.referral_date
    _retype(qtbot, field, "")
    assert field.value() is None
    assert window.save() is True
    assert services.persons.get(person_id).data.referral_date is None


def test_a_required_date_cannot_stay_empty(qtbot) -> None:
    field = DateField(required=True, value=date(2026, 3, 5))
    qtbot.addWidget(field)
    assert field.value() == date(2026, 3, 5)
    _retype(qtbot, field, "")
    assert field.problem() is not None
    assert "Type a date" in field.edit.toolTip()


def test_the_calendar_still_sets_a_day(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    _retype(qtbot, field, "31/02/2000")
    with qtbot.waitSignal(field.changed):
        field.calendar.clicked.emit(QDate(2026, 3, 5))
    assert field.value() == date(2026, 3, 5)
    assert field.text() == "05/03/2026"
    assert field.edit.styleSheet() == ""


def test_keys_open_the_calendar_on_the_day_shown(qtbot, monkeypatch) -> None:
    field = DateField(value=date(2019, 7, 14))
    qtbot.addWidget(field)
    opened = []
    monkeypatch.setattr(field.button, "showMenu", lambda: opened.append(True))
    field.show()
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert opened == [True, True]
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(field.calendar, QShowEvent())
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2019, 7)
    assert field.calendar.selectedDate() == QDate(2019, 7, 14)


def test_a_status_date_that_is_no_day_keeps_the_dialog_open(qtbot) -> None:
    from duodesk.core.codes import MentorStatus
    from duodesk.ui.persons.person_dialogs import StatusChangeDialog

    dialog = StatusChangeDialog(PersonRole.MENTOR, (MentorStatus.PAUSED.value,))
    qtbot.addWidget(dialog)
    dialog.show()
    _retype(qtbot, dialog.until, "31/02/2027")
    dialog.accept()
    assert dialog.isVisible()
    assert "31/02/2027 is not a date" in dialog.until_error.text()
    _retype(qtbot, dialog.until, (date.today() + timedelta(days=30)).strftime("%d/%m/%Y"))
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.choice()[1] == date.today() + timedelta(days=30)


@pytest.mark.parametrize(("language", "message", "placeholder"), [
    ("fr", "Date de naissance : 31/02/2000 n'est pas une date.", "jj/mm/aaaa"),
    ("nl", "Geboortedatum: 31/02/2000 is geen datum.", "dd/mm/jjjj"),
])
def test_the_refusal_is_said_in_the_language_chosen(
        qtbot, qapp, services, open_file, compiled_translations, tmp_path,
        language, message, placeholder) -> None:
    from duodesk.i18n import install_translators

    install_translators(qapp, language)
    try:
        person_id = factories.make_mentee(services, birth_date=date(2000, 2, 15))
        window = open_file(person_id)
        window.resize(1100, 800)
        _retype(qtbot, window.form.birth_date, "31/02/2000")
        assert window.save() is False
        said = window.form.fields["birth_date"].error_label.text()
        assert said.startswith(message)
        assert window.form.birth_date.edit.toolTip().startswith("31/02/2000")
        assert window.form.referral_date.edit.placeholderText() == placeholder
        window.grab().save(str(tmp_path / f"person_file_{language}.png"))
    finally:
        install_translators(qapp, "en")


def test_a_field_follows_a_language_change_by_itself(qtbot, qapp, compiled_translations) -> None:
    from duodesk.i18n import install_translators

    field = DateField()
    qtbot.addWidget(field)
    _retype(qtbot, field, "31/02/2000")
    try:
        install_translators(qapp, "nl")
        qtbot.waitUntil(lambda: field.edit.placeholderText() == "dd/mm/jjjj")
        assert field.edit.toolTip().startswith("31/02/2000 is geen datum")
        assert field.button.toolTip() == "Kiezen in de kalender"
    finally:
        install_translators(qapp, "en")
