"""The Mentees and Mentors pages on a real database: rows shown, filters and search narrow
the table, names sort with accents folded, the column choice is remembered, rows open."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from duodesk.core.codes import MenteeStatus, PersonRole, Sector
from duodesk.core.context import Services
from duodesk.core.preferences import Preferences, load_preferences
from duodesk.ui.persons.list_page import PersonListPage
from tests.factories import make_mentee, make_mentor, use_coordinator


@pytest.fixture
def build_page(qtbot, services: Services) -> Iterator[Callable[..., PersonListPage]]:
    """Makes a shown list page; the pages live until the test ends (a page collected by
    Python while Qt paints it would take its table with it)."""
    kept: list[PersonListPage] = []

    def build(role: PersonRole = PersonRole.MENTEE, prefs: Preferences | None = None,
              **callbacks) -> PersonListPage:
        page = PersonListPage(role, services.persons, services.organisation,
                              prefs or Preferences(language="en"), **callbacks)
        qtbot.addWidget(page)
        page.resize(1200, 600)
        page.show()
        # The table is read at once, the filter choices on a worker.
        qtbot.waitUntil(lambda: page.options_loaded)
        kept.append(page)
        return page

    yield build
    for page in kept:
        page.close()


def names(page: PersonListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def choose(combo, data: object) -> None:
    """Pick an entry as a user would (activated, not only the current index)."""
    row = combo.findData(data)
    assert row >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_nothing_is_read_before_the_page_is_shown(qtbot, services: Services) -> None:
    make_mentee(services, last_name="Dupont")
    page = PersonListPage(PersonRole.MENTEE, services.persons, services.organisation,
                          Preferences(language="en"))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    page.show()
    assert names(page) == ["Dupont, Yasmine"]


def test_the_table_shows_the_mentees_created_and_counts_them(
        build_page, services: Services) -> None:
    for last_name in ("Dupont", "Martin", "Peeters"):
        make_mentee(services, last_name=last_name)
    make_mentor(services, last_name="Janssens")
    page = build_page()
    assert names(page) == ["Dupont, Yasmine", "Martin, Yasmine", "Peeters, Yasmine"]
    assert page.count_label.text() == "3 mentees"
    status_column = [c.key for c in page.model.columns].index("status")
    assert page.model.data(page.model.index(0, status_column)) == "Registered"

    mentors = build_page(PersonRole.MENTOR)
    assert names(mentors) == [
        next(n for n in names(mentors) if n.startswith("Janssens"))]
    assert mentors.count_label.text() == "1 mentor"
    assert "days_waiting" not in [c.key for c in mentors.model.columns]


def test_filters_narrow_the_table(build_page, services: Services) -> None:
    nadia = use_coordinator(services, "Nadia El Amrani")
    make_mentee(services, last_name="Dupont", sectors=[Sector.IT])
    make_mentee(services, last_name="Martin", sectors=[Sector.CONSTRUCTION])
    pieter = use_coordinator(services, "Pieter Peeters")
    make_mentee(services, last_name="Claes", sectors=[Sector.IT],
                languages=[("ar", "native")])
    page = build_page()
    assert page.model.rowCount() == 3

    choose(page.filters.sector_combo, Sector.IT.value)
    assert names(page) == ["Claes, Yasmine", "Dupont, Yasmine"]
    assert page.count_label.text() == "2 mentees"
    choose(page.filters.coordinator_combo, str(nadia.id))
    assert names(page) == ["Dupont, Yasmine"]
    choose(page.filters.coordinator_combo, None)
    choose(page.filters.language_combo, "ar")
    assert names(page) == ["Claes, Yasmine"]
    choose(page.filters.language_combo, None)
    choose(page.filters.sector_combo, None)
    choose(page.filters.status_combo, MenteeStatus.WAITING.value)
    assert names(page) == []
    assert page.count_label.text() == "0 mentees"
    choose(page.filters.status_combo, None)
    assert page.model.rowCount() == 3
    assert str(pieter.id) in [page.filters.coordinator_combo.itemData(row)
                         for row in range(page.filters.coordinator_combo.count())]


def test_the_municipality_filter_offers_where_mentees_live(
        build_page, services: Services) -> None:
    make_mentee(services, last_name="Dupont", postal_code="1030", municipality="Schaerbeek")
    make_mentee(services, last_name="Martin", postal_code="9000", municipality="Gent")
    page = build_page()
    combo = page.filters.municipality_combo
    offered = [combo.itemText(row) for row in range(combo.count())]
    assert offered == ["All", "Gent", "Schaerbeek"]
    choose(combo, "Gent")
    assert names(page) == ["Martin, Yasmine"]


def test_typing_in_the_search_field_narrows_the_table(
        qtbot, build_page, services: Services) -> None:
    make_mentee(services, last_name="Dupont", email="amina.dupont@example.org")
    make_mentee(services, last_name="Martin")
    page = build_page()
    page.filters.search_edit.setText("dupo")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["Dupont, Yasmine"]
    page.filters.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.filters.search_edit.setText("d")  # one letter says too little: nothing narrows
    qtbot.wait(50)
    assert page.model.rowCount() == 2
    page.filters.search_edit.setText("du")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_names_sort_with_accents_folded(build_page, services: Services) -> None:
    for last_name in ("Dupont", "Çelik", "Carlier", "Émond"):
        make_mentee(services, last_name=last_name)
    page = build_page()
    assert names(page) == ["Carlier, Yasmine", "Çelik, Yasmine", "Dupont, Yasmine",
                           "Émond, Yasmine"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Émond, Yasmine", "Dupont, Yasmine", "Çelik, Yasmine",
                           "Carlier, Yasmine"]


def test_columns_outside_the_sql_sorts_do_not_sort(build_page, services: Services) -> None:
    make_mentee(services, last_name="Dupont")
    page = build_page()
    sortable = {c.key: c.sortable for c in page.model.columns}
    assert sortable["sectors"] is False and sortable["languages"] is False
    assert sortable["name"] and sortable["days_waiting"] and sortable["registered_on"]


def test_the_column_choice_is_remembered(build_page, services: Services) -> None:
    make_mentee(services, last_name="Dupont")
    prefs = load_preferences()
    page = build_page(prefs=prefs)
    email = [c.key for c in page.model.columns].index("email")
    assert not page.table.isColumnHidden(email)
    page.table._toggle(email, False)  # the header menu's check box
    assert "email" not in load_preferences().table_columns["mentees"]

    again = build_page(prefs=load_preferences())
    assert again.table.isColumnHidden(email)
    assert not again.table.isColumnHidden(0)
    mentors = build_page(PersonRole.MENTOR, prefs=load_preferences())
    assert not mentors.table.isColumnHidden(email)


def test_the_model_passes_the_model_tester(
        build_page, qtmodeltester, services: Services) -> None:
    for n in range(5):
        make_mentee(services, last_name=f"Name{n}")
    page = build_page()
    qtmodeltester.check(page.model)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, None])
def test_opening_a_row_opens_that_person(qtbot, build_page, services: Services, key) -> None:
    make_mentee(services, last_name="Dupont")
    martin = make_mentee(services, last_name="Martin")
    opened: list[uuid.UUID] = []
    page = build_page(open_person=opened.append)
    index = page.model.index(1, 0)
    if key is None:
        page.table.doubleClicked.emit(index)
    else:
        page.table.setCurrentIndex(index)
        qtbot.keyClick(page.table, key)
    assert opened == [martin]


def test_the_new_button_is_there_only_with_a_way_to_open_a_file(
        qtbot, build_page, services: Services) -> None:
    page = build_page()
    assert page.new_button.isHidden()
    asked: list[PersonRole] = []
    mentors = build_page(PersonRole.MENTOR, open_new=asked.append)
    assert mentors.new_button.isVisible()
    assert mentors.new_button.text() == "New mentor"
    qtbot.mouseClick(mentors.new_button, Qt.MouseButton.LeftButton)
    assert asked == [PersonRole.MENTOR]


def test_refresh_shows_edits_and_keeps_the_filters(build_page, services: Services) -> None:
    make_mentee(services, last_name="Dupont", sectors=[Sector.IT])
    page = build_page()
    choose(page.filters.sector_combo, Sector.IT.value)
    make_mentee(services, last_name="Martin", sectors=[Sector.IT])
    make_mentee(services, last_name="Peeters", sectors=[Sector.CONSTRUCTION])
    page.refresh()
    assert names(page) == ["Dupont, Yasmine", "Martin, Yasmine"]
    assert page.filters.sector_combo.currentData() == Sector.IT.value


def test_a_page_given_its_ids_shows_them_and_reads_its_choices_on_a_worker(
        qtbot, services: Services) -> None:
    from duodesk.ui.persons.list_page import read_list_data

    make_mentee(services, last_name="Dupont", municipality="Gent", postal_code="9000")
    data = read_list_data(services.persons, PersonRole.MENTEE)
    make_mentee(services, last_name="Martin")  # after the ids were read: not shown yet
    page = PersonListPage(PersonRole.MENTEE, services.persons, services.organisation,
                          Preferences(language="en"))
    qtbot.addWidget(page)
    page.preload(data)
    page.show()
    assert names(page) == ["Dupont, Yasmine"]
    assert page.count_label.text() == "1 mentee"
    combo = page.filters.municipality_combo
    assert combo.count() == 1  # "All" until the worker has read the choices
    qtbot.waitUntil(lambda: page.options_loaded)
    assert combo.findText("Gent") > 0
    page.refresh()
    assert names(page) == ["Dupont, Yasmine", "Martin, Yasmine"]


def test_the_page_speaks_french(qtbot, qapp, build_page, services: Services,
                                compiled_translations: Path) -> None:
    from duodesk.i18n import install_translators

    make_mentee(services, last_name="Dupont")
    make_mentee(services, last_name="Martin")
    page = build_page(open_new=lambda role: None)
    install_translators(qapp, "fr")
    # Qt posts the change to every widget: it is seen at the next turn of the event loop.
    qtbot.waitUntil(lambda: page.new_button.text() == "Nouveau mentee")
    assert page.filters.status_combo.itemText(0) == "Tous"
    assert page.filters.search_edit.placeholderText() == "Chercher par nom, e-mail ou téléphone"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    status = [c.key for c in page.model.columns].index("status")
    assert page.model.data(page.model.index(0, status)) == "Inscription"
    assert page.count_label.text() == "2 mentees"

    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: page.new_button.text() == "Nieuwe mentee")
    assert page.filters.status_combo.itemText(0) == "Alle"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Leeftijd"


def test_in_the_program_rows_open_files_and_new_opens_an_empty_one(
        qtbot, program) -> None:
    from duodesk.ui.persons.person_file import PersonFileWindow

    dupont = make_mentee(program.services, last_name="Dupont")
    window = program.window
    keys = window.page_keys()
    assert keys.index("mentors") == keys.index("mentees") + 1
    page = window.page("mentees")
    window.show_page("mentees")
    assert window.current_page_key() == "mentees"
    assert names(page) == ["Dupont, Yasmine"]
    page.table.doubleClicked.emit(page.model.index(0, 0))
    opened = program.person_files[dupont]
    assert opened.isVisible() and opened.person_id == dupont
    opened.close()

    mentors = window.page("mentors")
    qtbot.mouseClick(mentors.new_button, Qt.MouseButton.LeftButton)
    new_files = [w for w in window.findChildren(PersonFileWindow) if w.isVisible()]
    assert len(new_files) == 1 and new_files[0].person_id is None
    assert new_files[0].role == PersonRole.MENTOR
    new_files[0].close()


def test_warming_up_after_start_shows_nothing_and_changes_nothing(qtbot, program) -> None:
    from duodesk.core.codes import AuditAction
    from duodesk.core.models import AuditEntry, Person
    from duodesk.ui.persons.person_file import PersonFileWindow

    make_mentee(program.services, last_name="Dupont")
    page = program.person_page(PersonRole.MENTEE)
    assert page is not None
    page.refresh()
    with program.services.db.read() as session:
        before = (session.query(Person).count(), session.query(AuditEntry).count())
    program.warm_up()
    qtbot.waitUntil(lambda: not program.window.findChildren(PersonFileWindow))
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    with program.services.db.read() as session:
        after = (session.query(Person).count(), session.query(AuditEntry).count())
        views = session.query(AuditEntry).filter(AuditEntry.action == AuditAction.VIEW).count()
    assert after == before and views == 0
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonFileWindow) and w.isVisible()] == []


def test_the_program_opens_on_the_page_asked_and_reads_only_that_one(
        qtbot, qapp, seeded_database: Path) -> None:
    from tests.ui.running import running_program

    with running_program(qtbot, qapp, seeded_database, start_page="mentors") as program:
        qtbot.waitUntil(lambda: program.services is not None)
        assert program.window.current_page_key() == "mentors"
        mentors = program.person_pages[PersonRole.MENTOR]
        assert mentors.isVisible() and mentors._loaded
        assert PersonRole.MENTEE not in program.person_pages  # not even built
        assert program.settings_page is not None  # built when asked for
        program.window.show_page("mentees")
        assert program.person_pages[PersonRole.MENTEE]._loaded
