"""Every message box and file or folder prompt of DuoDesk goes through this module.

Screens call ``messages.error(...)``, ``messages.ask_yes_no(...)``, ``messages.open_file(...)``
and never build a ``QMessageBox`` or ``QFileDialog`` themselves, so that a test patches one
place (the idea of qutebrowser's ``misc/msgbox.py``). Every modal dialog, message boxes and
DuoDesk's own dialogs alike, is run by :func:`run_dialog`; the UI tests replace it so that an
unexpected dialog fails the test instead of waiting for a click that never comes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from duodesk.core.errors import DatabaseDamaged, DuoDeskError
from duodesk.messages import describe

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

# Qt builds a widget class the first time it is named, and QMessageBox and QFileDialog are
# large: this module is imported on the way to the first window, so they are imported in
# the functions that show one.


class Choice(Enum):
    """The answer to "save your changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def app_title() -> str:
    return QCoreApplication.translate("Messages", "DuoDesk")


def run_dialog(dialog: QDialog) -> int:
    """Run a modal dialog and return its result (the one seam the tests replace)."""
    return dialog.exec()


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    title: str | None,
    details: str | None = None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title or app_title(), text, QMessageBox.StandardButton.NoButton,
                      parent)
    if details:
        box.setInformativeText(details)
    return box


def information(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user something went as asked."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Information, text, title)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_dialog(box)


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Warn about something the user should know before going on."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, text, title)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_dialog(box)


# Set by the running program: what to do when some work finds the database damaged, at any
# moment after it opened (offer its backups), instead of a plain message.
damage_handler: Callable[[DatabaseDamaged], None] | None = None


def error(parent: QWidget | None, problem: DuoDeskError | str, title: str | None = None) -> None:
    """Say what went wrong: a core error in its translated sentence, or a ready text. A
    damaged database is handed to :data:`damage_handler` when the program set one."""
    from PySide6.QtWidgets import QMessageBox

    if damage_handler is not None and isinstance(problem, DatabaseDamaged):
        damage_handler(problem)
        return
    text = describe(problem) if isinstance(problem, DuoDeskError) else problem
    box = _box(parent, QMessageBox.Icon.Critical, text, title)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_dialog(box)


def ask_yes_no(
    parent: QWidget | None,
    text: str,
    title: str | None = None,
    *,
    yes_text: str | None = None,
    default_yes: bool = False,
) -> bool:
    """Ask a question; True when the user answers yes (or ``yes_text``)."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, text, title)
    if yes_text:
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        yes = box.addButton(QMessageBox.StandardButton.Yes)
        no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    run_dialog(box)
    return box.clickedButton() is yes


def ask_choice(
    parent: QWidget | None,
    text: str,
    choices: list[str],
    cancel_text: str,
    title: str | None = None,
) -> int | None:
    """Ask to choose one of ``choices`` (one button each, the first the default) or
    ``cancel_text``; the index of the choice, None for cancel or a closed box."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, text, title)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel)
    run_dialog(box)
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_save_discard_cancel(
    parent: QWidget | None, text: str, title: str | None = None
) -> Choice:
    """Ask what to do with unsaved changes; closing the box means Cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, text, title)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    run_dialog(box)
    clicked = box.standardButton(box.clickedButton())
    if clicked == buttons.Save:
        return Choice.SAVE
    if clicked == buttons.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def about(parent: QWidget | None, title: str, html: str) -> None:
    """The About box."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.NoIcon, html, title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    run_dialog(box)


def _file_dialog(parent: QWidget | None, title: str, folder: Path | None) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog(parent, title, str(folder) if folder else "")


def open_file(
    parent: QWidget | None, title: str, folder: Path | None = None, filters: str = ""
) -> Path | None:
    """Ask for an existing file to open; None when cancelled."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    dialog = _file_dialog(parent, title, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilter(filters)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def save_file(
    parent: QWidget | None, title: str, suggested: Path | None = None, filters: str = ""
) -> Path | None:
    """Ask where to save a file (the dialog asks before replacing one); None when cancelled."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    dialog = _file_dialog(parent, title, suggested.parent if suggested else None)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested:
        dialog.selectFile(suggested.name)
    if filters:
        dialog.setNameFilter(filters)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_folder(
    parent: QWidget | None, title: str, folder: Path | None = None
) -> Path | None:
    """Ask for a folder; None when cancelled."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    dialog = _file_dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def crash(parent: QWidget | None, log_path: Path | None, details: str) -> None:
    """Tell the user that something unexpected happened (see :mod:`duodesk.ui.crash`)."""
    from duodesk.ui.crash_dialog import CrashDialog

    run_dialog(CrashDialog(log_path, details, parent))
