"""The Duos table source serves the lazy table model of the pages: the model built on it
passes Qt's model tester, sorts through SQL and shows each duo's row."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from duodesk import labels
from duodesk.core.codes import DuoStatus
from duodesk.core.context import Services
from duodesk.core.services.duo_data import DuoQuery, DuoView
from duodesk.ui.tables.lazy_model import Column, LazyTableModel
from tests.core.duo_setup import NOW, Clock, available_mentor, duo_service, waiting_mentee

COLUMNS = [
    Column("mentee", lambda: "Mentee", lambda row: row.mentee_name),
    Column("mentor", lambda: "Mentor", lambda row: row.mentor_name),
    Column("status", lambda: "Status", lambda row: labels.label(DuoStatus(row.status))),
    Column("proposed_on", lambda: "Proposed", lambda row: row.proposed_on),
]


def test_a_lazy_model_on_the_duo_source_passes_the_model_tester(
        qtmodeltester, services: Services) -> None:
    duos = duo_service(services, Clock())
    made: list[DuoView] = [
        duos.propose(waiting_mentee(services, last_name=name), available_mentor(services),
                     coordinator_id=None, first_meeting_at=NOW + timedelta(days=1),
                     agreement_language="fr")
        for name in ("Bakkali", "Amrani", "Claes")]
    model = LazyTableModel(COLUMNS, duos.table_source(DuoQuery(sort="mentee")))
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    names = [model.data(model.index(row, 0)) for row in range(3)]
    assert [n.split()[-1] for n in names] == ["Amrani", "Bakkali", "Claes"]
    assert model.data(model.index(0, 2)) == "Proposed"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.id_at(0) == made[2].id
    qtmodeltester.check(model, force_py=True)
