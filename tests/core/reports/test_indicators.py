"""The impact indicators (SPEC §8) on hand-made records whose answer is known: duos and
evaluations written straight into a real migrated database, with dates in the past."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from duodesk.core.codes import DuoStatus, EvaluationStage, Outcome, Respondent
from duodesk.core.context import Services
from duodesk.core.errors import ReportRefused
from duodesk.core.models import Duo, Evaluation, Person
from duodesk.core.reports import INDICATOR_NAMES, percent
from tests.factories import make_mentee, make_mentor

FROM, TO, AS_OF = date(2024, 1, 1), date(2024, 12, 31), date(2026, 6, 30)


def antenna_of(services: Services, person_id: uuid.UUID) -> uuid.UUID:
    with services.db.read() as session:
        return session.get(Person, person_id).antenna_id


def add_duo(services: Services, mentee: uuid.UUID, mentor: uuid.UUID, status: DuoStatus,
            start: date | None, *, outcome: Outcome | None = None,
            antenna: uuid.UUID | None = None) -> uuid.UUID:
    duo_id = uuid.uuid4()
    with services.db.write() as session:
        session.add(Duo(
            id=duo_id, mentee_id=mentee, mentor_id=mentor,
            antenna_id=antenna or antenna_of(services, mentee), agreement_language="fr",
            status=status, proposed_on=start or FROM, start_date=start, outcome=outcome,
            end_date=None if status in (DuoStatus.ACTIVE, DuoStatus.PROPOSED) else start))
    return duo_id


def evaluate(services: Services, duo_id: uuid.UUID, respondent: Respondent,
             stage: EvaluationStage, on: date, **answers: bool | None) -> None:
    with services.db.write() as session:
        session.add(Evaluation(duo_id=duo_id, respondent=respondent, stage=stage,
                               answered_on=on, **answers))


def pair(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    return make_mentee(services), make_mentor(services)


def report(services: Services, **kw):
    values = {"period_from": FROM, "period_to": TO, "as_of": AS_OF, **kw}
    return services.reports.impact(**values)


@pytest.mark.parametrize(("numerator", "denominator", "expected"), [
    (2, 3, Decimal("66.7")), (1, 8, Decimal("12.5")), (5, 16, Decimal("31.3")),
    (1, 3, Decimal("33.3")), (3, 3, Decimal("100.0")), (0, 7, Decimal("0.0")),
    (1, 16, Decimal("6.3")),  # 6.25: half-up, where round() would give 6.2
])
def test_percent_rounds_half_up_to_one_decimal(numerator, denominator, expected) -> None:
    assert percent(numerator, denominator) == expected


def test_empty_database_gives_no_percent_anywhere(services: Services) -> None:
    result = report(services)
    assert [item.name for item in result.indicators] == list(INDICATOR_NAMES)
    assert all(item.denominator == 0 and item.percent is None for item in result.indicators)
    assert result.as_json()["mentee_positive_outcome"] == {
        "numerator": 0, "denominator": 0, "percent": None, "unknown": 0}
    assert "unknown" not in result.as_json()["mentor_feels_useful"]


def test_positive_outcome_counts_only_due_known_outcomes_of_the_cohort(services) -> None:
    mentor = make_mentor(services)
    for outcome in (Outcome.JOB_STABLE, Outcome.TRAINING, Outcome.INTERNSHIP):
        add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 3, 1),
                outcome=outcome)
    add_duo(services, make_mentee(services), mentor, DuoStatus.STOPPED, date(2024, 5, 2),
            outcome=Outcome.NONE)
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 5, 2),
            outcome=Outcome.STUDIES)
    # Due but not known: unreachable and not recorded → "unknown", out of the denominator.
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 6, 1),
            outcome=Outcome.UNREACHABLE)
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 6, 1))
    # Not due on the report date: started less than 365 days before it.
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 12, 31),
            outcome=Outcome.JOB_OTHER)
    # Never in the cohort: declined, proposed, accepted (no start), started outside the period.
    add_duo(services, make_mentee(services), mentor, DuoStatus.DECLINED, date(2024, 2, 1),
            outcome=Outcome.JOB_STABLE)
    add_duo(services, make_mentee(services), mentor, DuoStatus.PROPOSED, None)
    add_duo(services, make_mentee(services), mentor, DuoStatus.ACCEPTED, None)
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2023, 12, 31),
            outcome=Outcome.JOB_STABLE)
    add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2025, 1, 1),
            outcome=Outcome.JOB_STABLE)

    result = report(services, as_of=date(2025, 12, 30))
    outcome = result.indicator("mentee_positive_outcome")
    assert (outcome.numerator, outcome.denominator, outcome.unknown) == (3, 5, 2)
    assert outcome.percent == Decimal("60.0")
    assert result.cohort_size == 8
    # A day later the duo of 31 December 2024 is due too.
    later = report(services, as_of=date(2025, 12, 31)).indicator("mentee_positive_outcome")
    assert (later.numerator, later.denominator, later.unknown) == (4, 6, 2)


def test_a_mentee_matched_again_counts_once_with_the_latest_duo(services) -> None:
    mentee, mentor = pair(services)
    other_mentor = make_mentor(services)
    add_duo(services, mentee, mentor, DuoStatus.STOPPED, date(2024, 1, 10),
            outcome=Outcome.JOB_STABLE)
    latest = add_duo(services, mentee, other_mentor, DuoStatus.FINISHED, date(2024, 4, 1),
                     outcome=Outcome.NONE)
    first_only = add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED,
                         date(2024, 2, 1))
    evaluate(services, first_only, Respondent.MENTEE, EvaluationStage.END, date(2024, 8, 1),
             more_confident=True)
    evaluate(services, latest, Respondent.MENTEE, EvaluationStage.END, date(2024, 10, 1),
             more_confident=False)

    result = report(services)
    assert result.cohort_size == 2
    outcome = result.indicator("mentee_positive_outcome")
    assert (outcome.numerator, outcome.denominator, outcome.unknown) == (0, 1, 1)
    confident = result.indicator("mentee_more_confident")
    assert (confident.numerator, confident.denominator) == (1, 2)


def test_evaluations_use_the_latest_end_answer_of_each_side(services) -> None:
    mentee, mentor = pair(services)
    duo = add_duo(services, mentee, mentor, DuoStatus.FINISHED, date(2024, 3, 1))
    # Mid-stage and start answers never count, whatever they say.
    evaluate(services, duo, Respondent.MENTEE, EvaluationStage.MID, date(2024, 6, 1),
             professional_project_defined=True, network_expanded=True)
    evaluate(services, duo, Respondent.MENTEE, EvaluationStage.START, date(2024, 3, 1),
             more_confident=True)
    # Two end evaluations: the later one (answered no, and left one question empty) counts.
    evaluate(services, duo, Respondent.MENTEE, EvaluationStage.END, date(2024, 9, 1),
             professional_project_defined=True, more_confident=True, network_expanded=True)
    evaluate(services, duo, Respondent.MENTEE, EvaluationStage.END, date(2024, 9, 15),
             professional_project_defined=False, more_confident=True, network_expanded=None)
    evaluate(services, duo, Respondent.MENTOR, EvaluationStage.END, date(2024, 9, 2),
             coaching_skills_improved=True, feels_useful=True, added_value=False)
    second = add_duo(services, make_mentee(services), make_mentor(services),
                     DuoStatus.FINISHED, date(2024, 4, 1))
    evaluate(services, second, Respondent.MENTOR, EvaluationStage.END, date(2024, 10, 1),
             coaching_skills_improved=True, feels_useful=None, added_value=True)
    evaluate(services, second, Respondent.MENTOR, EvaluationStage.FOLLOW_UP, date(2025, 4, 1),
             feels_useful=False)
    # A declined duo's evaluations are out of the cohort.
    declined = add_duo(services, make_mentee(services), make_mentor(services),
                       DuoStatus.DECLINED, date(2024, 5, 1))
    evaluate(services, declined, Respondent.MENTEE, EvaluationStage.END, date(2024, 11, 1),
             professional_project_defined=True, more_confident=True, network_expanded=True)

    counts = {item.name: (item.numerator, item.denominator)
              for item in report(services).indicators}
    assert counts["mentee_professional_project"] == (0, 1)
    assert counts["mentee_more_confident"] == (1, 1)
    assert counts["mentee_network_expanded"] == (0, 0)
    assert counts["mentor_coaching_skills"] == (2, 2)
    assert counts["mentor_feels_useful"] == (1, 1)
    assert counts["mentor_added_value"] == (1, 2)
    assert report(services).indicator("mentee_network_expanded").percent is None
    assert report(services).indicator("mentor_added_value").percent == Decimal("50.0")


def test_mentor_another_duo_looks_at_each_mentor_first_duo(services) -> None:
    def mentor_with(*duos: tuple[DuoStatus, date | None]) -> None:
        mentor = make_mentor(services)
        for status, start in duos:
            add_duo(services, make_mentee(services), mentor, status, start)

    # Counted, with another duo after the first (active or finished).
    mentor_with((DuoStatus.FINISHED, date(2024, 2, 1)), (DuoStatus.ACTIVE, date(2024, 9, 1)))
    mentor_with((DuoStatus.STOPPED, date(2024, 3, 1)), (DuoStatus.FINISHED, date(2025, 2, 1)))
    # Counted, without another: a later one declined or only proposed does not count.
    mentor_with((DuoStatus.FINISHED, date(2024, 4, 1)), (DuoStatus.DECLINED, date(2024, 12, 1)),
                (DuoStatus.PROPOSED, None))
    mentor_with((DuoStatus.FINISHED, date(2024, 5, 1)))
    # Not counted: first duo still active; first duo before the period (even if the second
    # starts in it); a declined duo before the first real one is not the first.
    mentor_with((DuoStatus.ACTIVE, date(2024, 6, 1)), (DuoStatus.ACTIVE, date(2024, 7, 1)))
    mentor_with((DuoStatus.FINISHED, date(2023, 6, 1)), (DuoStatus.FINISHED, date(2024, 6, 1)))
    mentor_with((DuoStatus.DECLINED, date(2023, 1, 1)), (DuoStatus.FINISHED, date(2024, 7, 1)),
                (DuoStatus.FINISHED, date(2025, 3, 1)))

    another = report(services).indicator("mentor_another_duo")
    assert (another.numerator, another.denominator) == (3, 5)
    assert another.percent == Decimal("60.0")


def test_an_antenna_keeps_its_own_duos(services) -> None:
    other = services.organisation.add_antenna("ZZT", "Testville")
    mentee, mentor = pair(services)
    add_duo(services, mentee, mentor, DuoStatus.FINISHED, date(2024, 2, 1),
            outcome=Outcome.JOB_STABLE)
    add_duo(services, make_mentee(services), make_mentor(services), DuoStatus.FINISHED,
            date(2024, 2, 1), outcome=Outcome.NONE, antenna=other.id)

    everyone = report(services).indicator("mentee_positive_outcome")
    assert (everyone.numerator, everyone.denominator) == (1, 2)
    local = report(services, antenna_code="zzt")
    assert local.antenna_code == "ZZT" and local.antenna_name == "Testville"
    assert (local.indicator("mentee_positive_outcome").numerator,
            local.indicator("mentee_positive_outcome").denominator) == (0, 1)


def test_bad_requests_are_refused_with_a_reason(services) -> None:
    with pytest.raises(ReportRefused) as refused:
        report(services, antenna_code="NOPE")
    assert refused.value.params["reason"] == "unknown_antenna"
    with pytest.raises(ReportRefused) as reversed_period:
        report(services, period_from=date(2025, 1, 1), period_to=date(2024, 1, 1))
    assert reversed_period.value.params["reason"] == "period_reversed"


def test_default_period_is_the_last_full_calendar_year(services) -> None:
    result = services.reports.impact(as_of=date(2026, 3, 5))
    assert (result.period_from, result.period_to) == (date(2025, 1, 1), date(2025, 12, 31))
