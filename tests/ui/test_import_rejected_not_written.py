"""The import wizard's report when the import was saved but its rejected rows' workbook could
not be given its name afterwards (a file of that name held open by another program): the
counts of the import that stands, and what to do to get the workbook, without a button to
open a folder that holds none."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select

from duodesk.core.codes import PartnerKind
from duodesk.core.context import Services
from duodesk.core.models import Person
from duodesk.ui.imports.wizard import ImportWizard
from tests.ui.import_helpers import choose_file, go_next, make_page, sample


def test_the_report_says_the_import_stands_and_how_to_get_the_rejected_rows(
        qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    partner = services.partners.save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    page = make_page(qtbot, services)
    wizard = page.open_wizard()
    wizard.file_page.load_partners(select=partner.id)
    path = sample(tmp_path)
    choose_file(qtbot, monkeypatch, wizard, path)
    target = path.parent / "forem_liste_orientations_rejected.xlsx"
    real_replace = os.replace

    def held_open(source: object, destination: object) -> None:
        if Path(str(destination)) == target:
            raise PermissionError(13, "Permission denied")
        real_replace(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held_open)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)  # Import

    assert wizard.currentId() == ImportWizard.REPORT
    result = wizard.result
    assert result is not None and (result.imported, result.rejected) == (4, 1)
    report = wizard.report_page
    text = report.rejected.text()
    assert text.startswith("The import was saved, but the workbook of the rejected rows")
    assert str(target) in text and "Permission denied" in text and "import the same file" in text
    assert report.rejected.isVisible() and not report.open_folder_button.isVisible()
    assert not target.exists()
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4
