"""What the Today page reads, in one plain object that any thread may build: the items of
the Today list, who the user is (Settings → Who I am) and the day they were read for.

Kept free of widgets so that the worker opening the database at start-up can read the first
page's data without importing the page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duodesk.core.context import Services
    from duodesk.core.services.duo_data import TodayItem


@dataclass(frozen=True)
class TodayData:
    """The Today list as read: every item, most urgent first; the current coordinator's id
    (None when nobody is chosen in Settings) and the day of the reading. Not ``whole``: the
    quick first reading, without the slow counts (see ``TodayService.items``)."""

    items: list[TodayItem]
    me: uuid.UUID | None
    today: date
    whole: bool = True


def read_today(services: Services, *, whole: bool = True) -> TodayData:
    """Read the Today list and who I am (any thread: plain data comes back)."""
    current = services.organisation.current_coordinator()
    today_service = services.today
    return TodayData(today_service.items(whole=whole), current.id if current else None,
                     today_service.today(), whole)
