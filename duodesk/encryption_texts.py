"""The words of the database's encryption for the window and the command line (issue 9):
sentences for its errors and the passphrase's rules. The core gives codes; this module
(QtCore only) turns them into text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duodesk.core.errors import DuoDeskError

CODES = ("encryption_unavailable", "wrong_passphrase", "passphrase_refused")


def passphrase_rule(minimum: int) -> str:
    """What a new passphrase must be, said before it is typed."""
    return QCoreApplication.translate(
        "EncryptionTexts",
        "At least {minimum} characters. A short sentence is easy to remember and hard to guess.",
    ).format(minimum=minimum)


def lost_passphrase_warning() -> str:
    """Said before encrypting (SPEC §10): there is no way back without the passphrase."""
    return QCoreApplication.translate(
        "EncryptionTexts",
        "Nobody can open an encrypted database without its passphrase: not you, not "
        "a colleague, not the DuoDesk team. If the passphrase is lost, the data and "
        "its backups are lost for good. Write it down and keep it somewhere safe, "
        "away from this computer.",
    )


def describe_encryption_error(error: DuoDeskError) -> str:
    """One or two sentences for an error of :data:`CODES`."""
    params = error.params
    if error.code == "encryption_unavailable":
        return QCoreApplication.translate(
            "EncryptionTexts",
            "Encryption is not available on this computer: the SQLCipher component "
            "is not installed.",
        )
    if error.code == "wrong_passphrase" and params.get("detail") == "needed":
        return QCoreApplication.translate(
            "EncryptionTexts",
            "The database {path} is encrypted: run the command in a terminal to type "
            "its passphrase, or give it on standard input with --passphrase-stdin.",
        ).format(path=params.get("path", ""))
    if error.code == "wrong_passphrase":
        return QCoreApplication.translate(
            "EncryptionTexts",
            "This passphrase does not open {path}. Check it (capital letters, "
            "accents) and try again. If the file was never encrypted, it is damaged: "
            "restore a backup.",
        ).format(path=params.get("path", ""))
    reason = params.get("reason")
    if reason == "different":
        return QCoreApplication.translate(
            "EncryptionTexts",
            "The two passphrases are not the same. Type the same passphrase twice.",
        )
    if reason == "blank":
        return QCoreApplication.translate("EncryptionTexts", "Type a passphrase.")
    return QCoreApplication.translate(
        "EncryptionTexts", "This passphrase is too short: use at least {minimum} characters."
    ).format(minimum=params.get("minimum", ""))
