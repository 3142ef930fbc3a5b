"""Checking a whole mentee or mentor form: every field is checked, every problem collected,
and the clean values returned ready to store — or :class:`ValidationErrors` raised with
one ``InvalidValue`` per field in trouble.

Reasons beyond those of :mod:`duodesk.core.validation`: ``unknown_code`` (a code not in
its list), ``language_code`` (not an ISO 639 code), ``duplicate`` (a language given twice),
``unknown_record`` (a coordinator, antenna or partner that does not exist),
``training_module`` (a module number outside 1–8), ``out_of_range`` (``min``, ``max``: the
number of duos at once), ``not_yes_no`` (a yes/no field given something else).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core import validation
from duodesk.core.codes import (
    TRAINING_MODULE_COUNT,
    Barrier,
    DigitalSkills,
    DiplomaRecognition,
    EducationLevel,
    Gender,
    JobseekerService,
    LanguageLevel,
    PersonRole,
    Sector,
    WorkingStatus,
)
from duodesk.core.errors import InvalidValue, ValidationErrors
from duodesk.core.models import Antenna, Coordinator, Partner
from duodesk.core.services.person_data import MenteeData, MentorData, availability_mask
from duodesk.core.text import fold, name_sort_key

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
MAX_DUOS_LIMIT = 10
TEXT_LIMITS = {
    "referrer_contact": 200,
    "professional_project": 5000,
    "last_job": 200,
    "employer": 200,
    "interest": 60,
}


@dataclass
class CleanPerson:
    """The values of a person ready to store: columns, and the rows of the child tables."""

    role: PersonRole
    columns: dict[str, Any]
    languages: dict[str, LanguageLevel] = field(default_factory=dict)
    sectors: list[Sector] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)
    training_modules: dict[int, date] = field(default_factory=dict)


class _Problems:
    """Collects the problems of a form instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[InvalidValue] = []

    def run(self, check: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return check(*args, **kwargs)
        except InvalidValue as problem:
            self.found.append(problem)
            return None

    def add(self, field_name: str, reason: str, **params: Any) -> None:
        self.found.append(InvalidValue(field=field_name, reason=reason, **params))

    def fields(self) -> set[str]:
        return {str(p.params.get("field")) for p in self.found}


def code_of(enum_class: type[E], value: Any, field_name: str) -> E | None:
    """The member of a code list for a member or its code, ``None`` when empty."""
    if value is None or value == "":
        return None
    try:
        return enum_class(value)
    except ValueError:
        raise InvalidValue(field=field_name, reason="unknown_code") from None


def _codes(enum_class: type[E], values: Any, field_name: str) -> list[E]:
    result: list[E] = []
    for value in values or ():
        member = code_of(enum_class, value, field_name)
        if member is not None and member not in result:
            result.append(member)
    return result


def _yes_no(value: Any, field_name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidValue(field=field_name, reason="not_yes_no")


def _languages(values: Any) -> dict[str, LanguageLevel]:
    result: dict[str, LanguageLevel] = {}
    for language, level in values or ():
        code = (language or "").strip().lower()
        if not LANGUAGE_CODE.match(code):
            raise InvalidValue(field="languages", reason="language_code")
        if code in result:
            raise InvalidValue(field="languages", reason="duplicate")
        member = code_of(LanguageLevel, level, "languages")
        if member is None:
            raise InvalidValue(field="languages", reason="required")
        result[code] = member
    return result


def _interests(values: Any) -> list[str]:
    result: dict[str, str] = {}
    limit = TEXT_LIMITS["interest"]
    for value in values or ():
        text = validation.clean_text(value)
        if len(text) > limit:
            raise InvalidValue(field="interests", reason="too_long", limit=limit)
        if text:
            result.setdefault(fold(text), text)
    return list(result.values())


def _availability(slots: Any) -> int:
    try:
        return availability_mask(slots or ())
    except ValueError:
        raise InvalidValue(field="availability", reason="unknown_code") from None


def _exists(session: Session, model: Any, record_id: uuid.UUID | None, field_name: str) -> None:
    if record_id is None:
        return
    if not session.scalar(select(func.count()).select_from(model).where(model.id == record_id)):
        raise InvalidValue(field=field_name, reason="unknown_record")


def _checked(session: Session, model: Any, record_id: uuid.UUID | None,
             field_name: str) -> None:
    """No look-up: the caller checked the record exists (``records_checked``)."""


def clean_person(
    session: Session,
    data: MenteeData | MentorData,
    today: date,
    *,
    allow_unchecked_phone: bool = False,
    records_checked: bool = False,
) -> CleanPerson:
    """Check every field of ``data``; return the values to store or raise
    :class:`ValidationErrors`. ``registered_on`` and ``antenna_id`` must be filled.

    ``records_checked``: the caller has checked that the coordinator, antenna and partner
    ids exist (an import checks them once for thousands of rows, not once per row)."""
    problems = _Problems()
    exists = _exists if not records_checked else _checked
    role = data.role
    run = problems.run
    columns: dict[str, Any] = {
        "first_name": run(validation.clean_name, data.first_name, "first_name",
                          required=False, particles=False) or "",
        "last_name": run(validation.clean_name, data.last_name, "last_name"),
        "gender": run(code_of, Gender, data.gender, "gender"),
        "email": run(validation.normalise_email, data.email),
        "availability": run(_availability, data.availability),
        "registered_on": data.registered_on,
        "coordinator_id": data.coordinator_id,
        "antenna_id": data.antenna_id,
    }
    if allow_unchecked_phone:
        columns["phone"] = validation.normalise_phone_lenient(data.phone).value
    else:
        columns["phone"] = run(validation.normalise_phone, data.phone)
    postal = run(validation.postal_code_and_municipality, data.postal_code, data.municipality)
    columns["postal_code"], columns["municipality"] = postal or (None, None)

    run(validation.check_record_date, data.registered_on, today, "registered_on")
    run(validation.check_birth_date, data.birth_date, today)
    columns["birth_date"] = data.birth_date
    columns["age_override_reason"] = None
    if data.registered_on is not None and not problems.fields() & {"birth_date",
                                                                     "registered_on"}:
        columns["age_override_reason"] = run(
            validation.check_age_for_role, data.birth_date, role, data.registered_on,
            data.age_override_reason)
    run(exists, session, Coordinator, data.coordinator_id, "coordinator_id")
    if data.antenna_id is None:
        problems.add("antenna_id", "required")
    run(exists, session, Antenna, data.antenna_id, "antenna_id")

    clean = CleanPerson(role=role, columns=columns)
    clean.languages = run(_languages, data.languages) or {}
    clean.sectors = run(_codes, Sector, data.sectors, "sectors") or []
    clean.interests = run(_interests, data.interests) or []
    if isinstance(data, MenteeData):
        _clean_mentee(session, data, today, clean, problems, exists)
    else:
        _clean_mentor(session, data, today, clean, problems, exists)
    if problems.found:
        raise ValidationErrors(problems.found)
    columns["sort_key"] = name_sort_key(columns["last_name"], columns["first_name"])
    return clean


def _clean_mentee(session: Session, data: MenteeData, today: date, clean: CleanPerson,
                  problems: _Problems, exists: Callable[..., None] = _exists) -> None:
    run = problems.run
    run(exists, session, Partner, data.referral_partner_id, "referral_partner_id")
    run(validation.check_record_date, data.referral_date, today, "referral_date")
    clean.columns.update({
        "referral_partner_id": data.referral_partner_id,
        "referrer_contact": run(validation.clean_optional_text, data.referrer_contact,
                                "referrer_contact", TEXT_LIMITS["referrer_contact"]),
        "referral_date": data.referral_date,
        "education_level": run(code_of, EducationLevel, data.education_level,
                               "education_level"),
        "diploma_recognised": run(code_of, DiplomaRecognition, data.diploma_recognised,
                                  "diploma_recognised"),
        "professional_project": run(validation.clean_optional_text, data.professional_project,
                                    "professional_project",
                                    TEXT_LIMITS["professional_project"]),
        "digital_skills": run(code_of, DigitalSkills, data.digital_skills, "digital_skills"),
        "driving_licence": run(_yes_no, data.driving_licence, "driving_licence"),
        "jobseeker_service": run(code_of, JobseekerService, data.jobseeker_service,
                                 "jobseeker_service"),
        "target_group_met": run(_yes_no, data.target_group_met, "target_group_met"),
        "preferred_mentor_gender": run(code_of, Gender, data.preferred_mentor_gender,
                                       "preferred_mentor_gender"),
    })
    clean.barriers = run(_codes, Barrier, data.barriers, "barriers") or []


def _clean_mentor(session: Session, data: MentorData, today: date, clean: CleanPerson,
                  problems: _Problems, exists: Callable[..., None] = _exists) -> None:
    run = problems.run
    run(exists, session, Partner, data.company_partner_id, "company_partner_id")
    modules: dict[int, date] = {}
    for module, completed_on in (data.training_modules or {}).items():
        if not isinstance(module, int) or not 1 <= module <= TRAINING_MODULE_COUNT:
            problems.add("training_modules", "training_module", module=str(module))
        elif completed_on is not None:
            try:
                validation.check_record_date(completed_on, today, "training_modules")
            except InvalidValue as problem:
                problems.found.append(problem)
            else:
                modules[module] = completed_on
    max_duos = data.max_duos
    if not isinstance(max_duos, int) or not 1 <= max_duos <= MAX_DUOS_LIMIT:
        problems.add("max_duos", "out_of_range", min=1, max=MAX_DUOS_LIMIT)
    clean.columns.update({
        "last_job": run(validation.clean_optional_text, data.last_job, "last_job",
                        TEXT_LIMITS["last_job"]),
        "employer": run(validation.clean_optional_text, data.employer, "employer",
                        TEXT_LIMITS["employer"]),
        "company_partner_id": data.company_partner_id,
        "working_status": run(code_of, WorkingStatus, data.working_status, "working_status"),
        "max_duos": max_duos,
        # All eight modules done: trained on the day the last one was completed.
        "trained_on": (max(modules.values())
                       if len(modules) == TRAINING_MODULE_COUNT else None),
    })
    clean.training_modules = modules
