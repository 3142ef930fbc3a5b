"""The Calendar page as a coordinator uses it: in the side bar after Duos, the period moved
with the buttons and the keyboard, the filters (coordinator, only mine, kinds, one duo and
back to all), a duo's meetings and follow-ups shown, French and Dutch."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from duodesk.core.codes import MeetingKind
from duodesk.i18n import install_translators
from duodesk.ui.calendar.periods import ViewMode
from tests.core.duo_setup import TODAY as DUO_TODAY
from tests.core.duo_setup import Clock, duo_service
from tests.factories import make_mentee, use_coordinator
from tests.ui.calendar_helpers import TODAY, open_page, plan
from tests.ui.duo_helpers import active_duo, propose


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_calendar_is_in_the_side_bar_after_the_duos(program, qtbot):
    keys = program.window.page_keys()
    assert keys.index("calendar") == keys.index("duos") + 1
    program.window.show_page("calendar")
    page = program.calendar_page
    qtbot.waitUntil(lambda: page.title.text() != "")
    assert page.mode is ViewMode.MONTH


def test_buttons_and_keys_move_the_period_and_come_back_to_today(qtbot, services):
    page = open_page(qtbot, services)
    page.next_button.click()
    assert page.title.text() == "April 2027"
    page.month.setFocus()
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    assert page.title.text() == "May 2027"
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    assert page.title.text() == "March 2027"
    qtbot.keyClick(page.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.month, Qt.Key.Key_T)
    assert page.title.text() == "March 2027" and page.month.selected_day == TODAY
    qtbot.keyClick(page.month, Qt.Key.Key_Right)
    qtbot.keyClick(page.month, Qt.Key.Key_Down)
    assert page.month.selected_day == TODAY + timedelta(days=8)
    for _step in range(3):
        qtbot.keyClick(page.month, Qt.Key.Key_Down)
    assert page.title.text() == "April 2027"  # the selection left March: April shows
    page.mode_buttons[ViewMode.WEEK].click()
    assert page.title.text().startswith("Week 14 · 5 – 11 April 2027")
    qtbot.keyClick(page.week, Qt.Key.Key_Home)
    assert page.week.first_day == date(2027, 3, 8)


def test_arrows_choose_meetings_in_the_week_and_enter_shows_a_day_from_the_month(
        qtbot, services):
    early = plan(services, at(TODAY, 9))[0]
    late = plan(services, at(TODAY, 15))[0]
    page = open_page(qtbot, services)
    page.month.setFocus()
    qtbot.keyClick(page.month, Qt.Key.Key_Return)  # no meeting chosen: the day in detail
    assert page.mode is ViewMode.WEEK
    qtbot.keyClick(page.week, Qt.Key.Key_Down)
    assert page.week.selected_event == early
    qtbot.keyClick(page.week, Qt.Key.Key_Down)
    assert page.week.selected_event == late
    qtbot.keyClick(page.week, Qt.Key.Key_Up)
    assert page.selected_event().id == early
    qtbot.keyClick(page.week, Qt.Key.Key_Left)
    assert page.week.selected_day == TODAY - timedelta(days=1)


def test_filters_by_coordinator_only_mine_and_kinds(qtbot, services):
    nadia = use_coordinator(services, "Nadia El Amrani")  # who I am
    pieter = services.organisation.save_coordinator("Pieter Peeters", None, None)
    mine = plan(services, at(TODAY, 9), coordinator_id=nadia.id)[0]
    theirs = plan(services, at(TODAY, 11), coordinator_id=pieter.id)[0]
    workshop = plan(services, at(TODAY, 18), kind=MeetingKind.WORKSHOP, title="CV")[0]
    page = open_page(qtbot, services)

    def shown() -> set:
        return {event.id for event in page.events}

    assert shown() == {mine, theirs, workshop}
    assert page.count_label.text() == "3 meetings"
    page.filters.only_mine.click()
    assert shown() == {mine}
    assert page.filters.coordinator.currentText() == "Nadia El Amrani"
    page.filters.coordinator.setCurrentIndex(page.filters.coordinator.findText("Pieter Peeters"))
    assert shown() == {theirs} and not page.filters.only_mine.isChecked()
    page.filters.coordinator.setCurrentIndex(0)
    page.filters.kind_buttons[MeetingKind.INTAKE].click()
    assert shown() == {workshop}
    page.filters.kind_buttons[MeetingKind.WORKSHOP].click()
    for button in page.filters.kind_buttons.values():
        if button.isChecked():
            button.click()
    assert shown() == set() and page.count_label.text() == "No kind of meeting chosen"


def test_a_duos_meetings_and_follow_ups_show_and_the_calendar_can_show_one_duo(
        qtbot, services):
    clock = Clock()
    duos = duo_service(services, clock)
    duo = active_duo(services, duos, clock)
    other = active_duo(services, duos, clock)
    intake = plan(services, at(DUO_TODAY + timedelta(days=3), 9),
                  people=(make_mentee(services),))[0]
    opened: list = []
    page = open_page(qtbot, services, today=DUO_TODAY, open_duo=opened.append)
    page.set_mode(ViewMode.AGENDA)
    page.next_period()  # the first follow-up comes a month after the start
    kinds = {(event.duo_id, event.kind) for event in page.events}
    assert (duo.id, MeetingKind.FOLLOW_UP) in kinds
    assert (other.id, MeetingKind.FOLLOW_UP) in kinds
    page.show_duo(duo.id)
    assert {event.duo_id for event in page.events} == {duo.id}
    assert page.filters.all_duos.isVisible()
    assert duo.mentee_name in page.filters.duo.currentText()
    follow_up = page.events[0]
    assert follow_up.kind == MeetingKind.FOLLOW_UP
    moved_to = datetime.combine(follow_up.starts_at.date() + timedelta(days=1), time(16))
    assert page.actions.move(follow_up, moved_to)
    assert services.calendar.get(follow_up.id).event.starts_at == moved_to
    page.filters.all_duos.click()
    assert not page.filters.all_duos.isVisible()
    assert {event.duo_id for event in page.events} >= {duo.id, other.id}
    page.go_today()
    assert intake in {event.id for event in page.events}



def test_show_in_the_calendar_goes_to_the_duos_next_meeting_in_a_later_month(
        qtbot, services):
    first_meeting = datetime.combine(DUO_TODAY + timedelta(days=75), time(10, 30))
    duo = propose(services, duo_service(services, Clock()), first_meeting_at=first_meeting)
    page = open_page(qtbot, services, today=DUO_TODAY)
    assert page.mode is ViewMode.MONTH
    page.show_duo(duo.id)
    assert [event.starts_at for event in page.events] == [first_meeting]
    assert (page.anchor.year, page.anchor.month) == (first_meeting.year, first_meeting.month)


def test_french_and_dutch_day_and_month_names_and_words(qtbot, qapp, services,
                                                        compiled_translations):
    plan(services, at(TODAY, 9))
    page = open_page(qtbot, services)
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: page.title.text() == "Mars 2027")
    assert page.today_button.text() == "Aujourd'hui"
    assert page.count_label.text() == "1 rencontre"
    page.set_mode(ViewMode.AGENDA)
    assert page.agenda.agenda.index(0, 0).data() == "Mercredi 10 mars 2027"
    assert page.agenda.agenda.headerData(0, Qt.Orientation.Horizontal) == "Heure"
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: page.today_button.text() == "Vandaag")
    page.set_mode(ViewMode.MONTH)
    assert page.title.text() == "Maart 2027"
    assert page.today_button.text() == "Vandaag"
    assert page.filters.only_mine.text() == "Alleen de mijne"


def test_new_meeting_opens_the_meeting_dialog_on_the_chosen_day_and_shows_what_was_saved(
        qtbot, services, answer_dialogs):
    from duodesk.ui.calendar.meeting_dialog import MeetingDialog

    page = open_page(qtbot, services)
    page.month.select(date(2027, 3, 18))
    starts: list = []

    def fill_in(dialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        fields = dialog.fields
        starts.append(fields.values().starts_at)
        fields.kind.setCurrentIndex(fields.kind.findData(MeetingKind.WORKSHOP.value))
        fields.title.setText("Job fair visit")
        fields.place.setText("Tour & Taxis")
        dialog.save_button.click()
        return dialog.result()

    answer_dialogs(fill_in)
    changed: list = []
    page.changed.connect(lambda: changed.append(True))
    page.new_button.click()
    assert starts == [at(date(2027, 3, 18), 10)]
    shown = [event for event in page.events if event.title == "Job fair visit"]
    assert len(shown) == 1 and shown[0].kind == MeetingKind.WORKSHOP
    assert shown[0] in page.month.days[date(2027, 3, 18)] and changed == [True]


def test_a_new_meeting_planned_in_the_evening_starts_the_next_working_morning(
        qtbot, services, answer_dialogs):
    from duodesk.ui.calendar.meeting_dialog import MeetingDialog

    friday = date(2027, 3, 19)
    page = open_page(qtbot, services, today=friday)
    page.month.select(friday)
    starts: list = []

    def look(dialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        starts.append(dialog.fields.values().starts_at)
        return 0

    answer_dialogs(look)
    services.calendar.now = lambda: datetime.combine(friday, time(9, 30))
    page.new_button.click()  # still the morning: this day at ten
    services.calendar.now = lambda: datetime.combine(friday, time(21, 15))
    page.new_button.click()  # ten o'clock is over: Monday's, not a meeting already held
    assert starts == [at(friday, 10), at(date(2027, 3, 22), 10)]


def test_a_right_click_on_a_duo_meeting_offers_to_open_the_duo(qtbot, services):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    clock = Clock()
    duo = active_duo(services, duo_service(services, clock), clock)
    opened: list = []
    page = open_page(qtbot, services, today=DUO_TODAY, open_duo=opened.append)
    page.set_mode(ViewMode.AGENDA)
    page.next_period()
    follow_up = next(e for e in page.events if e.duo_id == duo.id)
    page._context_menu(follow_up.id, QPoint(10, 10))
    menu = page.findChild(QMenu)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts == ["Open…", "Open the duo", "Cancel the meeting…"]
    next(a for a in menu.actions() if a.text() == "Open the duo").trigger()
    assert opened == [duo.id]


def test_coordinators_who_i_am_and_duos_changed_elsewhere_are_offered_when_shown_again(
        qtbot, services):
    clock = Clock()
    duos = duo_service(services, clock)
    page = open_page(qtbot, services, today=DUO_TODAY)
    assert not page.filters.only_mine.isEnabled()  # nobody chosen under Settings yet
    page.hide()
    nadia = use_coordinator(services, "Nadia El Amrani")  # added and chosen in Settings
    duo = active_duo(services, duos, clock)  # proposed on the Matching page
    page.show()
    assert page.filters.coordinator.findText("Nadia El Amrani") > 0
    assert page.filters.only_mine.isEnabled()
    page.filters.only_mine.click()
    assert page.filters.coordinator_id() == nadia.id
    assert page.filters.duo.findData(str(duo.id)) > 0


def test_the_count_says_the_cancelled_meetings_shown_too(qtbot, services):
    plan(services, at(TODAY, 9))
    cancelled = plan(services, at(TODAY, 11))[0]
    services.calendar.cancel(cancelled)
    page = open_page(qtbot, services)
    assert {event.id for event in page.events} != set()
    assert page.count_label.text() == "1 meeting"
    page.filters.cancelled.click()
    qtbot.waitUntil(lambda: cancelled in {event.id for event in page.events})
    assert len(page.events) == 2
    assert page.count_label.text() == "2 meetings"
    page.filters.cancelled.click()
    qtbot.waitUntil(lambda: cancelled not in {event.id for event in page.events})
    assert page.count_label.text() == "1 meeting"
