"""The Today list counts the files due for anonymisation in one item (SPEC §4.1)."""

from __future__ import annotations

from datetime import date

from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.services.duo_data import TodayKind
from duodesk.core.services.today import TodayService
from tests.factories import make_mentee, make_mentor


def _items(services: Services, day: date) -> list:
    return [item for item in TodayService(services.db, today=lambda: day).items()
            if item.kind == TodayKind.ANONYMISATION_DUE]


def test_one_item_counts_the_files_due(services: Services) -> None:
    make_mentee(services)
    make_mentor(services)
    assert _items(services, date.today()) == []
    items = _items(services, add_months(date.today(), 12))
    assert len(items) == 1
    assert items[0].count == 2 and items[0].person_id is None and items[0].duo_id is None


def test_the_quick_first_reading_leaves_the_count_out(services: Services) -> None:
    make_mentee(services)
    later = add_months(date.today(), 12)
    service = TodayService(services.db, today=lambda: later)
    kinds = {item.kind for item in service.items(whole=False)}
    assert TodayKind.ANONYMISATION_DUE not in kinds
    assert TodayKind.ANONYMISATION_DUE in {item.kind for item in service.items()}
