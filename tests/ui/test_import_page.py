"""The Import / Export page on a real database: the history of the imports over a checked
model (dates in the user's language), the wizard opened modal to the window, and an import
undone after a question, on a worker, with what was removed and what was kept and why."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from duodesk.core.codes import PartnerKind
from duodesk.core.context import Services
from duodesk.core.imports.reader import read_source
from duodesk.core.imports.service import ImportService
from duodesk.core.models import Person, utc_now
from duodesk.i18n import install_translators
from duodesk.import_service_texts import describe_issue
from duodesk.ui.imports.history_model import ImportHistoryModel
from duodesk.ui.imports.page import ImportPage, UndoReportDialog
from tests.core.imports.service_helpers import backdate
from tests.factories import use_coordinator
from tests.ui.import_helpers import WAIT_MS, click_accept, make_page, sample


def _import(services: Services, path: Path, partner: str | None = None):
    imports: ImportService = services.imports
    partner_id = (services.partners.save(partner, PartnerKind.EMPLOYMENT_SERVICE).id
                  if partner else None)
    table = read_source(path)
    plan = imports.plan(table, imports.suggest_mapping(table, partner_id),
                        partner_id=partner_id, source_path=path)
    return imports.commit(plan, describe=describe_issue)


def _select(page: ImportPage, row: int) -> None:
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_the_history_lists_every_import_with_its_counts(
        qtbot, qtmodeltester, qapp, services: Services, tmp_path: Path,
        compiled_translations) -> None:
    use_coordinator(services, "Nadia El Amrani")
    page = make_page(qtbot, services)
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert not page.undo_button.isEnabled()
    now = utc_now()
    services.imports.clock = lambda: now - timedelta(days=2)  # the older of the two
    _import(services, sample(tmp_path), "Le Forem Liège")
    services.imports.clock = lambda: now
    _import(services, sample(tmp_path, "ocmw_gent_aanmeldingen.csv"))
    page.hide()
    page.show()  # coming back to the page shows imports made meanwhile (command line)

    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and not page.empty_label.isVisible()
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[ImportHistoryModel.FILE] == "ocmw_gent_aanmeldingen.csv"
    oldest = [model.index(1, c).data() for c in range(model.columnCount())]
    assert oldest[ImportHistoryModel.PARTNER] == "Le Forem Liège"
    assert oldest[ImportHistoryModel.COORDINATOR] == "Nadia El Amrani"
    assert oldest[ImportHistoryModel.ROWS:ImportHistoryModel.UNDONE_ON] == [
        "5", "4", "0", "0", "1"]
    assert oldest[ImportHistoryModel.UNDONE_ON] == ""
    english = oldest[ImportHistoryModel.IMPORTED_ON]
    assert english and str(services.imports.history()[1].imported_at.year % 100) in english

    install_translators(qapp, "fr")
    page.retranslate()
    assert page.import_button.text() == "Importer une liste de partenaire…"
    assert model.headerData(ImportHistoryModel.IMPORTED_ON, Qt.Orientation.Horizontal) == (
        "Importé le")
    # English, French and Dutch (as Flanders writes it) all write 27/11/2026.
    assert model.index(1, ImportHistoryModel.IMPORTED_ON).data() == english
    install_translators(qapp, "nl")
    page.retranslate()
    assert model.index(1, ImportHistoryModel.IMPORTED_ON).data() == english


def test_an_import_is_undone_and_the_files_used_since_are_kept(
        qtbot, services: Services, tmp_path: Path, answer_dialogs) -> None:
    result = _import(services, sample(tmp_path), "Le Forem Liège")
    backdate(services.db)
    used = result.created_ids[0]
    services.persons.add_journal_entry(used, "Premier appel passé")
    page = make_page(qtbot, services)
    page.refresh()
    _select(page, 0)
    assert page.undo_button.isEnabled()

    shown: list[QDialog] = []

    def answer(dialog: QDialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, QMessageBox):
            assert "forem_liste_orientations.xlsx" in dialog.text()
            return click_accept(dialog)
        return QDialog.DialogCode.Accepted

    answer_dialogs(answer)
    changed: list[object] = []
    page.imported.connect(changed.append)
    page.undo_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)

    report = shown[1]
    assert isinstance(report, UndoReportDialog)
    assert "Mentees removed: 3." in report.summary.text()
    assert report.kept.count() == 1
    kept_line = report.kept.item(0).text()
    kept = services.persons.get(used, record_view=False)
    assert kept.data.first_name in kept_line and "edited since" in kept_line
    assert len(changed) == 1  # the person lists are told
    entry = services.imports.history()[0]
    assert entry.undone_at is not None
    assert page.model.index(0, ImportHistoryModel.UNDONE_ON).data()
    assert not page.undo_button.isEnabled()  # an import is undone once
    assert "Undone on" in page.details.text()
    with services.db.read() as session:
        left = set(session.scalars(select(Person.id)))
    assert left == {used}  # the three others removed


def test_undo_asks_first_and_does_nothing_when_declined(
        qtbot, services: Services, tmp_path: Path, answer_dialogs) -> None:
    _import(services, sample(tmp_path, "ocmw_gent_aanmeldingen.csv"))
    page = make_page(qtbot, services)
    page.refresh()
    _select(page, 0)
    asked = answer_dialogs(lambda dialog: 0)  # closed without answering yes
    page.undo_button.click()
    assert len(asked) == 1
    assert services.imports.history()[0].undone_at is None


def test_the_button_opens_the_wizard_modal_to_the_window(qtbot, services: Services) -> None:
    page = make_page(qtbot, services)
    page.import_button.click()
    assert page.wizard is not None and page.wizard.isVisible()
    assert page.wizard.parentWidget() is page.window()
    page.wizard.reject()
    qtbot.waitUntil(lambda: not page.wizard.isVisible(), timeout=WAIT_MS)


def test_the_page_is_in_the_window_and_an_import_refreshes_the_mentees(
        qtbot, program, tmp_path: Path, monkeypatch, answer_dialogs) -> None:
    from duodesk.core.codes import PersonRole
    from tests.ui.import_helpers import choose_file, go_next

    keys = program.window.page_keys()
    assert keys.index("mentors") < keys.index("imports") < keys.index("settings")
    mentees = program.person_page(PersonRole.MENTEE)
    assert mentees is not None
    program.window.show_page("mentees")
    qtbot.waitUntil(lambda: mentees.count == 0, timeout=WAIT_MS)
    program.window.show_page("imports")
    page = program.window.page("imports")
    assert isinstance(page, ImportPage)
    wizard = page.open_wizard()
    assert wizard.parentWidget() is program.window
    partner = program.services.partners.save("OCMW Gent", PartnerKind.CPAS_OCMW)
    wizard.file_page.load_partners(select=partner.id)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path, "ocmw_gent_aanmeldingen.csv"))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.result is not None and wizard.result.imported == 3
    assert mentees.count == 3  # the Mentees page read its list again
    assert "3 mentees" in mentees.count_label.text()
    wizard.accept()
