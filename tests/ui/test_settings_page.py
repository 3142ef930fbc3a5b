"""The Settings page on a real database: language applied at once, who I am, this
database's antenna, coordinators and antennas with inline validation, the backup folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.app import DuoDeskApp
from duodesk.core.preferences import load_preferences
from duodesk.ui import messages
from duodesk.ui.organisation_dialogs import AntennaDialog, CoordinatorDialog
from duodesk.ui.settings_page import SettingsPage


def page_of(program: DuoDeskApp) -> SettingsPage:
    assert program.settings_page is not None
    return program.settings_page


def choose(combo, text: str) -> None:
    """Pick an entry as a user would (activated, not only the current index)."""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def fill_and_save(**fields: str) -> Callable[[QDialog], int]:
    """A dialog runner that types into the record dialog and presses Save once."""
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, CoordinatorDialog | AntennaDialog)
        for name, value in fields.items():
            edit = getattr(dialog, f"{name}_edit")
            edit.clear()
            edit.setText(value)
        dialog.save()
        return dialog.result()
    return handler


def test_the_first_page_shows_what_the_database_holds(program: DuoDeskApp) -> None:
    page = page_of(program)
    keys = program.window.page_keys()
    assert (keys[0], keys[-1]) == ("today", "settings")  # opens on Today; Settings last
    assert {"mentees", "mentors"} <= set(keys)
    assert program.window.page("settings") is page
    assert page.who_combo.currentText() == "Nadia El Amrani"
    assert page.antenna_combo.currentText() == "BXL — Bruxelles / Brussel"
    assert page.coordinators_box.model.rowCount() == 2
    assert page.antennas_box.model.rowCount() >= 7
    assert program.window.coordinator_label.text() == "Coordinator: Nadia El Amrani"
    assert page.folder_edit.text() == str(program.path.parent / "backups")


def test_language_applies_at_once_and_keeps_what_was_typed(
        qtbot, program: DuoDeskApp, compiled_translations: Path) -> None:
    page = page_of(program)
    window = program.window
    settings_item = window.navigation.item(window.page_keys().index("settings"))
    dialog = CoordinatorDialog(program.services.organisation, [], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()  # left open while the language changes
    qtbot.keyClicks(dialog.name_edit, "Anke Peeters")

    choose(page.language_combo, "Français")
    # Qt posts the change to every window: it is seen at the next turn of the event loop.
    qtbot.waitUntil(lambda: settings_item.text() == "Paramètres")
    assert page.heading.text() == "Paramètres"
    assert page.general_box.title() == "Général"
    assert page.who_label.text() == "&Qui suis-je :"
    assert page.coordinators_box.title() == "Coordinateurs"
    assert page.coordinators_box.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert window.file_menu.title() == "&Fichier"
    assert window.coordinator_label.text() == "Coordinateur : Nadia El Amrani"
    assert dialog.windowTitle() == "Ajouter un coordinateur"
    assert dialog.name_edit.text() == "Anke Peeters"
    assert load_preferences().language == "fr"

    choose(page.language_combo, "Nederlands")
    qtbot.waitUntil(lambda: settings_item.text() == "Instellingen")
    assert page.heading.text() == "Instellingen"
    assert page.who_label.text() == "&Wie ben ik:"
    assert page.backup_box.title() == "Back-ups"
    assert window.file_menu.title() == "&Bestand"
    assert dialog.labels["name"].text() == "&Naam:"
    assert dialog.name_edit.text() == "Anke Peeters"
    assert page.language_combo.currentText() == "Nederlands"
    assert load_preferences().language == "nl"

    choose(page.language_combo, "English")
    qtbot.waitUntil(lambda: settings_item.text() == "Settings")


def test_who_i_am_is_saved_and_shown_in_the_status_bar(program: DuoDeskApp) -> None:
    page = page_of(program)
    choose(page.who_combo, "Pieter Van den Broeck")
    current = program.services.organisation.current_coordinator()
    assert current is not None and current.name == "Pieter Van den Broeck"
    assert program.window.coordinator_label.text() == "Coordinator: Pieter Van den Broeck"


def test_the_antenna_of_this_database_is_saved(program: DuoDeskApp) -> None:
    choose(page_of(program).antenna_combo, "GNT — Gent")
    home = program.services.organisation.home_antenna()
    assert home is not None and home.code == "GNT"


def test_adding_a_coordinator_explains_a_bad_email_under_the_field(
        program: DuoDeskApp, answer_dialogs) -> None:
    page = page_of(program)
    seen = answer_dialogs(fill_and_save(name="Anke Peeters", email="anke@"))
    page.coordinators_box.add_button.click()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.fields["email"].error_label
    assert not error.isHidden()
    assert error.text() == "Email: this is not a valid email address."
    assert dialog.fields["name"].error_label.isHidden()
    assert page.coordinators_box.model.rowCount() == 2  # nothing saved

    answer_dialogs(fill_and_save(name="Anke Peeters", email="Anke.Peeters@Duo.example"))
    page.coordinators_box.add_button.click()
    names = [c.name for c in program.services.organisation.coordinators()]
    assert "Anke Peeters" in names
    assert page.coordinators_box.model.rowCount() == 3
    assert page.coordinators_box.selected().email == "anke.peeters@duo.example"
    assert page.who_combo.findText("Anke Peeters") >= 0


def test_a_coordinator_without_a_name_is_refused_in_words(program: DuoDeskApp,
                                                         answer_dialogs) -> None:
    seen = answer_dialogs(fill_and_save(name="   "))
    page_of(program).coordinators_box.add_button.click()
    assert seen[0].fields["name"].error_label.text() == "Name: this field is required."


def test_editing_and_deactivating_a_coordinator(program: DuoDeskApp, answer_dialogs,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    box = page_of(program).coordinators_box
    box.view.selectRow(box.proxy.mapFromSource(box.model.index(
        box.model.row_of(next(c.id for c in program.services.organisation.coordinators()
                              if c.name.startswith("Pieter"))), 0)).row())
    answer_dialogs(fill_and_save(name="Pieter Van den Broeck-Claes"))
    box.edit_button.click()
    assert box.selected().name == "Pieter Van den Broeck-Claes"

    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda parent, text, title=None, **kw: asked.append(text) or True)
    assert box.active_button.text() == "Deactivate"
    box.active_button.click()
    assert "Pieter Van den Broeck-Claes" in asked[0]
    assert box.selected().active is False
    assert box.active_button.text() == "Reactivate"
    assert page_of(program).who_combo.findText("Pieter Van den Broeck-Claes") == -1
    box.active_button.click()  # reactivating asks nothing
    assert len(asked) == 1 and box.selected().active is True


def test_antennas_are_added_with_a_checked_code_and_renamed(program: DuoDeskApp,
                                                           answer_dialogs) -> None:
    box = page_of(program).antennas_box
    seen = answer_dialogs(fill_and_save(code="X", name="Namur"))
    box.add_button.click()
    assert seen[0].fields["code"].error_label.text() == \
        "Code: an antenna code has 2 to 8 capital letters, like BXL."

    answer_dialogs(fill_and_save(code="nam", name="Namur"))
    box.add_button.click()
    assert box.selected().code == "NAM"
    assert "NAM — Namur" in [page_of(program).antenna_combo.itemText(i)
                             for i in range(page_of(program).antenna_combo.count())]

    seen = answer_dialogs(fill_and_save(name="Namur-Luxembourg"))
    box.rename_button.click()
    assert seen[0].code_edit.isReadOnly()
    codes = {a.code: a.name for a in program.services.organisation.antennas()}
    assert codes["NAM"] == "Namur-Luxembourg"


def test_the_backup_folder_is_chosen_saved_and_used(qtbot, program: DuoDeskApp,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(program)
    folder = tmp_path / "usb-stick" / "duodesk"
    folder.mkdir(parents=True)
    monkeypatch.setattr(messages, "choose_folder", lambda parent, title, start=None: folder)
    told: list[str] = []
    monkeypatch.setattr(messages, "information", lambda parent, text, title=None:
                        told.append(text))
    page.choose_folder_button.click()
    assert load_preferences().backup_folder == str(folder)
    assert page.folder_edit.text() == str(folder)
    assert page.default_folder_button.isEnabled()

    assert page.backup_button.text() == "&Back up now"
    page.backup_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    made = list(folder.glob("antenna-*-manual.sqlite"))
    assert len(made) == 1 and made[0].name in told[0]
    assert page.last_backup_value.text() != "None yet"
    assert "Last backup:" in program.window.backup_label.text()

    page.default_folder_button.click()
    assert load_preferences().backup_folder is None
    assert page.folder_edit.text() == str(program.path.parent / "backups")


def test_back_up_now_failure_is_told(qtbot, program: DuoDeskApp, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    program.set_backup_folder(blocked)
    told: list[object] = []
    monkeypatch.setattr(messages, "error", lambda parent, problem, title=None:
                        told.append(problem))
    program.window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert program.window.backup_action.isEnabled()


def test_a_backup_folder_that_cannot_be_made_is_named_as_a_folder_to_change(
        qtbot, program: DuoDeskApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from duodesk.messages import describe

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    program.set_backup_folder(blocked)
    told: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, problem, title=None:
                        told.append(describe(problem)))
    program.window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert told[0] == (f"The backup folder {blocked} cannot be used: it could not be created "
                       "or written to. Choose another folder under Settings.")


def test_no_qt_message_box_is_built_outside_the_messages_module() -> None:
    sources = Path(messages.__file__).parent
    offenders = [path.name for path in sources.rglob("*.py")
                 if path.name != "messages.py"
                 and ("QMessageBox(" in path.read_text(encoding="utf-8")
                      or "QFileDialog." in path.read_text(encoding="utf-8"))]
    assert offenders == []
    assert QMessageBox  # imported for the reader: the class the rule is about
