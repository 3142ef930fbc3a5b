"""Starting the program: a second window on the same file is refused naming it, a damaged
file is offered its backups, an unsafe place is refused, and the benchmark hook reports
when the window is ready."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from duodesk import app
from duodesk.core.backup import list_backups, make_backup
from duodesk.core.context import build_services
from duodesk.core.database import Database, open_database
from duodesk.core.errors import (
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseLocationRefused,
    DatabaseTooNew,
)
from duodesk.core.lock import WriterLock
from duodesk.messages import describe
from duodesk.ui import messages
from duodesk.ui.restore_dialog import RestoreDialog
from tests.ui.running import close_window_when


@pytest.fixture
def quit_when_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUODESK_QUIT_WHEN_READY", "1")


@pytest.fixture
def errors_told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, problem, title=None: told.append(
        describe(problem) if not isinstance(problem, str) else problem))
    return told


def damage(path: Path) -> None:
    """Write random bytes over the whole file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    path.write_bytes(os.urandom(size))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def test_a_second_window_on_the_same_file_is_refused_naming_it(
        qtbot, db: Database, db_path: Path, errors_told: list[str]) -> None:
    assert app.run(db_path) == 1
    assert len(errors_told) == 1
    assert str(db_path) in errors_told[0]
    assert errors_told[0] == describe(DatabaseInUse(path=str(db_path)))


def test_a_database_in_a_cloud_sync_folder_is_refused(qtbot, tmp_path: Path,
                                                      errors_told: list[str]) -> None:
    path = tmp_path / "Dropbox" / "antenna.sqlite"
    assert app.run(path) == 1
    assert errors_told[0] == describe(DatabaseLocationRefused(
        path=str(path), kind="cloud", detail="Dropbox"))
    assert not path.exists()


def test_the_window_reports_when_ready(qtbot, tmp_path: Path, quit_when_ready: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    # The figure is the process's age when the window got ready: in a test run, the age of
    # the whole pytest process, read between these two moments.
    before = app.seconds_since_start()
    assert app.run(path) == 0
    after = app.seconds_since_start()
    match = re.search(r"^ready (\d+\.\d{3}) cpu (\d+\.\d{3})$", capsys.readouterr().out,
                      re.MULTILINE)
    assert match and before - 0.001 <= float(match.group(1)) <= after + 0.001
    assert 0 < float(match.group(2)) <= time.process_time() + 0.001  # processor time by then
    assert path.is_file()  # created by the real migrations


def backed_up_database(tmp_path: Path) -> Path:
    path = tmp_path / "antenna.sqlite"
    database = open_database(path)
    build_services(database).organisation.save_coordinator("Lotte Janssens", None, None)
    make_backup(path, path.parent / "backups", "manual")
    database.close()
    return path


def test_a_damaged_file_is_offered_its_backup_and_opens_restored(
        qtbot, tmp_path: Path, answer_dialogs, quit_when_ready: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = backed_up_database(tmp_path)
    damage(path)

    def pick_the_backup(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog), f"unexpected {type(dialog).__name__}"
        assert dialog.list.topLevelItemCount() == 1
        assert "is damaged" in dialog.intro_label.text()
        assert str(path) in dialog.intro_label.text()
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        dialog.restore_button.click()
        return dialog.result()

    offered = answer_dialogs(pick_the_backup)
    assert app.run(path) == 0
    assert len(offered) == 1
    assert "ready " in capsys.readouterr().out
    database = open_database(path)
    try:
        names = [c.name for c in build_services(database).organisation.coordinators()]
    finally:
        database.close()
    assert names == ["Lotte Janssens"]


def test_a_damaged_file_without_backups_says_so_and_stops(qtbot, tmp_path: Path,
                                                          answer_dialogs) -> None:
    path = backed_up_database(tmp_path)
    for backup in list_backups(path, path.parent / "backups"):
        backup.path.unlink()
    damage(path)

    def close(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.isHidden() and not dialog.none_label.isHidden()
        assert "No backup of antenna.sqlite was found" in dialog.none_label.text()
        assert dialog.restore_button.isHidden()
        dialog.cancel_button.click()
        return dialog.result()

    offered = answer_dialogs(close)
    assert app.run(path) == 1
    assert len(offered) == 1


def test_the_damage_found_by_the_check_after_start_offers_a_restore(
        qtbot, program: app.DuoDeskApp, answer_dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(program.services.db.backend), "quick_check",
                        lambda self: ["*** in database main *** Page 7: btreeInitPage() error"])
    intros: list[str] = []

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog)
        intros.append(dialog.intro_label.text())
        return QDialog.DialogCode.Rejected

    answer_dialogs(decline)
    program.backups.run_start_checks()
    qtbot.waitUntil(lambda: len(intros) == 1, timeout=10_000)
    assert intros[0].startswith(describe(DatabaseDamaged(path=str(program.path))))
    assert not list_backups(program.path, program.backup_folder())  # no daily copy of damage


def test_the_check_after_start_makes_the_daily_backup(qtbot, program: app.DuoDeskApp) -> None:
    assert program.window.backup_label.text() == "No backup yet"
    program.backups.run_start_checks()
    qtbot.waitUntil(lambda: program.window.backup_label.text() != "No backup yet",
                    timeout=10_000)
    made = list_backups(program.path, program.backup_folder())
    assert [backup.kind for backup in made] == ["daily"]


def test_a_database_from_a_newer_duodesk_is_refused_unchanged(
        qtbot, tmp_path: Path, errors_told: list[str]) -> None:
    path = tmp_path / "antenna.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:  # as a newer program would have left it
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    before = path.read_bytes()
    assert app.run(path) == 1
    assert errors_told == [describe(DatabaseTooNew(path=str(path), revision="0099_future"))]
    assert path.read_bytes() == before
    with WriterLock(path):  # the refused window gave its lock back
        pass


def test_after_the_window_shows_the_daily_backup_is_made(qtbot, qapp,
                                                         seeded_database: Path) -> None:
    """The whole start: run() shows the window, the check and the daily backup follow on
    a worker; the test closes the window once the backup is there."""
    folder = seeded_database.parent / "backups"

    poll = close_window_when(qapp, lambda window: bool(
        list_backups(seeded_database, folder)) and "Last backup" in window.backup_label.text())
    assert app.run(seeded_database) == 0
    assert not poll.isActive()
    assert [backup.kind for backup in list_backups(seeded_database, folder)] == ["daily"]
    with WriterLock(seeded_database):  # closing gave the lock back
        pass
