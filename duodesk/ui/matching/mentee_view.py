"""Matching one mentee: a searchable list of the mentees waiting for a mentor (longest wait
first), and for the one chosen, the ranked mentors with their score, each criterion's part
and the reasons in words, beside the two profiles with what they share highlighted.
"Propose this duo…" opens the confirmation; nothing is written before it.

The suggestions and the mentee's file are read on a worker (the matching engine is loaded on
its first use); a mentor's file when the mentor is chosen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import MenteeStatus, PersonRole
from duodesk.core.errors import DuoDeskError
from duodesk.core.matching.results import Suggestion
from duodesk.core.matching.weights import MatchingWeights
from duodesk.core.services.person_data import PersonFile, PersonQuery, PersonRow
from duodesk.ui import formats
from duodesk.ui.matching.profile_compare import ProfileComparison
from duodesk.ui.matching.suggestion_model import BarDelegate, SuggestionModel
from duodesk.ui.tables.export import add_export_menu
from duodesk.ui.tables.lazy_model import Column, LazyTableModel
from duodesk.ui.tables.view import RecordTable

if TYPE_CHECKING:
    from duodesk.core.context import Services

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)
SUGGESTION_LIMIT = 20
SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class MenteeSuggestions:
    """What the worker reads for one mentee: the file, the ranked mentors, the weights."""

    mentee: PersonFile
    suggestions: list[Suggestion]
    weights: MatchingWeights


def read_suggestions(services: Services, mentee_id: uuid.UUID) -> MenteeSuggestions:
    """The mentee's file and ranked mentors (any thread)."""
    mentee = services.persons.get(mentee_id, record_view=False)
    suggestions = services.matching.suggestions(mentee_id, limit=SUGGESTION_LIMIT)
    return MenteeSuggestions(mentee, suggestions, services.matching.weights())


def _waiting_columns() -> list[Column]:
    def days(row: PersonRow) -> str | None:
        return None if row.days_waiting is None else formats.number_text(row.days_waiting)

    return [
        Column("name", lambda: translate("MenteeMatching", "Mentee"),
               lambda row: f"{row.last_name}, {row.first_name}"),
        Column("days_waiting", lambda: translate("MenteeMatching", "Days waiting"), days,
               align_right=True),
        Column("municipality", lambda: translate("MenteeMatching", "Municipality"),
               lambda row: row.municipality),
    ]


class _NoRows:
    def ids(self, sort_key: str | None, descending: bool) -> list[Any]:
        return []

    def rows(self, ids: Any) -> list[Any]:
        return []


