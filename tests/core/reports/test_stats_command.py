"""``duodesk stats`` as HQ scripts run it (SPEC §11): a real process on a real database, the
JSON exactly ``{name: {numerator, denominator, percent}}`` (``unknown`` on the outcome), the
sentences in the user's language, one-line errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from duodesk.core.codes import DuoStatus, EvaluationStage, Outcome, Respondent
from duodesk.core.context import Services
from duodesk.core.reports import INDICATOR_NAMES
from tests.core.reports.test_indicators import add_duo, evaluate
from tests.core.test_cli import REPO, duodesk, one_line_error
from tests.factories import make_mentee, make_mentor


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    from hatch_build import compile_translations

    compile_translations(REPO / "resources" / "i18n")


@pytest.fixture
def recorded(services: Services, db_path: Path) -> Path:
    mentor = make_mentor(services)
    for outcome in (Outcome.JOB_STABLE, Outcome.NONE, Outcome.UNREACHABLE):
        add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 3, 1),
                outcome=outcome)
    duo = add_duo(services, make_mentee(services), make_mentor(services), DuoStatus.FINISHED,
                  date(2024, 3, 1), outcome=Outcome.TRAINING)
    evaluate(services, duo, Respondent.MENTOR, EvaluationStage.END, date(2024, 9, 1),
             feels_useful=True)
    return db_path


def test_stats_json_has_every_indicator_and_nothing_else(recorded: Path) -> None:
    done = duodesk("stats", "--db", str(recorded), "--from", "2024-01-01", "--to", "2024-12-31",
                   "--as-of", "2025-06-30", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == list(INDICATOR_NAMES)
    assert data["mentee_positive_outcome"] == {
        "numerator": 2, "denominator": 3, "percent": 66.7, "unknown": 1}
    assert data["mentor_feels_useful"] == {"numerator": 1, "denominator": 1, "percent": 100.0}
    assert data["mentee_more_confident"] == {"numerator": 0, "denominator": 0, "percent": None}
    # Before the outcomes are due, nothing counts for them.
    early = json.loads(duodesk("stats", "--db", str(recorded), "--from", "2024-01-01",
                               "--to", "2024-12-31", "--as-of", "2025-02-28",
                               "--json").stdout)
    assert early["mentee_positive_outcome"]["denominator"] == 0


def test_stats_speaks_french_and_dutch(recorded: Path) -> None:
    arguments = ("stats", "--db", str(recorded), "--from", "2024-01-01", "--to", "2024-12-31",
                 "--as-of", "2025-06-30")
    french = duodesk(*arguments, language="fr")
    assert french.returncode == 0, french.stderr
    assert "Toutes les antennes" in french.stdout
    assert "66,7\u00a0%" in french.stdout and "(2/3)" in french.stdout
    assert "1 janvier 2024" in french.stdout
    dutch = duodesk(*arguments, language="nl")
    assert "Alle antennes" in dutch.stdout and "66,7%" in dutch.stdout
    english = duodesk(*arguments)
    assert "All antennas" in english.stdout and "66.7%" in english.stdout


def test_stats_refuses_an_unknown_antenna_and_a_reversed_period(recorded: Path) -> None:
    line = one_line_error(duodesk("stats", "--db", str(recorded), "--antenna", "XYZ"))
    assert "XYZ" in line and "BXL" in line
    line = one_line_error(duodesk("stats", "--db", str(recorded), "--from", "2025-01-01",
                                  "--to", "2024-01-01", language="fr"))
    assert "2024-01-01" in line and "période" in line
    bad = duodesk("stats", "--db", str(recorded), "--as-of", "tomorrow")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_stats_of_a_missing_database(tmp_path: Path) -> None:
    line = one_line_error(duodesk("stats", "--db", str(tmp_path / "none.sqlite")))
    assert "none.sqlite" in line
    assert not (tmp_path / "none.sqlite").exists()
