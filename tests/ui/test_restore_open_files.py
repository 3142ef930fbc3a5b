"""Restoring a backup (or closing the window) while persons' files and duos' windows are
open: every one is closed first, one with unsaved changes asking save / discard / cancel;
Cancel restores nothing; after a restore no window is left on the data it replaced."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from duodesk.app import DuoDeskApp
from duodesk.core.backup import list_backups, make_backup
from duodesk.core.codes import PersonRole
from duodesk.core.errors import NotFound
from duodesk.ui import messages
from duodesk.ui.duos.duo_window import DuoWindow
from duodesk.ui.persons.person_file import PersonFileWindow
from tests.factories import make_mentee
from tests.ui import test_restore
from tests.ui.duo_helpers import propose
from tests.ui.test_restore import pick_first_backup

told = test_restore.told  # the messages shown, as the restore's own tests see them


def record_windows() -> list[QWidget]:
    """The persons' files and duos' windows on screen."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonFileWindow | DuoWindow) and w.isVisible()]


@pytest.fixture
def unsaved_answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[messages.Choice], list[str]]:
    """Answer every "save the changes?" with ``choice``; returns the questions asked."""
    asked: list[str] = []

    def install(choice: messages.Choice) -> list[str]:
        def ask(parent: QWidget | None, text: str, title: str | None = None) -> messages.Choice:
            asked.append(text)
            return choice

        monkeypatch.setattr(messages, "ask_save_discard_cancel", ask)
        return asked

    return install


def open_files(qtbot, program: DuoDeskApp) -> tuple[object, object, PersonFileWindow]:
    """A mentee kept in the backup (their file edited, not saved), one registered after it
    (their file open), a new mentor's file half typed and a duo's window; the backup."""
    services = program.services
    kept = make_mentee(services)
    backup = make_backup(program.path, program.backup_folder(), "manual")
    added = make_mentee(services)
    duo = propose(services, services.duos)
    program.open_person(kept)
    program.open_person(added)
    program.open_new_person(PersonRole.MENTOR)
    program.open_duo(duo.id)
    edited = program.person_files[kept]
    qtbot.keyClicks(edited.form.first_name, "Edited")
    new = next(w for w in record_windows() if isinstance(w, PersonFileWindow) and w.file is None)
    qtbot.keyClicks(new.form.last_name, "Typed")
    assert len(record_windows()) == 4
    return kept, added, backup


def test_cancel_on_an_unsaved_file_restores_nothing(
        qtbot, program: DuoDeskApp, answer_dialogs, told, unsaved_answer) -> None:
    kept, added, _backup = open_files(qtbot, program)
    edited = program.person_files[kept]
    asked = unsaved_answer(messages.Choice.CANCEL)
    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()

    assert asked == ["This file has changes that are not saved. Save them?"]
    assert told["information"] == [] and told["error"] == []
    kinds = [b.kind for b in list_backups(program.path, program.backup_folder())]
    assert "before-restore" not in kinds  # nothing was replaced
    assert program.services.persons.get(added, record_view=False) is not None
    assert edited.isVisible() and edited.dirty  # the edits are still there to save
    assert edited.form.first_name.text() == "YasmineEdited"
    assert program.window.centralWidget().isEnabled()
    assert program.window.restore_action.isEnabled()


def test_after_a_restore_no_window_stays_open_on_the_replaced_data(
        qtbot, program: DuoDeskApp, answer_dialogs, told, unsaved_answer) -> None:
    kept, added, _backup = open_files(qtbot, program)
    asked = unsaved_answer(messages.Choice.DISCARD)
    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)

    # The edited file and the new mentor's half-typed file each asked; the others closed.
    assert len(asked) == 2
    assert told["error"] == []
    assert record_windows() == []
    qtbot.waitUntil(lambda: not program.person_files and not program.duo_windows)
    persons = program.services.persons
    assert persons.get(kept, record_view=False).data.first_name == "Yasmine"  # discarded
    with pytest.raises(NotFound):
        persons.get(added, record_view=False)


def test_saved_changes_go_to_the_safety_copy_not_over_the_restored_data(
        qtbot, program: DuoDeskApp, answer_dialogs, told,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kept, _added, _backup = open_files(qtbot, program)
    new = next(w for w in record_windows() if isinstance(w, PersonFileWindow) and w.file is None)
    qtbot.keyClicks(new.form.email, "not-an-email")
    answers = {"new": messages.Choice.SAVE}

    def ask(parent: QWidget | None, text: str, title: str | None = None) -> messages.Choice:
        return answers["new"] if parent is new else messages.Choice.SAVE

    monkeypatch.setattr(messages, "ask_save_discard_cancel", ask)
    answer_dialogs(pick_first_backup)
    # The new mentor's half-typed file cannot be saved (a bad email address): it stays open
    # with the problem shown under its field, and nothing is restored.
    program.window.restore_action.trigger()
    assert new.isVisible() and new.dirty and new.file is None
    assert new.form.fields["email"].error_label.isVisibleTo(new)
    assert told["information"] == [] and told["error"] == []
    kinds = [b.kind for b in list_backups(program.path, program.backup_folder())]
    assert "before-restore" not in kinds

    answers["new"] = messages.Choice.DISCARD
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)
    assert told["error"] == []
    assert record_windows() == []
    # Saved before the database was replaced: in the copy kept of it, not in the restored one.
    assert program.services.persons.get(kept, record_view=False).data.first_name == "Yasmine"
    safety = [b for b in list_backups(program.path, program.backup_folder())
              if b.kind == "before-restore"]
    assert len(safety) == 1 and b"YasmineEdited" in safety[0].path.read_bytes()


