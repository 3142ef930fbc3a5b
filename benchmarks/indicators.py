"""Impact indicators benchmark (issue 8 item 7): the eight indicators of SPEC §8 on the
100,000-mentee demo database, target ≤ 1 s.

Uses the database given with ``--db`` (made by ``duodesk demo --mentees 100000 --db PATH``,
about a minute), or builds one in a temporary folder. Measures, best of five runs with a warm
file cache, ``ReportService.impact`` for the last full calendar year, for every year since
2000, and for one antenna; prints each with the cohort size and the figures.

    python benchmarks/indicators.py [--db PATH] [--mentees 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

# The repository on the path instead of this folder, whose module names must not hide the
# standard library's.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from duodesk.core.context import build_services  # noqa: E402
from duodesk.core.database import open_database, open_read_only  # noqa: E402
from duodesk.core.demo import generate_demo  # noqa: E402
from duodesk.core.reports import ImpactReport  # noqa: E402

TARGET_SECONDS = 1.0


def best(action: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    """The best wall seconds of ``runs`` calls, and the last result."""
    walls, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        walls.append(time.perf_counter() - start)
    return min(walls), result


def show(label: str, seconds: float, report: ImpactReport) -> None:
    verdict = "ok" if seconds <= TARGET_SECONDS else "TOO SLOW"
    print(f"{label}: {seconds * 1000:.0f} ms ({verdict}), cohort {report.cohort_size} duos")
    for item in report.indicators:
        unknown = f", unknown {item.unknown}" if item.unknown is not None else ""
        print(f"    {item.name:<30} {item.numerator:>6} / {item.denominator:<6} "
              f"{item.percent}%{unknown}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database")
    parser.add_argument("--mentees", type=int, default=100_000)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db
    if path is None or not path.exists():
        path = path or Path(folder.name) / "indicators.sqlite"
        print(f"building a {args.mentees}-mentee demo database in {path}…")
        services = build_services(open_database(path))
        generate_demo(services, mentees=args.mentees)
        services.close()
    services = build_services(open_read_only(path))
    try:
        reports = services.reports
        last_year, report = best(lambda: reports.impact())
        show("last full calendar year", last_year, report)
        all_years, report = best(lambda: reports.impact(date(2000, 1, 1), date.today()))
        show("every duo since 2000", all_years, report)
        one, report = best(lambda: reports.impact(date(2000, 1, 1), date.today(),
                                                  antenna_code="BXL"))
        show("one antenna (BXL), since 2000", one, report)
    finally:
        services.close()
        folder.cleanup()
    return 0 if max(last_year, all_years, one) <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
