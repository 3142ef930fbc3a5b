"""The crash handler writes a report without personal data and shows the crash dialog,
for exceptions of the main thread and of any other thread."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from duodesk.core.errors import InvalidValue
from duodesk.ui import messages
from duodesk.ui.crash import CrashHandler, technical_report
from duodesk.ui.crash_dialog import CrashDialog

SECRET = "Fatima Benali <fatima.benali@example.be>"


def raise_with_personal_data() -> None:
    customer = SECRET  # noqa: F841 — a local that must not reach the log
    raise ValueError(f"no mentor for {SECRET}")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, str]]:
    seen: list[tuple[Path | None, str]] = []
    monkeypatch.setattr(messages, "crash", lambda parent, path, details:
                        seen.append((path, details)))
    return seen


@pytest.fixture
def handler(tmp_path: Path):
    crash_handler = CrashHandler(tmp_path / "logs")
    crash_handler.install()
    yield crash_handler
    crash_handler.uninstall()


def test_the_log_names_the_exception_and_frames_but_no_message(handler: CrashHandler,
                                                                shown: list) -> None:
    try:
        raise_with_personal_data()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert handler.last_log is not None and handler.last_log.is_file()
    report = handler.last_log.read_text(encoding="utf-8")
    assert "builtins.ValueError" in report
    assert "in raise_with_personal_data" in report
    assert "test_crash.py:" in report
    assert "Fatima" not in report and "example.be" not in report
    assert str(Path.home()) not in report  # file names relative to their package
    assert shown == [(handler.last_log, report)]


def test_a_duodesk_error_is_logged_by_its_code(tmp_path: Path) -> None:
    try:
        raise InvalidValue(field="email", reason="email", value=SECRET)
    except InvalidValue as error:
        report = technical_report(type(error), error, error.__traceback__)
    assert "code=invalid_value (field=email, reason=email)" in report
    assert "Fatima" not in report


def test_a_chained_cause_is_logged_without_its_message() -> None:
    try:
        try:
            raise_with_personal_data()
        except ValueError as cause:
            raise RuntimeError(SECRET) from cause
    except RuntimeError as error:
        report = technical_report(type(error), error, error.__traceback__)
    assert report.index("builtins.ValueError") < report.index("which led to")
    assert "builtins.RuntimeError" in report
    assert "Fatima" not in report


def test_an_exception_of_another_thread_is_shown_by_the_main_thread(
        qtbot, handler: CrashHandler, shown: list) -> None:
    worker = threading.Thread(target=raise_with_personal_data)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Fatima" not in handler.last_log.read_text(encoding="utf-8")


def test_the_dialog_copies_the_technical_details(qtbot, tmp_path: Path) -> None:
    dialog = CrashDialog(tmp_path / "crash.log", "builtins.KeyError\n  x.py:1 in f\n")
    qtbot.addWidget(dialog)
    assert str(tmp_path / "crash.log") in dialog.message.text()
    assert not dialog.details_view.isVisible()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "builtins.KeyError\n  x.py:1 in f\n"
    assert dialog.copy_button.text() == "Copied"
