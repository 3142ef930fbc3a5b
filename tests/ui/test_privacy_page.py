"""The Privacy page: the files due, anonymising them on a worker after a confirmation,
erasure on request, and the audit log with its filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.models import Person
from duodesk.ui import messages
from duodesk.ui.privacy.page import PrivacyPage
from tests.factories import make_mentee, make_mentor, use_coordinator

LATER = add_months(date.today(), 13)


@pytest.fixture
def page(qtbot, services: Services) -> PrivacyPage:
    use_coordinator(services, "Nadia Coordinatrice")
    services.retention.today = lambda: LATER  # a year on, every new file is due
    widget = PrivacyPage(services)
    qtbot.addWidget(widget)
    return widget


def test_files_due_are_listed_and_anonymised_after_a_confirmation(
        qtbot, qtmodeltester, services: Services, page: PrivacyPage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_mentee(services, first_name="Amina", last_name="Anonymiseme")
    second = make_mentor(services, first_name="Luc", last_name="Keepme")
    page.show()
    tab = page.files_due
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    qtmodeltester.check(tab.model)
    assert tab.summary.text() == "2 files are due for anonymisation."
    names = {tab.model.index(row, 0).data() for row in range(2)}
    assert names == {"Amina Anonymiseme", "Luc Keepme"}
    assert tab.model.index(0, 3).data() == "No activity"
    assert not tab.selected_button.isEnabled()
    row = [tab.model.files[n].id for n in range(2)].index(first)
    tab.table.selectRow(row)
    assert tab.selected_button.isEnabled()
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _parent, text, *_a, **_k: asked.append(text) or True)
    monkeypatch.setattr(messages, "information",
                        lambda _parent, text, *_a, **_k: told.append(text))
    tab.selected_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "Anonymise the file of Amina Anonymiseme?" in asked[0]
    assert "Backups made before" in asked[0]
    assert told == ["1 file anonymised."]
    with services.db.read() as session:
        assert session.get(Person, first).anonymised_at is not None  # type: ignore[union-attr]
        assert session.get(Person, second).anonymised_at is None  # type: ignore[union-attr]
    assert tab.model.files[0].id == second


def test_refused_confirmation_changes_nothing(qtbot, services: Services, page: PrivacyPage,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    make_mentee(services)
    page.show()
    qtbot.waitUntil(lambda: page.files_due.model.rowCount() == 1)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a, **_k: False)
    page.files_due.all_button.click()
    qtbot.wait(50)
    with services.db.read() as session:
        assert session.scalars(select(Person.anonymised_at)).all() == [None]


def test_erasure_on_request_names_the_person_and_erases(
        qtbot, services: Services, page: PrivacyPage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from duodesk.ui.privacy.erasure import erase_on_request

    person = make_mentee(services, first_name="Fatou", last_name="Eraseplease")
    services.persons.add_journal_entry(make_mentor(services), "Knows Fatou Eraseplease.")
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _parent, text, *_a, **_k: asked.append(text) or True)
    monkeypatch.setattr(messages, "information",
                        lambda _parent, text, *_a, **_k: told.append(text))
    done: list[object] = []
    assert erase_on_request(page, services, person, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert "Erase Fatou Eraseplease (mentee) on request?" in asked[0]
    assert "Backups made before today" in asked[0]
    assert "Their name also appears in a note or text of another file" in asked[0]
    assert told == ["Fatou Eraseplease was erased: the name is no longer in the database."]
    assert b"Eraseplease" not in services.database_path.read_bytes()


def test_the_person_search_of_the_erasure(qtbot, services: Services, page: PrivacyPage,
                                          answer_dialogs, monkeypatch) -> None:
    from duodesk.ui.privacy.erasure import ChoosePersonDialog, choose_and_erase

    person = make_mentee(services, first_name="Idriss", last_name="Searchable")
    make_mentee(services, first_name="Other", last_name="Person")
    chosen: list[object] = []

    def pick(dialog: ChoosePersonDialog) -> int:
        dialog.search.setText("searcha")
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        chosen.append(dialog.person_id)
        return dialog.result()

    answer_dialogs(pick)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *_a, **_k: False)
    assert choose_and_erase(page, services) is False  # found, then not confirmed
    assert chosen == [person]


def test_the_audit_log_and_its_filters(qtbot, qtmodeltester, services: Services,
                                       page: PrivacyPage) -> None:
    mentee = make_mentee(services, first_name="Samira", last_name="Auditée")
    make_mentor(services)
    services.persons.get(mentee)  # a view of special-category fields
    page.show()
    page.tabs.setCurrentWidget(page.audit_log)
    tab = page.audit_log
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 4)
    qtmodeltester.check(tab.model)
    assert tab.coordinator.findText("Nadia Coordinatrice") > 0
    tab.action.setCurrentIndex(tab.action.findData(AuditAction.VIEW.value))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    texts = [tab.model.index(0, column).data() for column in range(6)]
    assert texts[1:5] == ["Nadia Coordinatrice", "Viewed", "Mentee", "Samira Auditée"]
    assert texts[5] == "Target group met"
    tab.record_type.setCurrentIndex(tab.record_type.findData("mentee"))
    tab.action.setCurrentIndex(tab.action.findData(AuditAction.CREATE.value))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1
                    and tab.model.index(0, 2).data() == "Created")
    created = tab.model.index(0, 5).data()
    assert "Last name" in created and "Birth date" in created and "birth_date" not in created
    tab.record_type.setCurrentIndex(0)
    assert tab.count_label.text() == "1 entry"
    tab.action.setCurrentIndex(0)
    tab.person.setText("auditee")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)  # created and viewed
    assert {tab.model.index(row, 4).data() for row in range(2)} == {"Samira Auditée"}


def test_a_filter_day_typed_wrong_is_kept_and_the_list_keeps_the_last_real_one(
        qtbot, services: Services, page: PrivacyPage) -> None:
    make_mentee(services, first_name="Samira", last_name="Auditée")
    page.show()
    page.tabs.setCurrentWidget(page.audit_log)
    tab = page.audit_log
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 1)
    before = tab.current_filter()
    year = date.today().year
    tab.date_from.edit.clear()
    qtbot.keyClicks(tab.date_from.edit, f"31/02/{year}")
    tab.date_from.edit.editingFinished.emit()
    assert tab.date_from.text() == f"31/02/{year}"  # never turned into another day
    assert tab.date_from.problem() is not None
    tab.person.setText("auditee")  # the list reads again, on the last real day
    assert tab.current_filter().date_from == before.date_from
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.date_from.edit.clear()
    qtbot.keyClicks(tab.date_from.edit, f"01/01/{year - 1}")
    tab.date_from.edit.editingFinished.emit()
    assert tab.current_filter().date_from == date(year - 1, 1, 1)


def test_erasure_from_the_person_file_closes_it(qtbot, services: Services,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from duodesk.ui.persons.person_file import PersonFileWindow

    person = make_mentor(services, first_name="Gaston", last_name="Fromthefile")
    window = PersonFileWindow(services, person_id=person)  # deletes itself when closed
    closed: list[bool] = []
    window.destroyed.connect(lambda: closed.append(True))
    window.show()
    assert window.erase_button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _parent, text, *_a, **_k: asked.append(text) or True)
    monkeypatch.setattr(messages, "information", lambda *_a, **_k: None)
    with qtbot.waitSignal(window.saved) as saved:
        window.erase_button.click()
    assert saved.args == [person]
    assert "Erase Gaston Fromthefile (mentor) on request?" in asked[0]
    qtbot.waitUntil(lambda: bool(closed))
    with services.db.read() as session:
        assert session.get(Person, person) is None


def test_a_person_in_a_live_duo_is_not_erased(qtbot, services: Services, page: PrivacyPage,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from duodesk.ui.privacy.erasure import erase_on_request

    warned: list[str] = []
    monkeypatch.setattr(messages, "warning",
                        lambda _parent, text, *_a, **_k: warned.append(text))
    mentee = make_mentee(services, first_name="Noor", last_name="Inaduo")
    plan = services.erasure.plan(mentee)
    monkeypatch.setattr(services.erasure, "plan",
                        lambda _id: type(plan)(**{**plan.__dict__, "live_duo": True}))
    assert erase_on_request(page, services, mentee) is False
    assert warned and warned[0].startswith("Noor Inaduo is in a duo")


def test_today_counts_the_files_due_and_opens_the_privacy_page(
        qtbot, services: Services) -> None:
    from duodesk.core.services.duo_data import TodayKind
    from duodesk.ui.today.page import TodayPage

    make_mentee(services)
    make_mentee(services)
    services.today.today = lambda: LATER
    opened: list[bool] = []
    today = TodayPage(services, open_privacy=lambda: opened.append(True))
    qtbot.addWidget(today)
    today.show()
    qtbot.waitUntil(lambda: today.model.group_index(TodayKind.ANONYMISATION_DUE).isValid())
    assert today.select_item is not None
    group = today.model.group_index(TodayKind.ANONYMISATION_DUE)
    assert group.data() == "Files due for anonymisation (2)"
    child = today.model.index(0, 1, group)
    assert child.data() == ("2 files are past their retention period: anonymise them on the "
                            "Privacy page")
    today.tree.setCurrentIndex(child)
    today.open_button.click()
    assert opened == [True]


def test_an_anonymised_file_is_named_by_its_tombstone(qtbot, services: Services,
                                                      page: PrivacyPage,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from duodesk.ui.privacy import texts
    from duodesk.ui.privacy.erasure import erase_on_request

    person = make_mentee(services, first_name="Old", last_name="Tombstone")
    services.anonymisation.anonymise([person])
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no",
                        lambda _parent, text, *_a, **_k: asked.append(text) or False)
    erase_on_request(page, services, person)
    day = texts.day(date.today())
    assert asked[0].startswith(f"Erase Anonymised mentee {day} (mentee) on request?")


def test_the_audit_log_sorts_on_a_worker(qtbot, services: Services, page: PrivacyPage) -> None:
    from PySide6.QtCore import Qt

    make_mentee(services)
    make_mentor(services)
    page.show()
    page.tabs.setCurrentWidget(page.audit_log)
    tab = page.audit_log
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 3)
    kind = [column.key for column in tab.model.columns].index("record_type")
    tab.table.sortByColumn(kind, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: tab.model.index(0, kind).data() == "Coordinator")
    tab.table.sortByColumn(kind, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: tab.model.index(0, kind).data() == "Setting")


def test_an_anonymised_file_opens_as_its_tombstone(qtbot, services: Services) -> None:
    from duodesk.ui.persons.person_file import PersonFileWindow
    from duodesk.ui.privacy import texts

    person = make_mentee(services, first_name="Was", last_name="Named")
    services.anonymisation.anonymise([person])
    window = PersonFileWindow(services, person_id=person)
    closed: list[bool] = []
    window.destroyed.connect(lambda: closed.append(True))
    window.show()
    with services.db.read() as session:
        day = session.get(Person, person).anonymised_at.date()  # type: ignore[union-attr]
    assert window.name_label.text() == f"Anonymised mentee {texts.day(day)}"
    assert not window.form.isEnabled()
    window.close()
    qtbot.waitUntil(lambda: bool(closed))
