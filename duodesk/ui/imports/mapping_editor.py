"""The column mapping of a partner file (SPEC §5.1): one line per column of the file, with
a few of its values, and the field of DuoDesk it goes into ("Not imported" for none).

The mapping comes preselected (the partner's saved choices, else the automatic recognition)
and the coordinator changes what is wrong. A field goes into one column only: choosing it
for a second column leaves the first one out. A column named like a national register
number is never imported and offers no choice (SPEC §5.4).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.imports.columns import is_national_number_column
from duodesk.core.imports.source import ImportField, SourceTable
from duodesk.import_texts import field_label
from duodesk.ui import formats

F = ImportField
# In the order a coordinator thinks of a mentee's file; the names are the reader's own
# (``duodesk.import_texts``), so that the report and the rejected rows use the same words.
FIELD_ORDER = (
    F.LAST_NAME, F.FIRST_NAME, F.FULL_NAME, F.GENDER, F.BIRTH_DATE, F.EMAIL, F.PHONE,
    F.POSTAL_CODE, F.MUNICIPALITY, F.LANGUAGES, F.SECTORS, F.EDUCATION_LEVEL,
    F.DIPLOMA_RECOGNISED, F.PROFESSIONAL_PROJECT, F.DRIVING_LICENCE, F.JOBSEEKER_SERVICE,
    F.REFERRAL_DATE, F.REFERRER_CONTACT, F.NOTES,
)
SAMPLES = 3
SAMPLE_CHARS = 28


def _sample(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return formats.date_text(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS - 1] + "…"


def samples(table: SourceTable, column: int, count: int = SAMPLES) -> list[str]:
    """The first few different values of a column, as the coordinator recognises them."""
    found: list[str] = []
    for row in table.rows:
        if column >= len(row.cells) or row.cells[column] is None:
            continue
        text = _sample(row.cells[column])
        if text and text not in found:
            found.append(text)
            if len(found) == count:
                break
    return found


class MappingEditor(QWidget):
    """The columns of a file and the field each one is imported as."""

    changed = Signal()

    COLUMN, EXAMPLES, FIELD = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Every line as high as its list, the national register number's included.
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("MappingEditor", "Column in the file"),
            QCoreApplication.translate("MappingEditor", "Examples"),
            QCoreApplication.translate("MappingEditor", "Imported as"),
        ])
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.combos: dict[int, QComboBox] = {}
        self.never: set[int] = set()  # columns of national register numbers
        self.headers: tuple[str, ...] = ()

    def set_table(self, table: SourceTable, mapping: dict[int, ImportField]) -> None:
        """Show the columns of ``table`` with ``mapping`` preselected."""
        self.headers = table.headers
        self.combos.clear()
        self.never.clear()
        width = max((len(row.cells) for row in table.rows), default=0)
        columns = [i for i in range(max(len(table.headers), width))
                   if (i < len(table.headers) and table.headers[i].strip())
                   or samples(table, i, 1)]
        self.table.setRowCount(len(columns))
        for line, column in enumerate(columns):
            header = table.headers[column] if column < len(table.headers) else ""
            name = header.strip() or QCoreApplication.translate(
                "MappingEditor", "(column {number} without a name)").format(number=column + 1)
            title = QTableWidgetItem(name)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            self.table.setItem(line, self.COLUMN, title)
            never = is_national_number_column(header)
            # National register numbers are not even shown: they are never kept.
            shown = [] if never else samples(table, column)
            examples = QTableWidgetItem("  ·  ".join(shown) if not never else "•••")
            examples.setToolTip("\n".join(shown))
            self.table.setItem(line, self.EXAMPLES, examples)
            if never:
                self.never.add(column)
                label = QLabel(QCoreApplication.translate(
                    "MappingEditor", "Never imported (national register number)"))
                label.setContentsMargins(6, 0, 6, 0)
                label.setEnabled(False)
                self.table.setCellWidget(line, self.FIELD, label)
                continue
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("MappingEditor", "Not imported"), None)
            for field in FIELD_ORDER:
                combo.addItem(field_label(field), field)
            chosen = mapping.get(column)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.currentIndexChanged.connect(
                lambda _i, c=column: self._chosen(c))
            self.combos[column] = combo
            self.table.setCellWidget(line, self.FIELD, combo)
        self._update_note()

    def mapping(self) -> dict[int, ImportField]:
        """Column index → field, for the columns imported."""
        return {column: combo.currentData() for column, combo in self.combos.items()
                if combo.currentData() is not None}

    def set_field(self, column: int, field: ImportField | None) -> None:
        """Choose the field of a column (as the coordinator would in its list)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field is not None else 0)

    def has_name(self) -> bool:
        """Whether some column gives the last name (or the full name): without one every
        row would be rejected."""
        chosen = set(self.mapping().values())
        return F.LAST_NAME in chosen or F.FULL_NAME in chosen

    def _chosen(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field is not None:
            for other, combo in self.combos.items():
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)  # one field, one column: the other is left out
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update_note()
        self.changed.emit()

    def _update_note(self) -> None:
        if not self.has_name():
            self.note.setText(QCoreApplication.translate(
                "MappingEditor",
                "Choose the column of the last name (or of the full name): without it no row "
                "can be imported."))
            self.note.setStyleSheet("color: palette(highlight); font-weight: bold;")
            return
        self.note.setStyleSheet("")
        left_out = len(self.combos) - len(self.mapping()) + len(self.never)
        self.note.setText(QCoreApplication.translate(
            "MappingEditor",
            "Columns marked “Not imported” are listed in the report and not stored. Your "
            "choices are saved for this partner when you import.") if left_out else "")
