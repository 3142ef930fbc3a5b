"""The impact indicators of SPEC §8, computed from the records in a few aggregate queries.

For a period ``[period_from, period_to]``, an antenna (or all) and a report date ``as_of``:

* the *cohort* is the duos ``active``, ``finished`` or ``stopped`` whose start date lies in the
  period, keeping for each mentee only their latest such duo (a mentee matched again after an
  early stop counts once);
* ``mentee_positive_outcome``: cohort duos started at least 365 days before ``as_of``;
  denominator: those whose outcome is recorded and not ``unreachable``; numerator: positive
  outcomes; ``unknown``: the others of those due;
* the six evaluation indicators: the latest ``end`` evaluation of the mentee (or mentor) of
  each cohort duo with the question answered; numerator: ``yes``;
* ``mentor_another_duo``: mentors whose first duo (not declined, with a start date) started in
  the period and has ended; numerator: those with another duo, not declined, started later.

Each indicator has its numerator, denominator and percent, rounded half-up to one decimal
(``Decimal``, never the float ``round`` that rounds 0.125 to even), ``None`` when the
denominator is 0. The database does the counting: a 100,000-mentee file answers in well under a
second (``benchmarks/indicators.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session

from duodesk.core.codes import (
    POSITIVE_OUTCOMES,
    DuoStatus,
    EvaluationStage,
    Outcome,
    Respondent,
)
from duodesk.core.database import Database
from duodesk.core.errors import ReportRefused
from duodesk.core.models import Antenna, Duo, Evaluation

MENTEE_QUESTIONS = {
    "mentee_professional_project": "professional_project_defined",
    "mentee_more_confident": "more_confident",
    "mentee_network_expanded": "network_expanded",
}
MENTOR_QUESTIONS = {
    "mentor_coaching_skills": "coaching_skills_improved",
    "mentor_feels_useful": "feels_useful",
    "mentor_added_value": "added_value",
}
# The order of SPEC §8, which the page, the exports and the JSON keep.
INDICATOR_NAMES: tuple[str, ...] = (
    "mentee_positive_outcome", *MENTEE_QUESTIONS, *MENTOR_QUESTIONS, "mentor_another_duo")

COHORT_STATUSES = (DuoStatus.ACTIVE, DuoStatus.FINISHED, DuoStatus.STOPPED)
ENDED_STATUSES = (DuoStatus.FINISHED, DuoStatus.STOPPED)
OUTCOME_DELAY = timedelta(days=365)
_TENTH = Decimal("0.1")


def percent(numerator: int, denominator: int) -> Decimal | None:
    """``numerator / denominator`` in percent, rounded half-up to one decimal; ``None`` for
    an empty denominator (2/3 → 66.7, 1/8 → 12.5, 5/16 → 31.3)."""
    if denominator == 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(_TENTH, ROUND_HALF_UP)


def default_period(as_of: date) -> tuple[date, date]:
    """The last full calendar year before ``as_of``: the year funders' reports cover."""
    year = as_of.year - 1
    return date(year, 1, 1), date(year, 12, 31)


@dataclass(frozen=True)
class Indicator:
    """One indicator's counts. ``unknown`` is set on ``mentee_positive_outcome`` only: the
    duos due whose outcome is missing or ``unreachable``."""

    name: str
    numerator: int
    denominator: int
    unknown: int | None = None

    @property
    def percent(self) -> Decimal | None:
        return percent(self.numerator, self.denominator)

    def as_json(self) -> dict[str, Any]:
        """``{"numerator", "denominator", "percent"}`` (+ ``"unknown"``), as ``duodesk stats``
        prints it: the percent a number with one decimal, or ``null``."""
        value = self.percent
        data: dict[str, Any] = {"numerator": self.numerator, "denominator": self.denominator,
                                "percent": None if value is None else float(value)}
        if self.unknown is not None:
            data["unknown"] = self.unknown
        return data


@dataclass(frozen=True)
class ImpactReport:
    """The indicators for one period, antenna (``None``: all) and report date."""

    period_from: date
    period_to: date
    as_of: date
    antenna_code: str | None
    antenna_name: str | None
    cohort_size: int
    indicators: tuple[Indicator, ...]

    def indicator(self, name: str) -> Indicator:
        return next(item for item in self.indicators if item.name == name)

    def as_json(self) -> dict[str, dict[str, Any]]:
        return {item.name: item.as_json() for item in self.indicators}


