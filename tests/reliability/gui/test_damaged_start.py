"""Starting on a damaged database — a page overwritten, the file emptied — offers the
backups and opens the one restored, with no traceback (SPEC §10). (Random bytes over the
whole file: tests/ui/test_startup.py.)"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk import app
from duodesk.core.backup import make_backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.ui.restore_dialog import RestoreDialog
from tests.factories import make_mentee
from tests.ui.running import close_window_when

PEOPLE = 40


@pytest.fixture
def quit_when_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUODESK_QUIT_WHEN_READY", "1")


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What reached the crash handler (the traceback a user would be shown)."""
    from duodesk.ui.crash import CrashHandler

    seen: list[BaseException] = []
    monkeypatch.setattr(CrashHandler, "excepthook",
                        lambda self, kind, error, trace: seen.append(error))
    monkeypatch.setattr(CrashHandler, "thread_excepthook",
                        lambda self, args: seen.append(args.exc_value))
    return seen


def backed_up(tmp_path: Path) -> Path:
    """A database with mentees, backed up, closed."""
    path = tmp_path / "antenna.sqlite"
    database = open_database(path)
    services = build_services(database)
    for number in range(PEOPLE):
        make_mentee(services, last_name=f"Damaged{number:03d}")
    make_backup(path, path.parent / "backups", "manual")
    database.close()
    return path


def mentees_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM mentees").fetchone()[0]


def pick_the_backup(path: Path, seen: list[str]):  # type: ignore[no-untyped-def]
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, RestoreDialog), f"unexpected {type(dialog).__name__}"
        seen.append(dialog.intro_label.text())
        assert dialog.list.topLevelItemCount() == 1
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        dialog.restore_button.click()
        return dialog.result()

    return answer


def test_an_overwritten_page_is_offered_its_backup(qtbot, qapp, tmp_path: Path,
                                                  answer_dialogs,
                                                  crashes: list[BaseException]) -> None:
    """A bad sector in the people's table: the window opens (its first list need not read
    that page), the first reading that meets the damage offers the backups, and the one
    chosen is restored in the running window."""
    path = backed_up(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'persons'").fetchone()[0]
    # One page of the people's table, as a bad sector would leave it: noise (the same at
    # every run) whose first byte is no page type, so that SQLite cannot take it for a page.
    noise = bytearray(random.Random(7).randbytes(page_size))
    noise[0] = 0
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(noise))

    intros: list[str] = []
    told: list[str] = []
    choose = pick_the_backup(path, intros)

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, RestoreDialog):
            return choose(dialog)
        assert isinstance(dialog, QMessageBox), f"unexpected {type(dialog).__name__}"
        told.append(dialog.text())
        for button in dialog.buttons():  # "Restore" in the confirmation, OK after
            if dialog.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole,
                                             QMessageBox.ButtonRole.YesRole):
                button.click()
                return 0
        raise AssertionError(f"no accepting button: {dialog.text()}")

    answer_dialogs(answer)

    closer = close_window_when(qapp, lambda _w: any("was restored" in text for text in told))
    assert app.run(path) == 0
    assert not closer.isActive()  # closed by the restore, not by anything else
    assert len(intros) == 1 and "is damaged" in intros[0] and str(path) in intros[0]
    assert not any("is damaged" in text for text in told)  # no bare message before it
    assert crashes == []
    assert mentees_in(path) == PEOPLE


def test_an_emptied_file_is_offered_its_backup_not_replaced_by_a_new_database(
        qtbot, tmp_path: Path, answer_dialogs, quit_when_ready: None,
        crashes: list[BaseException]) -> None:
    path = backed_up(tmp_path)
    path.write_bytes(b"")  # a copy or a sync cut short

    intros: list[str] = []
    answer_dialogs(pick_the_backup(path, intros))
    assert app.run(path) == 0
    assert len(intros) == 1 and "is damaged" in intros[0]
    assert crashes == []
    assert mentees_in(path) == PEOPLE


def test_an_empty_file_without_backups_becomes_a_new_database(
        qtbot, tmp_path: Path, quit_when_ready: None, crashes: list[BaseException]) -> None:
    path = tmp_path / "antenna.sqlite"
    path.write_bytes(b"")  # made by hand, say: nothing to restore, nothing lost
    assert app.run(path) == 0
    assert crashes == []
    assert mentees_in(path) == 0
