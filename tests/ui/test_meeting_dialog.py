"""The meeting dialog on a real database: an information session planned every week four
times with the new registrations invited, inline checks (a group session's title, an end
after the start), "this and all following" for a series, a double booking warned as one types
and confirmed on saving, a meeting cancelled, unsaved changes never dropped silently, a duo's
meeting with its two people, and a refusal of the service that keeps what was typed."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.core.calendar import CalendarFilter, CalendarService, MeetingDraft, Recurrence
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.context import Services
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.calendar.meeting_dialog import MeetingDialog, edit_meeting, new_meeting
from duodesk.ui.calendar.meeting_form import OTHER
from tests.core.duo_setup import NOW, Clock, available_mentor, duo_service, waiting_mentee
from tests.factories import make_mentee, make_mentor, use_coordinator
from tests.ui.calendar_helpers import press
from tests.ui.duo_helpers import Script, active_duo, ok_message

NEXT_WEEK = datetime.combine(NOW.date() + timedelta(days=8), time(10, 0))  # a Tuesday


@pytest.fixture
def calendar(services: Services, clock: Clock) -> CalendarService:
    """The program's calendar service, on the test's clock."""
    services.calendar = CalendarService(services.db, today=clock.today, now=clock.at)
    return services.calendar


@pytest.fixture
def nadia(services: Services):
    return use_coordinator(services, "Nadia El Amrani")


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> Script:
    answers = Script()
    monkeypatch.setattr(messages, "run_dialog", answers)
    return answers


def open_dialog(qtbot, services: Services, **kw: object) -> MeetingDialog:
    dialog = MeetingDialog(services, **kw)  # type: ignore[arg-type]
    # Hidden before the test's end closes it: an unsaved dialog would otherwise ask.
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.hide())
    dialog.show()
    return dialog


def choose(combo, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def all_events(calendar: CalendarService, **kw: object):
    return calendar.events(datetime(2000, 1, 1), datetime(2100, 1, 1),
                           CalendarFilter(**kw))  # type: ignore[arg-type]


def test_information_session_every_week_four_times_for_the_new_registrations(
        qtbot, services, calendar, nadia, script):
    newcomers = {make_mentee(services), make_mentee(services), make_mentor(services)}
    waiting_mentee(services)  # not a new registration: not invited

    def fill_and_save(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        fields = dialog.fields
        assert fields.coordinator.currentData() == nadia.id  # "Who I am" by default
        choose(fields.kind, MeetingKind.INFO_SESSION.value)
        qtbot.keyClicks(fields.title, "Information session, Schaerbeek")
        choose(fields.duration, 120)
        fields.place.setText("Bibliothèque de Schaerbeek")  # keyClicks types ASCII only
        choose(dialog.recurrence.freq, "weekly")
        dialog.recurrence.count.setValue(4)
        assert "4 meetings" in dialog.recurrence.sentence.text()
        assert (NEXT_WEEK + timedelta(weeks=3)).strftime("%d/%m/%Y") in \
            dialog.recurrence.sentence.text()
        choose(dialog.attendance.list_combo, "new_registrations")
        assert "(3)" in dialog.attendance.list_combo.currentText()
        assert dialog.attendance.invite_chosen_list() == 3
        assert dialog.attendance.counts_label.text() == "3 invited"
        dialog.save_button.click()
        return dialog.result()

    script.then(fill_and_save)
    assert new_meeting(None, services, NEXT_WEEK) is True

    sessions = all_events(calendar)
    assert [event.starts_at for event in sessions] == [
        NEXT_WEEK + timedelta(weeks=n) for n in range(4)]
    assert {event.series_id for event in sessions} != {None}
    assert len({event.series_id for event in sessions}) == 1
    for event in sessions:
        assert event.kind == MeetingKind.INFO_SESSION
        assert event.title == "Information session, Schaerbeek"
        assert event.duration_min == 120
        assert event.coordinator_id == nadia.id
        detail = calendar.get(event.id)
        assert {a.person_id for a in detail.attendees} == newcomers


def test_a_group_session_needs_a_title_and_an_end_after_its_start(qtbot, services, calendar,
                                                                   nadia):
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    fields = dialog.fields
    choose(fields.kind, MeetingKind.WORKSHOP.value)
    choose(fields.duration, OTHER)
    fields.end.setTime(QTime(9, 30))  # before the start at 10:00
    assert dialog.save() is False
    assert fields.title_error.isVisible()
    assert "needs a title" in fields.title_error.text()
    assert fields.time_error.text() == "The meeting must end after it starts."
    assert all_events(calendar) == []

    qtbot.keyClicks(fields.title, "CV workshop")
    assert not fields.title_error.isVisible()  # gone as soon as it is fixed
    fields.end.setTime(QTime(12, 15))
    assert not fields.time_error.isVisible()
    assert fields.ends_label.text() == "2 h 15"
    assert dialog.save() is True
    [event] = all_events(calendar)
    assert (event.title, event.duration_min) == ("CV workshop", 135)


def test_changing_this_and_all_following_meetings_of_a_series(qtbot, services, calendar,
                                                              nadia, script):
    ids = calendar.create(MeetingDraft(
        kind=MeetingKind.INTERVISION, starts_at=NEXT_WEEK, duration_min=120,
        location="Antenne", coordinator_id=nadia.id, title="Intervision"),
        Recurrence("weekly", count=4))

    def move_to_the_afternoon(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        assert "Part of a series" in dialog.recurrence.sentence.text()
        dialog.fields.start.setTime(QTime(14, 0))
        dialog.fields.place.clear()
        qtbot.keyClicks(dialog.fields.place, "Maison de quartier")
        dialog.save_button.click()
        return dialog.result()

    script.then(move_to_the_afternoon).then(press("This and all following"))
    assert edit_meeting(None, services, ids[1]) is True
    assert "one of a series" in script.messages[0]

    starts = [calendar.get(i).event for i in ids]
    assert [e.starts_at.time() for e in starts] == [time(10), time(14), time(14), time(14)]
    assert [e.location for e in starts] == ["Antenne"] + ["Maison de quartier"] * 3


def test_only_this_meeting_of_a_series(qtbot, services, calendar, nadia, script):
    ids = calendar.create(MeetingDraft(
        kind=MeetingKind.WORKSHOP, starts_at=NEXT_WEEK, duration_min=60, location="Antenne",
        coordinator_id=nadia.id, title="Atelier CV"), Recurrence("biweekly", count=3))
    dialog = open_dialog(qtbot, services, detail=calendar.get(ids[1]))
    dialog.fields.day.setDate(dialog.fields.day.date().addDays(1))
    script.then(press("Only this meeting"))
    assert dialog.save() is True
    moved = [calendar.get(i).event for i in ids]
    assert moved[1].starts_at == NEXT_WEEK + timedelta(weeks=2, days=1)
    assert moved[1].series_id is None
    assert moved[2].starts_at == NEXT_WEEK + timedelta(weeks=4)


def test_a_double_booking_is_shown_as_one_types_and_saving_it_asks(qtbot, services, calendar,
                                                                  nadia, script):
    mentee = make_mentee(services, first_name="Awa", last_name="Diallo")
    calendar.create(MeetingDraft(kind=MeetingKind.INTAKE, starts_at=NEXT_WEEK,
                                 duration_min=60, location="Antenne",
                                 coordinator_id=nadia.id, attendee_ids=(mentee,)))
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK - timedelta(hours=2))
    dialog.fields.title.setText("Atelier réseau")
    dialog.attendance.search("Diallo")
    dialog.attendance.choose_hit(0)
    assert dialog.check_conflicts() == []
    assert not dialog.conflicts_label.isVisible()
    dialog.fields.start.setTime(QTime(10, 30))  # overlaps the intake from 10:00 to 11:00
    qtbot.waitUntil(lambda: dialog.conflicts_label.isVisible())
    shown = dialog.conflicts_label.text()
    assert "Nadia El Amrani already has “Intake interview – Awa Diallo” from 10:00 to 11:00" \
        in shown
    assert "Awa Diallo already has “Intake interview – Awa Diallo” from 10:00 to 11:00" in shown

    script.then(press("Cancel"))
    assert dialog.save() is False
    assert "clashes" in script.messages[-1]
    assert len(all_events(calendar)) == 1
    script.then(press("Save anyway"))
    assert dialog.save() is True
    assert len(all_events(calendar)) == 2


def test_a_series_is_checked_meeting_by_meeting(qtbot, services, calendar, nadia):
    calendar.create(MeetingDraft(kind=MeetingKind.WORKSHOP, starts_at=NEXT_WEEK +
                                 timedelta(weeks=2), duration_min=60, location="Antenne",
                                 coordinator_id=nadia.id, title="Atelier CV"))
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    dialog.fields.title.setText("Intervision")
    assert dialog.check_conflicts() == []
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("weekly"))
    assert len(dialog.check_conflicts()) == 1
    day = (NEXT_WEEK + timedelta(weeks=2)).strftime("%d/%m/%Y")
    assert f"Nadia El Amrani already has “Atelier CV” on {day}, from 10:00 to 11:00" in \
        dialog.conflicts_label.text()


def test_cancelling_a_meeting_asks_first(qtbot, services, calendar, nadia, script):
    [single] = calendar.create(MeetingDraft(
        kind=MeetingKind.INTAKE, starts_at=NEXT_WEEK, duration_min=60, location="Antenne",
        coordinator_id=nadia.id))
    dialog = open_dialog(qtbot, services, detail=calendar.get(single))
    script.then(press("No"))
    assert dialog.cancel_meeting() is False
    assert calendar.get(single).event.status == MeetingStatus.PLANNED
    script.then(press("Yes"))
    dialog.cancel_meeting_button.click()
    assert "Cancel “Intake interview”" in script.messages[-1]
    assert calendar.get(single).event.status == MeetingStatus.CANCELLED
    assert dialog.changed_anything and dialog.result() == QDialog.DialogCode.Accepted

    series = calendar.create(MeetingDraft(
        kind=MeetingKind.WORKSHOP, starts_at=NEXT_WEEK, duration_min=60, location="Antenne",
        coordinator_id=nadia.id, title="Atelier"), Recurrence("weekly", count=3))
    dialog = open_dialog(qtbot, services, detail=calendar.get(series[1]))
    script.then(press("This and all following"))
    assert dialog.cancel_meeting() is True
    assert [calendar.get(i).event.status for i in series] == [
        MeetingStatus.PLANNED, MeetingStatus.CANCELLED, MeetingStatus.CANCELLED]

    reopened = open_dialog(qtbot, services, detail=calendar.get(series[2]))
    assert not reopened.save_button.isEnabled()
    assert not reopened.cancel_meeting_button.isVisible()
    assert "cancelled" in reopened.status_note.text()


def test_unsaved_changes_are_never_dropped_without_asking(qtbot, services, calendar, nadia,
                                                          script):
    [meeting] = calendar.create(MeetingDraft(
        kind=MeetingKind.INTAKE, starts_at=NEXT_WEEK, duration_min=60, location="Antenne",
        coordinator_id=nadia.id))
    dialog = open_dialog(qtbot, services, detail=calendar.get(meeting))
    dialog.reject()  # nothing changed: closes without a question
    assert script.seen == [] and dialog.result() == QDialog.DialogCode.Rejected

    dialog = open_dialog(qtbot, services, detail=calendar.get(meeting))
    qtbot.keyClicks(dialog.fields.topics, "Parcours, attentes")
    script.then(press("Cancel"))
    dialog.close_button.click()
    assert dialog.isVisible()
    assert dialog.fields.topics.text() == "Parcours, attentes"
    script.then(press("Discard"))
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert calendar.get(meeting).topics is None

    dialog = open_dialog(qtbot, services, detail=calendar.get(meeting))
    qtbot.keyClicks(dialog.fields.topics, "Parcours")
    script.then(press("Save"))
    dialog.close()
    assert calendar.get(meeting).topics == "Parcours"


def test_a_duos_meeting_is_with_its_mentee_and_mentor(qtbot, services, calendar, clock, nadia,
                                                      script):
    mentee, mentor = waiting_mentee(services), available_mentor(services)
    duo = duo_service(services, clock).propose(mentee, mentor, coordinator_id=nadia.id,
                                               first_meeting_at=NEXT_WEEK,
                                               agreement_language="fr")
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK + timedelta(days=7),
                         duo_id=duo.id)
    assert dialog.fields.kind.currentData() == MeetingKind.DUO_MEETING.value
    assert not dialog.fields.kind.isEnabled()
    assert dialog.fields.duo_label.text() == f"{duo.mentee_name} – {duo.mentor_name}"
    assert set(dialog.attendance.person_ids()) == {mentee, mentor}
    assert not dialog.attendance.search_edit.isVisible()
    assert not dialog.fields.title.isVisible()
    assert dialog.save() is True
    meetings = all_events(calendar, duo_id=duo.id, kinds=frozenset({MeetingKind.DUO_MEETING}))
    assert NEXT_WEEK + timedelta(days=7) in [event.starts_at for event in meetings]


def test_a_refusal_of_the_service_keeps_what_was_typed(qtbot, services, calendar, nadia,
                                                      script):
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    dialog.fields.title.setText("Séance d'information")
    dialog.fields.place.setText("x" * 300)  # longer than a place can be
    script.then(ok_message)
    assert dialog.save() is False
    assert "Place" in script.messages[-1] or "place" in script.messages[-1]
    assert dialog.fields.title.text() == "Séance d'information"
    assert all_events(calendar) == []


def test_a_meeting_that_no_longer_exists_is_said(qtbot, services, calendar, script):
    script.then(ok_message)
    assert edit_meeting(None, services, uuid.uuid4()) is False
    assert len(script.messages) == 1


def test_the_start_date_chosen_in_the_calendar_is_the_one_shown(qtbot, services, calendar,
                                                                nadia):
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    assert dialog.fields.day.date() == QDate(NEXT_WEEK.year, NEXT_WEEK.month, NEXT_WEEK.day)
    assert dialog.fields.start.time() == QTime(10, 0)
    assert dialog.fields.ends_label.text() == "ends at 11:00"
    assert isinstance(dialog.findChild(QMessageBox), type(None))


def test_a_coordinator_no_longer_active_stays_on_the_meeting(qtbot, services, calendar, nadia):
    [meeting] = calendar.create(MeetingDraft(
        kind=MeetingKind.INTAKE, starts_at=NEXT_WEEK, duration_min=60, location="Antenne",
        coordinator_id=nadia.id))
    services.organisation.save_coordinator("Nadia El Amrani", None, None, active=False,
                                           coordinator_id=nadia.id)
    dialog = open_dialog(qtbot, services, detail=calendar.get(meeting))
    assert dialog.fields.coordinator.currentText() == "Nadia El Amrani"
    qtbot.keyClicks(dialog.fields.topics, "Attentes")
    assert dialog.save() is True
    assert calendar.get(meeting).event.coordinator_id == nadia.id


def test_planned_from_the_programs_calendar_page(qtbot, program, monkeypatch):
    """The whole program: the Calendar page's New button opens this dialog, and the session
    saved there is on the page at once."""
    program.window.show_page("calendar")
    page = program.calendar_page
    answers = Script()
    monkeypatch.setattr(messages, "run_dialog", answers)

    def plan_a_workshop(dialog: QDialog) -> int:
        assert isinstance(dialog, MeetingDialog)
        assert dialog.fields.coordinator.currentText() == "Nadia El Amrani"  # Who I am
        choose(dialog.fields.kind, MeetingKind.WORKSHOP.value)
        qtbot.keyClicks(dialog.fields.title, "Atelier CV")
        dialog.save_button.click()
        return dialog.result()

    answers.then(plan_a_workshop)
    page.new_button.click()
    assert [event.title for event in page.events] == ["Atelier CV"]


def test_a_duos_follow_up_is_changed_here_under_the_duos_rules(qtbot, services, calendar,
                                                               clock, nadia):
    duo = active_duo(services, duo_service(services, clock), clock, coordinator_id=nadia.id)
    follow_up = all_events(calendar, duo_id=duo.id,
                           kinds=frozenset({MeetingKind.FOLLOW_UP}))[0]
    dialog = open_dialog(qtbot, services, detail=calendar.get(follow_up.id))
    assert dialog.fields.kind.currentData() == MeetingKind.FOLLOW_UP.value
    assert not dialog.fields.kind.isEnabled()  # a follow-up stays a follow-up of its duo
    assert dialog.fields.duo_label.text() == f"{duo.mentee_name} – {duo.mentor_name}"
    assert not dialog.attendance.list_combo.isVisible()
    assert not dialog.repeat_box.isVisible()
    dialog.fields.start.setTime(QTime(15, 30))
    assert dialog.save() is True
    moved = calendar.get(follow_up.id).event
    assert moved.starts_at == datetime.combine(follow_up.starts_at.date(), time(15, 30))
    assert moved.follow_up_month == follow_up.follow_up_month


def test_an_end_date_of_the_series_is_never_changed_while_typed(qtbot, services, calendar,
                                                                 nadia):
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    dialog.fields.title.setText("Intervision")
    box = dialog.recurrence
    box.freq.setCurrentIndex(box.freq.findData("weekly"))
    box.until_choice.setChecked(True)
    before = NEXT_WEEK.date() - timedelta(days=1)
    box.until.setDate(QDate(before.year, before.month, before.day))  # e.g. half typed
    assert box.until.date().toPython() == before
    assert box.sentence.text() == "The last date must not be before the first meeting."
    assert dialog.save() is False
    assert all_events(calendar) == []
    later = NEXT_WEEK.date() + timedelta(weeks=2)
    box.until.setDate(QDate(later.year, later.month, later.day))
    assert "3 meetings" in box.sentence.text()
    assert dialog.save() is True
    assert len(all_events(calendar)) == 3


@pytest.mark.parametrize(("language", "heading", "save", "week"), [
    ("fr", "Nouvelle rencontre", "Enregistrer", "Chaque semaine"),
    ("nl", "Nieuwe ontmoeting", "Opslaan", "Elke week")])
def test_the_dialog_speaks_french_and_dutch_and_keeps_what_was_typed(
        qtbot, services, calendar, nadia, qapp, compiled_translations, language, heading,
        save, week):
    make_mentee(services)
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    dialog.fields.title.setText("Séance d'information")
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("weekly"))
    choose(dialog.attendance.list_combo, "new_registrations")
    install_translators(qapp, language)
    qapp.processEvents()  # the language change reaches the widgets as an event
    assert dialog.heading.text() == heading
    assert dialog.save_button.text() == save
    assert dialog.recurrence.freq.currentText() == week
    assert dialog.fields.title.text() == "Séance d'information"
    assert dialog.attendance.list_combo.currentText().endswith("(1)")
    assert "New registrations" not in dialog.attendance.list_combo.currentText()
    assert dialog.fields.kind.currentText() != "Information session"


@pytest.mark.parametrize(("language", "title_problem", "time_problem"), [
    ("fr", "Une séance de groupe a besoin d'un titre",
     "La rencontre doit se terminer après son début."),
    ("nl", "Een groepssessie heeft een titel nodig",
     "De ontmoeting moet eindigen na het begin.")])
def test_a_problem_shown_under_a_field_follows_the_language_change(
        qtbot, services, calendar, nadia, qapp, compiled_translations, language,
        title_problem, time_problem):
    dialog = open_dialog(qtbot, services, starts_at=NEXT_WEEK)
    fields = dialog.fields
    choose(fields.kind, MeetingKind.WORKSHOP.value)
    choose(fields.duration, OTHER)
    fields.end.setTime(QTime(9, 30))  # before the start at 10:00
    assert dialog.save() is False
    install_translators(qapp, language)
    qapp.processEvents()  # the language change reaches the widgets as an event
    assert fields.title_error.isVisible()
    assert fields.title_error.text().startswith(title_problem)
    assert fields.time_error.text() == time_problem
