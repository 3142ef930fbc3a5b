"""The Matching page on real widgets and a real database: a coordinator picks a waiting
mentee, sees the ranked mentors with their parts, reasons and shared ground, and proposes a
duo through the confirmation dialog; the whole-pool proposal is accepted, rejected or edited
pair by pair; the weights saved in Settings change the next ranking."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.codes import DayPart, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.matching import DEFAULT_WEIGHTS
from duodesk.core.services.duo_data import TodayKind
from duodesk.i18n import install_translators
from duodesk.ui.matching.confirm_dialog import ConfirmDuoDialog
from duodesk.ui.matching.page import MatchingPage
from duodesk.ui.matching.pool_view import OtherMentorDialog
from duodesk.ui.matching.profile_compare import SHARED_STYLE
from duodesk.ui.matching.weights_box import WeightsBox
from tests.core.matching.helpers import available_mentor, waiting_mentee

BRUSSELS = {"postal_code": "1030"}


def status(services: Services, person_id: uuid.UUID) -> str:
    return services.persons.get(person_id, record_view=False).status


@pytest.fixture
def pair(services: Services) -> dict[str, uuid.UUID]:
    """A waiting mentee, the mentor who fits best, a second one, and one who shares no
    language (never proposed)."""
    return {
        "mentee": waiting_mentee(
            services, first_name="Amina", last_name="Testwaiting",
            languages=[("fr", LanguageLevel.NATIVE), ("ar", LanguageLevel.NATIVE)],
            sectors=[Sector.IT], availability=frozenset({("wed", DayPart.EVENING)}),
            interests=["chess"], **BRUSSELS),
        "best": available_mentor(
            services, first_name="Luc", last_name="Testbest",
            languages=[("fr", LanguageLevel.NATIVE), ("ar", LanguageLevel.GOOD)],
            sectors=[Sector.IT], availability=frozenset({("wed", DayPart.EVENING)}),
            interests=["Chess"], **BRUSSELS),
        "second": available_mentor(services, first_name="Marc", last_name="Testsecond",
                                   postal_code="9000"),
        "no_language": available_mentor(services, first_name="Hans", last_name="Testgerman",
                                        languages=[("de", LanguageLevel.NATIVE)],
                                        sectors=[Sector.IT], **BRUSSELS),
    }


class Opened:
    def __init__(self) -> None:
        self.persons: list[uuid.UUID] = []
        self.duos: list[uuid.UUID] = []


def shown_page(qtbot, services: Services, opened: Opened | None = None) -> MatchingPage:
    opened = opened or Opened()
    page = MatchingPage(services, open_person=opened.persons.append,
                        open_duo=opened.duos.append)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.mentee_view.waiting_loaded):  # read on a worker
        page.show()
    return page


def choose(qtbot, page: MatchingPage, mentee_id: uuid.UUID) -> None:
    view = page.mentee_view
    with qtbot.waitSignal(view.suggestions_shown):
        page.select_mentee(mentee_id)


def confirm_with(place: str, language: str = "nl"):
    """A dialog handler that fills the confirmation in and presses "Propose the duo"."""
    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, ConfirmDuoDialog)
        dialog.place_edit.setText(place)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.buttons.accepted.emit()
        return dialog.result()
    return handler


def test_a_duo_is_formed_from_a_suggestion(qtbot, qtmodeltester, answer_dialogs,
                                           services: Services, pair) -> None:
    opened = Opened()
    page = shown_page(qtbot, services, opened)
    view = page.mentee_view
    qtmodeltester.check(view.waiting_model)
    assert view.waiting_model.rowCount() == 1
    assert view.waiting_count.text() == "1 mentee waiting"
    with qtbot.waitSignal(view.suggestions_shown):
        view.waiting_table.selectRow(0)
    model = view.suggestion_model
    qtmodeltester.check(model)

    # Ranked, the German speaker left out; the score broken down into its parts.
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Luc Testbest", "Marc Testsecond"]
    best = model.suggestion(0)
    assert best is not None and best.mentor_id == pair["best"]
    parts = [model.index(0, model.keys.index(name)).data() for name in best.criteria]
    assert sum(float(part) for part in parts) == pytest.approx(best.score, abs=0.5)
    reasons = model.index(0, model.keys.index("reasons")).data()
    for words in ("both speak French and Arabic", "IT sector", "both free Wednesday evening",
                  "shared interest: chess", "less than 1 km apart"):
        assert words in reasons
    # The profiles side by side, what they share highlighted.
    compare = view.comparison
    assert compare.mentor_title.text() == "Luc Testbest"
    assert f'<span style="{SHARED_STYLE}">&nbsp;French (native)&nbsp;</span>' in \
        compare.cell_text("languages", mentor=True)
    assert "Wednesday evening" in compare.cell_text("availability", mentor=False)
    assert SHARED_STYLE in compare.cell_text("interests", mentor=False)
    assert "less than 1 km apart" in compare.cell_text("place", mentor=True)

    # Nothing is written before the confirmation; then the duo is proposed.
    assert status(services, pair["mentee"]) == "waiting"
    seen = answer_dialogs(confirm_with("Antenna office, rue Royale"))
    view.propose_button.click()
    assert len(seen) == 1
    duo = page.last_duo
    assert duo is not None and (duo.status, duo.mentor_id) == ("proposed", pair["best"])
    assert duo.agreement_language == "nl"
    assert status(services, pair["mentee"]) == "matched"
    assert services.duos.get(duo.id).mentee_id == pair["mentee"]
    qtbot.waitUntil(lambda: view.waiting_model.rowCount() == 0)  # off the waiting list
    assert page.done_frame.isVisibleTo(page)
    assert "Amina Testwaiting with Luc Testbest" in page.done_label.text()
    page.open_duo_button.click()
    assert opened.duos == [duo.id]


def test_the_mentee_just_proposed_keeps_the_name_and_the_file_button(
        qtbot, answer_dialogs, services: Services, pair) -> None:
    opened = Opened()
    page = shown_page(qtbot, services, opened)
    view = page.mentee_view
    choose(qtbot, page, pair["mentee"])
    answer_dialogs(confirm_with("Antenna office, rue Royale"))
    with qtbot.waitSignal(view.suggestions_shown):  # read again: no longer waiting
        view.propose_button.click()
    assert "(this mentee: Matched)" in view.status_label.text()
    assert view.mentee_heading.text() == "Amina Testwaiting"
    assert view.open_mentee_button.isEnabled()
    view.open_mentee_button.click()
    assert opened.persons == [pair["mentee"]]


def test_a_cancelled_confirmation_writes_nothing(qtbot, answer_dialogs, services: Services,
                                                 pair) -> None:
    page = shown_page(qtbot, services)
    choose(qtbot, page, pair["mentee"])
    answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    page.mentee_view.propose_button.click()
    assert status(services, pair["mentee"]) == "waiting"
    assert page.last_duo is None and not page.done_frame.isVisibleTo(page)


def test_a_refused_proposal_keeps_the_dialog_open(qtbot, answer_dialogs, services: Services,
                                                  pair) -> None:
    page = shown_page(qtbot, services)
    choose(qtbot, page, pair["mentee"])
    suggestion = page.mentee_view.current_suggestion()
    assert suggestion is not None
    # Meanwhile, in another window, the mentor leaves: the rules are checked again.
    services.persons.change_status(pair["best"], "left")
    dialog = ConfirmDuoDialog(services.duos, suggestion, [], None)
    qtbot.addWidget(dialog)
    dialog.place_edit.setText("Café Central")
    seen = answer_dialogs(lambda box: 0)
    dialog.save()
    assert len(seen) == 1 and seen[0].text()
    assert dialog.duo is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.place_edit.text() == "Café Central"
    assert status(services, pair["mentee"]) == "waiting"


def test_a_first_meeting_day_that_is_no_day_is_refused_and_kept(
        qtbot, answer_dialogs, services: Services, pair) -> None:
    """A QDateTimeEdit turned 31/02 into another day without a word; the day typed now
    stays as typed, the refusal is said, and the duo is proposed once the day is real."""
    page = shown_page(qtbot, services)
    choose(qtbot, page, pair["mentee"])
    suggestion = page.mentee_view.current_suggestion()
    assert suggestion is not None
    dialog = ConfirmDuoDialog(services.duos, suggestion, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    year = date.today().year + 1
    dialog.when_day.edit.clear()
    qtbot.keyClicks(dialog.when_day.edit, f"31/02/{year}")
    dialog.when_time.setTime(QTime(14, 30))
    seen = answer_dialogs(lambda box: 0)
    dialog.save()
    assert len(seen) == 1 and f"31/02/{year}" in seen[0].text()
    assert dialog.duo is None and dialog.when_day.text() == f"31/02/{year}"
    assert status(services, pair["mentee"]) == "waiting"

    dialog.when_day.edit.clear()
    qtbot.keyClicks(dialog.when_day.edit, f"28/02/{year}")
    dialog.save()
    assert dialog.duo is not None and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.first_meeting() == datetime(year, 2, 28, 14, 30)


def test_a_mentee_who_is_not_waiting_is_said_so(qtbot, services: Services, pair) -> None:
    page = shown_page(qtbot, services)
    services.persons.change_status(pair["mentee"], "withdrawn")
    choose(qtbot, page, pair["mentee"])
    assert page.mentee_view.suggestion_model.rowCount() == 0
    assert "(this mentee: Withdrawn)" in page.mentee_view.status_label.text()


def test_search_narrows_the_waiting_list(qtbot, services: Services, pair) -> None:
    other = waiting_mentee(services, first_name="Bilal", last_name="Testother")
    page = shown_page(qtbot, services)
    view = page.mentee_view
    assert view.waiting_model.rowCount() == 2
    view.search_edit.setText("Testoth")
    qtbot.waitUntil(lambda: view.waiting_model.rowCount() == 1)
    assert view.waiting_model.id_at(0) == other
    assert view.waiting_count.text() == "1 found"
    # Asked from Today for a mentee the search hides: the search is cleared.
    with qtbot.waitSignal(view.waiting_loaded):
        choose(qtbot, page, pair["mentee"])
    assert view.search_edit.text() == "" and view.waiting_model.rowCount() == 2
    assert view.waiting_model.id_at(view.waiting_table.currentIndex().row()) == pair["mentee"]


def test_the_whole_pool_proposal_is_accepted_pair_by_pair(
        qtbot, qtmodeltester, answer_dialogs, services: Services, pair) -> None:
    second_mentee = waiting_mentee(services, first_name="Bilal", last_name="Testother",
                                   **BRUSSELS)
    page = shown_page(qtbot, services)
    pool = page.pool_view
    page.tabs.setCurrentWidget(pool)
    with qtbot.waitSignal(pool.proposal_shown, timeout=20000):
        pool.run_button.click()
    qtmodeltester.check(pool.model)
    pairs = {(s.mentee_id, s.mentor_id) for s in pool.model.suggestions()}
    assert pairs == {(pair["mentee"], pair["best"]), (second_mentee, pair["second"])}
    assert pool.summary.text() == "2 pairs to decide on, the best first."
    first = pool.model.suggestion(0)
    assert first is not None and first.mentee_id == pair["mentee"]  # the best score first
    assert "both speak French and Arabic" in pool.model.index(
        0, pool.model.keys.index("reasons")).data()

    answer_dialogs(confirm_with("Online café"))
    pool.table.selectRow(0)
    pool.accept_button.click()
    assert pool.model.rowCount() == 1
    assert status(services, pair["mentee"]) == "matched"
    assert pool.summary.text() == "1 pair to decide on."
    # Rejected: it leaves the list, and nothing is written.
    pool.table.selectRow(0)
    pool.reject_button.click()
    assert pool.model.rowCount() == 0
    assert status(services, second_mentee) == "waiting"
    assert pool.summary.text() == "No pair left to decide on."


def test_another_mentor_replaces_the_proposed_one(qtbot, answer_dialogs, services: Services,
                                                   pair) -> None:
    page = shown_page(qtbot, services)
    pool = page.pool_view
    with qtbot.waitSignal(pool.proposal_shown, timeout=20000):
        pool.run_proposal()
    row = pool.model.row_of(pair["mentee"])
    assert pool.model.suggestion(row).mentor_id == pair["best"]
    pool.table.selectRow(row)

    def take_first(dialog: QDialog) -> int:
        assert isinstance(dialog, OtherMentorDialog)
        offered = [s.mentor_id for s in dialog.model.suggestions()]
        assert offered == [pair["second"]]  # the ranked list, without the current mentor
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted

    answer_dialogs(take_first)
    pool.other_button.click()
    changed = pool.model.suggestion(pool.model.row_of(pair["mentee"]))
    assert changed is not None and changed.mentor_id == pair["second"]
    assert status(services, pair["mentee"]) == "waiting"  # still only a proposal


def test_weights_saved_in_settings_change_the_ranking(qtbot, answer_dialogs,
                                                     services: Services) -> None:
    mentee = waiting_mentee(services, sectors=[Sector.IT], **BRUSSELS)
    same_sector = available_mentor(services, last_name="Testsector", sectors=[Sector.IT],
                                   postal_code="4000")
    close_by = available_mentor(services, last_name="Testclose", **BRUSSELS)
    page = shown_page(qtbot, services)
    choose(qtbot, page, mentee)
    ranked = [s.mentor_id for s in page.mentee_view.suggestion_model.suggestions()]
    assert ranked == [same_sector, close_by]

    box = WeightsBox(lambda: services.matching)
    qtbot.addWidget(box)
    box.show()
    assert box.sliders["sector"].value() == DEFAULT_WEIGHTS.sector
    box.sliders["sector"].setValue(0)
    box.sliders["distance"].setValue(10)
    assert services.matching.weights().sector == 0
    assert services.matching.weights().distance == 10
    assert box.values["distance"].text().startswith("10 (")
    assert box.status.text() == "Saved: the next suggestions use these weights."
    # Back on the Matching page (shown again), the mentee's mentors are read again.
    page.hide()
    with qtbot.waitSignal(page.mentee_view.suggestions_shown):
        page.show()
    ranked = [s.mentor_id for s in page.mentee_view.suggestion_model.suggestions()]
    assert ranked == [close_by, same_sector]

    # Every weight at 0 is refused in words, and the stored weights stay.
    seen = answer_dialogs(lambda dialog: 0)
    for name in ("languages", "distance", "availability", "interests", "waiting"):
        box.sliders[name].setValue(0)
    assert len(seen) == 1
    assert services.matching.weights().waiting == DEFAULT_WEIGHTS.waiting
    assert box.sliders["waiting"].value() == DEFAULT_WEIGHTS.waiting
    box.restore_button.click()
    assert services.matching.weights() == DEFAULT_WEIGHTS


def test_find_a_mentor_from_today_and_the_weights_in_settings(qtbot, program) -> None:
    services = program.services
    mentee = waiting_mentee(services, **BRUSSELS)
    today = program.today_page
    with qtbot.waitSignal(today.loaded):
        today.refresh()
    assert today.select_item(TodayKind.WAITING_MENTEE, mentee)
    matching = program.window.page("matching")  # built when first asked for
    with qtbot.waitSignal(matching.mentee_view.suggestions_shown):
        today.find_button.click()
    assert program.window.current_page_key() == "matching"
    assert matching.mentee_view.mentee_id == mentee
    keys = program.window.page_keys()
    assert keys.index("mentors") < keys.index("matching") < keys.index("settings")
    assert program.settings_page.weights_box is not None


def test_the_page_in_french_and_dutch(qtbot, qapp: QApplication, compiled_translations,
                                      services: Services, pair) -> None:
    page = shown_page(qtbot, services)
    choose(qtbot, page, pair["mentee"])
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Toute la liste d'attente")
    view = page.mentee_view
    assert view.propose_button.text() == "Proposer ce duo…"
    assert view.current_suggestion() is not None  # the mentor chosen stays chosen
    assert view.suggestion_model.headerData(view.suggestion_model.keys.index("score"),
                                            _horizontal()) == "Score"
    assert "les deux parlent" in view.suggestion_model.index(
        0, view.suggestion_model.keys.index("reasons")).data()
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Volledige wachtlijst")
    assert view.propose_button.text() == "Dit duo voorstellen…"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_confirmation_names_who_i_am_and_plans_the_next_working_day(
        qtbot, answer_dialogs, services: Services, pair) -> None:
    from datetime import datetime

    from duodesk.ui.matching.confirm_dialog import first_meeting_default
    from tests.factories import use_coordinator

    other = services.organisation.save_coordinator("Coordinator Other", None, None)
    me = use_coordinator(services, "Coordinator Mine")
    page = shown_page(qtbot, services)
    choose(qtbot, page, pair["mentee"])

    def check_and_confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, ConfirmDuoDialog)
        assert dialog.coordinator_combo.currentText() == "Coordinator Mine"
        assert dialog.coordinator_combo.findText("Coordinator Other") >= 0
        assert dialog.first_meeting().hour == 10 and dialog.first_meeting().weekday() < 5
        dialog.online_check.setChecked(True)
        assert not dialog.place_edit.isEnabled()
        dialog.buttons.accepted.emit()
        return dialog.result()

    answer_dialogs(check_and_confirm)
    page.mentee_view.propose_button.click()
    duo = page.last_duo
    assert duo is not None and duo.coordinator_id == me.id != other.id
    meetings = services.duos.meetings_of_duo(duo.id)
    assert [m.online for m in meetings] == [True]
    # Friday evening → Monday at ten; Monday morning → Tuesday at ten.
    assert first_meeting_default(datetime(2026, 11, 27, 18, 0)) == datetime(2026, 11, 30, 10)
    assert first_meeting_default(datetime(2026, 11, 30, 8, 0)) == datetime(2026, 12, 1, 10)


def test_another_mentor_shows_whole_whom_a_mentor_is_already_proposed_for(qtbot) -> None:
    from duodesk.core.matching import Suggestion

    def suggestion(mentor: str) -> Suggestion:
        return Suggestion(mentee_id=uuid.uuid4(), mentee_name="Guy-Roger Nana",
                          mentor_id=uuid.uuid4(), mentor_name=mentor, score=80.0,
                          criteria={}, reasons=())

    current, taken = suggestion("Sylvie Denis"), suggestion("Salvatore Martínez Fernández")
    dialog = OtherMentorDialog([current, taken], DEFAULT_WEIGHTS,
                               {taken.mentor_id: "Mame Diarra Faye-Ndiaye"}, current)
    qtbot.addWidget(dialog)
    column = dialog.model.keys.index("mentor")
    shown = dialog.model.index(0, column).data()
    assert shown == "Salvatore Martínez Fernández (proposed for Mame Diarra Faye-Ndiaye)"
    assert dialog.table.columnWidth(column) >= (
        dialog.table.fontMetrics().horizontalAdvance(shown))
