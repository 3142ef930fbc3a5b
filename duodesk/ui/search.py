"""The global search field of the main window's tool bar: it finds any person or duo as the
user types and opens the one chosen. What is searched is given by a :class:`SearchProvider`
(the person search of the next features); without one, the field stays hidden."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QSizePolicy, QToolBar, QWidget

# Results follow each keystroke (a few milliseconds with the full-text index); the zero-delay
# timer folds keystrokes that arrive within one turn of the event loop into one search.
SEARCH_DELAY_MS = 0
SEARCH_LIMIT = 20
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SearchHit:
    """One line of the search results: what is shown, and what opening it needs."""

    title: str
    detail: str
    key: object


class SearchProvider(Protocol):
    """Finds records as the user types and opens the one chosen."""

    def search(self, text: str, limit: int) -> list[SearchHit]: ...

    def open(self, hit: SearchHit) -> None: ...


class SearchBar(QToolBar):
    """A tool bar holding the search field, its results popup and its provider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setMovable(False)
        self.setFloatable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.field = QLineEdit()
        self.field.setObjectName("globalSearch")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(360)
        self.addWidget(spacer)
        self.addWidget(self.field)
        self.provider: SearchProvider | None = None
        self.results = QStandardItemModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.field)
        self.completer.activated[QModelIndex].connect(self._open_hit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.retranslate()

    def set_provider(self, provider: SearchProvider | None) -> None:
        self.provider = provider
        self.setVisible(provider is not None)

    def run_search(self) -> None:
        """Ask the provider for what matches the text typed, and show it."""
        text = self.field.text().strip()
        self.results.clear()
        if self.provider is None or not text:
            self.completer.popup().hide()
            return
        for hit in self.provider.search(text, SEARCH_LIMIT):
            item = QStandardItem(f"{hit.title} — {hit.detail}" if hit.detail else hit.title)
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if self.results.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None and self.provider is not None:
            self.field.clear()
            self.provider.open(hit)

    def focus_field(self) -> None:
        if self.provider is not None:
            self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.field.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SearchBar", "Search"))
        self.field.setPlaceholderText(QCoreApplication.translate(
            "SearchBar", "Search a mentee, mentor or duo by name, email or phone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
