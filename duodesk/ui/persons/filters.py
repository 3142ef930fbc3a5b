"""The filter bar above the mentee and mentor tables: a search field and the status,
sector, language, municipality and coordinator combos, each starting on "All". It turns
what is chosen into a :class:`PersonQuery`; the page reads it when ``changed`` fires.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole, Sector
from duodesk.core.services.person_data import PersonQuery
from duodesk.ui import formats

# A keystroke updates the table at once (about 20 ms at 100,000 mentees): the zero-delay timer
# only folds the keystrokes that arrive within one turn of the event loop into one search.
SEARCH_DELAY_MS = 0
# One letter matches a sixth of the names and says little: the table narrows from the second
# character typed (a one-letter search took 150 ms at 100,000 mentees, two letters 30).
MIN_SEARCH_CHARACTERS = 2


def effective_search(text: str) -> str:
    """The search the table applies for what is typed: nothing below two characters."""
    text = text.strip()
    return text if len(text) >= MIN_SEARCH_CHARACTERS else ""


@dataclass(frozen=True)
class FilterOptions:
    """What the combos offer beyond the code lists: read from the database on first show."""

    municipalities: Sequence[str] = ()
    languages: Sequence[str] = ()
    coordinators: Sequence[tuple[uuid.UUID, str]] = ()


# Languages Qt has no locale for, named as in duodesk.matching_texts.
_UNKNOWN_TO_QT = {"ber": "Berber", "prs": "Dari"}


def language_name(code: str) -> str:
    """A language code in the user's language ("Arabe (ar)", "Engels (en)"), as the Matching
    page names it: its speakers' own name may be in a script the coordinator cannot read, or
    a country's variant ("American English")."""
    locale = QLocale(code)
    english = _UNKNOWN_TO_QT.get(code) or (
        QLocale.languageToString(locale.language())
        if locale.language() != QLocale.Language.C else "")
    if not english:
        return code
    # The English name translated by the "LanguageName" texts of duodesk.matching_texts (not
    # imported: it would load the matching engine just to fill a combo); a language those
    # texts do not name keeps its speakers' own name rather than an English one.
    name = QCoreApplication.translate("LanguageName", english)
    if name == english and QLocale().language() != QLocale.Language.English:
        name = locale.nativeLanguageName() or english
    return f"{name[:1].upper()}{name[1:]} ({code})"


class PersonFilters(QWidget):
    """Search field and filter combos; ``changed`` fires when the selection changes (the
    search only after a short pause in typing)."""

    changed = Signal()

    def __init__(self, role: PersonRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self._options = FilterOptions()
        self._applied_search = ""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("tableSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.status_combo = self._combo()
        self.sector_combo = self._combo()
        self.language_combo = self._combo()
        self.municipality_combo = self._combo()
        self.coordinator_combo = self._combo()
        self._captions: list[tuple[QLabel, QComboBox]] = []
        # Two rows: on one, the search and five lists asked for 1,200 pixels in French, more
        # than a 1,366-pixel laptop screen leaves beside the side bar.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        layout.addLayout(first)
        layout.addLayout(second)
        first.addWidget(self.search_edit, 2)
        for row, combo in ((first, self.status_combo), (first, self.sector_combo),
                           (second, self.language_combo), (second, self.municipality_combo),
                           (second, self.coordinator_combo)):
            caption = QLabel()
            caption.setBuddy(combo)
            self._captions.append((caption, combo))
            if row is first:
                row.addSpacing(6)
            row.addWidget(caption)
            row.addWidget(combo, 1)
            row.addSpacing(6)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_changed)
        self.search_edit.textChanged.connect(self._search_typed)
        self.retranslate()

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.activated.connect(self._chosen)
        return combo

    def _search_changed(self) -> None:
        self._applied_search = effective_search(self.search_edit.text())
        self.changed.emit()

    def _chosen(self, _row: int) -> None:
        self.changed.emit()

    def _search_typed(self, text: str) -> None:
        if effective_search(text) != self._applied_search:
            self._timer.start()

    # --- choices ---------------------------------------------------------------------------
    def set_options(self, options: FilterOptions) -> None:
        """Offer these municipalities, languages and coordinators (keeping the choice)."""
        self._options = options
        self._fill()

    def _fill(self) -> None:
        status_enum = MenteeStatus if self.role == PersonRole.MENTEE else MentorStatus
        self._set_items(self.status_combo, labels.choices(status_enum))
        sectors = sorted(labels.choices(Sector), key=lambda item: formats.sort_key(item[1]))
        self._set_items(self.sector_combo, sectors)
        languages = sorted(((code, language_name(code)) for code in self._options.languages),
                           key=lambda item: formats.sort_key(item[1]))
        self._set_items(self.language_combo, languages)
        self._set_items(self.municipality_combo,
                        [(name, name) for name in self._options.municipalities])
        # Ids as text: a combo finds text data again, not Python objects.
        self._set_items(self.coordinator_combo,
                        [(str(id_), name) for id_, name in self._options.coordinators])

    def _set_items(self, combo: QComboBox, items: Sequence[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("PersonFilters", "All"), None)
        for value, text in items:
            combo.addItem(text, value)
        row = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(row, 0))
        combo.blockSignals(False)

    def query(self) -> PersonQuery:
        """The selection chosen, for the table's source."""
        status = self.status_combo.currentData()
        sector = self.sector_combo.currentData()
        coordinator = self.coordinator_combo.currentData()
        return PersonQuery(
            role=self.role,
            statuses=frozenset({status}) if status else frozenset(),
            sector=Sector(sector) if sector else None,
            language=self.language_combo.currentData(),
            municipality=self.municipality_combo.currentData(),
            coordinator_id=uuid.UUID(coordinator) if coordinator else None,
            search=effective_search(self.search_edit.text()),
        )

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        placeholder = QCoreApplication.translate("PersonFilters",
                                                 "Search by name, email or phone")
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setMinimumWidth(
            self.search_edit.fontMetrics().horizontalAdvance(placeholder) + 40)
        captions = (
            QCoreApplication.translate("PersonFilters", "Status"),
            QCoreApplication.translate("PersonFilters", "Sector"),
            QCoreApplication.translate("PersonFilters", "Language"),
            QCoreApplication.translate("PersonFilters", "Municipality"),
            QCoreApplication.translate("PersonFilters", "Coordinator"),
        )
        for (caption, _combo), text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
