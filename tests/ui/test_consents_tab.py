"""The Consents tab of a person's file and its "Access request…" action (SPEC §9): consents
listed, recorded and withdrawn with the problems shown as typed; the access request asks the
language and the folder and writes both files on a worker."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from duodesk.core.codes import ConsentPurpose
from duodesk.i18n import install_translators
from duodesk.ui.persons.consents_tab import ConsentsTab, show_consents_of
from duodesk.ui.persons.person_file import PersonFileWindow
from tests.factories import make_mentee, use_coordinator

SHOTS = Path("/tmp/consA/shots")


@pytest.fixture
def services(services):
    antennas = {a.code: a for a in services.organisation.antennas()}
    services.organisation.set_home_antenna(antennas["BXL"].id)
    use_coordinator(services, "Nadia El Amrani")
    return services


@pytest.fixture
def window(qtbot, services) -> PersonFileWindow:
    person = make_mentee(services, first_name="Amina", last_name="Benali")
    services.consents.record(person, ConsentPurpose.PROGRAMME, date(2025, 3, 4), "2024-1")
    opened = PersonFileWindow(services, person_id=person)
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    # Closed at the end without asking (a language change may leave the form dirty).
    qtbot.addWidget(opened, before_close_func=lambda w: setattr(w, "dirty", False))
    opened.show()
    return opened


def _tab(window: PersonFileWindow) -> ConsentsTab:
    assert show_consents_of(window.person_id)
    assert window.tabs.currentWidget() is window.consents_tab
    return window.consents_tab


def test_the_consents_are_listed(qtbot, qtmodeltester, window) -> None:
    tab = _tab(window)
    qtmodeltester.check(tab.model)
    model = tab.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["Taking part in the programme", "04/03/2025", "2024-1", "Nadia El Amrani",
                     "—"]
    assert not tab.empty_label.isVisible()
    assert not tab.renew_label.isVisible()  # given in 2025: nothing to renew


def test_a_consent_to_renew_is_marked_and_says_why(qtbot, services) -> None:
    person = make_mentee(services)
    services.consents.record(person, ConsentPurpose.FOLLOWUP_CONTACT, date(2020, 5, 6), "v1")
    opened = PersonFileWindow(services, person_id=person)
    opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(opened, before_close_func=lambda w: setattr(w, "dirty", False))
    opened.show()
    tab = _tab(opened)
    assert tab.renew_label.isVisible()
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "To renew: expired on 06/05/2022")
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#a15c00"


def test_recording_a_consent_checks_the_date_as_typed(qtbot, window, services) -> None:
    tab = _tab(window)
    tab.purpose_combo.setCurrentIndex(tab.purpose_combo.findData("followup_contact"))
    tab.given_edit.setDate(QDate.currentDate().addDays(1))
    assert tab.add_error.isVisible() and "future" in tab.add_error.text()
    assert not tab.add_button.isEnabled()
    tab.given_edit.setDate(QDate.currentDate())
    qtbot.keyClicks(tab.version_edit, "2")  # typed, then emptied: now it is said
    qtbot.keyClick(tab.version_edit, Qt.Key.Key_Backspace)
    assert tab.add_error.isVisible() and "required" in tab.add_error.text()
    assert not tab.add_button.isEnabled()
    qtbot.keyClicks(tab.version_edit, "2026-2")
    assert not tab.add_error.isVisible() and tab.add_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert services.consents.has_consent(window.person_id, ConsentPurpose.FOLLOWUP_CONTACT)
    assert tab.model.rowCount() == 2


def test_an_empty_text_version_is_said_once_typed_in_or_on_recording_not_at_opening(
        qtbot, window, services) -> None:
    tab = _tab(window)
    tab.version_edit.clear()  # no text version set in Settings: the field starts empty
    tab.load()
    assert tab.version_edit.text() == ""
    assert not tab.add_error.isVisible()  # nothing typed yet: nothing in red
    assert tab.add_button.isEnabled()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.add_error.isVisible() and "required" in tab.add_error.text()
    assert not tab.add_button.isEnabled()
    assert tab.model.rowCount() == 1  # nothing recorded
    qtbot.keyClicks(tab.version_edit, "2026-2")
    assert not tab.add_error.isVisible() and tab.add_button.isEnabled()
    tab.load()  # a fresh form: quiet again
    assert not tab.add_error.isVisible()


def test_withdrawing_is_checked_and_confirmed(qtbot, window, services, answer_dialogs) -> None:
    tab = _tab(window)
    assert not tab.withdraw_button.isEnabled()  # nothing selected
    tab.table.selectRow(0)
    tab.withdraw_edit.setDate(QDate(2025, 3, 3))
    assert "on or after the day it was given" in tab.withdraw_error.text()
    assert not tab.withdraw_button.isEnabled()
    tab.withdraw_edit.setDate(QDate(2025, 9, 1))
    assert tab.withdraw_button.isEnabled()
    def click_withdraw(box: QMessageBox) -> int:
        box.buttons()[0].click()  # the "Withdraw" button
        return 0

    seen = answer_dialogs(click_withdraw)
    assert tab.withdraw_selected()
    assert "Withdraw the consent" in seen[0].text()
    (consent,) = services.consents.consents_of(window.person_id)
    assert consent.withdrawn_on == date(2025, 9, 1)
    assert tab.model.index(0, 4).data() == "01/09/2025"
    tab.table.selectRow(0)
    assert "already withdrawn" in tab.withdraw_error.text()


def test_the_access_request_writes_both_files(qtbot, window, services, answer_dialogs,
                                              tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(out))
            return QDialog.DialogCode.Accepted
        if isinstance(dialog, QMessageBox) and len(dialog.buttons()) == 4:
            # The language: Français, Nederlands, English (the interface's first).
            next(b for b in dialog.buttons() if b.text() == "Nederlands").click()
        return 0

    seen = answer_dialogs(answer)
    task = window.access_button.run()
    assert task is not None
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=20_000)
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == "Benali"
    assert [c["purpose"] for c in data["consents"]] == ["programme"]
    assert "were saved as" in seen[-1].text()


@pytest.mark.parametrize(("language", "name"), [("fr", "demande-d-acces"),
                                              ("nl", "inzageverzoek"),
                                              ("en", "access-request")])
def test_the_access_request_files_are_named_in_the_interface_language(
        qtbot, qapp, compiled_translations, window, answer_dialogs, tmp_path, language,
        name) -> None:
    install_translators(qapp, language)

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(tmp_path))
            return QDialog.DialogCode.Accepted
        if isinstance(dialog, QMessageBox) and len(dialog.buttons()) == 4:
            dialog.buttons()[0].click()  # the PDF in the first language offered
        return 0

    seen = answer_dialogs(answer)
    assert window.access_button.run() is not None
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=20_000)
    day = date.today().isoformat()
    assert sorted(path.suffix for path in tmp_path.glob(f"{name}-{day}-*")) == [".json", ".pdf"]
    assert f"{name}-{day}-" in seen[-1].text()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_screens(qtbot, qapp, compiled_translations, services, window, language) -> None:
    services.consents.record(window.person_id, ConsentPurpose.FOLLOWUP_CONTACT,
                             date(2023, 1, 9), "2022-1")
    install_translators(qapp, language)
    expected = {"fr": "Consentements", "nl": "Toestemmingen"}[language]
    qtbot.waitUntil(lambda: window.tabs.tabText(window.consents_index) == expected)
    tab = _tab(window)
    tab.table.selectRow(0)
    tab.given_edit.setDate(QDate.currentDate().addDays(2))
    window.resize(1040, 700)
    qtbot.wait(50)  # the layout settles on the new texts
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"consents_{language}.png"))
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == {
        "fr": "Finalité", "nl": "Doel"}[language]
    assert window.access_button.text() == {
        "fr": "Demande d'accès…", "nl": "Verzoek tot inzage…"}[language]
    assert tab.add_error.isVisible()
