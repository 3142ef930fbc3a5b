"""The partner import wizard on the real widgets and a real database: a sample file walked
from the file prompt to the report (a duplicate merged, a rejected row written beside the
file), files that cannot be read, a file imported before, national register numbers never
mapped, duplicates decided one by one or all at once, and a cancelled import that leaves
nothing behind."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent, QPalette
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from duodesk.core.codes import PartnerKind
from duodesk.core.context import Services
from duodesk.core.errors import ImportFileUnreadable, NoHeaderRow
from duodesk.core.imports.plan import DuplicateChoice, RowClass
from duodesk.core.imports.service import ImportService
from duodesk.core.imports.source import ImportField
from duodesk.core.models import ImportBatch, Person
from duodesk.import_service_texts import describe_issue
from duodesk.messages import describe
from duodesk.ui.imports.preview_model import PreviewModel, class_tint
from duodesk.ui.imports.wizard import ImportWizard
from tests.conftest import FIXTURES
from tests.factories import make_mentee, use_coordinator
from tests.ui.import_helpers import (
    WAIT_MS,
    add_partner,
    choose_file,
    click_accept,
    go_next,
    make_page,
    sample,
)


def _count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_partner_list_is_imported_from_the_file_to_the_report(
        qtbot, qtmodeltester, services: Services, tmp_path: Path, monkeypatch,
        answer_dialogs) -> None:
    use_coordinator(services, "Nadia El Amrani")
    # Already known by email, without a professional project: a merge fills it.
    known = make_mentee(services, first_name="Ahmad", last_name="Karimi",
                        email="ahmad.karimi@example.net", professional_project=None)
    page = make_page(qtbot, services)
    imported: list[object] = []
    page.imported.connect(imported.append)
    wizard = page.open_wizard()
    assert wizard.isVisible()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    assert wizard.width() <= 1366 and wizard.height() <= 768 - 80

    # 1. The file and its partner.
    path = sample(tmp_path)
    choose_file(qtbot, monkeypatch, wizard, path)
    file_page = wizard.file_page
    assert file_page.status.text() == (
        "Sheet “Liste”: column names on row 3, 5 rows of people below them.")
    assert not file_page.already_label.isVisible()
    assert not file_page.isComplete()  # no partner chosen yet
    add_partner(answer_dialogs, wizard, "Le Forem Liège")
    assert file_page.partner_combo.currentText() == "Le Forem Liège"
    assert file_page.isComplete()
    go_next(qtbot, wizard)

    # 2. The columns: recognised, one changed by the coordinator.
    editor = wizard.mapping_page.editor
    mapping = editor.mapping()
    assert mapping[0] == ImportField.LAST_NAME and mapping[2] == ImportField.BIRTH_DATE
    assert mapping[11] == ImportField.REFERRER_CONTACT  # "Conseiller"
    assert "Grâce" in editor.table.item(1, editor.EXAMPLES).text()
    editor.set_field(11, None)  # the referrer is not wanted
    assert 11 not in editor.mapping()
    go_next(qtbot, wizard)

    # 3. The preview: every row, classified, with the reasons in words.
    preview = wizard.preview_page
    model = preview.model
    assert model is not None
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert wizard.plan is not None
    counts = wizard.plan.counts()
    assert (counts[RowClass.VALID], counts[RowClass.DUPLICATE], counts[RowClass.REJECTED]) == (
        3, 1, 1)
    assert preview.count_labels[RowClass.REJECTED].text() == "Rejected: 1"
    preview.filter_combo.setCurrentIndex(preview.filter_combo.findData(RowClass.REJECTED))
    assert preview.proxy.rowCount() == 1
    rejected = preview.proxy.index(0, PreviewModel.REASONS)
    assert "30/02/1999" in rejected.data() and "not a date" in rejected.data()
    assert preview.proxy.index(0, PreviewModel.CLASS).data() == "Rejected"
    preview.filter_combo.setCurrentIndex(preview.filter_combo.findData(RowClass.DUPLICATE))
    duplicate = preview.proxy.index(0, PreviewModel.DECISION)
    assert duplicate.data() == "Skip"  # the default
    assert preview.proxy.index(0, PreviewModel.DUPLICATE_OF).data() == "Ahmad Karimi (mentee)"
    assert duplicate.flags() & Qt.ItemFlag.ItemIsEditable
    assert not preview.proxy.index(0, PreviewModel.LAST_NAME).flags() & Qt.ItemFlag.ItemIsEditable
    assert preview.proxy.setData(duplicate, DuplicateChoice.MERGE.value)
    assert duplicate.data() == "Merge"
    assert preview.apply_all_button.isVisible()
    go_next(qtbot, wizard)  # Import

    # 4. The report: counts that add up, columns left out, the rejected rows' workbook.
    assert wizard.currentId() == ImportWizard.REPORT
    result = wizard.result
    assert result is not None
    assert (result.rows, result.imported, result.merged, result.skipped, result.rejected) == (
        5, 3, 1, 0, 1)
    report = wizard.report_page
    assert report.count_values["imported"].text() == "3"
    assert report.count_values["rows"].text() == "5"
    assert "5 rows in the file = 3 imported + 1 merged + 0 skipped + 1 rejected" in (
        report.summary.text())
    assert "Conseiller" in report.unmapped.text()
    rejected_file = path.parent / "forem_liste_orientations_rejected.xlsx"
    assert result.rejected_path == rejected_file and rejected_file.exists()
    assert str(rejected_file) in report.rejected.text()
    book = openpyxl.load_workbook(rejected_file, read_only=True)
    assert any("Tahiri" in [str(c) for c in row] for row in book.active.iter_rows(
        values_only=True))
    book.close()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    report.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(path.parent))]
    assert imported == [result]  # the window's lists are told at once

    # The database: three new mentees, the merge filled the empty field, the mapping saved.
    assert _count(services, Person) == 4
    merged = services.persons.get(known, record_view=False)
    assert merged.data.professional_project == "Électricien"
    partner = services.partners.find_by_name("Le Forem Liège")
    assert partner is not None and partner.kind == PartnerKind.EMPLOYMENT_SERVICE
    saved = services.partners.saved_mapping(partner.id)
    assert saved["conseiller"] is None and saved["nom"] == "last_name"
    history = services.imports.history()
    assert [(h.file_name, h.partner_name, h.coordinator_name, h.imported) for h in history] == [
        ("forem_liste_orientations.xlsx", "Le Forem Liège", "Nadia El Amrani", 3)]
    assert page.model.rowCount() == 1  # the page's history follows

    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    # 5. Undone from the page: the new mentees removed, the merged field emptied again.
    page.table.selectRow(0)
    assert page.undo_button.isEnabled()
    shown: list[object] = []

    def answer(dialog) -> int:
        shown.append(dialog)
        return click_accept(dialog) if isinstance(dialog, QMessageBox) else 1

    answer_dialogs(answer)
    page.undo_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
    assert _count(services, Person) == 1
    assert services.persons.get(known, record_view=False).data.professional_project is None
    assert services.imports.history()[0].undone_at is not None
    assert len(imported) == 2  # the person lists are told again


def test_a_file_that_cannot_be_read_is_said_and_another_can_be_chosen(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    services.partners.save("VDAB Gent", PartnerKind.EMPLOYMENT_SERVICE)
    wizard.file_page.load_partners()
    wizard.file_page.partner_combo.setCurrentIndex(1)

    encrypted = FIXTURES / "imports" / "encrypted.xlsx"
    choose_file(qtbot, monkeypatch, wizard, encrypted)
    expected = describe(ImportFileUnreadable(file_name="encrypted.xlsx", reason="encrypted"))
    assert expected in wizard.file_page.status.text()
    assert "password" in expected
    assert not wizard.file_page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()

    pdf = tmp_path / "liste.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n% not a workbook at all\n")
    choose_file(qtbot, monkeypatch, wizard, pdf)
    assert describe(ImportFileUnreadable(file_name="liste.xlsx", reason="not_a_spreadsheet")) \
        in wizard.file_page.status.text()

    no_header = tmp_path / "notes.csv"
    no_header.write_text("Bonjour;Merci\nUne;Liste\n", encoding="utf-8")
    choose_file(qtbot, monkeypatch, wizard, no_header)
    assert describe(NoHeaderRow(file_name="notes.csv", sheet="")) in (
        wizard.file_page.status.text())
    assert not wizard.file_page.isComplete()

    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path, "ocmw_gent_aanmeldingen.csv"))
    assert wizard.table is not None and len(wizard.table.rows) == 3
    assert wizard.file_page.isComplete()
    assert not wizard.file_page.sheet_combo.isVisible()  # a CSV file has no sheets


def test_a_file_dropped_on_the_wizard_is_read(qtbot, services: Services,
                                               tmp_path: Path) -> None:
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    path = sample(tmp_path, "association_referrals_en.xlsx")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.file_page.dropEvent(event)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=WAIT_MS)
    assert wizard.path == path
    assert wizard.file_page.path_edit.text() == str(path)


def test_national_register_numbers_are_shown_as_never_imported(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    services.partners.save("Association Horizon", PartnerKind.ASSOCIATION)
    wizard.file_page.load_partners()
    wizard.file_page.partner_combo.setCurrentIndex(1)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path, "association_referrals_en.xlsx"))
    go_next(qtbot, wizard)
    editor = wizard.mapping_page.editor
    assert editor.never == {8}  # "National number"
    assert 8 not in editor.combos and 8 not in editor.mapping()
    assert "national register number" in editor.table.cellWidget(8, editor.FIELD).text()
    # A field goes into one column only: choosing it again leaves the first column out.
    editor.set_field(6, ImportField.LAST_NAME)
    assert editor.mapping()[6] == ImportField.LAST_NAME and 1 not in editor.mapping()
    editor.set_field(6, None)
    assert not editor.has_name() and not wizard.mapping_page.isComplete()
    assert "last name" in editor.note.text()


def test_a_file_imported_before_is_told_with_its_date(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    path = sample(tmp_path, "ocmw_gent_aanmeldingen.csv")
    imports: ImportService = services.imports
    from duodesk.core.imports.reader import read_source

    table = read_source(path)
    plan = imports.plan(table, imports.suggest_mapping(table, None), partner_id=None,
                        source_path=path)
    imports.commit(plan, describe=describe_issue)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    choose_file(qtbot, monkeypatch, wizard, path)
    label = wizard.file_page.already_label
    assert label.isVisible()
    assert "already imported on" in label.text()
    partner = services.partners.save("OCMW Gent", PartnerKind.CPAS_OCMW)
    wizard.file_page.load_partners(select=partner.id)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    assert wizard.preview_page.already_box.isVisible()  # said again before importing
    assert wizard.plan is not None
    assert wizard.plan.counts()[RowClass.DUPLICATE] == 3  # its people are known now


def test_duplicates_decided_all_at_once(qtbot, qtmodeltester, services: Services,
                                        tmp_path: Path, monkeypatch) -> None:
    for first, last, email in (("Soufiane", "De Vos-Amrani", "soufiane.dv@example.net"),
                               ("Mariama", "Bah", "mariama.bah@example.net")):
        make_mentee(services, first_name=first, last_name=last, email=email)
    partner = services.partners.save("OCMW Gent", PartnerKind.CPAS_OCMW)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path, "ocmw_gent_aanmeldingen.csv"))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.model is not None
    assert preview.count_labels[RowClass.DUPLICATE].text() == "Duplicate: 2"
    preview.all_choice.setCurrentIndex(preview.all_choice.findData(DuplicateChoice.CREATE))
    preview.apply_all_button.click()
    qtmodeltester.check(preview.model)
    assert set(preview.model.choices.values()) == {DuplicateChoice.CREATE}
    go_next(qtbot, wizard)
    assert wizard.result is not None and wizard.result.imported == 3
    assert not wizard.report_page.open_folder_button.isVisible()  # nothing rejected
    assert "Every column" in wizard.report_page.unmapped.text()
    assert _count(services, Person) == 5


def test_a_cancelled_import_leaves_nothing_and_says_so(
        qtbot, services: Services, tmp_path: Path, monkeypatch, answer_dialogs) -> None:
    partner = services.partners.save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    path = sample(tmp_path)
    choose_file(qtbot, monkeypatch, wizard, path)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    real_commit = ImportService.commit

    def cancelled_at_once(self, plan, choices=None, **options):
        options["progress"].cancel()  # as the progress dialog's Cancel button does
        return real_commit(self, plan, choices, **options)

    monkeypatch.setattr(ImportService, "commit", cancelled_at_once)
    told = answer_dialogs(lambda dialog: 0)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert isinstance(told[0], QMessageBox)
    assert "nothing was imported" in told[0].text()
    assert wizard.currentId() == ImportWizard.PREVIEW and wizard.result is None
    assert wizard.preview_page.isComplete()  # the coordinator may try again
    assert _count(services, Person) == 0 and _count(services, ImportBatch) == 0
    assert not (path.parent / "forem_liste_orientations_rejected.xlsx").exists()


def test_row_colours_are_tints_readable_on_light_and_dark_palettes() -> None:
    light, dark = QPalette(QColor("#ffffff")), QPalette(QColor("#2b2b2b"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    for palette, text in ((light, QColor("#000000")), (dark, QColor("#f0f0f0"))):
        tints = {row_class: class_tint(row_class, palette) for row_class in RowClass}
        assert len({t.name() for t in tints.values()}) == 4  # four different colours
        for tint in tints.values():
            # The palette's text stays far from its background (WCAG-like luminance gap).
            assert abs(tint.lightnessF() - text.lightnessF()) > 0.55


def test_an_unwritable_rejected_rows_workbook_asks_where_to_write_it(
        qtbot, services: Services, tmp_path: Path, monkeypatch, answer_dialogs) -> None:
    from duodesk.core.imports import service as import_service

    partner = services.partners.save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path))
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    # The partner's folder cannot be written (a folder that is not there stands for it).
    monkeypatch.setattr(import_service, "default_rejected_path",
                        lambda source: tmp_path / "gone" / "rejected.xlsx")
    chosen = tmp_path / "corrections"
    shown: list[object] = []

    def answer(dialog) -> int:
        shown.append(dialog)
        if isinstance(dialog, QMessageBox):
            assert "nothing was imported" in dialog.text()
            return 0
        dialog.selectFile(str(chosen))  # the save prompt: a name without its extension
        return 1

    answer_dialogs(answer)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=WAIT_MS)
    assert len(shown) == 2
    assert wizard.result is not None and wizard.result.rejected == 1
    assert wizard.result.rejected_path == tmp_path / "corrections.xlsx"
    assert (tmp_path / "corrections.xlsx").exists()
    assert _count(services, ImportBatch) == 1  # one import, not one per attempt


def test_another_sheet_can_be_chosen(qtbot, services: Services, tmp_path: Path,
                                     monkeypatch) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, people in (("Janvier", 1), ("Février", 2)):
        sheet = book.create_sheet(title)
        sheet.append(["Nom", "Prénom", "Date de naissance", "GSM"])
        for n in range(people):
            sheet.append([f"Testfeuille{n}", "Amina", "03/04/2000", f"0470 00 00 0{n}"])
    path = tmp_path / "orientations.xlsx"
    book.save(path)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    choose_file(qtbot, monkeypatch, wizard, path)
    combo = wizard.file_page.sheet_combo
    assert combo.isEnabled() and combo.currentText() == "Janvier"  # the reader's choice
    assert [combo.itemText(i) for i in range(combo.count())] == ["Janvier", "Février"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # as when the coordinator picks it in the list
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.sheet == "Février",
                    timeout=WAIT_MS)
    assert len(wizard.table.rows) == 2
    assert "Février" in wizard.file_page.status.text()


def test_the_partners_saved_mapping_is_preselected_next_time(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    partner = services.partners.save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    services.partners.save_mapping(partner.id, {"Conseiller": None, "Métier recherché": "notes"})
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path))
    go_next(qtbot, wizard)
    mapping = wizard.mapping_page.editor.mapping()
    assert 11 not in mapping  # "Conseiller", left out last time
    assert mapping[10] == ImportField.NOTES  # "Métier recherché", as chosen last time
    assert mapping[0] == ImportField.LAST_NAME  # the rest as recognised


def test_going_back_while_rows_are_checked_or_no_way_back_while_stored(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    import threading

    partner = services.partners.save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    choose_file(qtbot, monkeypatch, wizard, sample(tmp_path))
    go_next(qtbot, wizard)
    release = threading.Event()
    real_plan, real_commit = ImportService.plan, ImportService.commit

    def slow_plan(self, *args, **options):
        release.wait(WAIT_MS / 1000)
        return real_plan(self, *args, **options)

    monkeypatch.setattr(ImportService, "plan", slow_plan)
    wizard.button(wizard.WizardButton.NextButton).click()
    assert wizard.currentId() == ImportWizard.PREVIEW and wizard.preview_page.busy
    wizard.button(wizard.WizardButton.BackButton).click()  # while the rows are checked
    assert wizard.currentId() == ImportWizard.MAPPING
    release.set()
    qtbot.waitUntil(lambda: not wizard.preview_page.task.running, timeout=WAIT_MS)
    assert wizard.currentId() == ImportWizard.MAPPING and wizard.plan is None
    monkeypatch.setattr(ImportService, "plan", real_plan)
    go_next(qtbot, wizard)

    release.clear()

    def slow_commit(self, *args, **options):
        release.wait(WAIT_MS / 1000)
        return real_commit(self, *args, **options)

    monkeypatch.setattr(ImportService, "commit", slow_commit)
    wizard.button(wizard.WizardButton.CommitButton).click()
    assert not wizard.button(wizard.WizardButton.BackButton).isVisible()
    release.set()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=WAIT_MS)
    assert wizard.result is not None and wizard.result.imported == 4
