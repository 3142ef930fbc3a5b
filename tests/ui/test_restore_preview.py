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


def test_the_passphrase_is_offered_for_the_database_by_name_not_for_a_plain_backup(
        qtbot, tmp_path: Path) -> None:
    path = tmp_path / "antenna.sqlite"
    folder = two_backups(path)
    dialog = RestoreDialog(path, folder, unlock=lambda: False)  # as for a damaged database
    qtbot.addWidget(dialog)
    dialog.show()
    pane = dialog.preview
    qtbot.waitUntil(lambda: "mentees 3 ·" in pane.counts_label.text(), timeout=10_000)
    assert pane.passphrase_button.isHidden()  # the backup selected is not encrypted
    assert not dialog.unlock_button.isHidden()
    assert dialog.unlock_button.text() == "Open antenna.sqlite with its passphrase…"


def test_the_counts_are_grouped_in_the_language_chosen(
        qtbot, qapp, compiled_translations) -> None:
    from duodesk.core.backup_preview import BackupPreview
    from duodesk.i18n import install_translators
    from duodesk.ui.backup_preview_pane import BackupPreviewPane

    pane = BackupPreviewPane()
    qtbot.addWidget(pane)
    pane.path = Path("antenna.sqlite")
    pane.problem, pane.preview = None, BackupPreview(
        mentees=2007, mentors=1312, duos=1604, meetings=11289, partners=None,
        latest_change=None, recent_files=(), encrypted=False)
    pane.retranslate()
    assert "mentees 2,007 · mentors 1,312 · duos 1,604 · meetings 11,289 · partners –" \
        in pane.counts_label.text()
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: "rencontres" in pane.counts_label.text())
    assert "mentees 2\u202f007" in pane.counts_label.text()
    assert "rencontres 11\u202f289" in pane.counts_label.text()
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: "rencontres" not in pane.counts_label.text())
    assert "11.289" in pane.counts_label.text() and "2.007" in pane.counts_label.text()
