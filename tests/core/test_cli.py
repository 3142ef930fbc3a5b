"""The ``duodesk`` command as HQ scripts use it (SPEC §11): run as a real process, it checks,
backs up and restores, answers in the user's language, and fails with one line and an exit
code a script can test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk import cli
from duodesk.core.database import open_database
from duodesk.core.migrations import HEAD_REVISION
from duodesk.core.models import Antenna
from tests.core.test_backup import antenna_names
from tests.core.test_lock import HOLDER

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files that a wheel ships; a source checkout compiles them (gitignored)."""
    from hatch_build import compile_translations

    compile_translations(REPO / "resources" / "i18n")


def duodesk(*arguments: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DUODESK_LANG": language}
    if not language:
        del environment["DUODESK_LANG"]
    return subprocess.run([sys.executable, "-m", "duodesk", *arguments], cwd=REPO, text=True,
                          capture_output=True, env=environment, timeout=120)


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def add_antenna(path: Path, code: str, name: str) -> None:
    database = open_database(path)
    try:
        with database.write() as session:
            session.add(Antenna(code=code, name=name))
    finally:
        database.close()


@pytest.fixture
def window_elsewhere(db_path: Path) -> Iterator[None]:
    open_database(db_path).close()
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=REPO,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield
    finally:
        process.kill()
        process.wait(timeout=30)


# --- check ---------------------------------------------------------------------------------


def test_check_creates_a_new_database_and_says_ok(tmp_path: Path) -> None:
    target = tmp_path / "new antenna" / "duodesk.sqlite"
    done = duodesk("check", "--db", str(target))

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Created a new database: {target}"
    assert f"Schema revision: {HEAD_REVISION}" in lines
    assert "Mentees: 0, mentors: 0, duos: 0" in lines
    assert lines[-1] == "ok"
    assert "Bruxelles / Brussel" in antenna_names(target)


def test_check_prints_json(db_path: Path) -> None:
    duodesk("check", "--db", str(db_path))
    done = duodesk("check", "--db", str(db_path), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "path": str(db_path), "created": False, "revision": HEAD_REVISION,
        "mentees": 0, "mentors": 0, "duos": 0, "ok": True}
    assert duodesk("--json", "check", "--db", str(db_path)).stdout == done.stdout


def test_check_uses_the_user_data_folder_by_default(isolated_home: Path) -> None:
    done = duodesk("check")
    assert done.returncode == 0, done.stderr
    assert (isolated_home / "data" / "duodesk.sqlite").exists()


def test_check_of_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("minutes of the intervision of Tuesday\n" * 300)

    line = one_line_error(duodesk("check", "--db", str(notes)))
    assert line == (f"The database {notes} is damaged or is not a DuoDesk database. "
                    "You can restore a backup.")
    as_json = duodesk("check", "--db", str(notes), "--json")
    assert json.loads(as_json.stdout) == {"error": "database_damaged", "message": line}


def test_check_finds_damaged_pages(db_path: Path) -> None:
    database = open_database(db_path)
    with database.write() as session:
        session.add_all(Antenna(code=f"T{n:04d}", name="x" * 60) for n in range(3000))
    database.close()
    data = bytearray(db_path.read_bytes())
    for page in range(100, 140):
        data[page * 4096 + 8:(page + 1) * 4096] = bytes(n * 7 % 251 for n in range(4088))
    db_path.write_bytes(bytes(data))

    line = one_line_error(duodesk("check", "--db", str(db_path)))
    assert "is damaged" in line
    assert one_line_error(duodesk("check", "--full", "--db", str(db_path))) == line


@pytest.mark.slow
def test_check_and_backup_run_beside_an_open_window_but_restore_is_refused(
    db_path: Path, window_elsewhere: None, tmp_path: Path
) -> None:
    assert duodesk("check", "--db", str(db_path)).stdout.splitlines()[-1] == "ok"
    made = duodesk("backup", "--db", str(db_path), "--json")
    assert made.returncode == 0, made.stderr
    backup = json.loads(made.stdout)["backup"]

    line = one_line_error(duodesk("restore", "--db", str(db_path), backup))
    assert line == (f"The database {db_path} is already open in another DuoDesk window. "
                    "Use that window, or close it first.")


# --- backup and restore ---------------------------------------------------------------------


def test_backup_prints_the_checked_copy(db_path: Path) -> None:
    duodesk("check", "--db", str(db_path))
    done = duodesk("backup", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    prefix = "Backup made and checked: "
    assert done.stdout.startswith(prefix)
    made = Path(done.stdout.splitlines()[0].removeprefix(prefix))
    assert made.parent == db_path.parent / "backups"
    assert "Bruxelles / Brussel" in antenna_names(made)


def test_backup_to_a_chosen_folder_as_json(db_path: Path, tmp_path: Path) -> None:
    duodesk("check", "--db", str(db_path))
    done = duodesk("backup", "--db", str(db_path), "--to", str(tmp_path / "usb"), "--json")
    result = json.loads(done.stdout)
    assert Path(result["backup"]).parent == tmp_path / "usb"
    assert result["size"] == Path(result["backup"]).stat().st_size
    assert result["removed"] == []


def test_backup_of_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    line = one_line_error(duodesk("backup", "--db", str(missing)))
    assert line == f"There is no database at {missing}. Check the path."
    assert not missing.exists()


def test_restore_brings_back_the_backup_and_keeps_the_current_content(db_path: Path) -> None:
    duodesk("check", "--db", str(db_path))
    backup = json.loads(duodesk("backup", "--db", str(db_path), "--json").stdout)["backup"]
    add_antenna(db_path, "NAM", "Namur")

    done = duodesk("restore", "--db", str(db_path), backup, "--json")

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["restored_from"] == backup
    assert "Namur" not in antenna_names(db_path)
    assert "Namur" in antenna_names(Path(result["before_restore"]))


def test_restore_refuses_a_damaged_backup(db_path: Path, tmp_path: Path) -> None:
    add_antenna(db_path, "NAM", "Namur")
    broken = tmp_path / "antenna-20260301-080000-manual.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 8000)

    line = one_line_error(duodesk("restore", "--db", str(db_path), str(broken)))
    assert line == f"The backup {broken} could not be made or did not pass its check."
    assert "Namur" in antenna_names(db_path)


def test_restore_refuses_a_database_in_a_cloud_folder(tmp_path: Path) -> None:
    target = tmp_path / "Dropbox" / "duodesk.sqlite"
    line = one_line_error(duodesk("restore", "--db", str(target), str(tmp_path / "b.sqlite")))
    assert line.startswith(f"The database {target} is on a cloud-sync folder.")


# --- demo data --------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_fills_a_new_database_once(db_path: Path) -> None:
    done = duodesk("demo", "--mentees", "50", "--db", str(db_path), "--json")

    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["mentees"] == 50 and made["mentors"] == 10 and made["duos"] > 0
    checked = json.loads(duodesk("check", "--db", str(db_path), "--json").stdout)
    assert (checked["mentees"], checked["mentors"], checked["duos"]) == (
        made["mentees"], made["mentors"], made["duos"])

    again = one_line_error(duodesk("demo", "--mentees", "50", "--db", str(db_path)))
    assert again.startswith(f"The database {db_path} already holds ")
    assert again.endswith("Nothing was added.")


def test_demo_size_is_checked(db_path: Path) -> None:
    assert one_line_error(duodesk("demo", "--mentees", "10", "--db", str(db_path))) == (
        "Number of mentees: from 50 to 1000000.")
    assert duodesk("demo", "--mentees", "none", "--db", str(db_path)).returncode == 2


# --- language, usage, speed ---------------------------------------------------------------------


def test_errors_speak_french_and_dutch(tmp_path: Path, isolated_home: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    french = one_line_error(duodesk("backup", "--db", str(missing), language="fr"))
    assert french == (f"Il n'y a pas de base de données à l'emplacement {missing}. "
                      "Vérifiez le chemin.")

    (isolated_home / "config").mkdir()
    (isolated_home / "config" / "preferences.json").write_text('{"language": "nl"}')
    dutch = one_line_error(duodesk("backup", "--db", str(missing), language=""))
    assert dutch == f"Er is geen databank op {missing}. Controleer het pad."


def test_results_speak_the_users_language(tmp_path: Path) -> None:
    done = duodesk("check", "--db", str(tmp_path / "a.sqlite"), language="fr")
    assert "Mentees : 0, mentors : 0, duos : 0" in done.stdout.splitlines()


@pytest.mark.parametrize("arguments", [
    ["check", "--bogus"],
    ["frobnicate"],
    ["restore"],
])
def test_bad_usage_is_one_line_and_exit_code_2(arguments: list[str]) -> None:
    done = duodesk(*arguments)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("duodesk")
    assert "--help" in done.stderr


def test_help_loads_neither_qt_nor_the_database_layer() -> None:
    probe = ("import sys\nfrom duodesk.cli import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules}))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert "check" in done.stdout and "backup" in done.stdout and "restore" in done.stdout
    loaded = done.stdout.splitlines()[-1]
    for heavy in ("PySide6", "sqlalchemy", "alembic"):
        assert f"'{heavy}'" not in loaded


# --- the window --------------------------------------------------------------------------------


@pytest.fixture
def fake_window(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Stands in for duodesk.app, recording the database it was asked to open (and the page,
    when one was asked)."""
    opened: list[Path | None] = []

    def run(db_path: Path | None, start_page: str | None = None) -> int:
        opened.append(db_path)
        if start_page is not None:
            opened.append(start_page)  # type: ignore[arg-type]
        return 0

    app = types.ModuleType("duodesk.app")
    app.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "duodesk.app", app)
    return opened


def test_no_command_opens_the_window(fake_window: list[Path | None], tmp_path: Path) -> None:
    assert cli.main([]) == 0
    assert cli.main(["--db", str(tmp_path / "a.sqlite")]) == 0
    assert cli.main(["gui", "--db", str(tmp_path / "b.sqlite")]) == 0
    assert cli.main(["gui", "--page", "mentors", "--db", str(tmp_path / "c.sqlite")]) == 0
    assert fake_window == [None, tmp_path / "a.sqlite", tmp_path / "b.sqlite",
                           tmp_path / "c.sqlite", "mentors"]
