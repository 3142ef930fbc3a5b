"""Qt's model tester on every table model of the shell, and what a coordinator sees in
them (sort values, inactive rows, translated headers)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from duodesk.core.context import Services
from duodesk.core.services.organisation import AntennaView, CoordinatorView
from duodesk.ui.organisation_models import (
    ROW_ROLE,
    SORT_ROLE,
    AntennaTableModel,
    CoordinatorTableModel,
)


def coordinators() -> list[CoordinatorView]:
    antenna = uuid.uuid4()
    return [
        CoordinatorView(uuid.uuid4(), "Élodie Martin", "elodie@duo.example", antenna, "BXL",
                        True),
        CoordinatorView(uuid.uuid4(), "Marc Dubois", None, None, None, False),
    ]


def test_coordinator_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CoordinatorTableModel(coordinators())
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_antenna_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:
    model = AntennaTableModel(services.organisation.antennas())
    assert model.rowCount() >= 7
    qtmodeltester.check(model, force_py=True)


def test_coordinator_rows_sort_on_folded_names_and_show_status(qtbot) -> None:
    model = CoordinatorTableModel(coordinators())
    name = model.index(0, CoordinatorTableModel.NAME)
    assert name.data(SORT_ROLE) == "elodie martin"
    assert isinstance(name.data(ROW_ROLE), CoordinatorView)
    assert model.index(0, CoordinatorTableModel.STATUS).data() == "Active"
    inactive = model.index(1, CoordinatorTableModel.STATUS)
    assert inactive.data() == "Inactive"
    assert inactive.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, CoordinatorTableModel.EMAIL).data() == ""
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Email"


def test_antenna_rows_carry_their_view(qtbot) -> None:
    view = AntennaView(uuid.uuid4(), "LGE", "Liège")
    model = AntennaTableModel([view])
    assert model.index(0, AntennaTableModel.CODE).data() == "LGE"
    assert model.index(0, AntennaTableModel.NAME).data(SORT_ROLE) == "liege"
    assert model.index(0, 0).data(ROW_ROLE) is view
