"""The Duos and Evaluations tabs of a person's file: the duos of a mentee or a mentor with
their status and dates, and the evaluation forms of those duos. A row opens the duo's
window (``opened(duo_id)``).

The tabs read nothing until they are first shown, so that opening a file stays as fast as
before; :meth:`refresh` reads them again after a duo changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from duodesk.core.services.duo_data import DuoQuery
from duodesk.core.services.duos import DuoService
from duodesk.ui.duos import texts
from duodesk.ui.duos.duo_tabs import record_table
from duodesk.ui.duos.models import EvaluationRow, EvaluationTableModel, duo_columns
from duodesk.ui.persons.read_when_shown import ReadWhenShown
from duodesk.ui.tables.lazy_model import LazyTableModel
from duodesk.ui.tables.view import RecordTable


class _NoDuos:
    def ids(self, sort_key: str | None, descending: bool) -> list[Hashable]:
        return []

    def rows(self, ids: Sequence[Hashable]) -> list[Any]:
        return []


class _LoadedWhenShown(ReadWhenShown):
    """Reads its person's duo data the first time it is shown, and again when asked."""

    opened = Signal(object)  # a duo's uuid.UUID

    def __init__(self, duos: DuoService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duos = duos
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "empty_label"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class PersonDuosTab(_LoadedWhenShown):
    """A person's duos, the latest proposal first."""

    def __init__(self, duos: DuoService, parent: QWidget | None = None) -> None:
        super().__init__(duos, parent)
        self.model = LazyTableModel(duo_columns(duos.today), _NoDuos(), self)
        self.table = RecordTable(self.model)
        self.table.setSortingEnabled(False)  # few rows: the latest first says enough
        # A person's few duos, ended ones too: their end date is shown as well.
        self.table.set_visible_columns([column.key for column in self.model.columns])
        self.table.opened.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def load(self) -> None:
        query = DuoQuery(person_id=self.person_id, sort="proposed_on", descending=True)
        self.model.set_source(self.duos.table_source(query))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()

    def _open(self, duo_id: object) -> None:
        if isinstance(duo_id, uuid.UUID):
            self.opened.emit(duo_id)

    def retranslate(self) -> None:
        self.empty_label.setText(QCoreApplication.translate(
            "PersonDuos", "No duo yet. Duos are formed on the Matching page."))
        self.model.retranslate()
        # The titles whole in every language, before any duo is read (a new person's file).
        self.table.resizeColumnsToContents()


class PersonEvaluationsTab(_LoadedWhenShown):
    """The evaluation forms of a person's duos, duo by duo."""

    def __init__(self, duos: DuoService, parent: QWidget | None = None) -> None:
        super().__init__(duos, parent)
        self.model = EvaluationTableModel(with_duo=True, parent=self)
        self.table = record_table(self.model)
        self.table.doubleClicked.connect(self._open_index)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def load(self) -> None:
        assert self.person_id is not None
        rows = []
        for duo in self.duos.duos_of_person(self.person_id):
            name = texts.duo_name(duo)
            rows.extend(EvaluationRow(form, name)
                        for form in self.duos.evaluations_of_duo(duo.id))
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_object(index.row()) if index.isValid() else None
        if row is not None:
            self.opened.emit(row.evaluation.duo_id)

    def retranslate(self) -> None:
        self.empty_label.setText(QCoreApplication.translate(
            "PersonDuos", "No evaluation recorded yet. They are recorded in the duo's window."))
        self.model.retranslate()
