"""Expanding a series' rule (pure, no database): weekly, every two weeks, monthly with the
month-end rule, until a date (inclusive) or a count, and the limits."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from duodesk.core.calendar.recurrence import expand, rule_from_json, rule_to_json
from duodesk.core.calendar.views import MAX_OCCURRENCES, Frequency, Recurrence
from duodesk.core.errors import InvalidValue

FIRST = datetime(2027, 1, 6, 14, 30)  # a Wednesday


def test_weekly_keeps_weekday_and_time_until_the_day_inclusive() -> None:
    starts = expand(FIRST, Recurrence("weekly", until=date(2027, 2, 3)))
    assert starts == [datetime(2027, 1, d, 14, 30) for d in (6, 13, 20, 27)] + \
        [datetime(2027, 2, 3, 14, 30)]


def test_every_two_weeks_for_a_count() -> None:
    starts = expand(FIRST, Recurrence(Frequency.BIWEEKLY, count=3))
    assert starts == [datetime(2027, 1, 6, 14, 30), datetime(2027, 1, 20, 14, 30),
                      datetime(2027, 2, 3, 14, 30)]


def test_weekly_across_the_change_to_summer_time_keeps_the_local_hour() -> None:
    starts = expand(datetime(2027, 3, 22, 9, 0), Recurrence("weekly", count=2))
    assert starts[1] == datetime(2027, 3, 29, 9, 0)  # 28 March 2027: clocks go forward


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months_and_comes_back() -> None:
    starts = expand(datetime(2027, 1, 31, 18, 0), Recurrence("monthly", count=5))
    assert [s.date() for s in starts] == [date(2027, 1, 31), date(2027, 2, 28),
                                          date(2027, 3, 31), date(2027, 4, 30),
                                          date(2027, 5, 31)]
    leap = expand(datetime(2028, 1, 30, 18, 0), Recurrence("monthly", count=2))
    assert leap[1].date() == date(2028, 2, 29)


def test_monthly_crosses_the_year() -> None:
    starts = expand(datetime(2027, 11, 15, 10, 0), Recurrence("monthly", until=date(2028, 2, 15)))
    assert [s.date() for s in starts] == [date(2027, 11, 15), date(2027, 12, 15),
                                          date(2028, 1, 15), date(2028, 2, 15)]


@pytest.mark.parametrize(("rule", "reason"), [
    (Recurrence("daily", count=3), "unknown_frequency"),
    (Recurrence("weekly"), "until_or_count"),
    (Recurrence("weekly", until=date(2027, 3, 1), count=3), "until_or_count"),
    (Recurrence("weekly", count=0), "out_of_range"),
    (Recurrence("weekly", count=MAX_OCCURRENCES + 1), "out_of_range"),
    (Recurrence("weekly", until=date(2027, 1, 5)), "until_before_start"),
    (Recurrence("weekly", until=date(2099, 1, 1)), "too_many"),
])
def test_a_rule_that_cannot_be_right_is_refused_with_its_reason(rule: Recurrence,
                                                                reason: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        expand(FIRST, rule)
    assert refused.value.params["field"] == "recurrence"
    assert refused.value.params["reason"] == reason


def test_the_limit_itself_is_allowed() -> None:
    assert len(expand(FIRST, Recurrence("weekly", count=MAX_OCCURRENCES))) == MAX_OCCURRENCES


def test_the_stored_rule_reads_back_the_same() -> None:
    for rule in (Recurrence(Frequency.WEEKLY, until=date(2027, 6, 30)),
                 Recurrence(Frequency.MONTHLY, count=6)):
        assert rule_from_json(rule_to_json(rule)) == rule
    assert rule_from_json({"freq": "weekly", "interval": 2, "count": 4}) == \
        Recurrence(Frequency.BIWEEKLY, count=4)
    assert rule_from_json({"freq": "yearly"}) is None
