"""``duodesk match`` as HQ scripts run it (SPEC §11): a real process on a real database, the
JSON shape, the reasons in the user's language, and one line for a wrong mentee id."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from duodesk.core.codes import DayPart, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.matching import CRITERIA
from tests.core.matching.helpers import available_mentor, waiting_mentee
from tests.factories import make_mentee

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """The .qm files a wheel ships; a source checkout compiles them (they are git-ignored)."""
    from hatch_build import compile_translations

    compile_translations(REPO / "resources" / "i18n")


def duodesk(*arguments: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DUODESK_LANG": language}
    return subprocess.run([sys.executable, "-m", "duodesk", *arguments], cwd=REPO, text=True,
                          capture_output=True, env=environment, timeout=120)


@pytest.fixture
def duo_case(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    """A waiting mentee and the one mentor she can be proposed: both speak Arabic, live in
    the same postcode, know IT and are free on Wednesday evening."""
    shared = {"languages": [("ar", LanguageLevel.NATIVE), ("fr", LanguageLevel.GOOD)],
              "sectors": [Sector.IT], "postal_code": "1080",
              "availability": frozenset({("wed", DayPart.EVENING)})}
    mentee = waiting_mentee(services, **shared)
    mentor = available_mentor(services, **{**shared, "languages": [("ar", LanguageLevel.NATIVE)]})
    available_mentor(services, languages=[("en", LanguageLevel.NATIVE)])  # never proposed
    return mentee, mentor


def test_the_ranked_mentors_of_a_mentee_as_json(db_path: Path,
                                                duo_case: tuple[uuid.UUID, uuid.UUID]) -> None:
    mentee, mentor = duo_case
    done = duodesk("match", "--db", str(db_path), "--mentee", str(mentee), "--json")
    assert done.returncode == 0, done.stderr
    [found] = json.loads(done.stdout)
    assert set(found) == {"mentee_id", "mentor_id", "score", "criteria", "reasons"}
    assert (found["mentee_id"], found["mentor_id"]) == (str(mentee), str(mentor))
    assert list(found["criteria"]) == list(CRITERIA)
    assert found["score"] == pytest.approx(sum(found["criteria"].values()), abs=0.05)
    # Sector (5 of 18 weights), languages (4 x 0.9), distance (3), availability (3 x 1/3).
    assert found["reasons"] == ["IT sector", "both speak Arabic", "less than 1 km apart",
                                "both free Wednesday evening"]


def test_the_pool_proposal_as_json_and_in_words(db_path: Path, services: Services,
                                                duo_case: tuple[uuid.UUID, uuid.UUID]) -> None:
    mentee, mentor = duo_case
    done = duodesk("match", "--db", str(db_path), "--json")
    assert done.returncode == 0, done.stderr
    assert [(item["mentee_id"], item["mentor_id"]) for item in json.loads(done.stdout)] == [
        (str(mentee), str(mentor))]

    words = duodesk("match", "--db", str(db_path))
    assert words.returncode == 0, words.stderr
    first, second = words.stdout.splitlines()
    score = second.split("(")[1].split()[0]  # "Yasmine … with Marc … (70.0 points): …"
    assert first == f"Proposal for the waiting mentees: one duo, {score} points."
    assert "Testmentee" in second and "Testmentor" in second
    assert second.endswith("IT sector; both speak Arabic; less than 1 km apart; "
                           "both free Wednesday evening")


@pytest.mark.parametrize(("language", "reasons", "sentence"), [
    ("fr", ["même secteur (Informatique)", "les deux parlent arabe",
            "à moins d'1 km l'un de l'autre", "les deux sont libres le mercredi soir"],
     "même secteur (Informatique) ; les deux parlent arabe ; à moins d'1 km l'un de l'autre ; "
     "les deux sont libres le mercredi soir"),
    ("nl", ["zelfde sector (IT)", "spreken allebei Arabisch", "minder dan 1 km van elkaar",
            "allebei vrij op woensdagavond"],
     "zelfde sector (IT); spreken allebei Arabisch; minder dan 1 km van elkaar; "
     "allebei vrij op woensdagavond"),
])
def test_reasons_speak_the_users_language(db_path: Path, duo_case: tuple[uuid.UUID, uuid.UUID],
                                          language: str, reasons: list[str],
                                          sentence: str) -> None:
    mentee, _ = duo_case
    done = duodesk("match", "--db", str(db_path), "--mentee", str(mentee), "--json",
                   language=language)
    assert json.loads(done.stdout)[0]["reasons"] == reasons
    words = duodesk("match", "--db", str(db_path), "--mentee", str(mentee), language=language)
    assert words.stdout.splitlines()[1].endswith(sentence)


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def test_a_wrong_mentee_id_is_one_line_and_exit_1(db_path: Path, services: Services) -> None:
    unknown = uuid.uuid4()
    assert one_line_error(duodesk("match", "--db", str(db_path), "--mentee", str(unknown))) == (
        f"No mentee has the id {unknown}.")
    assert one_line_error(duodesk("match", "--db", str(db_path), "--mentee", "42")) == (
        "No mentee has the id 42.")
    registered = make_mentee(services)
    assert one_line_error(duodesk("match", "--db", str(db_path), "--mentee", str(registered),
                                  language="fr")) == (
        "Des mentors ne sont proposés que pour un mentee en attente d'un mentor (statut de ce "
        "mentee : Inscription).")


def test_a_missing_database_is_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    line = one_line_error(duodesk("match", "--db", str(missing)))
    assert str(missing) in line
    assert not missing.exists()
