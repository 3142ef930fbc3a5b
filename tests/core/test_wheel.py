"""The wheel a coordinator's machine installs carries the migrations and the compiled
translations, and its ``duodesk`` command creates and checks a new database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from duodesk.core.migrations import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                    "--outdir", str(out), str(REPO)],
                   check=True, capture_output=True, text=True, timeout=600)
    (built,) = out.glob("duodesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel; the dependencies already installed here
    are made visible through a .pth file instead of being downloaded again."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True)
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site.stdout.strip(), "borrowed-dependencies.pth").write_text("\n".join(sorted(ours)))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", str(wheel)],
                   check=True, capture_output=True, text=True, timeout=300)
    return venv


@pytest.mark.slow
def test_wheel_ships_migrations_resources_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "duodesk/_data/db/env.py" in names
    assert "duodesk/_data/db/script.py.mako" in names
    assert f"duodesk/_data/db/versions/{HEAD_REVISION}.py" in names
    versions = {n for n in names if n.startswith("duodesk/_data/db/versions/")}
    assert versions == {f"duodesk/_data/db/versions/{p.name}"
                        for p in (REPO / "db" / "versions").glob("*.py")}
    for language in ("fr", "nl"):
        assert f"duodesk/_data/resources/i18n/common_{language}.qm" in names
    assert "duodesk/cli.py" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


@pytest.mark.slow
def test_installed_command_creates_and_checks_a_new_database(
    installed: Path, tmp_path: Path
) -> None:
    command = installed / ("Scripts/duodesk.exe" if os.name == "nt" else "bin/duodesk")
    database = tmp_path / "new.sqlite"
    environment = {**os.environ, "DUODESK_HOME": str(tmp_path / "home"), "DUODESK_LANG": "fr"}
    environment.pop("PYTHONPATH", None)

    done = subprocess.run([str(command), "check", "--db", str(database), "--json"],
                          cwd=tmp_path, env=environment, capture_output=True, text=True,
                          timeout=120)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["revision"] == HEAD_REVISION
    assert json.loads(done.stdout)["ok"] is True
    # It ran the installed copy, not this source tree, and answers in French from its .qm.
    where = subprocess.run(
        [str(installed / "bin" / "python"), "-c",
         "import duodesk.paths as p; print(p.__file__); print(p.shipped_dir('db'))"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, check=True)
    module, shipped = where.stdout.splitlines()
    assert Path(module).is_relative_to(installed)
    assert Path(shipped) == Path(module).parent / "_data" / "db"
    missing = subprocess.run([str(command), "backup", "--db", str(tmp_path / "typo.sqlite")],
                             cwd=tmp_path, env=environment, capture_output=True, text=True)
    assert missing.returncode == 1
    assert missing.stderr.startswith("Il n'y a pas de base de données")