def test_closing_the_window_asks_about_an_open_files_unsaved_changes(
        qtbot, program: DuoDeskApp, unsaved_answer) -> None:
    kept = make_mentee(program.services)
    program.open_person(kept)
    edited = program.person_files[kept]
    qtbot.keyClicks(edited.form.first_name, "Edited")
    asked = unsaved_answer(messages.Choice.CANCEL)
    assert not program.window.close()
    assert len(asked) == 1 and edited.isVisible() and program.window.isVisible()

    asked = unsaved_answer(messages.Choice.DISCARD)
    assert program.window.close()
    assert len(asked) == 2 and record_windows() == []


def settings_box(qtbot, program: DuoDeskApp, kind: type[QWidget]) -> QWidget:
    program.window.show_page("settings")
    box = program.settings_page.findChild(kind)
    assert box is not None
    qtbot.waitUntil(lambda: box._loaded)
    return box


def test_consent_settings_not_saved_are_asked_about_before_a_restore(
        qtbot, program: DuoDeskApp, answer_dialogs, told, unsaved_answer) -> None:
    from duodesk.core.codes import ConsentPurpose
    from duodesk.ui.consents_box import ConsentsBox

    make_backup(program.path, program.backup_folder(), "manual")
    box = settings_box(qtbot, program, ConsentsBox)
    box.months[ConsentPurpose.MEDIA].setValue(12)
    asked = unsaved_answer(messages.Choice.CANCEL)
    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()
    assert asked == ["The consent settings have changes that are not saved. Save them?"]
    assert told["information"] == []
    kinds = [b.kind for b in list_backups(program.path, program.backup_folder())]
    assert "before-restore" not in kinds
    assert box.months[ConsentPurpose.MEDIA].value() == 12 and box.save_button.isEnabled()
    assert not program.window.close()  # closing the window asks the same
    assert len(asked) == 2

    asked = unsaved_answer(messages.Choice.SAVE)
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)
    assert len(asked) == 3
    safety = next(b for b in list_backups(program.path, program.backup_folder())
                  if b.kind == "before-restore")
    assert consents_in(safety.path).renew_months[ConsentPurpose.MEDIA] == 12  # saved first
    restored = program.services.consents.settings()
    assert not restored.renew_months.get(ConsentPurpose.MEDIA)


def consents_in(path):
    from duodesk.core.context import build_services
    from duodesk.core.database import open_read_only

    database = open_read_only(path)
    try:
        return build_services(database).consents.settings()
    finally:
        database.close()


def test_a_retention_period_being_typed_is_saved_before_the_restore_not_after(
        qtbot, program: DuoDeskApp, answer_dialogs, told) -> None:
    from duodesk.core.context import build_services
    from duodesk.core.database import open_read_only
    from duodesk.ui.retention_box import RetentionBox

    make_backup(program.path, program.backup_folder(), "manual")
    box = settings_box(qtbot, program, RetentionBox)
    key, spin = next(iter(box.spins.items()))
    stored = spin.value()
    spin.setValue(stored + 7)  # saved once the typing stops: not yet
    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)
    qtbot.wait(600)  # past the typing delay: nothing is written on the restored data

    def months(services) -> int:
        return next(r.months for r in services.retention.rules() if (r.role, r.status) == key)

    assert months(program.services) == stored
    safety = next(b for b in list_backups(program.path, program.backup_folder())
                  if b.kind == "before-restore")
    database = open_read_only(safety.path)
    try:
        assert months(build_services(database)) == stored + 7
    finally:
        database.close()


def test_a_journal_note_typed_and_not_added_is_asked_about(
        qtbot, program: DuoDeskApp, answer_dialogs, told, unsaved_answer) -> None:
    kept = make_mentee(program.services)
    make_backup(program.path, program.backup_folder(), "manual")
    program.open_person(kept)
    file = program.person_files[kept]
    file.note_edit.setPlainText("Called her about the info session")
    asked = unsaved_answer(messages.Choice.CANCEL)
    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()
    assert asked == ["A journal note is typed but not added to the journal. Add it?"]
    assert file.isVisible() and file.tabs.currentIndex() == file.journal_index
    assert file.note_edit.toPlainText() == "Called her about the info session"
    assert told["information"] == []

    unsaved_answer(messages.Choice.SAVE)
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)
    assert record_windows() == []
    safety = next(b for b in list_backups(program.path, program.backup_folder())
                  if b.kind == "before-restore")
    assert b"Called her about the info session" in safety.path.read_bytes()
    assert program.services.persons.get(kept, record_view=False).journal == ()


def test_a_retention_period_typed_just_before_closing_the_window_is_kept(
        qtbot, program: DuoDeskApp) -> None:
    from duodesk.ui.retention_box import RetentionBox

    box = settings_box(qtbot, program, RetentionBox)
    key, spin = next(iter(box.spins.items()))
    spin.setValue(spin.value() + 5)  # its save waits for the typing to stop
    assert program.window.close()
    months = next(r.months for r in program.services.retention.rules()
                  if (r.role, r.status) == key)
    assert months == spin.value()
