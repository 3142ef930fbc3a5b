"""Sentences for the core's typed errors, in the user's language (GUI and command line)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
        "first_name": QCoreApplication.translate("Errors", "First name"),
        "last_name": QCoreApplication.translate("Errors", "Last name"),
        "birth_date": QCoreApplication.translate("Errors", "Birth date"),
        "phone": QCoreApplication.translate("Errors", "Phone"),
        "postal_code": QCoreApplication.translate("Errors", "Postcode"),
        "municipality": QCoreApplication.translate("Errors", "Municipality"),
        "languages": QCoreApplication.translate("Errors", "Languages"),
        "interests": QCoreApplication.translate("Errors", "Interests"),
        "registered_on": QCoreApplication.translate("Errors", "Registration date"),
        "referral_date": QCoreApplication.translate("Errors", "Referral date"),
        "training_modules": QCoreApplication.translate("Errors", "Training modules"),
        "max_duos": QCoreApplication.translate("Errors", "Duos at the same time"),
        "antenna_id": QCoreApplication.translate("Errors", "Antenna"),
        "kind": QCoreApplication.translate("Errors", "Kind of partner"),
        "contact_name": QCoreApplication.translate("Errors", "Contact person"),
        "contact_email": QCoreApplication.translate("Errors", "Contact email"),
        "contact_phone": QCoreApplication.translate("Errors", "Contact phone"),
        "first_meeting_at": QCoreApplication.translate("Errors", "First meeting"),
        "agreement_language": QCoreApplication.translate("Errors", "Language of the agreement"),
        "decline_reason": QCoreApplication.translate("Errors", "Reason for declining"),
        "return_mentee_to_waiting": QCoreApplication.translate(
            "Errors", "Back on the waiting list"),
        "signed_on": QCoreApplication.translate("Errors", "Signing date"),
        "end_date": QCoreApplication.translate("Errors", "End date"),
        "end_reason": QCoreApplication.translate("Errors", "Reason for ending"),
        "outcome": QCoreApplication.translate("Errors", "Outcome"),
        "outcome_date": QCoreApplication.translate("Errors", "Outcome date"),
        "starts_at": QCoreApplication.translate("Errors", "Date and time"),
        "duration_min": QCoreApplication.translate("Errors", "Duration (minutes)"),
        "location": QCoreApplication.translate("Errors", "Place"),
        "topics": QCoreApplication.translate("Errors", "Topics"),
        "summary": QCoreApplication.translate("Errors", "Summary"),
        "respondent": QCoreApplication.translate("Errors", "Respondent"),
        "stage": QCoreApplication.translate("Errors", "Stage"),
        "answered_on": QCoreApplication.translate("Errors", "Date of the answers"),
        "comments": QCoreApplication.translate("Errors", "Comments"),
    }
    if name.startswith("weight_"):
        from duodesk.matching_texts import criterion_name

        return QCoreApplication.translate("Errors", "Weight of “{criterion}”").format(
            criterion=criterion_name(name.removeprefix("weight_")))
    if name in ("recurrence", "title", "duo_id", "meeting_kind", "invitation_list"):
        from duodesk.calendar_texts import calendar_field

        return calendar_field(name)
    return fields.get(name, name)


def _invalid(params: dict) -> str:
    if params.get("field") == "recurrence":
        from duodesk.calendar_texts import recurrence_problem

        return recurrence_problem(params)
    field = _field(str(params.get("field", "")))
    reason = params.get("reason")
    if reason == "not_a_date":  # a date field's text (duodesk/ui/date_field.py)
        return _not_a_date(field, str(params.get("typed", "")))
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
    elif reason == "out_of_range" and "min" in params:
        text = QCoreApplication.translate("Errors", "{field}: from {min} to {max}.")
    elif reason == "phone":
        text = QCoreApplication.translate(
            "Errors", "{field}: this is not a phone number we can read, like +32 470 12 34 56.")
    elif reason == "postal_code":
        text = QCoreApplication.translate("Errors", "{field}: this is not a Belgian postcode.")
    elif reason == "date_implausible":
        text = QCoreApplication.translate("Errors", "{field}: this date cannot be right.")
    elif reason == "date_in_future":
        text = QCoreApplication.translate("Errors", "{field}: this date is in the future.")
    elif reason == "age_mentee":
        text = QCoreApplication.translate(
            "Errors", "{field}: mentees are {min_age} to {max_age} years old at registration. "
            "Give the reason for an exception below.")
    elif reason == "age_mentor":
        text = QCoreApplication.translate(
            "Errors", "{field}: mentors are {min_age} or older at registration. Give the "
            "reason for an exception below.")
    elif reason == "unknown_code":
        text = QCoreApplication.translate("Errors", "{field}: choose a value from the list.")
    elif reason == "language_code":
        text = QCoreApplication.translate(
            "Errors", "{field}: a language is given by its code, like fr, nl or ar.")
    elif reason == "date_in_past":
        text = QCoreApplication.translate("Errors", "{field}: this moment has already passed.")
    elif reason == "before_acceptance":
        text = QCoreApplication.translate(
            "Errors", "{field}: the agreement is signed after both sides accepted the duo.")
    elif reason == "before_start":
        text = QCoreApplication.translate(
            "Errors", "{field}: this date is before the duo's start.")
    elif reason == "before_proposal":
        text = QCoreApplication.translate(
            "Errors", "{field}: this date is before the duo was proposed.")
    elif reason == "after_end":
        text = QCoreApplication.translate("Errors", "{field}: this date is after the duo ended.")
    elif reason == "not_for_finish":
        text = QCoreApplication.translate(
            "Errors", "{field}: a duo is closed when its six months are completed or the "
            "mentee found a job; for any other reason, stop it early.")
    elif reason == "not_for_stop":
        text = QCoreApplication.translate(
            "Errors", "{field}: a duo that completed its six months is closed, not stopped.")
    elif reason in ("not_for_respondent", "yes_or_no"):
        text = QCoreApplication.translate(
            "Errors", "{field}: this question is not on this form.")
    elif reason == "antenna_code":
        text = QCoreApplication.translate(
            "Errors", "{field}: an antenna code has 2 to 8 capital letters, like BXL.")
    elif reason == "all_zero":
        return QCoreApplication.translate(
            "Errors", "At least one matching criterion must count: give one a weight above 0.")
    else:
        text = QCoreApplication.translate("Errors", "{field}: this value is not accepted.")
    return text.format(field=field, limit=params.get("limit", ""),
                       minimum=params.get("minimum", ""), maximum=params.get("maximum", ""),
                       min=params.get("min", ""), max=params.get("max", ""),
                       min_age=params.get("min_age", ""), max_age=params.get("max_age", ""))


def _not_a_date(field: str, typed: str) -> str:
    if not typed:
        text = QCoreApplication.translate(
            "Errors", "Type a date as day/month/year, like 05/03/2026.")
    else:
        text = QCoreApplication.translate(
            "Errors", "{typed} is not a date. Type it as day/month/year, like 05/03/2026."
        ).format(typed=typed)
    if not field:
        return text
    return QCoreApplication.translate("Errors", "{field}: {problem}").format(
        field=field, problem=text)


def _status(params: dict, key: str) -> str:
    """The translated name of a status of an illegal change (its code when unknown)."""
    from duodesk.core.codes import DuoStatus, MenteeStatus, MentorStatus
    from duodesk.labels import label

    enum = {"mentee": MenteeStatus, "mentor": MentorStatus, "duo": DuoStatus}.get(
        str(params.get("role")))
    code = str(params.get(key, ""))
    try:
        return label(enum(code)) if enum else code
    except ValueError:
        return code


def _status_change(params: dict) -> str:
    reason = params.get("reason")
    if reason == "not_allowed":
        return QCoreApplication.translate(
            "Errors", "“{to_status}” cannot follow “{from_status}” on the programme's path."
        ).format(to_status=_status(params, "to_status"),
                 from_status=_status(params, "from_status"))
    if reason == "needs_date":
        return QCoreApplication.translate("Errors", "This status needs an end date.")
    if reason == "date_in_past":
        return QCoreApplication.translate("Errors", "The end date cannot be in the past.")
    if reason == "needs_reason":
        return QCoreApplication.translate("Errors", "This status needs a reason.")
    if reason == "same_status":
        return QCoreApplication.translate("Errors", "The file already has this status.")
    if reason == "live_duo":
        return QCoreApplication.translate(
            "Errors", "This person is in a duo that is still going on: decline, finish or "
                      "stop the duo in its window, and the status follows.")
    return QCoreApplication.translate("Errors", "This status is not known.")


def _person_status(params: dict) -> str:
    """The translated status of the person a proposal was refused for."""
    from duodesk.core.codes import MenteeStatus, MentorStatus
    from duodesk.labels import label

    code = str(params.get("status", ""))
    enum = MenteeStatus if params.get("reason") == "mentee_not_waiting" else MentorStatus
    try:
        return label(enum(code))
    except ValueError:
        return code


def _match_refused(params: dict) -> str:
    reason = params.get("reason")
    if reason == "mentee_not_waiting":
        return QCoreApplication.translate(
            "Errors", "Only a mentee on the waiting list can be matched; this one is “{status}”."
        ).format(status=_person_status(params))
    if reason == "mentor_paused":
        return QCoreApplication.translate(
            "Errors", "This mentor is on pause and cannot take a duo now.")
    if reason == "mentor_not_eligible":
        return QCoreApplication.translate(
            "Errors", "This mentor cannot take a duo: their status is “{status}”. A mentor "
            "must have finished the training and be available."
        ).format(status=_person_status(params))
    if reason == "mentor_full":
        return QCoreApplication.translate(
            "Errors", "This mentor already has as many duos as they take at the same time "
            "({max_duos}).").format(max_duos=params.get("max_duos", ""))
    if reason == "other_antenna":
        return QCoreApplication.translate(
            "Errors", "The mentee and the mentor belong to different antennas.")
    if reason == "already_a_duo":
        return QCoreApplication.translate(
            "Errors", "This mentee and this mentor were already proposed together once.")
    return QCoreApplication.translate(
        "Errors", "A duo is made of a mentee and a mentor: check who was chosen.")


def _iso_day(value: object, words: Callable[[date], str]) -> str:
    """A day the core gave as ISO text, in words; the text itself if it is no day."""
    try:
        return words(date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def _duo_step_refused(params: dict) -> str:
    reason = params.get("reason")
    if reason == "already_decided":
        return QCoreApplication.translate("Errors", "This answer was already recorded.")
    if reason == "before_first_meeting":
        return QCoreApplication.translate(
            "Errors", "A yes is recorded after the first meeting; it has not taken place yet.")
    if reason == "mentee_not_matched":
        return QCoreApplication.translate(
            "Errors", "The mentee's status changed since the duo was accepted: check their "
            "file before signing.")
    if reason == "mentor_not_available":
        return QCoreApplication.translate(
            "Errors", "The mentor is no longer available (on pause or left): the agreement "
            "cannot be signed.")
    if reason == "meeting_not_planned":
        return QCoreApplication.translate(
            "Errors", "Only a planned meeting can be marked as done or cancelled.")
    if reason == "not_a_follow_up":
        return QCoreApplication.translate("Errors", "This meeting is not a follow-up.")
    if reason == "not_a_duo_meeting":
        return QCoreApplication.translate("Errors", "This meeting is not a meeting of the duo.")
    if reason == "no_followup_consent":
        return QCoreApplication.translate(
            "Errors", "The mentee did not agree to be contacted for the follow-up: record "
            "their consent first, or record them as unreachable.")
    if reason == "outcome_required":
        return QCoreApplication.translate(
            "Errors", "The check at 12 months is done by recording the mentee's situation, "
            "with “Outcome at 12 months…” in the duo's window.")
    if reason == "before_six_months":
        from duodesk.ui.formats import long_date_text

        return QCoreApplication.translate(
            "Errors", "The six months are not completed yet: the duo can be closed as "
            "“Six months completed” from {day} (two weeks before its planned end). To end "
            "it sooner, stop it early with the reason that applies, or close it with "
            "“Mentee found a job”.").format(day=_iso_day(params.get("possible_from"),
                                                          long_date_text))
    if params.get("step") == "outcome" and params.get("status") == "active":
        return QCoreApplication.translate(
            "Errors", "The outcome at 12 months is recorded once the duo has ended: close "
            "it, or stop it early, first.")
    from duodesk.core.codes import DuoStatus
    from duodesk.labels import label

    try:
        status = label(DuoStatus(str(params.get("status"))))
    except ValueError:
        status = str(params.get("status", ""))
    return QCoreApplication.translate(
        "Errors", "This cannot be done for a duo that is “{status}”.").format(status=status)


def describe(error: DuoDeskError) -> str:
    """One or two sentences telling the user what happened and what to do."""
    params = error.params
    path = params.get("path", "")
    code = error.code
    if code in ("not_found", "invalid_value"):
        # Consents and the access request: the sentences live with their other texts.
        from duodesk.privacy_texts import describe_privacy_error, is_privacy_error

        if is_privacy_error(error):
            return describe_privacy_error(error)
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
    if code == "database_write_failed":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} could not be written: the disk may be full or failing, or "
            "the drive disconnected. Nothing of this action was saved: free some space or "
            "check the disk, then try again.",
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
    if code == "backup_failed" and params.get("detail") == "folder":
        return QCoreApplication.translate(
            "Errors",
            "The backup folder {path} cannot be used: it could not be created or written to. "
            "Choose another folder under Settings.",
        ).format(path=path)
    if code == "backup_failed":
        return QCoreApplication.translate(
            "Errors",
            "The backup {path} could not be made or did not pass its check.",
        ).format(path=path)
    if code == "backup_not_found":
        return QCoreApplication.translate(
            "Errors", "The backup {path} does not exist.").format(path=path)
    if code.startswith("exchange_"):
        # The exchange workbook: the sentences live with its other texts.
        from duodesk.exchange_texts import describe_exchange_error

        return describe_exchange_error(error)
    if code in ("import_file_unreadable", "no_header_row", "sheet_not_found"):
        # Reading a partner file: the sentences live with the import's other texts.
        from duodesk.import_texts import describe_import_error

        return describe_import_error(error)
    if code in ("calendar_refused", "calendar_not_written", "unknown_coordinator"):
        # The calendar: the sentences live with its other texts.
        from duodesk.calendar_texts import describe_calendar_error

        return describe_calendar_error(error)
    if code == "document_not_written" or (
            code == "invalid_value" and params.get("reason") == "unknown_language"):
        # The printed documents: the sentences live with their other texts.
        from duodesk.document_texts import describe_document_error

        return describe_document_error(error)
    if code in ("encryption_unavailable", "wrong_passphrase", "passphrase_refused"):
        # The database's encryption: the sentences live with its other texts.
        from duodesk.encryption_texts import describe_encryption_error

        return describe_encryption_error(error)
    if code == "demo_not_empty":
        return QCoreApplication.translate(
            "Errors",
            "The database {path} already holds {persons} people: demo data go only into a new, "
            "empty database. Nothing was added.",
        ).format(path=path, persons=params.get("persons", ""))
    if code == "rejected_file_not_written":
        return QCoreApplication.translate(
            "Errors",
            "The workbook of the rejected rows could not be written to {path}, so nothing was "
            "imported. Choose another folder or close the file if it is open, then try again.",
        ).format(path=path)
    if code == "table_export_not_written" and params.get("detail") == "too_many_rows":
        return QCoreApplication.translate(
            "Errors",
            "The list is longer than an Excel sheet holds (1,048,576 rows); filter it first. "
            "Nothing was written.")
    if code == "table_export_not_written":
        return QCoreApplication.translate(
            "Errors",
            "The list could not be written to {path} ({detail}). Choose another folder or "
            "close the file if it is open in Excel, then try again.",
        ).format(path=path, detail=params.get("detail", ""))
    if code == "import_already_undone":
        return QCoreApplication.translate(
            "Errors", "The import of {file_name} was already undone.").format(
            file_name=params.get("file_name", ""))
    if code == "file_already_imported":
        return QCoreApplication.translate(
            "Errors",
            "The file {file_name} was already imported on {date}; nothing was imported. To "
            "import it once more anyway, add --again.",
        ).format(file_name=params.get("file_name", ""), date=params.get("imported_on", ""))
    if code == "unknown_partner":
        return QCoreApplication.translate(
            "Errors",
            "There is no partner named “{name}”. Known partners: {known}. Check the name, or "
            "create the partner (--create-partner).",
        ).format(name=params.get("name", ""), known=params.get("known") or "—")
    if code == "invalid_value":
        return _invalid(params)
    if code == "report_refused":
        from duodesk.report_texts import report_problem

        return report_problem(params)
    if code == "illegal_status_change":
        return _status_change(params)
    if code == "match_refused":
        return _match_refused(params)
    if code == "duo_step_refused":
        return _duo_step_refused(params)
    if code == "not_found" and params.get("id") and params.get("record_type") == "mentee":
        return QCoreApplication.translate("Errors", "No mentee has the id {id}.").format(
            id=params["id"])
    if code == "not_found" and params.get("id") and params.get("record_type") == "duo":
        return QCoreApplication.translate("Errors", "No duo has the id {id}.").format(
            id=params["id"])
    if code == "not_found" and params.get("id") and params.get("record_type") == "mentor":
        return QCoreApplication.translate("Errors", "No mentor has the id {id}.").format(
            id=params["id"])
    if code == "mentee_not_waiting":
        from duodesk import labels
        from duodesk.core.codes import MenteeStatus

        status = str(params.get("status", ""))
        shown = labels.label(MenteeStatus(status)) if status in set(MenteeStatus) else status
        return QCoreApplication.translate(
            "Errors", "Mentors are suggested only for a mentee who is waiting for one (this "
            "mentee: {status}).").format(status=shown)
    if code == "not_found":
        return QCoreApplication.translate(
            "Errors", "This record no longer exists; it may have been deleted meanwhile.")
    if code == "cancelled":
        return QCoreApplication.translate("Errors", "Cancelled. Nothing was changed.")
    return QCoreApplication.translate("Errors", "Something went wrong ({code}).").format(
        code=code)
