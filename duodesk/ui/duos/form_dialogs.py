"""The forms of a duo's six months: a meeting logged, planned or marked as done, a
follow-up done with a note, and an evaluation form (SPEC §8) per respondent and stage, each
question answered yes, no or not at all.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from duodesk import labels
from duodesk.core.codes import EvaluationStage, Respondent
from duodesk.core.services.duo_data import (
    MENTEE_QUESTIONS,
    MENTOR_QUESTIONS,
    EvaluationView,
    MeetingView,
)
from duodesk.core.services.meetings import MAX_DURATION, MIN_DURATION
from duodesk.ui.duos import texts
from duodesk.ui.duos.dialogs import DuoDialog, date_edit


class MeetingMode(StrEnum):
    """What the meeting form is for."""

    LOG = "log"            # a meeting that took place
    PLAN = "plan"          # a meeting to come
    COMPLETE = "complete"  # a planned meeting that took place


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def default_start(mode: MeetingMode, now: datetime) -> datetime:
    """An hour ago (to the quarter) for a meeting logged, tomorrow 10:00 for one planned."""
    if mode == MeetingMode.PLAN:
        return datetime.combine(now.date() + timedelta(days=1), time(10, 0))
    earlier = now - timedelta(hours=1)
    return earlier.replace(minute=earlier.minute - earlier.minute % 15, second=0,
                           microsecond=0)


class MeetingDialog(DuoDialog):
    """A duo meeting: when, how long, where (or online), topics; for one that took place,
    who came and a summary. ``meeting``: the planned meeting being marked as done."""

    def __init__(self, mode: MeetingMode, now: datetime, meeting: MeetingView | None = None,
                 parent: QWidget | None = None) -> None:
        self.mode = MeetingMode(mode)
        titles = {
            MeetingMode.LOG: (QCoreApplication.translate("DuoForms", "Log a meeting"),
                              QCoreApplication.translate(
                                  "DuoForms", "A meeting of the duo that took place.")),
            MeetingMode.PLAN: (QCoreApplication.translate("DuoForms", "Plan a meeting"),
                               QCoreApplication.translate(
                                   "DuoForms", "A meeting of the duo still to come.")),
            MeetingMode.COMPLETE: (QCoreApplication.translate("DuoForms", "Meeting done"),
                                   QCoreApplication.translate(
                                       "DuoForms", "The meeting of {when} took place.").format(
                                       when=texts.moment(meeting.starts_at) if meeting
                                       else "")),
        }
        super().__init__(*titles[self.mode], parent)
        start = meeting.starts_at if meeting else default_start(self.mode, now)
        self.starts_at = QDateTimeEdit(QDateTime(start))
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSingleStep(15)
        self.duration.setValue(meeting.duration_min if meeting else 60)
        self.duration.setSuffix(QCoreApplication.translate("DuoForms", " min"))
        self.place = QLineEdit((meeting.location or "") if meeting else "")
        self.place.setPlaceholderText(QCoreApplication.translate(
            "DuoForms", "A café, the antenna, the library…"))
        self.online = QCheckBox(QCoreApplication.translate("DuoForms", "Online"))
        self.online.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.online.setChecked(bool(meeting and meeting.online))
        self.topics = QLineEdit((meeting.topics or "") if meeting else "")
        self.topics.setPlaceholderText(QCoreApplication.translate(
            "DuoForms", "CV, job interview practice, network…"))
        self.summary = _text_box()
        self.mentee_came = QCheckBox(QCoreApplication.translate("DuoForms", "The mentee came"))
        self.mentor_came = QCheckBox(QCoreApplication.translate("DuoForms", "The mentor came"))
        self.mentee_came.setChecked(True)
        self.mentor_came.setChecked(True)
        if self.mode != MeetingMode.COMPLETE:
            self.form.addRow(QCoreApplication.translate("DuoForms", "Date and time"),
                             self.starts_at)
            self.form.addRow(QCoreApplication.translate("DuoForms", "Duration"), self.duration)
            self.form.addRow(QCoreApplication.translate("DuoForms", "Place"), self.place)
            self.form.addRow("", self.online)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Topics"), self.topics)
        if self.mode != MeetingMode.PLAN:
            self.form.addRow(QCoreApplication.translate("DuoForms", "Summary"), self.summary)
            self.form.addRow(QCoreApplication.translate("DuoForms", "Present"),
                             self.mentee_came)
            self.form.addRow("", self.mentor_came)
        self.setMinimumWidth(520)

    def start(self) -> datetime:
        return self.starts_at.dateTime().toPython().replace(second=0, microsecond=0)

    def values(self) -> dict[str, object]:
        """The keyword arguments of the service's ``log_meeting``/``plan_meeting``."""
        found: dict[str, object] = {"topics": self.topics.text()}
        if self.mode != MeetingMode.COMPLETE:
            found.update(location=None if self.online.isChecked() else self.place.text(),
                         online=self.online.isChecked())
        if self.mode != MeetingMode.PLAN:
            found.update(summary=self.summary.toPlainText(),
                         mentee_attended=self.mentee_came.isChecked(),
                         mentor_attended=self.mentor_came.isChecked())
        return found


