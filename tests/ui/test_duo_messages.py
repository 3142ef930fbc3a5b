"""Every refusal of a duo's proposal or step, and every new reason of a duo form, is put in
its own words (never the catch-all sentence), naming statuses by their labels."""

from __future__ import annotations

import pytest

from duodesk import labels
from duodesk.core.duo_status import Step
from duodesk.core.errors import DuoStepRefused, InvalidValue, MatchRefused
from duodesk.core.services.duo_data import TimelineCode, TodayKind
from duodesk.messages import describe

MATCH_REASONS = ["not_a_mentee", "mentee_not_waiting", "mentor_not_eligible", "mentor_paused",
                 "mentor_full", "other_antenna", "already_a_duo"]
STEP_REASONS = ["wrong_status", "already_decided", "before_first_meeting",
                "mentee_not_matched", "mentor_not_available", "meeting_not_planned",
                "not_a_follow_up", "not_a_duo_meeting", "no_followup_consent"]
FIELD_REASONS = ["date_in_past", "before_acceptance", "before_start", "before_proposal",
                 "after_end", "not_for_finish", "not_for_stop", "not_for_respondent"]


def test_each_refused_proposal_has_its_own_sentence() -> None:
    sentences = {describe(MatchRefused(reason=r, status="training", max_duos=2))
                 for r in MATCH_REASONS}
    assert len(sentences) == len(MATCH_REASONS)
    assert "In training" in describe(MatchRefused(reason="mentor_not_eligible",
                                                  status="training"))
    assert "(2)" in describe(MatchRefused(reason="mentor_full", status="available",
                                          max_duos=2))


@pytest.mark.parametrize("reason", STEP_REASONS)
def test_each_refused_step_has_its_own_sentence(reason: str) -> None:
    text = describe(DuoStepRefused(step="sign", status="proposed", reason=reason))
    assert "Something went wrong" not in text and "{" not in text
    if reason == "wrong_status":
        assert "“Proposed”" in text


def test_each_field_reason_of_a_duo_form_names_the_field() -> None:
    texts = {describe(InvalidValue(field="end_date", reason=r)) for r in FIELD_REASONS}
    assert len(texts) == len(FIELD_REASONS)
    assert all(t.startswith("End date: ") for t in texts)
    assert "this value is not accepted" not in " ".join(texts)


def test_the_duo_codes_have_labels() -> None:
    for enum in (Step, TimelineCode, TodayKind):
        names = {labels.label(member) for member in enum}
        assert len(names) == len(enum)
    assert labels.follow_up(12) != labels.follow_up(6) != labels.follow_up(None)
