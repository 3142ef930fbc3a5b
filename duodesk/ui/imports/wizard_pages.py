"""The mapping and preview steps of the import wizard (the file step is in
:mod:`.file_page`).

* Mapping: every column of the file, a few of its values and the field it goes into.
* Preview: every row classified, with a filter by class and the counts; a decision per
  duplicate (skip, merge, create anyway; skip unless changed), or one for all of them.
  Importing is the commit step: it runs on a worker, with progress and Cancel.

The report that follows the commit is in :mod:`.report_page`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from duodesk.core.errors import Cancelled, RejectedFileNotWritten
from duodesk.core.imports.plan import DuplicateChoice, ImportPlan, ImportResult, RowClass
from duodesk.core.progress import Progress
from duodesk.ui import formats, messages
from duodesk.ui.imports.file_page import with_icon
from duodesk.ui.imports.mapping_editor import MappingEditor
from duodesk.ui.imports.preview_model import (
    ClassFilter,
    PreviewModel,
    choice_name,
    class_icon,
    class_name,
    class_tint,
)
from duodesk.ui.worker import run_in_background

if TYPE_CHECKING:
    from duodesk.ui.imports.wizard import ImportWizard



class MappingPage(QWizardPage):
    """Which column of the file goes into which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._shown_for: tuple[Any, ...] | None = None
        self.setTitle(QCoreApplication.translate("ImportMappingPage", "The columns"))
        self.setSubTitle(QCoreApplication.translate(
            "ImportMappingPage",
            "Check what each column of the file holds. National register numbers are never "
            "imported, whatever their column."))
        self.editor = MappingEditor(self)
        self.editor.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)

    def initializePage(self) -> None:
        table = self._wizard.table
        assert table is not None
        key = (table.sha256, table.sheet, self._wizard.partner_id)
        if key == self._shown_for:
            return  # back and forth: keep the coordinator's choices
        self._shown_for = key
        mapping = self._wizard.imports.suggest_mapping(table, self._wizard.partner_id)
        self.editor.set_table(table, mapping)

    def isComplete(self) -> bool:
        return self.editor.has_name()


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the three decisions for a duplicate row, drawn as a list even when it is
    not being edited, so that the coordinator sees there is something to choose."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            super().paint(painter, option, index)
            return
        painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole))
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = str(index.data() or "")
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for choice in DuplicateChoice:
            combo.addItem(choice_name(choice), choice)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class PreviewPage(QWizardPage):
    """Every row as it will be imported; the commit step."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.busy = False
        self._run = 0
        self.model: PreviewModel | None = None
        self.proxy = ClassFilter(self)
        self.setTitle(QCoreApplication.translate("ImportPreviewPage", "The rows"))
        self.setSubTitle(QCoreApplication.translate(
            "ImportPreviewPage",
            "Nothing is stored yet. For each duplicate, choose whether to skip it, merge it "
            "into the file already known (only its empty fields are filled) or create a new "
            "file anyway."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           QCoreApplication.translate("ImportPreviewPage", "Import"))
        self.already_label = QLabel()
        self.already_label.setWordWrap(True)
        font = self.already_label.font()
        font.setBold(True)
        self.already_label.setFont(font)
        sign = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        sign.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.already_box = with_icon(sign, self.already_label)
        self.already_box.hide()
        self.count_labels: dict[RowClass, QLabel] = {}
        counts_row = QHBoxLayout()
        for row_class in RowClass:
            label = QLabel()
            label.setAutoFillBackground(True)
            palette = label.palette()
            palette.setColor(label.backgroundRole(), class_tint(row_class))
            label.setPalette(palette)
            label.setContentsMargins(8, 3, 8, 3)
            self.count_labels[row_class] = label
            counts_row.addWidget(label)
        counts_row.addStretch(1)
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(QCoreApplication.translate("ImportPreviewPage", "All rows"),
                                  None)
        for row_class in RowClass:
            self.filter_combo.addItem(class_icon(row_class), class_name(row_class), row_class)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_class(self.filter_combo.currentData()))
        counts_row.addWidget(QLabel(QCoreApplication.translate("ImportPreviewPage", "Show:")))
        counts_row.addWidget(self.filter_combo)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(PreviewModel.DECISION, ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        # Widths from the first rows only: measuring ten thousand rows freezes the window.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.all_choice = QComboBox()
        for choice in DuplicateChoice:
            self.all_choice.addItem(choice_name(choice), choice)
        self.apply_all_button = QPushButton(QCoreApplication.translate(
            "ImportPreviewPage", "Apply to all duplicates"))
        self.apply_all_button.clicked.connect(self.apply_to_all)
        duplicates_row = QHBoxLayout()
        self.duplicates_label = QLabel(QCoreApplication.translate(
            "ImportPreviewPage", "Every duplicate:"))
        duplicates_row.addWidget(self.duplicates_label)
        duplicates_row.addWidget(self.all_choice)
        duplicates_row.addWidget(self.apply_all_button)
        duplicates_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.already_box)
        layout.addLayout(counts_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(duplicates_row)

    # --- the plan ---------------------------------------------------------------------------
    def initializePage(self) -> None:
        wizard = self._wizard
        table = wizard.table
        assert table is not None
        wizard.plan = None
        self._show_plan(None)
        self.busy = True
        self._run += 1
        run = self._run  # a result of an earlier visit (Back pressed meanwhile) is dropped
        mapping = wizard.mapping_page.editor.mapping()
        partner_id, path = wizard.partner_id, wizard.path

        def work(progress: Progress) -> ImportPlan:
            return wizard.imports.plan(table, mapping, partner_id=partner_id,  # type: ignore
                                       source_path=path, progress=progress)

        self.task = run_in_background(
            self, work, QCoreApplication.translate("ImportPreviewPage", "Checking the rows…"),
            lambda plan: self._planned(plan, run), lambda error: self._not_planned(error, run))

    def cleanupPage(self) -> None:
        """Back to the columns: a check still running is stopped."""
        if self.busy and self._run:
            self.task.cancel()
        self.busy = False
        self._run += 1
        super().cleanupPage()

    def _planned(self, plan: ImportPlan, run: int) -> None:
        if run != self._run:
            return
        self.busy = False
        self._wizard.plan = plan
        self._show_plan(plan)

    def _not_planned(self, error: BaseException, run: int) -> bool:
        if run != self._run:
            return isinstance(error, Cancelled)  # the coordinator left the step
        self.busy = False
        self.completeChanged.emit()
        if isinstance(error, Cancelled):
            self._wizard.back()
            return True
        return False  # said by the worker (a partner deleted meanwhile…) or a bug

    def _show_plan(self, plan: ImportPlan | None) -> None:
        old = self.model
        self.model = PreviewModel(plan, self._wizard.describe, self) if plan else None
        self.proxy.setSourceModel(self.model)  # type: ignore[arg-type]
        if old is not None:
            old.deleteLater()  # back and forth: one plan's rows kept at a time
        counts = plan.counts() if plan else {}
        for row_class, label in self.count_labels.items():
            label.setText(QCoreApplication.translate("ImportPreviewPage", "{name}: {count}")
                          .format(name=class_name(row_class),
                                  count=formats.number_text(counts.get(row_class, 0))))
        duplicates = counts.get(RowClass.DUPLICATE, 0) > 0
        for widget in (self.duplicates_label, self.all_choice, self.apply_all_button):
            widget.setVisible(duplicates)
        already = plan.already_imported_on if plan else None
        if already is not None:
            from duodesk.ui.imports.history_model import local_moment

            self.already_label.setText(QCoreApplication.translate(
                "ImportPreviewPage", "This file was already imported on {date}.").format(
                date=local_moment(already)))
        self.already_box.setVisible(already is not None)
        if plan is not None:
            self._size_columns()
        self.completeChanged.emit()

    def _size_columns(self) -> None:
        view, metrics = self.view, self.view.fontMetrics()
        view.resizeColumnsToContents()
        # Long remarks would push the decision out of sight: they are shown whole in the
        # row's tooltip.
        widest = metrics.averageCharWidth() * 48
        if view.columnWidth(PreviewModel.REASONS) > widest:
            view.setColumnWidth(PreviewModel.REASONS, widest)
        choices = max(metrics.horizontalAdvance(choice_name(c)) for c in DuplicateChoice)
        view.setColumnWidth(PreviewModel.DECISION,
                            max(view.columnWidth(PreviewModel.DECISION), choices + 48))

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The remarks of the current row in full (the column shows their beginning)."""
        if self.model is None or not current.isValid():
            self.detail.setText("")
            return
        row = self.model.planned_row(self.proxy.mapToSource(current).row())
        reasons = self.model.data(self.model.index(
            self.proxy.mapToSource(current).row(), PreviewModel.REASONS))
        self.detail.setText(QCoreApplication.translate(
            "ImportPreviewPage", "Row {row}: {remarks}").format(row=row.number, remarks=reasons)
            if reasons else "")

    def apply_to_all(self) -> None:
        if self.model is not None:
            self.model.set_all_choices(self.all_choice.currentData())

    # --- the commit -------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.busy and self._wizard.plan is not None

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if not self.busy and self._wizard.plan is not None and self.model is not None:
            self.commit()
        return False  # the wizard moves on when the commit has succeeded

    def _restore_buttons(self) -> None:
        self._wizard.setButtonLayout([
            QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton])

    def commit(self, rejected_path: Path | None = None) -> None:
        """Store the accepted rows on a worker (all or nothing); the rejected rows go to
        ``rejected_path``, by default beside the file."""
        wizard, plan, model = self._wizard, self._wizard.plan, self.model
        assert plan is not None and model is not None
        choices = dict(model.choices)
        self.busy = True
        self.completeChanged.emit()
        # No way back while the rows are being stored (the progress dialog shows late).
        wizard.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.CommitButton,
                                QWizard.WizardButton.CancelButton])

        def work(progress: Progress) -> ImportResult:
            return wizard.imports.commit(plan, choices, describe=wizard.describe,
                                         rejected_path=rejected_path, progress=progress)

        self.task = run_in_background(
            self, work, QCoreApplication.translate("ImportPreviewPage", "Importing…"),
            self._committed, self._not_committed)

    def _committed(self, result: ImportResult) -> None:
        self.busy = False
        self._restore_buttons()
        self._wizard.committed(result)

    def _not_committed(self, error: BaseException) -> bool:
        self.busy = False
        self._restore_buttons()
        self.completeChanged.emit()
        if isinstance(error, Cancelled):
            messages.information(self, QCoreApplication.translate(
                "ImportPreviewPage", "The import was cancelled: nothing was imported."))
            return True
        if isinstance(error, RejectedFileNotWritten):
            # The partner's folder may be read-only (a mail attachment, a shared drive):
            # nothing was imported; the coordinator chooses where to write, and goes on.
            messages.error(self, error)
            suggested = Path(str(error.params.get("path") or "rejected.xlsx"))
            path = messages.save_file(
                self, QCoreApplication.translate(
                    "ImportPreviewPage", "Where should the rejected rows be written?"),
                suggested, QCoreApplication.translate("ImportPreviewPage",
                                                      "Excel workbook (*.xlsx)"))
            if path is not None:
                self.commit(path if path.suffix.lower() == ".xlsx"
                            else path.with_name(path.name + ".xlsx"))
            return True
        return False  # a core error is said by the worker; the rows are still here
