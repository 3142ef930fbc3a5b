"""``duodesk backups``: the backups of the database, newest first, each with what it holds
(counts and latest change, read from the backup opened read-only), to choose the one to give
``duodesk restore``. Names of persons are shown in the window's restore dialog only: a
script's output may end up in a log.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

# Qt and the storage layer are imported where used: --help must load neither.
if TYPE_CHECKING:
    from duodesk.cli import _Output
    from duodesk.core.backup import BackupInfo


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``backups`` subcommand's arguments."""
    commands.add_parser(
        "backups", parents=[common],
        help="list the backups, newest first, with what each holds (nothing is changed)")


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _describe(info: BackupInfo) -> tuple[dict[str, Any], str]:
    """What one backup holds, as JSON and as a line for people."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.core.backup_preview import read_preview
    from duodesk.core.errors import DatabaseDamaged, WrongPassphrase
    from duodesk.core.storage.cipher import key_for

    data: dict[str, Any] = {"path": str(info.path), "kind": info.kind,
                            "made_at": info.made_at.isoformat(), "size": info.size}
    head = f"{info.made_at:%Y-%m-%d %H:%M}  {info.kind:<14} {info.path.name}"
    try:
        preview = read_preview(info.path, key_for(info.path))
    except WrongPassphrase:
        data["state"] = "encrypted"
        return data, head + "\n    " + QCoreApplication.translate(
            "CliBackups", "encrypted with another passphrase: its content cannot be shown")
    except DatabaseDamaged:
        data["state"] = "damaged"
        return data, head + "\n    " + QCoreApplication.translate(
            "CliBackups", "damaged or not a DuoDesk backup")
    counts = {"mentees": preview.mentees, "mentors": preview.mentors, "duos": preview.duos,
              "meetings": preview.meetings, "partners": preview.partners}
    latest = preview.latest_change
    data.update(state="encrypted" if preview.encrypted else "plain", **counts,
                latest_change=latest.isoformat() if latest else None)
    line = QCoreApplication.translate(
        "CliBackups", "mentees {mentees} · mentors {mentors} · duos {duos} · meetings "
        "{meetings} · partners {partners}").format(
        **{name: "–" if value is None else value for name, value in counts.items()})
    if latest is not None:
        line += " · " + QCoreApplication.translate(
            "CliBackups", "latest change {when}").format(when=_local(latest))
    return data, head + "\n    " + line


def cmd_backups(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_OK, _backup_folder, _database_path
    from duodesk.core.backup import list_backups

    path = _database_path(args)
    folder = _backup_folder(path, None)
    found = list_backups(path, folder)
    described = [_describe(info) for info in found]
    lines = [line for _data, line in described] or [QCoreApplication.translate(
        "CliBackups", "No backup of {file} in {folder}.").format(file=path.name, folder=folder)]
    out.result({"database": str(path), "folder": str(folder),
                "backups": [data for data, _line in described]}, lines)
    return EXIT_OK
