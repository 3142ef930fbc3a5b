"""Where DuoDesk finds its shipped files (migrations, resources) and the user's files.

The shipped folders ``db/`` and ``resources/`` sit at the top of the source tree, inside the
package as ``duodesk/_data/`` in an installed wheel, and under ``sys._MEIPASS`` in a frozen
PyInstaller build. :func:`shipped_dir` is the one place that knows the three cases.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "DuoDesk"
APP_AUTHOR = "DuoDesk"
DATABASE_FILE_NAME = "duodesk.sqlite"


@cache
def shipped_dir(name: str) -> Path:
    """Return the folder ``name`` (``"db"`` or ``"resources"``) shipped with the program."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        # A frozen build has everything it needs in its own folder: never fall back on a
        # source tree or a Python installation that happens to lie around it.
        candidate = Path(frozen_root) / name
        if candidate.is_dir():
            return candidate
        raise FileNotFoundError(f"DuoDesk's {name!r} folder is missing from this build")
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "_data" / name, package_dir.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"DuoDesk's {name!r} folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a file under the shipped ``resources`` folder."""
    return shipped_dir("resources").joinpath(*parts)


def migrations_dir() -> Path:
    """Return the Alembic script folder (``db/``)."""
    return shipped_dir("db")


def _platformdirs():
    import platformdirs

    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def user_data_dir() -> Path:
    """The folder of the default database; ``DUODESK_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("DUODESK_HOME")
    if override:
        return Path(override) / "data"
    return Path(_platformdirs().user_data_dir)


def user_config_dir() -> Path:
    """The folder of the per-user preferences file."""
    override = os.environ.get("DUODESK_HOME")
    if override:
        return Path(override) / "config"
    return Path(_platformdirs().user_config_dir)


def user_log_dir() -> Path:
    """The folder of the crash log."""
    override = os.environ.get("DUODESK_HOME")
    if override:
        return Path(override) / "logs"
    return Path(_platformdirs().user_log_dir)


def default_database_path() -> Path:
    """The database used when no ``--db`` is given."""
    return user_data_dir() / DATABASE_FILE_NAME
