"""The ``duodesk`` command (SPEC §11): the window, and commands for HQ scripts and tests.

Every subcommand takes ``--db PATH`` and ``--json``. A failure the user can act on is one
line on standard error, in the user's language (the core's typed errors turned into
sentences by :mod:`duodesk.messages`), and a non-zero exit code:

* 0 — done; 1 — error; 2 — bad usage; 3 — done, but conflicts wait in the window.

Imports are lazy so that ``duodesk --help`` answers at once: Qt, SQLAlchemy and Alembic are
loaded by the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from duodesk.core.database import Database
    from duodesk.core.errors import DuoDeskError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONFLICTS = 3  # an exchange import left conflicts for the window


class _Parser(argparse.ArgumentParser):
    """An argument parser whose complaints fit on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _Output:
    """Where a command's results go: sentences for people, or one JSON document."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, data: dict[str, Any], lines: list[str]) -> None:
        """Print ``data`` as JSON, or ``lines`` for people."""
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for line in lines:
                print(line)

    def error(self, error: DuoDeskError) -> int:
        from duodesk.messages import describe

        sentence = " ".join(describe(error).split())
        if self.as_json:
            print(json.dumps({"error": error.code, "message": sentence}, ensure_ascii=False))
        print(sentence, file=sys.stderr)
        return EXIT_ERROR


def _start_qt_core() -> Any:
    """A QtCore application with the user's language installed (no display needed)."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.core.preferences import load_preferences
    from duodesk.i18n import effective_language, install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "duodesk"])
    install_translators(app, effective_language(load_preferences().language))
    return app


def _database_path(args: argparse.Namespace) -> Path:
    from duodesk.paths import default_database_path

    return Path(args.db).expanduser().absolute() if args.db else default_database_path()


def _backup_folder(database: Path, chosen: str | None) -> Path:
    from duodesk.core.backup import default_backup_folder
    from duodesk.core.preferences import load_preferences

    if chosen:
        return Path(chosen).expanduser().absolute()
    saved = load_preferences().backup_folder
    return Path(saved) if saved else default_backup_folder(database)


def _require_database(path: Path) -> None:
    from duodesk.core.errors import DatabaseNotFound
    from duodesk.core.storage.sqlite import SQLiteBackend

    if not SQLiteBackend(path).exists():
        raise DatabaseNotFound(path=str(path))


# --- subcommands ---------------------------------------------------------------------------


def _counts(db: Database) -> dict[str, int]:
    from sqlalchemy import func, select

    from duodesk.core.models import Duo, Mentee, Mentor

    with db.read() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (("mentees", Mentee), ("mentors", Mentor), ("duos", Duo))
        }


def cmd_check(args: argparse.Namespace, out: _Output) -> int:
    """Check a database beside a running window (no lock, no migration); create a new one."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.core.database import open_database, open_read_only
    from duodesk.core.errors import DatabaseDamaged
    from duodesk.core.storage.sqlite import SQLiteBackend

    path = _database_path(args)
    created = not SQLiteBackend(path).exists()
    db = open_database(path) if created else open_read_only(path)
    try:
        problems = db.backend.integrity_check() if args.full else db.backend.quick_check()
        if problems:
            raise DatabaseDamaged(path=str(path), detail=problems[0])
        revision = db.backend.schema_revision()
        counts = _counts(db)
    finally:
        db.close()
    data = {"path": str(path), "created": created, "revision": revision, **counts, "ok": True}
    lines = [
        QCoreApplication.translate("Cli", "Database: {path}").format(path=path),
        QCoreApplication.translate("Cli", "Schema revision: {revision}").format(
            revision=revision),
        QCoreApplication.translate(
            "Cli", "Mentees: {mentees}, mentors: {mentors}, duos: {duos}").format(**counts),
        "ok",
    ]
    if created:
        lines.insert(0, QCoreApplication.translate(
            "Cli", "Created a new database: {path}").format(path=path))
    out.result(data, lines)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, out: _Output) -> int:
    """Copy the database into the backup folder (beside a running window), then rotate."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.core import backup

    path = _database_path(args)
    _require_database(path)
    folder = _backup_folder(path, args.to)
    made = backup.make_backup(path, folder, "manual")
    removed = backup.rotate(path, folder)
    data = {"backup": str(made.path), "size": made.size,
            "removed": [str(old.path) for old in removed]}
    lines = [QCoreApplication.translate("Cli", "Backup made and checked: {path}").format(
        path=made.path)]
    if removed:
        lines.append(QCoreApplication.translate(
            "Cli", "Older backups removed by the rotation: {count}").format(count=len(removed)))
    out.result(data, lines)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: _Output) -> int:
    """Replace the database by a backup; refused while a window has the database open."""
    from PySide6.QtCore import QCoreApplication

    from duodesk.core.location import check_database_location
    from duodesk.core.lock import WriterLock

    path = _database_path(args)
    source = Path(args.backup).expanduser().absolute()
    check_database_location(path)
    folder = _backup_folder(path, None)
    with WriterLock(path):
        # The database keeps its encryption, whatever the backup's.
        from duodesk.core.secure_restore import restore_keeping_encryption

        safety = restore_keeping_encryption(
            source, path, folder, backup_key=getattr(args, "passphrases", {}).get(source))
    data = {"database": str(path), "restored_from": str(source),
            "before_restore": str(safety.path) if safety else None}
    lines = [QCoreApplication.translate("Cli", "Database {path} restored from {backup}.").format(
        path=path, backup=source)]
    if safety:
        lines.append(QCoreApplication.translate(
            "Cli", "Its previous content was kept in {path}").format(path=safety.path))
    out.result(data, lines)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: _Output) -> int:
    """Fill an empty database with deterministic demo data (through the services)."""
    import dataclasses

    from PySide6.QtCore import QCoreApplication

    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.demo import generate_demo
    from duodesk.core.progress import Progress

    path = _database_path(args)
    shown = sys.stderr.isatty() and not args.json

    def report(done: int, total: int) -> None:
        if shown and total:
            print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)

    services = build_services(open_database(path, backup_folder=_backup_folder(path, None)))
    try:
        summary = generate_demo(services, mentees=args.mentees, progress=Progress(report))
    finally:
        services.close()
        if shown:
            print(file=sys.stderr)
    counts = dataclasses.asdict(summary)
    out.result({"database": str(path), **counts}, [
        QCoreApplication.translate("Cli", "Demo data added to {path}:").format(path=path),
        QCoreApplication.translate(
            "Cli", "{mentees} mentees, {mentors} mentors, {duos} duos, {meetings} meetings, "
                   "{evaluations} evaluations, {coordinators} coordinators, {partners} partners"
        ).format(**counts),
    ])
    return EXIT_OK


