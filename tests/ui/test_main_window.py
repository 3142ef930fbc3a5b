"""The main window: pages registered by the composition root, the search field that stays
hidden until a feature provides a search, the status bar, geometry kept between runs, the
About box."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from duodesk.core.preferences import Preferences, load_preferences
from duodesk.ui.main_window import MainWindow
from duodesk.ui.search import SearchHit


@pytest.fixture
def window(qtbot) -> MainWindow:
    main = MainWindow(Preferences())
    qtbot.addWidget(main)
    return main


def test_pages_appear_in_the_side_bar_in_order_and_can_be_replaced(window: MainWindow) -> None:
    first, second, replacement = QLabel("one"), QLabel("two"), QLabel("two again")
    window.add_page("today", lambda: "Today", first)
    window.add_page("settings", lambda: "Settings", second)
    assert [window.navigation.item(i).text() for i in range(2)] == ["Today", "Settings"]
    assert window.current_page_key() == "today"
    window.show_page("settings")
    assert window.stack.currentWidget() is second
    window.add_page("settings", lambda: "Settings", replacement)
    assert window.page_keys() == ["today", "settings"]
    assert window.stack.currentWidget() is replacement
    window.navigation.setCurrentRow(0)
    assert window.stack.currentWidget() is first


def test_a_page_given_as_a_function_is_built_when_first_shown_or_asked_for(
        window: MainWindow) -> None:
    built: list[str] = []

    def make(name: str):
        def build() -> QLabel:
            built.append(name)
            return QLabel(name)
        return build

    window.show()
    with window.building_pages("mentors"):
        window.add_page("today", lambda: "Today", make("today"))
        window.add_page("mentors", lambda: "Mentors", make("mentors"))
        window.add_page("settings", lambda: "Settings", make("settings"))
    assert window.current_page_key() == "mentors"
    assert built == ["mentors"]  # the start page only
    page = window.page("mentors")
    assert isinstance(page, QLabel) and page.text() == "mentors" and page.isVisible()
    assert built == ["mentors"]  # built once
    settings = window.page("settings")  # asked for: built, not shown
    assert isinstance(settings, QLabel) and built == ["mentors", "settings"]
    window.show_page("today")
    today = window.page("today")
    assert isinstance(today, QLabel) and today.isVisible()
    assert built == ["mentors", "settings", "today"]


class FakeSearch:
    """A stand-in for the person search of the next feature."""

    def __init__(self) -> None:
        self.opened: list[SearchHit] = []

    def search(self, text: str, limit: int) -> list[SearchHit]:
        names = ["Amina Haddad", "Amir Rahimi", "Pieter Claes"]
        return [SearchHit(name, "mentee", name) for name in names
                if text.lower() in name.lower()][:limit]

    def open(self, hit: SearchHit) -> None:
        self.opened.append(hit)


def test_search_is_hidden_until_a_provider_is_set_then_finds_and_opens(
        qtbot, window: MainWindow) -> None:
    window.show()
    assert not window.search_bar.isVisible()
    assert not window.search_action.isEnabled()
    provider = FakeSearch()
    window.set_search_provider(provider)
    assert window.search_bar.isVisible()
    qtbot.keyClicks(window.search_bar.field, "ami")
    qtbot.waitUntil(lambda: window.search_bar.results.rowCount() == 2)
    assert window.search_bar.results.item(0).text() == "Amina Haddad — mentee"
    window.search_bar.completer.activated[type(window.search_bar.results.index(0, 0))].emit(
        window.search_bar.results.index(1, 0))
    assert [hit.title for hit in provider.opened] == ["Amir Rahimi"]
    assert window.search_bar.field.text() == ""
    window.set_search_provider(None)
    assert not window.search_bar.isVisible()


def test_status_bar_names_database_coordinator_and_last_backup(window: MainWindow) -> None:
    window.set_database(Path("/data/antenna-bxl.sqlite"))
    assert window.database_label.text() == "Database: antenna-bxl.sqlite"
    assert window.database_label.toolTip() == "/data/antenna-bxl.sqlite"
    assert "not chosen" in window.coordinator_label.text()
    window.set_coordinator("Nadia El Amrani")
    assert window.coordinator_label.text() == "Coordinator: Nadia El Amrani"
    assert window.backup_label.text() == "No backup yet"
    window.set_last_backup(datetime(2026, 3, 14, 9, 30))
    assert "2026" in window.backup_label.text() and "9:30" in window.backup_label.text()


def test_geometry_is_saved_on_close_and_restored(qtbot) -> None:
    prefs = Preferences()
    first = MainWindow(prefs)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # within the 800×600 offscreen screen
    first.close()
    saved = load_preferences()
    assert saved.window_geometry
    second = MainWindow(saved)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_a_page_with_unsaved_edits_can_stop_the_closing(qtbot, window: MainWindow) -> None:
    class Editing(QLabel):
        answer = False

        def maybe_save(self) -> bool:
            return self.answer

    page = Editing("editing")
    window.add_page("mentees", lambda: "Mentees", page)
    window.show()
    assert not window.close()
    assert window.isVisible()
    page.answer = True
    assert window.close()


def test_about_names_the_version_and_the_postcode_credit(window: MainWindow,
                                                         answer_dialogs) -> None:
    seen = answer_dialogs(lambda dialog: 0)
    window.about_action.trigger()
    text = seen[0].text()
    assert "DuoDesk 0." in text
    assert "countrystatecity-postal-codes" in text and "ODbL" in text
    assert seen[0].textFormat() == Qt.TextFormat.RichText


def test_default_size_fits_the_screen(window: MainWindow) -> None:
    screen = window.screen().availableGeometry()
    assert window.width() == min(1200, screen.width())
    assert window.height() >= min(760, screen.height())
