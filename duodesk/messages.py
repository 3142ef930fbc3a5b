"""Sentences for the core's typed errors, in the user's language (GUI and command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duodesk.core.errors import DuoDeskError


def _location_kind(kind: str) -> str:
    if kind == "network":
        return QCoreApplication.translate("Errors", "a network share")
    if kind == "removable":
        return QCoreApplication.translate("Errors", "a removable drive")
    return QCoreApplication.translate("Errors", "a cloud-sync folder")


def _field(name: str) -> str:
    fields = {
        "name": QCoreApplication.translate("Errors", "Name"),
        "code": QCoreApplication.translate("Errors", "Code"),
        "email": QCoreApplication.translate("Errors", "Email"),
        "mentees": QCoreApplication.translate("Errors", "Number of mentees"),
    }
    return fields.get(name, name)


def _invalid(params: dict) -> str:
    field = _field(str(params.get("field", "")))
    reason = params.get("reason")
    if reason == "required":
        text = QCoreApplication.translate("Errors", "{field}: this field is required.")
    elif reason == "email":
        text = QCoreApplication.translate("Errors", "{field}: this is not a valid email address.")
    elif reason == "duplicate":
        text = QCoreApplication.translate("Errors", "{field}: this value is already used.")
    elif reason == "too_long":
        text = QCoreApplication.translate("Errors", "{field}: at most {limit} characters.")
    elif reason == "out_of_range":
        text = QCoreApplication.translate("Errors", "{field}: from {minimum} to {maximum}.")
    elif reason == "antenna_code":
        text = QCoreApplication.translate(
            "Errors", "{field}: an antenna code has 2 to 8 capital letters, like BXL.")
    else:
        text = QCoreApplication.translate("Errors", "{field}: this value is not accepted.")
    return text.format(field=field, limit=params.get("limit", ""),
                       minimum=params.get("minimum", ""), maximum=params.get("maximum", ""))


def describe(error: DuoDeskError) -> str:
    """One or two sentences telling the user what happened and what to do."""
    params = error.params
    path = params.get("path", "")
    code = error.code
    if code == "database_location_refused":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} is on {place}. DuoDesk keeps its database on this "
            "computer's own disk, where it cannot be damaged by a lost connection or a sync: "
            "choose a folder on the local disk. Exports and backups may go anywhere.",
        ).format(path=path, place=_location_kind(str(params.get("kind"))))
    if code == "database_in_use":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} is already open in another DuoDesk window. Use that "
            "window, or close it first.",
        ).format(path=path)
    if code == "database_not_found":
        return QCoreApplication.translate(
            "Errors", "There is no database at {path}. Check the path.").format(path=path)
    if code == "database_too_new":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} was saved by a newer version of DuoDesk. Install the newer "
            "version to open it; nothing was changed.",
        ).format(path=path)
    if code == "database_damaged":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} is damaged or is not a DuoDesk database. You can restore "
            "a backup.",
        ).format(path=path)
    if code == "database_read_only":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} cannot be written: the file or its folder is read-only. "
            "Check its permissions or choose another folder; nothing was changed.",
        ).format(path=path)
    if code == "disk_full":
        return QCoreApplication.translate(
            "Errors",
            "The disk is full ({path}). Nothing was saved: free some space and try again.",
        ).format(path=path)
    if code == "database_busy":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} is busy with another program. Try again in a moment.",
        ).format(path=path)
    if code == "migration_failed" and params.get("detail") == "needs_update":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} was saved by an older version of DuoDesk and must be "
            "brought up to date first: open it in DuoDesk. Nothing was changed.",
        ).format(path=path)
    if code == "migration_failed":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} could not be brought up to date. It was left as it was, "
            "and a backup was made before trying.",
        ).format(path=path)
    if code == "backup_failed":
        return QCoreApplication.translate(
            "Errors",
            "The backup {path} could not be made or did not pass its check.",
        ).format(path=path)
    if code == "backup_not_found":
        return QCoreApplication.translate(
            "Errors", "The backup {path} does not exist.").format(path=path)
    if code == "demo_not_empty":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} already holds {persons} people: demo data go only into a new, "
            "empty database. Nothing was added.",
        ).format(path=path, persons=params.get("persons", ""))
    if code == "invalid_value":
        return _invalid(params)
    if code == "not_found":
        return QCoreApplication.translate(
            "Errors", "This record no longer exists; it may have been deleted meanwhile.")
    if code == "cancelled":
        return QCoreApplication.translate("Errors", "Cancelled. Nothing was changed.")
    return QCoreApplication.translate("Errors", "Something went wrong ({code}).").format(
        code=code)