class FollowUpDialog(DuoDialog):
    """A coordinator's follow-up done, with a note of what was said."""

    def __init__(self, meeting: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoForms", "Follow-up done"),
            QCoreApplication.translate("DuoForms", "{follow_up}, planned on {day}.").format(
                follow_up=labels.follow_up(meeting.follow_up_month),
                day=texts.day(meeting.starts_at)),
            parent)
        self.note = _text_box(120)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Note"), self.note)

    def text(self) -> str:
        return self.note.toPlainText()


class AnswerCombo(QComboBox):
    """Yes, no, or not answered (the default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(texts.answer(None), None)
        self.addItem(texts.answer(True), True)
        self.addItem(texts.answer(False), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))


class EvaluationDialog(DuoDialog):
    """One evaluation form: who answers, at which stage, on which day, the respondent's
    questions and comments. A form already recorded for that respondent and stage is shown
    to be changed (recording it again replaces it)."""

    def __init__(self, today: date, recorded: list[EvaluationView], *,
                 respondent: str = Respondent.MENTEE, stage: str = EvaluationStage.START,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("DuoForms", "Evaluation"),
            QCoreApplication.translate(
                "DuoForms", "The answers of the mentee or the mentor at the start, after "
                "three months, at the end of the six months or after twelve months."),
            parent)
        self.today = today
        self.recorded = {(form.respondent, form.stage): form for form in recorded}
        self.respondent = QComboBox()
        for code, text in labels.choices(Respondent):
            self.respondent.addItem(text, code)
        self.stage = QComboBox()
        for code, text in labels.choices(EvaluationStage):
            self.stage.addItem(text, code)
        self.answered_on = date_edit(today)
        self.questions = {code: AnswerCombo() for code in (*MENTEE_QUESTIONS,
                                                            *MENTOR_QUESTIONS)}
        self.comments = _text_box(110)
        self.replacing = QLabel()
        self.replacing.setWordWrap(True)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Respondent"), self.respondent)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Stage"), self.stage)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Answered on"),
                         self.answered_on)
        for code, combo in self.questions.items():
            self.form.addRow(texts.question(code), combo)
        self.form.addRow(QCoreApplication.translate("DuoForms", "Comments"), self.comments)
        self.form.addRow(self.replacing)
        self.respondent.setCurrentIndex(max(self.respondent.findData(str(respondent)), 0))
        self.stage.setCurrentIndex(max(self.stage.findData(str(stage)), 0))
        self.respondent.currentIndexChanged.connect(lambda _i: self._show_form())
        self.stage.currentIndexChanged.connect(lambda _i: self._show_form())
        self._show_form()
        self.setMinimumWidth(560)

    def _asked(self) -> tuple[str, ...]:
        return (MENTOR_QUESTIONS if self.respondent.currentData() == Respondent.MENTOR
                else MENTEE_QUESTIONS)

    def _show_form(self) -> None:
        """The questions of the respondent chosen, filled with a form already recorded."""
        asked = self._asked()
        for code, combo in self.questions.items():
            self.form.setRowVisible(combo, code in asked)
        form = self.recorded.get((self.respondent.currentData(), self.stage.currentData()))
        self.replacing.setVisible(form is not None)
        if form is not None:
            self.replacing.setText(QCoreApplication.translate(
                "DuoForms", "This form was recorded on {day}: saving replaces it.").format(
                day=texts.day(form.answered_on)))
            self.answered_on.setDate(form.answered_on)
            for code in asked:
                self.questions[code].set_value(form.answers.get(code))
            self.comments.setPlainText(form.comments or "")
        self.adjustSize()

    def answers(self) -> dict[str, bool | None]:
        return {code: self.questions[code].value() for code in self._asked()}

    def values(self) -> tuple[str, str, date, dict[str, bool | None], str]:
        """respondent, stage, answered on, answers, comments (``record_evaluation``)."""
        return (str(self.respondent.currentData()), str(self.stage.currentData()),
                self.answered_on.date().toPython(), self.answers(),
                self.comments.toPlainText())
