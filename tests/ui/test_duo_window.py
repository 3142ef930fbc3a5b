"""A duo's window on a real database: a duo closed entirely through its buttons and dialogs
(both answers, signing, a meeting, a follow-up, an evaluation, closing, the outcome), a
decline with the mentee back on the waiting list, refusals shown in words with the dialog
kept as it was, and steps the status does not allow never offered."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.context import Services
from duodesk.core.services.duos import DuoService
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.duos.dialogs import (
    DecisionDialog,
    FinishDialog,
    OutcomeDialog,
    SignDialog,
    StopDialog,
)
from duodesk.ui.duos.duo_window import DuoWindow
from duodesk.ui.duos.form_dialogs import EvaluationDialog, FollowUpDialog, MeetingDialog
from tests.core.duo_setup import Clock, duo_service, give_followup_consent, status_of
from tests.factories import use_coordinator
from tests.ui.duo_helpers import (
    ACCEPTED,
    FIRST_MEETING,
    REJECTED,
    Script,
    active_duo,
    ok_message,
    propose,
)


@pytest.fixture
def duos(services: Services, clock: Clock) -> DuoService:
    use_coordinator(services, "Nadia El Amrani")
    return duo_service(services, clock)


@pytest.fixture
def open_window(qtbot, duos: DuoService):
    def open_(duo_id) -> DuoWindow:
        window = DuoWindow(duos, duo_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        window.show()
        return window
    return open_


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def say_yes(dialog: QDialog) -> int:
    assert isinstance(dialog, DecisionDialog)
    dialog.yes.setChecked(True)
    return ACCEPTED


def test_a_duo_is_closed_through_the_window_from_the_answers_to_the_outcome(
        qtbot, services, duos, clock, open_window, answer_dialogs):
    duo = propose(services, duos)
    window = open_window(duo.id)
    assert window.offered_steps() == {"mentee_answer", "mentor_answer"}
    clock.now = FIRST_MEETING + timedelta(hours=3)

    # Both sides say yes, then the agreement is signed on the day proposed (today).
    script = Script().then(say_yes).then(say_yes)
    answer_dialogs(script)
    click(qtbot, window.mentee_answer_button)
    assert window.duo.status == "proposed" and window.duo.mentee_accepted is True
    click(qtbot, window.mentor_answer_button)
    assert window.duo.status == "accepted"
    assert window.offered_steps() == {"mentee_answer", "mentor_answer", "sign"}

    def sign(dialog: QDialog) -> int:
        assert isinstance(dialog, SignDialog) and dialog.day() == clock.today()
        return ACCEPTED
    answer_dialogs(Script().then(sign))
    click(qtbot, window.sign_button)
    assert window.duo.status == "active" and window.duo.start_date == clock.today()
    assert status_of(services, duo.mentee_id) == "in_duo"
    assert status_of(services, duo.mentor_id) == "in_duo"
    assert window.offered_steps() == {"finish", "stop"}

    # A meeting logged on the Meetings tab.
    def log(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        dialog.duration.setValue(90)
        dialog.place.setText("Bibliothèque communale")
        dialog.topics.setText("CV")
        dialog.summary.setPlainText("Le CV est prêt.")
        dialog.mentor_came.setChecked(False)
        return ACCEPTED
    window.tabs.setCurrentIndex(window.meetings_index)
    answer_dialogs(Script().then(log))
    click(qtbot, window.meetings.log_button)
    logged = [m for m in duos.meetings_of_duo(duo.id)
              if m.kind == MeetingKind.DUO_MEETING and m.summary == "Le CV est prêt."]
    assert len(logged) == 1
    assert (logged[0].duration_min, logged[0].location, logged[0].topics) == (
        90, "Bibliothèque communale", "CV")
    assert (logged[0].mentee_attended, logged[0].mentor_attended) == (True, False)
    assert window.duo.last_meeting_on == logged[0].starts_at.date()

    # The one-month follow-up done with a note.
    follow_up = next(m for m in duos.meetings_of_duo(duo.id) if m.follow_up_month == 1)
    window.meetings.select(follow_up.id)
    assert window.meetings.done_button.isEnabled()

    def note(dialog: QDialog) -> int:
        assert isinstance(dialog, FollowUpDialog)
        dialog.note.setPlainText("Le duo avance bien.")
        return ACCEPTED
    answer_dialogs(Script().then(note))
    click(qtbot, window.meetings.done_button)
    done = next(m for m in duos.meetings_of_duo(duo.id) if m.id == follow_up.id)
    assert (done.status, done.summary) == (MeetingStatus.DONE, "Le duo avance bien.")

    # The mentee's end-of-duo evaluation: yes, no, not answered, and a comment.
    def evaluate(dialog: QDialog) -> int:
        assert isinstance(dialog, EvaluationDialog)
        dialog.respondent.setCurrentIndex(dialog.respondent.findData("mentee"))
        dialog.stage.setCurrentIndex(dialog.stage.findData("end"))
        assert not dialog.questions["feels_useful"].isVisible()  # a mentor's question
        dialog.questions["professional_project_defined"].set_value(True)
        dialog.questions["more_confident"].set_value(False)
        dialog.comments.setPlainText("Plus à l'aise en entretien.")
        return ACCEPTED
    window.tabs.setCurrentIndex(window.evaluations_index)
    answer_dialogs(Script().then(evaluate))
    click(qtbot, window.evaluations.record_button)
    [form] = duos.evaluations_of_duo(duo.id)
    assert (form.respondent, form.stage, form.answered_on) == ("mentee", "end", clock.today())
    assert form.answers == {"professional_project_defined": True, "more_confident": False,
                            "network_expanded": None}
    assert form.comments == "Plus à l'aise en entretien."
    assert window.evaluations.model.rowCount() == 1

    # Closed after the six months (on the day asked), then the outcome.
    clock.advance(days=183)

    def close(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishDialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("mentee_found_job"))
        return ACCEPTED
    answer_dialogs(Script().then(close))
    click(qtbot, window.finish_button)
    assert window.duo.status == "finished" and window.duo.end_reason == "mentee_found_job"
    assert status_of(services, duo.mentee_id) == "finished"
    assert status_of(services, duo.mentor_id) == "available"
    assert window.offered_steps() == {"outcome"}

    # Without the follow-up consent the outcome is refused in words; the dialog comes back
    # with the choice kept, and goes through once the consent is recorded.
    clock.advance(days=183)

    def outcome(dialog: QDialog) -> int:
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("job_stable"))
        return ACCEPTED

    def again(dialog: QDialog) -> int:
        assert isinstance(dialog, OutcomeDialog) and dialog.code() == "job_stable"
        give_followup_consent(services, duo.mentee_id, clock.today())
        return ACCEPTED
    script = Script().then(outcome).then(ok_message).then(again)
    answer_dialogs(script)
    click(qtbot, window.outcome_button)
    assert "consent" in script.messages[0]
    assert (window.duo.outcome, window.duo.outcome_date) == ("job_stable", clock.today())

    sentences = window.timeline.sentences()
    assert sentences[0] == "Duo proposed"
    assert "Mentee said yes after the first meeting" in sentences
    assert "Mentor said yes after the first meeting" in sentences
    assert "Accepted by both sides" in sentences
    assert "Mentee's evaluation: Six months" in sentences
    assert "Duo closed: Mentee found a job" in sentences
    assert sentences[-1] == "Outcome at 12 months: Stable job"
    days = [event.on for event in window.timeline.events]
    assert days == sorted(days)


@pytest.mark.parametrize(("back", "mentee_status"), [(True, "waiting"), (False, "withdrawn")])
def test_a_decline_asks_whether_the_mentee_goes_back_on_the_waiting_list(
        qtbot, services, duos, clock, open_window, answer_dialogs, back, mentee_status):
    duo = propose(services, duos)
    window = open_window(duo.id)
    clock.now = FIRST_MEETING + timedelta(hours=2)

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, DecisionDialog)
        assert not dialog.back.isVisibleTo(dialog)  # asked only on a no
        dialog.no.setChecked(True)
        assert dialog.back.isVisibleTo(dialog) and dialog.reason.isVisibleTo(dialog)
        assert dialog.decline_reason() == "mentor_declined"  # the side's own by default
        (dialog.back if back else dialog.leave).setChecked(True)
        return ACCEPTED
    answer_dialogs(Script().then(decline))
    click(qtbot, window.mentor_answer_button)
    assert (window.duo.status, window.duo.decline_reason) == ("declined", "mentor_declined")
    assert status_of(services, duo.mentee_id) == mentee_status
    assert window.offered_steps() == set()
    assert not window.meetings.log_button.isEnabled()
    assert not window.meetings.plan_button.isEnabled()
    assert "Duo declined: Mentor declined" in window.timeline.sentences()


def test_steps_the_status_does_not_allow_are_not_offered(
        qtbot, services, duos, clock, open_window):
    proposed = open_window(propose(services, duos).id)
    assert not proposed.sign_button.isEnabled()
    assert not proposed.finish_button.isEnabled()
    assert not proposed.stop_button.isEnabled()
    assert not proposed.outcome_button.isEnabled()
    assert not proposed.evaluations.record_button.isEnabled()
    assert proposed.meetings.plan_button.isEnabled()

    active = open_window(active_duo(services, duos, clock).id)
    assert active.offered_steps() == {"finish", "stop"}
    assert active.evaluations.record_button.isEnabled()
    # A meeting already done cannot be marked done or cancelled again.
    first = next(m for m in duos.meetings_of_duo(active.duo_id)
                 if m.kind == MeetingKind.DUO_MEETING)
    active.meetings.select(first.id)
    assert first.status == MeetingStatus.DONE
    assert not active.meetings.done_button.isEnabled()
    assert not active.meetings.cancel_button.isEnabled()


def test_a_yes_before_the_first_meeting_is_refused_in_words_and_nothing_changes(
        qtbot, services, duos, clock, open_window, answer_dialogs):
    duo = propose(services, duos)  # the first meeting is tomorrow
    window = open_window(duo.id)
    script = Script().then(say_yes).then(ok_message).then(lambda _d: REJECTED)
    answer_dialogs(script)
    click(qtbot, window.mentee_answer_button)
    assert script.messages == [
        "A yes is recorded after the first meeting; it has not taken place yet."]
    assert script.seen[0] is script.seen[2]  # the same dialog came back
    assert duos.get(duo.id).mentee_accepted is None


def test_an_early_stop_returns_the_mentee_to_waiting_and_cancels_what_was_planned(
        qtbot, services, duos, clock, open_window, answer_dialogs):
    duo = active_duo(services, duos, clock)
    window = open_window(duo.id)
    clock.advance(days=20)

    def stop(dialog: QDialog) -> int:
        assert isinstance(dialog, StopDialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("no_contact"))
        assert dialog.reason.findData("completed") == -1  # completed is closed, not stopped
        dialog.back.setChecked(True)
        return ACCEPTED
    answer_dialogs(Script().then(stop))
    click(qtbot, window.stop_button)
    assert (window.duo.status, window.duo.end_reason) == ("stopped", "no_contact")
    assert status_of(services, duo.mentee_id) == "waiting"
    planned = [m for m in duos.meetings_of_duo(duo.id) if m.status == MeetingStatus.PLANNED]
    assert [m.follow_up_month for m in planned] == [12]  # only the outcome check stays
    assert "Duo stopped early: No more contact" in window.timeline.sentences()


def test_a_planned_meeting_is_cancelled_after_asking(
        qtbot, services, duos, clock, open_window, answer_dialogs, monkeypatch):
    duo = propose(services, duos)
    window = open_window(duo.id)
    window.tabs.setCurrentIndex(window.meetings_index)
    [first] = duos.meetings_of_duo(duo.id)
    window.meetings.select(first.id)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda parent, text, *a, **k: asked.append(text) or True)
    click(qtbot, window.meetings.cancel_button)
    assert asked and asked[0].startswith("Cancel the meeting of ")
    [cancelled] = duos.meetings_of_duo(duo.id)
    assert cancelled.status == MeetingStatus.CANCELLED
    assert not window.meetings.cancel_button.isEnabled()


def test_the_window_speaks_french_and_dutch(
        qtbot, qapp, services, duos, clock, open_window, compiled_translations):
    window = open_window(active_duo(services, duos, clock).id)
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: window.finish_button.text() == "Clôturer le duo…")
    assert window.tabs.tabText(window.timeline_index) == "Chronologie"
    assert "Duo proposé" in window.timeline.sentences()
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: window.finish_button.text() == "Duo afsluiten…")
    assert window.tabs.tabText(window.meetings_index) == "Ontmoetingen"


def test_a_meeting_planned_in_the_window_is_marked_done_once_it_took_place(
        qtbot, services, duos, clock, open_window, answer_dialogs):
    duo = active_duo(services, duos, clock)
    window = open_window(duo.id)
    window.tabs.setCurrentIndex(window.meetings_index)

    def plan(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        assert not dialog.summary.isVisibleTo(dialog)  # nothing to summarise yet
        assert dialog.start() == datetime.combine(clock.today() + timedelta(days=1),
                                                  time(10, 0))
        dialog.online.setChecked(True)
        dialog.topics.setText("Réseau")
        return ACCEPTED
    answer_dialogs(Script().then(plan))
    click(qtbot, window.meetings.plan_button)
    [planned] = [m for m in duos.meetings_of_duo(duo.id)
                 if m.kind == MeetingKind.DUO_MEETING and m.status == MeetingStatus.PLANNED]
    assert planned.online and planned.topics == "Réseau"

    clock.advance(days=2)
    window.meetings.select(planned.id)

    def done(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog) and dialog.topics.text() == "Réseau"
        dialog.summary.setPlainText("Deux contacts LinkedIn.")
        return ACCEPTED
    answer_dialogs(Script().then(done))
    click(qtbot, window.meetings.done_button)
    held = next(m for m in duos.meetings_of_duo(duo.id) if m.id == planned.id)
    assert (held.status, held.summary) == (MeetingStatus.DONE, "Deux contacts LinkedIn.")
    assert window.duo.last_meeting_on == planned.starts_at.date()


def test_ctrl_w_closes_the_duo_window(qtbot, services, duos, open_window) -> None:
    from PySide6.QtGui import QKeySequence

    window = open_window(propose(services, duos).id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    close = QKeySequence(QKeySequence.StandardKey.Close)[0]
    qtbot.keyClick(window, close.key(), close.keyboardModifiers())
    assert not window.isVisible()
