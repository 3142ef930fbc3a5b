"""``duodesk export-exchange OUT.xlsx [--pseudonymised]`` and ``duodesk import-exchange
IN.xlsx`` (SPEC §11): the headquarters exchange workbook from the command line.

The import commits everything that does not conflict and keeps the conflicts for the window
(Import / Export page), exiting with 3 when some wait there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duodesk.cli import _Output
    from duodesk.core.progress import Progress


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """The two subcommands' arguments."""
    export = commands.add_parser(
        "export-exchange", parents=[common],
        help="write the exchange workbook for headquarters (.xlsx)")
    export.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("--pseudonymised", action="store_true",
                        help="the variant for statistics: no names, contacts, birth dates or "
                             "free text; ids replaced by pseudonyms; counts per group")
    imported = commands.add_parser(
        "import-exchange", parents=[common],
        help="merge an exchange workbook from headquarters (exit 3: conflicts wait in the "
             "window)")
    imported.add_argument("file", metavar="IN.xlsx", help="the exchange workbook")


def _progress(out: _Output) -> tuple[Progress, Callable[[], None]]:
    from duodesk.core.progress import Progress

    shown = sys.stderr.isatty() and not out.as_json

    def report(done: int, total: int) -> None:
        if shown and total:
            print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)

    def end() -> None:
        if shown:
            print(file=sys.stderr)

    return Progress(report), end


def _services(args: argparse.Namespace) -> Any:
    from duodesk.cli import _backup_folder, _database_path
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database

    path = _database_path(args)
    return build_services(open_database(path, backup_folder=_backup_folder(path, None)))


def cmd_export_exchange(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_OK, _database_path, _require_database

    _require_database(_database_path(args))
    services = _services(args)
    progress, end = _progress(out)
    try:
        result = services.exchange.export(Path(args.out).expanduser(),
                                          pseudonymised=args.pseudonymised, progress=progress)
    finally:
        end()
        services.close()
    translate = QCoreApplication.translate
    lines = [translate("Cli", "Pseudonymised exchange workbook written: {path}") if
             result.pseudonymised else
             translate("Cli", "Exchange workbook written: {path}")]
    lines[0] = lines[0].format(path=result.path)
    lines += [translate("Cli", "{sheet}: {rows} rows").format(sheet=name, rows=rows)
              for name, rows in result.sheets.items()]
    out.result({"path": str(result.path), "sheets": result.sheets,
                "pseudonymised": result.pseudonymised}, lines)
    return EXIT_OK


def cmd_import_exchange(args: argparse.Namespace, out: _Output) -> int:
    from PySide6.QtCore import QCoreApplication

    from duodesk.cli import EXIT_CONFLICTS, EXIT_OK, _database_path, _require_database
    from duodesk.exchange_texts import problem_text

    _require_database(_database_path(args))
    services = _services(args)
    progress, end = _progress(out)
    try:
        result = services.exchange.import_file(Path(args.file).expanduser(), progress=progress)
    finally:
        end()
        services.close()
    translate = QCoreApplication.translate
    lines = [translate("Cli", "{file}: {created} records created, {updated} updated, "
                              "{unchanged} unchanged.").format(
        file=Path(args.file).name, created=result.created, updated=result.updated,
        unchanged=result.unchanged)]
    if result.problems:
        lines.append(translate("Cli", "Rows not imported ({count}):").format(
            count=len(result.problems)))
        lines += [f"  {problem_text(problem)}" for problem in result.problems]
    if result.conflicts:
        lines.append(translate(
            "Cli", "{count} record(s) changed both here and at headquarters: nothing was "
                   "overwritten; resolve them in the window (Import / Export).").format(
            count=result.conflicts))
    out.result({"rows": result.rows, "created": result.created, "updated": result.updated,
                "unchanged": result.unchanged, "conflicts": result.conflicts,
                "problems": [{"sheet": p.sheet, "row": p.row, "column": p.column,
                              "code": p.code, "params": dict(p.params)}
                             for p in result.problems]}, lines)
    return EXIT_CONFLICTS if result.conflicts else EXIT_OK
