"""The Consents tab of a person's file (SPEC §9): the person's consents with their purpose,
the day given, the text version, who collected them and the day withdrawn; a form to record
one and a row to withdraw the selected one, each checked as it is typed (no day in the
future, no withdrawal before the consent was given). Nothing is ever deleted: a withdrawn
consent stays in the list, greyed; a consent to renew (the Today page's item) is in orange.

The tab reads nothing until it is first shown, so opening a file stays as fast as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.errors import DuoDeskError, InvalidValue, ValidationErrors
from duodesk.core.privacy.consents import ConsentView
from duodesk.messages import describe
from duodesk.ui import messages
from duodesk.ui.date_field import DateField
from duodesk.ui.persons.consents_model import RENEW_COLOUR, ConsentTableModel, day_text
from duodesk.ui.persons.person_form import ERROR_STYLE
from duodesk.ui.persons.read_when_shown import ReadWhenShown


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ConsentsTab(ReadWhenShown):
    """The Consents tab; ``changed`` after a consent was recorded or withdrawn."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._versions: dict[ConsentPurpose, str | None] = {}
        self.model = ConsentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Each column as wide as its title or its widest value (titles are longer in Dutch).
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._check_withdrawal)
        self.empty_label = QLabel()
        self.renew_label = QLabel()
        self.renew_label.setWordWrap(True)
        self.renew_label.setStyleSheet(f"color: {RENEW_COLOUR.name()}")
        self.renew_label.setVisible(False)

        self.add_box = QGroupBox()
        self.purpose_combo = QComboBox()
        self.purpose_combo.currentIndexChanged.connect(self._purpose_chosen)
        self.given_edit = self._date_edit()
        self.given_edit.dateChanged.connect(self._check_form)
        self.given_edit.changed.connect(self._check_form)  # a typo is said as typed
        self.version_edit = QLineEdit()
        self.version_edit.setMaxLength(32)
        self.version_edit.textChanged.connect(self._check_form)
        # An empty text version is said once the user has typed in it or tried to record,
        # not in red on a form nobody has touched yet.
        self._version_touched = False
        self.version_edit.textEdited.connect(self._version_edited)
        self.collector_combo = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.record)
        self.add_error = self._error_label()
        form = QFormLayout(self.add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.captions = [QLabel() for _ in range(4)]
        self.version_edit.setMinimumWidth(160)
        for combo in (self.purpose_combo, self.collector_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(240)  # a coordinator's whole name, read after showing
        for caption, field in zip(self.captions, (self.purpose_combo, self.given_edit,
                                                  self.version_edit, self.collector_combo),
                                  strict=True):
            form.addRow(caption, field)
        form.addRow(self.add_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.withdraw_label = QLabel()
        self.withdraw_edit = self._date_edit()
        self.withdraw_edit.dateChanged.connect(self._check_withdrawal)
        self.withdraw_edit.changed.connect(self._check_withdrawal)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.withdraw_error = self._error_label()
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_label)
        withdraw_row.addWidget(self.withdraw_edit)
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.renew_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(withdraw_row)
        layout.addWidget(self.withdraw_error)
        layout.addWidget(self.add_box)
        self.retranslate()

    @staticmethod
    def _date_edit() -> DateField:
        # A day typed that is no real day (31/02) is refused in words, never made another.
        return DateField(required=True, value=date.today())  # the day shown on loading

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.add_box.setTitle(translate("ConsentsTab", "Record a consent"))
        captions = (translate("ConsentsTab", "Purpose"), translate("ConsentsTab", "Given on"),
                    translate("ConsentsTab", "Text version"),
                    translate("ConsentsTab", "Collected by"))
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)
        chosen = self.purpose_combo.currentData()
        self.purpose_combo.blockSignals(True)
        self.purpose_combo.clear()
        for purpose in ConsentPurpose:
            self.purpose_combo.addItem(labels.label(purpose), purpose.value)
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(chosen)))
        self.purpose_combo.blockSignals(False)
        self.version_edit.setPlaceholderText(translate("ConsentsTab", "e.g. 2026-1"))
        self.add_button.setText(translate("ConsentsTab", "Record the consent"))
        self.withdraw_label.setText(translate("ConsentsTab", "Selected consent withdrawn on"))
        self.withdraw_button.setText(translate("ConsentsTab", "Withdraw…"))
        self.empty_label.setText(translate(
            "ConsentsTab", "No consent recorded yet. Without the “{purpose}” consent, the "
            "12-month follow-up contact is refused.").format(
            purpose=labels.label(ConsentPurpose.FOLLOWUP_CONTACT)))
        self.renew_label.setText(translate(
            "ConsentsTab", "In orange: consents to ask for again (expired, or given under an "
            "older text). Record the new consent below; the old one stays in the list."))
        self.model.retranslate()
        self._check_form()
        self._check_withdrawal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)

    # --- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        assert self.person_id is not None
        consents = self.services.consents
        today = consents.today()
        self.model.set_consents(consents.consents_of(self.person_id),
                                consents.to_renew(person_id=self.person_id))
        self.renew_label.setVisible(self.model.renew_count() > 0)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._versions = consents.settings().text_versions
        self.collector_combo.clear()
        # Ids as text: a combo box compares its data as text, not as Python objects.
        for coordinator in self.services.organisation.coordinators(include_inactive=False):
            self.collector_combo.addItem(coordinator.name, str(coordinator.id))
        if not self.collector_combo.count():
            self.collector_combo.addItem("—", "")  # no coordinator in Settings yet
        me = self.services.organisation.current_coordinator()
        self.collector_combo.setCurrentIndex(
            max(0, self.collector_combo.findData(str(me.id))) if me else 0)
        for edit in (self.given_edit, self.withdraw_edit):
            edit.setDate(_qdate(today))
        self._version_touched = False  # a new form: nothing typed in it yet
        self._purpose_chosen()
        self._check_withdrawal()

    # --- checks as typed --------------------------------------------------------------------
    def _purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose_combo.currentData() or ConsentPurpose.PROGRAMME)

    def _purpose_chosen(self) -> None:
        # The purpose's current text version, as the form the person signs says it.
        current = self._versions.get(self._purpose())
        if current:
            self.version_edit.setText(current)
        self._check_form()

    def _form_problem(self) -> InvalidValue | None:
        if (unreadable := self.given_edit.problem()) is not None:
            return unreadable
        given = self.given_edit.date().toPython()
        if isinstance(given, date) and given > self.services.consents.today():
            return InvalidValue(field="given_on", reason="date_in_future")
        if not self.version_edit.text().strip():
            return InvalidValue(field="text_version", reason="required")
        return None

    def _version_edited(self, _text: str) -> None:
        self._version_touched = True
        self._check_form()

    def _untouched(self, problem: InvalidValue | None) -> bool:
        """Whether ``problem`` is only the text version nobody has typed in yet."""
        return problem is not None and not self._version_touched \
            and problem.params == {"field": "text_version", "reason": "required"}

    def _check_form(self) -> None:
        problem = self._form_problem()
        untouched = self._untouched(problem)
        self._show(self.add_error, None if untouched else problem)
        # Still clickable when only the untouched field is empty: the click says what is
        # missing rather than a grey button saying nothing.
        self.add_button.setEnabled((problem is None or untouched) and self.person_id is not None)

    def _collector(self) -> uuid.UUID | None:
        chosen = self.collector_combo.currentData()
        return uuid.UUID(chosen) if chosen else None

    def selected(self) -> ConsentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.consent(rows[0].row()) if rows else None

    def _withdrawal_problem(self) -> InvalidValue | None:
        consent = self.selected()
        if consent is None:
            return None
        if (unreadable := self.withdraw_edit.problem()) is not None:
            return unreadable
        day = self.withdraw_edit.date().toPython()
        if consent.withdrawn_on is not None:
            return InvalidValue(field="withdrawn_on", reason="already_withdrawn")
        if day > self.services.consents.today():
            return InvalidValue(field="withdrawn_on", reason="date_in_future")
        if day < consent.given_on:
            return InvalidValue(field="withdrawn_on", reason="before_given")
        return None

    def _check_withdrawal(self, *_args: object) -> None:
        problem = self._withdrawal_problem()
        self._show(self.withdraw_error, problem)
        self.withdraw_button.setEnabled(self.selected() is not None and problem is None)

    @staticmethod
    def _show(label: QLabel, problem: DuoDeskError | None) -> None:
        label.setVisible(problem is not None)
        label.setText(describe(problem) if problem is not None else "")

    # --- actions ----------------------------------------------------------------------------
    def record(self) -> bool:
        """Record the consent of the form; a refusal is shown under the form."""
        if self.person_id is None:
            return False
        if self._form_problem() is not None:
            self._version_touched = True  # tried to record: say what is missing
            self._check_form()
            return False
        person_id = self.person_id
        return self._change(lambda: self.services.consents.record(
            person_id, self._purpose(), self.given_edit.date().toPython(),
            self.version_edit.text(), self._collector()), self.add_error)

    def withdraw_selected(self) -> bool:
        """Withdraw the selected consent from the day chosen, once confirmed."""
        consent = self.selected()
        if consent is None or self._withdrawal_problem() is not None:
            return False
        day = self.withdraw_edit.date().toPython()
        assert isinstance(day, date)
        if not messages.ask_yes_no(self, QCoreApplication.translate(
                "ConsentsTab", "Withdraw the consent “{purpose}” from {date}? What it allows "
                "is refused from that day on; the consent stays in the file.").format(
                purpose=labels.label(consent.purpose), date=day_text(day)),
                yes_text=QCoreApplication.translate("ConsentsTab", "Withdraw")):
            return False
        return self._change(lambda: self.services.consents.withdraw(consent.id, day),
                            self.withdraw_error)

    def _change(self, change: Callable[[], object], error_label: QLabel) -> bool:
        """Make one change through the service: a refused value is shown under its form,
        any other problem said in a message; done, the list is read again."""
        try:
            change()
        except ValidationErrors as errors:
            self._show(error_label, errors.problems[0])
            return False
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        self.refresh()
        self.changed.emit()
        return True


def show_consents_of(person_id: uuid.UUID, purpose: str | None = None) -> bool:
    """Bring the open file of ``person_id`` to its Consents tab, the form on ``purpose``
    (Today's "consents to renew" open the file there); False when no such file is open."""
    for widget in QApplication.topLevelWidgets():
        tab = getattr(widget, "consents_tab", None)
        if isinstance(tab, ConsentsTab) and getattr(widget, "person_id", None) == person_id:
            widget.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
            if purpose is not None and tab.purpose_combo.findData(purpose) >= 0:
                tab.purpose_combo.setCurrentIndex(tab.purpose_combo.findData(purpose))
            return True
    return False
