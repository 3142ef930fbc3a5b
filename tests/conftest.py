"""Shared fixtures: every test runs offscreen with its own home, data and config folders,
and gets real databases built by the real migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DUODESK_LANG"] = "en"

import pytest

from duodesk.core.context import Services, build_services
from duodesk.core.database import Database, open_database
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import Clock, duo_service

FIXTURES = Path(__file__).parent / "fixtures"
# The partners' sample files (a copy of the programme's shared/data, see its README).
SHARED_DATA = Path(__file__).resolve().parent / "fixtures" / "partner_samples"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real home folder: DuoDesk's folders live under tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DUODESK_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "antenna.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new database built by the real migrations, with its writer lock held."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return build_services(db)


@pytest.fixture
def clock() -> Clock:
    """The day and time the duo services see (tests.core.duo_setup); a test moves it."""
    return Clock()


@pytest.fixture
def duos(services: Services, clock: Clock) -> DuoService:
    """The duo service on ``clock``; a test module may define its own (with a coordinator)."""
    return duo_service(services, clock)