class MenteeMatching(QWidget):
    """The "one mentee" side of the Matching page. ``propose(suggestion)`` is called with
    the pair the coordinator wants to propose; ``open_person(id)`` opens a file."""

    suggestions_shown = Signal()
    waiting_loaded = Signal()

    def __init__(self, services: Services, propose: Any, open_person: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._propose = propose
        self._open_person = open_person
        self._loaded = False
        self._pending: uuid.UUID | None = None  # a mentee asked for before the list is read
        self._generation = 0  # the latest reading of the waiting list
        self.mentee_id: uuid.UUID | None = None
        self.mentee: PersonFile | None = None
        self._heading_id: uuid.UUID | None = None  # whose name the heading shows
        self._mentors: dict[uuid.UUID, PersonFile] = {}

        # Left: the waiting mentees.
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("waitingSearch")
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_waiting)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.waiting_count = QLabel()
        self.waiting_model = LazyTableModel(_waiting_columns(), _NoRows(), self)
        self.waiting_table = RecordTable(self.waiting_model)
        self.waiting_table.setObjectName("waitingMentees")
        self.waiting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting_table.horizontalHeader().setSortIndicator(
            1, Qt.SortOrder.DescendingOrder)
        self.waiting_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._waiting_row_chosen(current.row()))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.waiting_count)
        left_layout.addWidget(self.waiting_table, 1)

        # Right: the mentee, the ranked mentors, the two profiles.
        self.mentee_heading = QLabel()
        font = QFont(self.mentee_heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.mentee_heading.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("matchingStatus")
        self.status_label.setWordWrap(True)
        self.open_mentee_button = QPushButton()
        self.open_mentee_button.clicked.connect(lambda: self._open(self.mentee_id))
        self.suggestion_model = SuggestionModel(parent=self)
        self.suggestion_table = QTableView()
        self.suggestion_table.setObjectName("suggestions")
        self.suggestion_table.setModel(self.suggestion_model)
        self.suggestion_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestion_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_table.verticalHeader().setVisible(False)
        self.suggestion_table.setWordWrap(False)
        self.suggestion_table.setItemDelegate(BarDelegate(self.suggestion_table))
        header = self.suggestion_table.horizontalHeader()
        header.setStretchLastSection(True)
        self.suggestion_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._mentor_chosen(current.row()))
        self.suggestion_table.doubleClicked.connect(lambda _index: self.propose_current())
        add_export_menu(self.suggestion_table)  # the ranked mentors to Excel, as any list
        self.comparison = ProfileComparison()
        self.propose_button = QPushButton()
        self.propose_button.setObjectName("proposeDuo")
        self.propose_button.clicked.connect(self.propose_current)
        self.open_mentor_button = QPushButton()
        self.open_mentor_button.clicked.connect(
            lambda: self._open(self.current_suggestion().mentor_id
                               if self.current_suggestion() else None))

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.mentee_heading, 1)
        heading_row.addWidget(self.open_mentee_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.open_mentor_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(self.suggestion_table, 3)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.comparison, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self._update_buttons()

    # --- the waiting list ------------------------------------------------------------------
    def load(self) -> None:
        """Read the waiting list (on first show, and after a duo was proposed)."""
        self._loaded = True
        self.reload_waiting()

    def reload_waiting(self) -> None:
        """Read the waiting list again on a worker (11,000 waiting mentees take half a
        second to sort by days waiting), keeping the sort and the mentee chosen."""
        from duodesk.ui.worker import run_in_background

        if not self._loaded:
            return
        query = PersonQuery(role=PersonRole.MENTEE, statuses=frozenset({MenteeStatus.WAITING}),
                            search=self.search_edit.text(), without_anonymised=True)
        source = self._services.persons.table_source(query)
        model = self.waiting_model
        # Longest wait first until the coordinator sorts by another column.
        key = model.sort_key or "days_waiting"
        descending = model.descending if model.sort_key else True
        self._generation += 1
        generation = self._generation
        run_in_background(self, lambda _progress: source.ids(key, descending), "",
                          lambda ids: self._waiting_read(generation, source, ids),
                          delay_ms=None)

    def _waiting_read(self, generation: int, source: Any, ids: list[Any]) -> None:
        if generation != self._generation:
            return  # a newer search was typed meanwhile
        self.waiting_model.set_ids(source, ids)
        self._show_count()
        wanted, self._pending = self._pending, None
        shown = wanted or self.mentee_id
        row = self.waiting_model.row_of(shown) if shown is not None else -1
        if row >= 0:
            self.waiting_table.selectRow(row)
            self.waiting_table.scrollTo(self.waiting_model.index(row, 0))
        self.waiting_loaded.emit()

    def refresh(self) -> None:
        """Read the waiting list and the current mentee's mentors again."""
        self.reload_waiting()
        if self.mentee_id is not None:
            self.show_mentee(self.mentee_id)

    def _show_count(self) -> None:
        count = self.waiting_model.rowCount()
        # Qt's plural forms: "0 mentee en attente", "1 trouvé" in French.
        if self.search_edit.text().strip():
            text = self.tr("%Ln found", "", count)
        else:
            text = self.tr("%Ln mentees waiting", "", count)
        self.waiting_count.setText(text)

    def _waiting_row_chosen(self, row: int) -> None:
        if row < 0:
            return
        mentee_id = self.waiting_model.id_at(row)
        if isinstance(mentee_id, uuid.UUID) and mentee_id != self.mentee_id:
            self.show_mentee(mentee_id)

    def select_mentee(self, mentee_id: uuid.UUID) -> None:
        """Choose ``mentee_id`` (e.g. from Today): its mentors, and its row in the list
        (the search is cleared if it hides the mentee)."""
        if mentee_id != self.mentee_id:
            self.show_mentee(mentee_id)
        row = self.waiting_model.row_of(mentee_id)
        if row >= 0:
            self.waiting_table.selectRow(row)
            self.waiting_table.scrollTo(self.waiting_model.index(row, 0))
            return
        self._pending = mentee_id  # selected once the list is read
        if self.search_edit.text():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.reload_waiting()

    # --- one mentee's mentors --------------------------------------------------------------
    def show_mentee(self, mentee_id: uuid.UUID) -> None:
        """Read the mentee's ranked mentors on a worker and show them."""
        from duodesk.ui.worker import run_in_background

        self.mentee_id = mentee_id
        self.mentee = None
        self._mentors.clear()
        self.suggestion_model.set_suggestions([])
        self.comparison.show_pair(None, None)
        self.status_label.setText(translate("MenteeMatching", "Looking for mentors…"))
        self._update_buttons()
        services = self._services
        run_in_background(self, lambda _progress: read_suggestions(services, mentee_id), "",
                          lambda found: self._suggestions_read(mentee_id, found),
                          lambda error: self._suggestions_failed(mentee_id, error),
                          delay_ms=None)

    def _suggestions_read(self, mentee_id: uuid.UUID, found: MenteeSuggestions) -> None:
        if mentee_id != self.mentee_id:
            return  # another mentee was chosen meanwhile
        self.mentee = found.mentee
        self._heading_id = mentee_id
        self.mentee_heading.setText(
            f"{found.mentee.data.first_name} {found.mentee.data.last_name}")
        self.suggestion_model.set_suggestions(found.suggestions, found.weights)
        self._size_columns()
        self._show_status()
        if found.suggestions:
            self.suggestion_table.selectRow(0)
        else:
            self.comparison.show_pair(found.mentee, None)
        self._update_buttons()
        self.suggestions_shown.emit()

    def _suggestions_failed(self, mentee_id: uuid.UUID, error: BaseException) -> bool:
        if mentee_id != self.mentee_id or not isinstance(error, DuoDeskError):
            return mentee_id != self.mentee_id  # a bug is reported as usual
        from duodesk.messages import describe

        # The mentee just proposed (now matched) keeps the name above the reason.
        if self._heading_id != mentee_id:
            self.mentee_heading.clear()
            self._heading_id = None
        self.status_label.setText(describe(error))
        self._update_buttons()
        self.suggestions_shown.emit()
        return True

    def _show_status(self) -> None:
        if self.mentee is None:
            return
        count = self.suggestion_model.rowCount()
        if count == 0:
            text = translate("MenteeMatching", "No mentor can be proposed: none shares a "
                             "language at a good level, has room and meets the mentee's "
                             "wishes.")
        elif count == 1:
            text = translate("MenteeMatching", "1 mentor can be proposed.")
        else:
            text = translate("MenteeMatching", "The {count} best mentors, best first.").format(
                count=formats.number_text(count))
        self.status_label.setText(text)

    def current_suggestion(self) -> Suggestion | None:
        return self.suggestion_model.suggestion(self.suggestion_table.currentIndex().row())

    def _mentor_chosen(self, row: int) -> None:
        suggestion = self.suggestion_model.suggestion(row)
        self._update_buttons()
        if suggestion is None or self.mentee is None:
            return
        mentor = self._mentors.get(suggestion.mentor_id)
        if mentor is None:
            try:
                mentor = self._services.persons.get(suggestion.mentor_id, record_view=False)
            except DuoDeskError:
                mentor = None
            if mentor is not None:
                self._mentors[suggestion.mentor_id] = mentor
        self.comparison.show_pair(self.mentee, mentor, suggestion)

    def propose_current(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self._propose(suggestion)

    def _open(self, person_id: uuid.UUID | None) -> None:
        if person_id is not None and self._open_person is not None:
            self._open_person(person_id)

    def _update_buttons(self) -> None:
        chosen = self.current_suggestion() is not None
        self.propose_button.setEnabled(chosen)
        self.open_mentor_button.setEnabled(chosen and self._open_person is not None)
        # The file opens by id: also for a mentee no longer waiting, whose mentors are not read.
        self.open_mentee_button.setEnabled(self.mentee_id is not None
                                           and self._open_person is not None)

    # --- language ----------------------------------------------------------------------------
    def _size_columns(self) -> None:
        metrics = self.suggestion_table.fontMetrics()
        header = self.suggestion_table.horizontalHeader()
        for number, key in enumerate(self.suggestion_model.keys):
            if key == "reasons":
                continue
            title = header.fontMetrics().horizontalAdvance(
                str(self.suggestion_model.headerData(number, Qt.Orientation.Horizontal)))
            content = metrics.averageCharWidth() * (24 if key == "mentor" else 6)
            self.suggestion_table.setColumnWidth(number, max(title + 24, content))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _size_waiting_columns(self) -> None:
        """Names in full; the days as narrow as their title allows."""
        chars = self.waiting_table.fontMetrics().averageCharWidth()
        header = self.waiting_table.horizontalHeader().fontMetrics()
        for column, width in ((0, 26), (1, 6)):
            title = header.horizontalAdvance(str(self.waiting_model.headerData(
                column, Qt.Orientation.Horizontal)))
            self.waiting_table.setColumnWidth(column, max(width * chars, title + 28))

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(
            translate("MenteeMatching", "Search a waiting mentee by name…"))
        self.open_mentee_button.setText(translate("MenteeMatching", "Open the mentee's file"))
        self.propose_button.setText(translate("MenteeMatching", "Propose this duo…"))
        self.open_mentor_button.setText(translate("MenteeMatching", "Open the mentor's file"))
        if self.mentee_id is None:
            self.status_label.setText(translate(
                "MenteeMatching", "Choose a waiting mentee to see the mentors who fit."))
        else:
            self._show_status()
        self._show_count()
        self.waiting_model.retranslate()
        self._size_waiting_columns()
        self.suggestion_model.retranslate()
        self._size_columns()  # empty too: the titles show before a mentee is chosen

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

