"""The global search of the tool bar over mentees and mentors: from two characters, each
hit with name, role, status, municipality and year of birth (namesakes told apart);
choosing one opens that person."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from duodesk.app import DuoDeskApp
from duodesk.core.context import Services
from duodesk.ui.persons.person_file import PersonFileWindow
from duodesk.ui.persons.search_provider import PersonSearchProvider
from duodesk.ui.search import HIT_ROLE, SearchHit
from tests.factories import make_mentee, make_mentor


def test_the_provider_finds_mentees_and_mentors_from_two_characters(
        services: Services) -> None:
    dupont = make_mentee(services, first_name="Amina", last_name="Dupont",
                         birth_date=date(2002, 5, 17), postal_code="1030")
    dubois = make_mentor(services, first_name="Luc", last_name="Dubois",
                         birth_date=date(1965, 11, 3), postal_code="9000")
    make_mentee(services, first_name="Sara", last_name="Martin")
    opened: list[uuid.UUID] = []
    provider = PersonSearchProvider(services.persons, opened.append)

    assert provider.search("d", 20) == []
    hits = provider.search("du", 20)
    assert [hit.key for hit in hits] == [dubois, dupont]
    assert hits[0] == SearchHit("Luc Dubois", "Mentor · Registered · Gent, 1965", dubois)
    assert hits[1] == SearchHit("Amina Dupont", "Mentee · Registered · Schaerbeek, 2002", dupont)
    assert provider.search("dupont", 20) == [hits[1]]
    assert provider.search("du", 1) == [hits[0]]

    provider.open(hits[1])
    assert opened == [dupont]


def test_namesakes_are_told_apart_by_municipality_and_year_of_birth(
        services: Services) -> None:
    schaerbeek = make_mentee(services, first_name="Emmanuel", last_name="Kabasele",
                             birth_date=date(2001, 3, 4), postal_code="1030")
    anderlecht = make_mentee(services, first_name="Emmanuel", last_name="Kabasele",
                             birth_date=date(2003, 9, 21), postal_code="1070")
    provider = PersonSearchProvider(services.persons, lambda _id: None)

    hits = {hit.key: hit for hit in provider.search("kabasele", 20)}
    assert hits[schaerbeek].title == hits[anderlecht].title == "Emmanuel Kabasele"
    assert hits[schaerbeek].detail == "Mentee · Registered · Schaerbeek, 2001"
    assert hits[anderlecht].detail == "Mentee · Registered · Anderlecht, 2003"


def test_choosing_a_hit_opens_that_persons_file(qtbot, program: DuoDeskApp) -> None:
    assert program.services is not None
    for last_name in ("Carlier", "Dupont", "Peeters"):
        make_mentee(program.services, last_name=last_name)
    wouters = make_mentor(program.services, first_name="Jan", last_name="Wouters",
                          birth_date=date(1964, 2, 9), postal_code="2000")
    bar = program.window.search_bar
    assert bar.isVisible()

    qtbot.keyClicks(bar.field, "wout")
    qtbot.waitUntil(lambda: bar.results.rowCount() == 1)
    assert bar.results.item(0).text() == "Jan Wouters — Mentor · Registered · Antwerpen, 1964"
    popup = bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(bar.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    window = program.person_files[wouters]
    assert isinstance(window, PersonFileWindow)
    assert window.isVisible() and window.person_id == wouters
    assert bar.field.text() == ""

    qtbot.keyClicks(bar.field, "wout")  # chosen again: the same window, not a second one
    qtbot.waitUntil(lambda: bar.results.rowCount() == 1)
    bar.provider.open(bar.results.item(0).data(HIT_ROLE))
    assert program.person_files == {wouters: window}
    window.close()


def test_the_search_finds_the_duos_of_the_persons_found_and_opens_them(
        qtbot, program: DuoDeskApp) -> None:
    from duodesk.ui.duos.duo_window import DuoWindow
    from tests.core.duo_setup import Clock, available_mentor, duo_service, waiting_mentee
    from tests.ui.duo_helpers import propose

    services = program.services
    assert services is not None
    mentee = waiting_mentee(services, first_name="Amina", last_name="Wouters")
    mentor = available_mentor(services, first_name="Jan", last_name="Claes")
    duo = propose(services, duo_service(services, Clock()), mentee_id=mentee, mentor_id=mentor)
    bar = program.window.search_bar

    qtbot.keyClicks(bar.field, "wout")
    qtbot.waitUntil(lambda: bar.results.rowCount() == 2)
    texts = [bar.results.item(row).text() for row in range(2)]
    assert texts[0].startswith("Amina Wouters — Mentee")
    assert texts[1] == "Amina Wouters – Jan Claes — Duo · Proposed"
    popup = bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(bar.completer.completionModel().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    window = program.duo_windows[duo.id]
    assert isinstance(window, DuoWindow) and window.isVisible()
    window.close()
