"""The Duos page, a person's Duos and Evaluations tabs and the program's wiring, on a real
database: filters and count, columns in words, Enter to open, the duo's window from the
side bar and from a person's file, and the lists following a lifecycle step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.services.duos import DuoService
from duodesk.ui.duos.dialogs import FinishDialog
from duodesk.ui.duos.duo_window import DuoWindow
from duodesk.ui.duos.list_page import DuosPage
from duodesk.ui.persons.person_file import PersonFileWindow
from tests.core.duo_setup import Clock, duo_service, waiting_mentee
from tests.factories import use_coordinator
from tests.ui.duo_helpers import (
    ACCEPTED,
    FIRST_MEETING,
    Script,
    active_duo,
    ok_message,
    propose,
)


@pytest.fixture
def page(qtbot, services: Services, duos: DuoService):
    opened: list = []
    widget = DuosPage(duos, services.organisation, open_duo=opened.append)
    widget.opened = opened
    qtbot.addWidget(widget)
    return widget


def column(page: DuosPage, key: str) -> list[str]:
    number = [c.key for c in page.model.columns].index(key)
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def test_the_page_lists_filters_and_counts_duos(qtbot, qtmodeltester, services, duos, clock,
                                                page):
    nadia = use_coordinator(services, "Nadia El Amrani")
    pieter = services.organisation.save_coordinator("Pieter Van den Broeck", None, None)
    running = active_duo(services, duos, clock, coordinator_id=nadia.id)
    # Proposed with a first meeting two days ago and no answer: overdue.
    late = propose(services, duos, coordinator_id=pieter.id,
                   first_meeting_at=clock.now - timedelta(days=2))
    clock.advance(days=165)  # the running duo ends within 30 days
    fresh = propose(services, duos, coordinator_id=pieter.id,
                    first_meeting_at=clock.now + timedelta(days=3))
    assert page.model.rowCount() == 0  # nothing read before the page is shown
    page.show()
    qtbot.waitUntil(lambda: page.ready)  # read on a worker when first shown
    qtmodeltester.check(page.model)
    assert page.count == 3 and page.count_label.text() == "3 duos"

    rows = {duo_id: n for n, duo_id in enumerate(page.model.ids)}
    statuses = column(page, "status")
    flags = column(page, "flags")
    assert statuses[rows[running.id]] == "Active"
    assert "Ending soon" in flags[rows[running.id]]
    assert "Decision overdue" in flags[rows[late.id]]
    assert flags[rows[fresh.id]] == ""
    assert column(page, "mentee")[rows[running.id]] == running.mentee_name
    # The first meeting, held the day before the signing, is the last one logged.
    assert column(page, "days_since_meeting")[rows[running.id]] == str(
        (clock.today() - FIRST_MEETING.date()).days)
    assert "No meeting for 3 weeks" in flags[rows[running.id]]

    filters = page.filters
    filters.status.setCurrentIndex(filters.status.findData("proposed"))
    assert set(page.model.ids) == {late.id, fresh.id} and page.count_label.text() == "2 duos"
    filters.coordinator.setCurrentIndex(filters.coordinator.findData(str(pieter.id)))
    assert set(page.model.ids) == {late.id, fresh.id}
    filters.overdue.setChecked(True)
    assert page.model.ids == [late.id] and page.count_label.text() == "1 duo"
    filters.overdue.setChecked(False)
    filters.status.setCurrentIndex(0)
    filters.coordinator.setCurrentIndex(filters.coordinator.findData(str(nadia.id)))
    assert page.model.ids == [running.id]
    filters.coordinator.setCurrentIndex(0)
    filters.ending_soon.setChecked(True)
    assert page.model.ids == [running.id]
    qtmodeltester.check(page.model)

    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.opened == [running.id]


def test_a_sort_by_mentee_happens_in_sql(qtbot, services, duos, clock, page):
    names = ["Zara", "Aïcha", "Mehdi"]
    for name in names:
        propose(services, duos, mentee_id=waiting_mentee(services, last_name=name))
    page.show()
    qtbot.waitUntil(lambda: page.ready)
    mentee = [c.key for c in page.model.columns].index("mentee")
    page.table.sortByColumn(mentee, Qt.SortOrder.AscendingOrder)
    assert [n.split()[-1] for n in column(page, "mentee")] == ["Aïcha", "Mehdi", "Zara"]


@pytest.fixture
def file_window(qtbot, services):
    def open_(person_id) -> PersonFileWindow:
        window = PersonFileWindow(services, person_id=person_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        window.show()
        return window
    return open_


def test_a_persons_file_lists_their_duos_and_evaluations_and_opens_a_duo(
        qtbot, qtmodeltester, services, duos, clock, file_window):
    duo = active_duo(services, duos, clock)
    duos.record_evaluation(duo.id, "mentor", "start", clock.today(), {"feels_useful": True},
                           "Motivé.")
    window = file_window(duo.mentor_id)
    assert window.tabs.isTabVisible(window.duos_index)
    window.tabs.setCurrentIndex(window.duos_index)
    model = window.duos_tab.model
    qtmodeltester.check(model)
    assert model.ids == [duo.id]
    opened: list = []
    window.duo_requested.connect(opened.append)
    window.duos_tab.table.selectRow(0)
    qtbot.keyClick(window.duos_tab.table, Qt.Key.Key_Return)
    assert opened == [duo.id]

    window.tabs.setCurrentIndex(window.evaluations_index)
    evaluations = window.evaluations_tab.model
    qtmodeltester.check(evaluations)
    assert evaluations.rowCount() == 1
    texts = [evaluations.index(0, c).data() for c in range(evaluations.columnCount())]
    assert texts[0] == f"{duo.mentee_name} & {duo.mentor_name}"
    assert "Useful: yes" in texts[4] and texts[5] == "Motivé."


def test_a_new_persons_file_has_no_duo_tabs(qtbot, services, file_window):
    window = PersonFileWindow(services, role=PersonRole.MENTEE)
    qtbot.addWidget(window)
    assert not window.tabs.isTabVisible(window.duos_index)
    assert not window.tabs.isTabVisible(window.evaluations_index)


def test_the_program_opens_a_duo_once_and_its_lists_follow_a_step(
        qtbot, program, answer_dialogs):
    services = program.services
    clock = Clock()
    # The duo's steps run on the test's clock (its Monday is never before today).
    services.duos = duo_service(services, clock)
    duo = active_duo(services, services.duos, clock)
    page = program.window.page("duos")
    assert isinstance(page, DuosPage)
    keys = program.window.page_keys()
    assert keys.index("mentors") < keys.index("duos") < keys.index("settings")  # SPEC §4 order
    program.window.show_page("mentees")
    mentees = program.person_pages[PersonRole.MENTEE]
    mentee_status = [c.key for c in mentees.model.columns].index("status")
    program.window.show_page("duos")
    qtbot.waitUntil(lambda: page.ready)
    assert page.model.ids == [duo.id]

    program.open_duo(duo.id)
    program.open_duo(duo.id)
    assert list(program.duo_windows) == [duo.id]
    window = program.duo_windows[duo.id]
    assert isinstance(window, DuoWindow)

    program.open_person(duo.mentee_id)
    file = program.person_files[duo.mentee_id]
    file.tabs.setCurrentIndex(file.duos_index)
    status = [c.key for c in file.duos_tab.model.columns].index("status")
    assert file.duos_tab.model.index(0, status).data() == "Active"

    def finish(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishDialog)
        return ACCEPTED
    clock.advance(days=183)  # "six months completed" is for a duo at its planned end
    answer_dialogs(Script().then(finish))
    qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
    assert column(page, "status") == ["Finished"]
    assert file.duos_tab.model.index(0, status).data() == "Finished"
    # The mentee's status moved with the duo: the Mentees list and the file's header follow.
    assert mentees.model.index(0, mentee_status).data() == "Finished"
    assert file.file is not None and file.file.status == "finished"
    window.close()
    file.close()
    qtbot.waitUntil(lambda: not program.duo_windows and not program.person_files)


def test_a_duo_that_no_longer_exists_is_explained_not_opened(program, answer_dialogs):
    import uuid

    script = Script().then(ok_message)
    answer_dialogs(script)
    program.open_duo(uuid.uuid4())
    assert not program.duo_windows
    assert script.messages == ["This record no longer exists; it may have been deleted meanwhile."]


def test_a_duo_window_shows_the_duo_in_the_calendar(qtbot, program) -> None:
    services = program.services
    clock = Clock()
    services.duos = duo_service(services, clock)
    duo = active_duo(services, services.duos, clock)
    program.open_duo(duo.id)
    window = program.duo_windows[duo.id]
    assert window.calendar_button.text() == "Show in the calendar"
    qtbot.mouseClick(window.calendar_button, Qt.MouseButton.LeftButton)
    assert program.window.current_page_key() == "calendar"
    assert program.calendar_page.filters.duo_id() == duo.id
    window.close()


def test_a_name_saved_in_a_file_shows_in_the_duos_list_and_the_open_duo_window(
        qtbot, program) -> None:
    services = program.services
    clock = Clock()
    services.duos = duo_service(services, clock)
    duo = active_duo(services, services.duos, clock)
    page = program.window.page("duos")
    program.window.show_page("duos")
    qtbot.waitUntil(lambda: page.ready)
    program.open_duo(duo.id)
    window = program.duo_windows[duo.id]
    program.open_person(duo.mentee_id)
    file = program.person_files[duo.mentee_id]

    file.form.first_name.setFocus()
    file.form.first_name.selectAll()
    qtbot.keyClicks(file.form.first_name, "Renamed")
    with qtbot.waitSignal(file.saved):
        qtbot.mouseClick(file.save_button, Qt.MouseButton.LeftButton)
    assert column(page, "mentee") == [f"Renamed {duo.mentee_name.split(' ', 1)[1]}"]
    assert window.name_label.text().startswith("Renamed ")
    assert window.windowTitle().startswith("Renamed ")
    window.close()
    file.close()
    qtbot.waitUntil(lambda: not program.duo_windows and not program.person_files)
