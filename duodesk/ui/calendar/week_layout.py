"""Where the events of one day go in the week view: overlapping events side by side.

Events that overlap, directly or through others, form a cluster; each takes the first
column free at its start, and the cluster is as wide as its columns. A day with more
overlapping events than columns fit shows the first ones and counts the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent


#: A meeting shorter than this is drawn this tall, so that its title can be read.
MIN_DRAWN = timedelta(minutes=20)


@dataclass(frozen=True)
class Placed:
    """An event in its column among ``columns`` side by side."""

    event: CalendarEvent
    column: int
    columns: int


@dataclass(frozen=True)
class Overflow:
    """Events of a cluster that did not fit beside the others."""

    starts_at: datetime
    ends_at: datetime
    hidden: int
    columns: int = 1  # the overflow takes the last of this many slots


def drawn_end(event: CalendarEvent) -> datetime:
    return max(event.ends_at, event.starts_at + MIN_DRAWN)


def place_day(events: Sequence[CalendarEvent], max_columns: int
              ) -> tuple[list[Placed], list[Overflow]]:
    """The events of one day placed in columns (at most ``max_columns``), and what was left
    out of each cluster."""
    ordered = sorted(events, key=lambda e: (e.starts_at, -(e.ends_at - e.starts_at).seconds))
    placed: list[Placed] = []
    overflows: list[Overflow] = []
    cluster: list[tuple[CalendarEvent, int]] = []
    column_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def close() -> None:
        columns = min(len(column_ends), max_columns)
        # Too many side by side: the last slot counts the rest instead of showing one.
        shown = columns if len(column_ends) <= max_columns else max(columns - 1, 1)
        hidden = [event for event, column in cluster if column >= shown]
        placed.extend(Placed(event, column, columns)
                      for event, column in cluster if column < shown)
        if hidden:
            overflows.append(Overflow(cluster[0][0].starts_at, cluster_end_value(), len(hidden),
                                      columns))

    def cluster_end_value() -> datetime:
        assert cluster_end is not None
        return cluster_end

    for event in ordered:
        end = drawn_end(event)
        if cluster_end is not None and event.starts_at >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], None
        for column, column_end in enumerate(column_ends):
            if column_end <= event.starts_at:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        cluster.append((event, column))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    if cluster:
        close()
    return placed, overflows
