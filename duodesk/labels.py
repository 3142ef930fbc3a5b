"""Translated labels of the core's codes (statuses, sectors, outcomes…).

The core stores and returns codes; screens, documents and the command line show
:func:`label`. The English texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate
collects them; the translation happens when :func:`label` is called, in the language then
installed.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk.core import codes
from duodesk.core.duo_status import Side, Step
from duodesk.core.services.duo_data import TimelineCode, TodayKind

_TEXTS: dict[type[StrEnum], tuple[str, dict[str, str]]] = {
    codes.Gender: ("Gender", {
        "F": QT_TRANSLATE_NOOP("Gender", "Female"),
        "M": QT_TRANSLATE_NOOP("Gender", "Male"),
        "X": QT_TRANSLATE_NOOP("Gender", "Other / not said"),
    }),
    codes.LanguageLevel: ("LanguageLevel", {
        "basic": QT_TRANSLATE_NOOP("LanguageLevel", "Basic"),
        "good": QT_TRANSLATE_NOOP("LanguageLevel", "Good"),
        "fluent": QT_TRANSLATE_NOOP("LanguageLevel", "Fluent"),
        "native": QT_TRANSLATE_NOOP("LanguageLevel", "Native"),
    }),
    codes.Sector: ("Sector", {
        "admin": QT_TRANSLATE_NOOP("Sector", "Administration"),
        "accounting_finance": QT_TRANSLATE_NOOP("Sector", "Accounting and finance"),
        "commerce_sales": QT_TRANSLATE_NOOP("Sector", "Commerce and sales"),
        "construction": QT_TRANSLATE_NOOP("Sector", "Construction"),
        "care_health": QT_TRANSLATE_NOOP("Sector", "Care and health"),
        "education": QT_TRANSLATE_NOOP("Sector", "Education"),
        "hospitality": QT_TRANSLATE_NOOP("Sector", "Hotels and catering"),
        "it": QT_TRANSLATE_NOOP("Sector", "IT"),
        "logistics": QT_TRANSLATE_NOOP("Sector", "Logistics and transport"),
        "industry": QT_TRANSLATE_NOOP("Sector", "Industry"),
        "cleaning": QT_TRANSLATE_NOOP("Sector", "Cleaning"),
        "culture_media": QT_TRANSLATE_NOOP("Sector", "Culture and media"),
        "legal": QT_TRANSLATE_NOOP("Sector", "Legal"),
        "marketing_communication": QT_TRANSLATE_NOOP("Sector", "Marketing and communication"),
        "social_work": QT_TRANSLATE_NOOP("Sector", "Social work"),
        "engineering": QT_TRANSLATE_NOOP("Sector", "Engineering"),
        "other": QT_TRANSLATE_NOOP("Sector", "Other"),
    }),
    codes.EducationLevel: ("EducationLevel", {
        "none": QT_TRANSLATE_NOOP("EducationLevel", "No diploma"),
        "primary": QT_TRANSLATE_NOOP("EducationLevel", "Primary school"),
        "lower_secondary": QT_TRANSLATE_NOOP("EducationLevel", "Lower secondary"),
        "upper_secondary": QT_TRANSLATE_NOOP("EducationLevel", "Upper secondary"),
        "higher_short": QT_TRANSLATE_NOOP("EducationLevel", "Bachelor"),
        "higher_long": QT_TRANSLATE_NOOP("EducationLevel", "Master"),
        "doctorate": QT_TRANSLATE_NOOP("EducationLevel", "Doctorate"),
        "unknown": QT_TRANSLATE_NOOP("EducationLevel", "Unknown"),
    }),
    codes.DiplomaRecognition: ("DiplomaRecognition", {
        "yes": QT_TRANSLATE_NOOP("DiplomaRecognition", "Recognised"),
        "no": QT_TRANSLATE_NOOP("DiplomaRecognition", "Not recognised"),
        "in_progress": QT_TRANSLATE_NOOP("DiplomaRecognition", "Recognition in progress"),
    }),
    codes.Barrier: ("Barrier", {
        "language": QT_TRANSLATE_NOOP("Barrier", "Language"),
        "experience": QT_TRANSLATE_NOOP("Barrier", "Work experience"),
        "network": QT_TRANSLATE_NOOP("Barrier", "Network"),
        "confidence": QT_TRANSLATE_NOOP("Barrier", "Self-confidence"),
        "discrimination": QT_TRANSLATE_NOOP("Barrier", "Discrimination"),
        "other": QT_TRANSLATE_NOOP("Barrier", "Other"),
    }),
    codes.DigitalSkills: ("DigitalSkills", {
        "none": QT_TRANSLATE_NOOP("DigitalSkills", "None"),
        "basic": QT_TRANSLATE_NOOP("DigitalSkills", "Basic"),
        "good": QT_TRANSLATE_NOOP("DigitalSkills", "Good"),
        "advanced": QT_TRANSLATE_NOOP("DigitalSkills", "Advanced"),
    }),
    codes.JobseekerService: ("JobseekerService", {
        "actiris": QT_TRANSLATE_NOOP("JobseekerService", "Actiris"),
        "vdab": QT_TRANSLATE_NOOP("JobseekerService", "VDAB"),
        "forem": QT_TRANSLATE_NOOP("JobseekerService", "Le Forem"),
        "adg": QT_TRANSLATE_NOOP("JobseekerService", "ADG"),
        "none": QT_TRANSLATE_NOOP("JobseekerService", "Not registered"),
    }),
    codes.WorkingStatus: ("WorkingStatus", {
        "working": QT_TRANSLATE_NOOP("WorkingStatus", "Working"),
        "retired": QT_TRANSLATE_NOOP("WorkingStatus", "Retired"),
    }),
    codes.DayPart: ("DayPart", {
        "morning": QT_TRANSLATE_NOOP("DayPart", "Morning"),
        "afternoon": QT_TRANSLATE_NOOP("DayPart", "Afternoon"),
        "evening": QT_TRANSLATE_NOOP("DayPart", "Evening"),
    }),
    codes.MenteeStatus: ("MenteeStatus", {
        "registered": QT_TRANSLATE_NOOP("MenteeStatus", "Registered"),
        "info_session": QT_TRANSLATE_NOOP("MenteeStatus", "Information session"),
        "intake": QT_TRANSLATE_NOOP("MenteeStatus", "Intake interview"),
        "waiting": QT_TRANSLATE_NOOP("MenteeStatus", "Waiting for a mentor"),
        "matched": QT_TRANSLATE_NOOP("MenteeStatus", "Matched"),
        "in_duo": QT_TRANSLATE_NOOP("MenteeStatus", "In a duo"),
        "finished": QT_TRANSLATE_NOOP("MenteeStatus", "Finished"),
        "stopped": QT_TRANSLATE_NOOP("MenteeStatus", "Stopped"),
        "withdrawn": QT_TRANSLATE_NOOP("MenteeStatus", "Withdrawn"),
        "not_eligible": QT_TRANSLATE_NOOP("MenteeStatus", "Not eligible"),
    }),
    codes.MentorStatus: ("MentorStatus", {
        "registered": QT_TRANSLATE_NOOP("MentorStatus", "Registered"),
        "info_session": QT_TRANSLATE_NOOP("MentorStatus", "Information session"),
        "intake": QT_TRANSLATE_NOOP("MentorStatus", "Intake interview"),
        "training": QT_TRANSLATE_NOOP("MentorStatus", "In training"),
        "available": QT_TRANSLATE_NOOP("MentorStatus", "Available"),
        "in_duo": QT_TRANSLATE_NOOP("MentorStatus", "In a duo"),
        "paused": QT_TRANSLATE_NOOP("MentorStatus", "On pause"),
        "left": QT_TRANSLATE_NOOP("MentorStatus", "Left the programme"),
    }),
    codes.DuoStatus: ("DuoStatus", {
        "proposed": QT_TRANSLATE_NOOP("DuoStatus", "Proposed"),
        "accepted": QT_TRANSLATE_NOOP("DuoStatus", "Accepted"),
        "active": QT_TRANSLATE_NOOP("DuoStatus", "Active"),
        "finished": QT_TRANSLATE_NOOP("DuoStatus", "Finished"),
        "declined": QT_TRANSLATE_NOOP("DuoStatus", "Declined"),
        "stopped": QT_TRANSLATE_NOOP("DuoStatus", "Stopped early"),
    }),
    codes.AgreementLanguage: ("AgreementLanguage", {
        "fr": QT_TRANSLATE_NOOP("AgreementLanguage", "French"),
        "nl": QT_TRANSLATE_NOOP("AgreementLanguage", "Dutch"),
        "en": QT_TRANSLATE_NOOP("AgreementLanguage", "English"),
    }),
    codes.EndReason: ("EndReason", {
        "completed": QT_TRANSLATE_NOOP("EndReason", "Six months completed"),
        "mentee_found_job": QT_TRANSLATE_NOOP("EndReason", "Mentee found a job"),
        "mentee_withdrew": QT_TRANSLATE_NOOP("EndReason", "Mentee withdrew"),
        "mentor_withdrew": QT_TRANSLATE_NOOP("EndReason", "Mentor withdrew"),
        "no_contact": QT_TRANSLATE_NOOP("EndReason", "No more contact"),
        "mismatch": QT_TRANSLATE_NOOP("EndReason", "Mismatch"),
        "moved": QT_TRANSLATE_NOOP("EndReason", "Moved away"),
        "other": QT_TRANSLATE_NOOP("EndReason", "Other"),
    }),
    codes.DeclineReason: ("DeclineReason", {
        "mentee_declined": QT_TRANSLATE_NOOP("DeclineReason", "Mentee declined"),
        "mentor_declined": QT_TRANSLATE_NOOP("DeclineReason", "Mentor declined"),
        "no_show": QT_TRANSLATE_NOOP("DeclineReason", "No-show at the first meeting"),
        "other": QT_TRANSLATE_NOOP("DeclineReason", "Other"),
    }),
    codes.Outcome: ("Outcome", {
        "job_stable": QT_TRANSLATE_NOOP("Outcome", "Stable job"),
        "job_other": QT_TRANSLATE_NOOP("Outcome", "Other job"),
        "internship": QT_TRANSLATE_NOOP("Outcome", "Internship"),
        "training": QT_TRANSLATE_NOOP("Outcome", "Qualifying training"),
        "studies": QT_TRANSLATE_NOOP("Outcome", "Studies"),
        "none": QT_TRANSLATE_NOOP("Outcome", "No job or training"),
        "unreachable": QT_TRANSLATE_NOOP("Outcome", "Unreachable"),
    }),
    codes.MeetingKind: ("MeetingKind", {
        "duo_meeting": QT_TRANSLATE_NOOP("MeetingKind", "Duo meeting"),
        "follow_up": QT_TRANSLATE_NOOP("MeetingKind", "Follow-up"),
        "intake": QT_TRANSLATE_NOOP("MeetingKind", "Intake interview"),
        "info_session": QT_TRANSLATE_NOOP("MeetingKind", "Information session"),
        "intervision": QT_TRANSLATE_NOOP("MeetingKind", "Intervision"),
        "workshop": QT_TRANSLATE_NOOP("MeetingKind", "Workshop"),
    }),
    codes.MeetingStatus: ("MeetingStatus", {
        "planned": QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
        "done": QT_TRANSLATE_NOOP("MeetingStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    }),
    codes.Respondent: ("Respondent", {
        "mentee": QT_TRANSLATE_NOOP("Respondent", "Mentee"),
        "mentor": QT_TRANSLATE_NOOP("Respondent", "Mentor"),
    }),
    codes.EvaluationStage: ("EvaluationStage", {
        "start": QT_TRANSLATE_NOOP("EvaluationStage", "Start"),
        "mid": QT_TRANSLATE_NOOP("EvaluationStage", "Three months"),
        "end": QT_TRANSLATE_NOOP("EvaluationStage", "Six months"),
        "follow_up": QT_TRANSLATE_NOOP("EvaluationStage", "Twelve months"),
    }),
    codes.ConsentPurpose: ("ConsentPurpose", {
        "programme": QT_TRANSLATE_NOOP("ConsentPurpose", "Taking part in the programme"),
        "followup_contact": QT_TRANSLATE_NOOP("ConsentPurpose", "Contact for the follow-up"),
        "referrer_sharing": QT_TRANSLATE_NOOP("ConsentPurpose", "Sharing with the referrer"),
        "media": QT_TRANSLATE_NOOP("ConsentPurpose", "Photos and media"),
    }),
    codes.AuditAction: ("AuditAction", {
        "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
        "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
        "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
        "view": QT_TRANSLATE_NOOP("AuditAction", "Viewed"),
        "export": QT_TRANSLATE_NOOP("AuditAction", "Exported"),
        "anonym": QT_TRANSLATE_NOOP("AuditAction", "Anonymised"),
        "erase": QT_TRANSLATE_NOOP("AuditAction", "Erased on request"),
    }),
    codes.PartnerKind: ("PartnerKind", {
        "employment_service": QT_TRANSLATE_NOOP("PartnerKind", "Public employment service"),
        "cpas_ocmw": QT_TRANSLATE_NOOP("PartnerKind", "CPAS / OCMW"),
        "association": QT_TRANSLATE_NOOP("PartnerKind", "Association"),
        "company": QT_TRANSLATE_NOOP("PartnerKind", "Company"),
        "other": QT_TRANSLATE_NOOP("PartnerKind", "Other"),
    }),
    codes.PersonRole: ("PersonRole", {
        "mentee": QT_TRANSLATE_NOOP("PersonRole", "Mentee"),
        "mentor": QT_TRANSLATE_NOOP("PersonRole", "Mentor"),
    }),
    Side: ("PersonRole", {
        "mentee": QT_TRANSLATE_NOOP("PersonRole", "Mentee"),
        "mentor": QT_TRANSLATE_NOOP("PersonRole", "Mentor"),
    }),
    Step: ("DuoStep", {
        "decide": QT_TRANSLATE_NOOP("DuoStep", "Record an answer"),
        "sign": QT_TRANSLATE_NOOP("DuoStep", "Sign the agreement"),
        "finish": QT_TRANSLATE_NOOP("DuoStep", "Close the duo"),
        "stop": QT_TRANSLATE_NOOP("DuoStep", "Stop the duo early"),
        "outcome": QT_TRANSLATE_NOOP("DuoStep", "Record the outcome"),
        "evaluate": QT_TRANSLATE_NOOP("DuoStep", "Record an evaluation"),
        "log_meeting": QT_TRANSLATE_NOOP("DuoStep", "Log a meeting"),
        "plan_meeting": QT_TRANSLATE_NOOP("DuoStep", "Plan a meeting"),
        "complete_meeting": QT_TRANSLATE_NOOP("DuoStep", "Mark the meeting as done"),
        "cancel_meeting": QT_TRANSLATE_NOOP("DuoStep", "Cancel the meeting"),
    }),
    TimelineCode: ("DuoTimeline", {
        "proposed": QT_TRANSLATE_NOOP("DuoTimeline", "Duo proposed"),
        "decision": QT_TRANSLATE_NOOP("DuoTimeline", "Answer after the first meeting"),
        "accepted": QT_TRANSLATE_NOOP("DuoTimeline", "Accepted by both"),
        "declined": QT_TRANSLATE_NOOP("DuoTimeline", "Declined"),
        "signed": QT_TRANSLATE_NOOP("DuoTimeline", "Agreement signed"),
        "meeting": QT_TRANSLATE_NOOP("DuoTimeline", "Meeting"),
        "evaluation": QT_TRANSLATE_NOOP("DuoTimeline", "Evaluation"),
        "finished": QT_TRANSLATE_NOOP("DuoTimeline", "Duo finished"),
        "stopped": QT_TRANSLATE_NOOP("DuoTimeline", "Duo stopped early"),
        "outcome": QT_TRANSLATE_NOOP("DuoTimeline", "Outcome at 12 months"),
    }),
    TodayKind: ("TodayKind", {
        "decision_overdue": QT_TRANSLATE_NOOP("TodayKind", "Decision overdue"),
        "anonymisation_due": QT_TRANSLATE_NOOP("TodayKind", "Files due for anonymisation"),
        "consent_to_renew": QT_TRANSLATE_NOOP("TodayKind", "Consents to renew"),
        "decision_due": QT_TRANSLATE_NOOP("TodayKind", "Decision due"),
        "follow_up_overdue": QT_TRANSLATE_NOOP("TodayKind", "Follow-up overdue"),
        "outcome_check_overdue": QT_TRANSLATE_NOOP("TodayKind", "Outcome check overdue"),
        "agreement_unsigned": QT_TRANSLATE_NOOP("TodayKind", "Agreement still unsigned"),
        "no_recent_meeting": QT_TRANSLATE_NOOP("TodayKind", "No meeting for three weeks"),
        "follow_up_due": QT_TRANSLATE_NOOP("TodayKind", "Follow-up this week"),
        "outcome_check_due": QT_TRANSLATE_NOOP("TodayKind", "Outcome check this week"),
        "waiting_mentee": QT_TRANSLATE_NOOP("TodayKind", "Waiting for a mentor"),
    }),
}

_WEEKDAYS = {
    "mon": QT_TRANSLATE_NOOP("Weekday", "Monday"),
    "tue": QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("Weekday", "Wednesday"),
    "thu": QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("Weekday", "Friday"),
    "sat": QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("Weekday", "Sunday"),
}


def label(member: StrEnum) -> str:
    """The translated label of a code list member."""
    context, texts = _TEXTS[type(member)]
    return QCoreApplication.translate(context, texts[member.value])


def choices(enum_class: type[StrEnum]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of a code list, in its defined order, for combo boxes."""
    return [(member.value, label(member)) for member in enum_class]


def weekday(code: str) -> str:
    return QCoreApplication.translate("Weekday", _WEEKDAYS[code])


def follow_up(month: int | None) -> str:
    """The name of a follow-up by its place in the duo's path: the check-in at 1, 3 or 6
    months, or the outcome check at 12."""
    if month == 1:
        return QCoreApplication.translate("FollowUp", "Follow-up at 1 month")
    if month == 3:
        return QCoreApplication.translate("FollowUp", "Follow-up at 3 months")
    if month == 6:
        return QCoreApplication.translate("FollowUp", "Follow-up at 6 months")
    if month == 12:
        return QCoreApplication.translate("FollowUp", "Outcome check at 12 months")
    return QCoreApplication.translate("FollowUp", "Follow-up")
