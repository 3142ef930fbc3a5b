"""A frozen (PyInstaller) build finds its migrations and resources in its own folder, and
only there; a source checkout finds them at the top of the tree."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk import paths

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """shipped_dir remembers its answers: forget them before and after the test."""
    paths.shipped_dir.cache_clear()
    yield
    paths.shipped_dir.cache_clear()


def test_a_checkout_finds_the_folders_at_the_top_of_the_tree(fresh_cache: None) -> None:
    assert paths.migrations_dir() == REPO / "db"
    assert paths.resource_path("fonts", "DejaVuSans.ttf").is_file()


def test_a_frozen_build_reads_its_own_folder(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "db" / "versions").mkdir(parents=True)
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert paths.migrations_dir() == tmp_path / "db"
    assert paths.resource_path("i18n", "common_fr.qm") == tmp_path / "resources/i18n/common_fr.qm"


def test_a_frozen_build_missing_a_folder_does_not_use_the_source_tree(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The bundle lacks db/ while this checkout, beside the package, has one: a frozen
    # program must say so instead of quietly running the checkout's migrations.
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    with pytest.raises(FileNotFoundError, match="'db'"):
        paths.migrations_dir()
    assert paths.shipped_dir("resources") == tmp_path / "resources"
