"""``duodesk stats [--from DATE] [--to DATE] [--as-of DATE] [--antenna CODE]`` (SPEC §11):
the impact indicators of SPEC §8 for HQ scripts. ``--json`` prints exactly
``{name: {"numerator", "denominator", "percent"}}`` with ``"unknown"`` on
``mentee_positive_outcome``; without it, one translated line per indicator beside the
published figure. It only reads, so it runs beside an open window.

Without dates: the report date is today and the period the last full calendar year.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duodesk.cli import _Output
    from duodesk.core.reports import ImpactReport


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The ``stats`` subcommand's arguments."""
    command = commands.add_parser(
        "stats", parents=[common],
        help="the impact indicators (SPEC §8) beside the published figures")
    command.add_argument("--from", dest="period_from", type=_date, metavar="DATE",
                         help="first start date of the duos counted (default: 1 January of "
                              "last year)")
    command.add_argument("--to", dest="period_to", type=_date, metavar="DATE",
                         help="last start date of the duos counted (default: 31 December of "
                              "last year)")
    command.add_argument("--as-of", dest="as_of", type=_date, metavar="DATE",
                         help="the report date: outcomes are due 12 months after the start "
                              "(default: today)")
    command.add_argument("--antenna", metavar="CODE",
                         help="one antenna's duos, by its code (default: all antennas)")


def report_lines(report: ImpactReport) -> list[str]:
    """The report for people, in the user's language."""
    from duodesk import report_texts as texts
    from duodesk.core.reports.published import published

    antenna = (f"{report.antenna_code} – {report.antenna_name}" if report.antenna_code
               else texts.all_antennas())
    lines = [texts.title(), texts.antenna_line(antenna),
             texts.period_line(texts.format_date(report.period_from),
                               texts.format_date(report.period_to)),
             texts.as_of_line(texts.format_date(report.as_of)), ""]
    heading = texts.headings()
    for item in report.indicators:
        line = (f"{texts.name(item.name)}: {texts.format_percent(item.percent)} "
                f"({item.numerator}/{item.denominator})")
        figure = published(item.name)
        if figure is not None:
            line += f" — {heading['published']}: {texts.format_percent(figure)}"
        if item.unknown is not None:
            line += f" — {texts.unknown_note(item.unknown)}"
        lines.append(line)
    return lines


def cmd_stats(args: argparse.Namespace, out: _Output) -> int:
    from duodesk.cli import EXIT_OK, _database_path, _require_database
    from duodesk.core.context import build_services
    from duodesk.core.database import open_read_only

    path = _database_path(args)
    _require_database(path)
    services = build_services(open_read_only(path))
    try:
        report = services.reports.impact(args.period_from, args.period_to, args.as_of,
                                         args.antenna)
    finally:
        services.close()
    out.result(report.as_json(), report_lines(report))
    return EXIT_OK
