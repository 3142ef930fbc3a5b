"""The audit log's words for the field codes of an entry (SPEC §3 Audit entry): "first_name"
shown as "Prénom", "created=3" as "Créés : 3". The codes are those of
:data:`duodesk.core.privacy.audit_fields.FIELD_CODES`; a test checks that each has a label
here and a French and Dutch translation. A list exported from a window names its columns as
they were shown: words, kept as they are."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk.core.privacy.audit_fields import WORDS_NOT_CODES, WORKBOOK, split

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

CONTEXT = "AuditField"

# Several kinds of record share a code ("status" of a person, a duo, a meeting): the label
# is chosen to fit each of them.
LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("AuditField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("AuditField", "Last name"),
    "gender": QT_TRANSLATE_NOOP("AuditField", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("AuditField", "Birth date"),
    "email": QT_TRANSLATE_NOOP("AuditField", "Email"),
    "phone": QT_TRANSLATE_NOOP("AuditField", "Phone"),
    "postal_code": QT_TRANSLATE_NOOP("AuditField", "Postcode"),
    "municipality": QT_TRANSLATE_NOOP("AuditField", "Municipality"),
    "languages": QT_TRANSLATE_NOOP("AuditField", "Languages"),
    "sectors": QT_TRANSLATE_NOOP("AuditField", "Sectors"),
    "interests": QT_TRANSLATE_NOOP("AuditField", "Interests"),
    "barriers": QT_TRANSLATE_NOOP("AuditField", "Barriers"),
    "training_modules": QT_TRANSLATE_NOOP("AuditField", "Training modules"),
    "antenna_id": QT_TRANSLATE_NOOP("AuditField", "Antenna"),
    "coordinator_id": QT_TRANSLATE_NOOP("AuditField", "Coordinator"),
    "registered_on": QT_TRANSLATE_NOOP("AuditField", "Registered on"),
    "availability": QT_TRANSLATE_NOOP("AuditField", "Availability"),
    "age_override_reason": QT_TRANSLATE_NOOP("AuditField", "Reason for the age exception"),
    "education_level": QT_TRANSLATE_NOOP("AuditField", "Education level"),
    "diploma_recognised": QT_TRANSLATE_NOOP("AuditField", "Diploma recognised"),
    "driving_licence": QT_TRANSLATE_NOOP("AuditField", "Driving licence"),
    "digital_skills": QT_TRANSLATE_NOOP("AuditField", "Digital skills"),
    "jobseeker_service": QT_TRANSLATE_NOOP("AuditField", "Jobseeker registration"),
    "working_status": QT_TRANSLATE_NOOP("AuditField", "Working status"),
    "professional_project": QT_TRANSLATE_NOOP("AuditField", "Professional project"),
    "preferred_mentor_gender": QT_TRANSLATE_NOOP("AuditField", "Preferred mentor gender"),
    "referral_date": QT_TRANSLATE_NOOP("AuditField", "Referral date"),
    "referral_partner_id": QT_TRANSLATE_NOOP("AuditField", "Referring partner"),
    "referrer_contact": QT_TRANSLATE_NOOP("AuditField", "Referrer"),
    "target_group_met": QT_TRANSLATE_NOOP("AuditField", "Target group met"),
    "last_job": QT_TRANSLATE_NOOP("AuditField", "Last job"),
    "employer": QT_TRANSLATE_NOOP("AuditField", "Employer"),
    "company_partner_id": QT_TRANSLATE_NOOP("AuditField", "Partner company"),
    "max_duos": QT_TRANSLATE_NOOP("AuditField", "Maximum duos"),
    "status": QT_TRANSLATE_NOOP("AuditField", "Status"),
    "paused_until": QT_TRANSLATE_NOOP("AuditField", "Paused until"),
    "journal": QT_TRANSLATE_NOOP("AuditField", "Journal"),
    "sort_key": QT_TRANSLATE_NOOP("AuditField", "Sort name"),
    "age_band": QT_TRANSLATE_NOOP("AuditField", "Age band"),
    "anonymised_at": QT_TRANSLATE_NOOP("AuditField", "Anonymised on"),
    "consents": QT_TRANSLATE_NOOP("AuditField", "Consents"),
    "person": QT_TRANSLATE_NOOP("AuditField", "Whole file"),
    "access_request": QT_TRANSLATE_NOOP("AuditField", "Access request (PDF and JSON)"),
    "person_sheet": QT_TRANSLATE_NOOP("AuditField", "Person sheet"),
    "mentee_id": QT_TRANSLATE_NOOP("AuditField", "Mentee"),
    "mentor_id": QT_TRANSLATE_NOOP("AuditField", "Mentor"),
    "agreement_language": QT_TRANSLATE_NOOP("AuditField", "Agreement language"),
    "decision_deadline": QT_TRANSLATE_NOOP("AuditField", "Decision deadline"),
    "first_meeting_at": QT_TRANSLATE_NOOP("AuditField", "First meeting"),
    "mentee_accepted": QT_TRANSLATE_NOOP("AuditField", "Mentee's answer"),
    "mentor_accepted": QT_TRANSLATE_NOOP("AuditField", "Mentor's answer"),
    "accepted_on": QT_TRANSLATE_NOOP("AuditField", "Accepted on"),
    "decline_reason": QT_TRANSLATE_NOOP("AuditField", "Reason for declining"),
    "start_date": QT_TRANSLATE_NOOP("AuditField", "Start date"),
    "planned_end": QT_TRANSLATE_NOOP("AuditField", "Planned end"),
    "end_date": QT_TRANSLATE_NOOP("AuditField", "End date"),
    "end_reason": QT_TRANSLATE_NOOP("AuditField", "Reason for ending"),
    "outcome": QT_TRANSLATE_NOOP("AuditField", "Outcome"),
    "outcome_date": QT_TRANSLATE_NOOP("AuditField", "Outcome date"),
    "agreement": QT_TRANSLATE_NOOP("AuditField", "Mentoring agreement"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "starts_at": QT_TRANSLATE_NOOP("AuditField", "Start"),
    "duration_min": QT_TRANSLATE_NOOP("AuditField", "Duration"),
    "location": QT_TRANSLATE_NOOP("AuditField", "Place"),
    "title": QT_TRANSLATE_NOOP("AuditField", "Title"),
    "summary": QT_TRANSLATE_NOOP("AuditField", "Summary"),
    "topics": QT_TRANSLATE_NOOP("AuditField", "Topics"),
    "attendees": QT_TRANSLATE_NOOP("AuditField", "Participants"),
    "attended": QT_TRANSLATE_NOOP("AuditField", "Attendance"),
    "sign_in_sheet": QT_TRANSLATE_NOOP("AuditField", "Sign-in sheet"),
    "ics": QT_TRANSLATE_NOOP("AuditField", "Calendar file (.ics)"),
    "answered_on": QT_TRANSLATE_NOOP("AuditField", "Answered on"),
    "comments": QT_TRANSLATE_NOOP("AuditField", "Comments"),
    "professional_project_defined": QT_TRANSLATE_NOOP("AuditField", "Professional project defined"),
    "more_confident": QT_TRANSLATE_NOOP("AuditField", "More self-confident"),
    "network_expanded": QT_TRANSLATE_NOOP("AuditField", "Network expanded"),
    "coaching_skills_improved": QT_TRANSLATE_NOOP("AuditField", "Coaching skills improved"),
    "feels_useful": QT_TRANSLATE_NOOP("AuditField", "Feels useful"),
    "added_value": QT_TRANSLATE_NOOP("AuditField", "Added value"),
    "purpose": QT_TRANSLATE_NOOP("AuditField", "Purpose"),
    "given_on": QT_TRANSLATE_NOOP("AuditField", "Given on"),
    "text_version": QT_TRANSLATE_NOOP("AuditField", "Text version"),
    "collected_by_id": QT_TRANSLATE_NOOP("AuditField", "Collected by"),
    "withdrawn_on": QT_TRANSLATE_NOOP("AuditField", "Withdrawn on"),
    "code": QT_TRANSLATE_NOOP("AuditField", "Code"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "antenna": QT_TRANSLATE_NOOP("AuditField", "Antenna"),
    "active": QT_TRANSLATE_NOOP("AuditField", "Active"),
    "contact_name": QT_TRANSLATE_NOOP("AuditField", "Contact person"),
    "contact_email": QT_TRANSLATE_NOOP("AuditField", "Contact email"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditField", "Contact phone"),
    "import_mapping": QT_TRANSLATE_NOOP("AuditField", "Import columns"),
    "home_antenna_id": QT_TRANSLATE_NOOP("AuditField", "This database's antenna"),
    "current_coordinator_id": QT_TRANSLATE_NOOP("AuditField", "Who I am"),
    "consent_settings": QT_TRANSLATE_NOOP("AuditField", "Consent settings"),
    "retention_months": QT_TRANSLATE_NOOP("AuditField", "Retention periods"),
    "duplicate_name_threshold": QT_TRANSLATE_NOOP("AuditField", "Likeness of names for duplicates"),
    "created": QT_TRANSLATE_NOOP("AuditField", "Created"),
    "updated": QT_TRANSLATE_NOOP("AuditField", "Updated"),
    "conflicts": QT_TRANSLATE_NOOP("AuditField", "Conflicts"),
    "file_name": QT_TRANSLATE_NOOP("AuditField", "File name"),
    "sha256": QT_TRANSLATE_NOOP("AuditField", "File fingerprint"),
    "partner_id": QT_TRANSLATE_NOOP("AuditField", "Partner"),
    "counts": QT_TRANSLATE_NOOP("AuditField", "Counts"),
    "undone_at": QT_TRANSLATE_NOOP("AuditField", "Undone on"),
    "rejected_rows": QT_TRANSLATE_NOOP("AuditField", "Rejected rows"),
    "pdf": QT_TRANSLATE_NOOP("AuditField", "PDF document"),
    "xlsx": QT_TRANSLATE_NOOP("AuditField", "Excel workbook"),
}


def field_label(code: str) -> str:
    """The words for one field code in the chosen language; an unknown code as stored (a
    newer program's entry read by an older one)."""
    source = LABELS.get(code)
    return translate(CONTEXT, source) if source is not None else code


def field_text(item: str) -> str:
    """One field of an entry: its label, with its value for a count ("Créés : 3")."""
    code, value = split(item)
    if value is None:
        return field_label(code)
    return translate("AuditField", "{field}: {value}").format(field=field_label(code),
                                                             value=value)


def fields_text(record_type: str, fields: tuple[str, ...]) -> str:
    """The fields of an entry, in words, in the order stored."""
    if record_type in WORDS_NOT_CODES:
        return ", ".join(fields)
    if record_type == WORKBOOK:  # the sheets by their names in the workbook ("Meetings 2")
        sheet = translate("AuditField", "Sheet {name}")
        return ", ".join(sheet.format(name=name) for name in fields)
    return ", ".join(field_text(item) for item in fields)
