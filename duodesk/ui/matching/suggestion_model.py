"""Suggestions as a table: the mentor (or the pair), the score, each criterion's part and
the reasons in words; and the delegate that draws a score or a part as a bar under its
figure, so that a coordinator sees at a glance where the points come from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from duodesk.core.matching.results import Suggestion
from duodesk.core.matching.weights import CRITERIA, MatchingWeights
from duodesk.matching_texts import criterion_name, reasons_text
from duodesk.ui import formats

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

# How full a bar is, 0 to 1 (None: no bar).
BAR_ROLE = int(Qt.ItemDataRole.UserRole) + 10
SUGGESTION_ROLE = int(Qt.ItemDataRole.UserRole) + 11
BAR_COLOUR = QColor(46, 125, 50, 70)


def points(value: float) -> str:
    """Points with one decimal, in the interface language ("12,5" in French)."""
    return formats.number_text(float(value), 1)


class SuggestionModel(QAbstractTableModel):
    """Suggestions in rank order. With ``show_mentee`` (the whole-pool proposal) the first
    column is the mentee and the second the mentor; otherwise the mentor only. A column per
    soft criterion shows its part, its bar measured against the most it can give with
    the weights in force (:meth:`set_suggestions`)."""

    def __init__(self, show_mentee: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_mentee = show_mentee
        self._rows: list[Suggestion] = []
        self._notes: dict[int, str] = {}
        self._most: dict[str, float] = {name: 100.0 for name in CRITERIA}
        self._reasons: dict[int, str] = {}
        names = ["mentee", "mentor"] if show_mentee else ["mentor"]
        self.keys: list[str] = [*names, "score", *CRITERIA, "reasons"]

    # --- content ---------------------------------------------------------------------------
    def set_suggestions(self, rows: Sequence[Suggestion],
                        weights: MatchingWeights | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reasons.clear()
        self._notes.clear()
        if weights is not None and weights.total:
            self._most = {name: 100.0 * getattr(weights, name) / weights.total
                          for name in CRITERIA}
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def suggestion(self, row: int) -> Suggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, mentee_id: Any, mentor_id: Any = None) -> int:
        for row, item in enumerate(self._rows):
            if item.mentee_id == mentee_id and mentor_id in (None, item.mentor_id):
                return row
        return -1

    def replace(self, row: int, suggestion: Suggestion) -> None:
        self._rows[row] = suggestion
        self._reasons.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.keys) - 1))

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._reasons.clear()
            self.endRemoveRows()

    def set_note(self, row: int, note: str) -> None:
        """A word added under the mentor's name (e.g. already proposed elsewhere)."""
        self._notes[row] = note

    # --- the model's interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.keys):
            return None
        key = self.keys[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(key)
        if role == Qt.ItemDataRole.ToolTipRole and key in CRITERIA:
            return translate("SuggestionModel", "Points given by this criterion, at most "
                             "{most}").format(most=points(self._most[key]))
        return None

    @staticmethod
    def _title(key: str) -> str:
        if key == "mentee":
            return translate("SuggestionModel", "Mentee")
        if key == "mentor":
            return translate("SuggestionModel", "Mentor")
        if key == "score":
            return translate("SuggestionModel", "Score")
        if key == "reasons":
            return translate("SuggestionModel", "Why")
        return criterion_name(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        key = self.keys[index.column()]
        if role == SUGGESTION_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), item, key, role)
        if role == BAR_ROLE:
            if key == "score":
                return max(0.0, min(1.0, item.score / 100.0))
            if key in CRITERIA:
                most = self._most.get(key) or 0.0
                return max(0.0, min(1.0, item.criteria.get(key, 0.0) / most)) if most else 0.0
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and (key == "score" or key in CRITERIA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, item: Suggestion, key: str, role: int) -> str | None:
        if key == "mentee":
            return item.mentee_name
        if key == "mentor":
            note = self._notes.get(row)
            return f"{item.mentor_name} ({note})" if note else item.mentor_name
        if key == "score":
            return points(item.score)
        if key == "reasons":
            text = self._reasons.get(row)
            if text is None:
                text = self._reasons[row] = reasons_text(item.reasons)
            return text
        given = item.criteria.get(key, 0.0)
        value = points(given)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A plural form chosen by the points' whole part: French says "0,5 point" and
            # "1,0 point sur 25,0" (singular below 2); English and Dutch, with a decimal
            # always shown, "points" / "punten" in both forms.
            return self.tr("{criterion}: {points} of {most} points", "", int(abs(given))).format(
                criterion=criterion_name(key), points=value, most=points(self._most[key]))
        return value

    def retranslate(self) -> None:
        """Titles, figures and reasons again in the language installed; the selection
        stays."""
        self._reasons.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.keys) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.keys) - 1))


class BarDelegate(QStyledItemDelegate):
    """Draws a cell's :data:`BAR_ROLE` fraction as a pale bar behind its figure."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(BAR_ROLE)
        widget = option.widget  # type: ignore[attr-defined]
        if not isinstance(fraction, float) or widget is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""  # type: ignore[attr-defined]
        style = widget.style()
        # The cell's background and selection first, then the bar, then the figure on top.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        bar = QRect(option.rect.adjusted(3, 4, -3, -4))  # type: ignore[attr-defined]
        bar.setWidth(int(bar.width() * fraction))
        painter.fillRect(bar, BAR_COLOUR)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        style.drawItemText(painter, option.rect.adjusted(4, 0, -6, 0),  # type: ignore[attr-defined]
                           int(item.displayAlignment), option.palette,  # type: ignore[attr-defined]
                           True, text, role)
