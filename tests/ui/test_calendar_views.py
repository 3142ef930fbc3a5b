"""The calendar's three views on the real widgets and a real database: the month grid
(Monday first, meetings on their day, "+N more", today), the week's blocks placed by time
and side by side, dragging a meeting (series, conflicts, undo), and the agenda's model."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt

from duodesk.core.calendar.views import Recurrence
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.ui.calendar.periods import ViewMode
from duodesk.ui.calendar.week_grid import Placed
from tests.factories import make_mentee, use_coordinator
from tests.ui.calendar_helpers import TODAY, drag, open_page, plan, press


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_month_starts_on_monday_and_shows_each_meeting_on_its_day(qtbot, services):
    meeting = plan(services, at(date(2027, 3, 18), 9, 30), title=None)[0]
    page = open_page(qtbot, services)
    month = page.month
    assert month.first_day == date(2027, 3, 1)  # March 2027 begins on a Monday
    assert month.first_day.weekday() == 0 and month.weeks == 5
    assert page.title.text() == "March 2027"
    rects, more = month._lines(date(2027, 3, 18))
    assert [event.id for _rect, event in rects] == [meeting] and more is None
    hit = month.hit(rects[0][0].center())
    assert hit is not None and hit.event is not None and hit.event.id == meeting
    assert month.hit(month.cell_rect(date(2027, 3, 19)).center()).event is None
    assert month.today == TODAY


def test_a_full_day_says_how_many_more_and_opens_in_the_week_view(qtbot, services):
    day = date(2027, 3, 16)
    for hour in range(8, 20):
        plan(services, at(day, hour))
    page = open_page(qtbot, services)
    rects, more = page.month._lines(day)
    assert more is not None and 0 < len(rects) < 12
    qtbot.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=more.center())
    assert page.mode is ViewMode.WEEK
    assert page.week.first_day == date(2027, 3, 15)
    assert len(page.week.days[day]) == 12


def test_days_outside_the_month_are_part_of_the_grid_and_read(qtbot, services):
    plan(services, at(date(2027, 4, 2), 10))  # a Friday of April, in March's last week
    plan(services, at(date(2027, 4, 6), 10))  # the week after: not in March's grid
    page = open_page(qtbot, services, today=date(2027, 3, 31))
    assert date(2027, 4, 2) in page.month.days  # March's grid runs to Sunday 4 April
    assert date(2027, 4, 6) not in page.month.days
    assert page.month.last_day() == date(2027, 4, 5)


def test_the_week_places_meetings_by_time_and_overlapping_ones_side_by_side(qtbot, services):
    first = plan(services, at(date(2027, 3, 9), 10), minutes=90)[0]
    second = plan(services, at(date(2027, 3, 9), 10, 30))[0]
    alone = plan(services, at(date(2027, 3, 11), 14), minutes=30)[0]
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    grid = page.week.grid
    placed = {item.event.id: item
              for items, _overflow in grid.layout_days().values() for item in items}
    a, b, c = (grid.block_rect(placed[i]) for i in (first, second, alone))
    hour = grid.hour_height()
    assert a.top() == 10 * hour + 1 and abs(a.height() - 1.5 * hour) <= 3
    assert b.left() > a.right() - 2 and b.top() > a.top()  # beside, not over
    assert c.width() > 2 * a.width() - 8  # alone in its day: the column's width
    assert placed[first].columns == placed[second].columns == 2


def test_a_meeting_dragged_to_another_day_and_time_moves_in_the_database(
        qtbot, services, answer_dialogs):
    meeting = plan(services, at(date(2027, 3, 9), 10))[0]
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    grid = page.week.grid
    placed = Placed(page.week.find_event(meeting), 0, 1)
    start = grid.block_rect(placed).topLeft() + QPoint(10, 5)
    target = grid.column_rect(3).left() + 10  # Thursday
    end = QPoint(target, start.y() + grid.y_of(75))  # 1 h 15 later
    drag(grid, start, end)
    moved = services.calendar.get(meeting).event
    assert moved.starts_at == at(date(2027, 3, 11), 11, 15)
    assert page.actions.last_move is not None and page.undo_button.isVisible()
    assert "moved to" in page.notice.text()
    page.undo_button.click()
    assert services.calendar.get(meeting).event.starts_at == at(date(2027, 3, 9), 10)
    assert not page.undo_button.isVisible()


def test_moving_one_of_a_series_asks_this_one_or_all_following(qtbot, services,
                                                               answer_dialogs):
    ids = plan(services, at(date(2027, 3, 8), 18), kind=MeetingKind.WORKSHOP,
               title="CV workshop", recurrence=Recurrence("weekly", count=3))
    page = open_page(qtbot, services)
    seen = answer_dialogs(press("This and all following"))
    event = page._event(ids[0])
    assert page.actions.move(event, at(date(2027, 3, 9), 18))
    assert "one of a series" in seen[0].text()
    starts = [services.calendar.get(i).event.starts_at.date() for i in ids]
    assert starts == [date(2027, 3, 9), date(2027, 3, 16), date(2027, 3, 23)]
    answer_dialogs(press("Don't move"))
    assert not page.actions.move(page._event(ids[1]), at(date(2027, 3, 17), 18))
    assert services.calendar.get(ids[1]).event.starts_at.date() == date(2027, 3, 16)


def test_a_move_onto_a_busy_coordinator_warns_and_can_be_given_up(qtbot, services,
                                                                   answer_dialogs):
    nadia = use_coordinator(services, "Nadia El Amrani")
    mentee = make_mentee(services)
    plan(services, at(date(2027, 3, 10), 14), coordinator_id=nadia.id, title="Busy")
    meeting = plan(services, at(date(2027, 3, 10), 9), coordinator_id=nadia.id,
                   people=(mentee,))[0]
    page = open_page(qtbot, services)
    seen = answer_dialogs(lambda dialog: 0)  # closed: no
    assert not page.actions.move(page._event(meeting), at(date(2027, 3, 10), 14, 30))
    assert "Nadia El Amrani" in seen[0].text() and "Busy" in seen[0].text()
    assert services.calendar.get(meeting).event.starts_at.hour == 9
    answer_dialogs(press("Move anyway"))
    assert page.actions.move(page._event(meeting), at(date(2027, 3, 10), 14, 30))
    assert services.calendar.get(meeting).event.starts_at.hour == 14


def test_the_agenda_lists_each_day_then_its_meetings_with_their_details(qtbot, qtmodeltester,
                                                                       services):
    nadia = use_coordinator(services, "Nadia El Amrani")
    mentee = make_mentee(services)
    plan(services, at(date(2027, 3, 12), 9, 30), coordinator_id=nadia.id, people=(mentee,))
    plan(services, at(date(2027, 3, 10), 14), kind=MeetingKind.INFO_SESSION,
         title="Information session, Schaerbeek")
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.AGENDA)
    model = page.agenda.agenda
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows[0][0] == "Wednesday 10 March 2027"
    assert rows[1][:4] == ["14:00–15:00", "Information session",
                           "Information session, Schaerbeek", "Antenne"]
    assert rows[2][0] == "Friday 12 March 2027"
    assert rows[3][1] == "Intake interview" and rows[3][4] == "Nadia El Amrani"
    assert rows[3][5] == "1"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert page.title.text() == "10 Mar – 6 Apr 2027"


def test_cancelled_meetings_show_only_when_asked_and_struck_out(qtbot, services,
                                                                answer_dialogs):
    meeting = plan(services, at(date(2027, 3, 11), 10))[0]
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.AGENDA)
    page.agenda.select_day(date(2027, 3, 11))
    answer_dialogs(press("Yes"))
    qtbot.keyClick(page.agenda, Qt.Key.Key_Delete)
    assert services.calendar.get(meeting).event.status == MeetingStatus.CANCELLED
    assert page.agenda.agenda.event_count() == 0
    page.filters.cancelled.setChecked(True)
    model = page.agenda.agenda
    assert model.event_count() == 1
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "(cancelled)" in model.index(1, 2).data()


def test_the_current_time_and_today_are_marked_in_the_week(qtbot, services):
    page = open_page(qtbot, services)
    page.week.now = lambda: at(TODAY, 13, 0)
    page.set_mode(ViewMode.WEEK)
    image = page.week.grid.grab().toImage()
    grid = page.week.grid
    column = grid.column_rect((TODAY - page.week.first_day).days)
    line = image.pixelColor(column.center().x(), grid.y_of(13 * 60))
    assert line.red() > 180 and line.green() < 90  # the red line of now
    other = image.pixelColor(grid.column_rect(0).center().x(), grid.y_of(13 * 60))
    assert other.red() < 180 or other.green() > 150
    assert page.week.scroll_area.verticalScrollBar().value() == grid.y_of(7 * 60)  # 07:00
    assert page.week.first_day + timedelta(days=2) == TODAY


def test_double_clicks_and_enter_open_the_meeting_dialog(qtbot, services, monkeypatch):
    from duodesk.ui.calendar import meeting_dialog

    meeting = plan(services, at(date(2027, 3, 9), 10))[0]
    calls: list = []
    monkeypatch.setattr(meeting_dialog, "edit_meeting",
                        lambda parent, s, meeting_id: calls.append(("edit", meeting_id)))
    monkeypatch.setattr(meeting_dialog, "new_meeting",
                        lambda parent, s, starts_at, duo_id=None:
                        calls.append(("new", starts_at)) or True)
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    grid = page.week.grid
    block = grid.block_rect(Placed(page.week.find_event(meeting), 0, 1))
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=block.center())
    empty = QPoint(grid.column_rect(4).center().x(), grid.y_of(16 * 60 + 20))
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=empty)
    assert calls == [("edit", meeting), ("new", at(date(2027, 3, 12), 16, 15))]
    page.show_day(date(2027, 3, 9), ViewMode.AGENDA)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert calls[-1] == ("edit", meeting)


def test_the_month_marks_today_and_dims_the_neighbouring_months(qtbot, services):
    from PySide6.QtGui import QPalette

    page = open_page(qtbot, services, today=date(2027, 3, 31))
    month = page.month
    image = month.grab().toImage()
    palette = month.palette()
    today = month.cell_rect(date(2027, 3, 31))
    number_box = today.topLeft() + QPoint(6, month._line_height() // 2 + 2)
    assert image.pixelColor(number_box) == palette.color(QPalette.ColorRole.Highlight)
    outside = month.cell_rect(date(2027, 4, 3)).center()
    inside = month.cell_rect(date(2027, 3, 20)).center()
    assert image.pixelColor(outside) == palette.color(QPalette.ColorRole.AlternateBase)
    assert image.pixelColor(inside) == palette.color(QPalette.ColorRole.Base)
    assert image.pixelColor(outside) != image.pixelColor(inside)


def test_delete_in_the_week_cancels_a_series_from_the_chosen_meeting_on(qtbot, services,
                                                                       answer_dialogs):
    ids = plan(services, at(date(2027, 3, 9), 18), kind=MeetingKind.WORKSHOP,
               title="CV workshop", recurrence=Recurrence("weekly", count=3))
    page = open_page(qtbot, services)
    page.show_day(date(2027, 3, 16), ViewMode.WEEK)
    qtbot.keyClick(page.week, Qt.Key.Key_Down)
    assert page.week.selected_event == ids[1]
    seen = answer_dialogs(press("Keep it"))
    qtbot.keyClick(page.week, Qt.Key.Key_Delete)
    assert "Cancel “CV workshop” of Tuesday 16 March at 18:00?" in seen[0].text()
    assert services.calendar.get(ids[1]).event.status == MeetingStatus.PLANNED
    answer_dialogs(press("This and all following"))
    qtbot.keyClick(page.week, Qt.Key.Key_Delete)
    statuses = [services.calendar.get(i).event.status for i in ids]
    assert statuses == [MeetingStatus.PLANNED, MeetingStatus.CANCELLED,
                        MeetingStatus.CANCELLED]
    assert ids[1] not in {event.id for event in page.events}  # gone from the view


def test_too_many_meetings_side_by_side_are_counted_and_open_in_the_agenda(qtbot, services):
    day = date(2027, 3, 11)
    ids = {plan(services, at(day, 10))[0] for _n in range(9)}
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    grid = page.week.grid
    placed, overflows = grid.layout_days()[day]
    assert 1 <= len(placed) < 9 and len(overflows) == 1
    assert {item.event.id for item in placed} < ids
    assert len(placed) + overflows[0].hidden == 9
    strip = grid.overflow_rect(day, overflows[0])
    blocks = [grid.block_rect(item) for item in placed]
    assert all(not block.intersects(strip) for block in blocks)  # the count hides nothing
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=strip.center())
    assert page.mode is ViewMode.AGENDA and page.agenda.agenda.rows[0] == day
    assert page.agenda.agenda.event_count() >= 9


def test_alt_and_the_arrows_move_the_chosen_meeting_like_a_drag(qtbot, services):
    meeting = plan(services, at(date(2027, 3, 9), 10))[0]
    page = open_page(qtbot, services)
    page.show_day(date(2027, 3, 9), ViewMode.WEEK)
    qtbot.keyClick(page.week, Qt.Key.Key_Down)
    assert page.week.selected_event == meeting
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.week, Qt.Key.Key_Down, alt)
    qtbot.keyClick(page.week, Qt.Key.Key_Down, alt)
    qtbot.keyClick(page.week, Qt.Key.Key_Right, alt)
    assert services.calendar.get(meeting).event.starts_at == at(date(2027, 3, 10), 10, 30)
    assert page.week.selected_event == meeting
    page.undo_button.click()  # the last step only
    assert services.calendar.get(meeting).event.starts_at == at(date(2027, 3, 9), 10, 30)
