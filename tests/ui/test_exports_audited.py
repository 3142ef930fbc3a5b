"""Exports started from the window are stamped in the audit trail with who and when (SPEC §9,
issue 9 item 4): a list exported to Excel, the impact report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.models import AuditEntry
from duodesk.ui import messages
from tests.factories import make_mentee
from tests.ui.test_reports_page import open_page, recorded  # noqa: F401


def _exports(db: Database) -> list[Any]:
    with db.read() as session:
        return list(session.execute(select(AuditEntry.record_type, AuditEntry.record_id,
                                           AuditEntry.fields, AuditEntry.coordinator_id)
                                    .where(AuditEntry.action == AuditAction.EXPORT)))


def test_a_list_exported_from_the_window(qtbot, program, monkeypatch, tmp_path: Path) -> None:
    services = program.services
    make_mentee(services, last_name="Exportaudit")
    program.window.show_page("mentees")
    page = program.window.page("mentees")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    told: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _p, text, *_a: told.append(text))
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: tmp_path / "list.xlsx")
    program.window.export_list_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    [entry] = _exports(services.db)
    assert entry[0] == "table" and entry[1] is None
    assert "Name" in entry[2].split(",") and "Exportaudit" not in entry[2]
    assert entry[3] == services.organisation.current_coordinator().id


def test_the_impact_report(qtbot, recorded, monkeypatch, tmp_path: Path) -> None:  # noqa: F811
    page = open_page(qtbot, recorded)
    told: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _p, text, *_a: told.append(text))
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: tmp_path / "report")
    page.export_pdf()
    qtbot.waitUntil(lambda: bool(told))
    assert [tuple(entry[:3]) for entry in _exports(recorded.db)] == [("report", None, "pdf")]


def test_a_sign_in_sheet(qtbot, services, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from duodesk.ui.print_documents import PrintDialog
    from tests.core.documents.test_attendance_sheet import session
    from tests.ui.test_print_sheets import open_dialog

    meeting = session(services)
    dialog = open_dialog(qtbot, services, meeting)
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: tmp_path / "sheet.pdf")
    told: list[str] = []

    def answer(shown: Any) -> int:
        if isinstance(shown, PrintDialog):
            shown.save_button.click()
            return shown.result()
        assert isinstance(shown, QMessageBox)
        told.append(shown.text())
        return 0

    answer_dialogs(answer)
    dialog.sheet_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert [tuple(entry[:3]) for entry in _exports(services.db)] == [
        ("meeting", meeting, "sign_in_sheet")]
