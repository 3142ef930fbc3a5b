"""The restore dialog shows what the selected backup holds, read on a worker; an encrypted
backup under another passphrase asks it; a database encrypted on another computer, taken
for a damaged file at start, opens with its passphrase from the restore offer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from duodesk import app
from duodesk.core import backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.storage import cipher
from duodesk.ui.passphrase_dialog import PassphraseDialog
from duodesk.ui.restore_dialog import RestoreDialog
from tests.factories import make_mentee, make_mentor

PASSPHRASE = "la pluie tombe sur Namur"


@pytest.fixture(autouse=True)
def keyring() -> Iterator[None]:
    yield
    cipher.forget()


def two_backups(path: Path) -> Path:
    """A backup with 2 mentees and 1 mentor, then a newer one with a third mentee."""
    folder = path.parent / "backups"
    database = open_database(path)
    services = build_services(database)
    make_mentee(services, first_name="Amina", last_name="Older")
    make_mentee(services, first_name="Omar", last_name="Older")
    make_mentor(services, first_name="Jan", last_name="Mentor")
    backup.make_backup(path, folder, "manual", now=__import__("datetime").datetime(2026, 3, 1))
    make_mentee(services, first_name="Lina", last_name="Newest")
    backup.make_backup(path, folder, "daily")
    database.close()
    return folder


def test_the_selected_backup_shows_what_it_holds(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "antenna.sqlite"
    folder = two_backups(path)
    dialog = RestoreDialog(path, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    pane = dialog.preview
    qtbot.waitUntil(lambda: "mentees 3 ·" in pane.counts_label.text(), timeout=10_000)
    assert "mentors 1 · duos 0 · meetings 0" in pane.counts_label.text()
    assert "Lina Newest (mentee)" in pane.recent_label.text()

    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))  # the older backup
    qtbot.waitUntil(lambda: "mentees 2 ·" in pane.counts_label.text(), timeout=10_000)
    assert "Lina" not in pane.recent_label.text()
    assert "Jan Mentor (mentor)" in pane.recent_label.text()
    assert re.search(r"Its latest change: .+2026", pane.counts_label.text())
    dialog.grab().save(str(tmp_path / "restore.png"))


def test_an_encrypted_backup_under_another_passphrase_asks_it(
        qtbot, tmp_path: Path, answer_dialogs) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "antenna.sqlite"
    folder = two_backups(path)
    for made in backup.list_backups(path, folder):
        cipher.replace_with_copy(made.path, old_key=None, new_key=PASSPHRASE)
    dialog = RestoreDialog(path, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    pane = dialog.preview
    qtbot.waitUntil(lambda: not pane.passphrase_button.isHidden(), timeout=10_000)
    assert "encrypted" in pane.counts_label.text()

    def type_it(asked: QDialog) -> int:
        assert isinstance(asked, PassphraseDialog)
        asked.field.setText(PASSPHRASE)
        asked.ok_button.click()
        return asked.result()

    answer_dialogs(type_it)
    pane.passphrase_button.click()
    qtbot.waitUntil(lambda: "mentees 3 ·" in pane.counts_label.text(), timeout=10_000)


def test_a_database_encrypted_elsewhere_opens_with_its_passphrase_from_the_restore_offer(
        qtbot, tmp_path: Path, answer_dialogs, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "antenna.sqlite"
    two_backups(path)
    cipher.convert_database(path, old_key=None, new_key=PASSPHRASE)  # as on the old laptop
    monkeypatch.setenv("DUODESK_QUIT_WHEN_READY", "1")

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, RestoreDialog):  # first the restore offer, as for damage
            assert not dialog.unlock_button.isHidden()
            dialog.unlock_button.click()
            return dialog.result()
        assert isinstance(dialog, PassphraseDialog)
        dialog.field.setText(PASSPHRASE)
        dialog.ok_button.click()
        return dialog.result()

    seen = answer_dialogs(answer)
    assert app.run(path) == 0
    assert [type(d).__name__ for d in seen] == ["RestoreDialog", "PassphraseDialog"]
    assert "ready " in capsys.readouterr().out
    assert cipher.looks_encrypted(path)  # nothing restored over it
