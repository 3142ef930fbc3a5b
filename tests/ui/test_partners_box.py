"""The partners of the Settings page: listed by name, added and completed through their
dialog (a refusal said inside it, nothing lost), and present in the running program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from duodesk.app import DuoDeskApp
from duodesk.core.codes import PartnerKind
from duodesk.core.context import Services
from duodesk.ui.partners_box import PartnerDialog, PartnersBox


def names(box: PartnersBox) -> list[str]:
    return [box.model.data(box.model.index(row, 0)) for row in range(box.model.rowCount())]


def test_partners_are_added_and_completed_through_their_dialog(
        qtbot, qtmodeltester, services: Services, answer_dialogs) -> None:
    services.partners.save("VDAB Gent", PartnerKind.EMPLOYMENT_SERVICE)
    box = PartnersBox(lambda: services.partners)
    qtbot.addWidget(box)
    box.show()
    assert names(box) == ["VDAB Gent"]
    qtmodeltester.check(box.model)
    assert not box.edit_button.isEnabled()

    def add_actiris(dialog: QDialog) -> int:
        assert isinstance(dialog, PartnerDialog)
        dialog.name_edit.setText("vdab gent")  # already known, accents and case aside
        dialog.accept()
        assert dialog.problem.isVisibleTo(dialog) and dialog.saved is None
        dialog.name_edit.setText("Actiris Anderlecht")
        dialog.email_edit.setText("not an email")
        dialog.accept()
        assert dialog.saved is None and dialog.name_edit.text() == "Actiris Anderlecht"
        dialog.email_edit.setText("Referents@Actiris.example")
        dialog.contact_edit.setText("Service jeunes")
        dialog.accept()
        return dialog.result()

    seen = answer_dialogs(add_actiris)
    box.add_button.click()
    assert len(seen) == 1
    assert names(box) == ["Actiris Anderlecht", "VDAB Gent"]
    actiris = services.partners.find_by_name("Actiris Anderlecht")
    assert actiris is not None
    assert actiris.contact_email == "referents@actiris.example"
    assert actiris.contact_name == "Service jeunes"
    assert box.edit_button.isEnabled()  # the partner added is selected

    def rename(dialog: QDialog) -> int:
        assert isinstance(dialog, PartnerDialog)
        assert dialog.name_edit.text() == "Actiris Anderlecht"
        dialog.phone_edit.setText("02 555 12 12")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PartnerKind.OTHER))
        dialog.accept()
        return dialog.result()

    answer_dialogs(rename)
    box.edit_button.click()
    edited = services.partners.get(actiris.id)
    assert edited.contact_phone == "02 555 12 12" and edited.kind == PartnerKind.OTHER
    assert box.model.data(box.model.index(0, 4)) == "02 555 12 12"


def test_the_settings_page_of_the_program_lists_the_partners(
        qtbot, program: DuoDeskApp) -> None:
    assert program.services is not None
    program.services.partners.save("CPAS de Schaerbeek", PartnerKind.CPAS_OCMW)
    program.window.show_page("settings")
    box = program.settings_page.partners_box
    assert isinstance(box, PartnersBox)
    qtbot.waitUntil(lambda: "CPAS de Schaerbeek" in names(box))


def test_the_partners_box_speaks_french_and_dutch(qtbot, qapp, services: Services,
                                                  compiled_translations) -> None:
    from duodesk.i18n import install_translators

    box = PartnersBox(lambda: services.partners)
    qtbot.addWidget(box)
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: box.title() == "Partenaires")
    assert box.model.headerData(1, Qt.Orientation.Horizontal) == "Type"
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: box.title() == "Partners" and box.add_button.text() == "Toevoegen…")
    install_translators(qapp, "en")
