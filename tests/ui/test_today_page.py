"""The Today page on real widgets and a real database: it is the page the program opens on,
lists what is due most urgent first with counts, opens each item's record, finds a mentor
for a waiting mentee, marks a follow-up done with a note and filters to "who I am"."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.models import Meeting
from duodesk.core.services.duo_data import TodayItem, TodayKind
from duodesk.i18n import install_translators
from duodesk.ui.duos.dialogs import OutcomeDialog
from duodesk.ui.today import texts
from duodesk.ui.today.data import read_today
from duodesk.ui.today.follow_up_dialog import FollowUpDoneDialog
from duodesk.ui.today.model import COLUMN_WHAT, COLUMN_WHO
from duodesk.ui.today.page import TodayPage
from tests.core.duo_setup import (
    NOW,
    TODAY,
    Clock,
    available_mentor,
    duo_service,
    give_followup_consent,
    today_service,
    waiting_mentee,
)
from tests.factories import make_mentee, use_coordinator


@pytest.fixture
def timed(services: Services, clock: Clock) -> Services:
    """The services with the duo and Today services on the test's clock."""
    services.duos = duo_service(services, clock)  # type: ignore[misc]
    services.today = today_service(services, clock)  # type: ignore[misc]
    return services


class Opened:
    """What the page asked to open."""

    def __init__(self) -> None:
        self.persons: list[uuid.UUID] = []
        self.duos: list[uuid.UUID] = []
        self.matching: list[uuid.UUID] = []


def shown_page(qtbot, services: Services, opened: Opened) -> TodayPage:
    page = TodayPage(services, open_person=opened.persons.append,
                     open_duo=opened.duos.append, find_mentor=opened.matching.append)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


def rows(page: TodayPage, kind: TodayKind) -> list[tuple[str, str]]:
    model = page.model
    group = model.group_index(kind)
    return [(model.index(row, COLUMN_WHO, group).data(),
             model.index(row, COLUMN_WHAT, group).data())
            for row in range(model.rowCount(group))]


def overdue_decision(services: Services, clock: Clock, **kw: object):
    """A duo proposed with its first meeting two days ago: the answers were due yesterday."""
    return services.duos.propose(
        waiting_mentee(services, **kw), available_mentor(services),
        coordinator_id=kw.get("coordinator_id"),  # type: ignore[arg-type]
        first_meeting_at=NOW - timedelta(days=2), agreement_language="fr")


def test_today_lists_a_waiting_mentee_and_an_overdue_decision_and_opens_them(
        qtbot, qtmodeltester, timed: Services, clock: Clock) -> None:
    waiting = waiting_mentee(timed, first_name="Amina", last_name="Testwaiting")
    duo = overdue_decision(timed, clock)
    opened = Opened()
    page = shown_page(qtbot, timed, opened)
    qtmodeltester.check(page.model)

    # Most urgent first, each group with its count.
    assert page.model.groups() == [(TodayKind.DECISION_OVERDUE, 1),
                                   (TodayKind.WAITING_MENTEE, 1)]
    assert page.model.index(0, 0).data() == "Decision overdue (1)"
    assert page.summary_label.text() == "2 things to do"
    (who, what), = rows(page, TodayKind.DECISION_OVERDUE)
    assert who == f"{duo.mentee_name} with {duo.mentor_name}"
    deadline = duo.decision_deadline
    assert deadline is not None
    assert what == (f"Both answers were due on {deadline.day} {deadline:%B} {deadline.year} "
                    f"at 09:00: no decision yet (1 day late)")
    (who, what), = rows(page, TodayKind.WAITING_MENTEE)
    assert who == "Amina Testwaiting" and what.startswith("Waiting for a mentor since ")

    # The duo opens its duo; the waiting mentee their file, or the Matching page.
    assert page.select_item(TodayKind.DECISION_OVERDUE, duo.id)
    assert not page.find_button.isEnabled() and not page.done_button.isEnabled()
    page.open_button.click()
    assert opened.duos == [duo.id]
    assert page.select_item(TodayKind.WAITING_MENTEE, waiting)
    page.tree.activated.emit(page.tree.currentIndex())
    assert opened.persons == [waiting]
    assert page.find_button.isEnabled()
    page.find_button.click()
    assert opened.matching == [waiting]


