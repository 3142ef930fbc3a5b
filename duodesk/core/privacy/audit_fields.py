"""Every field code the program writes into the audit trail (SPEC §3 Audit entry, §9).

An audit entry names fields, never values: ``first_name``, ``agreement``, or a count given as
``created=3``. The audit log shows each code by a label in the user's language
(:mod:`duodesk.ui.privacy.field_labels`); this registry is the list those labels must cover.
:func:`duodesk.core.services.audit.record` warns with :class:`UnknownAuditField` about a code
missing here, and the tests turn that warning into an error, so that a new code cannot reach
the screen untranslated. An export of a list from a window names the columns as they were
shown (words already), not codes: those entries are not checked.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

# Record types whose fields are the column headers of a list as exported: words, not codes.
WORDS_NOT_CODES = frozenset({"table"})

# The fields of a mentee's or mentor's file (the forms' fields, then what the program
# itself changes: status, pause, journal, anonymisation, exports of the file).
PERSON_FIELDS = frozenset({
    "first_name", "last_name", "gender", "birth_date", "email", "phone", "postal_code",
    "municipality", "languages", "sectors", "interests", "barriers", "training_modules",
    "antenna_id", "coordinator_id", "registered_on", "availability", "age_override_reason",
    "education_level", "diploma_recognised", "driving_licence", "digital_skills",
    "jobseeker_service", "working_status", "professional_project", "preferred_mentor_gender",
    "referral_date", "referral_partner_id", "referrer_contact", "target_group_met",
    "last_job", "employer", "company_partner_id", "max_duos",
    "status", "paused_until", "journal",
    # anonymisation and erasure
    "sort_key", "age_band", "anonymised_at", "consents", "person",
    # documents written about a person
    "access_request", "person_sheet",
})

DUO_FIELDS = frozenset({
    "mentee_id", "mentor_id", "coordinator_id", "agreement_language", "decision_deadline",
    "first_meeting_at", "mentee_accepted", "mentor_accepted", "accepted_on",
    "decline_reason", "status", "start_date", "planned_end", "end_date", "end_reason",
    "outcome", "outcome_date", "agreement",
})

MEETING_FIELDS = frozenset({
    "kind", "starts_at", "duration_min", "location", "coordinator_id", "title", "summary",
    "topics", "attendees", "attended", "status", "sign_in_sheet", "ics",
})

EVALUATION_FIELDS = frozenset({
    "answered_on", "comments",
    "professional_project_defined", "more_confident", "network_expanded",
    "coaching_skills_improved", "feels_useful", "added_value",
})

CONSENT_FIELDS = frozenset({
    "purpose", "given_on", "text_version", "collected_by_id", "withdrawn_on",
})

ORGANISATION_FIELDS = frozenset({
    # antennas, coordinators, partners
    "code", "name", "email", "antenna", "antenna_id", "active",
    "kind", "contact_name", "contact_email", "contact_phone", "import_mapping",
    # settings
    "home_antenna_id", "current_coordinator_id", "consent_settings", "retention_months",
    "duplicate_name_threshold",
})

# What an exchange workbook read changed, as counts ("created=3").
EXCHANGE_FIELDS = frozenset({"created", "updated", "conflicts"})

# An exchange workbook written names its sheets, a full one going on in "Meetings 2".
WORKBOOK = "exchange_workbook"
SHEETS = frozenset({"Mentees", "Mentors", "Duos", "Meetings", "Attendance", "Evaluations"})
_CONTINUED = re.compile(r" [0-9]+$")

IMPORT_FIELDS = frozenset({
    "file_name", "sha256", "partner_id", "counts", "undone_at", "rejected_rows",
})

REPORT_FIELDS = frozenset({"pdf", "xlsx"})  # the impact report, by the kind of file

FIELD_CODES = (PERSON_FIELDS | DUO_FIELDS | MEETING_FIELDS | EVALUATION_FIELDS
               | CONSENT_FIELDS | ORGANISATION_FIELDS | EXCHANGE_FIELDS | IMPORT_FIELDS
               | REPORT_FIELDS)


class UnknownAuditField(UserWarning):
    """An audit entry names a field code that has no place in :data:`FIELD_CODES` (and so
    no label in the audit log)."""


def split(item: str) -> tuple[str, str | None]:
    """A field as stored, as its code and its value: ``"created=3"`` → ``("created", "3")``,
    ``"first_name"`` → ``("first_name", None)``."""
    code, sign, value = item.partition("=")
    return (code, value) if sign else (item, None)


def unknown(record_type: str, fields: Iterable[str]) -> list[str]:
    """The codes among ``fields`` that are not in the registry (none for a list's columns)."""
    if record_type in WORDS_NOT_CODES:
        return []
    if record_type == WORKBOOK:
        return [name for name in fields if _CONTINUED.sub("", name) not in SHEETS]
    return [code for code, _value in map(split, fields) if code not in FIELD_CODES]


def check(record_type: str, fields: Iterable[str]) -> None:
    """Warn about codes missing from the registry; the entry is written all the same (the
    audit trail must never lose an entry for a missing label)."""
    missing = unknown(record_type, fields)
    if missing:
        # Codes only, never a value: nothing personal reaches the warning.
        warnings.warn(UnknownAuditField(f"audit field codes without a label: {missing}"),
                      stacklevel=3)
