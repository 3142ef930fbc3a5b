"""The Today page (SPEC §4.1; issue 5 item 7): what the coordinator has to do, most urgent
first, grouped by kind with counts: decisions due or overdue, follow-ups and outcome checks,
agreements unsigned after 14 days, duos with no meeting for 21 days, mentees waiting for a
mentor. Each item opens its record; a waiting mentee can be matched at once, a follow-up
marked done here with a note, and the check at 12 months done by recording the mentee's
outcome (the duo window's own dialog and step: a note alone would leave the outcome unknown
in the impact figures).

Nothing is read when the page is built. At start-up the composition root reads the first
list on the worker that opens the database and hands it over (:meth:`TodayPage.preload`);
otherwise the list is read on a worker when the page is first shown, and again whenever it
is shown later or something was done from it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.services.duo_data import TodayItem, TodayKind
from duodesk.ui.page_titles import today_title as today_title  # the name in the side bar
from duodesk.ui.today import texts
from duodesk.ui.today.data import TodayData, read_today
from duodesk.ui.today.model import COLUMN_WHAT, COLUMN_WHO, TodayModel, item_key

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

if TYPE_CHECKING:
    from duodesk.core.context import Services

# A group this large starts closed (its heading says how many): eleven thousand waiting
# mentees would bury the rest and take a second to lay out. It opens with a click.
OPEN_GROUP_LIMIT = 500
# After the quick first reading at start, the whole list is read this much later: a worker
# reading at once would take the interpreter from the window still starting (60 ms here).
WHOLE_READING_DELAY_MS = 1000
OUTCOME_KINDS = frozenset({TodayKind.OUTCOME_CHECK_DUE, TodayKind.OUTCOME_CHECK_OVERDUE})
FOLLOW_UP_KINDS = frozenset({TodayKind.FOLLOW_UP_DUE, TodayKind.FOLLOW_UP_OVERDUE}) \
    | OUTCOME_KINDS



class TodayPage(QWidget):
    """The coordinator's work list. ``open_person(id)`` opens a person's file,
    ``open_duo(id)`` a duo (without it, a duo item opens its mentee's file) and
    ``find_mentor(id)`` the Matching page on a waiting mentee.

    ``loaded`` is emitted each time a reading is shown; ``changed`` after something was
    done from the page (other pages may want to read again)."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, services: Services, *,
                 open_person: Callable[[uuid.UUID], None] | None = None,
                 open_duo: Callable[[uuid.UUID], None] | None = None,
                 find_mentor: Callable[[uuid.UUID], None] | None = None,
                 open_privacy: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._services = services
        self._open_person = open_person
        self._open_duo = open_duo
        self._find_mentor = find_mentor
        self._open_privacy = open_privacy  # the files due for anonymisation
        self._loaded = False
        self._preloaded: TodayData | None = None
        self._reading = False
        self._read_again = False
        self._restoring = False
        self.data: TodayData | None = None

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.date_label = QLabel()
        self.date_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("todaySummary")
        self.mine_check = QCheckBox()
        self.mine_check.setObjectName("todayMine")
        self.mine_check.toggled.connect(lambda _checked: self._show_items())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)

        self.model = TodayModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("todayList")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # ten thousand rows scroll without measuring
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._activated)
        # Groups the coordinator opened or closed stay so when the list is read again.
        self._opened: dict[str, bool] = {}
        self.tree.expanded.connect(lambda index: self._remember_group(index, True))
        self.tree.collapsed.connect(lambda index: self._remember_group(index, False))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.hide()

        self.open_button = QPushButton()
        self.open_button.setObjectName("todayOpen")
        self.open_button.clicked.connect(self.open_current)
        self.find_button = QPushButton()
        self.find_button.setObjectName("todayFindMentor")
        self.find_button.clicked.connect(self.find_mentor_for_current)
        self.done_button = QPushButton()
        self.done_button.setObjectName("todayFollowUpDone")
        self.done_button.clicked.connect(self.mark_current_done)

        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.summary_label)
        filter_row.addStretch(1)
        filter_row.addWidget(self.mine_check)
        filter_row.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.find_button)
        actions.addWidget(self.done_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(title_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(actions)
        self.retranslate()
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------------
    def preload(self, data: TodayData) -> None:
        """Show ``data`` (read on the opening worker) when the page is first shown."""
        if not self._loaded:
            self._preloaded = data

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            data, self._preloaded = self._preloaded, None
            if data is not None:
                self.show_data(data)
                if not data.whole:  # the privacy items follow, once the window is up
                    QTimer.singleShot(WHOLE_READING_DELAY_MS, self, self.refresh)
                return
        self.refresh()  # shown again: things may have changed elsewhere

    def refresh(self) -> None:
        """Read the list again on a worker, keeping the filter and the current item."""
        from duodesk.ui.worker import run_in_background

        if not self.isEnabled():
            # The database is being replaced (restore, encryption): reading it now would
            # meet a file half re-written. The pages are rebuilt on it once it is back.
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        services = self._services
        run_in_background(self, lambda _progress: read_today(services), "", self._read_done,
                          self._read_failed, delay_ms=None)

    def _read_done(self, data: TodayData) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        self.show_data(data)

    def _read_failed(self, _error: BaseException) -> bool:
        self._reading = self._read_again = False
        return False  # reported as usual

    def show_data(self, data: TodayData) -> None:
        """Show a reading of the list."""
        self.data = data
        self.mine_check.setEnabled(data.me is not None)
        if data.me is None:
            self.mine_check.setChecked(False)
        self._show_date()
        self._show_items()
        self.loaded.emit()

    def _show_items(self) -> None:
        data = self.data
        if data is None:
            return
        current = self.current_item()
        items = data.items
        if self.mine_check.isChecked() and data.me is not None:
            items = [item for item in items if item.coordinator_id == data.me]
        self.model.set_items(items)
        self._open_groups()
        self._size_columns()
        found = self.model.find(item_key(current)) if current is not None else QModelIndex()
        if found.isValid():
            self.tree.setCurrentIndex(found)
        self._show_summary()
        empty = self.model.item_count() == 0
        self.tree.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def _open_groups(self) -> None:
        self._restoring = True
        try:
            for row, (kind, count) in enumerate(self.model.groups()):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                opened = self._opened.get(kind.value, count <= OPEN_GROUP_LIMIT)
                self.tree.setExpanded(self.model.index(row, 0), opened)
        finally:
            self._restoring = False

    def _remember_group(self, index: QModelIndex, opened: bool) -> None:
        if not self._restoring and index.isValid() and not index.parent().isValid():
            self._opened[str(index.data(TodayModel.KindRole))] = opened

    # --- the current item ------------------------------------------------------------------
    def current_item(self) -> TodayItem | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        item = index.siblingAtColumn(0).data(TodayModel.ItemRole)
        return item if isinstance(item, TodayItem) else None

    def select_item(self, kind: TodayKind, record_id: uuid.UUID) -> bool:
        """Make the first item of ``kind`` about ``record_id`` (a person, duo or meeting)
        current; False when there is none."""
        group = self.model.group_index(kind)
        if not group.isValid():
            return False
        self.tree.setExpanded(group, True)
        for row in range(self.model.rowCount(group)):
            index = self.model.index(row, 0, group)
            item = index.data(TodayModel.ItemRole)
            if record_id in (item.person_id, item.duo_id, item.meeting_id):
                self.tree.setCurrentIndex(index)
                return True
        return False

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.open_button.setEnabled(item is not None)
        waiting = item is not None and item.kind == TodayKind.WAITING_MENTEE
        self.find_button.setEnabled(waiting and self._find_mentor is not None)
        self.done_button.setEnabled(item is not None and item.kind in FOLLOW_UP_KINDS
                                    and item.meeting_id is not None)
        self._name_done_button(item)

    def _name_done_button(self, item: TodayItem | None) -> None:
        # The check at 12 months is done by recording the outcome: the button says so.
        if item is not None and item.kind in OUTCOME_KINDS:
            self.done_button.setText(translate("TodayPage", "Outcome at 12 months…"))
        else:
            self.done_button.setText(translate("TodayPage", "Follow-up done…"))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.parent().isValid():
            self.open_current()

    # --- actions -----------------------------------------------------------------------------
    def open_current(self) -> None:
        """Open the record of the current item: the mentee, or the duo."""
        item = self.current_item()
        if item is None:
            return
        if item.kind == TodayKind.ANONYMISATION_DUE and self._open_privacy is not None:
            self._open_privacy()
        elif item.duo_id is not None and self._open_duo is not None:
            self._open_duo(item.duo_id)
        elif item.person_id is not None and self._open_person is not None:
            self._open_person(item.person_id)
            if item.kind == TodayKind.CONSENT_TO_RENEW:
                from duodesk.ui.persons.consents_tab import show_consents_of

                # The file opens on its Consents tab, the form on the purpose to renew.
                show_consents_of(item.person_id, item.consent_purpose)

    def find_mentor_for_current(self) -> None:
        item = self.current_item()
        if item is not None and item.person_id is not None and self._find_mentor is not None:
            self._find_mentor(item.person_id)

    def mark_current_done(self) -> None:
        """Mark the current follow-up done, with a note (the check at 12 months: record
        the mentee's outcome); then read the list again."""
        from duodesk.ui import messages
        from duodesk.ui.today.follow_up_dialog import FollowUpDoneDialog

        item = self.current_item()
        if item is None or item.meeting_id is None or item.kind not in FOLLOW_UP_KINDS:
            return
        if item.kind in OUTCOME_KINDS:
            self._record_outcome(item)
            return
        dialog = FollowUpDoneDialog(self._services.duos, item, self)
        try:
            if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
                self._done_from_here()
        finally:
            dialog.deleteLater()

    def _record_outcome(self, item: TodayItem) -> None:
        """The duo window's outcome dialog and step: recording the outcome marks the check
        done; a refusal is said and the dialog comes back; Cancel changes nothing."""
        from duodesk.ui.duos.dialogs import OutcomeDialog, run_until_done

        duos, duo_id = self._services.duos, item.duo_id
        if duo_id is None:
            return
        dialog = OutcomeDialog(duos.today(), None, self, duo_name=texts.who_text(item))
        try:
            if run_until_done(self, dialog,
                              lambda d: duos.record_outcome(duo_id, d.code(), d.day())):
                self._done_from_here()
        finally:
            dialog.deleteLater()

    def _done_from_here(self) -> None:
        self.changed.emit()
        self.refresh()

    # --- language ----------------------------------------------------------------------------
    def _size_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        # Room for "mentee with mentor" in full: a name cut short helps nobody.
        self.tree.setColumnWidth(COLUMN_WHO, metrics.averageCharWidth() * 56)

    def _show_date(self) -> None:
        if self.data is None:
            self.date_label.clear()
            return
        day = self.data.today
        self.date_label.setText(QLocale().toString(QDate(day.year, day.month, day.day),
                                                   QLocale.FormatType.LongFormat))

    def _show_summary(self) -> None:
        # Qt's plural forms ("1 thing to do", "0 chose à faire").
        self.summary_label.setText(self.tr("%Ln things to do", "", self.model.item_count()))

    def retranslate(self) -> None:
        self.heading.setText(today_title())
        self.mine_check.setText(translate("TodayPage", "Only my mentees and duos"))
        self.mine_check.setToolTip(translate("TodayPage",
            "Items of the coordinator chosen under Settings → Who I am."))
        self.refresh_button.setText(translate("TodayPage", "Refresh"))
        self.open_button.setText(translate("TodayPage", "Open"))
        self.find_button.setText(translate("TodayPage", "Find a mentor…"))
        self._name_done_button(self.current_item())
        self.empty_label.setText(translate("TodayPage", "Nothing to do: no item needs you today."))
        self._show_date()
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
