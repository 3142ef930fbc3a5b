"""Helpers of the import wizard and page tests: the page on a real database, a sample
partner file copied to the test's folder, and steps of the wizard as a coordinator takes
them (choosing a file through the patched prompt, adding a partner, going on)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from duodesk.core.context import Services
from duodesk.ui import messages
from duodesk.ui.imports.page import ImportPage
from duodesk.ui.imports.wizard import ImportWizard
from duodesk.ui.partners_box import PartnerDialog
from tests.conftest import SHARED_DATA

WAIT_MS = 15000


def sample(tmp_path: Path, name: str = "forem_liste_orientations.xlsx") -> Path:
    """A sample partner file, copied so that the rejected rows are written beside it."""
    folder = tmp_path / "from partner"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(SHARED_DATA / name, folder / name))


def make_page(qtbot, services: Services) -> ImportPage:
    page = ImportPage(services.imports, services.partners)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def choose_file(qtbot, monkeypatch: pytest.MonkeyPatch, wizard: ImportWizard,
                path: Path) -> None:
    """Choose ``path`` in the file prompt and wait until it is read (or refused)."""
    asked: list[str] = []

    def prompt(_parent, title, _folder=None, _filters=""):
        asked.append(title)
        return path

    monkeypatch.setattr(messages, "open_file", prompt)
    wizard.file_page.choose_button.click()
    assert asked, "the file prompt goes through duodesk.ui.messages"
    qtbot.waitUntil(lambda: not wizard.file_page.busy, timeout=WAIT_MS)


def add_partner(answer_dialogs, wizard: ImportWizard, name: str) -> None:
    """Add a partner through the wizard's "New partner…" dialog."""

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, PartnerDialog)
        dialog.name_edit.setText(name)
        dialog.accept()
        return dialog.result()

    answer_dialogs(fill)
    wizard.file_page.new_partner_button.click()


def go_next(qtbot, wizard: ImportWizard) -> None:
    """Click Next (or Import on the preview) and wait for the next step to be ready."""
    before = wizard.currentId()
    button = (QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
              else QWizard.WizardButton.NextButton)
    assert wizard.button(button).isEnabled()
    wizard.button(button).click()
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=WAIT_MS)
    if wizard.currentId() == ImportWizard.PREVIEW:
        qtbot.waitUntil(lambda: wizard.plan is not None, timeout=WAIT_MS)


def click_accept(dialog: QDialog) -> int:
    """Answer a question box with its accepting button (the own-worded "yes")."""
    assert isinstance(dialog, QMessageBox), type(dialog)
    for button in dialog.buttons():
        if dialog.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole,
                                         QMessageBox.ButtonRole.YesRole):
            button.click()
            return 0
    raise AssertionError("no accepting button")
