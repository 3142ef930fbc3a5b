"""The Mentees and Mentors pages (SPEC §4.2): a filter bar, the count of persons shown, a
"New" button and the table of 100,000 rows (ids held, rows fetched a page at a time, sorted
and filtered in SQL). One class serves both roles.

Nothing is read from the database when the page is built: the table is read the first time
the page is shown, and the filter choices (a few hundred milliseconds at 100,000 persons) on a
worker, so that the window never waits for them. At start-up the composition root reads the
first page's ids on the worker that opens the database (:func:`read_list_data`) and hands
them over, so that the first page shows filled at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from duodesk import labels
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole, Sector
from duodesk.core.preferences import Preferences, save_preferences
from duodesk.core.services.organisation import OrganisationService
from duodesk.core.services.person_data import SORT_KEYS, PersonQuery, PersonRow
from duodesk.core.services.persons import PersonService
from duodesk.ui import formats
from duodesk.ui.page_titles import mentees_title as mentees_title  # the name in the side bar
from duodesk.ui.page_titles import mentors_title as mentors_title
from duodesk.ui.persons.filters import FilterOptions, PersonFilters
from duodesk.ui.tables.lazy_model import Column, LazyTableModel
from duodesk.ui.tables.view import RecordTable

TABLE_KEYS = {PersonRole.MENTEE: "mentees", PersonRole.MENTOR: "mentors"}
# Widths of the free-text columns, in average characters (long enough for most values; the
# tooltip shows the rest).
COLUMN_CHARACTERS = {"name": 24, "age": 3, "municipality": 20, "email": 24, "sectors": 22,
                     "languages": 7, "coordinator": 19, "days_waiting": 4}


@dataclass(frozen=True)
class PersonListData:
    """What a list page shows first: the ordered ids of its rows, unfiltered, by name."""

    ids: list[uuid.UUID]


def read_filter_options(persons: PersonService, organisation: OrganisationService,
                        role: PersonRole) -> FilterOptions:
    """The municipalities, languages and coordinators the filters offer (any thread)."""
    coordinators = [(c.id, c.name) for c in organisation.coordinators()]
    return FilterOptions(municipalities=persons.municipalities(role),
                         languages=persons.languages_spoken(role), coordinators=coordinators)


def read_list_data(persons: PersonService, role: PersonRole) -> PersonListData:
    """What a list page reads when first shown with no filter, sorted by name (any thread:
    the composition root calls it on the worker that opens the database)."""
    return PersonListData(persons.table_source(PersonQuery(role=role)).ids("name", False))


class _NothingYet:
    """The table's source until the page is first shown: no rows, no database read."""

    def ids(self, sort_key: str | None, descending: bool) -> list[Hashable]:
        return []

    def rows(self, ids: Sequence[Hashable]) -> list[Any]:
        return []


def _date(value: date | None) -> str | None:
    if value is None:
        return None
    return formats.date_text(value)


def _status(row: PersonRow) -> str:
    enum = MenteeStatus if row.role == PersonRole.MENTEE else MentorStatus
    try:
        return labels.label(enum(row.status))
    except ValueError:
        return row.status


def _sectors(row: PersonRow) -> str:
    names = []
    for code in row.sectors:
        try:
            names.append(labels.label(Sector(code)))
        except ValueError:
            names.append(code)
    return ", ".join(names)


def _column(key: str, title: Callable[[], str], value: Callable[[PersonRow], Any],
            **options: Any) -> Column:
    return Column(key, title, value, sortable=key in SORT_KEYS, **options)


def person_columns(role: PersonRole) -> list[Column]:
    """The columns of the mentee or mentor table; keys are the SQL sort keys."""
    columns = [
        _column("name", lambda: QCoreApplication.translate("PersonListPage", "Name"),
                lambda row: f"{row.last_name}, {row.first_name}"),
        _column("status", lambda: QCoreApplication.translate("PersonListPage", "Status"),
                _status),
        _column("age", lambda: QCoreApplication.translate("PersonListPage", "Age"),
                lambda row: row.age, align_right=True),
        _column("municipality",
                lambda: QCoreApplication.translate("PersonListPage", "Municipality"),
                lambda row: row.municipality),
        _column("phone", lambda: QCoreApplication.translate("PersonListPage", "Phone"),
                lambda row: row.phone),
        _column("email", lambda: QCoreApplication.translate("PersonListPage", "Email"),
                lambda row: row.email),
        _column("sectors", lambda: QCoreApplication.translate("PersonListPage", "Sectors"),
                _sectors),
        _column("languages",
                lambda: QCoreApplication.translate("PersonListPage", "Languages"),
                lambda row: ", ".join(code for code, _level in row.languages)),
        _column("coordinator",
                lambda: QCoreApplication.translate("PersonListPage", "Coordinator"),
                lambda row: row.coordinator_name),
        _column("registered_on",
                lambda: QCoreApplication.translate("PersonListPage", "Registered on"),
                lambda row: _date(row.registered_on)),
    ]
    if role == PersonRole.MENTEE:
        columns.append(_column(
            "days_waiting",
            lambda: QCoreApplication.translate("PersonListPage", "Days waiting"),
            lambda row: row.days_waiting, align_right=True))
    return columns


