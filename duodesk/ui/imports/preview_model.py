"""The preview of a partner import (SPEC §5.2) as a table model: every data row of the
file with its class — valid, valid with warnings, duplicate, rejected — shown by a tint, an
icon and a word (colour is never the only cue), the reasons in the user's language, the
person or earlier row a duplicate repeats, and the coordinator's decision for each
duplicate (skip, merge or create; skip unless changed).

:class:`ClassFilter` narrows the table to one class. Both hold only plain data (the
service's :class:`ImportPlan`), so they never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from duodesk.core.imports.plan import DuplicateChoice, ImportPlan, PlannedRow, RowClass
from duodesk.core.imports.source import ImportField, RowIssue
from duodesk.ui import formats

AnyIndex = QModelIndex | QPersistentModelIndex
CLASS_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

CLASS_NAMES = {
    RowClass.VALID: QT_TRANSLATE_NOOP("ImportPreview", "Valid"),
    RowClass.WARNINGS: QT_TRANSLATE_NOOP("ImportPreview", "Valid, with warnings"),
    RowClass.DUPLICATE: QT_TRANSLATE_NOOP("ImportPreview", "Duplicate"),
    RowClass.REJECTED: QT_TRANSLATE_NOOP("ImportPreview", "Rejected"),
}
CHOICE_NAMES = {
    DuplicateChoice.SKIP: QT_TRANSLATE_NOOP("ImportPreview", "Skip"),
    DuplicateChoice.MERGE: QT_TRANSLATE_NOOP("ImportPreview", "Merge"),
    DuplicateChoice.CREATE: QT_TRANSLATE_NOOP("ImportPreview", "Create anyway"),
}
# The hue of each class, mixed into the palette's base colour so that the tint stays light
# on a light palette and dark on a dark one, with the palette's own text readable on it.
CLASS_HUES = {
    RowClass.VALID: QColor(46, 160, 67),
    RowClass.WARNINGS: QColor(230, 160, 0),
    RowClass.DUPLICATE: QColor(40, 110, 220),
    RowClass.REJECTED: QColor(215, 45, 45),
}
TINT = 0.22
CLASS_ICONS = {
    RowClass.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
    RowClass.WARNINGS: QStyle.StandardPixmap.SP_MessageBoxWarning,
    RowClass.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    RowClass.REJECTED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def class_name(row_class: RowClass) -> str:
    return QCoreApplication.translate("ImportPreview", CLASS_NAMES[row_class])


def choice_name(choice: DuplicateChoice) -> str:
    return QCoreApplication.translate("ImportPreview", CHOICE_NAMES[choice])


def class_tint(row_class: RowClass, palette: QPalette | None = None) -> QColor:
    """The background of a row of this class on the given (or the application's) palette."""
    base = (palette or QApplication.palette()).color(QPalette.ColorRole.Base)
    hue = CLASS_HUES[row_class]
    return QColor(round(base.red() + (hue.red() - base.red()) * TINT),
                  round(base.green() + (hue.green() - base.green()) * TINT),
                  round(base.blue() + (hue.blue() - base.blue()) * TINT))


def class_icon(row_class: RowClass) -> QIcon:
    return QApplication.style().standardIcon(CLASS_ICONS[row_class])


def _date(value: object) -> str:
    if not isinstance(value, date):
        return "" if value is None else str(value)
    return formats.date_text(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class PreviewModel(QAbstractTableModel):
    """Every planned row of an import and the decision taken for each duplicate."""

    # What a coordinator decides on comes first; the contact details after.
    NUMBER, CLASS, LAST_NAME, FIRST_NAME, REASONS, DUPLICATE_OF, DECISION, BIRTH_DATE, EMAIL, \
        PHONE, MUNICIPALITY = range(11)
    COLUMNS = 11

    def __init__(self, plan: ImportPlan, describe: Callable[[RowIssue], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._rows = list(plan.rows)
        self._describe = describe
        self._reasons: dict[int, str] = {}  # row index → sentences, made once when shown
        # Asked for every painted cell: made once per model.
        self._tints = {row_class: class_tint(row_class) for row_class in RowClass}
        self._icons = {row_class: class_icon(row_class) for row_class in RowClass}
        self.choices: dict[int, DuplicateChoice] = {
            row.number: DuplicateChoice.SKIP for row in self._rows
            if row.row_class == RowClass.DUPLICATE}

    # --- decisions --------------------------------------------------------------------------
    def set_choice(self, number: int, choice: DuplicateChoice) -> None:
        """The decision for the duplicate row with that row number."""
        if number not in self.choices:
            raise KeyError(number)
        self.choices[number] = DuplicateChoice(choice)
        row = next(i for i, r in enumerate(self._rows) if r.number == number)
        index = self.index(row, self.DECISION)
        self.dataChanged.emit(index, index)

    def set_all_choices(self, choice: DuplicateChoice) -> None:
        """The same decision for every duplicate ("apply to all duplicates")."""
        for number in self.choices:
            self.choices[number] = DuplicateChoice(choice)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.DECISION),
                                  self.index(len(self._rows) - 1, self.DECISION))

    def planned_row(self, row: int) -> PlannedRow:
        return self._rows[row]

    # --- the model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        translate = QCoreApplication.translate
        titles = {
            self.NUMBER: translate("ImportPreview", "Row"),
            self.CLASS: translate("ImportPreview", "Check"),
            self.LAST_NAME: translate("ImportPreview", "Last name"),
            self.FIRST_NAME: translate("ImportPreview", "First name"),
            self.REASONS: translate("ImportPreview", "Remarks"),
            self.DUPLICATE_OF: translate("ImportPreview", "Already known as"),
            self.DECISION: translate("ImportPreview", "What to do"),
            self.BIRTH_DATE: translate("ImportPreview", "Birth date"),
            self.EMAIL: translate("ImportPreview", "Email"),
            self.PHONE: translate("ImportPreview", "Phone"),
            self.MUNICIPALITY: translate("ImportPreview", "Municipality"),
        }
        return titles[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() == self.DECISION
                and self._rows[index.row()].row_class == RowClass.DUPLICATE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            choice = DuplicateChoice(value)
        except ValueError:
            return False
        self.set_choice(self._rows[index.row()].number, choice)
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == CLASS_ROLE:
            return row.row_class
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == Qt.ItemDataRole.EditRole and column == self.DECISION:
            return self.choices.get(row.number)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tints[row.row_class]
        if role == Qt.ItemDataRole.DecorationRole and column == self.CLASS:
            return self._icons[row.row_class]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.REASONS, self.CLASS):
            return self._reasons_of(index.row(), row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _reasons_of(self, index: int, row: PlannedRow) -> str:
        if index not in self._reasons:
            self._reasons[index] = "; ".join(self._describe(issue) for issue in row.issues)
        return self._reasons[index]

    def _display(self, index: int, row: PlannedRow, column: int) -> Any:
        values = row.values
        if column == self.NUMBER:
            return row.number
        if column == self.CLASS:
            return class_name(row.row_class)
        if column == self.LAST_NAME:
            return _text(values.get(ImportField.LAST_NAME))
        if column == self.FIRST_NAME:
            return _text(values.get(ImportField.FIRST_NAME))
        if column == self.BIRTH_DATE:
            return _date(values.get(ImportField.BIRTH_DATE))
        if column == self.EMAIL:
            return _text(values.get(ImportField.EMAIL))
        if column == self.PHONE:
            return _text(values.get(ImportField.PHONE))
        if column == self.MUNICIPALITY:
            return " ".join(part for part in (_text(values.get(ImportField.POSTAL_CODE)),
                                              _text(values.get(ImportField.MUNICIPALITY)))
                            if part)
        if column == self.REASONS:
            return self._reasons_of(index, row)
        if column == self.DUPLICATE_OF:
            return self._duplicate_of(row)
        if column == self.DECISION:
            choice = self.choices.get(row.number)
            return choice_name(choice) if choice is not None else ""
        return None

    @staticmethod
    def _duplicate_of(row: PlannedRow) -> str:
        translate = QCoreApplication.translate
        if row.duplicate_of is not None:
            known = row.duplicate_of
            if known.role == "mentor":
                return translate("ImportPreview", "{name} (mentor)").format(
                    name=known.full_name)
            return translate("ImportPreview", "{name} (mentee)").format(name=known.full_name)
        if row.duplicate_of_row is not None:
            return translate("ImportPreview", "Row {row} of this file").format(
                row=row.duplicate_of_row)
        return ""


class ClassFilter(QSortFilterProxyModel):
    """Shows the rows of one class, or all of them (``None``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted: RowClass | None = None

    def set_class(self, row_class: RowClass | None) -> None:
        self.beginFilterChange()
        self._wanted = row_class
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._wanted is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.sourceModel().data(index, CLASS_ROLE) == self._wanted

