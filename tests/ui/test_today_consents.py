"""Today's consents to renew: listed in words under their own group, and opening one opens
the person's file on its Consents tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from duodesk.core.codes import ConsentPurpose
from duodesk.core.services.duo_data import TodayKind
from duodesk.ui.persons.person_file import PersonFileWindow
from duodesk.ui.today.model import COLUMN_WHAT, COLUMN_WHO
from duodesk.ui.today.page import TodayPage
from tests.factories import make_mentor


def test_a_consent_to_renew_opens_the_file_on_its_consents_tab(qtbot, services) -> None:
    mentor = make_mentor(services, first_name="Łukasz", last_name="Peeters")
    services.consents.record(mentor, ConsentPurpose.FOLLOWUP_CONTACT, date(2020, 2, 3), "v1")
    windows: list[PersonFileWindow] = []

    def open_person(person_id) -> None:  # what the program does (DuoDeskApp.open_person)
        window = PersonFileWindow(services, person_id=person_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)

    page = TodayPage(services, open_person=open_person)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    group = page.model.group_index(TodayKind.CONSENT_TO_RENEW)
    assert group.data() == "Consents to renew (1)"
    assert page.model.index(0, COLUMN_WHO, group).data() == "Łukasz Peeters"
    assert page.model.index(0, COLUMN_WHAT, group).data() == (
        "Consent “Contact for the follow-up” expired on 3 February 2022: ask for it again")
    assert page.select_item(TodayKind.CONSENT_TO_RENEW, mentor)
    page.open_current()
    (window,) = windows
    assert window.person_id == mentor
    assert window.tabs.currentWidget() is window.consents_tab
    assert window.consents_tab.purpose_combo.currentData() == "followup_contact"


def test_the_item_in_french_and_dutch(qtbot, qapp, compiled_translations, services) -> None:
    from pathlib import Path

    from duodesk.i18n import install_translators

    mentor = make_mentor(services, first_name="Łukasz", last_name="Peeters")
    services.consents.record(mentor, ConsentPurpose.FOLLOWUP_CONTACT, date(2020, 2, 3), "v1")
    page = TodayPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 360)
    with qtbot.waitSignal(page.loaded):
        page.show()
    group = page.model.group_index(TodayKind.CONSENT_TO_RENEW)
    page.tree.setExpanded(group, True)
    shots = Path("/tmp/consA/shots")
    shots.mkdir(parents=True, exist_ok=True)
    expected = {
        "fr": "Consentement « Contact pour le suivi » expiré le 3 février 2022 : à redemander",
        "nl": "Toestemming ‘Contact voor de opvolging’ verlopen op 3 februari 2022: opnieuw "
              "vragen"}
    for language, what in expected.items():
        install_translators(qapp, language)
        qtbot.waitUntil(lambda what=what: page.model.index(
            0, COLUMN_WHAT, page.model.group_index(TodayKind.CONSENT_TO_RENEW)).data() == what)
        qtbot.wait(50)
        page.grab().save(str(shots / f"today_{language}.png"))
