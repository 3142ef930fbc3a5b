"""The program's windows carry DuoDesk's icon (the build's executables carry it on Windows
and macOS; on Linux only the window can show it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from duodesk import app
from duodesk.core.database import Database
from duodesk.ui import messages


def test_the_program_sets_its_icon_from_the_shipped_picture(
        qtbot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "error", lambda *args, **kwargs: None)
    QApplication.setWindowIcon(QIcon())
    try:
        # The database is already open in this test (the db fixture): the program refuses
        # a second window at once, after setting up the application.
        assert app.run(db_path) == 1
        icon = QApplication.windowIcon()
        assert not icon.isNull()
        assert icon.pixmap(32, 32).width() == 32
    finally:
        QApplication.setWindowIcon(QIcon())
