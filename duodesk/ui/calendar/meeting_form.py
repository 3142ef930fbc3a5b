"""The fields of the meeting dialog: kind, title (group sessions), day, start, duration
(30 minutes, an hour, an hour and a half, two hours, or another end time), place or online,
coordinator, the duo (shown, not changed), topics and summary.

:meth:`MeetingFields.problems` checks what the coordinator can fix at once and shows each
problem under its field; the service checks everything again when the meeting is saved.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from duodesk import labels
from duodesk.core.calendar.views import MeetingDraft
from duodesk.core.codes import MeetingKind
from duodesk.core.services.meetings import MAX_DURATION, MIN_DURATION
from duodesk.core.services.organisation import CoordinatorView
from duodesk.messages import describe
from duodesk.ui.date_field import DateField

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b3261e;"
PRESETS = (30, 60, 90, 120)
OTHER = -1  # the duration choice "ends at…" (an end time)
GROUP_KINDS = frozenset({MeetingKind.INFO_SESSION, MeetingKind.INTERVISION,
                         MeetingKind.WORKSHOP})
DUO_KINDS = frozenset({MeetingKind.DUO_MEETING, MeetingKind.FOLLOW_UP})


def duration_text(minutes: int) -> str:
    """"30 min", "1 h", "1 h 30"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("MeetingForm", "{minutes} min").format(minutes=rest)
    if not rest:
        return translate("MeetingForm", "{hours} h").format(hours=hours)
    return translate("MeetingForm", "{hours} h {minutes:02d}").format(hours=hours, minutes=rest)


@dataclass(frozen=True)
class FormValues:
    """What the fields hold, comparable to tell whether anything was changed."""

    kind: str
    day: date
    start: time
    duration_min: int
    title: str
    location: str
    online: bool
    coordinator_id: uuid.UUID | None
    topics: str
    summary: str

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)


