"""``duodesk calendar OUT.ics [--duo ID] [--coordinator NAME] [--meeting ID]`` (SPEC §11,
issue 6): the meetings written to an iCalendar file that Outlook, Thunderbird and phones
import — everything, one duo's, one coordinator's (their sessions and their duos' meetings)
or one meeting. It only reads, so it runs beside an open window. Event summaries are in the
user's language; cancelled meetings are written as cancelled so calendars remove them.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duodesk.cli import _Output
    from duodesk.core.context import Services


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``calendar`` subcommand's arguments."""
    command = commands.add_parser(
        "calendar", parents=[common],
        help="write the meetings to an .ics calendar file (Outlook, Thunderbird, phones)")
    command.add_argument("out", metavar="OUT.ics", help="the calendar file to write")
    command.add_argument("--duo", type=_uuid, metavar="ID", help="only this duo's meetings")
    command.add_argument("--coordinator", metavar="NAME",
                         help="only this coordinator's meetings and their duos' meetings")
    command.add_argument("--meeting", type=_uuid, metavar="ID", help="only this meeting")


def coordinator_id(services: Services, name: str | None) -> uuid.UUID | None:
    """The coordinator called ``name`` (case and surrounding spaces ignored);
    ``UnknownCoordinator`` listing the known names otherwise."""
    from duodesk.core.errors import UnknownCoordinator

    if name is None:
        return None
    known = services.organisation.coordinators()
    wanted = name.strip().casefold()
    for coordinator in known:
        if coordinator.name.strip().casefold() == wanted:
            return coordinator.id
    raise UnknownCoordinator(name=name, known="; ".join(c.name for c in known))


def cmd_calendar(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.calendar_texts import ics_describer
    from duodesk.cli import EXIT_OK, _database_path, _require_database
    from duodesk.core.context import build_services
    from duodesk.core.database import open_read_only

    path = _database_path(args)
    _require_database(path)
    target = Path(args.out).expanduser().absolute()
    services = build_services(open_read_only(path))
    try:
        written = services.calendar.export_ics(
            target, duo_id=args.duo, coordinator_id=coordinator_id(services, args.coordinator),
            meeting_id=args.meeting, describe=ics_describer())
    finally:
        services.close()
    out.result({"events": written, "path": str(target)}, [
        QCoreApplication.translate("CliCalendar", "Meetings written to {path}: {count}.")
        .format(path=target, count=written)])
    return EXIT_OK
