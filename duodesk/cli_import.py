"""``duodesk import-partner FILE`` (SPEC §11): a partner's referral list imported with the
automatic column mapping (or the partner's saved one), duplicates skipped unless told
otherwise, rejected rows written to a workbook beside the file.

A partner named with ``--partner`` must exist (the names are listed otherwise), so that a
typing mistake does not create a second "Actiris" with its own column mapping;
``--create-partner`` creates it (kind "other", to be completed in the window). A file
already imported is refused unless ``--again``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duodesk.cli import _Output
    from duodesk.core.context import Services


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``import-partner`` subcommand's arguments."""
    command = commands.add_parser(
        "import-partner", parents=[common],
        help="import a partner's referral list (.xlsx, .xlsm, .xls, .ods or .csv)")
    command.add_argument("file", metavar="FILE", help="the partner's file")
    command.add_argument("--partner", metavar="NAME",
                         help="the referring partner (its saved column mapping is used)")
    command.add_argument("--create-partner", action="store_true",
                         help="create the partner named by --partner if it does not exist")
    command.add_argument("--sheet", metavar="NAME",
                         help="the sheet to read (default: the first with a header row)")
    command.add_argument("--on-duplicate", choices=("skip", "merge", "create"),
                         default="skip",
                         help="what to do with rows of people already known (default: skip)")
    command.add_argument("--rejected", metavar="OUT.xlsx",
                         help="where to write the rejected rows (default: "
                              "<FILE>_rejected.xlsx beside the file)")
    command.add_argument("--again", action="store_true",
                         help="import a file even if the same file was imported before")


def _partner_id(services: Services, name: str | None, create: bool) -> Any:
    from duodesk.core.codes import PartnerKind
    from duodesk.core.errors import UnknownPartner

    if not name:
        return None
    found = services.partners.find_by_name(name)
    if found is not None:
        return found.id
    if create:
        return services.partners.save(name, PartnerKind.OTHER).id
    known = "; ".join(p.name for p in services.partners.partners())
    raise UnknownPartner(name=name, known=known)


def cmd_import_partner(args: argparse.Namespace, out: _Output) -> int:
    """Read, plan and commit a partner file; print the counts."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_OK, _backup_folder, _database_path
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.errors import FileAlreadyImported
    from duodesk.core.imports.plan import DuplicateChoice, RowClass
    from duodesk.core.imports.reader import read_source
    from duodesk.core.progress import Progress
    from duodesk.import_service_texts import ImportCounts, describe_issue

    source = Path(args.file).expanduser().absolute()
    shown = sys.stderr.isatty() and not args.json

    def report(done: int, total: int) -> None:
        if shown and total:
            print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)

    progress = Progress(report)
    table = read_source(source, sheet=args.sheet, progress=progress)
    path = _database_path(args)
    services = build_services(open_database(path, backup_folder=_backup_folder(path, None)))
    try:
        partner_id = _partner_id(services, args.partner, args.create_partner)
        imports = services.imports
        plan = imports.plan(table, imports.suggest_mapping(table, partner_id),
                            partner_id=partner_id, source_path=source, progress=progress)
        if plan.already_imported_on is not None and not args.again:
            raise FileAlreadyImported(file_name=table.file_name,
                                      imported_on=plan.already_imported_on.date().isoformat())
        choice = DuplicateChoice(args.on_duplicate)
        choices = {row.number: choice for row in plan.rows
                   if row.row_class == RowClass.DUPLICATE}
        rejected = Path(args.rejected).expanduser().absolute() if args.rejected else None
        result = imports.commit(plan, choices, describe=describe_issue, rejected_path=rejected,
                                progress=progress)
    finally:
        services.close()
        if shown:
            print(file=sys.stderr)
    translate = QCoreApplication.translate
    lines = [ImportCounts().summary(table.file_name, result.rows, result.imported,
                                    result.merged, result.skipped, result.rejected)]
    if result.rejected_not_written is not None:  # the import stands without that workbook
        lines.append(translate(
            "Cli", "The import was saved, but the rejected rows could not be written to "
                   "{path} ({reason}). Close that file if it is open and run the same command "
                   "again with --again: the people already imported are skipped and the "
                   "rejected rows are written.").format(
            path=result.rejected_path, reason=result.rejected_not_written))
    elif result.rejected_path is not None:
        lines.append(translate("Cli", "Rejected rows, with their reasons: {path}").format(
            path=result.rejected_path))
    if plan.unmapped_columns:
        lines.append(translate("Cli", "Columns not imported: {columns}").format(
            columns=", ".join(plan.unmapped_columns)))
    if result.skipped and choice == DuplicateChoice.SKIP:
        lines.append(translate(
            "Cli", "People already known were skipped; --on-duplicate merge fills their "
                   "empty fields instead."))
    out.result(result.as_dict(), lines)
    return EXIT_OK
