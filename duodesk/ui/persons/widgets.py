"""Input widgets of a person's form: a date that may stay empty (the shared
:class:`~duodesk.ui.date_field.DateField`), a code list combo, a yes/no
combo, a checkable list of codes, the language-and-level table, the weekly availability
grid, plain text, number and record inputs, and the frame that shows a refused value's
sentence under its input. Each input has ``value()``, ``set_value()`` and a ``changed``
signal, so the form treats them alike.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import WEEKDAYS, DayPart, LanguageLevel
from duodesk.core.errors import InvalidValue
from duodesk.core.services.person_data import Slot
from duodesk.labels import choices, label, weekday
from duodesk.messages import describe
from duodesk.ui.date_field import DateField  # noqa: F401 (the forms import it from here)
from duodesk.ui.persons.cell_table import CellWidgetTable


class CodeCombo(QComboBox):
    """One code of a code list, or nothing (the first, empty line)."""

    changed = Signal()

    def __init__(self, enum_class: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_class = enum_class
        self.retranslate()
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def retranslate(self) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for code, text in choices(self.enum_class):
            self.addItem(text, code)
        # The same choice again, silently: a language change is no edit of the file.
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> StrEnum | None:
        code = self.currentData()
        return self.enum_class(code) if code else None

    def set_value(self, value: StrEnum | str | None) -> None:
        index = self.findData(str(value)) if value else 0
        self.setCurrentIndex(max(index, 0))


class YesNoCombo(QComboBox):
    """Yes, no, or not known."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def retranslate(self) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        self.addItem(QCoreApplication.translate("PersonWidgets", "Yes"), True)
        self.addItem(QCoreApplication.translate("PersonWidgets", "No"), False)
        self.set_value(current)  # silently, as above
        self.blockSignals(False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))


