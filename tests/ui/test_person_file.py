"""A person's file window: creating through the form, inline validation, unsaved changes,
status changes, the journal and the duplicate warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.codes import MentorStatus, PersonRole
from duodesk.core.services.person_data import PersonQuery
from duodesk.ui import messages
from duodesk.ui.persons.person_file import DuplicateDialog, PersonFileWindow, StatusChangeDialog
from tests.factories import make_mentee, make_mentor, use_coordinator


@pytest.fixture
def services(services):
    """The test database with a home antenna and a coordinator using the program."""
    antennas = {a.code: a for a in services.organisation.antennas()}
    services.organisation.set_home_antenna(antennas["BXL"].id)
    use_coordinator(services, "Nadia El Amrani")
    return services


@pytest.fixture
def open_window(qtbot, services):
    def open_(**kwargs) -> PersonFileWindow:
        window = PersonFileWindow(services, **kwargs)
        # The test keeps the window; at the end it is closed without asking.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
        window.show()
        return window
    return open_


def _mentees(services) -> int:
    return services.persons.count(PersonQuery(role=PersonRole.MENTEE))


def _fill_new_mentee(qtbot, window: PersonFileWindow, email: str) -> None:
    form = window.form
    qtbot.keyClicks(form.first_name, "Amina")
    qtbot.keyClicks(form.last_name, "Benali")
    born = date.today().replace(year=date.today().year - 25) - timedelta(days=3)
    qtbot.keyClicks(form.birth_date.edit, born.strftime("%d/%m/%Y"))
    qtbot.keyClicks(form.email, email)
    qtbot.keyClicks(form.phone, "0470 12 34 56")
    qtbot.keyClicks(form.postal_code, "1030")


def test_a_mentee_created_through_the_form_is_stored_with_an_e164_phone(
        qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "amina.benali@example.org")
    window.form.languages.add_row("ar", "native")
    window.form.availability.boxes[("wed", "evening")].setChecked(True)
    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)

    stored = services.persons.get(saved.args[0], record_view=False)
    assert stored.data.last_name == "Benali"
    assert stored.data.phone == "+32470123456"
    assert stored.data.municipality == "Schaerbeek"  # filled from the postcode
    assert stored.data.languages == [("ar", "native")]
    assert ("wed", "evening") in stored.data.availability
    # The window became the file: normalised phone shown, journal and history there.
    assert window.form.phone.text() == "+32470123456"
    assert window.tabs.isTabVisible(window.history_index)
    assert not window.dirty


def test_a_bad_email_is_explained_under_its_field_and_nothing_is_saved(
        qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "amina-at-example")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)

    error = window.form.fields["email"].error_label
    assert error.isVisibleTo(window)
    assert "not a valid email address" in error.text()
    assert not window.form.fields["phone"].error_label.isVisibleTo(window)
    assert _mentees(services) == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, services, open_window, monkeypatch):
    window = open_window(person_id=make_mentee(services))
    qtbot.keyClicks(window.form.first_name, "x")
    asked = []

    def answer(choice):
        def ask(parent, text, title=None):
            asked.append(text)
            return choice
        return ask

    monkeypatch.setattr(messages, "ask_save_discard_cancel", answer(messages.Choice.CANCEL))
    assert not window.close()
    assert window.isVisible() and len(asked) == 1

    monkeypatch.setattr(messages, "ask_save_discard_cancel", answer(messages.Choice.DISCARD))
    assert window.close()
    assert not window.isVisible() and len(asked) == 2
    assert services.persons.get(window.person_id, record_view=False).data.first_name == "Yasmine"


def test_an_illegal_status_change_is_refused_with_its_reason(qtbot, services, open_window):
    window = open_window(person_id=make_mentee(services))
    assert not window.change_status("finished")
    assert window.status_error.isVisibleTo(window)
    assert window.status_error.text() == (
        "“Finished” cannot follow “Registered” on the programme's path.")
    assert services.persons.get(window.person_id, record_view=False).status == "registered"


def test_a_status_chosen_in_the_dialog_is_recorded_in_the_history(
        qtbot, services, open_window, answer_dialogs):
    window = open_window(person_id=make_mentee(services))

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, StatusChangeDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("info_session"))
        return QDialog.DialogCode.Accepted

    answer_dialogs(choose)
    with qtbot.waitSignal(window.saved):
        qtbot.mouseClick(window.status_button, Qt.MouseButton.LeftButton)
    assert "Information session" in window.role_status_label.text()
    history = [window.history_list.topLevelItem(i).text(2)
               for i in range(window.history_list.topLevelItemCount())]
    assert any("Information session" in line for line in history)


def test_a_mentor_pause_ending_in_the_past_is_refused(qtbot, services, open_window,
                                                      answer_dialogs):
    mentor_id = make_mentor(services)
    for status in ("info_session", "intake", "training", "available"):
        services.persons.change_status(mentor_id, status)
    window = open_window(person_id=mentor_id)

    def pause(dialog: QDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("paused"))
        assert dialog.until.isVisibleTo(dialog)
        dialog.until.set_value(date.today() - timedelta(days=2))
        return QDialog.DialogCode.Accepted

    answer_dialogs(pause)
    qtbot.mouseClick(window.status_button, Qt.MouseButton.LeftButton)
    assert "cannot be in the past" in window.status_error.text()
    assert services.persons.get(mentor_id, record_view=False).status == MentorStatus.AVAILABLE


def test_a_journal_note_appears_stamped(qtbot, services, open_window):
    window = open_window(person_id=make_mentee(services))
    # Nothing (or only spaces) typed: nothing to add, and the button says so.
    assert not window.add_note_button.isEnabled()
    qtbot.keyClicks(window.note_edit, "   ")
    assert not window.add_note_button.isEnabled()
    window.note_edit.clear()
    qtbot.keyClicks(window.note_edit, "Called about the CV workshop.")
    assert window.add_note_button.isEnabled()
    qtbot.mouseClick(window.add_note_button, Qt.MouseButton.LeftButton)

    top = window.journal_list.topLevelItem(0)
    assert top.text(2) == "Called about the CV workshop."
    assert top.text(1) == "Nadia El Amrani"
    assert top.text(0).startswith(date.today().strftime("%d/%m/%Y"))
    assert window.note_edit.toPlainText() == ""
    assert not window.add_note_button.isEnabled()  # the next note is still to be typed


def test_creating_a_person_with_a_known_email_warns_first(
        qtbot, services, open_window, answer_dialogs):
    make_mentee(services, email="sam@example.org")
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "sam@example.org")
    texts = []

    def cancel(dialog: QDialog) -> int:
        assert isinstance(dialog, DuplicateDialog)
        texts.append(dialog.text.text())
        dialog.cancel_button.click()
        return dialog.result()

    answer_dialogs(cancel)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert "same email" in texts[0]
    assert _mentees(services) == 1 and window.file is None

    def create_anyway(dialog: QDialog) -> int:
        dialog.create_button.click()
        return dialog.result()

    answer_dialogs(create_anyway)
    with qtbot.waitSignal(window.saved):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert _mentees(services) == 2


def test_an_age_outside_the_rule_asks_for_a_reason_and_saves_with_it(
        qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "older@example.org")
    window.form.birth_date.edit.clear()
    qtbot.keyClicks(window.form.birth_date.edit, f"15/01/{date.today().year - 40}")
    override = window.form.fields["age_override_reason"]
    assert not override.isVisibleTo(window)

    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert "18 to 33" in window.form.fields["birth_date"].error_label.text()
    assert override.isVisibleTo(window)
    assert _mentees(services) == 0

    qtbot.keyClicks(window.form.age_override_reason, "Referred by the CPAS as an exception")
    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    stored = services.persons.get(saved.args[0], record_view=False).data
    assert stored.age_override_reason == "Referred by the CPAS as an exception"


def test_a_mentor_created_with_training_modules_and_capacity(qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTOR)
    form = window.form
    qtbot.keyClicks(form.first_name, "Luc")
    qtbot.keyClicks(form.last_name, "Peeters")
    qtbot.keyClicks(form.birth_date.edit, f"2/3/{date.today().year - 62}")
    qtbot.keyClicks(form.email, "luc.peeters@example.org")
    form.working_status.set_value("retired")
    form.max_duos.setValue(2)
    form.modules[1].set_value(date.today() - timedelta(days=10))
    form.sectors.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)

    stored = services.persons.get(saved.args[0], record_view=False).data
    assert stored.working_status == "retired" and stored.max_duos == 2
    assert stored.training_modules == {1: date.today() - timedelta(days=10)}
    assert len(stored.sectors) == 1


def test_the_window_follows_a_language_change_and_keeps_what_was_typed(
        qtbot, qapp, services, open_window, compiled_translations):
    from duodesk.i18n import install_translators

    window = open_window(person_id=make_mentee(services))
    qtbot.keyClicks(window.form.first_name, "x")
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: window.tabs.tabText(window.history_index) == "Historique")
    assert window.form.labels["first_name"].text() == "Prénom"
    assert window.form.first_name.text() == "Yasminex" and window.dirty


def test_the_duplicate_warning_can_open_the_existing_file(
        qtbot, services, open_window, answer_dialogs):
    known = make_mentee(services, email="sam@example.org")
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "sam@example.org")

    def open_existing(dialog: QDialog) -> int:
        dialog.open_button.click()
        return dialog.result()

    answer_dialogs(open_existing)
    with qtbot.waitSignal(window.open_requested) as asked:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert asked.args == [known]
    assert _mentees(services) == 1 and window.file is None


def test_leaving_a_field_checks_it_at_once(qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTEE)
    qtbot.keyClicks(window.form.phone, "12")
    window.form.phone.editingFinished.emit()
    assert "phone number" in window.form.fields["phone"].error_label.text()
    # Fields not filled in yet are not blamed before a save.
    assert not window.form.fields["last_name"].error_label.isVisibleTo(window)


def test_cancelling_edits_asks_and_save_keeps_them(qtbot, services, open_window, monkeypatch):
    window = open_window(person_id=make_mentee(services))
    qtbot.keyClicks(window.form.first_name, "-Nour")
    monkeypatch.setattr(messages, "ask_save_discard_cancel",
                        lambda parent, text, title=None: messages.Choice.CANCEL)
    qtbot.mouseClick(window.revert_button, Qt.MouseButton.LeftButton)
    assert window.form.first_name.text() == "Yasmine-Nour" and window.dirty

    monkeypatch.setattr(messages, "ask_save_discard_cancel",
                        lambda parent, text, title=None: messages.Choice.SAVE)
    assert window.close()
    stored = services.persons.get(window.person_id, record_view=False)
    assert stored.data.first_name == "Yasmine-Nour"
    assert any(item.action == "edited" and "first_name" in item.fields
               for item in stored.history)
    history = [window.history_list.topLevelItem(i).text(2)
               for i in range(window.history_list.topLevelItemCount())]
    assert "Edited: First name" in history


def test_an_empty_date_opens_its_calendar_on_this_month(qtbot, services, open_window):
    window = open_window(role=PersonRole.MENTEE)
    field = window.form.referral_date
    calendar = field.calendar
    # The offscreen platform does not pop the calendar up: tell it that it is shown.
    QApplication.sendEvent(calendar, QShowEvent())
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert window.form.referral_date.value() is None


def test_the_referring_partner_is_chosen_among_the_partners_and_kept(
        qtbot, services, open_window):
    from duodesk.core.codes import PartnerKind

    actiris = services.partners.save("Actiris Schaerbeek", PartnerKind.EMPLOYMENT_SERVICE)
    window = open_window(role=PersonRole.MENTEE)
    _fill_new_mentee(qtbot, window, "amina.partner@example.org")
    combo = window.form.partner_id
    assert [combo.itemText(row) for row in range(combo.count())] == ["", "Actiris Schaerbeek"]
    assert window.form.labels["referral_partner_id"].text() == "Referred by"
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(window.saved) as saved:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    stored = services.persons.get(saved.args[0], record_view=False)
    assert stored.data.referral_partner_id == actiris.id
    assert stored.partner_name == "Actiris Schaerbeek"
    assert window.form.partner_id.value() == actiris.id  # shown again after the save


def test_a_mentee_in_a_duo_is_told_to_end_the_duo_in_its_window(
        qtbot, services, open_window, answer_dialogs):
    from tests.core.duo_setup import Clock, duo_service
    from tests.core.test_duos import active_duo

    duo = active_duo(services, duo_service(services, clock := Clock()), clock)
    window = open_window(person_id=duo.mentee_id)

    def choose_waiting(dialog: QDialog) -> int:
        assert isinstance(dialog, StatusChangeDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("waiting"))
        return QDialog.DialogCode.Accepted

    answer_dialogs(choose_waiting)
    window.ask_status_change()
    assert window.status_error.isVisibleTo(window)
    assert "decline, finish or stop the duo in its window" in window.status_error.text()
    assert services.persons.get(duo.mentee_id, record_view=False).status == "in_duo"
    assert "In a duo" in window.role_status_label.text()


def test_tab_goes_through_the_languages_and_on_to_the_sectors(qtbot, services, open_window):
    window = open_window(person_id=make_mentee(
        services, languages=[("fr", "fluent"), ("ar", "native")]))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.form
    cells = [form.languages.table.cellWidget(row, column)
             for row in range(2) for column in range(2)]
    form.municipality.setFocus()

    walked = []
    for _ in range(8):  # Qt's table went round its four cells for ever
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
        if walked[-1] not in cells and walked[-1] is not form.languages.table:
            break
    assert [widget for widget in walked if widget in cells] == cells
    # Out of the table: its own buttons, then on through the form to the sectors.
    assert walked[-1] is form.languages.add_button
    for _ in range(4):
        if form.sectors.isAncestorOf(QApplication.focusWidget()) \
                or QApplication.focusWidget() is form.sectors:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.sectors \
        or form.sectors.isAncestorOf(QApplication.focusWidget())

    # Shift+Tab from the first language goes back out, before the table.
    cells[0].setFocus()
    qtbot.keyClick(cells[0], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    focused = QApplication.focusWidget()
    assert focused not in cells and not form.languages.table.isAncestorOf(focused)


def test_tab_leaves_the_text_boxes_instead_of_typing_a_tab(qtbot, services, open_window):
    window = open_window(person_id=make_mentee(services, professional_project="Cook"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    project = window.form.professional_project
    project.setFocus()
    qtbot.keyClick(project, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not project
    assert window.form.barriers.isAncestorOf(QApplication.focusWidget()) \
        or QApplication.focusWidget() is window.form.barriers
    assert project.toPlainText() == "Cook" and not window.dirty

    window.tabs.setCurrentIndex(window.journal_index)
    window.note_edit.setFocus()
    qtbot.keyClicks(window.note_edit, "Called back.")
    qtbot.keyClick(window.note_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.add_note_button
    assert window.note_edit.toPlainText() == "Called back."
    qtbot.keyClick(window.add_note_button, Qt.Key.Key_Space)  # and the note is added
    assert window.journal_list.topLevelItem(0).text(2) == "Called back."


def test_ctrl_w_closes_the_file_asking_about_unsaved_changes_first(
        qtbot, services, open_window, answer_dialogs):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    window = open_window(person_id=make_mentee(services))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    close = QKeySequence(QKeySequence.StandardKey.Close)[0]
    window.form.first_name.setFocus()
    qtbot.keyClicks(window.form.first_name, "x")

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        box.button(answers.pop(0)).click()
        return 0
    seen = answer_dialogs(answer)
    qtbot.keyClick(window.form.first_name, close.key(), close.keyboardModifiers())
    assert len(seen) == 1 and window.isVisible()  # asked, and Cancel keeps it open
    qtbot.keyClick(window.form.first_name, close.key(), close.keyboardModifiers())
    assert len(seen) == 2 and not window.isVisible()  # Discard: closed
