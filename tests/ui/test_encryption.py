"""Encryption in the window: turned on and off from Settings, the passphrase asked at start
(a wrong one said, cancel quits), the idle lock that covers every window and unlocks with
the passphrase keeping what was typed, and a computer without SQLCipher."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from duodesk import app
from duodesk.app import DuoDeskApp
from duodesk.core.preferences import Preferences, load_preferences, save_preferences
from duodesk.core.storage import cipher
from duodesk.ui import messages
from duodesk.ui.encryption_box import EncryptionBox
from duodesk.ui.lock_screen import LockCover
from duodesk.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from tests.factories import make_mentee
from tests.ui.running import running_program

pytest.importorskip("sqlcipher3")

PASSPHRASE = "un vélo bleu à Liège"
NAME = b"Nadia El Amrani"  # a coordinator of the seeded database


@pytest.fixture(autouse=True)
def keyring() -> Iterator[None]:
    yield
    cipher.forget()


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


def type_passphrase(dialog: QDialog, *attempts: str) -> int:
    """Answer a passphrase dialog with each attempt in turn (the last one should open)."""
    assert isinstance(dialog, PassphraseDialog), type(dialog).__name__
    for attempt in attempts:
        dialog.field.setText(attempt)
        dialog.ok_button.click()
        if dialog.result() != QDialog.DialogCode.Accepted:
            assert not dialog.problem_label.isHidden()
            assert "does not open" in dialog.problem_label.text()
    return dialog.result()


def choose_passphrase(dialog: QDialog) -> int:
    assert isinstance(dialog, NewPassphraseDialog), type(dialog).__name__
    assert "lost for good" in dialog.warning_label.text()
    assert not dialog.ok_button.isEnabled()  # not before the warning was acknowledged
    dialog.understood.setChecked(True)
    dialog.first.setText("too short")
    dialog.second.setText("too short")
    dialog.ok_button.click()
    assert "too short" in dialog.problem_label.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "!")
    dialog.ok_button.click()
    assert "not the same" in dialog.problem_label.text()
    dialog.second.setText(PASSPHRASE)
    dialog.ok_button.click()
    return dialog.result()


def test_encryption_is_turned_on_and_off_from_settings(
        qtbot, program: DuoDeskApp, answer_dialogs, told: dict[str, list[object]]) -> None:
    path = program.path
    program.window.show_page("settings")
    box = program.encryption.box
    assert box is not None and not box.encrypted and not box.minutes.isEnabled()
    assert NAME in path.read_bytes()

    # An open file holds connections of the file about to be re-written: it is closed first.
    program.open_person(make_mentee(program.services))
    assert len(program.person_files) == 1
    answer_dialogs(choose_passphrase)
    box.switch_button.click()
    qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not program.person_files)
    assert told["error"] == []
    assert cipher.looks_encrypted(path) and NAME not in path.read_bytes()
    for backup in (path.parent / "backups").iterdir():  # the backup made first, encrypted
        assert NAME not in backup.read_bytes()
    names = [c.name for c in program.services.organisation.coordinators()]
    assert "Nadia El Amrani" in names  # the window works on the encrypted file
    box = program.encryption.box
    assert box is not None and box.encrypted and box.minutes.isEnabled()
    assert "Remove" in box.switch_button.text()
    assert load_preferences().encrypted_databases == [str(path)]  # the path, no passphrase
    assert PASSPHRASE not in Path(load_preferences.__globals__["preferences_file"]()
                                  ).read_text(encoding="utf-8")
    assert program.encryption.idle_lock is not None

    answer_dialogs(lambda dialog: type_passphrase(dialog, "wrong passphrase", PASSPHRASE))
    program.encryption.box.switch_button.click()
    qtbot.waitUntil(lambda: len(told["information"]) == 2, timeout=30_000)
    assert told["error"] == []
    assert not cipher.looks_encrypted(path) and NAME in path.read_bytes()
    assert program.encryption.idle_lock is None and cipher.remembered() is None
    assert load_preferences().encrypted_databases == []
    assert len(program.services.organisation.coordinators()) == 2


@pytest.fixture
def encrypted_database(seeded_database: Path) -> Path:
    cipher.convert_database(seeded_database, old_key=None, new_key=PASSPHRASE)
    save_preferences(Preferences(language="en", encrypted_databases=[str(seeded_database)]))
    return seeded_database


def test_the_start_asks_the_passphrase_until_it_opens(
        qtbot, encrypted_database: Path, answer_dialogs, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DUODESK_QUIT_WHEN_READY", "1")
    seen = answer_dialogs(lambda dialog: type_passphrase(dialog, "guess", PASSPHRASE))
    assert app.run(encrypted_database) == 0
    assert len(seen) == 1
    assert re.search(r"^ready ", capsys.readouterr().out, re.MULTILINE)


def test_cancelling_the_passphrase_at_start_quits(
        qtbot, encrypted_database: Path, answer_dialogs) -> None:
    seen = answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    assert app.run(encrypted_database) == 1
    assert len(seen) == 1 and isinstance(seen[0], PassphraseDialog)


def test_the_idle_lock_hides_everything_and_unlocks_with_the_passphrase(
        qtbot, qapp: QApplication, encrypted_database: Path, answer_dialogs) -> None:
    answer_dialogs(lambda dialog: type_passphrase(dialog, PASSPHRASE))
    with running_program(qtbot, qapp, encrypted_database, load_preferences()) as program:
        qtbot.waitUntil(lambda: program.encryption.idle_lock is not None, timeout=10_000)
        idle = program.encryption.idle_lock
        assert idle is not None and idle.limit_ms == 10 * 60_000  # the default: 10 minutes
        # Another window with something typed and not saved.
        other = QDialog(program.window)
        field = QLineEdit(other)
        QVBoxLayout(other).addWidget(field)
        other.show()
        field.setText("half-typed note")

        idle.set_limit_ms(300)
        qtbot.waitUntil(lambda: idle.locked, timeout=10_000)
        covers = [c for c in program.window.findChildren(LockCover)
                  if c.parent() is program.window]
        assert len(covers) == 1 and covers[0].isVisible()
        assert covers[0].geometry() == program.window.rect()  # the whole window hidden
        assert other.findChildren(LockCover) and other.findChildren(LockCover)[0].isVisible()
        qtbot.keyClicks(field, "xyz")  # typing under the cover does nothing
        assert field.text() == "half-typed note"

        main_cover = covers[0]
        assert main_cover.field is not None
        qtbot.keyClicks(main_cover.field, "not it")
        qtbot.keyClick(main_cover.field, Qt.Key.Key_Return)
        assert idle.locked and not main_cover.problem_label.isHidden()
        # A message shown while locked (work finished meanwhile) is covered too, and its
        # cover unlocks everything: as a modal box it holds the input of the other windows.
        message = QDialog(program.window)
        message.setModal(True)
        message.show()
        message_covers = message.findChildren(LockCover)
        assert len(message_covers) == 1 and message_covers[0].isVisible()
        message_covers[0].field.setText(PASSPHRASE)  # QTest types ASCII only
        qtbot.keyClick(message_covers[0].field, Qt.Key.Key_Return)
        assert not idle.locked
        message.close()
        qtbot.waitUntil(lambda: not program.window.findChildren(LockCover))
        assert other.isVisible() and field.text() == "half-typed note"  # nothing lost
        other.close()
        idle.set_limit_ms(0)
    assert cipher.remembered() is None  # closed: the passphrase left memory


def test_without_sqlcipher_the_box_says_encryption_is_not_available(qtbot) -> None:
    box = EncryptionBox(available=False, encrypted=False, lock_minutes=10)
    qtbot.addWidget(box)
    box.show()
    assert "not available on this computer" in box.state_label.text()
    assert box.switch_button.isHidden() and not box.minutes.isEnabled()


def test_without_sqlcipher_the_program_runs_and_settings_says_so(
        qtbot, seeded_database: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duodesk.core.errors import EncryptionUnavailable

    def missing() -> None:
        raise EncryptionUnavailable()

    monkeypatch.setattr(cipher, "driver", missing)  # as where sqlcipher3 is not installed
    assert not cipher.available()
    with running_program(qtbot, qapp, seeded_database) as program:
        qtbot.waitUntil(lambda: program.settings_page is not None, timeout=10_000)
        box = program.encryption.box
        assert box is not None and "not available on this computer" in box.state_label.text()
        assert box.switch_button.isHidden()
        assert len(program.services.organisation.coordinators()) == 2
        assert program.encryption.idle_lock is None


def test_restoring_from_the_menu_keeps_the_database_encrypted(
        qtbot, qapp: QApplication, encrypted_database: Path, answer_dialogs,
        told: dict[str, list[object]]) -> None:
    from duodesk.core.backup import list_backups, make_backup
    from duodesk.ui.restore_dialog import RestoreDialog

    answer_dialogs(lambda dialog: type_passphrase(dialog, PASSPHRASE))
    with running_program(qtbot, qapp, encrypted_database, load_preferences()) as program:
        qtbot.waitUntil(lambda: program.settings_page is not None, timeout=10_000)
        made = make_backup(encrypted_database, program.backup_folder(), "manual")
        assert cipher.looks_encrypted(made.path)  # under the passphrase typed at start
        program.services.organisation.save_coordinator("Added After The Backup", None, None)

        def pick_it(dialog: QDialog) -> int:
            assert isinstance(dialog, RestoreDialog), type(dialog).__name__
            qtbot.waitUntil(lambda: "mentees 0 ·" in dialog.preview.counts_label.text())
            dialog.restore_button.click()
            return dialog.result()

        answer_dialogs(pick_it)
        program.window.restore_action.trigger()
        qtbot.waitUntil(lambda: len(told["information"]) == 1, timeout=30_000)
        assert told["error"] == []
        names = [c.name for c in program.services.organisation.coordinators()]
        assert "Added After The Backup" not in names
        assert cipher.looks_encrypted(encrypted_database)
        assert NAME not in encrypted_database.read_bytes()
        kinds = [b.kind for b in list_backups(encrypted_database, program.backup_folder())]
        assert "before-restore" in kinds