class MeetingFields(QWidget):
    """The meeting's own fields; ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, coordinators: list[CoordinatorView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(labels.label(kind), kind.value)
        self.title = QLineEdit()
        self.title_error = self._error_label()
        # A day typed that is no real day (31/02) is said, never turned into another day.
        self.day = DateField(required=True, value=date.today())
        self.day.edit.editingFinished.connect(self._day_left)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.duration = QComboBox()
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.ends_label = QLabel()
        self._last_preset = 60
        self.end.setHidden(True)
        self.time_error = self._error_label()
        self.place = QLineEdit()
        self.online = QCheckBox()
        self.online.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.coordinator = QComboBox()
        self.coordinator.addItem("—", None)
        for coordinator in coordinators:
            self.coordinator.addItem(coordinator.name, coordinator.id)
        self.duo_label = QLabel()
        self.duo_label.setWordWrap(True)
        self.topics = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(70)

        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.day)
        self.at_label = QLabel()
        when.addWidget(self.at_label)
        when.addWidget(self.start)
        when.addStretch(1)
        length = QHBoxLayout()
        length.setContentsMargins(0, 0, 0, 0)
        length.addWidget(self.duration)
        length.addWidget(self.end)
        length.addWidget(self.ends_label, 1)
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.place, 1)
        where.addWidget(self.online)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_caption, self.title_caption = QLabel(), QLabel()
        self.when_caption, self.length_caption = QLabel(), QLabel()
        self.place_caption, self.coordinator_caption = QLabel(), QLabel()
        self.duo_caption, self.topics_caption = QLabel(), QLabel()
        self.summary_caption = QLabel()
        self.form.addRow(self.kind_caption, self.kind)
        self.form.addRow(self.title_caption, self.title)
        self.form.addRow("", self.title_error)
        self.form.addRow(self.duo_caption, self.duo_label)
        self.form.addRow(self.when_caption, _row(when))
        self.form.addRow(self.length_caption, _row(length))
        self.form.addRow("", self.time_error)
        self.form.addRow(self.place_caption, _row(where))
        self.form.addRow(self.coordinator_caption, self.coordinator)
        self.form.addRow(self.topics_caption, self.topics)
        self.form.addRow(self.summary_caption, self.summary)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.duration.currentIndexChanged.connect(self._duration_changed)
        for signal in (self.title.textEdited, self.day.dateChanged, self.day.changed,
                       self.start.timeChanged,
                       self.end.timeChanged, self.place.textEdited, self.online.toggled,
                       self.coordinator.currentIndexChanged, self.topics.textEdited,
                       self.summary.textChanged):
            signal.connect(self._edited)
        self.retranslate()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def retranslate(self) -> None:
        for index in range(self.kind.count()):
            self.kind.setItemText(index, labels.label(MeetingKind(self.kind.itemData(index))))
        chosen = self.duration.currentData()
        self.duration.blockSignals(True)
        self.duration.clear()
        for minutes in PRESETS:
            self.duration.addItem(duration_text(minutes), minutes)
        self.duration.addItem(translate("MeetingForm", "Ends at…"), OTHER)
        self.duration.setCurrentIndex(max(0, self.duration.findData(chosen)))
        self.duration.blockSignals(False)
        self.title.setPlaceholderText(translate(
            "MeetingForm", "Information session, Schaerbeek library"))
        self.place.setPlaceholderText(translate("MeetingForm", "The antenna, a library…"))
        self.topics.setPlaceholderText(translate(
            "MeetingForm", "CV, job interview practice, network…"))
        self.online.setText(translate("MeetingForm", "Online"))
        self.at_label.setText(translate("MeetingForm", "at"))
        for caption, text in (
                (self.kind_caption, translate("MeetingForm", "Kind")),
                (self.title_caption, translate("MeetingForm", "Title")),
                (self.duo_caption, translate("MeetingForm", "Duo")),
                (self.when_caption, translate("MeetingForm", "When")),
                (self.length_caption, translate("MeetingForm", "Duration")),
                (self.place_caption, translate("MeetingForm", "Place")),
                (self.coordinator_caption, translate("MeetingForm", "Coordinator")),
                (self.topics_caption, translate("MeetingForm", "Topics")),
                (self.summary_caption, translate("MeetingForm", "Summary"))):
            caption.setText(text)
        self._show_end()
        if not self.title_error.isHidden() or not self.time_error.isHidden():
            self.problems()  # a problem already shown is said again in the new language

    # --- filling and reading -------------------------------------------------------------
    def load(self, values: FormValues, *, duo_name: str | None = None,
             kinds_allowed: frozenset[MeetingKind] | None = None,
             coordinator_name: str | None = None) -> None:
        """Show ``values``; ``kinds_allowed``: the kinds that can be chosen (others greyed,
        a single one fixes the kind); ``coordinator_name``: the meeting's coordinator, offered
        even if no longer active, so that saving does not take them off the meeting."""
        for widget in self._inputs():
            widget.blockSignals(True)
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        for index in range(self.kind.count()):
            item = model.item(index)
            item.setEnabled(kinds_allowed is None
                            or MeetingKind(self.kind.itemData(index)) in kinds_allowed)
        self.kind.setEnabled(kinds_allowed is None or len(kinds_allowed) > 1)
        self.kind.setCurrentIndex(self.kind.findData(values.kind))
        self.title.setText(values.title)
        self.day.setDate(QDate(values.day.year, values.day.month, values.day.day))
        self.start.setTime(QTime(values.start.hour, values.start.minute))
        preset = self.duration.findData(values.duration_min)
        self.duration.setCurrentIndex(preset if preset >= 0 else self.duration.count() - 1)
        ends = values.starts_at + timedelta(minutes=values.duration_min)
        self.end.setTime(QTime(ends.hour, ends.minute))
        self.end.setHidden(preset >= 0)  # a stored end time is kept as it is
        self.place.setText(values.location)
        self.online.setChecked(values.online)
        self.place.setEnabled(not values.online)
        known = [self.coordinator.itemData(i) for i in range(self.coordinator.count())]
        if values.coordinator_id is not None and values.coordinator_id not in known:
            self.coordinator.addItem(coordinator_name or "?", values.coordinator_id)
        # findData does not compare Python objects such as a UUID: looked up by hand.
        self.coordinator.setCurrentIndex(next(
            (i for i in range(self.coordinator.count())
             if self.coordinator.itemData(i) == values.coordinator_id), 0))
        self.topics.setText(values.topics)
        self.summary.setPlainText(values.summary)
        self.duo_label.setText(duo_name or "")
        self.duo_caption.setVisible(duo_name is not None)
        self.duo_label.setVisible(duo_name is not None)
        for widget in self._inputs():
            widget.blockSignals(False)
        self._kind_changed()
        self._duration_changed()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.kind, self.title, self.day, self.start, self.duration, self.end,
                self.place, self.online, self.coordinator, self.topics, self.summary)

    def values(self) -> FormValues:
        """The meeting as typed; while the day is a typo, its last real day (saving is
        refused by :meth:`problems` until the day is fixed)."""
        day = self.day.last_day() or date.today()
        start = self.start.time().toPython().replace(second=0, microsecond=0)
        return FormValues(
            kind=self.kind.currentData(), day=day, start=start,
            duration_min=self.duration_min(), title=self.title.text().strip(),
            location=self.place.text().strip(), online=self.online.isChecked(),
            coordinator_id=self.coordinator.currentData(), topics=self.topics.text().strip(),
            summary=self.summary.toPlainText().strip())

    def duration_min(self) -> int:
        """The preset chosen, or the minutes from the start to the end time typed."""
        chosen = self.duration.currentData()
        if chosen is not None and chosen != OTHER:
            return int(chosen)
        start = self.start.time()
        return start.secsTo(self.end.time()) // 60

    def draft(self, duo_id: uuid.UUID | None,
              attendee_ids: tuple[uuid.UUID, ...]) -> MeetingDraft:
        values = self.values()
        kind = MeetingKind(values.kind)
        return MeetingDraft(
            kind=kind, starts_at=values.starts_at, duration_min=values.duration_min,
            location=None if values.online else values.location or None,
            coordinator_id=values.coordinator_id, duo_id=duo_id,
            title=values.title or None if kind not in DUO_KINDS else None,
            summary=values.summary or None, topics=values.topics or None,
            attendee_ids=() if duo_id is not None else attendee_ids, online=values.online)

    # --- checking ------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Show under their fields what must be fixed before saving; returns the texts."""
        values = self.values()
        title_problem = None
        if MeetingKind(values.kind) in GROUP_KINDS and not values.title:
            title_problem = translate("MeetingForm", "A group session needs a title, so that "
                                                     "everyone recognises it in the calendar.")
        time_problem = None
        minutes = values.duration_min
        if (unreadable := self.day.problem()) is not None:
            time_problem = describe(unreadable)
        elif minutes <= 0:
            time_problem = translate("MeetingForm", "The meeting must end after it starts.")
        elif minutes < MIN_DURATION:
            time_problem = translate("MeetingForm", "A meeting lasts at least {minutes} "
                                                    "minutes.").format(minutes=MIN_DURATION)
        elif minutes > MAX_DURATION:
            time_problem = translate("MeetingForm", "A meeting lasts at most {hours} hours."
                                     ).format(hours=MAX_DURATION // 60)
        for label, problem in ((self.title_error, title_problem),
                               (self.time_error, time_problem)):
            label.setText(problem or "")
            label.setVisible(problem is not None)
        return [problem for problem in (title_problem, time_problem) if problem]

    # --- reacting ------------------------------------------------------------------------
    def _kind_changed(self, *_args: object) -> None:
        group = MeetingKind(self.kind.currentData()) in GROUP_KINDS
        self.title_caption.setVisible(group)
        self.title.setVisible(group)
        if not group:
            self.title_error.setVisible(False)
        self._edited()

    def _duration_changed(self, *_args: object) -> None:
        other = self.duration.currentData() == OTHER
        if other and self.end.isHidden():
            # The end time starts where the preset left it, so nothing jumps.
            ends = self.values().starts_at + timedelta(minutes=self._last_preset)
            self.end.blockSignals(True)
            self.end.setTime(QTime(ends.hour, ends.minute))
            self.end.blockSignals(False)
        elif not other:
            self._last_preset = int(self.duration.currentData())
        self.end.setVisible(other)
        self._edited()

    def _show_end(self) -> None:
        minutes = self.duration_min()
        if self.duration.currentData() == OTHER:
            text = duration_text(minutes) if minutes > 0 else ""
        else:
            ends = self.values().starts_at + timedelta(minutes=minutes)
            text = translate("MeetingForm", "ends at {time}").format(
                time=f"{ends.hour:02d}:{ends.minute:02d}")
        self.ends_label.setText(text)

    def _day_left(self) -> None:
        if self.day.problem() is not None:
            self.problems()

    def _edited(self, *_args: object) -> None:
        self._show_end()
        if self.title_error.isVisible() or self.time_error.isVisible():
            self.problems()  # a problem shown goes away as soon as it is fixed
        self.changed.emit()


def _row(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    holder.setLayout(layout)
    return holder