def test_items_in_words_with_their_days_and_dates() -> None:
    waiting = TodayItem(kind=TodayKind.WAITING_MENTEE, due=date(2026, 11, 17), days=12,
                        mentee_name="Amina Testwaiting")
    assert texts.what_text(waiting) == "Waiting for a mentor for 12 days (since 17 November 2026)"
    unsigned = TodayItem(kind=TodayKind.AGREEMENT_UNSIGNED, due=date(2026, 11, 10), days=19,
                         mentee_name="A B", mentor_name="C D")
    assert texts.what_text(unsigned) == (
        "Accepted on 10 November 2026, the agreement is still unsigned after 19 days")
    quiet = TodayItem(kind=TodayKind.NO_RECENT_MEETING, due=date(2026, 11, 1), days=28)
    assert texts.what_text(quiet) == "No meeting logged since 1 November 2026 (28 days ago)"
    outcome = TodayItem(kind=TodayKind.OUTCOME_CHECK_OVERDUE, due=date(2026, 11, 20), days=1,
                        due_at=datetime(2026, 11, 20, 10, 0), follow_up_month=12,
                        followup_consent=False)
    assert texts.what_text(outcome) == (
        "Outcome check at 12 months was planned on 20 November 2026 at 10:00 (1 day late)"
        " — the mentee has not agreed to be contacted after the duo")


def test_a_duo_item_opens_its_mentee_when_no_duo_window_exists(
        qtbot, timed: Services, clock: Clock) -> None:
    duo = overdue_decision(timed, clock)
    persons: list[uuid.UUID] = []
    page = TodayPage(timed, open_person=persons.append)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.select_item(TodayKind.DECISION_OVERDUE, duo.id)
    page.open_current()
    assert persons == [duo.mentee_id]


def _months_back(months: int) -> date:
    day = TODAY
    while add_months(day, months) > TODAY:
        day -= timedelta(days=1)
    return day


def signed_duo(services: Services, clock: Clock, start_day: date):
    start = datetime.combine(start_day, time(9))
    clock.now = start - timedelta(days=3)
    duo = services.duos.propose(waiting_mentee(services), available_mentor(services),
                                coordinator_id=None, first_meeting_at=start - timedelta(days=2),
                                agreement_language="nl")
    clock.now = start
    services.duos.record_decision(duo.id, "mentee", True)
    services.duos.record_decision(duo.id, "mentor", True)
    services.duos.sign_agreement(duo.id, start.date())
    clock.now = NOW
    return duo


