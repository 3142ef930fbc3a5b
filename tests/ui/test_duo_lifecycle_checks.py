"""The duo window on the two rules that keep the impact figures true: "six months completed"
only from two weeks before the planned end (said in the dialog and, if tried anyway, in a
message, the dialog coming back as left), and the check at 12 months on the Meetings tab
done by recording the outcome."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from duodesk.core.codes import MeetingStatus
from duodesk.core.services.duos import DuoService
from duodesk.ui import formats
from duodesk.ui.duos.dialogs import FinishDialog, OutcomeDialog
from duodesk.ui.duos.duo_window import DuoWindow
from tests.core.duo_setup import give_followup_consent, status_of
from tests.ui.duo_helpers import ACCEPTED, REJECTED, Script, active_duo, ok_message


def open_window(qtbot, duos: DuoService, duo_id) -> DuoWindow:
    window = DuoWindow(duos, duo_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_six_months_completed_on_the_day_of_signing_is_refused_in_words(
        qtbot, services, duos, clock, answer_dialogs) -> None:
    duo = active_duo(services, duos, clock)
    assert duo.planned_end is not None
    possible = duo.planned_end - timedelta(days=14)
    window = open_window(qtbot, duos, duo.id)

    def close(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishDialog)
        assert dialog.end_reason() == "completed" and dialog.day() == clock.today()
        # The dialog says it before OK is pressed.
        assert dialog.is_too_early() and not dialog.too_early.isHidden()
        assert formats.long_date_text(possible) in dialog.too_early.text()
        dialog.reason.setCurrentIndex(dialog.reason.findData("mentee_found_job"))
        assert dialog.too_early.isHidden()
        dialog.reason.setCurrentIndex(dialog.reason.findData("completed"))
        return ACCEPTED

    def back(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishDialog) and dialog.end_reason() == "completed"
        return REJECTED
    script = Script().then(close).then(ok_message).then(back)
    answer_dialogs(script)
    click(qtbot, window.finish_button)
    message, = script.messages
    assert message.startswith("The six months are not completed yet")
    assert formats.long_date_text(possible) in message
    assert "stop it early" in message
    assert window.duo.status == "active" and window.duo.end_date is None
    assert status_of(services, duo.mentee_id) == "in_duo"


def test_six_months_completed_two_weeks_before_the_planned_end(
        qtbot, services, duos, clock, answer_dialogs) -> None:
    duo = active_duo(services, duos, clock)
    assert duo.planned_end is not None
    clock.now += duo.planned_end - timedelta(days=14) - clock.today()
    window = open_window(qtbot, duos, duo.id)

    def close(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishDialog) and dialog.end_reason() == "completed"
        assert not dialog.is_too_early() and dialog.too_early.isHidden()
        return ACCEPTED
    answer_dialogs(Script().then(close))
    click(qtbot, window.finish_button)
    assert (window.duo.status, window.duo.end_reason) == ("finished", "completed")
    assert window.duo.end_date == duo.planned_end - timedelta(days=14)


def test_the_check_at_12_months_on_the_meetings_tab_records_the_outcome(
        qtbot, services, duos, clock, answer_dialogs) -> None:
    duo = active_duo(services, duos, clock)
    assert duo.planned_end is not None and duo.start_date is not None
    give_followup_consent(services, duo.mentee_id, duo.start_date)
    clock.now += duo.planned_end - clock.today()
    duos.finish(duo.id, clock.today())
    clock.advance(days=190)
    window = open_window(qtbot, duos, duo.id)
    check = next(m for m in duos.meetings_of_duo(duo.id) if m.follow_up_month == 12)
    window.tabs.setCurrentIndex(window.meetings_index)
    window.meetings.select(check.id)

    def outcome(dialog: QDialog) -> int:
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("training"))
        return ACCEPTED
    answer_dialogs(Script().then(outcome))
    click(qtbot, window.meetings.done_button)
    assert (window.duo.outcome, window.duo.outcome_date) == ("training", clock.today())
    done = next(m for m in duos.meetings_of_duo(duo.id) if m.id == check.id)
    assert done.status == MeetingStatus.DONE
