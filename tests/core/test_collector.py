"""The garbage collector is paused during bulk work (an import's plan, commit and undo,
the exchange workbook) and comes back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from duodesk.core.collector import collector_paused
from duodesk.core.database import Database
from duodesk.core.imports import values
from tests.core.imports.service_helpers import describe, import_service, make_table, person_row


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_for_the_block_and_on_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_an_import_runs_with_the_collector_paused(db: Database, collector_on: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    normalise = values.normalise_row

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return normalise(*args, **kwargs)

    monkeypatch.setattr(values, "normalise_row", watched)
    service = import_service(db)
    table = make_table([person_row(n) for n in range(3)])
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None)
    assert seen == [False, False, False]
    assert gc.isenabled()
    result = service.commit(plan, describe=describe)
    assert result.imported == 3
    assert gc.isenabled()
