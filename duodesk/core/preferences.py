"""Per-user preferences kept outside the database: interface language, backup folder and
the last database opened. Stored as a small JSON file written atomically.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from duodesk.paths import user_config_dir

LANGUAGES = ("en", "fr", "nl")


@dataclass
class Preferences:
    """What one user chose on this computer."""

    language: str | None = None  # None: follow the system language
    backup_folder: str | None = None  # None: a "backups" folder beside the database
    window_geometry: str | None = None  # base64 of Qt's saveGeometry()
    table_columns: dict[str, list[str]] | None = None  # visible columns per table
    # Minutes without a key or a click before an encrypted database's window locks; 0: never.
    lock_after_minutes: int = 10
    # Databases encrypted on this computer (their paths; never a passphrase): asked for at
    # start rather than taken for damaged files.
    encrypted_databases: list[str] | None = None


def preferences_file() -> Path:
    return user_config_dir() / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; defaults when the file is missing or unreadable."""
    path = path or preferences_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    prefs = Preferences(**{k: v for k, v in data.items() if k in known})
    if prefs.language not in LANGUAGES:
        prefs.language = None
    return prefs


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    path = path or preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(asdict(prefs), indent=2), encoding="utf-8")
    os.replace(temporary, path)
