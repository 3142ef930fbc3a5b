"""The "Files due" tab of the Privacy page: the retention queue (who, role, status, why,
since when, due since), read on a worker; anonymise the files selected or all of them after
a confirmation, on a worker with progress; erasure on request."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.privacy.retention import DueFile
from duodesk.ui import formats, messages
from duodesk.ui.privacy import texts

if TYPE_CHECKING:
    from duodesk.core.context import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)
Index = QModelIndex | QPersistentModelIndex

NAME, ROLE, STATUS, WHY, SINCE, DUE = range(6)


class DueModel(QAbstractTableModel):
    """The files due, in the order read (the longest overdue first)."""

    FileRole = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.files: list[DueFile] = []

    def set_files(self, files: list[DueFile]) -> None:
        self.beginResetModel()
        self.files = list(files)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.files):
            return None
        item = self.files[index.row()]
        if role == self.FileRole:
            return item
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == NAME:
            return item.name
        if column == ROLE:
            return texts.role(item.role)
        if column == STATUS:
            return texts.status(item.role, item.status)
        if column == WHY:
            return texts.basis(item.basis)
        return texts.day(item.since if column == SINCE else item.due_on)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NAME: translate("FilesDue", "Name"), ROLE: translate("FilesDue", "Role"),
            STATUS: translate("FilesDue", "Status"), WHY: translate("FilesDue", "Why"),
            SINCE: translate("FilesDue", "Since"), DUE: translate("FilesDue", "Due since"),
        }.get(section)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self.files:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.files) - 1, 5))


class FilesDueTab(QWidget):
    """The retention queue; ``changed`` after files were anonymised or a person erased."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, services: Services,
                 open_person: Callable[[uuid.UUID], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._open_person = open_person
        self._reading = False
        self._read_again = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary = QLabel()
        self.summary.setObjectName("filesDueSummary")
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("filesDue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.selected_button = QPushButton()
        self.selected_button.setObjectName("anonymiseSelected")
        self.selected_button.clicked.connect(self.anonymise_selected)
        self.all_button = QPushButton()
        self.all_button.setObjectName("anonymiseAll")
        self.all_button.clicked.connect(self.anonymise_all)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseOnRequest")
        self.erase_button.clicked.connect(self.erase)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.selected_button)
        buttons.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        from duodesk.ui.worker import run_in_background

        if self._reading:
            self._read_again = True  # something changed during this reading: read again
            return
        self._reading = True
        retention = self._services.retention
        run_in_background(self, lambda _progress: retention.due(), "", self.show_files,
                          self._read_failed, delay_ms=None)

    def _read_failed(self, _error: BaseException) -> bool:
        self._reading = self._read_again = False
        return False

    def show_files(self, files: list[DueFile]) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        self.model.set_files(files)
        self.table.resizeColumnsToContents()
        self._show_summary()
        self._update()
        self.loaded.emit()

    def selected_files(self) -> list[DueFile]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.files[row] for row in rows]

    # --- actions ---------------------------------------------------------------------------
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self._open_person is not None:
            self._open_person(self.model.files[index.row()].id)

    def anonymise_selected(self) -> None:
        self._anonymise(self.selected_files())

    def anonymise_all(self) -> None:
        self._anonymise(list(self.model.files))

    def _anonymise(self, files: list[DueFile]) -> None:
        from duodesk.ui.worker import run_in_background

        if not files:
            return
        count = len(files)
        if count == 1:
            question = translate("FilesDue", "Anonymise the file of {name}?").format(
                name=files[0].name)
        else:
            question = translate("FilesDue", "Anonymise {count} files?").format(
                count=formats.number_text(count))
        details = translate(
            "FilesDue", "Names, contact details, birth date, languages, journal, consents "
            "and every text written about them are removed for good; what the programme's "
            "figures need (age band, municipality, dates, statuses, duos, outcomes, "
            "evaluation answers) is kept. Backups made before keep the files as they are "
            "now until they are replaced.")
        title = translate("FilesDue", "Anonymise")
        if not messages.ask_yes_no(self, f"{question}\n\n{details}", title,
                                   yes_text=translate("FilesDue", "Anonymise")):
            return
        ids = [item.id for item in files]
        anonymisation = self._services.anonymisation
        run_in_background(
            self, lambda progress: anonymisation.anonymise(ids, progress),
            translate("FilesDue", "Anonymising files…"), self._anonymised,
            self._anonymise_failed)

    def _anonymised(self, count: int) -> None:
        messages.information(self, self.tr("%Ln files anonymised.", "", count))
        self.changed.emit()
        self.refresh()

    def _anonymise_failed(self, _error: BaseException) -> bool:
        # A cancel keeps the files done until then (one transaction per file): show them.
        self.changed.emit()
        self.refresh()
        return False

    def erase(self) -> None:
        from duodesk.ui.privacy.erasure import choose_and_erase

        choose_and_erase(self, self._services, lambda _result: self._erased())

    def _erased(self) -> None:
        self.changed.emit()
        self.refresh()

    # --- language ------------------------------------------------------------------------
    def _update(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.selected_button.setEnabled(selected)
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.all_button.setEnabled(bool(self.model.files))

    def _show_summary(self) -> None:
        count = len(self.model.files)
        if count == 0:
            text = translate("FilesDue", "No file is due for anonymisation.")
        elif count == 1:
            text = translate("FilesDue", "1 file is due for anonymisation.")
        else:
            text = translate("FilesDue", "{count} files are due for anonymisation.").format(
                count=formats.number_text(count))
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.intro.setText(translate(
            "FilesDue", "Files kept longer than the retention periods set under Settings → "
            "Retention. Anonymising a file removes what names the person and keeps what the "
            "programme's figures need."))
        self.open_button.setText(translate("FilesDue", "Open the file"))
        self.selected_button.setText(translate("FilesDue", "Anonymise selected…"))
        self.all_button.setText(translate("FilesDue", "Anonymise all…"))
        self.erase_button.setText(translate("FilesDue", "Erase on request…"))
        self.refresh_button.setText(translate("FilesDue", "Refresh"))
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
