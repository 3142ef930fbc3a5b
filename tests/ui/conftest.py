"""Fixtures of the GUI tests: compiled translations, a guard against unexpected dialogs, a
running program on a real database, and English again after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.i18n import install_translators
from duodesk.paths import resource_path
from duodesk.ui import messages
from duodesk.ui.collector import collect_on_main_thread

# The offscreen platform of the tests has no window system: it says so when a main window
# passes its size hints, a popup grabs the keyboard or a window is raised. Those lines are
# about the platform, not about DuoDesk; every other warning still fails a test.
OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise|grabbing)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def collector_on_gui_thread(qapp: QApplication) -> None:
    """As in the program: garbage cycles are collected on the GUI thread only, never on a
    worker that would destroy a window's Qt objects there."""
    collect_on_main_thread()


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm files (git-ignored; the wheel build makes them), compiled when missing or
    older than their sources."""
    import hatch_build

    folder = resource_path("i18n")
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        hatch_build.compile_translations(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def english_from_the_start(qapp: QApplication, compiled_translations: Path) -> None:
    """As the program does at start-up: English with its plural forms ("1 mentee", not Qt's
    bare "1 mentees"), from the first test on."""
    install_translators(qapp, "en")


class UnexpectedDialog(AssertionError):
    """A test opened a dialog it did not expect (and would have waited for a click)."""


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Every modal dialog goes through messages.run_dialog: fail instead of blocking."""
    seen: list[QDialog] = []

    def refuse(dialog: QDialog) -> int:
        seen.append(dialog)
        text = getattr(dialog, "text", lambda: "")()
        raise UnexpectedDialog(f"unexpected dialog {type(dialog).__name__}: {text}")

    monkeypatch.setattr(messages, "run_dialog", refuse)
    # A program a test starts hands damage to its backups; none outlives the test.
    monkeypatch.setattr(messages, "damage_handler", None)
    return seen


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """After each test: the dialogs it left behind destroyed (a dialog a test builds but never
    closes would otherwise live on, take the next language change and, half torn down by
    Python, crash the whole run), then English again."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    install_translators(qapp, "en")


@pytest.fixture
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[QDialog]]:
    """Replace the dialog runner by ``handler(dialog) -> result``; returns the dialogs seen."""

    def install(handler: Callable[[QDialog], int]) -> list[QDialog]:
        seen: list[QDialog] = []

        def run(dialog: QDialog) -> int:
            seen.append(dialog)
            return handler(dialog)

        monkeypatch.setattr(messages, "run_dialog", run)
        return seen

    return install


@pytest.fixture
def seeded_database(tmp_path: Path) -> Path:
    """A closed database with two coordinators (one of them "who I am") and a home
    antenna."""
    path = tmp_path / "antenna.sqlite"
    database = open_database(path)
    organisation = build_services(database).organisation
    antennas = {a.code: a for a in organisation.antennas()}
    organisation.set_home_antenna(antennas["BXL"].id)
    nadia = organisation.save_coordinator("Nadia El Amrani", "nadia@duo.example",
                                          antennas["BXL"].id)
    organisation.save_coordinator("Pieter Van den Broeck", None, antennas["ANT"].id)
    organisation.set_current_coordinator(nadia.id)
    database.close()
    return path


@pytest.fixture
def program(qtbot, qapp: QApplication, seeded_database: Path):
    """The running program on the seeded database, its first page built."""
    from tests.ui.running import running_program

    with running_program(qtbot, qapp, seeded_database) as app:
        qtbot.waitUntil(lambda: app.settings_page is not None)
        yield app
