"""``duodesk agreement DUO_ID -o OUT.pdf [--lang fr|nl|en]`` (SPEC §11): a duo's agreement as
a PDF, in the duo's agreement language unless ``--lang`` chooses another. It only reads the
database, so it runs beside an open window.
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
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``agreement`` subcommand's arguments."""
    command = commands.add_parser("agreement", parents=[common],
                                  help="write a duo's agreement to a PDF file")
    command.add_argument("duo_id", type=_uuid, metavar="DUO_ID", help="the duo's id")
    command.add_argument("-o", "--out", required=True, metavar="OUT.pdf",
                         help="the PDF file to write")
    command.add_argument("--lang", choices=("fr", "nl", "en"),
                         help="the agreement's language (default: the duo's)")


def cmd_agreement(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_OK, _database_path, _require_database
    from duodesk.core.database import open_read_only
    from duodesk.core.documents.agreement import load_agreements, write_agreements
    from duodesk.core.documents.batch import atomic_pdf
    from duodesk.core.errors import NotFound

    path = _database_path(args)
    _require_database(path)
    target = Path(args.out).expanduser().absolute()
    db = open_read_only(path)
    try:
        # Read-only beside an open window: the audit entry is the window's to write.
        agreements = load_agreements(db, [args.duo_id], args.lang, record_export=False)
    except NotFound:
        raise NotFound(record_type="duo", id=str(args.duo_id)) from None
    finally:
        db.close()
    with atomic_pdf(target) as stream:
        write_agreements(stream, agreements)
    language = agreements[0].language
    out.result({"duo_id": str(args.duo_id), "language": language, "path": str(target)}, [
        QCoreApplication.translate("CliAgreement", "Agreement written to {path} ({language}).")
        .format(path=target, language=language)])
    return EXIT_OK