def cmd_match(args: argparse.Namespace, out: _Output) -> int:
    """The ranked mentors of one waiting mentee, or the optimal proposal for the whole
    waiting pool; reads only, so it runs beside an open window."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from duodesk.core.database import open_read_only
    from duodesk.core.matching import MatchingService
    from duodesk.matching_texts import reason_text, reasons_text

    path = _database_path(args)
    _require_database(path)
    db = open_read_only(path)
    try:
        service = MatchingService(db)
        if args.mentee is not None:
            found = service.suggestions(args.mentee, limit=args.limit or 20)
        else:
            found = service.pool_proposal()[:args.limit]
    finally:
        db.close()
    if out.as_json:
        print(json.dumps([{"mentee_id": str(item.mentee_id), "mentor_id": str(item.mentor_id),
                           "score": item.score, "criteria": item.criteria,
                           "reasons": [reason_text(reason) for reason in item.reasons]}
                          for item in found], ensure_ascii=False, indent=2))
        return EXIT_OK

    def points(value: float) -> str:
        return QLocale().toString(value, "f", 1)

    translate = QCoreApplication.translate
    lines = []
    if args.mentee is not None:
        lines.append(
            translate("Cli", "No mentor can be proposed for this mentee.") if not found else
            translate("Cli", "Mentors for {mentee}, best first:").format(
                mentee=found[0].mentee_name))
        for rank, item in enumerate(found, start=1):
            lines.append(translate("Cli", "{rank}. {mentor} ({score} points): {reasons}").format(
                rank=rank, mentor=item.mentor_name, score=points(item.score),
                reasons=reasons_text(item.reasons)))
    else:
        total = points(sum(item.score for item in found))
        if not found:
            lines.append(translate("Cli", "No duo can be proposed for the waiting mentees."))
        elif len(found) == 1:
            lines.append(translate("Cli", "Proposal for the waiting mentees: one duo, {total} "
                                          "points.").format(total=total))
        else:
            lines.append(translate("Cli", "Proposal for the waiting mentees: {count} duos, "
                                          "{total} points in all.").format(count=len(found),
                                                                           total=total))
        for item in found:
            lines.append(translate("Cli", "{mentee} with {mentor} ({score} points): {reasons}"
                                   ).format(mentee=item.mentee_name, mentor=item.mentor_name,
                                            score=points(item.score),
                                            reasons=reasons_text(item.reasons)))
    for line in lines:
        print(line)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from duodesk.app import run

    return run(Path(args.db).expanduser().absolute() if args.db else None,
               start_page=getattr(args, "page", None))


# --- parser and entry point ---------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a value given before the subcommand is not reset by the subcommand's default.
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file (default: the one in the user data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print the result as JSON")
    from duodesk.cli_passphrase import add_argument as add_passphrase_argument

    add_passphrase_argument(common)
    parser = _Parser(prog="duodesk", parents=[common],
                     description="DuoDesk: the coordinators' tool of the mentoring programme. "
                                 "Without a command, opens the window.")
    from duodesk import __version__

    parser.add_argument("--version", action="version", version=f"DuoDesk {__version__}")
    # Not set_defaults(db=...): it would change the shared actions, and so the subcommands.
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument("--page", metavar="PAGE",
                     help="the page to open on, by its key: mentees, mentors, settings…")

    check = commands.add_parser(
        "check", parents=[common],
        help="check the database (creating it if missing); safe beside an open window")
    check.add_argument("--full", action="store_true",
                       help="run SQLite's full integrity check instead of the quick one")

    backup = commands.add_parser(
        "backup", parents=[common], help="make a checked backup now; safe beside an open window")
    backup.add_argument("--to", metavar="FOLDER",
                        help="the backup folder (default: the one in Settings, or 'backups' "
                             "beside the database)")

    restore = commands.add_parser(
        "restore", parents=[common],
        help="replace the database by a backup (the current content is kept as a backup)")
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")

    demo = commands.add_parser(
        "demo", parents=[common],
        help="fill a new, empty database with realistic, deterministic demo data")
    demo.add_argument("--mentees", type=_positive, default=1000, metavar="N",
                      help="how many mentees to create (default: 1000; mentors: a fifth)")

    match = commands.add_parser(
        "match", parents=[common],
        help="the best mentors for a waiting mentee, or an optimal proposal for all waiting "
             "mentees (nothing is changed)")
    match.add_argument("--mentee", metavar="ID",
                       help="the id of a waiting mentee (without it: the whole waiting pool)")
    match.add_argument("--limit", type=_positive, metavar="N",
                       help="show at most N results (default: 20 mentors for a mentee, every "
                            "duo of the proposal)")

    from duodesk.cli_import import add_parser as add_import_parser

    add_import_parser(commands, common)
    from duodesk.cli_calendar import add_parser as add_calendar_parser

    add_calendar_parser(commands, common)
    from duodesk.cli_agreement import add_parser as add_agreement_parser

    add_agreement_parser(commands, common)
    from duodesk.cli_stats import add_parser as add_stats_parser

    add_stats_parser(commands, common)
    from duodesk.cli_backups import add_parser as add_backups_parser

    add_backups_parser(commands, common)
    from duodesk.cli_exchange import add_parsers as add_exchange_parsers

    add_exchange_parsers(commands, common)
    from duodesk.cli_privacy import add_parsers as add_privacy_parsers

    add_privacy_parsers(commands, common)
    return parser


def _import_partner(args: argparse.Namespace, out: _Output) -> int:
    # The command lives in duodesk.cli_import, so that this module stays a readable size.
    from duodesk.cli_import import cmd_import_partner

    return cmd_import_partner(args, out)


def cmd_export_exchange(args: argparse.Namespace, out: _Output) -> int:
    # The exchange commands live in duodesk.cli_exchange, like the partner import's.
    from duodesk.cli_exchange import cmd_export_exchange as command

    return command(args, out)


def cmd_import_exchange(args: argparse.Namespace, out: _Output) -> int:
    from duodesk.cli_exchange import cmd_import_exchange as command

    return command(args, out)


def cmd_calendar(args: argparse.Namespace, out: _Output) -> int:
    # The calendar export lives in duodesk.cli_calendar, like the partner import's.
    from duodesk.cli_calendar import cmd_calendar as command

    return command(args, out)


def cmd_agreement(args: argparse.Namespace, out: _Output) -> int:
    # The printed agreement lives in duodesk.cli_agreement, like the calendar export.
    from duodesk.cli_agreement import cmd_agreement as command

    return command(args, out)


def cmd_backups(args: argparse.Namespace, out: _Output) -> int:
    # The backups and what each holds live in duodesk.cli_backups.
    from duodesk.cli_backups import cmd_backups as command

    return command(args, out)


def cmd_stats(args: argparse.Namespace, out: _Output) -> int:
    # The impact indicators live in duodesk.cli_stats, like the calendar export.
    from duodesk.cli_stats import cmd_stats as command

    return command(args, out)


def cmd_privacy(args: argparse.Namespace, out: _Output) -> int:
    # The privacy commands live in duodesk.cli_privacy, each under its own name there.
    from duodesk.cli_privacy import COMMANDS as privacy_commands

    return privacy_commands[args.command](args, out)


COMMANDS: dict[str, Callable[[argparse.Namespace, _Output], int]] = {
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "demo": cmd_demo,
    "match": cmd_match,
    "import-partner": _import_partner,
    "calendar": cmd_calendar,
    "agreement": cmd_agreement,
    "stats": cmd_stats,
    "export-exchange": cmd_export_exchange,
    "import-exchange": cmd_import_exchange,
    "access-request": cmd_privacy,
}


def main(argv: list[str] | None = None) -> int:
    """Run the ``duodesk`` command; return its exit code."""
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.json = getattr(args, "json", False)
    if args.command in (None, "gui"):
        return cmd_gui(args)
    from duodesk.core.errors import DuoDeskError

    out = _Output(args.json)
    app = _start_qt_core()  # noqa: F841 — kept alive while sentences are translated
    try:
        # An encrypted database (and backup to restore): the passphrase first, asked once.
        from duodesk.cli_passphrase import unlock

        files = [_database_path(args)]
        if args.command == "restore":
            files.append(Path(args.backup).expanduser().absolute())
        args.passphrases = unlock(files, getattr(args, "passphrase_stdin", False))
        return COMMANDS[args.command](args, out)
    except DuoDeskError as error:
        return out.error(error)
    except KeyboardInterrupt:
        from duodesk.core.errors import Cancelled

        return out.error(Cancelled())