class CodeChecklist(QListWidget):
    """Several codes of a code list, each a checkable line."""

    changed = Signal()

    def __init__(self, enum_class: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_class = enum_class
        for member in enum_class:
            item = QListWidgetItem(label(member))
            item.setData(Qt.ItemDataRole.UserRole, member.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(len(enum_class), 8)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def retranslate(self) -> None:
        self.blockSignals(True)
        for row, member in enumerate(self.enum_class):
            self.item(row).setText(label(member))
        self.blockSignals(False)

    def value(self) -> list[StrEnum]:
        return [
            member
            for row, member in enumerate(self.enum_class)
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, values: list) -> None:
        wanted = {str(v) for v in values}
        self.blockSignals(True)
        for row, member in enumerate(self.enum_class):
            self.item(row).setCheckState(
                Qt.CheckState.Checked if member.value in wanted else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)


class LanguageEditor(QWidget):
    """Languages spoken, each an ISO 639 code (``fr``, ``ar``…) with a level."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = CellWidgetTable(0, 2)  # Tab leaves it after the last language
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(110)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PersonWidgets", "Language (code)"),
                QCoreApplication.translate("PersonWidgets", "Level"),
            ]
        )
        self.add_button.setText(QCoreApplication.translate("PersonWidgets", "Add a language"))
        self.remove_button.setText(QCoreApplication.translate("PersonWidgets", "Remove"))
        for row in range(self.table.rowCount()):
            self.level_combo(row).retranslate()

    def add_row(self, code: str = "", level: LanguageLevel | str | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        edit = QLineEdit(code)
        edit.setMaxLength(3)
        edit.setPlaceholderText("fr, nl, ar…")
        edit.textEdited.connect(lambda _t: self.changed.emit())
        combo = CodeCombo(LanguageLevel)
        combo.set_value(level)
        combo.changed.connect(self.changed)
        self.table.setCellWidget(row, 0, edit)
        self.table.setCellWidget(row, 1, combo)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def code_edit(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, 0)  # type: ignore[return-value]

    def level_combo(self, row: int) -> CodeCombo:
        return self.table.cellWidget(row, 1)  # type: ignore[return-value]

    def value(self) -> list[tuple[str, LanguageLevel]]:
        result = []
        for row in range(self.table.rowCount()):
            code = self.code_edit(row).text().strip()
            level = self.level_combo(row).value()
            if code or level:
                result.append((code, level))
        return result  # type: ignore[return-value]

    def set_value(self, languages: list[tuple[str, LanguageLevel]]) -> None:
        self.blockSignals(True)
        self.table.setRowCount(0)
        for code, level in languages:
            self.add_row(code, level)
        self.blockSignals(False)


class AvailabilityGrid(QWidget):
    """The weekly availability: seven days by morning, afternoon and evening."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.part_labels = [QLabel() for _ in DayPart]
        self.day_labels = [QLabel() for _ in WEEKDAYS]
        self.boxes: dict[Slot, QCheckBox] = {}
        for p, part_label in enumerate(self.part_labels):
            grid.addWidget(part_label, 0, p + 1, Qt.AlignmentFlag.AlignHCenter)
        for d, day in enumerate(WEEKDAYS):
            grid.addWidget(self.day_labels[d], d + 1, 0)
            for p, part in enumerate(DayPart):
                box = QCheckBox()
                box.toggled.connect(lambda _on: self.changed.emit())
                self.boxes[(day, part)] = box
                grid.addWidget(box, d + 1, p + 1, Qt.AlignmentFlag.AlignHCenter)
        grid.setColumnStretch(4, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for part_label, part in zip(self.part_labels, DayPart, strict=True):
            part_label.setText(label(part))
        for day_label, day in zip(self.day_labels, WEEKDAYS, strict=True):
            day_label.setText(weekday(day))
        for (day, part), box in self.boxes.items():
            box.setAccessibleName(f"{weekday(day)} {label(part)}")

    def value(self) -> frozenset[Slot]:
        return frozenset(slot for slot, box in self.boxes.items() if box.isChecked())

    def set_value(self, slots: frozenset[Slot]) -> None:
        wanted = {(day, DayPart(part)) for day, part in slots}
        self.blockSignals(True)
        for slot, box in self.boxes.items():
            box.setChecked(slot in wanted)
        self.blockSignals(False)


ERROR_STYLE = "color: #b3261e;"


class FieldWithError(QWidget):
    """An input with the sentence explaining why its value was refused right under it."""

    def __init__(self, widget: QWidget, beside: QWidget | None = None) -> None:
        super().__init__()
        self.widget = widget
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.problems: list[InvalidValue] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if beside is None:
            layout.addWidget(widget)
        else:  # a hint on the same line, like the age next to the birth date
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(beside)
            layout.addLayout(line)
        layout.addWidget(self.error_label)

    def show_problems(self, problems: list[InvalidValue]) -> None:
        self.problems = problems
        self.error_label.setText("\n".join(describe(p) for p in problems))
        self.error_label.setVisible(bool(problems))


class LineField(QLineEdit):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class TextField(QPlainTextEdit):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFixedHeight(70)
        self.setTabChangesFocus(True)  # Tab goes on to the next input, as in every field
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str | None) -> None:
        self.blockSignals(True)
        self.setPlainText(value or "")
        self.blockSignals(False)


class RecordCombo(QComboBox):
    """A coordinator or an antenna, by id (empty: the service's default)."""

    changed = Signal()

    def __init__(self, records: list[tuple[object, str]]) -> None:
        super().__init__()
        # Qt compares item data as strings reliably, not Python objects: ids kept aside.
        self.ids: dict[str, object] = {}
        self.addItem("", "")
        for record_id, name in records:
            self.ids[str(record_id)] = record_id
            self.addItem(name, str(record_id))
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self):
        return self.ids.get(self.currentData() or "")

    def set_value(self, value) -> None:
        index = self.findData(str(value)) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class NumberField(QSpinBox):
    changed = Signal()

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def set_value(self, value: int) -> None:
        self.setValue(value)
