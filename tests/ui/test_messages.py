"""The one module of message boxes and file prompts: what each answer returns, and the
guard that turns an unexpected dialog into a failure instead of a hang."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from duodesk.core.errors import DatabaseInUse
from duodesk.ui import messages
from tests.ui.conftest import UnexpectedDialog


def click(button: QMessageBox.StandardButton):
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()
        return 0
    return handler


def test_an_unexpected_dialog_fails_the_test_instead_of_waiting(qtbot) -> None:
    with pytest.raises(UnexpectedDialog, match="Nothing to see"):
        messages.information(None, "Nothing to see")


def test_an_error_of_the_core_is_shown_in_words_naming_the_file(answer_dialogs) -> None:
    seen = answer_dialogs(lambda dialog: 0)
    messages.error(None, DatabaseInUse(path="/data/antenna.sqlite"))
    box = seen[0]
    assert isinstance(box, QMessageBox)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "/data/antenna.sqlite" in box.text()
    assert "another DuoDesk window" in box.text()


def test_yes_no_is_true_only_for_yes(answer_dialogs) -> None:
    answer_dialogs(click(QMessageBox.StandardButton.Yes))
    assert messages.ask_yes_no(None, "Go on?") is True
    answer_dialogs(click(QMessageBox.StandardButton.No))
    assert messages.ask_yes_no(None, "Go on?") is False


def test_yes_no_with_own_wording_is_false_when_cancelled(answer_dialogs) -> None:
    answer_dialogs(click(QMessageBox.StandardButton.Cancel))
    assert messages.ask_yes_no(None, "Restore?", yes_text="Restore") is False


def test_unsaved_changes_offer_save_discard_or_cancel(answer_dialogs) -> None:
    answer_dialogs(click(QMessageBox.StandardButton.Discard))
    assert messages.ask_save_discard_cancel(None, "Save?") is messages.Choice.DISCARD
    answer_dialogs(click(QMessageBox.StandardButton.Save))
    assert messages.ask_save_discard_cancel(None, "Save?") is messages.Choice.SAVE
    answer_dialogs(lambda dialog: 0)  # closed with Escape: nothing clicked
    assert messages.ask_save_discard_cancel(None, "Save?") is messages.Choice.CANCEL


def test_folder_and_file_prompts_return_paths_or_none(answer_dialogs, tmp_path: Path) -> None:
    chosen = tmp_path / "backups"
    chosen.mkdir()

    def pick(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(chosen))
        return QDialog.DialogCode.Accepted

    answer_dialogs(pick)
    assert messages.choose_folder(None, "Backup folder", tmp_path) == chosen
    answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    assert messages.choose_folder(None, "Backup folder", tmp_path) is None
    assert messages.open_file(None, "Open", tmp_path, "Workbooks (*.xlsx)") is None
    assert messages.save_file(None, "Save", tmp_path / "out.xlsx") is None
