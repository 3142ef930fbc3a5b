"""The main window: a navigation side bar, the pages, the global search field, the menus
and a status bar telling which database is open, who is working and when the last backup
was made.

Pages are registered by the composition root (:meth:`MainWindow.add_page`), so each feature
adds its own; a page may offer ``maybe_save() -> bool`` to be asked about unsaved edits
before the window closes or the database is replaced (:meth:`MainWindow.close_open_work`,
which also closes the windows opened from this one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from duodesk import __version__
from duodesk.core.preferences import Preferences, save_preferences
from duodesk.ui import messages
from duodesk.ui.opened_windows import close_opened_from
from duodesk.ui.search import SearchBar, SearchProvider

DEFAULT_SIZE = QSize(1200, 760)

SIDE_BAR_STYLE = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    outline: none;
    padding-top: 10px;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    margin: 1px 8px;
    border-radius: 6px;
}
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
"""


class DeferredPage(QWidget):
    """A page built the first time it is shown or asked for (:meth:`built`), from the
    function given to :meth:`MainWindow.add_page`."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self.page is None:
            self.page = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            if self.isVisible():  # shown now, not at the next turn of the event loop
                self.page.show()
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.built()
        super().showEvent(event)


def _built(widget: QWidget) -> QWidget:
    return widget.built() if isinstance(widget, DeferredPage) else widget


@dataclass
class _Page:
    key: str
    title: Callable[[], str]
    widget: QWidget
    item: QListWidgetItem


class MainWindow(QMainWindow):
    """The window every feature plugs its page into."""

    page_changed = Signal(str)

    def __init__(self, prefs: Preferences,
                 save_prefs: Callable[[Preferences], None] = save_preferences) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._prefs = prefs
        self._save_prefs = save_prefs
        self._pages: list[_Page] = []
        self._database: Path | None = None
        self._coordinator: str | None = None
        self._last_backup: datetime | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet(SIDE_BAR_STYLE)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setMinimumWidth(170)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, DEFAULT_SIZE.width() - 200])
        self.setCentralWidget(splitter)

        self.search_bar = SearchBar(self)
        self.search_bar.set_provider(None)  # no search until a feature provides one
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search_bar)
        self._build_actions()
        self._build_status_bar()
        self._restore_geometry()
        self.retranslate()

    # --- pages ---------------------------------------------------------------------------
    def add_page(self, key: str, title: Callable[[], str],
                 widget: QWidget | Callable[[], QWidget]) -> None:
        """Show ``widget`` as the page ``key`` (titled by ``title()`` in the current
        language); a page already under ``key`` is replaced in place. Given a function
        instead of a widget, the page is built by it the first time it is shown or asked for
        (:meth:`page`), so that start-up builds only the page it opens on."""
        if not isinstance(widget, QWidget):
            widget = DeferredPage(widget)
        for page in self._pages:
            if page.key == key:
                index = self.stack.indexOf(page.widget)
                self.stack.insertWidget(index, widget)
                self.stack.removeWidget(page.widget)
                page.widget.deleteLater()
                page.widget, page.title = widget, title
                if self.navigation.currentItem() is page.item:
                    self.stack.setCurrentWidget(widget)
                page.item.setText(title())
                return
        item = QListWidgetItem(title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.stack.addWidget(widget)
        self._pages.append(_Page(key, title, widget, item))
        if len(self._pages) == 1:
            self.navigation.setCurrentRow(0)

    @contextmanager
    def building_pages(self, start: str | None) -> Iterator[None]:
        """Add pages without showing any until all are in, then show the page ``start``
        (else the current or the first one): a page reads its data when first shown, and only
        the start page should."""
        self.stack.hide()
        try:
            yield
        finally:
            keys = self.page_keys()
            if start in keys:
                self.navigation.setCurrentRow(keys.index(start))
            elif self.navigation.currentRow() < 0 and keys:
                self.navigation.setCurrentRow(0)
            self.stack.show()

    def page(self, key: str) -> QWidget | None:
        """The page ``key`` (built now if it was not yet), or None."""
        widget = next((p.widget for p in self._pages if p.key == key), None)
        return _built(widget) if widget is not None else None

    def page_keys(self) -> list[str]:
        return [p.key for p in self._pages]

    def current_page_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def show_page(self, key: str) -> None:
        for row, page in enumerate(self._pages):
            if page.key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentWidget(self._pages[row].widget)
            self.page_changed.emit(self._pages[row].key)

    def set_pages_enabled(self, enabled: bool) -> None:
        """Keep the user off the pages and menus while the database is being replaced."""
        self.centralWidget().setEnabled(enabled)
        self.menuBar().setEnabled(enabled)
        self.search_bar.setEnabled(enabled)

    def maybe_save_pages(self) -> bool:
        """Ask every page with unsaved edits what to do; False when the user cancels."""
        for page in self._pages:
            built = page.widget.page if isinstance(page.widget, DeferredPage) else page.widget
            maybe_save = getattr(built, "maybe_save", None)
            if maybe_save is not None and not maybe_save():
                self.show_page(page.key)
                return False
        return True

    def close_open_work(self) -> bool:
        """Before the window closes or its database is replaced: every page with unsaved
        edits asks what to do, then every window opened from this one (a person's file, a
        duo's window) is closed, one with unsaved changes asking save / discard / cancel.
        False when the user cancelled: what is still open stays open."""
        return self.maybe_save_pages() and close_opened_from(self)

    # --- search ----------------------------------------------------------------------------
    def set_search_provider(self, provider: SearchProvider | None) -> None:
        """Turn the global search on with ``provider`` (or off with None)."""
        self.search_bar.set_provider(provider)
        self.search_action.setEnabled(provider is not None)

    # --- menus -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.backup_action = QAction(self)
        self.restore_action = QAction(self)
        self.export_list_action = QAction(self)
        self.export_list_action.triggered.connect(self.export_current_list)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setEnabled(False)
        self.search_action.triggered.connect(lambda: self.search_bar.focus_field())
        self.addAction(self.search_action)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_list_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def page_title_for(self, widget: QWidget) -> str | None:
        """The title of the page that holds ``widget`` (an exported list is named after it)."""
        for page in self._pages:
            if page.widget is widget or page.widget.isAncestorOf(widget):
                return page.title()
        return None

    def current_list(self) -> QTableView | QTreeView | None:
        """The main list of the current page: the one its ``export_table()`` names, else the
        list that has the focus, else its first visible list (a table, or a tree shown as a
        flat list like the Calendar's agenda; Today's groups are not a list)."""
        from duodesk.ui.tables.export import is_list

        page = self.stack.currentWidget()
        if page is None:
            return None
        page = _built(page)
        named = getattr(page, "export_table", None)
        if named is not None:
            return named()
        focused = self.focusWidget()
        if is_list(focused) and page.isAncestorOf(focused):
            return focused
        for view in page.findChildren(QAbstractItemView):
            if is_list(view) and view.isVisibleTo(page):
                return view
        return None

    def export_current_list(self) -> None:
        """File › Export the current list…: the current page's list to Excel, as shown."""
        table = self.current_list()
        if table is None:
            messages.information(self, QCoreApplication.translate(
                "MainWindow", "This page shows no list to export."))
            return
        from duodesk.ui.tables.export import export_table

        export_table(table, self.page_title_for(table), self)

    def show_about(self) -> None:
        title = QCoreApplication.translate("MainWindow", "About DuoDesk")
        html = QCoreApplication.translate(
            "MainWindow",
            "<h3>DuoDesk {version}</h3>"
            "<p>The desktop tool of the regional coordinators of the mentoring-for-employment "
            "programme: mentees, mentors and their duos, kept on this computer.</p>"
            "<p>Made with Python, Qt for Python (PySide6), SQLAlchemy, Alembic, openpyxl, "
            "python-calamine, ReportLab, icalendar, phonenumbers, email-validator, RapidFuzz, "
            "SciPy and platformdirs.</p>"
            "<p>Belgian postcodes: countrystatecity-postal-codes, ODbL "
            "(Open Database License).</p>",
        ).format(version=__version__)
        messages.about(self, title, html)

    # --- status bar ----------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.coordinator_label = QLabel()
        self.backup_label = QLabel()
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.coordinator_label)
        status.addPermanentWidget(self.backup_label)
        for label in (self.database_label, self.coordinator_label, self.backup_label):
            label.setContentsMargins(6, 0, 6, 0)

    def show_opening(self) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening the database…"))

    def show_opened(self) -> None:
        self.statusBar().clearMessage()

    def set_database(self, path: Path) -> None:
        self._database = path
        self._update_status()

    def set_coordinator(self, name: str | None) -> None:
        self._coordinator = name
        self._update_status()

    def set_last_backup(self, moment: datetime | None) -> None:
        self._last_backup = moment
        self._update_status()

    def _update_status(self) -> None:
        if self._database is not None:
            self.database_label.setText(QCoreApplication.translate(
                "MainWindow", "Database: {file}").format(file=self._database.name))
            self.database_label.setToolTip(str(self._database))
        if self._coordinator:
            text = QCoreApplication.translate("MainWindow", "Coordinator: {name}").format(
                name=self._coordinator)
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Coordinator: not chosen (see Settings)")
        self.coordinator_label.setText(text)
        if self._last_backup is not None:
            from duodesk.ui.restore_dialog import format_when

            text = QCoreApplication.translate("MainWindow", "Last backup: {when}").format(
                when=format_when(self._last_backup))
        else:
            text = QCoreApplication.translate("MainWindow", "No backup yet")
        self.backup_label.setText(text)

    # --- language, geometry, closing -------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "DuoDesk"))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", "&Back up now"))
        self.restore_action.setText(
            QCoreApplication.translate("MainWindow", "&Restore from a backup…"))
        self.export_list_action.setText(
            QCoreApplication.translate("MainWindow", "&Export the current list…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About DuoDesk"))
        self.search_action.setText(QCoreApplication.translate("MainWindow", "Search"))
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Pages"))
        for page in self._pages:
            page.item.setText(page.title())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        saved = self._prefs.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.resize(DEFAULT_SIZE)
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(DEFAULT_SIZE.boundedTo(area.size()))
            self.move(area.center() - self.rect().center())

    def save_geometry(self) -> None:
        self._prefs.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self._save_prefs(self._prefs)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_open_work():
            event.ignore()
            return
        self.save_geometry()
        event.accept()
