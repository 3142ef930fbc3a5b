"""The conflicts of an import from headquarters (SPEC §6): records changed both here and at
headquarters since the last exchange, resolved field by field.

On the left the conflicts waiting; on the right the one chosen: for each field in conflict
the value here and the value in the file, each a choice, beside the value last exchanged.
"Keep all mine" and "Take all the file's" choose every field at once; "Resolve" applies the
choices (enabled once every field has one), and the next conflict comes up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.exchange import Choice, ConflictView
from duodesk.ui import formats, messages
from duodesk.ui.exchange.texts import field_title, record_title, value_text

if TYPE_CHECKING:
    from duodesk.core.exchange.service import ExchangeService

MAX_SHOWN = 90  # characters of a value on its button; the tooltip has it whole


translate = QCoreApplication.translate


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= MAX_SHOWN else one_line[:MAX_SHOWN - 1] + "…"


class _FieldChoice:
    """One field's row: its title, mine and the file's as two choices, the last exchanged."""

    def __init__(self, conflict: ConflictView, index: int, grid: QGridLayout,
                 parent: QWidget, on_change: Callable[[], None]) -> None:
        field = conflict.fields[index]
        self.name = field.name
        row = index + 1
        title = QLabel(field_title(field.name))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        local = value_text(conflict.record_type, field.name, field.local)
        file = value_text(conflict.record_type, field.name, field.file)
        base = value_text(conflict.record_type, field.name, field.base)
        self.mine = QRadioButton(_short(local), parent)
        self.mine.setToolTip(local)
        self.theirs = QRadioButton(_short(file), parent)
        self.theirs.setToolTip(file)
        self.base = QLabel(_short(base) if field.base is not None
                           else translate("ConflictDialog", "(never exchanged)"))
        self.base.setToolTip(base)
        self.base.setEnabled(False)  # a reminder, not a choice
        self.group = QButtonGroup(parent)
        self.group.addButton(self.mine)
        self.group.addButton(self.theirs)
        self.group.buttonToggled.connect(lambda _button, _checked: on_change())
        for column, widget in enumerate((title, self.mine, self.theirs, self.base)):
            grid.addWidget(widget, row, column)

    def choice(self) -> Choice | None:
        if self.mine.isChecked():
            return "local"
        if self.theirs.isChecked():
            return "file"
        return None


class ConflictDialog(QDialog):
    """Resolve the conflicts kept by imports from headquarters; ``resolved`` is emitted
    after each one, with the number still waiting."""

    resolved = Signal(int)

    def __init__(self, exchange: Callable[[], ExchangeService],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self.conflicts: list[ConflictView] = []
        self.choices: list[_FieldChoice] = []
        self.setWindowTitle(translate("ConflictDialog", "Conflicts to resolve"))

        self.list = QListWidget()
        self.list.setMinimumWidth(200)
        self.list.setSpacing(3)  # each conflict is two lines: air between them
        self.list.currentRowChanged.connect(self._show)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.list, 1)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.all_mine = QPushButton(translate("ConflictDialog", "Keep all mine"))
        self.all_mine.clicked.connect(lambda: self.choose_all("local"))
        self.all_theirs = QPushButton(translate("ConflictDialog", "Take all the file's"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("file"))
        self.resolve_button = QPushButton(translate("ConflictDialog", "Resolve"))
        self.resolve_button.setDefault(True)
        self.resolve_button.clicked.connect(self.resolve_current)
        actions = QHBoxLayout()
        actions.addWidget(self.all_mine)
        actions.addWidget(self.all_theirs)
        actions.addStretch(1)
        actions.addWidget(self.resolve_button)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.explanation)
        detail_layout.addWidget(self.fields_area, 1)
        detail_layout.addLayout(actions)
        self.done_label = QLabel(translate(
            "ConflictDialog", "Every conflict is resolved: nothing waits any more."))
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.done_label, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 660])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(960, 520)
        self.reload()

    # --- the list ----------------------------------------------------------------------------
    def reload(self, keep: int = 0) -> None:
        """Read the conflicts waiting and show the one at ``keep`` (or the last)."""
        self.conflicts = list(self._exchange().conflicts())
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{conflict.label}\n{record_title(conflict.record_type)}")
            item.setToolTip(conflict.label)
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self.conflicts)
        self.count_label.setText(
            translate("ConflictDialog", "One conflict waits") if count == 1 else
            translate("ConflictDialog", "{count} conflicts wait").format(
                count=formats.number_text(count)))
        self.detail.setVisible(count > 0)
        self.done_label.setVisible(count == 0)
        self.count_label.setVisible(count > 0)
        if count:
            self.list.setCurrentRow(min(keep, count - 1))
            self._show(self.list.currentRow())

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # --- one conflict ------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.title.setText(translate("ConflictDialog", "{record}: {label}").format(
            record=record_title(conflict.record_type), label=conflict.label))
        changed = QDateTime.fromSecsSinceEpoch(
            int(conflict.file_updated_at.replace(tzinfo=conflict.file_updated_at.tzinfo
                                                 or UTC).timestamp()),
            QTimeZone.systemTimeZone())
        self.explanation.setText(translate("ConflictDialog",
            "Changed here and at headquarters since the last exchange ({file}, changed there "
            "on {when}). Choose, for each field, the value to keep.").format(
            file=conflict.file_name,
            when=formats.datetime_text(changed.toPython())))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        headings = (translate("ConflictDialog", "Field"),
                    translate("ConflictDialog", "Here (mine)"),
                    translate("ConflictDialog", "In the file"),
                    translate("ConflictDialog", "Last exchanged"))
        for column, text in enumerate(headings):
            heading = QLabel(text)
            heading.setEnabled(column != 3)
            heading.setStyleSheet("font-weight: bold; border-bottom: 1px solid palette(mid);"
                                  "padding-bottom: 3px;")
            grid.addWidget(heading, 0, column)
        self.choices = [_FieldChoice(conflict, index, grid, grid_widget, self._update_buttons)
                        for index in range(len(conflict.fields))]
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(conflict.fields) + 1, 1)
        self.fields_area.setWidget(grid_widget)
        self._update_buttons()

    def choose_all(self, choice: Choice) -> None:
        for field in self.choices:
            (field.mine if choice == "local" else field.theirs).setChecked(True)

    def _update_buttons(self) -> None:
        self.resolve_button.setEnabled(
            bool(self.choices) and all(f.choice() is not None for f in self.choices))

    def resolve_current(self) -> None:
        """Apply the choices of the conflict shown, then show the next one."""
        conflict = self.current()
        chosen = {field.name: field.choice() for field in self.choices}
        if conflict is None or any(choice is None for choice in chosen.values()):
            return
        row = self.list.currentRow()
        try:
            self._exchange().resolve(conflict.id, chosen)  # type: ignore[arg-type]
        except DuoDeskError as error:  # resolved meanwhile elsewhere, or a bad value
            messages.error(self, error)
        self.reload(keep=row)
        self.resolved.emit(len(self.conflicts))