class PersonListPage(QWidget):
    """The table of mentees or of mentors, with its filters.

    ``open_person(id)`` opens a person's file (Enter or double-click on a row);
    ``open_new(role)`` opens an empty file; without it, the "New" button is hidden.
    """

    def __init__(self, role: PersonRole, persons: PersonService,
                 organisation: OrganisationService, prefs: Preferences, *,
                 open_person: Callable[[uuid.UUID], None] | None = None,
                 open_new: Callable[[PersonRole], None] | None = None,
                 save_prefs: Callable[[Preferences], None] = save_preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"{TABLE_KEYS[role]}Page")
        self._persons = persons
        self._organisation = organisation
        self._prefs = prefs
        self._save_prefs = save_prefs
        self._open_person = open_person
        self._open_new = open_new
        self._loaded = False
        self._preloaded: PersonListData | None = None
        self.options_loaded = False
        self.count = 0

        self.filters = PersonFilters(role)
        self.filters.changed.connect(self._filters_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("personCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.new_button = QPushButton()
        self.new_button.setVisible(open_new is not None)
        self.new_button.clicked.connect(self._new_clicked)

        self.model = LazyTableModel(person_columns(role), _NothingYet(), self)
        self.table = RecordTable(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.set_visible_columns((prefs.table_columns or {}).get(self.table_key))
        self.table.on_columns_changed(self._remember_columns)
        self.table.opened.connect(self._open_row)

        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.retranslate()

    @property
    def table_key(self) -> str:
        """The key of this table in ``Preferences.table_columns``."""
        return TABLE_KEYS[self.role]

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def preload(self, data: PersonListData) -> None:
        """Show ``data`` (read on a worker) when the page is first shown."""
        if not self._loaded:
            self._preloaded = data

    def load(self) -> None:
        """Read the table, and the filter choices on a worker (done on first show)."""
        self._loaded = True
        data, self._preloaded = self._preloaded, None
        unchanged = (self.model.sort_key in (None, "name") and not self.model.descending
                     and self.filters.query() == PersonQuery(role=self.role))
        if data is not None and unchanged:
            self.model.set_ids(self._persons.table_source(self.filters.query()), data.ids)
            self.count = self.model.rowCount()
            self._show_count()
        else:
            self._show_selection()
        self._read_options_in_background()

    def refresh(self) -> None:
        """Read everything again, keeping filters, sort and the current row (after edits)."""
        if not self._loaded:
            return  # read when first shown
        current = self.table.current_id()
        self._show_selection()
        self._read_options_in_background()
        if current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.table.selectRow(row)

    def _read_options_in_background(self) -> None:
        from duodesk.ui.worker import run_in_background

        persons, organisation, role = self._persons, self._organisation, self.role
        run_in_background(self, lambda _progress: read_filter_options(persons, organisation, role),
                          "", self._options_read, delay_ms=None)

    def _options_read(self, options: FilterOptions) -> None:
        self.filters.set_options(options)
        self.options_loaded = True

    def _filters_changed(self) -> None:
        if self._loaded:
            self._show_selection()

    def _show_selection(self) -> None:
        self.model.set_source(self._persons.table_source(self.filters.query()))
        self.count = self.model.rowCount()
        self._show_count()

    # --- actions -----------------------------------------------------------------------------
    def _open_row(self, person_id: object) -> None:
        if self._open_person is not None and isinstance(person_id, uuid.UUID):
            self._open_person(person_id)

    def _new_clicked(self) -> None:
        if self._open_new is not None:
            self._open_new(self.role)

    def _remember_columns(self, keys: list[str]) -> None:
        if self._prefs.table_columns is None:
            self._prefs.table_columns = {}
        self._prefs.table_columns[self.table_key] = list(keys)
        self._save_prefs(self._prefs)

    def _size_columns(self) -> None:
        """Widths that fit the longest status and the title in the current language; other
        columns in characters of the current font, so that they follow the font size."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        status_enum = MenteeStatus if self.role == PersonRole.MENTEE else MentorStatus
        samples = {
            "status": max((text for _code, text in labels.choices(status_enum)),
                          key=metrics.horizontalAdvance),
            "phone": "+32470000000",
            "registered_on": _date(date(2026, 12, 31)) or "",
        }
        for number, column in enumerate(self.model.columns):
            if column.key in samples:
                content = metrics.horizontalAdvance(samples[column.key])
            else:
                content = COLUMN_CHARACTERS.get(column.key, 12) * metrics.averageCharWidth()
            title = header_metrics.horizontalAdvance(column.title()) + 28  # the sort arrow
            self.table.setColumnWidth(number, max(content + 16, title))

    # --- language ----------------------------------------------------------------------------
    def _show_count(self) -> None:
        # Qt's plural forms: "1 mentee", "0 mentee" in French, the count with the language's
        # separators (%Ln).
        if self.role == PersonRole.MENTEE:
            text = self.tr("%Ln mentees", "", self.count)
        else:
            text = self.tr("%Ln mentors", "", self.count)
        self.count_label.setText(text)

    def retranslate(self) -> None:
        self.new_button.setText(
            QCoreApplication.translate("PersonListPage", "New mentee")
            if self.role == PersonRole.MENTEE else
            QCoreApplication.translate("PersonListPage", "New mentor"))
        self._show_count()
        self.model.retranslate()
        self._size_columns()
        if self.model.rowCount():  # statuses, sectors and dates are shown translated
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
