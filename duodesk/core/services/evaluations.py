"""Evaluations of a duo (SPEC §3 Evaluation, §8): the mentee's and the mentor's yes/no
answers at the start, at three months (``mid``), at six months (``end``) and at twelve
months (``follow_up``), with free comments. One form per duo, respondent and stage:
recording it again replaces the answers. The impact indicators read the ``end`` forms.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, EvaluationStage, Respondent
from duodesk.core.database import Database
from duodesk.core.duo_status import Step, check_step
from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.models import Duo, Evaluation
from duodesk.core.services.duo_data import MENTEE_QUESTIONS, MENTOR_QUESTIONS, EvaluationView

QUESTIONS: Mapping[Respondent, tuple[str, ...]] = {
    Respondent.MENTEE: MENTEE_QUESTIONS,
    Respondent.MENTOR: MENTOR_QUESTIONS,
}
COMMENTS_LIMIT = 20_000
STAGE_ORDER = [stage.value for stage in EvaluationStage]


class EvaluationActions:
    """Evaluation forms, as methods of the duo service (which provides ``db``, ``today``
    and ``_audit``)."""

    db: Database
    today: Callable[[], date]
    now: Callable[[], datetime]
    _audit: Callable[..., None]

    def record_evaluation(self, duo_id: uuid.UUID, respondent: Respondent | str,
                          stage: EvaluationStage | str, answered_on: date,
                          answers: Mapping[str, bool | None],
                          comments: str | None = None) -> EvaluationView:
        """Save the answers of ``respondent`` at ``stage`` for a duo that started; an
        earlier form of the same respondent and stage is replaced.

        ``answers`` maps the respondent's questions (:data:`QUESTIONS`) to yes, no or
        ``None`` (not answered); a question of the other respondent is refused. Raises
        ``InvalidValue``, ``DuoStepRefused`` (a duo that never started) or ``NotFound``.
        """
        who = _member(Respondent, respondent, "respondent")
        when = _member(EvaluationStage, stage, "stage")
        asked = QUESTIONS[who]
        for question, answer in answers.items():
            if question not in asked:
                raise InvalidValue(field=question, reason="not_for_respondent")
            if answer is not None and not isinstance(answer, bool):
                raise InvalidValue(field=question, reason="yes_or_no")
        text = (comments or "").strip() or None
        if text is not None and len(text) > COMMENTS_LIMIT:
            raise InvalidValue(field="comments", reason="too_long", limit=COMMENTS_LIMIT)
        if answered_on > self.today():
            raise InvalidValue(field="answered_on", reason="date_in_future")
        with self.db.write() as session:
            duo = session.get(Duo, duo_id)
            if duo is None:
                raise NotFound(record_type="duo")
            check_step(Step.EVALUATE, str(duo.status))
            if duo.start_date is not None and answered_on < duo.start_date:
                raise InvalidValue(field="answered_on", reason="before_start")
            form = session.scalar(select(Evaluation).where(
                Evaluation.duo_id == duo_id, Evaluation.respondent == who,
                Evaluation.stage == when))
            action = AuditAction.UPDATE
            if form is None:
                form = Evaluation(id=uuid.uuid4(), duo_id=duo_id, respondent=who, stage=when)
                session.add(form)
                action = AuditAction.CREATE
            form.answered_on = answered_on
            for question in asked:
                setattr(form, question, answers.get(question))
            form.comments = text
            session.flush()
            self._audit(session, action, form.id, ["answered_on", *asked, "comments"],
                        record_type="evaluation")
            return evaluation_view(form)

    def evaluations_of_duo(self, duo_id: uuid.UUID) -> list[EvaluationView]:
        """A duo's evaluation forms, by stage (start to 12 months), mentee before mentor."""
        with self.db.read() as session:
            if session.get(Duo, duo_id) is None:
                raise NotFound(record_type="duo")
            return evaluations(session, duo_id)


def evaluations(session: Session, duo_id: uuid.UUID) -> list[EvaluationView]:
    forms = session.scalars(select(Evaluation).where(Evaluation.duo_id == duo_id)).all()
    views = [evaluation_view(form) for form in forms]
    views.sort(key=lambda v: (STAGE_ORDER.index(v.stage), v.respondent != "mentee"))
    return views


def evaluation_view(form: Evaluation) -> EvaluationView:
    respondent = Respondent(str(form.respondent))
    return EvaluationView(
        id=form.id, duo_id=form.duo_id, respondent=respondent.value, stage=str(form.stage),
        answered_on=form.answered_on,
        answers={question: getattr(form, question) for question in QUESTIONS[respondent]},
        comments=form.comments)


_E = TypeVar("_E", Respondent, EvaluationStage)


def _member(enum: type[_E], value: object, field: str) -> _E:
    try:
        return enum(str(value))
    except ValueError:
        raise InvalidValue(field=field, reason="unknown_code") from None
