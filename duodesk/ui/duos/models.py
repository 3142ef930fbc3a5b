"""Table models of the duo screens.

- :func:`duo_columns`: the columns of the Duos page and of a person's Duos tab, over
  :class:`duodesk.ui.tables.lazy_model.LazyTableModel` (ids held, rows read a page at a time,
  sorted in SQL by the keys of :data:`DUO_SORT_KEYS`).
- :class:`MeetingTableModel`: a duo's meetings and follow-ups.
- :class:`EvaluationTableModel`: evaluation forms, of one duo or of a person's duos.

Each row object is a plain dataclass from the core; :data:`RowRole` hands it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from duodesk.core.codes import DuoStatus, EvaluationStage, MeetingStatus, Respondent
from duodesk.core.services.duo_data import DUO_SORT_KEYS, DuoView, EvaluationView, MeetingView
from duodesk.ui.duos import texts
from duodesk.ui.tables.lazy_model import Column

Index = QModelIndex | QPersistentModelIndex
RowRole = int(Qt.ItemDataRole.UserRole) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)


def _column(key: str, title: Callable[[], str], value: Callable[[DuoView], Any],
            **options: Any) -> Column:
    return Column(key, title, value, sortable=key in DUO_SORT_KEYS, **options)


def _days_since_meeting(duo: DuoView) -> int | None:
    # Counted while the duo runs; for a duo that ended, the number only grows and says nothing.
    return duo.days_since_last_meeting if duo.status in _RUNNING else None


_RUNNING = frozenset({DuoStatus.PROPOSED, DuoStatus.ACCEPTED, DuoStatus.ACTIVE})


def duo_columns(today: Callable[[], date] = date.today) -> list[Column]:
    """The columns of a Duos table; keys are the SQL sort keys where one exists."""
    return [
        _column("mentee", lambda: QCoreApplication.translate("DuoColumns", "Mentee"),
                lambda duo: duo.mentee_name),
        _column("mentor", lambda: QCoreApplication.translate("DuoColumns", "Mentor"),
                lambda duo: duo.mentor_name),
        _column("coordinator", lambda: QCoreApplication.translate("DuoColumns", "Coordinator"),
                lambda duo: duo.coordinator_name),
        _column("status", lambda: QCoreApplication.translate("DuoColumns", "Status"),
                lambda duo: texts.status(duo.status)),
        _column("proposed_on", lambda: QCoreApplication.translate("DuoColumns", "Proposed on"),
                lambda duo: texts.day(duo.proposed_on)),
        _column("start_date", lambda: QCoreApplication.translate("DuoColumns", "Start"),
                lambda duo: texts.day(duo.start_date)),
        _column("planned_end", lambda: QCoreApplication.translate("DuoColumns", "Planned end"),
                lambda duo: texts.day(duo.planned_end)),
        _column("end_date", lambda: QCoreApplication.translate("DuoColumns", "End"),
                lambda duo: texts.day(duo.end_date), visible_by_default=False),
        _column("days_since_meeting",
                lambda: QCoreApplication.translate("DuoColumns", "Days since meeting"),
                _days_since_meeting, align_right=True),
        _column("flags", lambda: QCoreApplication.translate("DuoColumns", "Flags"),
                lambda duo: ", ".join(texts.flags(duo, today()))),
    ]


class _ListModel(QAbstractTableModel):
    """A small table over a list of rows, each column a title and a text of the row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def titles(self) -> list[str]:
        raise NotImplementedError

    def texts(self, row: Any) -> list[str]:
        raise NotImplementedError

    def tooltips(self, row: Any) -> list[str]:
        """What a cell says when the pointer rests on it: by default its whole text."""
        return self.texts(row)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role in (_DISPLAY, _TOOLTIP):
            values = self.texts(row) if role == _DISPLAY else self.tooltips(row)
            return values[index.column()] if index.column() < len(values) else None
        if role == _ALIGN:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = self.titles()
        if (orientation == Qt.Orientation.Horizontal and role == _DISPLAY
                and 0 <= section < len(titles)):
            return titles[section]
        return None

    def retranslate(self) -> None:
        """Codes and titles are shown in the language now installed."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))


class MeetingTableModel(_ListModel):
    """A duo's meetings, first to last: when, what, status, duration, place, topics, summary."""

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("DuoMeetings", "When"),
                QCoreApplication.translate("DuoMeetings", "Meeting"),
                QCoreApplication.translate("DuoMeetings", "Status"),
                QCoreApplication.translate("DuoMeetings", "Duration"),
                QCoreApplication.translate("DuoMeetings", "Place"),
                QCoreApplication.translate("DuoMeetings", "Topics"),
                QCoreApplication.translate("DuoMeetings", "Summary")]

    def texts(self, row: MeetingView) -> list[str]:
        place = (QCoreApplication.translate("DuoMeetings", "Online") if row.online
                 else row.location or "")
        minutes = QCoreApplication.translate("DuoMeetings", "{minutes} min").format(
            minutes=row.duration_min)
        return [texts.moment(row.starts_at),
                texts.meeting_name(row.kind, row.follow_up_month),
                texts.code_label(MeetingStatus, row.status), minutes, place,
                _one_line(row.topics), _one_line(row.summary)]


@dataclass(frozen=True)
class EvaluationRow:
    """An evaluation form with the duo it belongs to (named in a person's file)."""

    evaluation: EvaluationView
    duo_name: str = ""

    @property
    def id(self) -> object:
        return self.evaluation.id


class EvaluationTableModel(_ListModel):
    """Evaluation forms: stage, respondent, date, each answer, comments (and the duo, in a
    person's file, where the forms of several duos are listed together)."""

    def __init__(self, with_duo: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.with_duo = with_duo

    def titles(self) -> list[str]:
        titles = [QCoreApplication.translate("DuoEvaluations", "Stage"),
                  QCoreApplication.translate("DuoEvaluations", "Respondent"),
                  QCoreApplication.translate("DuoEvaluations", "Answered on"),
                  QCoreApplication.translate("DuoEvaluations", "Answers"),
                  QCoreApplication.translate("DuoEvaluations", "Comments")]
        if self.with_duo:
            titles.insert(0, QCoreApplication.translate("DuoEvaluations", "Duo"))
        return titles

    def texts(self, row: EvaluationRow) -> list[str]:
        form = row.evaluation
        answers = " · ".join(
            QCoreApplication.translate("DuoEvaluations", "{question}: {answer}").format(
                question=texts.short_question(code),
                answer=texts.decision(value) if value is not None else "—")
            for code, value in form.answers.items())
        values = [texts.code_label(EvaluationStage, form.stage),
                  texts.code_label(Respondent, form.respondent), texts.day(form.answered_on),
                  answers, _one_line(form.comments)]
        if self.with_duo:
            values.insert(0, row.duo_name)
        return values

    def tooltips(self, row: EvaluationRow) -> list[str]:
        return _evaluation_tooltips(self, row)


def _evaluation_tooltips(model: EvaluationTableModel, row: EvaluationRow) -> list[str]:
    values = model.texts(row)
    column = 4 if model.with_duo else 3
    values[column] = "\n".join(
        QCoreApplication.translate("DuoEvaluations", "{question}: {answer}").format(
            question=texts.question(code), answer=texts.answer(value))
        for code, value in row.evaluation.answers.items())
    values[-1] = row.evaluation.comments or ""
    return values


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
