"""The table of a person's consents (the Consents tab): purpose, given on, text version,
collected by, withdrawn on; withdrawn consents greyed, consents to renew in orange with why
in their tooltip."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from duodesk import labels
from duodesk.core.privacy.consents import ConsentToRenew, ConsentView
from duodesk.ui import formats

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("purpose", "given_on", "text_version", "collected_by", "withdrawn_on")
WITHDRAWN_COLOUR = QColor("#7a7a7a")
# Orange, not red: a consent to renew is to be asked, nothing is late or refused yet.
RENEW_COLOUR = QColor("#a15c00")


def day_text(value: date | None) -> str:
    return formats.date_text(value) if value else "—"


class ConsentTableModel(QAbstractTableModel):
    """A person's consents, one a row; ``ConsentRole`` gives the row's :class:`ConsentView`."""

    ConsentRole = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsentView] = []
        self._renew: dict[uuid.UUID, ConsentToRenew] = {}

    def set_consents(self, consents: Sequence[ConsentView],
                     renew: Sequence[ConsentToRenew] = ()) -> None:
        """Show ``consents``, those of ``renew`` marked as to be asked again."""
        self.beginResetModel()
        self._rows = list(consents)
        self._renew = {item.consent_id: item for item in renew}
        self.endResetModel()

    def renew_count(self) -> int:
        return len(self._renew)

    def _renewal(self, consent: ConsentView) -> str | None:
        item = self._renew.get(consent.id)
        if item is None:
            return None
        if item.reason == "old_text":
            return QCoreApplication.translate(
                "ConsentsTab", "To renew: given under an older text than the current one")
        return QCoreApplication.translate("ConsentsTab", "To renew: expired on {date}").format(
            date=day_text(item.due))

    def consent(self, row: int) -> ConsentView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(COLUMNS):
            return None
        return (QCoreApplication.translate("ConsentsTab", "Purpose"),
                QCoreApplication.translate("ConsentsTab", "Given on"),
                QCoreApplication.translate("ConsentsTab", "Text version"),
                QCoreApplication.translate("ConsentsTab", "Collected by"),
                QCoreApplication.translate("ConsentsTab", "Withdrawn on"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        consent, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == self.ConsentRole:
            return consent
        if role == Qt.ItemDataRole.ToolTipRole and consent.id in self._renew:
            return self._renewal(consent)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "purpose":
                return labels.label(consent.purpose)
            if column == "given_on":
                return day_text(consent.given_on)
            if column == "text_version":
                return consent.text_version
            if column == "collected_by":
                return consent.collected_by_name or "—"
            return day_text(consent.withdrawn_on)
        if role == Qt.ItemDataRole.ForegroundRole and consent.withdrawn_on is not None:
            return QBrush(WITHDRAWN_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and consent.id in self._renew:
            return QBrush(RENEW_COLOUR)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))
