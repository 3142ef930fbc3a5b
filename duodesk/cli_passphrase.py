"""The passphrase of an encrypted database on the command line (docs/encryption.md).

Decided for safety: the passphrase is typed on the terminal (``getpass``: not echoed, not in
the shell's history) or, for a script, read from the first line of standard input with
``--passphrase-stdin`` (e.g. from a password manager's command). It is never taken from an
environment variable or an argument: those are seen by other programs of the same user
(``/proc/<pid>/environ``, the process list) and end up in scripts and shell histories.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

# Qt and the storage layer are imported where used: --help must load neither.


def add_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
        help="read the passphrase of an encrypted database from the first line of standard "
             "input instead of asking it on the terminal")


def _on_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _ask(path: Path, from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not _on_terminal():
        return None
    from PySide6.QtCore import QCoreApplication

    prompt = QCoreApplication.translate("CliPassphrase", "Passphrase of {file}: ").format(
        file=path.name)
    return getpass.getpass(prompt)


def unlock(paths: list[Path], from_stdin: bool = False) -> dict[Path, str]:
    """Ask the passphrase of each encrypted file of ``paths`` that the passphrase already
    given does not open; remember the first (the database's) for this process. Returns the
    passphrase of each encrypted file. Raises :class:`WrongPassphrase` for a wrong one, or
    for one that cannot be asked (no terminal, no ``--passphrase-stdin``) when the file is
    known to be encrypted."""
    from duodesk.core.errors import WrongPassphrase
    from duodesk.core.preferences import load_preferences
    from duodesk.core.storage import cipher

    keys: dict[Path, str] = {}
    if not cipher.available():
        return keys
    known = set(load_preferences().encrypted_databases or [])
    for path in paths:
        if not cipher.looks_encrypted(path):
            continue
        remembered = cipher.remembered()
        if remembered is not None and cipher.key_opens(path, remembered):
            keys[path] = remembered
            continue
        typed = _ask(path, from_stdin)
        if typed is None:
            if str(path) in known:
                raise WrongPassphrase(path=str(path), detail="needed")
            continue  # perhaps only damaged: the command says so
        cipher.check_key(path, typed)
        keys[path] = typed
        if remembered is None:
            cipher.remember(typed)
    return keys