def test_a_follow_up_is_done_from_today_with_a_note(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = signed_duo(timed, clock, _months_back(1))
    page = shown_page(qtbot, timed, Opened())
    (_who, what), = rows(page, TodayKind.FOLLOW_UP_DUE)
    assert what.startswith("Follow-up at 1 month planned on ")
    assert page.select_item(TodayKind.FOLLOW_UP_DUE, duo.id)
    assert page.done_button.isEnabled() and not page.find_button.isEnabled()

    note = "Called both: three meetings so far, a CV rewritten."

    def fill_in(dialog: QDialog) -> int:
        assert isinstance(dialog, FollowUpDoneDialog)
        assert dialog.duo_label.text() == f"{duo.mentee_name} with {duo.mentor_name}"
        dialog.note_edit.setPlainText(note)
        dialog.buttons.accepted.emit()
        return dialog.result()

    seen = answer_dialogs(fill_in)
    with qtbot.waitSignal(page.loaded):
        page.done_button.click()
    assert len(seen) == 1
    assert page.model.group_index(TodayKind.FOLLOW_UP_DUE).isValid() is False
    with timed.db.read() as session:
        done = session.query(Meeting).filter(Meeting.duo_id == duo.id,
                                             Meeting.follow_up_month == 1).one()
        assert (str(done.status), done.summary) == ("done", note)


def test_a_refused_follow_up_keeps_the_dialog_and_the_note(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = signed_duo(timed, clock, _months_back(1))
    page = shown_page(qtbot, timed, Opened())
    assert page.select_item(TodayKind.FOLLOW_UP_DUE, duo.id)
    item = page.current_item()
    assert item is not None and item.meeting_id is not None
    timed.duos.complete_follow_up(item.meeting_id, "done elsewhere")  # e.g. in another window
    dialog = FollowUpDoneDialog(timed.duos, item)
    qtbot.addWidget(dialog)
    dialog.note_edit.setPlainText("My note")
    seen = answer_dialogs(lambda box: 0)
    dialog.save()
    assert len(seen) == 1 and seen[0].text()  # the refusal in words
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.note_edit.toPlainText() == "My note"


def test_only_my_items_when_who_i_am_is_chosen(qtbot, timed: Services, clock: Clock) -> None:
    mine = use_coordinator(timed, "Coordinator Mine")
    other = use_coordinator(timed, "Coordinator Other")
    theirs = overdue_decision(timed, clock, coordinator_id=other.id)
    timed.organisation.set_current_coordinator(mine.id)
    my_mentee = waiting_mentee(timed, coordinator_id=mine.id)
    page = shown_page(qtbot, timed, Opened())
    assert page.mine_check.isEnabled()
    assert page.model.item_count() == 2
    page.mine_check.setChecked(True)
    assert page.model.groups() == [(TodayKind.WAITING_MENTEE, 1)]
    assert page.select_item(TodayKind.WAITING_MENTEE, my_mentee)
    assert not page.select_item(TodayKind.DECISION_OVERDUE, theirs.id)
    page.mine_check.setChecked(False)
    assert page.model.item_count() == 2


def test_the_page_reads_again_when_shown_again(qtbot, timed: Services, clock: Clock) -> None:
    page = shown_page(qtbot, timed, Opened())
    assert page.model.item_count() == 0 and page.empty_label.isVisibleTo(page)
    waiting_mentee(timed)
    page.hide()
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.model.groups() == [(TodayKind.WAITING_MENTEE, 1)]
    assert not page.empty_label.isVisibleTo(page)


def test_the_list_in_french_and_dutch(qtbot, qapp: QApplication, compiled_translations,
                                      timed: Services, clock: Clock) -> None:
    overdue_decision(timed, clock)
    page = shown_page(qtbot, timed, Opened())
    waiting = TodayItem(kind=TodayKind.WAITING_MENTEE, due=date(2026, 11, 17), days=12)
    install_translators(qapp, "fr")
    # Qt posts the change to every widget: it is seen at the next turn of the event loop.
    qtbot.waitUntil(lambda: page.refresh_button.text() == "Actualiser")
    assert page.model.index(0, 0).data() == "Décision en retard (1)"
    assert page.summary_label.text() == "1 chose à faire"
    assert texts.what_text(waiting) == (
        "En attente d'un mentor depuis 12 jours (depuis le 17 novembre 2026)")
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: page.refresh_button.text() == "Vernieuwen")
    assert page.model.index(0, 0).data() == "Beslissing te laat (1)"
    assert page.summary_label.text() == "1 taak"
    assert texts.what_text(waiting) == "Wacht al 12 dagen op een mentor (sinds 17 november 2026)"


def test_the_first_quick_reading_is_followed_by_the_slow_counts(qtbot, timed: Services,
                                                                clock: Clock) -> None:
    """At start the window shows Today read without the count of files due for
    anonymisation (a second at 100,000 files); the page reads it right after."""
    make_mentee(timed)
    clock.now = datetime.combine(add_months(clock.now.date(), 13), time(9))
    quick = read_today(timed, whole=False)
    assert not quick.whole
    assert TodayKind.ANONYMISATION_DUE not in {item.kind for item in quick.items}
    page = TodayPage(timed, open_person=print, open_duo=print, find_mentor=print)
    qtbot.addWidget(page)
    page.preload(quick)
    readings: list[bool] = []
    page.loaded.connect(lambda: readings.append(page.data is not None and page.data.whole))
    page.show()
    qtbot.waitUntil(lambda: len(readings) == 2)  # the quick list at once, then the whole
    assert readings == [False, True]
    assert (TodayKind.ANONYMISATION_DUE, 1) in page.model.groups()


def test_the_program_opens_on_today_first_in_the_side_bar(qtbot, program) -> None:
    assert program.window.page_keys()[0] == "today"
    assert program.window.current_page_key() == "today"
    page = program.today_page
    assert page is not None
    qtbot.waitUntil(lambda: page.data is not None)


def test_a_large_group_starts_closed_and_stays_as_the_coordinator_left_it(
        qtbot, monkeypatch: pytest.MonkeyPatch, timed: Services, clock: Clock) -> None:
    from duodesk.ui.today import page as today_page

    monkeypatch.setattr(today_page, "OPEN_GROUP_LIMIT", 1)
    waiting_mentee(timed)
    waiting_mentee(timed)
    overdue_decision(timed, clock)
    page = shown_page(qtbot, timed, Opened())
    decisions = page.model.group_index(TodayKind.DECISION_OVERDUE)
    waiting = page.model.group_index(TodayKind.WAITING_MENTEE)
    assert page.tree.isExpanded(decisions) and not page.tree.isExpanded(waiting)
    assert waiting.data() == "Waiting for a mentor (2)"
    page.tree.expand(waiting)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.tree.isExpanded(page.model.group_index(TodayKind.WAITING_MENTEE))


def test_the_list_is_not_read_while_the_database_is_being_replaced(qtbot, program) -> None:
    # Encrypting or restoring re-writes the file: a reading then (the whole list a second
    # after start, say) met it half re-written and told the user it was damaged.
    page = program.today_page
    qtbot.waitUntil(lambda: page.data is not None and not page._reading, timeout=10_000)
    program.release_database()
    page.refresh()
    assert not page._reading  # nothing started on the file being replaced
    assert program.reopen_database()
    rebuilt = program.today_page
    assert rebuilt is not page
    qtbot.waitUntil(lambda: rebuilt.data is not None, timeout=10_000)
    rebuilt.refresh()
    assert rebuilt._reading  # back in use: read as before
    qtbot.waitUntil(lambda: not rebuilt._reading, timeout=10_000)


def closed_duo_at_twelve_months(services: Services, clock: Clock, *, consent: bool = True):
    """A duo signed twelve months ago and closed after its six months: its outcome check is
    on the list (with the mentee's consent to be contacted, unless told otherwise)."""
    duo = signed_duo(services, clock, _months_back(12))
    view = services.duos.get(duo.id)
    assert view.planned_end is not None and view.start_date is not None
    services.duos.finish(duo.id, view.planned_end)
    if consent:
        give_followup_consent(services, duo.mentee_id, view.start_date)
    return view


def outcome_item(page: TodayPage, duo_id: uuid.UUID) -> TodayKind:
    for kind in (TodayKind.OUTCOME_CHECK_DUE, TodayKind.OUTCOME_CHECK_OVERDUE):
        if page.select_item(kind, duo_id):
            return kind
    raise AssertionError("no outcome check on the list")


def planned_check(services: Services, duo_id: uuid.UUID) -> str:
    with services.db.read() as session:
        check = session.query(Meeting).filter(Meeting.duo_id == duo_id,
                                              Meeting.follow_up_month == 12).one()
        return str(check.status)


def test_the_check_at_12_months_is_done_by_recording_the_outcome(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = closed_duo_at_twelve_months(timed, clock)
    page = shown_page(qtbot, timed, Opened())
    kind = outcome_item(page, duo.id)
    assert page.done_button.isEnabled()
    assert page.done_button.text() == "Outcome at 12 months…"

    def answer(dialog: QDialog) -> int:
        # The duo window's own dialog, naming the duo since it opens away from it.
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.duo_label.text() == f"{duo.mentee_name} with {duo.mentor_name}"
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("job_stable"))
        return QDialog.DialogCode.Accepted

    seen = answer_dialogs(answer)
    with qtbot.waitSignal(page.loaded):
        page.done_button.click()
    assert len(seen) == 1
    after = timed.duos.get(duo.id)
    assert (after.outcome, after.outcome_date) == ("job_stable", clock.today())
    assert planned_check(timed, duo.id) == "done"
    assert not page.model.group_index(kind).isValid()


def test_cancelling_the_outcome_leaves_the_check_on_the_list(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = closed_duo_at_twelve_months(timed, clock)
    page = shown_page(qtbot, timed, Opened())
    kind = outcome_item(page, duo.id)
    seen = answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    page.done_button.click()
    assert [type(d) for d in seen] == [OutcomeDialog]
    assert timed.duos.get(duo.id).outcome is None
    assert planned_check(timed, duo.id) == "planned"
    page.refresh()
    qtbot.waitUntil(lambda: not page._reading)
    assert page.select_item(kind, duo.id)


def test_a_refused_outcome_is_explained_and_the_dialog_comes_back(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = closed_duo_at_twelve_months(timed, clock, consent=False)
    page = shown_page(qtbot, timed, Opened())
    outcome_item(page, duo.id)
    steps: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            steps.append(dialog.text())
            return QMessageBox.StandardButton.Ok
        assert isinstance(dialog, OutcomeDialog)
        if not steps:  # first: an outcome that needs the consent the mentee did not give
            dialog.outcome.setCurrentIndex(dialog.outcome.findData("job_other"))
            return QDialog.DialogCode.Accepted
        assert dialog.code() == "job_other"  # came back as it was left
        steps.append("again")
        return QDialog.DialogCode.Rejected

    answer_dialogs(answer)
    page.done_button.click()
    assert steps[0].startswith("The mentee did not agree to be contacted")
    assert steps[1:] == ["again"]
    assert timed.duos.get(duo.id).outcome is None
    assert planned_check(timed, duo.id) == "planned"


def test_the_check_ins_at_1_3_and_6_months_keep_their_note(
        qtbot, timed: Services, clock: Clock) -> None:
    duo = signed_duo(timed, clock, _months_back(6))
    page = shown_page(qtbot, timed, Opened())
    assert page.select_item(TodayKind.FOLLOW_UP_OVERDUE, duo.id) or page.select_item(
        TodayKind.FOLLOW_UP_DUE, duo.id)
    assert page.done_button.text() == "Follow-up done…"


def test_the_outcome_of_a_duo_still_running_asks_to_close_it_first(
        qtbot, answer_dialogs, timed: Services, clock: Clock) -> None:
    duo = signed_duo(timed, clock, _months_back(12))  # never closed: still active
    page = shown_page(qtbot, timed, Opened())
    outcome_item(page, duo.id)
    said: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            said.append(dialog.text())
            return QMessageBox.StandardButton.Ok
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("unreachable"))
        return QDialog.DialogCode.Rejected if said else QDialog.DialogCode.Accepted

    answer_dialogs(answer)
    page.done_button.click()
    assert said == ["The outcome at 12 months is recorded once the duo has ended: close it, "
                    "or stop it early, first."]
    assert timed.duos.get(duo.id).outcome is None
    assert planned_check(timed, duo.id) == "planned"
