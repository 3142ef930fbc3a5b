"""The privacy commands (SPEC §9, §11): ``duodesk access-request PERSON_ID --out DIR
[--language fr|nl|en]`` writes one person's complete data as a PDF and a JSON file into
``DIR`` and stamps the export in the audit trail. It writes that audit entry, so it takes
the database's writer lock: it is refused while a window has the database open (the window
has the same action in the person's file).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duodesk.cli import _Output


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """The privacy subcommands' arguments."""
    command = commands.add_parser(
        "access-request", parents=[common],
        help="write everything stored about one person to a PDF and a JSON file (right of "
             "access)")
    command.add_argument("person_id", type=_uuid, metavar="PERSON_ID",
                         help="the mentee's or mentor's id")
    command.add_argument("--out", required=True, metavar="DIR",
                         help="the folder to write both files into (it must exist)")
    command.add_argument("--language", choices=("fr", "nl", "en"), default="fr",
                         help="the language of the PDF (default: fr)")


def cmd_access_request(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_OK, _backup_folder, _database_path, _require_database
    from duodesk.core.database import open_database
    from duodesk.core.errors import NotFound
    from duodesk.core.privacy.access import export_access_request

    path = _database_path(args)
    _require_database(path)
    folder = Path(args.out).expanduser().absolute()
    db = open_database(path, backup_folder=_backup_folder(path, None))
    try:
        written = export_access_request(db, args.person_id, folder, args.language)
    except NotFound:
        raise NotFound(record_type="person", id=str(args.person_id)) from None
    finally:
        db.close()
    out.result({"person_id": str(args.person_id), "language": args.language,
                "pdf": str(written.pdf_path), "json": str(written.json_path)}, [
        QCoreApplication.translate(
            "CliPrivacy", "The person's data were written to {pdf} and {json}.").format(
            pdf=written.pdf_path, json=written.json_path)])
    return EXIT_OK


COMMANDS = {"access-request": cmd_access_request}
