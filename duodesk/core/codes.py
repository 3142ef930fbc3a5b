"""The code lists of the domain (SPEC §3).

The database and the exchange workbook store these codes; screens and documents show
translated labels (``duodesk.labels``). Each list is a ``StrEnum`` so that a member *is*
its code.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class LanguageLevel(StrEnum):
    BASIC = "basic"
    GOOD = "good"
    FLUENT = "fluent"
    NATIVE = "native"


class Sector(StrEnum):
    ADMIN = "admin"
    ACCOUNTING_FINANCE = "accounting_finance"
    COMMERCE_SALES = "commerce_sales"
    CONSTRUCTION = "construction"
    CARE_HEALTH = "care_health"
    EDUCATION = "education"
    HOSPITALITY = "hospitality"
    IT = "it"
    LOGISTICS = "logistics"
    INDUSTRY = "industry"
    CLEANING = "cleaning"
    CULTURE_MEDIA = "culture_media"
    LEGAL = "legal"
    MARKETING_COMMUNICATION = "marketing_communication"
    SOCIAL_WORK = "social_work"
    ENGINEERING = "engineering"
    OTHER = "other"


class EducationLevel(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    UPPER_SECONDARY = "upper_secondary"
    HIGHER_SHORT = "higher_short"
    HIGHER_LONG = "higher_long"
    DOCTORATE = "doctorate"
    UNKNOWN = "unknown"


class DiplomaRecognition(StrEnum):
    YES = "yes"
    NO = "no"
    IN_PROGRESS = "in_progress"


class Barrier(StrEnum):
    LANGUAGE = "language"
    EXPERIENCE = "experience"
    NETWORK = "network"
    CONFIDENCE = "confidence"
    DISCRIMINATION = "discrimination"
    OTHER = "other"


class DigitalSkills(StrEnum):
    NONE = "none"
    BASIC = "basic"
    GOOD = "good"
    ADVANCED = "advanced"


class JobseekerService(StrEnum):
    ACTIRIS = "actiris"
    VDAB = "vdab"
    FOREM = "forem"
    ADG = "adg"
    NONE = "none"


class WorkingStatus(StrEnum):
    WORKING = "working"
    RETIRED = "retired"


class DayPart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TRAINING_MODULE_COUNT = 8


class MenteeStatus(StrEnum):
    REGISTERED = "registered"
    INFO_SESSION = "info_session"
    INTAKE = "intake"
    WAITING = "waiting"
    MATCHED = "matched"
    IN_DUO = "in_duo"
    FINISHED = "finished"
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"
    NOT_ELIGIBLE = "not_eligible"


class MentorStatus(StrEnum):
    REGISTERED = "registered"
    INFO_SESSION = "info_session"
    INTAKE = "intake"
    TRAINING = "training"
    AVAILABLE = "available"
    IN_DUO = "in_duo"
    PAUSED = "paused"
    LEFT = "left"


class DuoStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    ACTIVE = "active"
    FINISHED = "finished"
    DECLINED = "declined"
    STOPPED = "stopped"


class AgreementLanguage(StrEnum):
    FR = "fr"
    NL = "nl"
    EN = "en"


class EndReason(StrEnum):
    COMPLETED = "completed"
    MENTEE_FOUND_JOB = "mentee_found_job"
    MENTEE_WITHDREW = "mentee_withdrew"
    MENTOR_WITHDREW = "mentor_withdrew"
    NO_CONTACT = "no_contact"
    MISMATCH = "mismatch"
    MOVED = "moved"
    OTHER = "other"


class DeclineReason(StrEnum):
    MENTEE_DECLINED = "mentee_declined"
    MENTOR_DECLINED = "mentor_declined"
    NO_SHOW = "no_show"
    OTHER = "other"


class Outcome(StrEnum):
    JOB_STABLE = "job_stable"
    JOB_OTHER = "job_other"
    INTERNSHIP = "internship"
    TRAINING = "training"
    STUDIES = "studies"
    NONE = "none"
    UNREACHABLE = "unreachable"


POSITIVE_OUTCOMES = frozenset(
    {Outcome.JOB_STABLE, Outcome.JOB_OTHER, Outcome.INTERNSHIP, Outcome.TRAINING}
)


class MeetingKind(StrEnum):
    DUO_MEETING = "duo_meeting"
    FOLLOW_UP = "follow_up"
    INTAKE = "intake"
    INFO_SESSION = "info_session"
    INTERVISION = "intervision"
    WORKSHOP = "workshop"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Respondent(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"


class EvaluationStage(StrEnum):
    START = "start"
    MID = "mid"
    END = "end"
    FOLLOW_UP = "follow_up"


class ConsentPurpose(StrEnum):
    PROGRAMME = "programme"
    FOLLOWUP_CONTACT = "followup_contact"
    REFERRER_SHARING = "referrer_sharing"
    MEDIA = "media"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    # A file anonymised (retention) or erased on request (SPEC §9); the column holds 8
    # characters at most.
    ANONYMISE = "anonym"
    ERASE = "erase"


class PartnerKind(StrEnum):
    EMPLOYMENT_SERVICE = "employment_service"
    CPAS_OCMW = "cpas_ocmw"
    ASSOCIATION = "association"
    COMPANY = "company"
    OTHER = "other"


class PersonRole(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"