class ReportService:
    """Impact reports on one database (read-only: safe beside an open window)."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    def impact(self, period_from: date | None = None, period_to: date | None = None,
               as_of: date | None = None, antenna_code: str | None = None) -> ImpactReport:
        """The indicators of SPEC §8. Missing dates: ``as_of`` today, the period the last full
        calendar year before it. ``ReportRefused`` for a period that ends before it starts
        or an antenna code that does not exist."""
        as_of = as_of or self.today()
        start, end = default_period(as_of)
        period_from = period_from or start
        period_to = period_to or end
        if period_to < period_from:
            raise ReportRefused(reason="period_reversed", period_from=period_from.isoformat(),
                                period_to=period_to.isoformat())
        with self.db.read() as session:
            antenna_id, antenna_name = _antenna(session, antenna_code)
            cohort_size, outcome = _positive_outcome(
                session, period_from, period_to, as_of, antenna_id)
            answers = _evaluations(session, period_from, period_to, antenna_id)
            another = _another_duo(session, period_from, period_to, antenna_id)
        indicators = (outcome, *answers, another)
        assert tuple(item.name for item in indicators) == INDICATOR_NAMES
        return ImpactReport(period_from, period_to, as_of,
                            antenna_code.strip().upper() if antenna_code else None,
                            antenna_name, cohort_size, indicators)


def _antenna(session: Session, code: str | None) -> tuple[uuid.UUID | None, str | None]:
    if not code:
        return None, None
    wanted = code.strip().upper()
    found = session.execute(
        select(Antenna.id, Antenna.name).where(Antenna.code == wanted)).first()
    if found is None:
        known = session.scalars(select(Antenna.code).order_by(Antenna.code)).all()
        raise ReportRefused(reason="unknown_antenna", antenna=wanted, known=", ".join(known))
    return found.id, found.name


def _cohort(period_from: date, period_to: date, antenna_id: uuid.UUID | None) -> Any:
    """The cohort as a CTE of (duo_id, start_date, outcome): each mentee's latest duo started
    in the period (ties on the day: the one recorded last)."""
    conditions = [Duo.status.in_(COHORT_STATUSES), Duo.start_date >= period_from,
                  Duo.start_date <= period_to]
    if antenna_id is not None:
        conditions.append(Duo.antenna_id == antenna_id)
    rank = func.row_number().over(
        partition_by=Duo.mentee_id,
        order_by=(Duo.start_date.desc(), Duo.created_at.desc(), Duo.id.desc()))
    ranked = (select(Duo.id.label("duo_id"), Duo.start_date, Duo.outcome, rank.label("rank"))
              .where(*conditions).subquery("ranked"))
    return (select(ranked.c.duo_id, ranked.c.start_date, ranked.c.outcome)
            .where(ranked.c.rank == 1).cte("cohort"))


def _count_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _positive_outcome(session: Session, period_from: date, period_to: date, as_of: date,
                      antenna_id: uuid.UUID | None) -> tuple[int, Indicator]:
    cohort = _cohort(period_from, period_to, antenna_id)
    due = cohort.c.start_date <= as_of - OUTCOME_DELAY
    known = and_(due, cohort.c.outcome.is_not(None), cohort.c.outcome != Outcome.UNREACHABLE)
    row = session.execute(select(
        func.count(), _count_if(due), _count_if(known),
        _count_if(and_(due, cohort.c.outcome.in_(sorted(POSITIVE_OUTCOMES)))),
    ).select_from(cohort)).one()
    size, due_count, denominator, numerator = (int(value) for value in row)
    return size, Indicator("mentee_positive_outcome", numerator, denominator,
                           unknown=due_count - denominator)


def _evaluations(session: Session, period_from: date, period_to: date,
                 antenna_id: uuid.UUID | None) -> list[Indicator]:
    """The six yes/no indicators from the latest ``end`` evaluation per cohort duo and side."""
    cohort = _cohort(period_from, period_to, antenna_id)
    fields = {**MENTEE_QUESTIONS, **MENTOR_QUESTIONS}
    rank = func.row_number().over(
        partition_by=(Evaluation.duo_id, Evaluation.respondent),
        order_by=(Evaluation.answered_on.desc(), Evaluation.created_at.desc(),
                  Evaluation.id.desc()))
    latest = (select(Evaluation.respondent, rank.label("rank"),
                     *(getattr(Evaluation, field) for field in fields.values()))
              .join(cohort, cohort.c.duo_id == Evaluation.duo_id)
              .where(Evaluation.stage == EvaluationStage.END).subquery("latest"))
    columns: list[Any] = [latest.c.respondent]
    for field in fields.values():
        # count() skips the unanswered (NULL); the sum of 0/1 counts the yeses.
        columns += [func.count(latest.c[field]),
                    func.coalesce(func.sum(cast(latest.c[field], Integer)), 0)]
    rows = {row[0]: row[1:] for row in session.execute(
        select(*columns).where(latest.c.rank == 1).group_by(latest.c.respondent))}
    indicators = []
    for position, name in enumerate(fields):
        respondent = Respondent.MENTEE if name in MENTEE_QUESTIONS else Respondent.MENTOR
        counts = rows.get(respondent)
        answered, yes = (counts[2 * position], counts[2 * position + 1]) if counts else (0, 0)
        indicators.append(Indicator(name, int(yes), int(answered)))
    return indicators


def _another_duo(session: Session, period_from: date, period_to: date,
                 antenna_id: uuid.UUID | None) -> Indicator:
    """Mentors whose first duo started in the period and has ended, and how many of them
    started another one after it."""
    rank = func.row_number().over(
        partition_by=Duo.mentor_id,
        order_by=(Duo.start_date, Duo.created_at, Duo.id))
    ranked = (select(Duo.mentor_id, Duo.antenna_id, Duo.status, Duo.start_date,
                     rank.label("rank"))
              .where(Duo.status != DuoStatus.DECLINED, Duo.start_date.is_not(None))
              .subquery("ranked"))
    conditions = [ranked.c.rank == 1, ranked.c.start_date >= period_from,
                  ranked.c.start_date <= period_to, ranked.c.status.in_(ENDED_STATUSES)]
    if antenna_id is not None:
        conditions.append(ranked.c.antenna_id == antenna_id)
    first = select(ranked.c.mentor_id, ranked.c.start_date).where(*conditions).cte("first")
    later = (select(Duo.id).where(Duo.mentor_id == first.c.mentor_id,
                                  Duo.status != DuoStatus.DECLINED,
                                  Duo.start_date > first.c.start_date)
             .exists())
    denominator, numerator = session.execute(
        select(func.count(), _count_if(later)).select_from(first)).one()
    return Indicator("mentor_another_duo", int(numerator), int(denominator))
