"""Restoring from the menu while the window is open: the database is let go (the lock
kept), replaced by the backup, opened again, and the pages rebuilt on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from duodesk.app import DuoDeskApp
from duodesk.core.backup import list_backups, make_backup
from duodesk.core.errors import BackupFailed, DatabaseInUse
from duodesk.core.lock import WriterLock
from duodesk.ui import messages
from duodesk.ui.restore_dialog import RestoreDialog


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    seen: dict[str, list[object]] = {"information": [], "error": [], "asked": []}
    monkeypatch.setattr(messages, "information", lambda parent, text, title=None:
                        seen["information"].append(text))
    monkeypatch.setattr(messages, "error", lambda parent, problem, title=None:
                        seen["error"].append(problem))
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, text, title=None, **kw:
                        seen["asked"].append(text) or True)
    return seen


def pick_first_backup(dialog: QDialog) -> int:
    assert isinstance(dialog, RestoreDialog)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    dialog.restore_button.click()
    return dialog.result()


def test_restoring_a_backup_replaces_the_data_and_rebuilds_the_pages(
        qtbot, program: DuoDeskApp, answer_dialogs, told: dict[str, list[object]]) -> None:
    backup = make_backup(program.path, program.backup_folder(), "manual")
    program.services.organisation.save_coordinator("Added After The Backup", None, None)
    old_page = program.settings_page
    old_page.reload()
    assert old_page.coordinators_box.model.rowCount() == 3

    answer_dialogs(pick_first_backup)
    program.window.restore_action.trigger()
    assert not program.window.centralWidget().isEnabled()  # nobody writes meanwhile
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=10_000)

    assert backup.path.name in told["asked"][0]
    assert told["error"] == []
    names = [c.name for c in program.services.organisation.coordinators()]
    assert "Added After The Backup" not in names and len(names) == 2
    page = program.settings_page
    assert page is not old_page
    assert program.window.page("settings") is page
    assert page.coordinators_box.model.rowCount() == 2
    kinds = [b.kind for b in list_backups(program.path, program.backup_folder())]
    assert "before-restore" in kinds  # what was replaced is kept
    with pytest.raises(DatabaseInUse):  # the window kept its lock throughout
        WriterLock(program.path).acquire()
    assert program.window.restore_action.isEnabled()
    assert program.window.centralWidget().isEnabled()


def test_a_bad_backup_file_is_refused_and_the_database_stays_open(
        qtbot, program: DuoDeskApp, answer_dialogs, told: dict[str, list[object]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    garbage = tmp_path / "elsewhere" / "antenna-20260101-120000-manual.sqlite"
    garbage.parent.mkdir()
    garbage.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(messages, "open_file", lambda *args, **kwargs: garbage)

    def other_file(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog)
        dialog.other_button.click()
        return dialog.result()

    answer_dialogs(other_file)
    program.window.restore_action.trigger()
    qtbot.waitUntil(lambda: len(told["error"]) == 1, timeout=10_000)
    assert isinstance(told["error"][0], BackupFailed)
    assert told["information"] == []
    assert len(program.services.organisation.coordinators()) == 2  # open and unchanged
    qtbot.waitUntil(program.window.restore_action.isEnabled)
    assert program.window.centralWidget().isEnabled()


def test_cancelling_the_choice_changes_nothing(qtbot, program: DuoDeskApp, answer_dialogs,
                                               told: dict[str, list[object]]) -> None:
    make_backup(program.path, program.backup_folder(), "manual")
    answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    services = program.services
    program.window.restore_action.trigger()
    assert program.services is services
    assert told == {"information": [], "error": [], "asked": []}


@pytest.mark.parametrize(("language", "unit"), [("fr", " ko"), ("nl", " kB"), ("en", " kB")])
def test_a_backups_size_is_in_the_units_a_coordinator_knows(
        qtbot, qapp, db, db_path: Path, tmp_path: Path, language: str, unit: str) -> None:
    from duodesk.i18n import install_translators

    (tmp_path / "backups").mkdir()
    make_backup(db_path, tmp_path / "backups", "manual")
    install_translators(qapp, language)
    dialog = RestoreDialog(db_path, tmp_path / "backups")
    qtbot.addWidget(dialog)
    size = dialog.list.topLevelItem(0).text(2)
    # As the file manager says it ("ko", "Mo" in French), not the "Kio"/"KiB" of the norms.
    assert size.endswith(unit), size
